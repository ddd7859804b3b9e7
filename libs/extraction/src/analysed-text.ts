/**
 * The article as every pass after tokenising reads it: built once, then only read. Token ranges are half-open,
 * [firstToken, endToken), and index `tokens`; character offsets (`start`, `end`) index `text`.
 */
import { Paragraph, Token } from './tokens';
import { Span } from './types';
import { QuoteSpan } from './quotes';
import { countBefore } from './sorted';

export interface TokenRange {
  firstToken: number;
  endToken: number;
}

export interface Sentence extends TokenRange {
  paragraph: number;
}

export interface AnalysedText {
  readonly text: string;
  readonly tokens: Token[];
  readonly paragraphs: Paragraph[];
  readonly quotes: QuoteSpan[];
  /** For each token, the index of the quote it lies in (marks included), or -1. */
  readonly quoteAt: Int32Array;
  readonly sentences: Sentence[];
  /** For each token, the index of its sentence. */
  readonly sentenceOf: Int32Array;
}

/** What sentence splitting reads: the tokens and the quotes over them. */
export type QuotedTokens = Pick<AnalysedText, 'tokens' | 'quotes' | 'quoteAt'>;

/** The words of a token range, with their offsets. */
/** Whether token `token` opens its sentence. */
export function startsSentence(doc: Pick<AnalysedText, 'sentences' | 'sentenceOf'>, token: number): boolean {
  return doc.sentences[doc.sentenceOf[token]]?.firstToken === token;
}

export function spanOf(doc: AnalysedText, range: TokenRange): Span {
  const start = doc.tokens[range.firstToken].start;
  const end = doc.tokens[range.endToken - 1].end;
  return { text: doc.text.slice(start, end), start, end };
}

/** The index of the first token starting at or after offset `at` (the token count when none does). */
export function firstTokenFrom(doc: Pick<AnalysedText, 'tokens'>, at: number): number {
  return countBefore(doc.tokens, (token) => token.start < at);
}
