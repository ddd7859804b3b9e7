/**
 * Raising verbs: "Clinton seemed irritated", "Trump is expected to win": an impression reported with nobody named.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { cueAt } from '../cues';
import { clauseEnd } from '../grammar/clauses';
import { accordingToIn } from '../grammar/token-runs';
import { nounPhraseEndingAt } from '../grammar/noun-phrases';
import { AUX_ADV } from '../lexicon/function-words';
import { CharRange, RawAttribution } from '../raw-attribution';

/** Verbs that report an impression with nobody named ("seemed", "is expected to"): see raisingVerbAttributions. */
export const RAISING_VERB = /^(?:seem|seems|seemed|appear|appears|appeared|expected)$/;

/**
 * Evidential and expectation verbs with nobody named: "Clinton seemed irritated", "the fax machine appears to have
 * been broken", "Trump is expected to win". The reported content is the subject together with its complement.
 */
export function raisingVerbAttributions(doc: AnalysedText, sentenceIndex: number): RawAttribution[] {
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  const found: RawAttribution[] = [];
  for (let i = sentence.firstToken + 1; i < sentence.endToken - 1; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.quoteAt[i] >= 0) continue;
    let cue: TokenRange;
    let subjectEnd = i;
    if (RAISING_VERB.test(token.lower) && token.lower !== 'expected') {
      cue = { firstToken: i, endToken: i + 1 };
      // "appeared on Fox", "appears in court": only with a complement that describes or reports
      const next = tokens[i + 1];
      if (
        !next ||
        next.kind !== 'word' ||
        /^(on|in|at|before|with|for|from|as|alongside|onstage|together|again)$/.test(next.lower)
      )
        continue;
    } else if (
      token.lower === 'expected' &&
      /^(is|are|was|were|be|been|being|’s|'s)$/.test(tokens[i - 1].lower) &&
      tokens[i + 1]?.lower === 'to'
    ) {
      cue = { firstToken: i - 1, endToken: i + 1 };
      subjectEnd = i - 1;
    } else continue;
    let last = subjectEnd - 1;
    while (
      last >= sentence.firstToken &&
      tokens[last].kind === 'word' &&
      AUX_ADV.has(tokens[last].lower) &&
      !/^(who|which|that)$/.test(tokens[last].lower)
    )
      last--;
    const subject = last >= sentence.firstToken ? nounPhraseEndingAt(doc, last, sentence.firstToken) : null;
    if (
      !subject ||
      reportedBefore(doc, sentence.firstToken, subject.firstToken) ||
      accordingToIn(doc, i, sentence.endToken)
    )
      continue;
    const complementEnd = clauseEnd(doc, cue.endToken, sentence.endToken, sentence.endToken);
    if (complementEnd <= cue.endToken) continue;
    const parts: CharRange[] = [];
    // "It seems …", "There appear to be …": a dummy subject is not part of what is reported
    if (!(subject.endToken - subject.firstToken === 1 && /^(it|there)$/.test(tokens[subject.firstToken].lower)))
      parts.push({ start: tokens[subject.firstToken].start, end: tokens[subject.endToken - 1].end });
    parts.push({ start: tokens[cue.endToken].start, end: tokens[complementEnd - 1].end });
    found.push({ cue, source: null, parts, quoteIndices: [], kind: 'indirect', sentenceIndex });
  }
  return found;
}

/**
 * Whether a reporting verb before the impression's subject reports it: "Chen said the benefit appeared to level off"
 * is Chen's words, not an impression of nobody's.
 */
function reportedBefore(doc: AnalysedText, from: number, subjectStart: number): boolean {
  // back from the subject within its clause: no punctuation and no word opening another clause between ("Despite
  // what the mayor said, the council appears …", "After Jones said he would resign, the board appeared …")
  for (let i = subjectStart - 1; i >= Math.max(from, subjectStart - RAISING_LOOKBACK); i--) {
    const token = doc.tokens[i];
    if (token.kind !== 'word' || OTHER_CLAUSE.test(token.lower)) return false;
    const cue = cueAt(doc, i);
    if (cue) return cue.strength === 'strong' && !cue.sourceAfter;
  }
  return false;
}

/** Words that open a clause of their own before the impression's: its reporting verb is not the impression's. */
const OTHER_CLAUSE = /^(?:after|when|although|though|despite|while|because|if|since|before|what|as)$/;

/** How many tokens before the subject are read for a verb that reports it. */
const RAISING_LOOKBACK = 12;
