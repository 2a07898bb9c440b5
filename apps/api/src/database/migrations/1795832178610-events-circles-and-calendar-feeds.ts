import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Circles, events with RSVPs, a FIFO waitlist and private want-to-meet picks, and personal calendar feeds. */
export class EventsCirclesAndCalendarFeeds1795832178610 implements MigrationInterface {
  name = 'EventsCirclesAndCalendarFeeds1795832178610';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feeds" ("member_id" uuid NOT NULL, "token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57657d60904cddaae1ca5c861cb" PRIMARY KEY ("member_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feeds_token_unique" ON "calendar_feeds"  ("token") `);
    await queryRunner.query(`CREATE TABLE "circles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text COLLATE "und-x-icu" NOT NULL, "kind" text NOT NULL, "description" text, "join_policy" text NOT NULL DEFAULT 'open', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "circles_join_policy_known" CHECK (join_policy IN ('open', 'approval')), CONSTRAINT "circles_kind_known" CHECK (kind IN ('company', 'interest')), CONSTRAINT "PK_8348b53fdd4f7b6c0b3a6a2f61f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "circles_name_order" ON "circles"  ("name", "id") `);
    await queryRunner.query(`CREATE TABLE "circle_members" ("circle_id" uuid NOT NULL, "member_id" uuid NOT NULL, "role" text NOT NULL DEFAULT 'member', "status" text NOT NULL DEFAULT 'active', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "circle_members_status_known" CHECK (status IN ('active', 'pending')), CONSTRAINT "circle_members_role_known" CHECK (role IN ('admin', 'member')), CONSTRAINT "PK_cfba2bf8107638aa5756c82bc2f" PRIMARY KEY ("circle_id", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "circle_members_by_member" ON "circle_members"  ("member_id", "circle_id") `);
    await queryRunner.query(`CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "timezone" text NOT NULL, "place" text, "capacity" integer, "rsvp_deadline" TIMESTAMP WITH TIME ZONE, "format" text NOT NULL DEFAULT 'social', "status" text NOT NULL DEFAULT 'scheduled', "circle_id" uuid, "organiser_id" uuid NOT NULL, "cover_file" text, "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "events_status_known" CHECK (status IN ('scheduled', 'cancelled')), CONSTRAINT "events_format_known" CHECK (format IN ('talk', 'workshop', 'social', 'networking_lunch')), CONSTRAINT "events_capacity_positive" CHECK (capacity IS NULL OR capacity > 0), CONSTRAINT "events_ordered" CHECK (ends_at > starts_at), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "events_by_circle" ON "events"  ("circle_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "events_by_start" ON "events"  ("starts_at", "id") `);
    await queryRunner.query(`CREATE TABLE "event_rsvps" ("event_id" uuid NOT NULL, "member_id" uuid NOT NULL, "status" text NOT NULL, "private" boolean NOT NULL DEFAULT false, "waitlist_seq" bigint, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_rsvps_waitlist_seq" CHECK ((status = 'waitlisted') = (waitlist_seq IS NOT NULL)), CONSTRAINT "event_rsvps_status_known" CHECK (status IN ('going', 'waitlisted', 'not_going')), CONSTRAINT "PK_1d4845cabaac61a065b68528b1c" PRIMARY KEY ("event_id", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "event_rsvps_by_member" ON "event_rsvps"  ("member_id", "status") `);
    await queryRunner.query(`CREATE INDEX "event_rsvps_by_status" ON "event_rsvps"  ("event_id", "status", "waitlist_seq") `);
    await queryRunner.query(`CREATE TABLE "event_wants" ("event_id" uuid NOT NULL, "member_id" uuid NOT NULL, "wanted_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_wants_not_self" CHECK (member_id <> wanted_id), CONSTRAINT "PK_601f02f76ec8914d4494f4b3e41" PRIMARY KEY ("event_id", "member_id", "wanted_id"))`);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_57657d60904cddaae1ca5c861cb" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "circles" ADD CONSTRAINT "FK_ced22308633771546334d40b52d" FOREIGN KEY ("created_by") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "circle_members" ADD CONSTRAINT "FK_881567d0cb208fa8854bb0b8ac4" FOREIGN KEY ("circle_id") REFERENCES "circles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "circle_members" ADD CONSTRAINT "FK_584199475d84101bafe92b606d7" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_589b1d730bd2588e3435a28eea8" FOREIGN KEY ("circle_id") REFERENCES "circles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_cb951fb6dfdc6eba1b67d8f06cb" FOREIGN KEY ("organiser_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_rsvps" ADD CONSTRAINT "FK_db0b9c02cf734572db6a58b7fd2" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_rsvps" ADD CONSTRAINT "FK_b9e8884da00efd9fbc13f3b5402" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_wants" ADD CONSTRAINT "FK_56bb89a0469f1afd7a749254ece" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_wants" ADD CONSTRAINT "FK_18a5cbd519c8a80cd704fe815d9" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_wants" ADD CONSTRAINT "FK_1b80ac9b2f146238b22c0bc5b2f" FOREIGN KEY ("wanted_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_wants" DROP CONSTRAINT "FK_1b80ac9b2f146238b22c0bc5b2f"`);
    await queryRunner.query(`ALTER TABLE "event_wants" DROP CONSTRAINT "FK_18a5cbd519c8a80cd704fe815d9"`);
    await queryRunner.query(`ALTER TABLE "event_wants" DROP CONSTRAINT "FK_56bb89a0469f1afd7a749254ece"`);
    await queryRunner.query(`ALTER TABLE "event_rsvps" DROP CONSTRAINT "FK_b9e8884da00efd9fbc13f3b5402"`);
    await queryRunner.query(`ALTER TABLE "event_rsvps" DROP CONSTRAINT "FK_db0b9c02cf734572db6a58b7fd2"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_cb951fb6dfdc6eba1b67d8f06cb"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_589b1d730bd2588e3435a28eea8"`);
    await queryRunner.query(`ALTER TABLE "circle_members" DROP CONSTRAINT "FK_584199475d84101bafe92b606d7"`);
    await queryRunner.query(`ALTER TABLE "circle_members" DROP CONSTRAINT "FK_881567d0cb208fa8854bb0b8ac4"`);
    await queryRunner.query(`ALTER TABLE "circles" DROP CONSTRAINT "FK_ced22308633771546334d40b52d"`);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_57657d60904cddaae1ca5c861cb"`);
    await queryRunner.query(`DROP TABLE "event_wants"`);
    await queryRunner.query(`DROP INDEX "public"."event_rsvps_by_status"`);
    await queryRunner.query(`DROP INDEX "public"."event_rsvps_by_member"`);
    await queryRunner.query(`DROP TABLE "event_rsvps"`);
    await queryRunner.query(`DROP INDEX "public"."events_by_start"`);
    await queryRunner.query(`DROP INDEX "public"."events_by_circle"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP INDEX "public"."circle_members_by_member"`);
    await queryRunner.query(`DROP TABLE "circle_members"`);
    await queryRunner.query(`DROP INDEX "public"."circles_name_order"`);
    await queryRunner.query(`DROP TABLE "circles"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_feeds_token_unique"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
