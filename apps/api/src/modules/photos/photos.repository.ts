import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SearchViewer } from '../search/search.sql';

/** Which member a photo file belongs to (members.photo_file, unique). */
@Injectable()
export class PhotosRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Whether the file is the photo of someone the viewer may see: an active member listed in the
   * directory, themself, or anyone for the manager.
   */
  async isVisible(file: string, viewer: SearchViewer): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM members m
        WHERE m.photo_file = $1 AND ((m.status = 'active' AND m.directory_visible) OR $2 OR m.id = $3)`,
      [file, viewer.isManager, viewer.id],
    );
    return rows.length > 0;
  }

  /** Sets the member's photo (null: none) and answers the file it replaces, under the member's row lock. */
  async replace(memberId: string, file: string | null): Promise<string | null> {
    return this.dataSource.transaction(async (em) => {
      const [current] = (await em.query(`SELECT photo_file FROM members WHERE id = $1 FOR NO KEY UPDATE`, [memberId])) as {
        photo_file: string | null;
      }[];
      if (!current) throw new Error(`member ${memberId} vanished`);
      if (current.photo_file !== file) {
        await em.query(`UPDATE members SET photo_file = $2, updated_at = now() WHERE id = $1`, [memberId, file]);
      }
      return current.photo_file;
    });
  }
}
