import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Member names sort as people expect (accents and case aside), not by byte. Written by hand: TypeORM would drop the column. */
export class MemberNamesInAlphabeticalOrder1795640000000 implements MigrationInterface {
  name = 'MemberNamesInAlphabeticalOrder1795640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "display_name" TYPE text COLLATE "und-x-icu"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "display_name" TYPE text COLLATE "default"`);
  }
}
