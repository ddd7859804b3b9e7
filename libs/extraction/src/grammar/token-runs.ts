/** Questions about a run of tokens: only punctuation, only quotes, or words outside quotes. */
import { AnalysedText, TokenRange } from '../analysed-text';

export function onlyPunctBefore(doc: AnalysedText, t0: number, t: number): boolean {
  for (let k = t0; k < t; k++) if (doc.tokens[k].kind === 'word' && doc.quoteAt[k] < 0) return false;
  return true;
}

export function onlyPunctBetween(doc: AnalysedText, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.tokens[k].kind === 'word') return false;
  return true;
}

export function onlyQuotes(doc: AnalysedText, c0: number, c1: number): boolean {
  for (let k = c0; k < c1; k++) if (doc.quoteAt[k] < 0 && doc.tokens[k].kind === 'word') return false;
  return true;
}

export function onlyFinalPunct(doc: AnalysedText, t: number, t1: number): boolean {
  for (let k = t; k < t1; k++) {
    const u = doc.tokens[k];
    if (u.kind === 'word' || doc.quoteAt[k] >= 0 || u.text === ',') return false;
  }
  return true;
}

/** True when nothing but punctuation (or a short adjunct) remains before the sentence end. */
export function endsClause(doc: AnalysedText, t: number, t1: number): boolean {
  const toks = doc.tokens;
  for (let k = t; k < t1; k++) {
    const u = toks[k];
    if (u.kind === 'punct' && /^[.!?…,;:)\-—–]$|^\.\.\.$|^--$/.test(u.text)) {
      if (u.text === ',' || u.text === ';' || u.text === '—' || u.text === '--') return true;
      continue;
    }
    if (u.kind === 'quote' && doc.quoteAt[k] < 0) continue;
    return false;
  }
  return true;
}

export function endsClauseStrict(doc: AnalysedText, t: number, t1: number): boolean {
  for (let k = t; k < t1; k++) if (doc.tokens[k].kind === 'word') return false;
  return true;
}

export function hasWordsOutsideQuotes(doc: AnalysedText, a: number, b: number, allowSentence = -1): boolean {
  for (let k = a; k < b; k++)
    if (doc.quoteAt[k] < 0 && doc.tokens[k].kind === 'word' && doc.sentenceOf[k] !== allowSentence) return true;
  return false;
}

export function isInsideQuote(doc: AnalysedText, np: TokenRange): boolean {
  for (let k = np.firstToken; k < np.endToken; k++) if (doc.quoteAt[k] >= 0) return true;
  return false;
}

export function fewWordsBetween(doc: AnalysedText, a: number, b: number): boolean {
  let n = 0;
  for (let k = a; k < b; k++) if (doc.tokens[k].kind === 'word' && doc.quoteAt[k] < 0) n++;
  return n <= 2;
}

export function quoteEndsBefore(doc: AnalysedText, t: number, si: number): number {
  // quote index whose closing mark is right before token t (allowing a comma or dash between)
  const toks = doc.tokens;
  let k = t - 1;
  const s = doc.sentences[si];
  if (
    k >= s.firstToken &&
    (toks[k].text === ',' || toks[k].text === '—' || toks[k].text === '--' || toks[k].text === '–')
  )
    k--;
  if (k >= s.firstToken && doc.quoteAt[k] >= 0 && doc.quotes[doc.quoteAt[k]].closeToken === k) return doc.quoteAt[k];
  // ",”" — comma before the closing mark is inside the quote; also "”," handled above
  return -1;
}
