import { averagePrecision, bestThreshold, crossValidatedMetrics, metricsAt, stratifiedFolds } from './metrics';

describe('metricsAt', () => {
  it('counts scores at or above the threshold as Yes', () => {
    // Called Yes: 0.9 (gold Yes), 0.5 (gold No); missed: 0.2 (gold Yes).
    const m = metricsAt([0.9, 0.5, 0.2, 0.1], [1, 0, 1, 0], 0.5);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(0.5);
    expect(m.accuracy).toBeCloseTo(0.5);
    expect(m).toMatchObject({ n: 4, positives: 2 });
  });

  it('gives 0, not NaN, when nothing is called Yes', () => {
    expect(metricsAt([0.1, 0.2], [1, 0], 0.9)).toMatchObject({ f1: 0, precision: 0, recall: 0 });
  });
});

describe('bestThreshold', () => {
  it('separates the classes when a threshold can', () => {
    const { threshold, f1 } = bestThreshold([0.1, 0.2, 0.7, 0.8], [0, 0, 1, 1]);
    expect(f1).toBe(1);
    expect(threshold).toBeCloseTo(0.45);
  });
});

describe('averagePrecision', () => {
  it('is 1 for a perfect ranking and the mean precision at each positive otherwise', () => {
    expect(averagePrecision([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    // Ranking Yes, No, Yes, No: precision 1 at the first positive, 2/3 at the second.
    expect(averagePrecision([0.9, 0.8, 0.7, 0.1], [1, 0, 1, 0])).toBeCloseTo((1 + 2 / 3) / 2);
  });

  it('treats tied scores as one step, whatever their order in the input', () => {
    // All tied: one step at recall 1 with precision 2/4.
    expect(averagePrecision([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 1])).toBeCloseTo(0.5);
    expect(averagePrecision([0.5, 0.5, 0.5, 0.5], [0, 0, 1, 1])).toBeCloseTo(0.5);
  });

  it('matches scikit-learn on a small ranking', () => {
    // sklearn.metrics.average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.8333...
    expect(averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.833333, 5);
  });

  it('is 0 when there is no positive', () => {
    expect(averagePrecision([0.3, 0.7], [0, 0])).toBe(0);
  });
});

describe('stratifiedFolds', () => {
  it('deals each class round-robin so every fold gets its share of positives', () => {
    const labels = [1, 0, 1, 0, 0, 1, 0, 1, 0, 0];
    const folds = stratifiedFolds(labels, 2);
    expect(folds).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 0, 1]);
    for (const f of [0, 1]) expect(folds.filter((x, i) => x === f && labels[i]).length).toBe(2);
  });

  it('refuses fewer than two folds', () => {
    expect(() => stratifiedFolds([1, 0], 1)).toThrow(/folds/);
  });
});

describe('crossValidatedMetrics', () => {
  it('calls each fold at the threshold chosen on the other folds', () => {
    // Fold 0 alone would be best split at 0.55, fold 1 alone at 0.25: each is called at the other's threshold.
    const scores = [0.6, 0.5, 0.3, 0.2];
    const labels = [1, 0, 1, 0];
    const folds = [0, 0, 1, 1];
    const { metrics, thresholds } = crossValidatedMetrics(scores, labels, folds);
    expect(thresholds[0]).toBeCloseTo(0.25);
    expect(thresholds[1]).toBeCloseTo(0.55);
    // Fold 0 at 0.25: both called Yes (one false positive); fold 1 at 0.55: neither (one miss).
    expect(metrics).toMatchObject({ n: 4, positives: 2 });
    expect(metrics.precision).toBeCloseTo(0.5);
    expect(metrics.recall).toBeCloseTo(0.5);
  });

  it('is lower than the F1 of the threshold chosen on the same scores when the folds disagree', () => {
    const scores = [0.6, 0.5, 0.3, 0.2];
    const labels = [1, 0, 1, 0];
    const cv = crossValidatedMetrics(scores, labels, [0, 0, 1, 1]).metrics.f1;
    expect(cv).toBeLessThan(bestThreshold(scores, labels).f1);
  });
});
