/* npm run bench:search -- [--members N] [--duration S] [--connections C] [--warmup S] [--viewer manager|member] [--keep]
   Fills a fresh PostgreSQL database with a realistic directory, then measures the directory search of the app
   against a bare node:http + pg server running the same SQL. Needs DATABASE_URL (a PostgreSQL server). */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { PoolConfig } from 'pg';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/load-config';
import { openDatabase } from '../database/data-source';
import { dataSourceOptions } from '../database/data-source-options';
import { createLogger } from '../logging/logger';
import { startBaselineServer } from './baseline-server';
import { createBenchDatabase, serverVersion } from './bench-database';
import { fillDatabase } from './fill-database';
import { runLoad, type LoadResult, type LoadTarget } from './load';
import { queryMix, type BenchQuery } from './query-mix';
import { formatClosedLoopNote, formatDuration, formatHeader, formatTable, formatVerdicts, type MeasuredTarget } from './report';
import { copySessions, createViewer, signIn } from './viewer';

interface Options {
  members: number;
  duration: number;
  warmup: number;
  connections: number;
  viewer: 'manager' | 'member';
  keep: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '64' },
      viewer: { type: 'string', default: 'manager' },
      keep: { type: 'boolean', default: false },
    },
  });
  const number = (name: string, value: string, min: number) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) throw new UsageError(`--${name} must be a whole number ≥ ${min} (got «${value}»).`);
    return parsed;
  };
  if (values.viewer !== 'manager' && values.viewer !== 'member') throw new UsageError('--viewer is manager or member.');
  return {
    members: number('members', values.members, 100),
    duration: number('duration', values.duration, 1),
    warmup: number('warmup', values.warmup, 0),
    connections: number('connections', values.connections, 1),
    viewer: values.viewer,
    keep: values.keep,
  };
}

class UsageError extends Error {}

/** The two routes the directory searches through; `limit` left to each route's default. */
const ROUTES = [
  { name: 'GET /api/members?q=', path: (q: string) => `/api/members?q=${encodeURIComponent(q)}` },
  { name: 'GET /api/search?q=', path: (q: string) => `/api/search?q=${encodeURIComponent(q)}` },
] as const;

async function main(): Promise<void> {
  const options = readOptions();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl || !/^postgres(ql)?:\/\//.test(serverUrl)) {
    throw new UsageError(
      'The search benchmark needs a PostgreSQL server: set DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/postgres). ' +
        'It creates a fresh database there and drops it at the end; the embedded database serves a single connection, so it cannot be measured this way.',
    );
  }
  const database = await createBenchDatabase(serverUrl);
  let cleaned: Promise<void> | undefined;
  const cleanup = () =>
    (cleaned ??= options.keep
      ? Promise.resolve(void process.stderr.write(`Kept the database ${database.name} (--keep).\n`))
      : database.drop());
  const interrupted = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  try {
    await run(options, database.url, database.name);
  } finally {
    process.off('SIGINT', interrupted);
    await cleanup();
  }
}

