import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { TestApp } from './test-app';

/** A real image made by sharp: a colour gradient-free block, in the given format and size. */
export function image(format: 'png' | 'jpeg' | 'webp', width = 64, height = 48, options: { orientation?: number } = {}): Promise<Buffer> {
  let pipeline = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).toFormat(format);
  if (options.orientation) pipeline = pipeline.withMetadata({ orientation: options.orientation });
  return pipeline.toBuffer();
}

/** A stored photo for a member, straight on disk and in the database, as an upload would leave it. */
export async function givePhoto(t: TestApp, memberId: string): Promise<string> {
  const file = `${randomUUID()}.webp`;
  await writeFile(join(t.uploadsDir, file), await image('webp', 512, 512));
  await t.dataSource.query(`UPDATE members SET photo_file = $2 WHERE id = $1`, [memberId, file]);
  return file;
}
