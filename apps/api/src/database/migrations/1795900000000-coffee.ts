import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coffee: members' weekly «cafè ràpid» choice and private do-not-pair lists; weekly rounds (one per week, unique
 * on its Monday, so that the job and a manager's round cannot both write), their matches and who is in each (once
 * per round); and direct coffee invitations (one pending per inviter and invitee, answered once).
 */
export class Coffee1795900000000 implements MigrationInterface {
  name = 'Coffee1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "coffee_do_not_pair" ("member_id" uuid NOT NULL, "other_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "coffee_do_not_pair_not_self" CHECK (member_id <> other_id), CONSTRAINT "PK_85077c8cdafd05f373816a26051" PRIMARY KEY ("member_id", "other_id"))`);
    await queryRunner.query(`CREATE INDEX "coffee_do_not_pair_by_other" ON "coffee_do_not_pair"  ("other_id") `);
    await queryRunner.query(`CREATE TABLE "coffee_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inviter_id" uuid NOT NULL, "invitee_id" uuid NOT NULL, "proposed_times" TIMESTAMP WITH TIME ZONE array NOT NULL, "message" text, "status" text NOT NULL DEFAULT 'pending', "chosen_time" TIMESTAMP WITH TIME ZONE, "held_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "coffee_invitations_message_short" CHECK (char_length(message) <= 280), CONSTRAINT "coffee_invitations_chosen_when_accepted" CHECK ((status = 'accepted') = (chosen_time IS NOT NULL)), CONSTRAINT "coffee_invitations_status_known" CHECK (status IN ('pending', 'accepted', 'declined')), CONSTRAINT "coffee_invitations_times" CHECK (cardinality(proposed_times) BETWEEN 1 AND 3), CONSTRAINT "coffee_invitations_not_self" CHECK (inviter_id <> invitee_id), CONSTRAINT "PK_64b433939334412cc4a5274241d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "coffee_invitations_sent" ON "coffee_invitations"  ("inviter_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "coffee_invitations_received" ON "coffee_invitations"  ("invitee_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "coffee_invitations_one_pending" ON "coffee_invitations"  ("inviter_id", "invitee_id") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE TABLE "coffee_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "week_of" date NOT NULL, "started_by" uuid, "new_pairs" integer NOT NULL DEFAULT '0', "repeat_pairs" integer NOT NULL DEFAULT '0', "unpaired" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "coffee_rounds_one_per_week" UNIQUE ("week_of"), CONSTRAINT "PK_e96aa67c146a52941168647ba78" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "coffee_matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "met_at" TIMESTAMP WITH TIME ZONE, "met_marked_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1cfa6e501ee29eebc73998f0a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "coffee_matches_by_round" ON "coffee_matches"  ("round_id") `);
    await queryRunner.query(`CREATE TABLE "coffee_match_members" ("match_id" uuid NOT NULL, "member_id" uuid NOT NULL, "round_id" uuid NOT NULL, CONSTRAINT "coffee_match_members_once_per_round" UNIQUE ("round_id", "member_id"), CONSTRAINT "PK_3810531ff80e3a3e7513da7f370" PRIMARY KEY ("match_id", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "coffee_match_members_by_member" ON "coffee_match_members"  ("member_id") `);
    await queryRunner.query(`CREATE TABLE "coffee_preferences" ("member_id" uuid NOT NULL, "opt_in" boolean NOT NULL DEFAULT false, "snooze_until" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_34b4ed434b363fcaaa9fcb8b790" PRIMARY KEY ("member_id"))`);
    await queryRunner.query(`ALTER TABLE "coffee_do_not_pair" ADD CONSTRAINT "FK_7befe891f9c1c6ce24d70623104" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_do_not_pair" ADD CONSTRAINT "FK_e15f1fd76c83bb56aa67465a8b5" FOREIGN KEY ("other_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_invitations" ADD CONSTRAINT "FK_0dd8062c385defb28f659d9d115" FOREIGN KEY ("inviter_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_invitations" ADD CONSTRAINT "FK_f3be4a93e31a5e0c0607ed5141b" FOREIGN KEY ("invitee_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_rounds" ADD CONSTRAINT "FK_58b032e12aa49184a3e6718d3b1" FOREIGN KEY ("started_by") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_matches" ADD CONSTRAINT "FK_af312f7269bd38fa55e512026ec" FOREIGN KEY ("round_id") REFERENCES "coffee_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_matches" ADD CONSTRAINT "FK_208186e124517599daf66b94462" FOREIGN KEY ("met_marked_by") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_match_members" ADD CONSTRAINT "FK_87d130ec94ba33dc7e59573a353" FOREIGN KEY ("match_id") REFERENCES "coffee_matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_match_members" ADD CONSTRAINT "FK_67a6c9dfac9d0a38b329c312285" FOREIGN KEY ("round_id") REFERENCES "coffee_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_match_members" ADD CONSTRAINT "FK_58f3294cc7cc86112b5d4a147d0" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coffee_preferences" ADD CONSTRAINT "FK_34b4ed434b363fcaaa9fcb8b790" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "coffee_preferences" DROP CONSTRAINT "FK_34b4ed434b363fcaaa9fcb8b790"`);
    await queryRunner.query(`ALTER TABLE "coffee_match_members" DROP CONSTRAINT "FK_58f3294cc7cc86112b5d4a147d0"`);
    await queryRunner.query(`ALTER TABLE "coffee_match_members" DROP CONSTRAINT "FK_67a6c9dfac9d0a38b329c312285"`);
    await queryRunner.query(`ALTER TABLE "coffee_match_members" DROP CONSTRAINT "FK_87d130ec94ba33dc7e59573a353"`);
    await queryRunner.query(`ALTER TABLE "coffee_matches" DROP CONSTRAINT "FK_208186e124517599daf66b94462"`);
    await queryRunner.query(`ALTER TABLE "coffee_matches" DROP CONSTRAINT "FK_af312f7269bd38fa55e512026ec"`);
    await queryRunner.query(`ALTER TABLE "coffee_rounds" DROP CONSTRAINT "FK_58b032e12aa49184a3e6718d3b1"`);
    await queryRunner.query(`ALTER TABLE "coffee_invitations" DROP CONSTRAINT "FK_f3be4a93e31a5e0c0607ed5141b"`);
    await queryRunner.query(`ALTER TABLE "coffee_invitations" DROP CONSTRAINT "FK_0dd8062c385defb28f659d9d115"`);
    await queryRunner.query(`ALTER TABLE "coffee_do_not_pair" DROP CONSTRAINT "FK_e15f1fd76c83bb56aa67465a8b5"`);
    await queryRunner.query(`ALTER TABLE "coffee_do_not_pair" DROP CONSTRAINT "FK_7befe891f9c1c6ce24d70623104"`);
    await queryRunner.query(`DROP TABLE "coffee_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."coffee_match_members_by_member"`);
    await queryRunner.query(`DROP TABLE "coffee_match_members"`);
    await queryRunner.query(`DROP INDEX "public"."coffee_matches_by_round"`);
    await queryRunner.query(`DROP TABLE "coffee_matches"`);
    await queryRunner.query(`DROP TABLE "coffee_rounds"`);
    await queryRunner.query(`DROP INDEX "public"."coffee_invitations_one_pending"`);
    await queryRunner.query(`DROP INDEX "public"."coffee_invitations_received"`);
    await queryRunner.query(`DROP INDEX "public"."coffee_invitations_sent"`);
    await queryRunner.query(`DROP TABLE "coffee_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."coffee_do_not_pair_by_other"`);
    await queryRunner.query(`DROP TABLE "coffee_do_not_pair"`);
  }
}
