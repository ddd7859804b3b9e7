/**
 * Pass 11, the article's own voice: each sentence scored for check-worthiness, and the sentences no quote or
 * attribution touches that are checkable assertions the model finds check-worthy made statements of the article's
 * voice (the publication or its byline author), with their claims. Strict on purpose: the paper's narration is most
 * of an article, and only what the model puts above its threshold and reads as an assertion goes to the desk.
 */
import { AnalysedText, Sentence } from './analysed-text';
import { Scorer } from './claims/claims-of';
import { uncheckableKind } from './claims/checkable';
import { standalone } from './claims/standalone';
import { isClaimLike } from './claims/split-claims';
import { countWords } from './claims/words';
import { Cue } from './cues';
import { AMBIGUOUS_CUES, QUOTE_ONLY_BASES } from './lexicon/reporting-verbs';
import { EntityIndex } from './entities/entity-index';
import { TimeBudget } from './limits';
import { personsNamedBefore } from './quote-assembly';
import { ArticleDescriptions } from './claims/descriptions';
import { RawAttribution } from './raw-attribution';
import { ArticleVoice, CheckworthinessScore, ExtractedClaim, ExtractedStatement, ScoredSentence } from './types';

export interface VoiceOptions {
  /** Make statements of the check-worthy assertions in the article's voice. */
  statements: boolean;
  /** Score every sentence, and return them. */
  sentences: boolean;
  voice?: ArticleVoice;
}

/**
 * The score a sentence of the article's own voice needs to become a statement: higher than the model's threshold for
 * claims in quotes (chosen for recall on debate sentences), because narration is most of an article and nearly all
 * of it states facts; the desk is handed what the model is surest of.
 */
export const VOICE_THRESHOLD = 0.7;

/** At most this many statements an article (the surest first): narration never floods the desk. */
export const MAX_STATEMENTS = 30;

/** A statement is a sentence of at least this many words (shorter ones are fragments, labels, sign-offs) … */
const MIN_WORDS = 6;
/** … and at most this many: longer runs without a full stop are lists, tables or text that lost its punctuation. */
const MAX_WORDS = 80;

/**
 * Boilerplate around the story, never the paper's assertion: captions and credits, bylines and sign-offs, calls to
 * act, corrections notices, contact lines.
 */
