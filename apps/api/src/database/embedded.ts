import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** A postgres:// URL for the normal `pg` driver. */
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedDatabaseBusyError extends Error {}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) and serves it over the wire protocol on a
 * loopback port, so that the app talks to it exactly as to a real server.
 * `dataDir` persists the data; without it the database lives in memory (tests).
 * PGlite serves one session at a time: the pool using it must hold a single connection.
 */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  const directory = dataDir ? resolve(dataDir) : undefined;
  const releaseLock = directory ? lockDataDir(directory) : () => undefined;
  try {
    // The directory's search needs unaccent and pg_trgm; PGlite ships them as loadable contrib modules.
    const extensions = { unaccent, pg_trgm };
    const db = await PGlite.create({ dataDir: directory ? join(directory, 'pgdata') : undefined, extensions });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    return {
      url,
      async stop() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Two processes writing one PGlite directory would corrupt it, so the directory holds a pid lock. */
function lockDataDir(directory: string): () => void {
  mkdirSync(directory, { recursive: true });
  const lockFile = join(directory, 'tertulia.pid');
  const holder = readLockHolder(lockFile);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new EmbeddedDatabaseBusyError(
      `The embedded database in ${directory} is in use by process ${holder}. Stop it first.`,
    );
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function readLockHolder(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
