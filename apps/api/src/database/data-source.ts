import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** Opens the configured database (PostgreSQL at `databaseUrl`, else PGlite in `dataDir`) and migrates it. */
export async function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<OpenDatabase> {
  let embeddedDb: EmbeddedDatabase | undefined;
  const url = options.databaseUrl ?? (embeddedDb = await startEmbeddedDatabase(options.dataDir)).url;
  const dataSource = new DataSource(dataSourceOptions(url, embeddedDb !== undefined));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embeddedDb?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: embeddedDb !== undefined,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embeddedDb?.stop();
    },
  };
}
