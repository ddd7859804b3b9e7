/**
 * `npm run bench`: the service measured against the limit of what it stands on, in one run. Prints a readable table
 * on stderr and one JSON object on stdout. `--quick` runs every part on small sizes (CI runs it so the bench never
 * rots) and judges nothing. Needs the built apps (`npm run bench` builds first), Postgres and Redis on localhost,
 * redis-server on the PATH, and ../shared/data.
 */
import { benchExtraction } from './bench-extraction';
import { benchBareLimit } from './bench/bare';
import { machine, polnearTexts, round } from './bench/common';
import { benchHostileInput } from './bench/hostile';
import { benchIngest } from './bench/ingest';
import { benchScale } from './bench/scale';
import { benchWebhooks } from './bench/webhooks';

const quick = process.argv.includes('--quick');
const SIZES = quick
  ? {
      extraction: 200,
      extractionPasses: { warmupPasses: 1, timedPasses: 1 },
      hostileKb: 32,
      ingest: 60,
      scaleOut: 30,
      // one run, of two workers: enough to keep the mode working; what a worker adds is the full run's to measure
      scaleOutWorkers: [2],
      claims: [10_000],
      takes: 100,
      takeNextRuns: 2,
      list: 30,
      desk: { seconds: 1, people: 10 },
      deliveries: { subscriptions: 10, articles: 3 },
    }
  : {
      extraction: 10_000,
      extractionPasses: { warmupPasses: 5, timedPasses: 5 },
      hostileKb: 512,
      // 2,000 articles keep the whole bench within 10 minutes even at 10 articles/s (36/s on 2026-12-04: 7.6 minutes).
      ingest: 2_000,
      scaleOut: 200,
      scaleOutWorkers: [1, 2, 3],
      claims: [10_000, 100_000, 1_000_000],
      // Five take-next runs at a million claims fit the 10 minutes with 400 takes each (16 s at 50 reviewers).
      takes: 400,
      takeNextRuns: 5,
      list: 100,
      desk: { seconds: 8, people: 10 },
      deliveries: { subscriptions: 100, articles: 20 },
    };

/**
 * `--workers 1,2,4`: only the capacity of the pipeline, N worker processes against one Postgres and one Redis for
 * each N given, throughput per worker and CPU per article by process (the same runs as the full bench's scale out).
 */
function workerCounts(): number[] | undefined {
  const at = process.argv.findIndex((arg) => arg === '--workers' || arg.startsWith('--workers='));
  if (at < 0) return undefined;
  const value = process.argv[at].includes('=') ? process.argv[at].split('=')[1] : process.argv[at + 1];
  const counts = (value ?? '').split(',').map(Number);
  if (!counts.length || counts.some((count) => !Number.isInteger(count) || count < 1 || count > 16))
    throw new Error(
      `--workers takes worker counts from 1 to 16 separated by commas, e.g. --workers 1,2,3 (got ${value})`,
    );
  return counts;
}

