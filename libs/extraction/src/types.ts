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

export interface ExtractionResult {
  quotes: ExtractedQuote[];
}

export interface CheckworthinessScore {
  checkworthiness: number;
  checkworthy: boolean;
}
