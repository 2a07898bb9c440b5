import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRequiredExtensions } from '../required-extensions';

/**
 * The directory's search, written by hand (TypeORM knows no triggers, GIN or text search configurations):
 * - the `tertulia` text search configuration: words folded by unaccent, no stemming, so that one
 *   index serves Catalan, Spanish and English alike (prefix queries stand in for stemming);
 * - a weighted document per service and per member (A: names, business, skills, service titles;
 *   B: headline, tags, categories; C: summaries, bio, what they look for; D: descriptions),
 *   kept by triggers; a member's document includes their visible services;
 * - GIN indexes on the documents, trigram on the folded names (typos), and on skills and languages.
 */
export class DirectorySearch1795829600000 implements MigrationInterface {
  name = 'DirectorySearch1795829600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createRequiredExtensions(queryRunner, ['unaccent', 'pg_trgm']);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION tertulia (COPY = simple)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION tertulia ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple`);
    // The Catalan middle dot («il·lustració») would split a word in two: it is dropped first.
    await queryRunner.query(`
      CREATE FUNCTION tertulia_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT lower(unaccent('unaccent'::regdictionary, replace(coalesce($1, ''), '·', ''))) $$`);
    await queryRunner.query(`
      CREATE FUNCTION tertulia_document(body text, weight "char") RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT setweight(to_tsvector('tertulia'::regconfig, replace(coalesce(body, ''), '·', '')), weight) $$`);

    await queryRunner.query(`
      CREATE FUNCTION services_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          tertulia_document(NEW.title, 'A') ||
          tertulia_document(array_to_string(NEW.tags, ' '), 'B') ||
          tertulia_document((SELECT concat_ws(' ', c.name_ca, c.name_es, c.name_en) FROM service_categories c WHERE c.id = NEW.category_id), 'B') ||
          tertulia_document(NEW.summary, 'C') ||
          tertulia_document(NEW.description, 'D');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER services_search_refresh BEFORE INSERT OR UPDATE ON services
      FOR EACH ROW EXECUTE FUNCTION services_search_refresh()`);

    await queryRunner.query(`
      CREATE FUNCTION members_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        services_document tsvector;
      BEGIN
        SELECT tertulia_document(string_agg(s.title, ' '), 'A') ||
               tertulia_document(string_agg(concat_ws(' ', array_to_string(s.tags, ' '), c.name_ca, c.name_es, c.name_en), ' '), 'B') ||
               tertulia_document(string_agg(s.summary, ' '), 'C') ||
               tertulia_document(string_agg(s.description, ' '), 'D')
          INTO services_document
          FROM services s LEFT JOIN service_categories c ON c.id = s.category_id
         WHERE s.member_id = NEW.id AND s.hidden_at IS NULL;
        NEW.search_vector :=
          tertulia_document(concat_ws(' ', NEW.display_name, NEW.business_name, array_to_string(NEW.skills, ' ')), 'A') ||
          tertulia_document(NEW.headline, 'B') ||
          tertulia_document(concat_ws(' ', NEW.bio, NEW.looking_for), 'C') ||
          services_document;
        NEW.search_name := tertulia_fold(concat_ws(' ', NEW.display_name, NEW.business_name));
        NEW.skill_keys := ARRAY(SELECT tertulia_fold(skill) FROM unnest(NEW.skills) AS skill);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER members_search_refresh BEFORE INSERT OR UPDATE ON members
      FOR EACH ROW EXECUTE FUNCTION members_search_refresh()`);

    // A change to a service refreshes its owner's document (the update fires members_search_refresh).
    await queryRunner.query(`
      CREATE FUNCTION services_refresh_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN UPDATE members SET search_vector = NULL WHERE id = OLD.member_id; END IF;
        IF TG_OP = 'INSERT' OR NEW.member_id <> OLD.member_id THEN UPDATE members SET search_vector = NULL WHERE id = NEW.member_id; END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER services_refresh_owner AFTER INSERT OR DELETE OR UPDATE OF member_id, title, summary, description, tags, category_id, hidden_at ON services
      FOR EACH ROW EXECUTE FUNCTION services_refresh_owner()`);

    // Renaming a category refreshes the documents of its services (and so of their owners).
    await queryRunner.query(`
      CREATE FUNCTION service_categories_refresh_services() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE services SET category_id = category_id WHERE category_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER service_categories_refresh_services AFTER UPDATE OF name_ca, name_es, name_en ON service_categories
      FOR EACH ROW EXECUTE FUNCTION service_categories_refresh_services()`);

    await queryRunner.query(`UPDATE members SET search_vector = NULL`);
    await queryRunner.query(`CREATE INDEX members_search_vector ON members USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX members_search_name_trigram ON members USING gin (search_name gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX members_skill_keys ON members USING gin (skill_keys)`);
    await queryRunner.query(`CREATE INDEX members_languages ON members USING gin (languages)`);
    await queryRunner.query(`CREATE INDEX services_search_vector ON services USING gin (search_vector)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['services_search_vector', 'members_languages', 'members_skill_keys', 'members_search_name_trigram', 'members_search_vector']) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
    await queryRunner.query(`DROP TRIGGER service_categories_refresh_services ON service_categories`);
    await queryRunner.query(`DROP TRIGGER services_refresh_owner ON services`);
    await queryRunner.query(`DROP TRIGGER members_search_refresh ON members`);
    await queryRunner.query(`DROP TRIGGER services_search_refresh ON services`);
    for (const fn of ['service_categories_refresh_services()', 'services_refresh_owner()', 'members_search_refresh()', 'services_search_refresh()', 'tertulia_document(text, "char")', 'tertulia_fold(text)']) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION tertulia`);
  }
}
