/**
 * Train the check-worthiness classifier (CheckThat! 2024 task 1, English).
 *
 *   npm run train:checkworthiness [-- --data DIR] [--out FILE] [--threshold-on dev|dev+dev-test]
 *                                 [--hyper '{"l2":3e-5,"config":{...}}'] [--grid sweep.json]
 *
 * Model: L2-regularised logistic regression (class-weighted) over the hashed features of
 * libs/extraction/src/checkworthiness/features.ts, fitted by full-batch L-BFGS from zero, so the
 * run is deterministic (no sampling, no random initialisation); the weights are pruned to the
 * largest `maxFeatures` and quantised, and all reported figures are those of the shipped model.
 *
 * Weights are fitted on the train split only. The decision threshold is tuned on the two tuning sets:
 * by default it maximises the mean F1(Yes) of dev and dev-test (dev-test, from later debates, wants a
 * lower threshold than dev, so a dev-only threshold transfers poorly); `--threshold-on dev` uses dev
 * alone. The summary reports both policies.
 *
 * Data is read from ../shared/data/checkworthiness relative to the project root unless --data is given.
 * Writes libs/extraction/src/checkworthiness/model.json and prints a JSON summary of F1, precision and
 * recall of the Yes class on train, dev and dev-test. `--grid` runs a hyperparameter sweep instead
 * (one JSON line per setting) and writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_FEATURE_CONFIG, FeatureConfig, featurize } from '../libs/extraction/src/checkworthiness/features';
import { CheckworthinessModel, createScorer } from '../libs/extraction/src/checkworthiness/linear-model';
import {
  bestThreshold,
  bestThresholdMean,
  Example,
  metricsAt,
  Metrics,
  readSplit,
  round,
  Split,
  SPLITS,
} from './lib/checkworthiness-data';
import { sharedDataDir } from '../libs/testing/src/shared-data';
import { buildCsr, compactColumns, trainLogReg } from './lib/checkworthiness-lbfgs';

const ROOT = path.resolve(__dirname, '..');

interface Hyper {
  config: FeatureConfig;
  l2: number;
  posWeight: number;
  maxFeatures: number;
  /** NBSVM-style scaling of each feature by its smoothed log-count ratio (0 = off, else the smoothing alpha). */
  nb: number;
  /**
   * Threshold policy: 'dev' maximises F1(Yes) on dev; 'dev+dev-test' maximises the mean F1(Yes) of
   * dev and dev-test (both are tuning sets; dev-test is closer in time to the speech we score).
   */
  thresholdOn: 'dev' | 'dev+dev-test';
}

export const DEFAULT_HYPER: Hyper = {
  config: DEFAULT_FEATURE_CONFIG,
  l2: 3e-5,
  posWeight: 2,
  maxFeatures: 60000,
  nb: 0,
  thresholdOn: 'dev+dev-test',
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
  /** Metrics of the shipped model at its threshold. */
  metrics: Record<Split, Metrics>;
  /** The same model under each threshold policy. */
  alternatives: Record<'devOnly' | 'devAndDevTest', { threshold: number; metrics: Record<Split, Metrics> }>;
  /** Best F1 on dev-test over all thresholds (diagnostic only: a ceiling for threshold choice). */
  devTestOracle: number;
}

function fit(data: Record<Split, Example[]>, h: Hyper, verbose = false): Trained {
  const cfg = h.config;
  const train = data.train;
  const { X, columns } = compactColumns(
    buildCsr(
      train.map((e) => featurize(e.text, cfg)),
      1 << cfg.bits,
    ),
  );
  const y = Uint8Array.from(train.map((e) => (e.label ? 1 : 0)));
  const t0 = Date.now();
  let r: Float64Array | null = null;
  if (h.nb > 0) {
    // Log-count ratio over binarised occurrence, then scale the design matrix; the learned weight of
    // a feature is w_j * r_j, so the shipped model stays a plain linear model over the same features.
    const pos = new Float64Array(X.cols).fill(h.nb);
    const neg = new Float64Array(X.cols).fill(h.nb);
    for (let i = 0; i < X.rows; i++)
      for (let k = X.indptr[i]; k < X.indptr[i + 1]; k++) (y[i] ? pos : neg)[X.indices[k]] += 1;
    let ps = 0;
    let ns = 0;
    for (let j = 0; j < X.cols; j++) {
      ps += pos[j];
      ns += neg[j];
    }
    r = new Float64Array(X.cols);
    for (let j = 0; j < X.cols; j++) r[j] = Math.log(pos[j] / ps / (neg[j] / ns));
    for (let k = 0; k < X.indices.length; k++) X.values[k] *= r[X.indices[k]];
  }
  const fitted = trainLogReg(X, y, { l2: h.l2, posWeight: h.posWeight, maxIter: 400, tol: 1e-7, history: 10, verbose });
  const full = new Float64Array(1 << cfg.bits);
  for (let j = 0; j < columns.length; j++) full[columns[j]] = fitted.weights[j] * (r ? r[j] : 1);
  const res = { ...fitted, weights: full };
  if (verbose)
    process.stderr.write(
      `trained in ${Date.now() - t0} ms, ${res.iterations} iterations, loss ${res.loss.toFixed(5)}\n`,
    );

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

  // Evaluate the shipped (pruned, quantised) model, then choose the threshold.
  const scorer = createScorer(model);
  const scores = {} as Record<Split, number[]>;
  for (const s of SPLITS) scores[s] = data[s].map((e) => scorer.score(e.text));
  const labels = (s: Split) => data[s].map((e) => e.label);
  if (process.env.CW_DUMP) {
    const rows = SPLITS.flatMap((s) => data[s].map((e, i) => [s, e.id, e.label ? 1 : 0, round(scores[s][i]), e.text]));
    fs.writeFileSync(process.env.CW_DUMP, JSON.stringify(rows));
  }
  const devOnly = bestThreshold(scores.dev, labels('dev')).threshold;
  const pooled = bestThresholdMean([
    { scores: scores.dev, labels: labels('dev') },
    { scores: scores['dev-test'], labels: labels('dev-test') },
  ]).threshold;
  const at = (t: number) =>
    Object.fromEntries(SPLITS.map((s) => [s, metricsAt(scores[s], labels(s), t)])) as Record<Split, Metrics>;
  const devTestOracle = bestThreshold(scores['dev-test'], labels('dev-test')).f1;
  model.threshold = round(h.thresholdOn === 'dev' ? devOnly : pooled, 6);
  return {
    model,
    metrics: at(model.threshold),
    alternatives: {
      devOnly: { threshold: devOnly, metrics: at(devOnly) },
      devAndDevTest: { threshold: pooled, metrics: at(pooled) },
    },
    devTestOracle,
  };
}

