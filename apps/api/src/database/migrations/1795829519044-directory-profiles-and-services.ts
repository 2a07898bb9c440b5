import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Member profiles (bio, skills, languages, photo, privacy, focus) and the services their businesses offer. */
export class DirectoryProfilesAndServices1795829519044 implements MigrationInterface {
  name = 'DirectoryProfilesAndServices1795829519044';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name_ca" text NOT NULL, "name_es" text NOT NULL, "name_en" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fe4da5476c4ffe5aa2d3524ae68" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "service_categories_slug_unique" ON "service_categories"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "service_categories_order" ON "service_categories"  ("position", "slug") `);
    await queryRunner.query(`CREATE TABLE "services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "description" text, "category_id" uuid, "tags" text array NOT NULL DEFAULT '{}', "pricing_note" text, "ideal_client" text, "position" integer NOT NULL DEFAULT '0', "hidden_reason" text, "hidden_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "services_hidden_with_reason" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)), CONSTRAINT "services_summary_length" CHECK (char_length(summary) <= 280), CONSTRAINT "PK_ba2d347a3168a296416c6c5ccb2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "services_newest" ON "services"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "services_by_category" ON "services"  ("category_id", "member_id") `);
    await queryRunner.query(`CREATE INDEX "services_by_member" ON "services"  ("member_id", "position") `);
    await queryRunner.query(`ALTER TABLE "members" ADD "bio" text`);
    await queryRunner.query(`ALTER TABLE "members" ADD "website" text`);
    await queryRunner.query(`ALTER TABLE "members" ADD "looking_for" text`);
    await queryRunner.query(`ALTER TABLE "members" ADD "skills" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "members" ADD "languages" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "members" ADD "photo_file" text`);
    await queryRunner.query(`ALTER TABLE "members" ADD "birthday" text`);
    await queryRunner.query(`ALTER TABLE "members" ADD "show_birthday" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "members" ADD "directory_visible" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "members" ADD "email_visible" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "members" ADD "focus_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "members" ADD "open_to_coffee" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "members" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "members" ADD "search_name" text`);
    await queryRunner.query(`ALTER TABLE "members" ADD "skill_keys" text array`);
    await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "members_birthday_format" CHECK (birthday IS NULL OR birthday ~ '^[0-1][0-9]-[0-3][0-9]\$')`);
    await queryRunner.query(`ALTER TABLE "services" ADD CONSTRAINT "FK_67d36425936d981075dff6b1b36" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "services" ADD CONSTRAINT "FK_1f8d1173481678a035b4a81a4ec" FOREIGN KEY ("category_id") REFERENCES "service_categories"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "services" DROP CONSTRAINT "FK_1f8d1173481678a035b4a81a4ec"`);
    await queryRunner.query(`ALTER TABLE "services" DROP CONSTRAINT "FK_67d36425936d981075dff6b1b36"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "members_birthday_format"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "skill_keys"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "search_name"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "open_to_coffee"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "focus_until"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "email_visible"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "directory_visible"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "show_birthday"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "birthday"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "photo_file"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "languages"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "skills"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "looking_for"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "website"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "bio"`);
    await queryRunner.query(`DROP INDEX "public"."services_by_member"`);
    await queryRunner.query(`DROP INDEX "public"."services_by_category"`);
    await queryRunner.query(`DROP INDEX "public"."services_newest"`);
    await queryRunner.query(`DROP TABLE "services"`);
    await queryRunner.query(`DROP INDEX "public"."service_categories_order"`);
    await queryRunner.query(`DROP INDEX "public"."service_categories_slug_unique"`);
    await queryRunner.query(`DROP TABLE "service_categories"`);
  }
}
