import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../src/database/data-source';
import { DEMO_COMMUNITY } from '../src/database/seed/demo-community';
import { createTestDatabase, type TestDatabaseUrl } from './utils/test-database';

const run = promisify(execFile);
const cli = (name: string) => join(__dirname, '../dist/cli', `${name}.js`);

/** The command-line tools, as built by `npm run build`, on the configured database (embedded or PostgreSQL). */
describe('command-line tools', () => {
  let testDatabase: TestDatabaseUrl;
  const dataDir = mkdtempSync(join(tmpdir(), 'tertulia-cli-'));
  const env = () => ({
    ...process.env,
    ...(testDatabase.url ? { DATABASE_URL: testDatabase.url } : { DATABASE_URL: '', DATA_DIR: dataDir }),
  });
  const open = () => openDatabase({ databaseUrl: testDatabase.url, dataDir });

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
  });
  afterAll(async () => {
    await testDatabase.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('create-manager creates a manager, then promotes and resets an existing member', async () => {
    const created = await run('node', [cli('create-manager'), '--email', 'Gestio@Example.com', '--password', 'una clau prou llarga', '--name', 'Gestió'], { env: env() });
    expect(created.stdout).toContain('Created manager gestio@example.com');
    const again = await run('node', [cli('create-manager'), '--email', 'gestio@example.com', '--password', 'una altra clau llarga'], { env: env() });
    expect(again.stdout).toContain('Updated manager');
    const database = await open();
    try {
      const rows = await database.dataSource.query(`SELECT display_name, role, status FROM members WHERE email = 'gestio@example.com'`);
      expect(rows).toEqual([{ display_name: 'Gestió', role: 'manager', status: 'active' }]);
    } finally {
      await database.close();
    }
  });

  it('create-manager refuses a short password and says how to use it', async () => {
    await expect(run('node', [cli('create-manager'), '--email', 'x@example.com', '--password', 'short'], { env: env() })).rejects.toMatchObject({
      stderr: expect.stringContaining('--password'),
    });
  });

  it('seed:demo adds the demo community once', async () => {
    const first = await run('node', [cli('seed-demo')], { env: env() });
    expect(first.stdout).toContain('Added the demo community');
    const second = await run('node', [cli('seed-demo')], { env: env() });
    expect(second.stdout).toContain('already there');
    const database = await open();
    try {
      const [{ n }] = await database.dataSource.query(`SELECT count(*)::int AS n FROM members WHERE email LIKE '%@tertulia.example'`);
      expect(n).toBe(DEMO_COMMUNITY.length);
      expect(DEMO_COMMUNITY.length).toBeGreaterThanOrEqual(30);
      const sessions: { past: boolean; presenter_id: string | null; summary: string | null }[] = await database.dataSource.query(
        `SELECT starts_at < now() AS past, presenter_id, summary FROM breakfast_sessions ORDER BY date`,
      );
      expect(sessions.filter((session) => session.past && session.summary)).toHaveLength(6);
      expect(sessions.filter((session) => !session.past)).toHaveLength(4);
      expect(sessions.every((session) => session.presenter_id !== null)).toBe(true);
    } finally {
      await database.close();
    }
  });
});
