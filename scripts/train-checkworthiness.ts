/**
 * Train the check-worthiness classifier (CheckThat! 2024 task 1, English).
 *
 *   npm run train:checkworthiness [-- --data DIR] [--out FILE] [--folds K] [--hyper '{"l2":3e-5,"config":{...}}']
 *                                 [--grid sweep.json] [--from-desk DATABASE_URL [--desk-weight W] [--max-decisions N]]
 *
 * Model: L2-regularised logistic regression (class-weighted) over the hashed features of
 * libs/extraction/src/checkworthiness/features.ts, fitted by full-batch L-BFGS from zero, so the
 * run is deterministic (no sampling, no random initialisation); the weights are pruned to the
 * largest `maxFeatures` and quantised, and every figure is measured on such a pruned, quantised model.
 *
 * The shipped model is fitted on train + dev + dev-test. dev-test is the newest data (later debates), so it both
 * trains the shipped model and chooses its threshold, by K-fold cross-validation (K = 5 unless --folds):
 *  - dev-test is cut into K stratified folds (metrics.ts stratifiedFolds); for each fold a model is fitted on
 *    train + dev + the other K-1 folds and scores the fold, which gives every dev-test sentence an out-of-fold score;
 *  - the shipped threshold is the one with the best F1(Yes) over all out-of-fold scores;
 *  - the reported figures ("dev-test K-fold CV") never touch a sentence that chose them: average precision is that
 *    of the out-of-fold scores, and F1(Yes), precision and recall call each fold at the threshold that is best on
 *    the out-of-fold scores of the other folds (nested), pooled over the folds.
 * A time-shift check fits on train alone, takes the threshold on dev and scores dev-test (later debates, new names
 * and topics): how much a model loses on newer speech. `--grid` runs that check alone for each setting of a sweep
 * (a JSON list of partial hyperparameters; one JSON line each) and writes nothing.
 *
 * `--from-desk DATABASE_URL` adds the desk's decisions (libs/workflow/src/ranking/desk-labels.query.ts: published,
 * researched, promoted, made or corrected by hand: worth checking; dismissed: not), the newest N (20000), to every fit,
 * each counting W (10) sentences of the shared data, as the worker's scheduled retraining does.
 *
 * Data is read from ../shared/data/checkworthiness relative to the project root unless --data is given.
 * Writes libs/extraction/src/checkworthiness/model.json (figures and provenance in its `meta`) and prints them.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { AppConfig } from '../libs/config/src';
import { Database } from '../libs/database/src/database';
import {
  DEFAULT_TRAINING_HYPER,
  fitCheckworthiness,
  TrainingHyper,
  withDefaultHyper,
} from '../libs/extraction/src/checkworthiness/training';
import { CheckworthinessModel, createScorer } from '../libs/extraction/src/checkworthiness/linear-model';
import {
  averagePrecision,
  bestThreshold,
  crossValidatedMetrics,
  Metrics,
  metricsAt,
  stratifiedFolds,
} from '../libs/extraction/src/checkworthiness/metrics';
import { DeskLabelsQuery } from '../libs/workflow/src/ranking/desk-labels.query';
import { Example, readSplit, round, Split, SPLITS } from './lib/checkworthiness-data';
import { sharedDataDir } from '../libs/testing/src/shared-data';

const ROOT = path.resolve(__dirname, '..');

type Hyper = TrainingHyper;
const DEFAULT_HYPER = DEFAULT_TRAINING_HYPER;
const withDefaults = withDefaultHyper;

const DEFAULT_FOLDS = 5;
/** As CHECKWORTHINESS_DESK_WEIGHT's default: one desk decision counts as much as ten sentences of the shared data. */
const DEFAULT_DESK_WEIGHT = 10;
const DEFAULT_MAX_DECISIONS = 20000;

/** Desk decisions added to every fit (none unless --from-desk). */
let deskExamples: Example[] = [];

function parseArgs(argv: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const key = a.slice(2);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out[key] = next;
      i++;
    } else out[key] = true;
  }
  return out;
}

