import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Table rotations at networking lunches: one row per lunch with its table size, rounds, seed and stats (the row
 * that is locked while a plan is made), where each person sits in each round, and the tables the manager locked.
 */
export class NetworkingPlans1795890000000 implements MigrationInterface {
  name = 'NetworkingPlans1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "networking_plans" ("event_id" uuid NOT NULL, "table_size" integer NOT NULL, "rounds" integer NOT NULL, "seed" integer, "generated_at" TIMESTAMP WITH TIME ZONE, "repeat_pairs" integer NOT NULL DEFAULT '0', "wants_satisfied" integer NOT NULL DEFAULT '0', "wants_total" integer NOT NULL DEFAULT '0', "new_pairs" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "networking_plans_generated_whole" CHECK ((generated_at IS NULL) = (seed IS NULL)), CONSTRAINT "networking_plans_rounds" CHECK (rounds BETWEEN 1 AND 12), CONSTRAINT "networking_plans_table_size" CHECK (table_size BETWEEN 2 AND 20), CONSTRAINT "PK_8855ad621780bb9b7ae47a97380" PRIMARY KEY ("event_id"))`);
    await queryRunner.query(`CREATE TABLE "networking_locked_tables" ("event_id" uuid NOT NULL, "round" integer NOT NULL, "table_no" integer NOT NULL, CONSTRAINT "networking_locked_tables_table" CHECK (table_no >= 1), CONSTRAINT "networking_locked_tables_round" CHECK ("round" >= 1), CONSTRAINT "PK_0cb39795f0ce61cfd5375e2f8d9" PRIMARY KEY ("event_id", "round", "table_no"))`);
    await queryRunner.query(`CREATE TABLE "networking_seats" ("event_id" uuid NOT NULL, "round" integer NOT NULL, "member_id" uuid NOT NULL, "table_no" integer NOT NULL, CONSTRAINT "networking_seats_table" CHECK (table_no >= 1), CONSTRAINT "networking_seats_round" CHECK ("round" >= 1), CONSTRAINT "PK_85b920e1f0523d74a49b963443b" PRIMARY KEY ("event_id", "round", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "networking_seats_by_member" ON "networking_seats"  ("member_id") `);
    await queryRunner.query(`CREATE INDEX "networking_seats_by_table" ON "networking_seats"  ("event_id", "round", "table_no") `);
    await queryRunner.query(`ALTER TABLE "networking_plans" ADD CONSTRAINT "FK_8855ad621780bb9b7ae47a97380" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "networking_locked_tables" ADD CONSTRAINT "FK_80752fc235fd604deb6026f2dcd" FOREIGN KEY ("event_id") REFERENCES "networking_plans"("event_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "networking_seats" ADD CONSTRAINT "FK_6192b02bc1705d0773fe5faa23a" FOREIGN KEY ("event_id") REFERENCES "networking_plans"("event_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "networking_seats" ADD CONSTRAINT "FK_96d42dd4b66e23749c6e9849c16" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "networking_seats" DROP CONSTRAINT "FK_96d42dd4b66e23749c6e9849c16"`);
    await queryRunner.query(`ALTER TABLE "networking_seats" DROP CONSTRAINT "FK_6192b02bc1705d0773fe5faa23a"`);
    await queryRunner.query(`ALTER TABLE "networking_locked_tables" DROP CONSTRAINT "FK_80752fc235fd604deb6026f2dcd"`);
    await queryRunner.query(`ALTER TABLE "networking_plans" DROP CONSTRAINT "FK_8855ad621780bb9b7ae47a97380"`);
    await queryRunner.query(`DROP INDEX "public"."networking_seats_by_table"`);
    await queryRunner.query(`DROP INDEX "public"."networking_seats_by_member"`);
    await queryRunner.query(`DROP TABLE "networking_seats"`);
    await queryRunner.query(`DROP TABLE "networking_locked_tables"`);
    await queryRunner.query(`DROP TABLE "networking_plans"`);
  }
}
