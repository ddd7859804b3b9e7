/**
 * Check-worthiness of a single English sentence (a claim from a quote of a public figure):
 * a probability-like score in 0..1 and whether it is worth fact-checking.
 *
 * A linear model over hashed word, character and word-shape n-grams (./features.ts), trained on the
 * CheckThat! 2024 English check-worthiness data by scripts/train-checkworthiness.ts. The weights are
 * imported as JSON so they are bundled with both ts-jest and compiled output; no I/O at call time.
 */
import type { CheckworthinessScore } from '../types';
import { CheckworthinessModel, createScorer } from './linear-model';
import modelJson from './model.json';

/** The model shipped with this build: the base version, in service until the desk's retraining finds a better one. */
export const SHIPPED_CHECKWORTHINESS_MODEL = modelJson as unknown as CheckworthinessModel;

const scorer = createScorer(SHIPPED_CHECKWORTHINESS_MODEL);

/** Scores at or above this are check-worthy. */
export const CHECKWORTHY_THRESHOLD: number = scorer.threshold;

/** Deterministic and pure: the same text always gets the same score. */
export function scoreCheckworthiness(text: string): CheckworthinessScore {
  const p = scorer.score(text ?? '');
  const checkworthiness = Math.round(p * 1e6) / 1e6;
  return { checkworthiness, checkworthy: p >= CHECKWORTHY_THRESHOLD };
}
