/**
 * extractQuotes: text in, quotes with speakers, cues and claims out. Pure, deterministic, no I/O. The passes and
 * the order they run in are listed in index.ts; the bounds of EXTRACTION_LIMITS are checked between them, each
 * before the work it bounds.
 */
import { ArticleVoice, ClaimsFrom, ExtractionResult } from './types';
import { tokenize } from './tokens';
import { findQuotes, quoteIndexByToken } from './quotes';
import { AnalysedText } from './analysed-text';
import { splitSentences } from './sentences';
import { findCues } from './cues';
import { checkQuoteCount, checkReportedCoverage, checkSentenceWork } from './bounds';
import { findAttributions } from './attributions';
import { findEntities } from './entities/find-entities';
import { describedSubjects } from './resolution/described-subject';
import { phraseResolution, resolveSpeakers } from './resolution/speakers';
import { assembleQuotes } from './quote-assembly';
import { describedThings } from './claims/descriptions';
import { Scorer } from './claims/claims-of';
import { EXTRACTION_LIMITS, ExtractionLimits, TimeBudget } from './limits';
import { voiceStatements } from './voice-statements';
import { bylineName, bylinePerson } from './entities/byline';
import { readingText, withWrittenDashes } from './written-dashes';

export interface ExtractOptions {
  /** Check-worthiness scorer for claims; defaults to the package's own. */
  score?: Scorer;
  /** Bounds on the work; the defaults are EXTRACTION_LIMITS. */
  limits?: Partial<ExtractionLimits>;
  /** `all`: also the check-worthy statements of the article's own voice (`statements`); `quotes` by default. */
  claimsFrom?: ClaimsFrom;
  /** Who speaks in the article's own voice: the speaker of its statements (none when not given). */
  voice?: ArticleVoice;
  /** Also every sentence of the article with its check-worthiness (`sentences`). */
  sentences?: boolean;
  /** The byline's (first) author: who the article's own "I" is ("I asked him whether …" in an essay); "By JANE DOE" is Jane Doe. */
  author?: string;
}

/** What extractQuotesWith does beyond the quotes: the article's own voice and author, and sentence scores. */
export type VoiceRequest = Pick<ExtractOptions, 'claimsFrom' | 'voice' | 'sentences' | 'author'>;

export function extractQuotesWith(
  written: string,
  score: Scorer,
  bounds: Partial<ExtractionLimits> = {},
  request: VoiceRequest = {},
): ExtractionResult {
  const text = readingText(written);
  return withWrittenDashes(extractFromReading(text, score, bounds, request), written, text);
}

function extractFromReading(
  text: string,
  score: Scorer,
  bounds: Partial<ExtractionLimits>,
  request: VoiceRequest,
): ExtractionResult {
  if (!text) {
    return {
      quotes: [],
      ...(request.claimsFrom === 'all' ? { statements: [] } : {}),
      ...(request.sentences ? { sentences: [] } : {}),
    };
  }
  const limits: ExtractionLimits = { ...EXTRACTION_LIMITS, ...bounds };
  const budget = new TimeBudget(limits.timeBudgetMs);
  const { tokens, paragraphs } = tokenize(text);
  const quotes = findQuotes(text, tokens, paragraphs);
  checkQuoteCount(quotes, limits);
  const quoteAt = quoteIndexByToken(tokens, quotes);
  const { sentences, sentenceOf } = splitSentences({ tokens, quotes, quoteAt });
  const doc: AnalysedText = { text, tokens, paragraphs, quotes, quoteAt, sentences, sentenceOf };
  const cues = findCues(doc);
  checkSentenceWork(doc, cues, limits);
  const attributions = findAttributions(doc, cues, budget);
  checkReportedCoverage(attributions, text.length, limits);
  const entities = findEntities(doc);
  const resolution = phraseResolution(doc, entities);
  const speakers = resolveSpeakers(resolution, attributions, budget, bylinePerson(request.author));
  const described = { things: describedThings(doc), subjects: describedSubjects(resolution) };
  const assembled = assembleQuotes(doc, attributions, speakers, entities, described, score, budget);
  const statements = request.claimsFrom === 'all';
  if (!statements && !request.sentences) return { quotes: assembled };
  const voice = voiceStatements(
    doc,
    cues,
    attributions,
    entities,
    described,
    score,
    {
      ...request,
      voice:
        request.voice?.type === 'person'
          ? { ...request.voice, name: bylineName(request.voice.name) ?? request.voice.name }
          : request.voice,
      statements,
      sentences: !!request.sentences,
    },
    budget,
  );
  return {
    quotes: assembled,
    ...(statements ? { statements: voice.statements } : {}),
    ...(request.sentences ? { sentences: voice.sentences } : {}),
  };
}
