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
    extra: embedded
      ? { max: 1 }
      : {
          max: 10,
          // PostgreSQL's default random_page_cost (4) models spinning disks; on SSD storage it
          // makes the planner scan all members for a broad search term instead of using the GIN
          // index (measured at 100 000 members: «disseny» 454 ms by scan, 133 ms by index). The
          // default work_mem (4 MB) makes ranking a broad term's services sort on disk (77 → 55 ms).
          options: '-c random_page_cost=1.1 -c work_mem=16MB',
        },
    logging: false,
  };
}