const BOILERPLATE =
  /^(?:by|photo|photos|image|images|picture|caption|credit|file|pictured|above|below|top|left|right|related|read|watch|listen|click|subscribe|sign up|follow|advertisement|editor['’]s note|correction|update|updated|copyright|contact|email|e-mail|reporting by|writing by|editing by|additional reporting)\b|\b(?:ap photo|getty images|reuters\/|file photo|all rights reserved|contributed (?:to )?this report|this (?:story|article|report) (?:has been|was) (?:updated|corrected)|click here|sign up for|subscribe to|follow (?:us|him|her|them) on|on twitter at|this article originally appeared|newsletter)\b|https?:\/\/|www\.|@\w/i;

/**
 * Sentences that assert nothing checkable however they score: an address to the reader ("Don't forget …"), a
 * hypothesis ("If the veto is overridden, it would …"), a maybe, and the author's or show's own description line.
 */
const NOT_AN_ASSERTION =
  /^(?:don['’]t|do not|let['’]s|let us|remember|consider|imagine|note that|make sure|be sure|if|unless|suppose|perhaps|maybe)\b|\b(?:is|are) (?:a|an|the) [^.]{0,80}\b(?:columnist|correspondent|reporter|writer|editor|contributor|fellow|host) (?:for|at|of|on)\b|\bairs (?:on|weekdays|daily)\b/i;

export function voiceStatements(
  doc: AnalysedText,
  cues: Cue[][],
  attributions: RawAttribution[],
  entities: EntityIndex,
  described: ArticleDescriptions,
  score: Scorer,
  options: VoiceOptions,
  budget: TimeBudget,
): { statements: ExtractedStatement[]; sentences: ScoredSentence[] } {
  const reported = reportedSentences(doc, cues, attributions);
  const statements: ExtractedStatement[] = [];
  const sentences: ScoredSentence[] = [];
  for (let index = 0; index < doc.sentences.length; index++) {
    budget.check();
    const sentence = doc.sentences[index];
    const inVoice = !reported[index];
    const start = doc.tokens[sentence.firstToken].start;
    const end = doc.tokens[sentence.endToken - 1].end;
    const text = doc.text.slice(start, end);
    // a checkable assertion as every claim sent to research is (a main clause, no bare opinion), or no statement at all
    const assertion = inVoice && isCheckableAssertion(doc, sentence, text) && uncheckableKind(text) === null;
    // only what can become a statement is scored unless every sentence is asked for: the model is most of the cost
    if (!options.sentences && !assertion) continue;
    const flat = text.replace(/\s+/g, ' ');
    const scored = score(flat);
    if (options.sentences) {
      sentences.push({
        text,
        start,
        end,
        checkworthiness: Math.round(scored.checkworthiness * 1000) / 1000,
        checkworthy: scored.checkworthy,
        voice: inVoice ? 'article' : 'reported',
        assertion,
      });
    }
    if (!options.statements || !assertion || !voiceWorthy(scored)) continue;
    const id = `s${start}-${end}`;
    // the sentence is the claim: the unit the model judged (splitting narration cuts it at its abbreviations and
    // clauses into fragments that read as something else); its standalone form names a leading "he"/"she" when the
    // one person of that gender named just before is certain, and a leading "the <noun>" the name the article gave it
    const standaloneText = standalone(text, {
      namedBefore: personsNamedBefore(doc, entities, start),
      described: (noun) => described.things(noun, start),
      describedSubject: described.subjects(start, end),
    });
    const rewritten = standaloneText !== flat;
    if (rewritten && uncheckableKind(standaloneText) !== null) continue;
    const claimScore = rewritten ? score(standaloneText) : scored;
    if (!voiceWorthy(claimScore)) continue;
    const claims: ExtractedClaim[] = [
      {
        id: `${id}c0`,
        text,
        standalone: standaloneText,
        start,
        end,
        checkworthiness: Math.round(claimScore.checkworthiness * 1000) / 1000,
        checkworthy: claimScore.checkworthy,
      },
    ];
    statements.push({
      id,
      text,
      start,
      end,
      kind: 'statement',
      speaker: options.voice ? { ...options.voice, mention: null } : null,
      cue: null,
      claims,
    });
  }
  return { statements: surest(statements, MAX_STATEMENTS), sentences };
}

/** The `max` statements with the highest scores, in text order. */
function surest(statements: ExtractedStatement[], max: number): ExtractedStatement[] {
  if (statements.length <= max) return statements;
  const kept = new Set(
    [...statements].sort((a, b) => b.claims[0].checkworthiness - a.claims[0].checkworthiness).slice(0, max),
  );
  return statements.filter((statement) => kept.has(statement));
}

/** Check-worthy by the model, and above the bar for the article's own voice. */
function voiceWorthy(scored: CheckworthinessScore): boolean {
  return scored.checkworthy && scored.checkworthiness >= VOICE_THRESHOLD;
}

/**
 * A statement of the article's voice scored again (by another model version): check-worthy only above the voice's bar,
 * so that a model in service with a lower threshold does not hand the desk the narration the shipped one held back.
 */
export function asVoiceStatement(scored: CheckworthinessScore): CheckworthinessScore {
  return { checkworthiness: scored.checkworthiness, checkworthy: voiceWorthy(scored) };
}

/**
 * For each sentence, whether it holds someone's words: a quote mark, a reporting cue ("said", "according to",
 * "argued"), or any part of an attribution (its cue, source, or reported content, which may run over several).
 */
function reportedSentences(doc: AnalysedText, cues: Cue[][], attributions: RawAttribution[]): Uint8Array {
  const reported = new Uint8Array(doc.sentences.length);
  doc.sentences.forEach((sentence, index) => {
    if (cues[index].some((cue) => reports(doc, cue, sentence))) reported[index] = 1;
    else
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        if (doc.quoteAt[i] >= 0 || doc.tokens[i].kind === 'quote') {
          reported[index] = 1;
          break;
        }
      }
  });
  for (const attribution of attributions) {
    reported[attribution.sentenceIndex] = 1;
    for (const range of [attribution.cue, attribution.source, attribution.relative]) {
      if (range) reported[doc.sentenceOf[range.firstToken]] = 1;
    }
    for (const part of attribution.parts) {
      const first = firstTokenFrom(doc, part.start);
      for (let i = first; i < doc.tokens.length && doc.tokens[i].start < part.end;) {
        const sentenceIndex = doc.sentenceOf[i];
        reported[sentenceIndex] = 1;
        i = doc.sentences[sentenceIndex].endToken;
      }
    }
  }
  return reported;
}

/**
 * A cue that reports speech or thought even where no attribution was made of it: a strong reporting verb ("said",
 * "argued", "according to"), or any cue before a clause ("hopes that", "warned:"). Not the verbs that are mostly
 * something else in narration ("opened", "voted", "supported").
 */
function reports(doc: AnalysedText, cue: Cue, sentence: Sentence): boolean {
  const word = doc.tokens[cue.firstToken].lower;
  if (cue.strength === 'strong' && !AMBIGUOUS_CUES.has(word) && !QUOTE_ONLY_BASES.has(cue.base)) return true;
  for (let i = cue.endToken; i < Math.min(sentence.endToken, cue.endToken + 4); i++) {
    if (/^(?:that|whether|:)$/.test(doc.tokens[i].lower)) return true;
  }
  return false;
}

/**
 * A sentence that asserts something a reader could check: it ends with a full stop, starts as a sentence does, has a
 * verb and enough words, and is not a question, a headline, a dateline, a byline, a caption or a credit.
 */
function isCheckableAssertion(doc: AnalysedText, sentence: Sentence, text: string): boolean {
  const { tokens } = doc;
  const first = tokens[sentence.firstToken];
  const last = tokens[sentence.endToken - 1];
  // a full stop ends it: a heading, a dateline ("WASHINGTON —"), a label ("Photo:") or a question does not
  if (!(last.text === '.' || (last.kind === 'word' && last.text.endsWith('.'))) || text.includes('?')) return false;
  if (first.kind !== 'word' || !(first.capitalised || /^\d/.test(first.text))) return false;
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (BOILERPLATE.test(text) || NOT_AN_ASSERTION.test(text)) return false;
  if (titleCase(doc, sentence)) return false;
  return isClaimLike(text);
}

/**
 * A paragraph of one sentence with most of its longer words capitalised, or all in capitals: a headline or a heading,
 * even with a period ("Senate Passes Budget After Long Night."). Within a paragraph, names are left to their sentence.
 */
function titleCase(doc: AnalysedText, sentence: Sentence): boolean {
  const paragraph = doc.paragraphs[sentence.paragraph];
  if (paragraph.firstToken !== sentence.firstToken || paragraph.endToken !== sentence.endToken) return false;
  let long = 0;
  let capitalised = 0;
  for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
    const token = doc.tokens[i];
    if (token.kind !== 'word' || token.text.length < 4) continue;
    long++;
    if (token.capitalised) capitalised++;
  }
  return long >= 3 && capitalised / long > 0.7;
}

/** The index of the first token ending after offset `at`. */
function firstTokenFrom(doc: AnalysedText, at: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (doc.tokens[middle].end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
