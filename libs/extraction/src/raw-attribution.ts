/**
 * What the attribution passes find, before speakers are resolved: token ranges for the cue and the source,
 * character ranges for the reported content.
 */
import { Token } from './text';
import { TokenRange } from './analysed-text';

export interface RawAttribution {
  cue: TokenRange | null;
  source: TokenRange | null;
  /** Pieces of reported content (char ranges). */
  parts: Range[];
  /** Quote indices the content includes. */
  quoteIndices: number[];
  kind: 'direct' | 'partial' | 'indirect';
  sentenceIndex: number;
  /** Set when the speaker is inherited from an earlier attribution (a quote continued in the next paragraph). */
  inheritFrom?: RawAttribution;
  /** Token index of the clause content start (for indirect/partial). */
  clause?: TokenRange;
  /** "Trump, who said …": the relative pronoun the verb points at (`source` is its antecedent). */
  relative?: TokenRange;
}

export interface Range {
  start: number;
  end: number;
}
