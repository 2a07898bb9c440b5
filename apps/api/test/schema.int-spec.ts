import { openDatabase, type OpenDatabase } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { pendingSchemaChanges } from '../src/database/pending-schema-changes';
import { createTestDatabase, type TestDatabaseUrl } from './utils/test-database';

describe('migrations', () => {
  let testDatabase: TestDatabaseUrl;
  let database: OpenDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    database = await openDatabase({ databaseUrl: testDatabase.url });
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('agree with the entities: generating a migration now would produce nothing', async () => {
    const changes = await pendingSchemaChanges(database.dataSource);
    expect(changes.up).toEqual([]);
  });

  it('can all be undone, leaving no table behind, and applied again', async () => {
    const tables = async () =>
      (
        await database.dataSource.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
        )
      ).map((row: { table_name: string }) => row.table_name);
    const applied = await tables();
    expect(applied).toEqual(expect.arrayContaining(['members', 'invitations', 'sessions', 'throttle_hits']));
    for (let step = 0; step < MIGRATIONS.length; step++) await database.dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);
    await database.dataSource.runMigrations();
    expect(await tables()).toEqual(applied);
  });
});
