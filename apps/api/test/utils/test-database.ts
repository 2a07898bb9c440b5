import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabaseUrl {
  /** Undefined means: use a fresh in-memory embedded PostgreSQL. */
  url: string | undefined;
  drop(): Promise<void>;
}

/**
 * Each test file gets its own database: with DATABASE_URL a new database on that server
 * (dropped afterwards), without it a new in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabaseUrl> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => undefined };
  const name = `tertulia_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
