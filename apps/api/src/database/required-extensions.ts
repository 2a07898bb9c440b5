import type { QueryRunner } from 'typeorm';

/**
 * Creates the extensions the app needs, or stops with a sentence that says which one is
 * missing and how to get it, instead of PostgreSQL's bare "could not open extension control file".
 */
export async function createRequiredExtensions(queryRunner: QueryRunner, names: readonly string[]): Promise<void> {
  const rows: { name: string }[] = await queryRunner.query(`SELECT name FROM pg_available_extensions WHERE name = ANY($1)`, [names]);
  const missing = missingExtensions(names, rows.map((row) => row.name));
  if (missing.length > 0) throw new Error(missingExtensionsMessage(missing));
  for (const name of names) await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS ${name}`);
}

export function missingExtensions(needed: readonly string[], available: readonly string[]): string[] {
  return needed.filter((name) => !available.includes(name));
}

export function missingExtensionsMessage(missing: readonly string[]): string {
  return (
    `The directory search needs the PostgreSQL extension${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}, ` +
    `which this server does not have. Install PostgreSQL's contrib modules (Debian: the postgresql-contrib package; ` +
    `managed services: enable ${missing.join(', ')}), then start Tertulia again.`
  );
}
