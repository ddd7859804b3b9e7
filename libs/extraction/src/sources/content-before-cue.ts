/**
 * Content before a cue: a quote right before the source and cue ("“…,” Johnson said.", "“A,” he said, “B.”"), or a
 * clause fronted before them with a comma ("The plan will fail, Smith said.").
 */
import { asideSplitsSubject } from './content-after-cue';
import { AnalysedText, TokenRange } from '../analysed-text';
import { lexTag } from '../entities/word-tags';
import { isFiniteClause, reportsNothing, skipAdjuncts } from '../grammar/clauses';
import { looksLikeTitle } from '../grammar/quoted-words';
import { accordingToIn, onlyFinalPunctuation, quoteEndsBefore, wordsOnlyInQuotes } from '../grammar/token-runs';
import { nounPhraseStartingAt } from '../grammar/noun-phrases';
import { LISTENER_VERBS, QUOTE_ONLY_BASES, cueInfo } from '../lexicon/reporting-verbs';
import { CharRange } from '../raw-attribution';
import { CueContent, CueContext, CueSource } from './cue-context';

const CLAUSE_OPENERS =
  /^(when|while|after|before|because|if|as|since|although|though|until|unless|whether|where|and|but|or|that|which|who|whom)$/;

/**
 * The quote that ends right before the source and cue, if any; when a long name stands between them ("“…,” Fight
 * for $15 organizing director Kendall Fells told …"), the source and its group are widened back to the quote.
 */
export function quoteBeforeGroup(context: CueContext, found: CueSource): { quoteBefore: number; found: CueSource } {
  const { doc, sentence, sentenceIndex } = context;
  const { tokens } = doc;
  const { source, groupStart, inverted } = found;
  let quoteBefore = quoteEndsBefore(doc, groupStart, sentenceIndex);
  let group = found;
  if (quoteBefore < 0 && source && !inverted && context.isSpeech && source.firstToken === groupStart) {
    let nameStart = groupStart - 1;
    while (
      nameStart >= sentence.firstToken &&
      groupStart - nameStart <= 8 &&
      doc.quoteAt[nameStart] < 0 &&
      (tokens[nameStart].kind === 'word' || /^[$&-]$/.test(tokens[nameStart].text)) &&
      !cueInfo(tokens[nameStart].lower) &&
      // "“absolutely right” when he said": a conjunction opens a clause of its own, not a name
      !CLAUSE_OPENERS.test(tokens[nameStart].lower)
    )
      nameStart--;
    if (nameStart >= sentence.firstToken && groupStart - nameStart <= 8 && nameStart < groupStart - 1) {
      const quoteBeforeName = quoteEndsBefore(doc, nameStart + 1, sentenceIndex);
      if (quoteBeforeName >= 0 && !/^[,—–]$|^--$/.test(tokens[nameStart].text)) {
        quoteBefore = quoteBeforeName;
        const widened: TokenRange = { firstToken: nameStart + 1, endToken: source.endToken };
        group = { ...found, source: widened, groupStart: nameStart + 1 };
      }
    }
  }
  // a title before the attribution ("In his book, “Make Your Kid a Millionaire,” McKinley suggested …") is not its
  // content
  if (
    quoteBefore >= 0 &&
    looksLikeTitle(doc, quoteBefore) &&
    !wordsOnlyInQuotes(doc, sentence.firstToken, doc.quotes[quoteBefore].openToken)
  )
    quoteBefore = -1;
  return { quoteBefore, found: group };
}

/**
 * "“…,” Johnson said.": the quote before the group, direct when it starts the sentence (and then with the quote that
 * resumes after the group: "“A,” he said, “B.”"); otherwise the whole fronted clause up to it, a partial quote ("He
 * called it “a disaster,” Smith said").
 */