/** Fit the weights on `examples` and the desk's decisions; the threshold is left at 0.5 for the caller to choose. */
function fit(examples: Example[], h: Hyper, verbose = false): CheckworthinessModel {
  const model = fitCheckworthiness([...examples, ...deskExamples], h, {
    log: verbose ? (line) => process.stderr.write(`${line}\n`) : undefined,
  });
  delete (model as { meta?: unknown }).meta;
  return model;
}

/** The desk's decisions (libs/workflow/src/ranking/desk-labels.query.ts), newest first, from the service's database. */
async function readDesk(databaseUrl: string, max: number, weight: number): Promise<Example[]> {
  const database = new Database({
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: 1,
    DATABASE_CONNECT_TIMEOUT_MS: 10000,
  } as AppConfig);
  try {
    const labels = await new DeskLabelsQuery().read(database, max);
    return labels.map((label) => ({ id: `desk:${label.claimId}`, text: label.text, label: label.label, weight }));
  } finally {
    await database.onApplicationShutdown();
  }
}

function scoresOf(model: CheckworthinessModel, examples: Example[]): number[] {
  const scorer = createScorer(model);
  return examples.map((e) => scorer.score(e.text));
}

const labelsOf = (examples: Example[]) => examples.map((e) => e.label);

function fmt(m: Metrics, ap?: number) {
  return {
    f1: round(m.f1),
    precision: round(m.precision),
    recall: round(m.recall),
    ...(ap === undefined ? {} : { averagePrecision: round(ap) }),
    n: m.n,
    positives: m.positives,
  };
}

/** Fit on train alone, threshold on dev, score dev-test: what a model loses on later debates. */
function timeShift(data: Record<Split, Example[]>, h: Hyper, folds: number[], verbose = false) {
  const model = fit(data.train, h, verbose);
  const dev = scoresOf(model, data.dev);
  const devTest = scoresOf(model, data['dev-test']);
  const { threshold } = bestThreshold(dev, labelsOf(data.dev));
  const devTestLabels = labelsOf(data['dev-test']);
  return {
    protocol: 'time shift: fitted on train, threshold best on dev, scored on dev-test',
    threshold: round(threshold),
    dev: fmt(metricsAt(dev, labelsOf(data.dev), threshold), averagePrecision(dev, labelsOf(data.dev))),
    devTest: fmt(metricsAt(devTest, devTestLabels, threshold), averagePrecision(devTest, devTestLabels)),
    /** The same train-only scores on dev-test with the threshold cross-validated within dev-test. */
    devTestCvThreshold: fmt(crossValidatedMetrics(devTest, devTestLabels, folds).metrics),
  };
}

