/** The extraction shape of the public contract (API.md): offsets are UTF-16 indices into the text as submitted. */

export type QuoteKind = 'direct' | 'partial' | 'indirect';
export type SpeakerType = 'person' | 'organization' | 'document' | 'media' | 'unknown';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface ExtractedSpeaker {
  /** Who it is, resolved across the article ("Brandon Johnson"). */
  name: string;
  type: SpeakerType;
  /** A title the article gives them ("Mayor", "Governor"), if any. */
  title?: string;
  /** The span the attribution grammatically points at ("he", "the mayor", "Johnson"). */
  mention: Span;
}

export interface ExtractedClaim {
  /** Deterministic id within the article, stable across runs of the same text. */
  id: string;
  text: string;
  /** Reads on its own: pronouns and "this" resolved where the article allows. */
  standalone: string;
  start: number;
  end: number;
  checkworthiness: number;
  checkworthy: boolean;
}

export interface ExtractedQuote {
  /** Deterministic id within the article, stable across runs of the same text. */
  id: string;
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: ExtractedSpeaker | null;
  cue: Span | null;
  claims: ExtractedClaim[];
}

/** Where an article's claims come from: its quotes only, or also the check-worthy statements of its own voice. */
export type ClaimsFrom = 'quotes' | 'all';
export const CLAIMS_FROM: readonly ClaimsFrom[] = ['quotes', 'all'];

/** Who speaks in the article's own voice: the publication (`media`) or its byline author (`person`). */
export interface ArticleVoice {
  name: string;
  type: SpeakerType;
  title?: string;
}

/**
 * A check-worthy statement in the article's own voice: a sentence outside every quote and attribution, kind
 * `statement`, spoken by the article's voice (no words in the text point at it, so no mention and no cue).
 */
export interface ExtractedStatement {
  /** Deterministic id within the article, stable across runs of the same text. */
  id: string;
  text: string;
  start: number;
  end: number;
  kind: 'statement';
  speaker: (ArticleVoice & { mention: null }) | null;
  cue: null;
  claims: ExtractedClaim[];
}

/** A sentence of the article with its check-worthiness, and whether it is a statement of the article's own voice. */
export interface ScoredSentence {
  text: string;
  start: number;
  end: number;
  checkworthiness: number;
  checkworthy: boolean;
  /** `article`: no quote mark and no attribution in it, the article's own voice; `reported`: someone's words. */
  voice: 'article' | 'reported';
  /**
   * In the article's voice and a checkable assertion: not a question, headline, dateline, byline or caption, and a main
   * clause that is no bare opinion.
   */
  assertion: boolean;
}

export interface ExtractionResult {
  quotes: ExtractedQuote[];
  /** With `claimsFrom: "all"`: the check-worthy statements of the article's own voice, in text order. */
  statements?: ExtractedStatement[];
  /** With `sentences: true`: every sentence of the article, scored, in text order. */
  sentences?: ScoredSentence[];
}

export interface CheckworthinessScore {
  checkworthiness: number;
  checkworthy: boolean;
}
