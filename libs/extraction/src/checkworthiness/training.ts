/**
 * Fitting a check-worthiness model: what the training script (scripts/train-checkworthiness.ts) and the desk's
 * retraining (the worker's scheduled job) share, so that both make models the same way.
 *
 * L2-regularised logistic regression (class-weighted, and weighted per example) over the hashed features of
 * ./features.ts, fitted by full-batch L-BFGS from zero: deterministic, no sampling. The weights are pruned to the
 * largest `maxFeatures` and quantised, so what is measured is exactly what is served (./linear-model.ts).
 */
import { DEFAULT_FEATURE_CONFIG, FeatureConfig, featurize, unquoteTsvField } from './features';
import { buildCsr, compactColumns, trainLogReg } from './lbfgs';
import { CheckworthinessModel, createScorer } from './linear-model';

export interface TrainingExample {
  text: string;
  label: boolean;
  /** How much this sentence counts against one of the shared data (1 when absent). */
  weight?: number;
}

export interface TrainingHyper {
  config: FeatureConfig;
  l2: number;
  posWeight: number;
  maxFeatures: number;
  /** NBSVM-style scaling of each feature by its smoothed log-count ratio (0 = off, else the smoothing alpha). */
  nb: number;
  /** L-BFGS iterations at most. */
  maxIter?: number;
}

/**
 * The cues and the name mask were chosen by the time-shift check (they raise the train-only model's average precision
 * on dev and on dev-test, and its F1 on dev-test at the dev threshold from 0.728 to 0.808).
 */
export const DEFAULT_TRAINING_HYPER: TrainingHyper = {
  config: { ...DEFAULT_FEATURE_CONFIG, cueWeight: 1, maskNames: true },
  l2: 3e-5,
  posWeight: 2,
  maxFeatures: 60000,
  nb: 0,
};

const DEFAULT_MAX_ITER = 400;

export function withDefaultHyper(partial: Partial<TrainingHyper>): TrainingHyper {
  return {
    ...DEFAULT_TRAINING_HYPER,
    ...partial,
    config: { ...DEFAULT_TRAINING_HYPER.config, ...(partial.config ?? {}) },
  };
}

export interface FitOptions {
  /** Stop the optimiser at this time (Date.now() ms); the model is what it had reached. */
  deadline?: number;
  log?: (line: string) => void;
}

/** Fits the weights on `examples`; the threshold is left at 0.5 for the caller to choose. */
export function fitCheckworthiness(
  examples: TrainingExample[],
  h: TrainingHyper,
  options: FitOptions = {},
): CheckworthinessModel & { meta: { iterations: number } } {
  const cfg = h.config;
  const { X, columns } = compactColumns(
    buildCsr(
      examples.map((e) => featurize(e.text, cfg)),
      1 << cfg.bits,
    ),
  );
  const y = Uint8Array.from(examples.map((e) => (e.label ? 1 : 0)));
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
  const weighted = examples.some((e) => e.weight !== undefined && e.weight !== 1);
  const fitted = trainLogReg(X, y, {
    l2: h.l2,
    posWeight: h.posWeight,
    maxIter: h.maxIter ?? DEFAULT_MAX_ITER,
    tol: 1e-7,
    history: 10,
    exampleWeights: weighted ? examples.map((e) => e.weight ?? 1) : undefined,
    deadline: options.deadline,
  });
  const full = new Float64Array(1 << cfg.bits);
  for (let j = 0; j < columns.length; j++) full[columns[j]] = fitted.weights[j] * (r ? r[j] : 1);
  options.log?.(
    `fitted on ${examples.length} sentences in ${Date.now() - t0} ms, ${fitted.iterations} iterations, loss ${fitted.loss.toFixed(5)}`,
  );

  // Prune to the largest-magnitude weights and quantise.
  const nz: number[] = [];
  for (let j = 0; j < full.length; j++) if (full[j] !== 0) nz.push(j);
  nz.sort((a, b) => Math.abs(full[b]) - Math.abs(full[a]) || a - b);
  const keep = nz.slice(0, h.maxFeatures).sort((a, b) => a - b);
  const scale = 10000;
  const indices: number[] = [];
  const weights: number[] = [];
  let prev = 0;
  for (let k = 0; k < keep.length; k++) {
    const q = Math.round(full[keep[k]] * scale);
    if (q === 0) continue;
    indices.push(indices.length === 0 ? keep[k] : keep[k] - prev);
    prev = keep[k];
    weights.push(q);
  }
  return {
    version: 1,
    config: cfg,
    bias: roundTo(fitted.bias, 6),
    threshold: 0.5,
    indices,
    weights,
    scale,
    meta: { iterations: fitted.iterations },
  };
}

/** The model's score of each sentence. */
export function scoresOf(model: CheckworthinessModel, texts: string[]): number[] {
  const scorer = createScorer(model);
  return texts.map((text) => scorer.score(text));
}

/** The CheckThat! 2024 splits, oldest first. */
export const CHECKTHAT_SPLITS = ['train', 'dev', 'dev-test'] as const;
export type CheckThatSplit = (typeof CHECKTHAT_SPLITS)[number];

export const checkThatFileName = (split: CheckThatSplit) => `CT24_checkworthy_english_${split}.tsv`;

/** Parses a CheckThat! 2024 check-worthiness file (`Sentence_id<TAB>Text<TAB>Yes|No`, a header line first). */
export function parseCheckThat(raw: string, split: string): Array<{ id: string; text: string; label: boolean }> {
  const lines = raw.split(/\r?\n/);
  const out: Array<{ id: string; text: string; label: boolean }> = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const parts = line.split('\t');
    if (parts.length < 3) throw new Error(`${split}:${i + 1}: expected 3 tab-separated fields`);
    const label = parts[parts.length - 1].trim();
    if (label !== 'Yes' && label !== 'No') throw new Error(`${split}:${i + 1}: bad label ${label}`);
    out.push({ id: parts[0], text: unquoteTsvField(parts.slice(1, -1).join('\t')), label: label === 'Yes' });
  }
  return out;
}

export function roundTo(x: number, digits = 4): number {
  const p = 10 ** digits;
  return Math.round(x * p) / p;
}
