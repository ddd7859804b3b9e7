/** Stance adjectives: "Graham has been critical of Trump", "aides were coy about whether …". */
import { AnalysedText } from '../analysed-text';
import { clauseEnd } from '../grammar/clauses';
import { nounPhraseEndingAt } from '../grammar/noun-phrases';
import { validSource } from '../grammar/plausible-sources';
import { overlapsQuote } from '../grammar/token-runs';
import { STANCE_ADJECTIVES } from '../lexicon';
import { RawAttribution } from '../raw-attribution';

/**
 * Stances held in an adjective: "Graham has been critical of Trump", "aides were coy about whether …", "Democratic
 * leaders increasingly worried about a lack of passion". The content is what the stance is about.
 */
export function stanceAdjectives(doc: AnalysedText, si: number): RawAttribution[] {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  const out: RawAttribution[] = [];
  for (let t = s.firstToken + 1; t < s.endToken - 2; t++) {
    const u = toks[t];
    if (u.kind !== 'word' || u.capitalised || doc.quoteAt[t] >= 0) continue;
    const preps = STANCE_ADJECTIVES.get(u.lower);
    const p = toks[t + 1];
    if (!preps || p.kind !== 'word' || !preps.has(p.lower) || doc.quoteAt[t + 1] >= 0) continue;
    // back over adverbs and a copula to the subject
    let j = t - 1;
    while (
      j > s.firstToken &&
      toks[j].kind === 'word' &&
      !toks[j].capitalised &&
      /^(too|so|very|more|less|most|least|increasingly|deeply|particularly|especially|not|n't|n’t|also|still|already|openly|publicly|privately|sharply|highly|extremely|fairly|quite|rather|somewhat|equally|remained|remain|remains|become|became|becoming|grew|grown|got|seem|seems|seemed|appear|appears|appeared|feel|feels|felt|is|are|was|were|be|been|being|am|has|have|had|will|would|could|should|may|might|’s|'s|’re|'re)$/.test(
        toks[j].lower,
      )
    )
      j--;
    const np = nounPhraseEndingAt(doc, j, s.firstToken);
    if (!np || !validSource(doc, np) || overlapsQuote(doc, np)) continue;
    const c0 = t + 2;
    const c1 = clauseEnd(doc, c0, s.endToken, s.endToken);
    if (c1 <= c0 || toks[c0].kind !== 'word') continue;
    // quoted words nearby belong to the speech verbs around, not to a stance
    let quoted = false;
    for (let m = c0; m < c1 && !quoted; m++) quoted = doc.quoteAt[m] >= 0;
    if (quoted) continue;
    out.push({
      cue: { firstToken: t, endToken: t + 2 },
      source: np,
      parts: [{ start: toks[c0].start, end: toks[c1 - 1].end }],
      quoteIndices: [],
      kind: 'indirect',
      sentenceIndex: si,
      clause: { firstToken: c0, endToken: c1 },
    });
    t = c1;
  }
  return out;
}
