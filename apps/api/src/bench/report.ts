import type { LatencySummary, LoadResult } from './load';
import type { QueryKind } from './query-mix';

/** The targets, on PostgreSQL with 2 cores. */
export const TARGETS = { oneTermP95Ms: 50, multiTermP95Ms: 100, minRatio: 0.6 } as const;

export interface RunHeader {
  cores: number;
  cpu: string;
  node: string;
  postgres: string;
  database: string;
  members: number;
  services: number;
  fillSeconds: number;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  queries: { oneTerm: number; multiTerm: number };
  viewer: string;
  /** The 1-minute load average before the fill: the machine may be shared. */
  loadAverage: number;
}

export interface MeasuredTarget {
  /** e.g. "app  GET /api/members?q=" */
  label: string;
  result: LoadResult;
}

const KINDS: (QueryKind | 'all')[] = ['one-term', 'multi-term', 'all'];
const thousands = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');
const fixed = (n: number, digits = 1) => n.toFixed(digits);

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export function formatHeader(header: RunHeader): string {
  return [
    '',
    'Tertulia directory search benchmark',
    `  machine   ${header.cores} cores (${header.cpu}), Node ${header.node}, ${header.postgres}`,
    `  data      ${thousands(header.members)} members, ${thousands(header.services)} services in ${header.database}; filled in ${formatDuration(header.fillSeconds)}`,
    `  load      ${header.connections} keep-alive connections, ${header.warmupSeconds} s warm-up + ${header.durationSeconds} s per target; ` +
      `${header.queries.oneTerm} one-term and ${header.queries.multiTerm} multi-term queries; signed in as ${header.viewer}`,
    `  host      load average ${header.loadAverage.toFixed(1)} before the fill (above ${header.cores} means other work shares the cores)`,
    '',
  ].join('\n');
}

export function formatTable(targets: MeasuredTarget[]): string {
  const labelWidth = Math.max(6, ...targets.map((target) => target.label.length));
  const row = (cells: string[]) =>
    `  ${cells[0]!.padEnd(labelWidth)}  ${cells[1]!.padEnd(10)}  ${cells.slice(2).map((cell) => cell.padStart(8)).join('  ')}`;
  const lines = [row(['target', 'kind', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'])];
  lines.push(`  ${'-'.repeat(lines[0]!.length - 2)}`);
  for (const target of targets) {
    for (const kind of KINDS) {
      const summary: LatencySummary = target.result.byKind[kind];
      lines.push(
        row([
          kind === 'one-term' ? target.label : '',
          kind,
          fixed(summary.count / target.result.seconds),
          fixed(summary.p50),
          fixed(summary.p95),
          fixed(summary.p99),
          fixed(summary.max),
          kind === 'all' ? String(target.result.errors) : '',
        ]),
      );
    }
  }
  const failures = targets.filter((target) => target.result.firstError);
  for (const target of failures) lines.push(`  ! ${target.label.trim()}: first error: ${target.result.firstError}`);
  return lines.join('\n');
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

/** The ratio of the app's throughput to the baseline's, and whether each target is met. */
export function formatVerdicts(app: LoadResult | null, baseline: LoadResult, label: string): string {
  const rps = (result: LoadResult) => result.byKind.all.count / result.seconds;
  if (!app) return `  ${label}: the app's route is not there yet; baseline only.`;
  const ratio = rps(app) / rps(baseline);
  const oneTerm = app.byKind['one-term'].p95;
  const multiTerm = app.byKind['multi-term'].p95;
  return [
    `  ${label}`,
    `    ratio app/baseline = ${ratio.toFixed(2)}   (target ≥ ${TARGETS.minRatio}: ${verdict(ratio >= TARGETS.minRatio)})`,
    `    p95 one-term       = ${fixed(oneTerm)} ms (target ≤ ${TARGETS.oneTermP95Ms} ms: ${verdict(oneTerm <= TARGETS.oneTermP95Ms)})`,
    `    p95 multi-term     = ${fixed(multiTerm)} ms (target ≤ ${TARGETS.multiTermP95Ms} ms: ${verdict(multiTerm <= TARGETS.multiTermP95Ms)})`,
  ].join('\n');
}

/**
 * With C connections each sending its next request as soon as the last one is answered, the mean
 * latency is C / throughput (Little's law): a p95 under the one-term target needs at least this rate.
 */
export function formatClosedLoopNote(connections: number): string {
  const needed = Math.ceil((connections * 1000) / TARGETS.oneTermP95Ms);
  return `  Note: ${connections} connections in a closed loop wait C / throughput on average, so p95 ≤ ${TARGETS.oneTermP95Ms} ms needs more than ${needed} req/s.`;
}
