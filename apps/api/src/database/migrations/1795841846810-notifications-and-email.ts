import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications (held back by quiet hours and focus through `deliver_at`), members' e-mail
 * preferences and quiet hours, the e-mail outbox, and the key that signs unsubscribe links: 244
 * random bits made here, once, by the database (two UUIDs' random parts). The job queue (pg-boss)
 * keeps its own tables in the `pgboss` schema, created and migrated by pg-boss itself.
 */
export class NotificationsAndEmail1795841846810 implements MigrationInterface {
  name = 'NotificationsAndEmail1795841846810';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_secrets" ("name" text NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_6c785a9da9881929b0d1d780423" PRIMARY KEY ("name"))`);
    await queryRunner.query(`CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid, "to_address" text NOT NULL, "kind" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text, "headers" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "email_outbox_once" UNIQUE ("dedupe_key"), CONSTRAINT "email_outbox_kind_known" CHECK (kind IN ('notification', 'daily_digest', 'weekly_digest', 'invitation')), CONSTRAINT "email_outbox_status_known" CHECK (status IN ('pending', 'sent')), CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "email_outbox_newest" ON "email_outbox"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "email_outbox_due" ON "email_outbox"  ("status", "next_attempt_at") `);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "kind" text NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "link" text NOT NULL, "dedupe_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deliver_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notifications_once" UNIQUE ("member_id", "dedupe_key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_to_email" ON "notifications"  ("emailed_at", "deliver_at") `);
    await queryRunner.query(`CREATE INDEX "notifications_inbox" ON "notifications"  ("member_id", "deliver_at", "id") `);
    await queryRunner.query(`ALTER TABLE "members" ADD "email_preferences" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "members" ADD "quiet_hours_start" text`);
    await queryRunner.query(`ALTER TABLE "members" ADD "quiet_hours_end" text`);
    await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "members_quiet_hours_both" CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))`);
    await queryRunner.query(`ALTER TABLE "email_outbox" ADD CONSTRAINT "FK_af16084fc2a618c2704b620b0c7" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_38ed7ae62fa481f85f21cec2624" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(
      `INSERT INTO app_secrets (name, value) VALUES ('unsubscribe', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_38ed7ae62fa481f85f21cec2624"`);
    await queryRunner.query(`ALTER TABLE "email_outbox" DROP CONSTRAINT "FK_af16084fc2a618c2704b620b0c7"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "members_quiet_hours_both"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "quiet_hours_end"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "quiet_hours_start"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "email_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_to_email"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."email_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."email_outbox_newest"`);
    await queryRunner.query(`DROP TABLE "email_outbox"`);
    await queryRunner.query(`DROP TABLE "app_secrets"`);
  }
}
