import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each photo file belongs to one member, and GET /api/photos/{file} finds its owner by index. */
export class MemberPhotoFileUnique1795829800000 implements MigrationInterface {
  name = 'MemberPhotoFileUnique1795829800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX "members_photo_file_unique" ON "members" ("photo_file") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."members_photo_file_unique"`);
  }
}
