import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabaseBusyError, startEmbeddedDatabase } from './embedded';

describe('startEmbeddedDatabase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tertulia-embedded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across restarts and refuses a second live owner of the directory', async () => {
    const first = await startEmbeddedDatabase(dir);
    const client = new Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE kept (value text)');
    await client.query("INSERT INTO kept VALUES ('still here')");
    await client.end();
    await first.stop();

    const second = await startEmbeddedDatabase(dir);
    const again = new Client({ connectionString: second.url });
    await again.connect();
    const { rows } = await again.query('SELECT value FROM kept');
    await again.end();
    expect(rows).toEqual([{ value: 'still here' }]);
    await second.stop();
  });

  it('refuses a directory locked by another running process', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'tertulia.pid'), String(process.ppid));
    await expect(startEmbeddedDatabase(dir)).rejects.toBeInstanceOf(EmbeddedDatabaseBusyError);
    rmSync(join(dir, 'tertulia.pid'));
  });
});
