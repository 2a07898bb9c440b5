import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/load-config';
import { openDatabase } from '../../src/database/data-source';
import { createLogger } from '../../src/logging/logger';
import { createTestDatabase } from './test-database';
import { TestClient } from './test-client';

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  baseUrl: string;
  /** Where this app keeps photos: a temporary directory of its own unless UPLOADS_DIR was given. */
  uploadsDir: string;
  client(): TestClient;
  close(): Promise<void>;
}

/** The real app on a fresh database, listening on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  const database = await openDatabase({ databaseUrl: testDatabase.url });
  const ownUploads = env.UPLOADS_DIR ? null : await mkdtemp(join(tmpdir(), 'tertulia-uploads-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TRUST_PROXY: 'true',
    WEB_DIST: '/nonexistent',
    // Tests run scheduled work by hand, unless a test starts the job queue on purpose.
    JOBS: 'false',
    ...(ownUploads ? { UPLOADS_DIR: ownUploads } : {}),
    ...env,
  });
  const app = await createApp(config, database.dataSource, createLogger(config.LOG_LEVEL));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (typeof address !== 'object' || !address) throw new Error('the test app has no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    dataSource: database.dataSource,
    baseUrl,
    uploadsDir: config.UPLOADS_DIR,
    client: () => new TestClient(baseUrl),
    async close() {
      await app.close();
      await database.close();
      await testDatabase.drop();
      if (ownUploads) await rm(ownUploads, { recursive: true, force: true });
    },
  };
}
