import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'hdr-histogram-js';
import { Client } from 'pg';
import { sharedDataDir, TEST_POSTGRES_URL, waitFor } from '@app/testing';

/** Shared pieces of the benchmarks: the machine, latency histograms, process sampling, data. */

export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

export class Latencies {
  private readonly histogram = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });

  /** Records one latency in milliseconds (kept in microseconds). */
  record(ms: number): void {
    this.histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  summary() {
    const at = (percentile: number) => round(this.histogram.getValueAtPercentile(percentile) / 1000, 2);
    return {
      count: this.histogram.totalCount,
      p50: at(50),
      p90: at(90),
      p99: at(99),
      max: round(this.histogram.maxValue / 1000, 2),
    };
  }
}

/** Runs `task` `total` times with `concurrency` loops; returns the latency summary and the throughput. */
export async function load(
  concurrency: number,
  total: number,
  task: (loop: number, index: number) => Promise<unknown>,
): Promise<{ latency: ReturnType<Latencies['summary']>; perSecond: number; seconds: number }> {
  const latencies = new Latencies();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      while (next < total) {
        const index = next++;
        const at = performance.now();
        await task(loop, index);
        latencies.record(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { latency: latencies.summary(), perSecond: round(total / seconds, 1), seconds: round(seconds, 2) };
}

/** CPU seconds used so far by a process (user + system), from /proc. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmRSS:'));
    return round(Number(line?.split(/\s+/)[1] ?? 0) / 1024, 1);
  } catch {
    return 0;
  }
}

/** Pids of every process whose command name is `name` (postgres backends, redis-server). */
export function pidsOf(name: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** CPU seconds of a set of processes, counted from now: call the returned function to read the delta. */
export function cpuMeter(pids: () => number[]): () => number {
  const start = new Map(pids().map((pid) => [pid, cpuSeconds(pid)]));
  return () =>
    round(
      pids().reduce((sum, pid) => sum + cpuSeconds(pid) - (start.get(pid) ?? 0), 0),
      2,
    );
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * PolNeAR texts (by default the 84 dev articles, as the ingest measure is defined), to be made unique per use (see
 * uniqueArticle). Ten thousand articles repeat each text about 120 times: every claim has many exact twins, which
 * makes triage's repeat search heavier than real news would.
 */
export function polnearTexts(splits: string[] = ['dev']): string[] {
  const dir = sharedDataDir();
  if (!dir) throw new Error('the shared data folder was not found; set FACTCHECK_DATA_DIR');
  return splits.flatMap((split) => {
    const textDir = join(dir, 'polnear', split, 'text');
    return readdirSync(textDir)
      .sort()
      .map((file) => readFileSync(join(textDir, file), 'utf8'));
  });
}

export function uniqueArticle(texts: string[], index: number, run: string) {
  return { body: `${texts[index % texts.length]}\n\n(${run}-${index})`, url: `https://bench.example/${run}/${index}` };
}

export function runTag(): string {
  return randomBytes(4).toString('hex');
}

/** A database the bench creates, and drops when done. */
export function benchDatabaseUrl(): { url: string; drop: () => Promise<void> } {
  const name = `factcheck_bench_${runTag()}`;
  const url = TEST_POSTGRES_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const admin = new Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      try {
        // A pool's end() returns while its connections are still closing; forcing them then raises an error in
        // the closing client. Give them a moment; FORCE is for the connections of processes that were killed.
        await waitFor(
          async () =>
            (await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name])).rows[0]
              .n === 0,
          { timeoutMs: 5000, intervalMs: 50 },
        ).catch(() => undefined);
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
