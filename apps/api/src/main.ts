import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/load-config';
import { openDatabase } from './database/data-source';
import { EmbeddedDatabaseBusyError } from './database/embedded';
import { DEMO_COMMUNITY, DEMO_MANAGER_EMAIL, DEMO_PASSWORD } from './database/seed/demo-community';
import { hasDemoCommunity, isEmpty, seedDemo } from './database/seed/seed-demo';
import { createLogger } from './logging/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const { dataSource } = database;
  const seed =
    config.DEMO_SEED === 'always' || (config.DEMO_SEED === 'auto' && database.embedded && (await isEmpty(dataSource)));
  if (seed) await seedDemo(dataSource);

  const app = await createApp(config, dataSource, logger);
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://localhost:${port}`;

  const lines = [
    '',
    `  Tertulia is running at ${url}`,
    `  Database: ${database.embedded ? `embedded PostgreSQL in ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  API docs: ${url}/api/docs`,
  ];
  if (await hasDemoCommunity(dataSource)) {
    const member = DEMO_COMMUNITY.find((demo) => demo.role === 'member')!;
    lines.push(
      '  Demo sign-ins (password for every demo account: ' + DEMO_PASSWORD + ')',
      `    manager: ${DEMO_MANAGER_EMAIL}`,
      `    member:  ${member.email}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  // Graceful shutdown: finish the requests in flight, then close the database.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseBusyError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Tertulia could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
