/**
 * Extraction throughput and memory benchmark.
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only scripts/bench-extraction.ts [--articles 10000] [--split dev]
 *
 * Over the PolNeAR texts of a split (read from ../shared/data relative to the project root, never copied), on one
 * core (the extraction is synchronous JavaScript on the main thread):
 *  - speed: after warm-up passes, timed passes over every text: articles/s, MB/s (UTF-8 bytes of article text; by
 *    the wall clock, and per CPU-second of the whole process including V8's helper threads) and the slowest article;
 *  - memory: RSS and heap after a full GC before and after repeated passes totalling `articles` extractions (10,000 by
 *    default), to show that memory stays flat (no caches growing with the input);
 *  - baseline: compromise's quotation finder (`nlp(text).quotations()`) over the same texts, timed the same way, and
 *    the ratio of our throughput to it.
 * Prints one JSON object on stdout. `benchExtraction(opts)` returns the same object for `npm run bench`.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { extractQuotes, heuristicCheckworthiness, scoreCheckworthiness } from '../libs/extraction/src';
import { sharedDataDir } from '../libs/testing/src/shared-data';

export interface BenchOptions {
  /** PolNeAR split whose texts are used (default `dev`). */
  split?: string;
  /** Extractions in the memory run (default 10,000). 0 skips the memory run. */
  articles?: number;
  /** Warm-up passes before timing (default 5: V8 needs a few thousand calls to optimise the hot paths). */
  warmupPasses?: number;
  /** Timed passes; the speed is their mean (default 5). */
  timedPasses?: number;
  /** Also time compromise's quotation finder (default true). */
  baseline?: boolean;
  /** Directory holding polnear/ (default ../shared/data from the project root). */
  dataDir?: string;
}

export interface BenchResult {
  split: string;
  texts: number;
  megabytes: number;
  /**
   * mbPerSecond is wall-clock on the one thread that runs the extraction; mbPerCpuSecond divides by the CPU time of
   * the whole process, which also counts V8's background GC and compiler threads (a conservative figure).
   */
  ours: {
    articlesPerSecond: number;
    mbPerSecond: number;
    mbPerCpuSecond: number;
    slowestMs: number;
    slowestArticle: string;
    meanMs: number;
  };
  /**
   * With the shipped check-worthiness model scoring, as the service runs: claims from the quotes alone, and with
   * `claimsFrom: "all"` (the article's own voice read, its assertions scored, its statements made).
   */
  withModel: {
    quotes: { mbPerSecond: number; mbPerCpuSecond: number; slowestMs: number };
    all: { mbPerSecond: number; mbPerCpuSecond: number; slowestMs: number; statementsPerArticle: number };
  };
  baseline: {
    name: string;
    articlesPerSecond: number;
    mbPerSecond: number;
    mbPerCpuSecond: number;
    slowestMs: number;
  } | null;
  /** ours.mbPerSecond / baseline.mbPerSecond */
  ratioToBaseline: number | null;
  memory: {
    articles: number;
    seconds: number;
    /** throughput over the whole memory run (wall clock) */
    sustainedMbPerSecond: number;
    before: { rssMb: number; heapUsedMb: number };
    after: { rssMb: number; heapUsedMb: number };
    heapGrowthMb: number;
    rssGrowthMb: number;
    /** heap after the run is within 5 MB (or 10%) of the heap before it */
    flat: boolean;
    gcForced: boolean;
  } | null;
  node: string;
}

const ROOT = path.resolve(__dirname, '..');

function loadTexts(dataDir: string, split: string): { name: string; text: string; bytes: number }[] {
  const dir = path.join(dataDir, 'polnear', split, 'text');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return { name: f.replace(/\.txt$/, ''), text, bytes: Buffer.byteLength(text, 'utf8') };
    });
}

/** A full garbage collection when the runtime allows one (exposed on demand, so no flag is needed). */
function getGc(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;

function timePasses(texts: { name: string; text: string }[], fn: (t: string) => unknown, passes: number) {
  let total = 0;
  let slowest = 0;
  let slowestArticle = '';
  const cpu0 = process.cpuUsage();
  for (let p = 0; p < passes; p++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      fn(t.text);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      total += ms;
      if (ms > slowest) {
        slowest = ms;
        slowestArticle = t.name;
      }
    }
  }
  const cpu = process.cpuUsage(cpu0);
  return { totalMs: total / passes, cpuMs: (cpu.user + cpu.system) / 1000 / passes, slowest, slowestArticle };
}