async function run(options: Options, url: string, databaseName: string): Promise<void> {
  const loadBefore = loadavg()[0]!;
  process.stderr.write(`Creating ${databaseName} and filling it with ${options.members} members…\n`);
  const opened = await openDatabase({ databaseUrl: url });
  const closers: (() => Promise<void>)[] = [() => opened.close()];
  try {
    const fill = await fillDatabase(url, options.members);
    await createViewer(url, options.viewer);

    // No scheduled work while measuring search.
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: url, WEB_DIST: '/nonexistent', DEMO_SEED: 'never', JOBS: 'false' });
    const app = await createApp(config, opened.dataSource, createLogger(config.LOG_LEVEL));
    closers.unshift(() => app.close());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    if (typeof address !== 'object' || !address) throw new Error('the app has no address');
    const appUrl = `http://127.0.0.1:${address.port}`;
    const signedIn = await signIn(appUrl);
    const cookies = await copySessions(url, signedIn, options.connections);

    const poolOptions = dataSourceOptions(url, false).extra as PoolConfig;
    const poolSize = Number(poolOptions.max);
    const baseline = await startBaselineServer(url, poolOptions);
    closers.unshift(() => baseline.close());

    const mix = queryMix();
    process.stdout.write(
      formatHeader({
        cores: cpus().length,
        cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
        node: process.version,
        postgres: await serverVersion(url),
        database: databaseName,
        members: fill.members,
        services: fill.services,
        fillSeconds: fill.seconds,
        connections: options.connections,
        warmupSeconds: options.warmup,
        durationSeconds: options.duration,
        queries: { oneTerm: mix.filter((q) => q.kind === 'one-term').length, multiTerm: mix.filter((q) => q.kind === 'multi-term').length },
        viewer: `the ${options.viewer}`,
        loadAverage: loadBefore,
      }) + '\n',
    );

    const measured: MeasuredTarget[] = [];
    const verdicts: string[] = [];
    const load = (baseUrl: string, targets: LoadTarget[], label: string) => {
      process.stderr.write(`  measuring ${label.replace(/\s+/g, ' ')}…\n`);
      return runLoad({ baseUrl, targets, cookies, connections: options.connections, warmupSeconds: options.warmup, durationSeconds: options.duration });
    };
    for (const route of ROUTES) {
      const targets = mix.map((query: BenchQuery): LoadTarget => ({ path: route.path(query.q), kind: query.kind }));
      const appState = await probe(appUrl, route.name, cookies[0]!);
      if (appState !== 'ready' && route.name.startsWith('GET /api/search')) {
        process.stderr.write(`  ${route.name} is not in the app yet: left out.\n`);
        continue;
      }
      let app: LoadResult | null = null;
      if (appState === 'ready') {
        await compareAnswers(appUrl, baseline.baseUrl, route, mix.slice(0, 6), cookies[0]!);
        app = await load(appUrl, targets, `app       ${route.name}`);
        measured.push({ label: `app       ${route.name}`, result: app });
      } else {
        process.stderr.write(`  ${route.name} does not search yet in the app (${appState}): measuring the baseline alone.\n`);
      }
      const bare = await load(baseline.baseUrl, targets, `baseline  ${route.name}`);
      measured.push({ label: `baseline  ${route.name}`, result: bare });
      verdicts.push(formatVerdicts(app, bare, route.name));
    }

    process.stdout.write(`${formatTable(measured)}\n\n${verdicts.join('\n')}\n\n${formatClosedLoopNote(options.connections)}\n`);
    process.stdout.write(
      `  Fill: ${formatDuration(fill.seconds)}. The baseline: node:http + pg.Pool(max ${poolSize}, the app's pool), the same session check, ` +
        `search.sql.ts statements and page queries; no framework.\n\n`,
    );
  } finally {
    for (const close of closers) await close().catch(() => undefined);
  }
}

/** Whether the app serves the route as a search: a query that matches nothing must answer no one. */
async function probe(baseUrl: string, route: string, cookie: string): Promise<'ready' | string> {
  const path = route.startsWith('GET /api/members') ? '/api/members?q=zzqxjw' : '/api/search?q=zzqxjw';
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  if (response.status !== 200) return `it answers HTTP ${response.status}`;
  const body = (await response.json()) as { items?: unknown[]; members?: unknown[] };
  const found = body.items ?? body.members ?? [];
  return found.length === 0 ? 'ready' : 'it ignores q and lists everyone';
}

/** The app and the baseline must find the same people, in the same order (else the comparison is unfair). */
async function compareAnswers(
  appUrl: string,
  baselineUrl: string,
  route: (typeof ROUTES)[number],
  queries: BenchQuery[],
  cookie: string,
): Promise<void> {
  const ids = async (baseUrl: string, q: string) => {
    const body = (await (await fetch(`${baseUrl}${route.path(q)}`, { headers: { cookie } })).json()) as {
      items?: { id: string }[];
      members?: { id: string }[];
      services?: { id: string }[];
    };
    return JSON.stringify([(body.items ?? body.members ?? []).map((m) => m.id), (body.services ?? []).map((s) => s.id)]);
  };
  for (const query of queries) {
    const [app, bare] = await Promise.all([ids(appUrl, query.q), ids(baselineUrl, query.q)]);
    if (app !== bare) process.stderr.write(`  ! ${route.name}: the app and the baseline answer «${query.q}» differently.\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof UsageError ? `${error.message}\n` : `The search benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
