/** The extraction core: quotes, speakers, cues and claims from plain article text. Pure and deterministic. */
import { ExtractionResult } from './types';
import { extractQuotesWith, ExtractOptions } from './extract';
import { Scorer } from './claims/claims-of';
import { scoreCheckworthiness } from './checkworthiness';

export * from './types';
export * from './limits';
export { htmlToArticleText, scanHtml } from './html/html-to-text';
export type { HtmlArticle, HtmlShape } from './html/html-to-text';
export { ExtractionPool, ExtractionPoolBusyError } from './threads/extraction-pool';
export type { ExtractionPoolOptions } from './threads/extraction-pool';
export type { ExtractOptions } from './extract';
export type { ExtractedQuoteWithParts } from './quote-assembly';
export type { Scorer, ClaimOptions } from './claims/claims-of';
export { claimsOf } from './claims/claims-of';
export { heuristicCheckworthiness } from './fallback-score';

/** The scorer extractQuotes uses when the caller passes none: the check-worthiness model. */
export function getDefaultScorer(): Scorer {
  return scoreCheckworthiness;
}

/** Find the quotes in an article, who said them, and the checkable claims in each. */
export function extractQuotes(text: string, options: ExtractOptions = {}): ExtractionResult {
  return extractQuotesWith(text, options.score ?? getDefaultScorer(), options.limits);
}
export { scoreCheckworthiness, CHECKWORTHY_THRESHOLD } from './checkworthiness';
