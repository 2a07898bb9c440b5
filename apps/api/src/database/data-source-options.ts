import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * One set of options for the app, the CLI and the tests. The pool holds a single
 * connection on the embedded database (PGlite serves one session).
 */
export function dataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // PGlite cannot CREATE EXTENSION uuid-ossp; gen_random_uuid() is core since PostgreSQL 13.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: { max: embedded ? 1 : 10 },
    logging: false,
  };
}
