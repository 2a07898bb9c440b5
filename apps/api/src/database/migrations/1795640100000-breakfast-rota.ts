import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BreakfastRota1795640100000 implements MigrationInterface {
  name = 'BreakfastRota1795640100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "breakfast_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "weekday" smallint NOT NULL, "start_time" TIME NOT NULL, "duration_minutes" integer NOT NULL, "place" text NOT NULL, "timezone" text NOT NULL, "active" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "breakfast_series_duration_positive" CHECK (duration_minutes > 0), CONSTRAINT "breakfast_series_weekday_iso" CHECK (weekday BETWEEN 1 AND 7), CONSTRAINT "PK_710b920a44d8cd84d5e0c6a8cf3" PRIMARY KEY ("id"))`);
    // The space's one breakfast series, off until the manager sets it up.
    await queryRunner.query(`INSERT INTO "breakfast_series" ("weekday", "start_time", "duration_minutes", "place", "timezone", "active") VALUES (4, '09:00', 45, 'La cuina', 'Europe/Madrid', false)`);
    await queryRunner.query(`CREATE TABLE "breakfast_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid NOT NULL, "date" date NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text NOT NULL, "presenter_id" uuid, "presenter_confirmed" boolean NOT NULL DEFAULT false, "cancelled" boolean NOT NULL DEFAULT false, "topic" text, "summary" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "breakfast_sessions_one_per_date" UNIQUE ("series_id", "date"), CONSTRAINT "PK_36ed7dd2e699d5acada14e15947" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "breakfast_sessions_presenter" ON "breakfast_sessions"  ("presenter_id") `);
    await queryRunner.query(`CREATE TABLE "breakfast_attendance" ("session_id" uuid NOT NULL, "member_id" uuid NOT NULL, "attending" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddef255cc4a9cf02ef15d408450" PRIMARY KEY ("session_id", "member_id"))`);
    await queryRunner.query(`CREATE TABLE "breakfast_closures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "breakfast_closures_ordered" CHECK (from_date <= to_date), CONSTRAINT "PK_ea34434cbda7a93b15b5144c840" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "breakfast_closures_by_end" ON "breakfast_closures"  ("series_id", "to_date") `);
    await queryRunner.query(`CREATE TABLE "presenter_unavailable_dates" ("member_id" uuid NOT NULL, "date" date NOT NULL, CONSTRAINT "PK_51ba825dc04c64ac94e77649c12" PRIMARY KEY ("member_id", "date"))`);
    await queryRunner.query(`CREATE TABLE "breakfast_swap_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_session_id" uuid NOT NULL, "to_session_id" uuid NOT NULL, "proposer_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "breakfast_swap_requests_status_known" CHECK (status IN ('pending', 'accepted', 'declined')), CONSTRAINT "PK_29b282212661cf69f882fc5ba12" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "breakfast_swap_requests_to_session" ON "breakfast_swap_requests"  ("to_session_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "breakfast_swap_requests_one_pending_per_session" ON "breakfast_swap_requests"  ("from_session_id") WHERE status = 'pending'`);
    await queryRunner.query(`ALTER TABLE "members" ADD "presenter_opt_in" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "breakfast_sessions" ADD CONSTRAINT "FK_57f6f54ec88d00d9c4990879950" FOREIGN KEY ("series_id") REFERENCES "breakfast_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "breakfast_sessions" ADD CONSTRAINT "FK_9cbb754014b5bf909f7ce53edce" FOREIGN KEY ("presenter_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "breakfast_attendance" ADD CONSTRAINT "FK_53742a3019ccc119a628e146461" FOREIGN KEY ("session_id") REFERENCES "breakfast_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "breakfast_attendance" ADD CONSTRAINT "FK_9cff63e6998fb01b2198a01db23" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "breakfast_closures" ADD CONSTRAINT "FK_493921baae741b6ee43342dbf31" FOREIGN KEY ("series_id") REFERENCES "breakfast_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "presenter_unavailable_dates" ADD CONSTRAINT "FK_491186ffe3eab7813a2e1fcf8e6" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "breakfast_swap_requests" ADD CONSTRAINT "FK_61bfb5256a65b81f1bda87f64b9" FOREIGN KEY ("from_session_id") REFERENCES "breakfast_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "breakfast_swap_requests" ADD CONSTRAINT "FK_a56a41f2ee411c7e77e290bcc7e" FOREIGN KEY ("to_session_id") REFERENCES "breakfast_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "breakfast_swap_requests" ADD CONSTRAINT "FK_efb6c199e8a4aa7d3c1f3d17f9f" FOREIGN KEY ("proposer_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "breakfast_swap_requests" ADD CONSTRAINT "FK_543412949eefafea82f7cafb2d7" FOREIGN KEY ("recipient_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "breakfast_swap_requests" DROP CONSTRAINT "FK_543412949eefafea82f7cafb2d7"`);
    await queryRunner.query(`ALTER TABLE "breakfast_swap_requests" DROP CONSTRAINT "FK_efb6c199e8a4aa7d3c1f3d17f9f"`);
    await queryRunner.query(`ALTER TABLE "breakfast_swap_requests" DROP CONSTRAINT "FK_a56a41f2ee411c7e77e290bcc7e"`);
    await queryRunner.query(`ALTER TABLE "breakfast_swap_requests" DROP CONSTRAINT "FK_61bfb5256a65b81f1bda87f64b9"`);
    await queryRunner.query(`ALTER TABLE "presenter_unavailable_dates" DROP CONSTRAINT "FK_491186ffe3eab7813a2e1fcf8e6"`);
    await queryRunner.query(`ALTER TABLE "breakfast_closures" DROP CONSTRAINT "FK_493921baae741b6ee43342dbf31"`);
    await queryRunner.query(`ALTER TABLE "breakfast_attendance" DROP CONSTRAINT "FK_9cff63e6998fb01b2198a01db23"`);
    await queryRunner.query(`ALTER TABLE "breakfast_attendance" DROP CONSTRAINT "FK_53742a3019ccc119a628e146461"`);
    await queryRunner.query(`ALTER TABLE "breakfast_sessions" DROP CONSTRAINT "FK_9cbb754014b5bf909f7ce53edce"`);
    await queryRunner.query(`ALTER TABLE "breakfast_sessions" DROP CONSTRAINT "FK_57f6f54ec88d00d9c4990879950"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "presenter_opt_in"`);
    await queryRunner.query(`DROP INDEX "public"."breakfast_swap_requests_one_pending_per_session"`);
    await queryRunner.query(`DROP INDEX "public"."breakfast_swap_requests_to_session"`);
    await queryRunner.query(`DROP TABLE "breakfast_swap_requests"`);
    await queryRunner.query(`DROP TABLE "presenter_unavailable_dates"`);
    await queryRunner.query(`DROP INDEX "public"."breakfast_closures_by_end"`);
    await queryRunner.query(`DROP TABLE "breakfast_closures"`);
    await queryRunner.query(`DROP TABLE "breakfast_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."breakfast_sessions_presenter"`);
    await queryRunner.query(`DROP TABLE "breakfast_sessions"`);
    await queryRunner.query(`DROP TABLE "breakfast_series"`);
  }
}
