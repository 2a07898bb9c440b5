import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { QueryKind } from './query-mix';

export interface LoadTarget {
  path: string;
  kind: QueryKind;
}

export interface LoadOptions {
  baseUrl: string;
  targets: LoadTarget[];
  /** Cookie headers; connection i sends cookies[i % cookies.length]. */
  cookies: string[];
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  seconds: number;
  errors: number;
  firstError?: string;
  byKind: Record<QueryKind | 'all', LatencySummary>;
}

/**
 * Drives `targets` round-robin from `connections` keep-alive connections for the warm-up and
 * then the measured duration. The client runs in a worker thread of its own, so that it never
 * waits behind a server that shares this process's event loop.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'load-worker.js'), { workerData: options });
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load generator stopped with code ${code}`));
    });
  });
}
