import sharp from 'sharp';

export const PHOTO_SIZE = 512;
const PHOTO_QUALITY = 82;
/** Larger images are refused before they are decoded (a small file can hold a huge image). */
const MAX_INPUT_PIXELS = 8192 * 8192;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

/**
 * The stored form of a profile photo: recognised by its content (JPEG, PNG or WebP, whatever the
 * Content-Type said), turned upright from its EXIF orientation, cropped to a 512×512 square and
 * re-encoded as WebP without any metadata (no GPS position leaves with it). Null when it is not such an image.
 */
export function toProfilePhoto(input: Buffer): Promise<Buffer | null> {
  return toStoredImage(input, PHOTO_SIZE, PHOTO_SIZE);
}

/**
 * The same treatment for any stored image (e.g. an event's 1200×630 cover): recognised by its content,
 * upright, cropped to `width`×`height`, re-encoded as WebP without metadata. Null when it is not such an image.
 */
export async function toStoredImage(input: Buffer, width: number, height: number): Promise<Buffer | null> {
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) return null;
    return await image.rotate().resize(width, height, { fit: 'cover' }).webp({ quality: PHOTO_QUALITY }).toBuffer();
  } catch {
    return null;
  }
}
