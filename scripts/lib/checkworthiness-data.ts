/** Reading the CheckThat! 2024 check-worthiness TSV files (the measures are in libs/extraction/src/checkworthiness/metrics.ts). */
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

export function round(x: number, d = 4): number {
  const p = 10 ** d;
  return Math.round(x * p) / p;
}
