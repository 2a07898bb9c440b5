import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge posts (with comments one level deep and «useful» marks) and feedback requests (with
 * invited reviewers and one answer per reviewer). Written by hand at the end: the triggers that keep
 * a post's weighted search document (title A, tags B, body C) and folded tags, and a request's folded
 * expertise, and their GIN indexes.
 */
export class KnowledgePostsAndFeedback1795838972625 implements MigrationInterface {
  name = 'KnowledgePostsAndFeedback1795838972625';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "feedback_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requester_id" uuid NOT NULL, "title" text NOT NULL, "context" text NOT NULL, "questions" text array NOT NULL, "format" text NOT NULL, "minutes" integer NOT NULL, "deadline" date NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expertise" text array NOT NULL DEFAULT '{}', "expertise_keys" text array, "cap" integer NOT NULL, "audience" text NOT NULL DEFAULT 'all', "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "feedback_requests_cap" CHECK (cap BETWEEN 1 AND 10), CONSTRAINT "feedback_requests_minutes" CHECK (minutes BETWEEN 1 AND 30), CONSTRAINT "feedback_requests_questions" CHECK (cardinality(questions) BETWEEN 1 AND 5), CONSTRAINT "feedback_requests_audience_known" CHECK (audience IN ('all', 'invited')), CONSTRAINT "feedback_requests_format_known" CHECK (format IN ('async', 'coffee')), CONSTRAINT "PK_4fceb8b13258b93add53a14d967" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "feedback_requests_by_requester" ON "feedback_requests"  ("requester_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "feedback_requests_newest" ON "feedback_requests"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "feedback_invitations" ("request_id" uuid NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1a1db6cb4e2e7e08d8d2534417" PRIMARY KEY ("request_id", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "feedback_invitations_by_member" ON "feedback_invitations"  ("member_id") `);
    await queryRunner.query(`CREATE TABLE "feedback_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "answers" text array NOT NULL DEFAULT '{}', "proposed_times" TIMESTAMP WITH TIME ZONE array NOT NULL DEFAULT '{}', "message" text, "helpful_at" TIMESTAMP WITH TIME ZONE, "thanks_message" text, "thanked_at" TIMESTAMP WITH TIME ZONE, "edited_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "feedback_responses_one_per_reviewer" UNIQUE ("request_id", "reviewer_id"), CONSTRAINT "feedback_responses_thanks" CHECK ((thanked_at IS NULL) = (thanks_message IS NULL)), CONSTRAINT "PK_bb4d40375c075d39316a21fdaf5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "feedback_responses_by_reviewer" ON "feedback_responses"  ("reviewer_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "tag_keys" text array, "status" text NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "edited_at" TIMESTAMP WITH TIME ZONE, "talk_starts_at" TIMESTAMP WITH TIME ZONE, "talk_place" text, "talk_event_id" uuid, "talk_breakfast_id" uuid, "hidden_reason" text, "hidden_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "posts_hidden_with_reason" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)), CONSTRAINT "posts_published_has_date" CHECK (status = 'draft' OR published_at IS NOT NULL), CONSTRAINT "posts_tip_is_short" CHECK (kind <> 'tip' OR char_length(body) <= 500), CONSTRAINT "posts_status_known" CHECK (status IN ('draft', 'published')), CONSTRAINT "posts_kind_known" CHECK (kind IN ('article', 'tip', 'talk')), CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "posts_by_author" ON "posts"  ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "posts_feed" ON "posts"  ("published_at", "id") WHERE status = 'published'`);
    await queryRunner.query(`CREATE TABLE "post_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "author_id" uuid NOT NULL, "parent_id" uuid, "body" text NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "post_comments_hidden_with_reason" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)), CONSTRAINT "PK_2e99e04b4a1b31de6f833c18ced" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "post_comments_by_post" ON "post_comments"  ("post_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "post_useful" ("post_id" uuid NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ce26f84fd5f3c527cfdca1318c" PRIMARY KEY ("post_id", "member_id"))`);
    await queryRunner.query(`ALTER TABLE "members" ADD "feedback_open" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "members" ADD "feedback_weekly_quota" smallint NOT NULL DEFAULT '2'`);
    await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "members_feedback_weekly_quota" CHECK (feedback_weekly_quota BETWEEN 0 AND 10)`);
    await queryRunner.query(`ALTER TABLE "feedback_requests" ADD CONSTRAINT "FK_a2f6e5d3e636b0e90b685e714e4" FOREIGN KEY ("requester_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback_invitations" ADD CONSTRAINT "FK_98474d3626fcb1a80b1ab02c8f7" FOREIGN KEY ("request_id") REFERENCES "feedback_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback_invitations" ADD CONSTRAINT "FK_17490ad6bbb40e33132e8ee54f1" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback_responses" ADD CONSTRAINT "FK_e308f2bf364d21215e59f15b22c" FOREIGN KEY ("request_id") REFERENCES "feedback_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback_responses" ADD CONSTRAINT "FK_49a5f3c19eb809ac9656569819a" FOREIGN KEY ("reviewer_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "FK_47160f16f6a2aef3d9b3c309623" FOREIGN KEY ("talk_event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "FK_8e9a79ddaecf112a689382dd0e6" FOREIGN KEY ("talk_breakfast_id") REFERENCES "breakfast_sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_comments" ADD CONSTRAINT "FK_e8ffd07822f03f90f637b13cd59" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_comments" ADD CONSTRAINT "FK_abbd11ae09b9fe33103b6c1e6ad" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_comments" ADD CONSTRAINT "FK_31cfe70b97aa3ddc20113d43815" FOREIGN KEY ("parent_id") REFERENCES "post_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_useful" ADD CONSTRAINT "FK_384f5d84a8010bda741ac268b8b" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_useful" ADD CONSTRAINT "FK_3d26205b7fc5f51037758812746" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE FUNCTION posts_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          tertulia_document(NEW.title, 'A') ||
          tertulia_document(array_to_string(NEW.tags, ' '), 'B') ||
          tertulia_document(NEW.body, 'C');
        NEW.tag_keys := ARRAY(SELECT tertulia_fold(tag) FROM unnest(NEW.tags) AS tag);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER posts_search_refresh BEFORE INSERT OR UPDATE OF title, tags, body ON posts
      FOR EACH ROW EXECUTE FUNCTION posts_search_refresh()`);
    await queryRunner.query(`CREATE INDEX posts_search_vector ON posts USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX posts_tag_keys ON posts USING gin (tag_keys)`);

    await queryRunner.query(`
      CREATE FUNCTION feedback_requests_expertise_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.expertise_keys := ARRAY(SELECT tertulia_fold(skill) FROM unnest(NEW.expertise) AS skill);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER feedback_requests_expertise_refresh BEFORE INSERT OR UPDATE OF expertise ON feedback_requests
      FOR EACH ROW EXECUTE FUNCTION feedback_requests_expertise_refresh()`);
    await queryRunner.query(`CREATE INDEX feedback_requests_expertise_keys ON feedback_requests USING gin (expertise_keys)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX feedback_requests_expertise_keys`);
    await queryRunner.query(`DROP TRIGGER feedback_requests_expertise_refresh ON feedback_requests`);
    await queryRunner.query(`DROP FUNCTION feedback_requests_expertise_refresh()`);
    await queryRunner.query(`DROP INDEX posts_tag_keys`);
    await queryRunner.query(`DROP INDEX posts_search_vector`);
    await queryRunner.query(`DROP TRIGGER posts_search_refresh ON posts`);
    await queryRunner.query(`DROP FUNCTION posts_search_refresh()`);
    await queryRunner.query(`ALTER TABLE "post_useful" DROP CONSTRAINT "FK_3d26205b7fc5f51037758812746"`);
    await queryRunner.query(`ALTER TABLE "post_useful" DROP CONSTRAINT "FK_384f5d84a8010bda741ac268b8b"`);
    await queryRunner.query(`ALTER TABLE "post_comments" DROP CONSTRAINT "FK_31cfe70b97aa3ddc20113d43815"`);
    await queryRunner.query(`ALTER TABLE "post_comments" DROP CONSTRAINT "FK_abbd11ae09b9fe33103b6c1e6ad"`);
    await queryRunner.query(`ALTER TABLE "post_comments" DROP CONSTRAINT "FK_e8ffd07822f03f90f637b13cd59"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_8e9a79ddaecf112a689382dd0e6"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_47160f16f6a2aef3d9b3c309623"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"`);
    await queryRunner.query(`ALTER TABLE "feedback_responses" DROP CONSTRAINT "FK_49a5f3c19eb809ac9656569819a"`);
    await queryRunner.query(`ALTER TABLE "feedback_responses" DROP CONSTRAINT "FK_e308f2bf364d21215e59f15b22c"`);
    await queryRunner.query(`ALTER TABLE "feedback_invitations" DROP CONSTRAINT "FK_17490ad6bbb40e33132e8ee54f1"`);
    await queryRunner.query(`ALTER TABLE "feedback_invitations" DROP CONSTRAINT "FK_98474d3626fcb1a80b1ab02c8f7"`);
    await queryRunner.query(`ALTER TABLE "feedback_requests" DROP CONSTRAINT "FK_a2f6e5d3e636b0e90b685e714e4"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "members_feedback_weekly_quota"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "feedback_weekly_quota"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "feedback_open"`);
    await queryRunner.query(`DROP TABLE "post_useful"`);
    await queryRunner.query(`DROP INDEX "public"."post_comments_by_post"`);
    await queryRunner.query(`DROP TABLE "post_comments"`);
    await queryRunner.query(`DROP INDEX "public"."posts_feed"`);
    await queryRunner.query(`DROP INDEX "public"."posts_by_author"`);
    await queryRunner.query(`DROP TABLE "posts"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_responses_by_reviewer"`);
    await queryRunner.query(`DROP TABLE "feedback_responses"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_invitations_by_member"`);
    await queryRunner.query(`DROP TABLE "feedback_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_requests_newest"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_requests_by_requester"`);
    await queryRunner.query(`DROP TABLE "feedback_requests"`);
  }
}
