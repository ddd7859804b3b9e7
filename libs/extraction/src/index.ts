/**
 * The extraction core: quotes, speakers, cues and claims from plain article text. Pure and deterministic.
 *
 * extractQuotes runs these passes in order (extract.ts), each reading what the ones before it found:
 *
 *   1. tokens        tokens.ts           words, punctuation and quote marks, and their paragraphs
 *   2. quotes        quotes.ts           quoted stretches: pairs of marks, nesting, quotes over several paragraphs
 *   3. sentences     sentences.ts        sentence ends, never inside a quote; with 1 and 2 makes the AnalysedText
 *   4. cues          cues.ts             the reporting words of each sentence ("said", "told", "according to")
 *   5. special       special/            per sentence, first: transcript turns ("PENCE: …"), signed quotes
 *                                        ("“…” ― Name"), raising verbs ("seemed"), stance adjectives ("critical of")
 *                                        and nouns ("his criticism of"), asked questions, headlines
 *   6. sources       sources/            per sentence, each cue: its source (who) and its content (a quote, a
 *                                        clause, or both), among the quotes pass 5 left
 *   7. follow-ups    follow-ups/         quotes left over: continuations of a quotation, quotes inside reported
 *                                        content, leftovers given the sentence's subject or a nearby speaker
 *   8. names         entities/           the people, organisations and outlets named, and their mentions
 *   9. resolution    resolution/         each source resolved to a speaker: pronouns, titles, surnames, documents
 *  10. quotes        quote-assembly.ts   the public quotes, with claims split, made standalone and scored (claims/)
 *  11. own voice     voice-statements.ts on request: each sentence scored; with `claimsFrom: "all"`, the check-worthy
 *                                        assertions no quote or attribution touches, as statements of the article
 *
 * grammar/ holds what passes 5 to 7 share (noun phrases, subjects, clauses); lexicon/ the word lists. The bounds
 * of limits.ts are checked between passes (bounds.ts) and the time budget inside the loops of passes 5 to 7, 9 and
 * 10, so that hostile input is refused with a reason instead of running for minutes; the fuzz suite and the bench
 * check that the whole stays near linear in the length of the text.
 *
 * matching/ is not a pass: it gives a claim's words the one form repeat matching compares (claimFingerprint), with
 * the WordNet lexicon it reads on first use.
 */
import { ExtractionResult } from './types';
import { extractQuotesWith, ExtractOptions } from './extract';
import { Scorer } from './claims/claims-of';
import { scoreCheckworthiness } from './checkworthiness';

export * from './types';
export * from './limits';
export { htmlToArticleText, scanHtml } from './html/html-to-text';
export { bylineName, bylinePerson } from './entities/byline';
export type { HtmlArticle, HtmlShape } from './html/html-to-text';
export { ExtractionPool, ExtractionPoolBusyError } from './threads/extraction-pool';
export type { ExtractionPoolOptions, StorableClaim, StorableExtraction } from './threads/extraction-pool';
export type { ExtractOptions, VoiceRequest } from './extract';
export type { ExtractedQuoteWithParts } from './quote-assembly';
export type { Scorer, ClaimOptions } from './claims/claims-of';
export { claimsOf, scoreClaim } from './claims/claims-of';
export { heuristicCheckworthiness } from './fallback-score';
export { scoreCheckworthiness, CHECKWORTHY_THRESHOLD, SHIPPED_CHECKWORTHINESS_MODEL } from './checkworthiness';
export { asVoiceStatement } from './voice-statements';
export { createScorer } from './checkworthiness/linear-model';
export type { CheckworthinessModel, Scorer as CheckworthinessScorer } from './checkworthiness/linear-model';
export * from './checkworthiness/training';
export * from './checkworthiness/metrics';
export { fitInThread, TrainingTimeError } from './checkworthiness/fit-in-thread';

/** The scorer extractQuotes uses when the caller passes none: the check-worthiness model. */
export function getDefaultScorer(): Scorer {
  return scoreCheckworthiness;
}

/** Find the quotes in an article, who said them, and the checkable claims in each. */
export function extractQuotes(text: string, options: ExtractOptions = {}): ExtractionResult {
  return extractQuotesWith(text, options.score ?? getDefaultScorer(), options.limits, options);
}
export { BANDS, claimFingerprint, NEGATION } from './matching/claim-fingerprint';
export type { ClaimFingerprint } from './matching/claim-fingerprint';
export { lexicon } from './matching/wordnet-lexicon';
