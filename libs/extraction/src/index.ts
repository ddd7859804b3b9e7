/** The extraction core: quotes, speakers, cues and claims from plain article text. Pure and deterministic. */
import { CheckworthinessScore, ExtractionResult } from './types';
import { extractQuotesWith, ExtractOptions, Scorer } from './extract';
import { heuristicCheckworthiness } from './fallback-score';

export * from './types';
export * from './limits';
export { htmlToArticleText, scanHtml } from './html/html-to-text';
export type { HtmlArticle, HtmlShape } from './html/html-to-text';
export { ExtractionPool, ExtractionPoolBusyError } from './threads/extraction-pool';
export type { ExtractionPoolOptions } from './threads/extraction-pool';
export type { ExtractOptions, Scorer, ExtractedQuoteWithParts, ClaimOptions } from './extract';
export { claimsOf } from './extract';
export { heuristicCheckworthiness } from './fallback-score';

let defaultScorer: Scorer | undefined;

/**
 * The scorer used when the caller passes none: the check-worthiness module's `scoreCheckworthiness` when it is
 * present, otherwise a small built-in heuristic. Loaded once, lazily.
 */
export function getDefaultScorer(): Scorer {
  if (defaultScorer) return defaultScorer;
  let s: Scorer = heuristicCheckworthiness;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('./checkworthiness');
    if (mod && typeof mod.scoreCheckworthiness === 'function')
      s = (t: string) => mod.scoreCheckworthiness(t) as CheckworthinessScore;
  } catch {
    // module not there (yet): keep the heuristic
  }
  defaultScorer = s;
  return s;
}

/** Find the quotes in an article, who said them, and the checkable claims in each. */
export function extractQuotes(text: string, options: ExtractOptions = {}): ExtractionResult {
  return extractQuotesWith(text, options.score ?? getDefaultScorer(), options.limits);
}
export { scoreCheckworthiness, CHECKWORTHY_THRESHOLD } from './checkworthiness';
