/**
 * The shipped check-worthiness model format and its scorer. Used both by the training script
 * (to evaluate exactly what is shipped) and by ./index.ts at serve time.
 */
import { FeatureConfig, featurize, SparseVector } from './features';

export interface CheckworthinessModel {
  version: 1;
  /** Featurizer settings the weights were trained with. */
  config: FeatureConfig;
  bias: number;
  /** Probability at or above which a sentence is check-worthy (chosen by the training script's cross-validation). */
  threshold: number;
  /** Hashed feature indices, delta-encoded (first value absolute, then gaps), ascending. */
  indices: number[];
  /** Weights for `indices`, quantised: real weight = weights[i] / scale. */
  weights: number[];
  scale: number;
  /** Free-form training provenance (metrics, data, hyperparameters). */
  meta?: Record<string, unknown>;
}

export interface Scorer {
  score(text: string): number;
  scoreVector(v: SparseVector): number;
  threshold: number;
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Expand a model into a dense weight table for O(1) lookups. */
export function createScorer(model: CheckworthinessModel): Scorer {
  const size = 1 << model.config.bits;
  const table = new Float32Array(size);
  let idx = 0;
  for (let i = 0; i < model.indices.length; i++) {
    idx = i === 0 ? model.indices[0] : idx + model.indices[i];
    table[idx] = model.weights[i] / model.scale;
  }
  const bias = model.bias;
  const cfg = model.config;
  const scoreVector = (v: SparseVector): number => {
    let z = bias;
    for (let i = 0; i < v.indices.length; i++) z += table[v.indices[i]] * v.values[i];
    return sigmoid(z);
  };
  return {
    threshold: model.threshold,
    scoreVector,
    score: (text: string) => scoreVector(featurize(text, cfg, false)),
  };
}
