import { Presets, SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import { generateMember, Random, type BenchMember, type BenchService } from './corpus';

const BATCH = 1000;
/** Two statements at a time: the server has few cores, and each row runs a trigger. */
const PARALLEL = 2;

export interface FillResult {
  members: number;
  services: number;
  seconds: number;
}

/**
 * Fills a migrated, empty database with `count` members and their services, fast: big
 * multi-row INSERTs (`unnest` of one array per column), with the per-service owner refresh
 * switched off and the member documents rebuilt afterwards in batches.
 */
export async function fillDatabase(url: string, count: number, seed = 20251121): Promise<FillResult> {
  const started = performance.now();
  const pool = new Pool({ connectionString: url, max: PARALLEL });
  try {
    const categories = await categoryIds(pool);
    await pool.query(`ALTER TABLE services DISABLE TRIGGER services_refresh_owner`);
    const ids: string[] = [];
    let services = 0;

    const insertBar = progressBar('members + services', 'members');
    insertBar.start(count, 0);
    await inParallel(Math.ceil(count / BATCH), async (batch) => {
      const random = new Random(seed + batch);
      const size = Math.min(BATCH, count - batch * BATCH);
      const generated = Array.from({ length: size }, (_, i) => generateMember(random, batch * BATCH + i));
      const members = generated.map((g) => g.member);
      const batchServices = generated.flatMap((g) => g.services);
      await insertMembers(pool, members);
      await insertServices(pool, batchServices, categories);
      for (const member of members) ids.push(member.id);
      services += batchServices.length;
      insertBar.increment(size);
    });
    insertBar.stop();

    // Each UPDATE fires members_search_refresh, which folds the member's services into their document.
    const refreshBar = progressBar('search documents', 'members');
    refreshBar.start(ids.length, 0);
    await inParallel(Math.ceil(ids.length / BATCH), async (batch) => {
      const slice = ids.slice(batch * BATCH, (batch + 1) * BATCH);
      await pool.query(`UPDATE members SET search_vector = NULL WHERE id = ANY($1::uuid[])`, [slice]);
      refreshBar.increment(slice.length);
    });
    refreshBar.stop();

    await pool.query(`ALTER TABLE services ENABLE TRIGGER services_refresh_owner`);
    process.stderr.write('  VACUUM ANALYZE…\n');
    await pool.query(`VACUUM ANALYZE members`);
    await pool.query(`VACUUM ANALYZE services`);
    return { members: count, services, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pool.end();
  }
}

async function categoryIds(pool: Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ id: string; slug: string }>(`SELECT id, slug FROM service_categories`);
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function insertMembers(pool: Pool, members: BenchMember[]): Promise<void> {
  // Arrays of arrays cannot be unnested row by row: skills and languages travel joined by '|'.
  await pool.query(
    `INSERT INTO members (id, email, display_name, role, status, password_hash, locale, headline, business_name, bio, website,
                          looking_for, skills, languages, directory_visible, open_to_coffee, joined_at)
     SELECT id, email, display_name, 'member', status, 'bench: no sign-in', locale, headline, business_name, bio, website,
            looking_for, string_to_array(skills, '|'), string_to_array(languages, '|'), directory_visible, open_to_coffee, joined_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::boolean[], $14::boolean[], $15::timestamptz[])
         AS t(id, email, display_name, status, locale, headline, business_name, bio, website, looking_for, skills, languages,
              directory_visible, open_to_coffee, joined_at)`,
    [
      members.map((m) => m.id),
      members.map((m) => m.email),
      members.map((m) => m.displayName),
      members.map((m) => m.status),
      members.map((m) => m.locale),
      members.map((m) => m.headline),
      members.map((m) => m.businessName),
      members.map((m) => m.bio),
      members.map((m) => m.website),
      members.map((m) => m.lookingFor),
      members.map((m) => m.skills.join('|')),
      members.map((m) => m.languages.join('|')),
      members.map((m) => m.directoryVisible),
      members.map((m) => m.openToCoffee),
      members.map((m) => m.joinedAt),
    ],
  );
}

async function insertServices(pool: Pool, services: BenchService[], categories: Map<string, string>): Promise<void> {
  if (services.length === 0) return;
  await pool.query(
    `INSERT INTO services (id, member_id, title, summary, description, category_id, tags, pricing_note, position)
     SELECT id, member_id, title, summary, description, category_id, string_to_array(tags, '|'), pricing_note, position
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::int[])
         AS t(id, member_id, title, summary, description, category_id, tags, pricing_note, position)`,
    [
      services.map((s) => s.id),
      services.map((s) => s.memberId),
      services.map((s) => s.title),
      services.map((s) => s.summary),
      services.map((s) => s.description),
      services.map((s) => categories.get(s.categorySlug) ?? null),
      services.map((s) => s.tags.join('|')),
      services.map((s) => s.pricingNote),
      services.map((s) => s.position),
    ],
  );
}

/** Runs `task(0) … task(count - 1)`, PARALLEL at a time. */
async function inParallel(count: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, count) }, lane));
}

function progressBar(label: string, unit: string): SingleBar {
  return new SingleBar(
    {
      format: `  ${label.padEnd(18)} |{bar}| {percentage}% · {value}/{total} ${unit} · {duration_formatted} · ETA {eta_formatted}`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
}
