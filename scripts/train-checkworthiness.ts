/**
 * Train the check-worthiness classifier (CheckThat! 2024 task 1, English).
 *
 *   npm run train:checkworthiness [-- --data DIR] [--out FILE] [--grid]
 *
 * Trains only on the train split; the decision threshold is chosen on dev; dev-test is reported.
 * Data is read from ../shared/data/checkworthiness relative to the project root unless --data is given.
 * Writes libs/extraction/src/checkworthiness/model.json and prints a JSON summary.
 * Deterministic: full-batch L-BFGS from a zero start, no sampling.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  DEFAULT_FEATURE_CONFIG,
  FeatureConfig,
  featurize,
} from '../libs/extraction/src/checkworthiness/features';
import { CheckworthinessModel, createScorer } from '../libs/extraction/src/checkworthiness/model';
import { bestThreshold, Example, metricsAt, Metrics, readSplit, round, Split, SPLITS } from './lib/checkworthiness-data';
import { buildCsr, trainLogReg } from './lib/checkworthiness-lbfgs';

const ROOT = path.resolve(__dirname, '..');

interface Hyper {
  config: FeatureConfig;
  l2: number;
  posWeight: number;
  maxFeatures: number;
}

export const DEFAULT_HYPER: Hyper = {
  config: DEFAULT_FEATURE_CONFIG,
  l2: 1e-4,
  posWeight: 2,
  maxFeatures: 120000,
};

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

interface Trained {
  model: CheckworthinessModel;
  metrics: Record<Split, Metrics>;
  devBest: number;
  testBest: number;
}

function fit(data: Record<Split, Example[]>, h: Hyper, verbose = false): Trained {
  const cfg = h.config;
  const train = data.train;
  const X = buildCsr(train.map((e) => featurize(e.text, cfg)), 1 << cfg.bits);
  const y = Uint8Array.from(train.map((e) => (e.label ? 1 : 0)));
  const t0 = Date.now();
  const res = trainLogReg(X, y, { l2: h.l2, posWeight: h.posWeight, maxIter: 400, tol: 1e-7, history: 10, verbose });
  if (verbose) process.stderr.write(`trained in ${Date.now() - t0} ms, ${res.iterations} iterations, loss ${res.loss.toFixed(5)}\n`);

  // Prune to the largest-magnitude weights and quantise.
  const nz: number[] = [];
  for (let j = 0; j < res.weights.length; j++) if (res.weights[j] !== 0) nz.push(j);
  nz.sort((a, b) => Math.abs(res.weights[b]) - Math.abs(res.weights[a]) || a - b);
  const keep = nz.slice(0, h.maxFeatures).sort((a, b) => a - b);
  const scale = 10000;
  const indices: number[] = [];
  const weights: number[] = [];
  let prev = 0;
  for (let k = 0; k < keep.length; k++) {
    const q = Math.round(res.weights[keep[k]] * scale);
    if (q === 0) continue;
    indices.push(indices.length === 0 ? keep[k] : keep[k] - prev);
    prev = keep[k];
    weights.push(q);
  }
  const model: CheckworthinessModel = {
    version: 1,
    config: cfg,
    bias: round(res.bias, 6),
    threshold: 0.5,
    indices,
    weights,
    scale,
  };

  // Evaluate the shipped (pruned, quantised) model; pick the threshold on dev.
  const scorer = createScorer(model);
  const scores = {} as Record<Split, number[]>;
  for (const s of SPLITS) scores[s] = data[s].map((e) => scorer.score(e.text));
  const labels = (s: Split) => data[s].map((e) => e.label);
  const dev = bestThreshold(scores.dev, labels('dev'));
  model.threshold = round(dev.threshold, 6);
  const metrics = {} as Record<Split, Metrics>;
  for (const s of SPLITS) metrics[s] = metricsAt(scores[s], labels(s), model.threshold);
  const testBest = bestThreshold(scores['dev-test'], labels('dev-test')).f1;
  return { model, metrics, devBest: dev.f1, testBest };
}

function fmt(m: Metrics) {
  return { f1: round(m.f1), precision: round(m.precision), recall: round(m.recall), accuracy: round(m.accuracy), n: m.n, positives: m.positives };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = path.resolve(typeof args.data === 'string' ? args.data : path.join(ROOT, '..', 'shared', 'data', 'checkworthiness'));
  const outFile = path.resolve(typeof args.out === 'string' ? args.out : path.join(ROOT, 'libs/extraction/src/checkworthiness/model.json'));
  if (!fs.existsSync(dataDir)) {
    process.stderr.write(`data directory not found: ${dataDir} (use --data DIR)\n`);
    process.exit(2);
  }
  const data = {} as Record<Split, Example[]>;
  for (const s of SPLITS) data[s] = readSplit(dataDir, s);

  if (args.grid) {
    const grid: Hyper[] = JSON.parse(typeof args.grid === 'string' ? fs.readFileSync(args.grid, 'utf8') : '[]');
    for (const g of grid) {
      const h: Hyper = { ...DEFAULT_HYPER, ...g, config: { ...DEFAULT_HYPER.config, ...(g.config ?? {}) } };
      const t0 = Date.now();
      const r = fit(data, h);
      process.stdout.write(
        JSON.stringify({
          h: { ...g },
          train: round(r.metrics.train.f1, 3),
          dev: round(r.metrics.dev.f1, 3),
          devtest: round(r.metrics['dev-test'].f1, 3),
          devtestP: round(r.metrics['dev-test'].precision, 3),
          devtestR: round(r.metrics['dev-test'].recall, 3),
          devtestOracle: round(r.testBest, 3),
          thr: round(r.model.threshold, 3),
          nfeat: r.model.weights.length,
          ms: Date.now() - t0,
        }) + '\n',
      );
    }
    return;
  }

  const h: Hyper = typeof args.hyper === 'string' ? { ...DEFAULT_HYPER, ...JSON.parse(args.hyper) } : DEFAULT_HYPER;
  const r = fit(data, h, true);
  r.model.meta = {
    task: 'CheckThat! 2024 task 1 (English) check-worthiness',
    trainedOn: 'CT24_checkworthy_english_train.tsv',
    thresholdChosenOn: 'CT24_checkworthy_english_dev.tsv',
    l2: h.l2,
    posWeight: h.posWeight,
    maxFeatures: h.maxFeatures,
    metrics: Object.fromEntries(SPLITS.map((s) => [s, fmt(r.metrics[s])])),
  };
  const json = JSON.stringify(r.model);
  fs.writeFileSync(outFile, json + '\n');
  process.stdout.write(
    JSON.stringify(
      {
        model: path.relative(ROOT, outFile),
        bytes: Buffer.byteLength(json) + 1,
        features: r.model.weights.length,
        threshold: r.model.threshold,
        hyper: { l2: h.l2, posWeight: h.posWeight, maxFeatures: h.maxFeatures, config: h.config },
        metrics: Object.fromEntries(SPLITS.map((s) => [s, fmt(r.metrics[s])])),
      },
      null,
      2,
    ) + '\n',
  );
}

main();
