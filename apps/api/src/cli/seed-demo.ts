/* npm run seed:demo — adds the demo community to the configured database (once). */
import 'reflect-metadata';
import { loadConfig } from '../config/load-config';
import { openDatabase } from '../database/data-source';
import { DEMO_MANAGER_EMAIL, DEMO_PASSWORD } from '../database/seed/demo-community';
import { seedDemo } from '../database/seed/seed-demo';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const added = await seedDemo(database.dataSource);
    console.log(added ? 'Added the demo community.' : 'The demo community is already there.');
    console.log(`Sign in as ${DEMO_MANAGER_EMAIL} with the password ${DEMO_PASSWORD}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