function fmt(m: Metrics) {
  return {
    f1: round(m.f1),
    precision: round(m.precision),
    recall: round(m.recall),
    accuracy: round(m.accuracy),
    n: m.n,
    positives: m.positives,
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
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

  if (args.grid) {
    // Hyperparameter sweep: a JSON file holding a list of partial Hyper objects; one line per setting.
    const grid: Array<Partial<Hyper>> = JSON.parse(fs.readFileSync(String(args.grid), 'utf8'));
    for (const g of grid) {
      const h: Hyper = { ...DEFAULT_HYPER, ...g, config: { ...DEFAULT_HYPER.config, ...(g.config ?? {}) } };
      const t0 = Date.now();
      const r = fit(data, h);
      const d = r.alternatives.devOnly;
      const p = r.alternatives.devAndDevTest;
      process.stdout.write(
        JSON.stringify({
          h: g,
          train: round(r.metrics.train.f1, 3),
          devOnlyThr: [round(d.threshold, 3), round(d.metrics.dev.f1, 3), round(d.metrics['dev-test'].f1, 3)],
          meanThr: [round(p.threshold, 3), round(p.metrics.dev.f1, 3), round(p.metrics['dev-test'].f1, 3)],
          devTestOracle: round(r.devTestOracle, 3),
          features: r.model.weights.length,
          ms: Date.now() - t0,
        }) + '\n',
      );
    }
    return;
  }

  const h: Hyper =
    typeof args.hyper === 'string'
      ? (() => {
          const g = JSON.parse(args.hyper) as Partial<Hyper>;
          return { ...DEFAULT_HYPER, ...g, config: { ...DEFAULT_HYPER.config, ...(g.config ?? {}) } };
        })()
      : DEFAULT_HYPER;
  if (args['threshold-on'] === 'dev' || args['threshold-on'] === 'dev+dev-test') h.thresholdOn = args['threshold-on'];
  const t0 = Date.now();
  const r = fit(data, h, true);
  const metrics = Object.fromEntries(SPLITS.map((s) => [s, fmt(r.metrics[s])]));
  const alternatives = Object.fromEntries(
    Object.entries(r.alternatives).map(([k, v]) => [
      k,
      { threshold: round(v.threshold, 4), f1: Object.fromEntries(SPLITS.map((s) => [s, round(v.metrics[s].f1)])) },
    ]),
  );
  r.model.meta = {
    task: 'CheckThat! 2024 task 1 (English) check-worthiness, F1 of the Yes class',
    trainedOn: 'CT24_checkworthy_english_train.tsv',
    thresholdChosenOn: h.thresholdOn === 'dev' ? 'dev' : 'mean F1(Yes) of dev and dev-test',
    hyper: { l2: h.l2, posWeight: h.posWeight, maxFeatures: h.maxFeatures, nb: h.nb, thresholdOn: h.thresholdOn },
    metrics,
    thresholdAlternatives: alternatives,
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
        thresholdOn: h.thresholdOn,
        hyper: { l2: h.l2, posWeight: h.posWeight, maxFeatures: h.maxFeatures, nb: h.nb, config: h.config },
        metrics,
        thresholdAlternatives: alternatives,
        devTestBestPossibleF1: round(r.devTestOracle),
        seconds: round((Date.now() - t0) / 1000, 1),
      },
      null,
      2,
    ) + '\n',
  );
}

main();
