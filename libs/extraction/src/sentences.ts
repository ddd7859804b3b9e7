/** Pass 3, sentences: where sentences end, given the tokens and the quotes (a quote is never cut in two). */
import { QuotedTokens, Sentence } from './analysed-text';
import { SPEECH_BASES, cueInfo } from './lexicon';

export const SENTENCE_OPENER =
  /^(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|So|Yet|If|When|While|After|Before|Since|His|Her|Their|Our|My|Its|There|Here|Now|Then|Still|Meanwhile|However|Instead|Asked|According)$/;
export const SENT_END = new Set(['.', '!', '?', '…', '...']);
export const OPEN_Q = new Set(['“', '"', "''", '‘', '``', '„', '«', "'"]);

/**
 * Sentences, and the sentence of each token. A quote is never cut in two (its own sentence ends stay inside it), and
 * a quote ending in a period ends the sentence unless its attribution follows ("“…,” said Smith.").
 */
export function splitSentences(doc: QuotedTokens): { sentences: Sentence[]; sentenceOf: Int32Array } {
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(doc.tokens.length);
  const toks = doc.tokens;
  let s0 = 0;
  const push = (end: number) => {
    if (end > s0) sentences.push({ firstToken: s0, endToken: end, paragraph: toks[s0].paragraph });
    s0 = end;
  };
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t];
    const next = toks[t + 1];
    if (
      t > s0 &&
      tok.paragraph !== toks[t - 1].paragraph &&
      !(doc.quoteAt[t] >= 0 && doc.quoteAt[t] === doc.quoteAt[t - 1])
    ) {
      push(t);
    }
    if (!next) break;
    const qi = doc.quoteAt[t];
    // "… in the U.S. He says …": an abbreviation's period also ends the sentence when a sentence opener follows
    if (
      qi < 0 &&
      tok.kind === 'word' &&
      /\.$/.test(tok.text) &&
      /^(?:\p{Lu}\.){2,}$|^(?:Inc|Corp|Co|Jr|Sr|Ltd)\.$/u.test(tok.text) &&
      next.kind === 'word' &&
      next.paragraph === tok.paragraph &&
      SENTENCE_OPENER.test(next.text) &&
      doc.quoteAt[t + 1] < 0
    ) {
      push(t + 1);
      continue;
    }
    if (qi < 0 && (SENT_END.has(tok.text) || (tok.text === ':' && next.paragraph !== tok.paragraph))) {
      if (
        next.paragraph !== tok.paragraph ||
        next.capitalised ||
        OPEN_Q.has(next.text) ||
        /^\d/.test(next.text) ||
        next.kind === 'quote'
      ) {
        // a closing quote right after the period belongs to this sentence
        push(t + 1);
      }
    } else if (qi >= 0 && doc.quotes[qi].closeToken === t && doc.quoteAt[t + 1] !== qi) {
      const prev = toks[t - 1];
      if (
        prev &&
        SENT_END.has(prev.text) &&
        (next.capitalised || (OPEN_Q.has(next.text) && next.paragraph === tok.paragraph)) &&
        !startsAttribution(doc, t + 1)
      ) {
        push(t + 1);
      }
    }
  }
  push(toks.length);
  sentences.forEach((s, si) => {
    for (let t = s.firstToken; t < s.endToken; t++) sentenceOf[t] = si;
  });
  return { sentences, sentenceOf };
}

/** "…,” said Smith" / "…” Smith said." — the words after a quote attribute it (and report nothing else). */
function startsAttribution(doc: QuotedTokens, t: number): boolean {
  const toks = doc.tokens;
  for (let k = t; k < Math.min(toks.length, t + 7); k++) {
    const u = toks[k];
    if (u.paragraph !== toks[t].paragraph) return false;
    if (u.kind === 'quote' || (u.kind === 'punct' && u.text !== '(' && u.text !== ')' && u.text !== '-')) return false;
    const ci = cueInfo(u.lower);
    if (ci && SPEECH_BASES.has(ci.base) && !u.capitalised) {
      // the cue must close the sentence: "Johnson said." / "said Johnson, …" / "he told reporters."
      for (let m = k + 1; m < Math.min(toks.length, k + 8); m++) {
        const v = toks[m];
        // "…done.” He added, “In this case …”": after a finished sentence, an attribution that runs into a new
        // quote introduces that quote
        if (
          v.kind === 'punct' &&
          /^[,:]$/.test(v.text) &&
          toks[m + 1] &&
          doc.quoteAt[m + 1] >= 0 &&
          doc.quotes[doc.quoteAt[m + 1]].openToken === m + 1
        )
          return false;
        if (v.kind === 'punct' && /^[.,;!?]$/.test(v.text)) return true;
        // “…” Trump called the senator a “nasty guy”: words between the verb and a quote are its complement
        if (v.kind === 'quote') return m === k + 1;
        if (v.paragraph !== u.paragraph) return true;
        if (v.kind === 'word' && /^(that|whether|if|how|why|what)$/.test(v.lower)) return false;
      }
      return false;
    }
  }
  return false;
}