export function quotedContentBefore(context: CueContext, found: CueSource, quoteBefore: number): CueContent | null {
  const { doc, sentence, claimed } = context;
  const { tokens } = doc;
  if (quoteBefore < 0 || claimed.has(quoteBefore) || !context.isSpeech) return null;
  const quote = doc.quotes[quoteBefore];
  // the quote must start the sentence (possibly after an earlier quote chain) to be direct
  const startsSentence =
    quote.openToken === sentence.firstToken || wordsOnlyInQuotes(doc, sentence.firstToken, quote.openToken);
  if (startsSentence) {
    const parts: CharRange[] = [...quote.pieces];
    const quoteIndices = [quoteBefore];
    // broken quote: "“A,” he said, “B.”"
    let resumes = skipAdjuncts(doc, found.groupEnd, sentence.endToken, false);
    if (resumes < sentence.endToken && tokens[resumes].text === ',') resumes++;
    if (
      resumes < sentence.endToken &&
      doc.quoteAt[resumes] >= 0 &&
      doc.quotes[doc.quoteAt[resumes]].openToken === resumes &&
      !claimed.has(doc.quoteAt[resumes])
    ) {
      parts.push(...doc.quotes[doc.quoteAt[resumes]].pieces);
      quoteIndices.push(doc.quoteAt[resumes]);
    }
    return { parts, quoteIndices, kind: 'direct' };
  }
  // "Marsh needled the Fox “anchor,” saying …": the clause holding the participle's own subject is what they did
  if (found.source && found.source.firstToken < found.groupStart && !found.inverted) return null;
  const clauseStart = sentence.firstToken;
  const quoteIndices: number[] = [];
  for (const quoteIndex of context.sentenceQuotes)
    if (doc.quotes[quoteIndex].openToken >= clauseStart && doc.quotes[quoteIndex].closeToken < found.groupStart)
      quoteIndices.push(quoteIndex);
  return { parts: [{ start: tokens[clauseStart].start, end: quote.end }], quoteIndices, kind: 'partial' };
}

/**
 * "The plan will fail, Smith said.", "Clinton leads by 271 delegates according to a count by The Associated Press.":
 * a clause fronted before the group, which must end the sentence (but for an adjunct or a participle after it).
 */
export function frontedClauseContent(context: CueContext, found: CueSource): CueContent | null {
  const { doc, sentence, cue } = context;
  const { tokens } = doc;
  const { groupStart, groupEnd, inverted, source } = found;
  // "Roe emailed the mayor, informing her of …": a participle's subject inside the clause before it makes that clause
  // what the speaker did, not what they said
  if (source && source.firstToken < groupStart && !inverted) return null;
  // "The mayor, aides say, will resign": the words before the aside are the subject of those after it
  if (source && !inverted && asideSplitsSubject(doc, sentence.firstToken, source, cue)) return null;
  const commaBefore =
    groupStart - 1 > sentence.firstToken &&
    (tokens[groupStart - 1].text === ',' ||
      (cue.sourceAfter && tokens[groupStart - 1].kind === 'word' && doc.quoteAt[groupStart - 1] < 0));
  // "…, Carter told a Senate panel on Wednesday.": the listener before the adjuncts
  let afterGroup = groupEnd;
  if (LISTENER_VERBS.has(cue.base) && !inverted) {
    const listener = nounPhraseStartingAt(doc, groupEnd, sentence.endToken);
    if (listener && doc.tokens[groupEnd].lower !== 'that') afterGroup = listener.endToken;
  }
  const rest = skipAdjuncts(doc, afterGroup, sentence.endToken, true);
  // "Sales were great, he said, wiping sweat off his brow." / "…, Nefzi said, adding, “…”"
  // "Unemployment rose to 4.3 percent, the department reported, its highest level in three years.": a noun phrase
  // after the group, with no verb, remarks on the words before it (no claim of its own: kept out of them)
  const restShort =
    inverted ||
    // "…, the company said, below the estimate of $5.3 billion, according to LSEG data.": what follows is another's
    (tokens[rest]?.text === ',' &&
      !cue.sourceAfter &&
      accordingToIn(doc, rest, Math.min(sentence.endToken, rest + 17))) ||
    (trailingApposition(doc, rest, sentence.endToken) && clauseBefore(doc, sentence.firstToken, groupStart - 1)) ||
    onlyFinalPunctuation(doc, rest, sentence.endToken) ||
    (tokens[rest]?.text === ',' &&
      tokens[rest + 1]?.kind === 'word' &&
      doc.quoteAt[rest + 1] < 0 &&
      isFiniteClause(doc, sentence.firstToken, groupStart - 1) &&
      (/ing$/.test(tokens[rest + 1].lower) || reportsNothing(doc, rest + 1, sentence.endToken)));
  const frontEnd = tokens[groupStart - 1]?.text === ',' ? groupStart - 1 : groupStart;
  // "In addition, according to the department, …": an adverbial opener is not the reported clause
  const frontIsClause =
    !cue.sourceAfter ||
    isFiniteClause(doc, sentence.firstToken, frontEnd) ||
    onlyFinalPunctuation(doc, skipAdjuncts(doc, groupEnd, sentence.endToken, true), sentence.endToken);
  if (
    !commaBefore ||
    !restShort ||
    !frontIsClause ||
    !(context.isSpeech || cue.sourceAfter || cue.strength === 'strong') ||
    (QUOTE_ONLY_BASES.has(cue.base) &&
      !context.sentenceQuotes.some((quoteIndex) => doc.quotes[quoteIndex].closeToken < groupStart))
  )
    return null;
  // (", according to …" after another attribution's group: its words are those after that group)
  const contentStart = cue.sourceAfter ? afterEarlierGroup(doc, sentence.firstToken, groupStart) : sentence.firstToken;
  const contentEnd = frontEnd;
  if (contentEnd <= contentStart) return null;
  const quoteIndices: number[] = [];
  for (const quoteIndex of context.sentenceQuotes)
    if (doc.quotes[quoteIndex].openToken >= contentStart && doc.quotes[quoteIndex].closeToken < contentEnd)
      quoteIndices.push(quoteIndex);
  return {
    parts: [{ start: tokens[contentStart].start, end: tokens[contentEnd - 1].end }],
    quoteIndices,
    kind: quoteIndices.length ? (wordsOnlyInQuotes(doc, contentStart, contentEnd) ? 'direct' : 'partial') : 'indirect',
  };
}

