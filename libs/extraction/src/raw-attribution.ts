/**
 * What the attribution passes find, before speakers are resolved: token ranges for the cue and the source,
 * character ranges for the reported content.
 */
import { TokenRange } from './analysed-text';

/** Offsets into the text, [start, end). */
export interface CharRange {
  start: number;
  end: number;
}

export interface RawAttribution {
  /** The reporting words ("said", "according to", a colon); null when the speaker is found without one. */
  cue: TokenRange | null;
  /** Who is speaking, as the text words it ("he", "a spokesman for the campaign"); resolved to a name later. */
  source: TokenRange | null;
  /** The stretches of reported content, in text order (several for a broken or multi-paragraph quote). */
  parts: CharRange[];
  /** The quotes the content includes, as indices of AnalysedText.quotes. */
  quoteIndices: number[];
  kind: 'direct' | 'partial' | 'indirect';
  sentenceIndex: number;
  /** Set when the speaker is inherited from an earlier attribution (a quote continued in the next paragraph). */
  inheritFrom?: RawAttribution;
  /** "Trump, who said …": the relative pronoun the verb points at (`source` is its antecedent). */
  relative?: TokenRange;
  /** "pension costs, which she said had risen …": the subject of reported words that open with their verb. */
  subject?: CharRange;
}
