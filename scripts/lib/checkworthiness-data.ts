/** Reading the CheckThat! 2024 check-worthiness TSV files and scoring predictions against them. */
import * as fs from 'fs';
import * as path from 'path';
import { unquoteTsvField } from '../../libs/extraction/src/checkworthiness/features';

export interface Example {
  id: string;
  text: string;
  label: boolean;
}

export const SPLITS = ['train', 'dev', 'dev-test'] as const;
export type Split = (typeof SPLITS)[number];

function splitPath(dataDir: string, split: Split): string {
  return path.join(dataDir, `CT24_checkworthy_english_${split}.tsv`);
}

export function readSplit(dataDir: string, split: Split): Example[] {
  const raw = fs.readFileSync(splitPath(dataDir, split), 'utf8');
  const lines = raw.split(/\r?\n/);
  const out: Example[] = [];
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

export interface Metrics {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  n: number;
  positives: number;
}

export function metricsAt(scores: ArrayLike<number>, labels: ArrayLike<boolean | number>, threshold: number): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < scores.length; i++) {
    const pred = scores[i] >= threshold;
    const gold = !!labels[i];
    if (pred && gold) tp++;
    else if (pred && !gold) fp++;
    else if (!pred && gold) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    f1,
    precision,
    recall,
    accuracy: (tp + tn) / Math.max(1, scores.length),
    n: scores.length,
    positives: tp + fn,
  };
}

/** The threshold maximising F1(Yes) over one labelled set, chosen as bestThresholdMean chooses. */
export function bestThreshold(
  scores: ArrayLike<number>,
  labels: ArrayLike<boolean | number>,
): { threshold: number; f1: number } {
  // The mean over one set is that set's own F1, to the bit (x / 1 added to 0).
  return bestThresholdMean([{ scores, labels }]);
}

/**
 * The threshold maximising the mean F1(Yes) over several labelled sets (each set counts equally,
 * whatever its size). Candidates are midpoints between consecutive distinct scores; ties are broken
 * towards the middle of the best plateau so the choice is stable.
 */
export function bestThresholdMean(sets: Array<{ scores: ArrayLike<number>; labels: ArrayLike<boolean | number> }>): {
  threshold: number;
  f1: number;
} {
  const all = Array.from(new Set(sets.flatMap((s) => Array.from(s.scores)))).sort((a, b) => a - b);
  let best = -1;
  const plateau: number[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const t = (all[i] + all[i + 1]) / 2;
    let f = 0;
    for (const s of sets) f += metricsAt(s.scores, s.labels, t).f1 / sets.length;
    if (f > best + 1e-12) {
      best = f;
      plateau.length = 0;
      plateau.push(t);
    } else if (Math.abs(f - best) <= 1e-12) plateau.push(t);
  }
  return { threshold: plateau[Math.floor(plateau.length / 2)] ?? 0.5, f1: best };
}

export function round(x: number, d = 4): number {
  const p = 10 ** d;
  return Math.round(x * p) / p;
}
