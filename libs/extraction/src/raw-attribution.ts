/**
 * What the attribution passes find, before speakers are resolved: token ranges for the cue and the source,
 * character ranges for the reported content.
 */
import { Token } from './text';

export interface RawAttribution {
  cue: { t0: number; t1: number } | null;
  source: { t0: number; t1: number } | null;
  /** Pieces of reported content (char ranges). */
  parts: Range[];
  /** Quote indices the content includes. */
  quotes: number[];
  kind: 'direct' | 'partial' | 'indirect';
  sentence: number;
  /** Set when the speaker is inherited from an earlier attribution (a quote continued in the next paragraph). */
  inheritFrom?: RawAttribution;
  /** Token index of the clause content start (for indirect/partial). */
  clause?: { t0: number; t1: number };
  /** "Trump, who said …": the relative pronoun the verb points at (`source` is its antecedent). */
  relative?: { t0: number; t1: number };
}

export interface Range {
  start: number;
  end: number;
}
