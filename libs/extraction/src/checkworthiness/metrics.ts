/**
 * Measuring a check-worthiness ranking against labels: F1, precision and recall of the Yes class at a threshold,
 * average precision (no threshold at all), and F1 with the threshold chosen by cross-validation, so that no figure is
 * measured on the sentences its threshold was chosen on.
 */

export interface Metrics {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  n: number;
  positives: number;
}

type Labels = ArrayLike<boolean | number>;

function metricsOf(predicted: ArrayLike<boolean>, labels: Labels): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < predicted.length; i++) {
    const gold = !!labels[i];
    if (predicted[i] && gold) tp++;
    else if (predicted[i]) fp++;
    else if (gold) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    f1,
    precision,
    recall,
    accuracy: (tp + tn) / Math.max(1, predicted.length),
    n: predicted.length,
    positives: tp + fn,
  };
}

/** Yes-class figures when every score at or above `threshold` is called check-worthy. */
export function metricsAt(scores: ArrayLike<number>, labels: Labels, threshold: number): Metrics {
  return metricsOf(
    Array.from(scores, (s) => s >= threshold),
    labels,
  );
}

/**
 * The threshold maximising F1(Yes) on one labelled set. Candidates are midpoints between consecutive distinct scores;
 * ties are broken towards the middle of the best plateau so the choice is stable.
 */
export function bestThreshold(scores: ArrayLike<number>, labels: Labels): { threshold: number; f1: number } {
  const distinct = Array.from(new Set(Array.from(scores))).sort((a, b) => a - b);
  let best = -1;
  const plateau: number[] = [];
  for (let i = 0; i + 1 < distinct.length; i++) {
    const t = (distinct[i] + distinct[i + 1]) / 2;
    const f = metricsAt(scores, labels, t).f1;
    if (f > best + 1e-12) {
      best = f;
      plateau.length = 0;
      plateau.push(t);
    } else if (Math.abs(f - best) <= 1e-12) plateau.push(t);
  }
  return { threshold: plateau[Math.floor(plateau.length / 2)] ?? 0.5, f1: Math.max(best, 0) };
}

/**
 * Average precision of the Yes class (the area under the precision-recall steps, as scikit-learn computes it): the
 * mean, over the positives, of the precision at the rank where each is found; tied scores form one step.
 */
export function averagePrecision(scores: ArrayLike<number>, labels: Labels): number {
  const order = Array.from(scores, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]) positives++;
  if (positives === 0) return 0;
  let ap = 0;
  let tp = 0;
  let seen = 0;
  for (let k = 0; k < order.length;) {
    const s = scores[order[k]];
    let newTp = 0;
    while (k < order.length && scores[order[k]] === s) {
      if (labels[order[k]]) newTp++;
      seen++;
      k++;
    }
    tp += newTp;
    ap += (newTp / positives) * (tp / seen);
  }
  return ap;
}

/**
 * Deterministic stratified folds: the fold (0..k-1) of each example. Positives are dealt round-robin in their order,
 * then negatives, so each fold gets the same share of each class (within one) and neighbouring sentences of a debate
 * land in different folds.
 */
export function stratifiedFolds(labels: Labels, k: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`folds must be an integer >= 2, got ${k}`);
  const folds = new Array<number>(labels.length);
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < labels.length; i++) folds[i] = labels[i] ? pos++ % k : neg++ % k;
  return folds;
}

/**
 * F1(Yes) with a cross-validated threshold: each fold is called at the threshold that is best on the other folds,
 * and the calls of all folds are pooled into one set of figures. The scores must themselves be out-of-sample (from
 * models that did not see the sentences they score) for the result to be a held-out estimate.
 */
export function crossValidatedMetrics(
  scores: ArrayLike<number>,
  labels: Labels,
  folds: ArrayLike<number>,
): { metrics: Metrics; thresholds: number[] } {
  const k = Math.max(...Array.from(folds)) + 1;
  const predicted = new Array<boolean>(scores.length).fill(false);
  const thresholds: number[] = [];
  for (let f = 0; f < k; f++) {
    const rest = Array.from(scores, (_, i) => i).filter((i) => folds[i] !== f);
    const { threshold } = bestThreshold(
      rest.map((i) => scores[i]),
      rest.map((i) => labels[i]),
    );
    thresholds.push(threshold);
    for (let i = 0; i < scores.length; i++) if (folds[i] === f) predicted[i] = scores[i] >= threshold;
  }
  return { metrics: metricsOf(predicted, labels), thresholds };
}
