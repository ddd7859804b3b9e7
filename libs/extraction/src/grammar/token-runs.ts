/** Questions about a run of tokens [from, to): whether it holds words, quotes, or only punctuation. */
import { AnalysedText, TokenRange } from '../analysed-text';

/** Every word of the run is inside a quote (a quote "starts the sentence", "the content is nothing but quotes"). */
export function wordsOnlyInQuotes(doc: AnalysedText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i].kind === 'word' && doc.quoteAt[i] < 0) return false;
  return true;
}

/** The run holds no word at all, quoted or not. */
export function noWordsBetween(doc: AnalysedText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i].kind === 'word') return false;
  return true;
}

/** Nothing but punctuation that ends a sentence: no word, no quote, no comma. */
export function onlyFinalPunctuation(doc: AnalysedText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i];
    if (token.kind === 'word' || doc.quoteAt[i] >= 0 || token.text === ',') return false;
  }
  return true;
}

/** Nothing but punctuation remains before `sentenceEnd`, or a comma, semicolon or dash ends the clause first. */
export function endsClause(doc: AnalysedText, from: number, sentenceEnd: number): boolean {
  for (let i = from; i < sentenceEnd; i++) {
    const token = doc.tokens[i];
    if (token.kind === 'punct' && /^[.!?…,;:)\-—–]$|^\.\.\.$|^--$/.test(token.text)) {
      if (token.text === ',' || token.text === ';' || token.text === '—' || token.text === '--') return true;
      continue;
    }
    if (token.kind === 'quote' && doc.quoteAt[i] < 0) continue;
    return false;
  }
  return true;
}

/** A word outside quotes, not counting the words of sentence `exceptSentence`. */
export function hasWordsOutsideQuotes(doc: AnalysedText, from: number, to: number, exceptSentence = -1): boolean {
  for (let i = from; i < to; i++)
    if (doc.quoteAt[i] < 0 && doc.tokens[i].kind === 'word' && doc.sentenceOf[i] !== exceptSentence) return true;
  return false;
}

export function overlapsQuote(doc: AnalysedText, range: TokenRange): boolean {
  for (let i = range.firstToken; i < range.endToken; i++) if (doc.quoteAt[i] >= 0) return true;
  return false;
}

/** At most two words outside quotes: quotes this close belong together (“criminals” and “rapists”). */
export function fewWordsBetween(doc: AnalysedText, from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) if (doc.tokens[i].kind === 'word' && doc.quoteAt[i] < 0) words++;
  return words <= 2;
}

/**
 * The quote whose closing mark is right before token `at` in its sentence, a comma or dash allowed between
 * ("“…,” he said", "“…” — he said"): its index, or -1.
 */
export function quoteEndsBefore(doc: AnalysedText, at: number, sentenceIndex: number): number {
  const { tokens } = doc;
  const sentence = doc.sentences[sentenceIndex];
  let before = at - 1;
  if (
    before >= sentence.firstToken &&
    (tokens[before].text === ',' ||
      tokens[before].text === '—' ||
      tokens[before].text === '--' ||
      tokens[before].text === '–')
  )
    before--;
  if (
    before >= sentence.firstToken &&
    doc.quoteAt[before] >= 0 &&
    doc.quotes[doc.quoteAt[before]].closeToken === before
  )
    return doc.quoteAt[before];
  return -1;
}

/** Whether "according to" stands in tokens [from, to): a source the sentence names for what it reports. */
export function accordingToIn(doc: AnalysedText, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++)
    if (doc.tokens[i].lower === 'according' && doc.tokens[i + 1].lower === 'to') return true;
  return false;
}
