/** Signed quotes: "“…” ― Sonya Herridge", a quote followed by a dash and a name. */
import { AnalysedText } from '../analysed-text';
import { nounPhraseStartingAt } from '../grammar/noun-phrases';
import { wordsOnlyInQuotes } from '../grammar/token-runs';
import { RawAttribution } from '../raw-attribution';

/** "“…” ― Sonya Herridge": a quote opening its sentence, signed with a dash and a name ending the paragraph. */
export function signedQuoteAttribution(doc: AnalysedText, sentenceIndex: number): RawAttribution | null {
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const quoteIndex = doc.quoteAt[i];
    if (quoteIndex < 0 || doc.quotes[quoteIndex].closeToken !== i) continue;
    const dash = tokens[i + 1];
    if (!dash || dash.paragraph !== tokens[i].paragraph || !/^(―|—|–|-|--)$/.test(dash.text)) continue;
    const name = nounPhraseStartingAt(doc, i + 2, sentence.endToken);
    if (!name || !tokens[name.firstToken].capitalised) continue;
    const after = tokens[name.endToken];
    if (after && after.paragraph === dash.paragraph && !/^[,.(]$/.test(after.text)) continue;
    const quote = doc.quotes[quoteIndex];
    if (!wordsOnlyInQuotes(doc, sentence.firstToken, quote.openToken)) continue;
    return {
      cue: { firstToken: i + 1, endToken: i + 2 },
      source: name,
      parts: [...quote.pieces],
      quoteIndices: [quoteIndex],
      kind: 'direct',
      sentenceIndex,
    };
  }
  return null;
}