/** `--articles N` with `--workers`: how many articles each run ingests (200 unless given). */
function articleCount(): number | undefined {
  const at = process.argv.findIndex((arg) => arg === '--articles' || arg.startsWith('--articles='));
  if (at < 0) return undefined;
  const value = Number(process.argv[at].includes('=') ? process.argv[at].split('=')[1] : process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--articles takes a whole number of articles (got ${value})`);
  return value;
}

/** Ingest runs of the same articles with 1, 2, … workers: what each worker adds. */
async function benchScaleOut(counts: number[], articles: number, texts: string[]) {
  const runs: {
    workers: number;
    articles: number;
    articlesPerSecond: number;
    articlesPerSecondPerWorker: number;
    cpuMsPerArticle: Record<string, number>;
    postgresStatements?: Awaited<ReturnType<typeof benchIngest>>['postgresStatements'];
  }[] = [];
  for (const workers of counts) {
    const run = await benchIngest({ articles, workers, texts, profileDir: process.env.BENCH_PROFILE });
    runs.push({
      workers,
      articles,
      articlesPerSecond: run.articlesPerSecond,
      articlesPerSecondPerWorker: round(run.articlesPerSecond / workers, 1),
      cpuMsPerArticle: run.cpuMsPerArticle,
      postgresStatements: run.postgresStatements,
    });
  }
  return runs.map((run) => ({ ...run, speedupOverFirst: round(run.articlesPerSecond / runs[0].articlesPerSecond, 2) }));
}

async function workersMode(counts: number[]) {
  const started = Date.now();
  const articles = articleCount() ?? SIZES.scaleOut;
  process.stderr.write(`bench: ${articles} articles with ${counts.join(', ')} workers\n`);
  const scaleOut = await benchScaleOut(counts, articles, polnearTexts());
  const result = { mode: 'workers', machine: machine(), seconds: round((Date.now() - started) / 1000, 0), scaleOut };
  process.stderr.write(`\n${scaleOutRows(scaleOut).join('\n')}\n\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * `--take-next`: only take-next's runs at the largest size (a million claims; 10,000 with --quick), each with what was
 * around it, on a database of that size alone: about 6 minutes instead of the whole bench.
 */
async function takeNextMode() {
  const started = Date.now();
  const claims = SIZES.claims[SIZES.claims.length - 1];
  process.stderr.write(`bench: take-next, ${SIZES.takeNextRuns} runs at ${claims.toLocaleString('en')} claims\n`);
  const sentences = claimSentences(polnearTexts());
  const scale = await benchScale({
    sizes: [claims],
    sentences,
    takes: SIZES.takes,
    thinkMs: 2000,
    takeNextRuns: SIZES.takeNextRuns,
    listRequests: 10,
    desk: { seconds: 0, people: 0 },
  });
  const [size] = scale.sizes;
  const runs = size.takeNextRuns ?? [size.takeNext];
  const rows: [string, string][] = [
    ...takeNextRunRows(size),
    [
      'take-next p50',
      `${runs.map((run) => run.p50).join(' / ')} ms; at the server ${runs.map((run) => run.atServer.p50).join(' / ')} ms`,
    ],
    ['take-next, 50 back to back', `${size.takeNextSaturated.perSecond} takes/s`],
  ];
  writeTable(rows);
  const result = { mode: 'take-next', machine: machine(), seconds: round((Date.now() - started) / 1000, 0), scale };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** The sentences the scale bench makes its claims of: whole sentences of a claim's length. */
function claimSentences(texts: string[]): string[] {
  return texts
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.length > 40 && sentence.length < 300);
}

/** Rows of a name and a value, the names padded to one width, on stderr. */
function writeTable(rows: [string, string][]): void {
  const width = Math.max(...rows.map(([name]) => name.length));
  process.stderr.write(`\n${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n\n`);
}

function scaleOutRows(scaleOut: Awaited<ReturnType<typeof benchScaleOut>>): string[] {
  return scaleOut.map(
    (run) =>
      `${run.workers} worker${run.workers > 1 ? 's' : ''}: ${run.articlesPerSecond} articles/s, ${run.articlesPerSecondPerWorker}/s a worker (×${run.speedupOverFirst}); CPU ms an article: ` +
      Object.entries(run.cpuMsPerArticle)
        .map(([name, ms]) => `${name} ${ms}`)
        .join(', '),
  );
}

async function main() {
  const counts = workerCounts();
  if (counts) return workersMode(counts);
  if (process.argv.includes('--take-next')) return takeNextMode();
  const started = Date.now();
  const texts = polnearTexts();
  const sentences = claimSentences(texts);
  const step = (name: string) =>
    process.stderr.write(`bench: ${name} (${round((Date.now() - started) / 1000, 0)} s)\n`);

  step('extraction');
  const extraction = benchExtraction({ articles: SIZES.extraction, ...SIZES.extractionPasses });

  step(`hostile input: the worst cases found, ${SIZES.hostileKb} KB each, next to ordinary news`);
  const hostileInput = benchHostileInput({ kb: SIZES.hostileKb, texts });

  step(`ingest to ready: ${SIZES.ingest} articles, 1 worker, memory sampled`);
  const ingest = await benchIngest({ articles: SIZES.ingest, workers: 1, texts, sampleMemory: true });
  step('bare limit');
  const perArticle = (count: number) => Math.max(1, Math.round(count / ingest.articles));
  const bare = await benchBareLimit({
    articles: Math.min(SIZES.ingest, 1000),
    quotesPerArticle: perArticle(ingest.rows.quotes),
    claimsPerArticle: perArticle(ingest.rows.claims),
    concurrency: 4,
    texts,
  });
  step('scale out');
  const scaleOut = await benchScaleOut(SIZES.scaleOutWorkers, SIZES.scaleOut, texts);
  step('take-next, the desk under load, listing and matching at scale');
  const scale = await benchScale({
    sizes: SIZES.claims,
    sentences,
    takes: SIZES.takes,
    thinkMs: 2000,
    takeNextRuns: SIZES.takeNextRuns,
    listRequests: SIZES.list,
    desk: SIZES.desk,
  });
  step('webhook fan-out');
  const webhooks = await benchWebhooks({ ...SIZES.deliveries, texts });

  const largest = scale.sizes[scale.sizes.length - 1];
  const listP99 = Math.max(...Object.values(largest.listing).map((latency) => latency.p99));
  const result = {
    mode: quick ? 'quick' : 'full',
    machine: machine(),
    seconds: round((Date.now() - started) / 1000, 0),
    extraction: {
      mbPerSecond: extraction.ours.mbPerSecond,
      articlesPerSecond: extraction.ours.articlesPerSecond,
      slowestArticleMs: extraction.ours.slowestMs,
      baseline: extraction.baseline,
      ratioToBaseline: extraction.ratioToBaseline,
      memory: extraction.memory,
      withModel: extraction.withModel,
    },
    hostileInput,
    ingest: {
      service: ingest,
      bare,
      ratioToBarePipeline: round(ingest.articlesPerSecond / bare.pipelineArticlesPerSecond, 2),
      whatHoldsItBack: cpuBudget(ingest, bare),
    },
    scaleOut,
    memory: ingest.memory,
    scale,
    webhooks,
    targets: {
      ingestAtLeastHalfOfBare: ingest.articlesPerSecond >= 0.5 * bare.pipelineArticlesPerSecond,
      takeNextP99Under20msInEveryRunAtLargest: (largest.takeNextRuns ?? [largest.takeNext]).every(
        (run: { p99: number }) => run.p99 < 20,
      ),
      takeNextGrowthUnder2x: scale.takeNextP99GrowthFirstToLast < 2,
      listingAndMatchingP99Under50ms: listP99 < 50 && largest.matching.perArticle.p99 < 50,
      everyHotQueryIndexed: largest.unindexedPlans.length === 0,
      webhooksAtLeast500PerSecond: webhooks.deliveriesPerSecond >= 500,
      memoryGrowthUnder20Percent:
        typeof ingest.memory?.api === 'object' &&
        ingest.memory.api.growthPercent < 20 &&
        ingest.memory.worker.growthPercent < 20,
      extractionAtLeast1MbPerSecond: extraction.ours.mbPerSecond >= 1,
      extractionWithClaimsFromAllAtLeast1MbPerCpuSecond: extraction.withModel.all.mbPerCpuSecond >= 1,
      hostileInputUnder10xOrdinaryPerKb:
        hostileInput.extraction.worstRatioToOrdinary < 10 && hostileInput.html.worstRatioToOrdinary < 10,
    },
  };
  printTable(result);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * Why ingest runs at the speed it does: the CPU an article costs, summed over every process (api, workers,
 * Postgres, Redis), against the cores of the machine. If the service reaches most of that CPU limit, it is
 * CPU-bound, and only less work per article (or more cores) makes it faster; the bare pipeline's CPU per article
 * says how much more work the service does.
 */
function cpuBudget(ingest: Awaited<ReturnType<typeof benchIngest>>, bare: Awaited<ReturnType<typeof benchBareLimit>>) {
  const cores = machine().cpus;
  const total = (costs: Record<string, number>) =>
    round(
      Object.values(costs).reduce((sum, ms) => sum + ms, 0),
      1,
    );
  const serviceMs = total(ingest.cpuMsPerArticle);
  const bareMs = total(bare.pipelineCpuMsPerArticle);
  const cpuLimit = round((cores * 1000) / serviceMs, 1);
  const [busiest] = Object.entries(ingest.cpuMsPerArticle).sort(([, a], [, b]) => b - a);
  return {
    cpuMsPerArticle: serviceMs,
    bareCpuMsPerArticle: bareMs,
    workRatioToBare: round(serviceMs / bareMs, 1),
    cpuLimitArticlesPerSecond: cpuLimit,
    shareOfCpuLimitReached: round(ingest.articlesPerSecond / cpuLimit, 2),
    busiestProcess: { name: busiest[0], cpuMsPerArticle: busiest[1] },
  };
}

function printTable(result: any) {
  const rows: [string, string][] = [
    [
      'machine',
      `${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}`,
    ],
    [
      'extraction',
      `${result.extraction.mbPerSecond} MB/s, ${result.extraction.articlesPerSecond} articles/s; compromise quotations(): ×${result.extraction.ratioToBaseline}; slowest ${result.extraction.slowestArticleMs} ms; with the model ${result.extraction.withModel.quotes.mbPerCpuSecond} MB/CPU-s, claimsFrom all ${result.extraction.withModel.all.mbPerCpuSecond} MB/CPU-s`,
    ],
    ...(['extraction', 'html'] as const).map((part): [string, string] => [
      `hostile ${part === 'html' ? 'pages' : 'texts'}`,
      `${result.hostileInput[part].rows[0].msPerKb} ms/KB ordinary; worst ×${result.hostileInput[part].worstRatioToOrdinary}: ` +
        result.hostileInput[part].rows
          .slice(1)
          .map(
            (row: any) =>
              `${row.name} ${row.msPerKb}${row.outcome === 'read' ? '' : ` (${row.outcome.replace('refused: ', 'refused ')})`}`,
          )
          .join('; '),
    ]),
    [
      'ingest to ready',
      `${result.ingest.service.articlesPerSecond} articles/s (1 worker); bare pipeline ${result.ingest.bare.pipelineArticlesPerSecond}/s → ${Math.round(result.ingest.ratioToBarePipeline * 100)}%`,
    ],
    [
      '  bare parts',
      `BullMQ 2 no-op stages ${result.ingest.bare.queueOnlyArticlesPerSecond}/s; Postgres rows alone ${result.ingest.bare.postgresOnlyArticlesPerSecond}/s`,
    ],
    [
      '  CPU per article',
      Object.entries(result.ingest.service.cpuMsPerArticle as Record<string, number>)
        .map(([name, ms]) => `${name} ${ms} ms`)
        .join(', '),
    ],
    [
      '  what holds it back',
      ((held) =>
        `${held.cpuMsPerArticle} ms CPU an article (bare pipeline ${held.bareCpuMsPerArticle} ms: ×${held.workRatioToBare} the work); ` +
        `on ${result.machine.cpus} cores that allows ${held.cpuLimitArticlesPerSecond}/s, ${Math.round(held.shareOfCpuLimitReached * 100)}% reached; ` +
        `most CPU: ${held.busiestProcess.name}`)(result.ingest.whatHoldsItBack),
    ],
    [
      '  Postgres time/article',
      result.ingest.service.postgresStatements.top
        ? result.ingest.service.postgresStatements.top
            .slice(0, 5)
            .map((row: any) => `${row.msPerArticle} ms ${row.statement.replace(/^(\w+(?: INTO| FROM)? \w+).*$/, '$1')}`)
            .join('; ')
        : result.ingest.service.postgresStatements.note,
    ],
    [
      '  stages',
      Object.entries(result.ingest.service.stages)
        .map(([name, stage]: [string, any]) => `${name}: runs ${stage.meanRunMs} ms, waits ${stage.meanWaitMs} ms`)
        .join('; '),
    ],
    ...scaleOutRows(result.scaleOut).map((row, index): [string, string] => [index ? '' : 'scale out', row]),
    [
      'memory (RSS troughs)',
      result.memory?.api
        ? `api ${result.memory.api.earlyTroughMb}→${result.memory.api.lateTroughMb} MB (${result.memory.api.growthPercent}%), worker ${result.memory.worker.earlyTroughMb}→${result.memory.worker.lateTroughMb} MB (${result.memory.worker.growthPercent}%) over ${result.ingest.service.articles} articles`
        : 'run too short',
    ],
    ...result.scale.sizes.map((size: any): [string, string] => [
      `${size.claims.toLocaleString('en')} claims`,
      `take-next p50 ${size.takeNext.p50} p99 ${size.takeNext.p99} ms (50 reviewers, ${size.takeNext.perSecond}/s); saturated ${size.takeNextSaturated.perSecond}/s; ` +
        `list p99 ${Math.max(...Object.values(size.listing).map((latency: any) => latency.p99))} ms; match p99 ${size.matching.perArticle.p99} ms/article`,
    ]),
    ...takeNextRunRows(result.scale.sizes[result.scale.sizes.length - 1]),
    ...deskRows(result.scale.desk),
    [
      'webhooks',
      `${result.webhooks.deliveriesPerSecond} deliveries/s to ${result.webhooks.subscriptions} subscriptions`,
    ],
    [
      'targets',
      Object.entries(result.targets)
        .map(([name, ok]) => `${ok ? '✓' : '✗'} ${name}`)
        .join('  '),
    ],
  ];
  writeTable(rows);
}

/** Each take-next run at the largest size, and what was around it: the server's time, GC, Postgres, the machine. */
function takeNextRunRows(size: any): [string, string][] {
  const runs: any[] = size.takeNextRuns ?? [size.takeNext];
  return [
    [
      `take-next ×${runs.length} at ${size.claims.toLocaleString('en')}`,
      `p99 ${runs.map((run) => run.p99).join(' / ')} ms; at the server ${runs.map((run) => run.atServer.p99).join(' / ')} ms`,
    ],
    ...runs.map((run, index): [string, string] => {
      const around = run.around;
      const [topWait] = Object.entries(around.postgresWaits as Record<string, number>).filter(
        ([what]) => what !== 'running',
      );
      return [
        `  run ${index + 1}`,
        `machine ${around.coresBusy.machine} cores busy (api ${around.coresBusy.api}, postgres ${around.coresBusy.postgres}, load ${around.coresBusy.loadGenerator}); ` +
          `api GC max ${around.api.gc.maxMs} ms, loop delay p99 ${around.api.eventLoopDelay.p99} ms; bench GC max ${around.loadGenerator.gc.maxMs} ms, reviewers' thread GC max ${around.reviewersThreadGc?.maxMs ?? '?'} ms; ` +
          `checkpoints ${around.checkpoints.timed + around.checkpoints.requested}, autovacuum ${around.autovacuum.length ? around.autovacuum.map((row: any) => row.table).join(' ') : 'none'}; ` +
          `postgres waits ${topWait ? `${topWait[0]} ${topWait[1]}` : 'none'}; ` +
          `steal ${around.stalls.stealCores} cores, stalled for a CPU ${around.stalls.cpuPercent ?? '?'} %, for I/O ${around.stalls.ioPercent ?? '?'} %`,
      ];
    }),
  ];
}

function deskRows(desk: any): [string, string][] {
  if (!desk) return [];
  const routes = (run: any) =>
    Object.entries(run.routes)
      .map(([route, latency]: [string, any]) => `${route} ${latency.p50}/${latency.p99}`)
      .join(', ');
  return [
    [
      `desk, ${desk.people} people`,
      `at most ${desk.saturated.actionsPerSecond} actions/s (${desk.saturated.claimsSubmittedPerSecond} claims submitted/s); CPU an action: api ${desk.saturated.cpuMsPerAction.api} ms, postgres ${desk.saturated.cpuMsPerAction.postgres} ms`,
    ],
    [`  at ${desk.halfLoad.actionsPerSecond}/s`, `p50/p99 ms: ${routes(desk.halfLoad)}`],
  ];
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
