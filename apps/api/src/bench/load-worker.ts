import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { build, type Histogram } from 'hdr-histogram-js';
import type { LatencySummary, LoadOptions, LoadResult } from './load';
import type { QueryKind } from './query-mix';

const options = workerData as LoadOptions;
const base = new URL(options.baseUrl);
const agent = new Agent({ keepAlive: true, maxSockets: options.connections, maxFreeSockets: options.connections });

/** Latencies in microseconds, from 1 µs to 60 s, three significant digits. */
const newHistogram = () => build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });

function get(path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, path, agent, headers: { cookie } }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end();
  });
}

async function main(): Promise<void> {
  const histograms: Record<QueryKind, Histogram> = { 'one-term': newHistogram(), 'multi-term': newHistogram() };
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const measureFrom = started + options.warmupSeconds * 1000;
  const end = measureFrom + options.durationSeconds * 1000;

  const user = async (index: number) => {
    let next = index % options.targets.length;
    const cookie = options.cookies[index % options.cookies.length]!;
    while (performance.now() < end) {
      const target = options.targets[next]!;
      next = (next + 1) % options.targets.length;
      const sent = performance.now();
      let failure: string | undefined;
      try {
        const status = await get(target.path, cookie);
        if (status !== 200) failure = `HTTP ${status} for ${target.path}`;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const now = performance.now();
      // Only requests sent and answered within the measured window count.
      if (sent < measureFrom || now > end) continue;
      if (failure) {
        errors++;
        firstError ??= failure;
      } else {
        histograms[target.kind].recordValue(Math.max(1, Math.round((now - sent) * 1000)));
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => user(index)));
  agent.destroy();

  const all = newHistogram();
  all.add(histograms['one-term']);
  all.add(histograms['multi-term']);
  const result: LoadResult = {
    seconds: options.durationSeconds,
    errors,
    firstError,
    byKind: { 'one-term': summary(histograms['one-term']), 'multi-term': summary(histograms['multi-term']), all: summary(all) },
  };
  parentPort!.postMessage(result);
}

function summary(histogram: Histogram): LatencySummary {
  // A percentile is the top of its bucket, which may lie a little above the largest value recorded.
  const max = histogram.maxValue;
  const at = (percentile: number) => Math.min(histogram.getValueAtPercentile(percentile), max) / 1000;
  return { count: histogram.totalCount, p50: at(50), p95: at(95), p99: at(99), max: max / 1000 };
}

void main();
