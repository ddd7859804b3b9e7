/** Signed quotes: "“…” ― Sonya Herridge", a quote followed by a dash and a name. */
import { AnalysedText } from '../analysed-text';
import { nounPhraseStartingAt } from '../grammar/noun-phrases';
import { wordsOnlyInQuotes } from '../grammar/token-runs';
import { RawAttribution } from '../raw-attribution';

/** "“…” ― Sonya Herridge": a quote signed with a dash and a name at the end of the paragraph. */
export function dashAttribution(doc: AnalysedText, si: number): RawAttribution | null {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  for (let t = s.firstToken; t < s.endToken; t++) {
    const qi = doc.quoteAt[t];
    if (qi < 0 || doc.quotes[qi].closeToken !== t) continue;
    const d = toks[t + 1];
    if (!d || d.paragraph !== toks[t].paragraph || !/^(―|—|–|-|--)$/.test(d.text)) continue;
    const np = nounPhraseStartingAt(doc, t + 2, s.endToken);
    if (!np || !toks[np.firstToken].capitalised) continue;
    const after = toks[np.endToken];
    if (after && after.paragraph === d.paragraph && !/^[,.(]$/.test(after.text)) continue;
    const q = doc.quotes[qi];
    if (!wordsOnlyInQuotes(doc, s.firstToken, q.openToken)) continue;
    return {
      cue: { firstToken: t + 1, endToken: t + 2 },
      source: np,
      parts: [...q.pieces],
      quoteIndices: [qi],
      kind: 'direct',
      sentenceIndex: si,
    };
  }
  return null;
}
