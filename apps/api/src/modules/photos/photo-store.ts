import { randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';

/** A stored photo's name: a random UUID, so that each upload has a URL of its own that can be cached for good. */
export const PHOTO_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.webp$/;

/** The photo files under UPLOADS_DIR; the database says whose each one is. */
@Injectable()
export class PhotoStore {
  private readonly logger = new Logger(PhotoStore.name);

  constructor(@Inject(APP_CONFIG) private readonly config: Config) {}

  /** Writes a new file and answers its name. */
  async save(bytes: Buffer): Promise<string> {
    await mkdir(this.config.UPLOADS_DIR, { recursive: true });
    const file = `${randomUUID()}.webp`;
    await writeFile(this.pathOf(file), bytes, { flag: 'wx' });
    return file;
  }

  /** The bytes, or null when there is no such file. */
  async read(file: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Best effort: a file left behind costs disk, never correctness (no row names it any more). */
  async remove(file: string): Promise<void> {
    try {
      await unlink(this.pathOf(file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.logger.warn(`could not delete photo ${file}: ${String(error)}`);
    }
  }

  private pathOf(file: string): string {
    if (!PHOTO_FILE.test(file)) throw new Error(`not a photo file name: ${file}`);
    return join(this.config.UPLOADS_DIR, file);
  }
}