/** The K-fold protocol of the header: out-of-fold scores on dev-test, their figures and the shipped threshold. */
function crossValidate(data: Record<Split, Example[]>, h: Hyper, folds: number[]) {
  const devTest = data['dev-test'];
  const labels = labelsOf(devTest);
  const k = Math.max(...folds) + 1;
  const outOfFold = new Array<number>(devTest.length);
  for (let f = 0; f < k; f++) {
    const model = fit([...data.train, ...data.dev, ...devTest.filter((_, i) => folds[i] !== f)], h, true);
    const held = devTest.filter((_, i) => folds[i] === f);
    const scores = scoresOf(model, held);
    let j = 0;
    for (let i = 0; i < devTest.length; i++) if (folds[i] === f) outOfFold[i] = scores[j++];
  }
  const cv = crossValidatedMetrics(outOfFold, labels, folds);
  const chosen = bestThreshold(outOfFold, labels).threshold;
  return {
    threshold: chosen,
    figures: {
      protocol: `dev-test ${k}-fold CV`,
      description:
        `dev-test cut into ${k} stratified folds; each fold scored by a model fitted on train + dev + the other folds; ` +
        'average precision of those out-of-fold scores; F1(Yes), precision and recall with each fold called at the ' +
        'threshold best on the other folds (pooled). The shipped model (train + dev + dev-test) takes the threshold ' +
        'best on all the out-of-fold scores.',
      devTest: fmt(cv.metrics, averagePrecision(outOfFold, labels)),
      foldThresholds: cv.thresholds.map((t) => round(t)),
    },
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args['from-desk'] === true) {
    process.stderr.write('--from-desk needs the database url: --from-desk postgres://…\n');
    process.exit(2);
  }
  if (typeof args['from-desk'] === 'string') {
    const weight = typeof args['desk-weight'] === 'string' ? Number(args['desk-weight']) : DEFAULT_DESK_WEIGHT;
    const max = typeof args['max-decisions'] === 'string' ? Number(args['max-decisions']) : DEFAULT_MAX_DECISIONS;
    if (!(weight > 0) || !(Number.isInteger(max) && max > 0)) {
      process.stderr.write('--desk-weight must be a positive number and --max-decisions a positive integer\n');
      process.exit(2);
    }
    deskExamples = await readDesk(args['from-desk'], max, weight);
    process.stderr.write(
      `${deskExamples.length} desk decisions (${deskExamples.filter((e) => e.label).length} worth checking), weight ${weight}\n`,
    );
  }
  const dataDir = path.resolve(
    typeof args.data === 'string'
      ? args.data
      : path.join(sharedDataDir() ?? path.join(ROOT, '..', 'shared', 'data'), 'checkworthiness'),
  );
  const outFile = path.resolve(
    typeof args.out === 'string' ? args.out : path.join(ROOT, 'libs/extraction/src/checkworthiness/model.json'),
  );
  if (!fs.existsSync(dataDir)) {
    process.stderr.write(`data directory not found: ${dataDir} (use --data DIR)\n`);
    process.exit(2);
  }
  const data = {} as Record<Split, Example[]>;
  for (const s of SPLITS) data[s] = readSplit(dataDir, s);
  const k = typeof args.folds === 'string' ? Number(args.folds) : DEFAULT_FOLDS;
  const folds = stratifiedFolds(labelsOf(data['dev-test']), k);

  if (args.grid) {
    const grid: Array<Partial<Hyper>> = JSON.parse(fs.readFileSync(String(args.grid), 'utf8'));
    for (const g of grid) {
      const t0 = Date.now();
      const r = timeShift(data, withDefaults(g), folds);
      process.stdout.write(JSON.stringify({ h: g, ...r, protocol: undefined, ms: Date.now() - t0 }) + '\n');
    }
    return;
  }

  const h = typeof args.hyper === 'string' ? withDefaults(JSON.parse(args.hyper) as Partial<Hyper>) : DEFAULT_HYPER;
  const t0 = Date.now();
  const shift = timeShift(data, h, folds, true);
  const cv = crossValidate(data, h, folds);
  const model = fit([...data.train, ...data.dev, ...data['dev-test']], h, true);
  model.threshold = round(cv.threshold, 6);
  const hyper = { l2: h.l2, posWeight: h.posWeight, maxFeatures: h.maxFeatures, nb: h.nb };
  model.meta = {
    task: 'CheckThat! 2024 task 1 (English) check-worthiness, F1 of the Yes class',
    trainedOn: SPLITS.map((s) => `CT24_checkworthy_english_${s}.tsv`),
    trainingSize: SPLITS.reduce((n, s) => n + data[s].length, 0) + deskExamples.length,
    ...(deskExamples.length > 0 ? { deskDecisions: deskExamples.length } : {}),
    thresholdChosenBy: `best F1(Yes) over the out-of-fold scores of ${cv.figures.protocol}`,
    hyper,
    evaluation: cv.figures,
    timeShift: shift,
  };
  const json = JSON.stringify(model);
  fs.writeFileSync(outFile, json + '\n');
  process.stdout.write(
    JSON.stringify(
      {
        model: path.relative(ROOT, outFile),
        bytes: Buffer.byteLength(json) + 1,
        features: model.weights.length,
        threshold: model.threshold,
        hyper: { ...hyper, config: h.config },
        evaluation: cv.figures,
        timeShift: shift,
        seconds: round((Date.now() - t0) / 1000, 1),
      },
      null,
      2,
    ) + '\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