export function benchExtraction(opts: BenchOptions = {}): BenchResult {
  const split = opts.split ?? 'dev';
  const dataDir = opts.dataDir ?? sharedDataDir() ?? path.resolve(ROOT, '..', 'shared', 'data');
  const texts = loadTexts(dataDir, split);
  if (!texts.length) throw new Error(`no texts in ${path.join(dataDir, 'polnear', split, 'text')}`);
  const bytes = texts.reduce((n, t) => n + t.bytes, 0);
  // a fixed scorer keeps the numbers about extraction, not about the check-worthiness model
  const ours = (t: string) => extractQuotes(t, { score: heuristicCheckworthiness });
  const warm = opts.warmupPasses ?? 5;
  const passes = Math.max(1, opts.timedPasses ?? 5);

  for (let p = 0; p < warm; p++) for (const t of texts) ours(t.text);
  const o = timePasses(texts, ours, passes);
  const oursRes = {
    articlesPerSecond: r2(texts.length / (o.totalMs / 1000)),
    mbPerSecond: r2(bytes / 1e6 / (o.totalMs / 1000)),
    mbPerCpuSecond: r2(bytes / 1e6 / (o.cpuMs / 1000)),
    slowestMs: r2(o.slowest),
    slowestArticle: o.slowestArticle,
    meanMs: r2(o.totalMs / texts.length),
  };

  const speeds = (timed: ReturnType<typeof timePasses>) => ({
    mbPerSecond: r2(bytes / 1e6 / (timed.totalMs / 1000)),
    mbPerCpuSecond: r2(bytes / 1e6 / (timed.cpuMs / 1000)),
    slowestMs: r2(timed.slowest),
  });
  const quotesWithModel = (t: string) => extractQuotes(t, { score: scoreCheckworthiness });
  const allWithModel = (t: string) =>
    extractQuotes(t, { score: scoreCheckworthiness, claimsFrom: 'all', voice: { name: 'Bench', type: 'media' } });
  for (let p = 0; p < Math.min(warm, 2); p++) {
    for (const t of texts) {
      quotesWithModel(t.text);
      allWithModel(t.text);
    }
  }
  const statements = texts.reduce((n, t) => n + (allWithModel(t.text).statements?.length ?? 0), 0);
  const withModel = {
    quotes: speeds(timePasses(texts, quotesWithModel, passes)),
    all: {
      ...speeds(timePasses(texts, allWithModel, passes)),
      statementsPerArticle: r2(statements / texts.length),
    },
  };

  let baseline: BenchResult['baseline'] = null;
  if (opts.baseline ?? true) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nlp = require('compromise');
    const base = (t: string) => nlp(t).quotations().json();
    for (const t of texts) base(t.text); // one warm-up pass: the baseline is slow
    const b = timePasses(texts, base, 1);
    baseline = {
      name: 'compromise nlp(text).quotations()',
      articlesPerSecond: r2(texts.length / (b.totalMs / 1000)),
      mbPerSecond: r2(bytes / 1e6 / (b.totalMs / 1000)),
      mbPerCpuSecond: r2(bytes / 1e6 / (b.cpuMs / 1000)),
      slowestMs: r2(b.slowest),
    };
  }

  let memory: BenchResult['memory'] = null;
  const n = opts.articles ?? 10000;
  if (n > 0) {
    const gc = getGc();
    const snap = () => {
      if (gc) {
        gc();
        gc();
      }
      const m = process.memoryUsage();
      return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed) };
    };
    // one pass first so that lazily built tables are in place before the "before" snapshot
    for (const t of texts) ours(t.text);
    const before = snap();
    const t0 = Date.now();
    for (let i = 0; i < n; i++) ours(texts[i % texts.length].text);
    const seconds = (Date.now() - t0) / 1000;
    let runBytes = 0;
    for (let i = 0; i < n; i++) runBytes += texts[i % texts.length].bytes;
    const after = snap();
    const heapGrowthMb = r2(after.heapUsedMb - before.heapUsedMb);
    memory = {
      articles: n,
      seconds: r2(seconds),
      sustainedMbPerSecond: r2(runBytes / 1e6 / seconds),
      before,
      after,
      heapGrowthMb,
      rssGrowthMb: r2(after.rssMb - before.rssMb),
      flat: heapGrowthMb <= Math.max(5, before.heapUsedMb * 0.1),
      gcForced: !!gc,
    };
  }

  return {
    split,
    texts: texts.length,
    megabytes: r2(bytes / 1e6),
    ours: oursRes,
    withModel,
    baseline,
    ratioToBaseline: baseline ? r2(oursRes.mbPerSecond / baseline.mbPerSecond) : null,
    memory,
    node: process.version,
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const res = benchExtraction({
    split: arg('split'),
    articles: arg('articles') !== undefined ? Number(arg('articles')) : undefined,
    timedPasses: arg('passes') !== undefined ? Number(arg('passes')) : undefined,
    baseline: !process.argv.includes('--no-baseline'),
  });
  process.stdout.write(JSON.stringify(res) + '\n');
}
