import { PROFILE_IMAGE_MAX_BYTES } from '@scentence/api/schemas';
import sharp from 'sharp';
import { type ImageFormat, imageFormatOf } from './imageSignature';

export const PROFILE_IMAGE_SIDE = 256;
export const MIN_IMAGE_SIDE = 32;
export const MAX_IMAGE_SIDE = 8000;

export type ImageRejection = 'too_large' | 'unsupported' | 'dimensions';

export class ImageRejectedError extends Error {
  constructor(readonly reason: ImageRejection) {
    super(`Image rejected: ${reason}`);
    this.name = 'ImageRejectedError';
  }
}

export interface InspectedImage {
  format: ImageFormat;
  width: number;
  height: number;
}

// Decoding stops past this many pixels, so a small file cannot unpack into a huge bitmap.
const decodeOptions = { limitInputPixels: MAX_IMAGE_SIDE * MAX_IMAGE_SIDE, failOn: 'error' } as const;

/** Checks an upload by its bytes: a real JPEG, PNG, WebP or GIF, at most 5 MB, of sane dimensions. */
export async function inspectImage(bytes: Buffer): Promise<InspectedImage> {
  if (bytes.length > PROFILE_IMAGE_MAX_BYTES) throw new ImageRejectedError('too_large');
  const declared = imageFormatOf(bytes);
  if (!declared) throw new ImageRejectedError('unsupported');
  const metadata = await sharp(bytes, decodeOptions)
    .metadata()
    .catch(() => {
      throw new ImageRejectedError('unsupported');
    });
  // sharp reads the file for itself; it must agree with the signature.
  if (metadata.format !== declared) throw new ImageRejectedError('unsupported');
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  const sane = (side: number) => side >= MIN_IMAGE_SIDE && side <= MAX_IMAGE_SIDE;
  if (!sane(width) || !sane(height)) throw new ImageRejectedError('dimensions');
  return { format: declared, width, height };
}

/**
 * The stored form of a profile image: 256×256 WebP, cropped to cover, turned upright by its EXIF
 * orientation, with its metadata dropped (an animated GIF keeps its first frame).
 */
export async function toProfileImage(bytes: Buffer): Promise<Buffer> {
  await inspectImage(bytes);
  try {
    return await sharp(bytes, decodeOptions)
      .rotate()
      .resize(PROFILE_IMAGE_SIDE, PROFILE_IMAGE_SIDE, { fit: 'cover' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    // A file whose header reads fine but whose pixels do not decode (truncated, corrupt).
    throw new ImageRejectedError('unsupported');
  }
}