/**
 * Whether the words before the group are a clause, not an opening adverbial ("Worse,", "Since then,", "In response,"):
 * three words at least, the first no preposition, adverb or conjunction.
 */
function clauseBefore(doc: AnalysedText, from: number, to: number): boolean {
  const first = doc.tokens[from];
  return (
    to - from >= 3 &&
    first?.kind === 'word' &&
    !/Preposition|Adverb|Conjunction/.test(lexTag(first.lower) ?? '') &&
    !/^(?:since|by|in|on|at|after|before|when|while|as|worse|better|still|then)$/.test(first.lower)
  );
}

/**
 * Where the words before "according to" start: after another attribution's group set off by commas before them
 * ("Revenue rose 3 percent, the company said, below the estimate …, according to LSEG data"), else the sentence's start.
 */
function afterEarlierGroup(doc: AnalysedText, sentenceStart: number, groupStart: number): number {
  const { tokens } = doc;
  for (let i = groupStart - 2; i > sentenceStart; i--) {
    if (tokens[i].text !== ',' || doc.quoteAt[i] >= 0) continue;
    // ", the company said," / ", he said,": a short group that ends in a verb of speech right before this comma
    const verb = tokens[i - 1];
    if (verb?.kind === 'word' && /^(?:said|says|told|added|reported|announced|noted)$/.test(verb.lower)) {
      let open = i - 2;
      while (open > sentenceStart && i - open < 6 && tokens[open].text !== ',') open--;
      if (tokens[open]?.text === ',') return i + 1;
    }
  }
  return sentenceStart;
}

/** Words that open a noun phrase or a comparison in apposition to a clause: "its highest level", "up from 3.9 percent". */
const APPOSITION_OPENER = /^(?:its|their|up|down|roughly|nearly|almost|compared)$/;
/** The most tokens such an apposition runs. */
const MAX_APPOSITION_TOKENS = 20;

/**
 * Whether what follows the attribution's group is a comma and a noun phrase without a verb running to the sentence's
 * end ("…, the department reported, its highest level in three years.").
 */
function trailingApposition(doc: AnalysedText, rest: number, sentenceEnd: number): boolean {
  const { tokens } = doc;
  if (tokens[rest]?.text !== ',' || !APPOSITION_OPENER.test(tokens[rest + 1]?.lower ?? '')) return false;
  let end = sentenceEnd;
  while (end > rest + 1 && tokens[end - 1].kind === 'punct') end--;
  if (end - rest - 1 < 2 || end - rest - 1 > MAX_APPOSITION_TOKENS) return false;
  for (let i = rest + 1; i < end; i++) if (tokens[i].kind !== 'word' && tokens[i].text !== ',') return false;
  return !isFiniteClause(doc, rest + 1, end);
}
