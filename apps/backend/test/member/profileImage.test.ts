import { PROFILE_IMAGE_MAX_BYTES } from '@scentence/api/schemas';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageFormatOf } from '../../src/images/imageSignature';
import { ImageRejectedError, inspectImage, toProfileImage } from '../../src/images/profileImage';
import { tinyImage } from './imageFixtures';

async function rejection(bytes: Buffer): Promise<string> {
  const error = await toProfileImage(bytes).catch((e: unknown) => e);
  if (!(error instanceof ImageRejectedError)) throw new Error(`expected a rejection, got ${String(error)}`);
  return error.reason;
}

describe('profile image checks', () => {
  for (const format of ['jpeg', 'png', 'webp', 'gif'] as const) {
    it(`accepts a ${format} and stores it as a 256×256 WebP`, async () => {
      const bytes = await tinyImage(format, 120, 80);
      expect(imageFormatOf(bytes)).toBe(format);
      expect(await inspectImage(bytes)).toEqual({ format, width: 120, height: 80 });
      const stored = await toProfileImage(bytes);
      const metadata = await sharp(stored).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: 256, height: 256 });
      expect(imageFormatOf(stored)).toBe('webp');
    });
  }

  it('refuses a text file, whatever it is called', async () => {
    expect(await rejection(Buffer.from('<html>not an image</html>'))).toBe('unsupported');
  });

  it('refuses an SVG (not on the list, and it can carry script)', async () => {
    expect(await rejection(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"/>'))).toBe(
      'unsupported',
    );
  });

  it('refuses a file that starts like a PNG but is not one', async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
    expect(await rejection(fake)).toBe('unsupported');
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await tinyImage('jpeg', 200, 200);
    expect(await rejection(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('unsupported');
  });

  it('refuses an image too small to be a picture, and one over 5 MB', async () => {
    expect(await rejection(await tinyImage('png', 16, 16))).toBe('dimensions');
    const huge = Buffer.concat([await tinyImage('jpeg'), Buffer.alloc(PROFILE_IMAGE_MAX_BYTES)]);
    expect(await rejection(huge)).toBe('too_large');
  });

  it('refuses absurd dimensions before decoding the pixels', async () => {
    const tall = await sharp({ create: { width: 40, height: 9000, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect(await rejection(tall)).toBe('dimensions');
  });
});
