/** Reading the CheckThat! 2024 check-worthiness TSV files (the measures are in libs/extraction/src/checkworthiness/metrics.ts). */
import * as fs from 'fs';
import * as path from 'path';
import {
  CHECKTHAT_SPLITS,
  CheckThatSplit,
  checkThatFileName,
  parseCheckThat,
  roundTo,
} from '../../libs/extraction/src/checkworthiness/training';

export interface Example {
  id: string;
  text: string;
  label: boolean;
  weight?: number;
}

export const SPLITS = CHECKTHAT_SPLITS;
export type Split = CheckThatSplit;

export function readSplit(dataDir: string, split: Split): Example[] {
  return parseCheckThat(fs.readFileSync(path.join(dataDir, checkThatFileName(split)), 'utf8'), split);
}

export const round = roundTo;
