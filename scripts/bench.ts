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
      extraction: 300,
      hostileKb: 64,
      ingest: 150,
      scaleOut: 60,
      claims: [10_000],
      takes: 300,
      list: 50,
      deliveries: { subscriptions: 20, articles: 5 },
    }
  : {
      extraction: 10_000,
      hostileKb: 512,
      ingest: 10_000,
      scaleOut: 300,
      claims: [10_000, 100_000, 1_000_000],
      takes: 800,
      list: 200,
      deliveries: { subscriptions: 100, articles: 20 },
    };

async function main() {
  const started = Date.now();
  const texts = polnearTexts();
  const sentences = texts
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.length > 40 && sentence.length < 300);
  const step = (name: string) =>
    process.stderr.write(`bench: ${name} (${round((Date.now() - started) / 1000, 0)} s)\n`);

  step('extraction');
  const extraction = benchExtraction({ articles: SIZES.extraction });

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
  const scaleOut = [];
  for (const workers of [1, 2, 3]) {
    const run = await benchIngest({ articles: SIZES.scaleOut, workers, texts });
    scaleOut.push({ workers, articlesPerSecond: run.articlesPerSecond, cpuMsPerArticle: run.cpuMsPerArticle });
  }
  step('take-next, listing and matching at scale');
  const scale = await benchScale({
    sizes: SIZES.claims,
    sentences,
    takes: SIZES.takes,
    thinkMs: 2000,
    listRequests: SIZES.list,
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
      takeNextP99Under20msAtLargest: largest.takeNext.p99 < 20,
      takeNextGrowthUnder2x: scale.takeNextP99GrowthFirstToLast < 2,
      listingAndMatchingP99Under50ms: listP99 < 50 && largest.matching.perArticle.p99 < 50,
      everyHotQueryIndexed: largest.unindexedPlans.length === 0,
      webhooksAtLeast500PerSecond: webhooks.deliveriesPerSecond >= 500,
      memoryGrowthUnder20Percent:
        typeof ingest.memory?.api === 'object' &&
        ingest.memory.api.growthPercent < 20 &&
        ingest.memory.worker.growthPercent < 20,
      extractionAtLeast1MbPerSecond: extraction.ours.mbPerSecond >= 1,
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
      `${result.extraction.mbPerSecond} MB/s, ${result.extraction.articlesPerSecond} articles/s; compromise quotations(): ×${result.extraction.ratioToBaseline}; slowest ${result.extraction.slowestArticleMs} ms`,
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
    [
      'scale out',
      result.scaleOut
        .map((run: any) => `${run.workers} worker${run.workers > 1 ? 's' : ''}: ${run.articlesPerSecond}/s`)
        .join(', '),
    ],
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
  const width = Math.max(...rows.map(([name]) => name.length));
  process.stderr.write(`\n${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
