import sharp from 'sharp';

export type TinyFormat = 'jpeg' | 'png' | 'webp' | 'gif';

/** A small generated image of the given format (a colour block with a stripe, so crops differ). */
export async function tinyImage(format: TinyFormat, width = 64, height = 48): Promise<Buffer> {
  const stripe = await sharp({
    create: { width: Math.max(1, Math.floor(width / 4)), height, channels: 3, background: '#1d4ed8' },
  })
    .png()
    .toBuffer();
  const image = sharp({ create: { width, height, channels: 3, background: '#f59e0b' } }).composite([
    { input: stripe, left: 0, top: 0 },
  ]);
  return image.toFormat(format).toBuffer();
}
