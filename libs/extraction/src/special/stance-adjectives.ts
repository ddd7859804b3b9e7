/** Stance adjectives: "Graham has been critical of Trump", "aides were coy about whether …". */
import { AnalysedText } from '../analysed-text';
import { clauseEnd } from '../grammar/clauses';
import { nounPhraseEndingAt, withGroupBefore } from '../grammar/noun-phrases';
import { validSource } from '../grammar/plausible-sources';
import { overlapsQuote } from '../grammar/token-runs';
import { STANCE_ADJECTIVES } from '../lexicon/stance-words';
import { RawAttribution } from '../raw-attribution';

/**
 * Stances held in an adjective: "Graham has been critical of Trump", "aides were coy about whether …", "Democratic
 * leaders increasingly worried about a lack of passion". The content is what the stance is about.
 */
export function stanceAdjectiveAttributions(doc: AnalysedText, sentenceIndex: number): RawAttribution[] {
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  const found: RawAttribution[] = [];
  for (let i = sentence.firstToken + 1; i < sentence.endToken - 2; i++) {
    const adjective = tokens[i];
    if (adjective.kind !== 'word' || adjective.capitalised || doc.quoteAt[i] >= 0) continue;
    const prepositions = STANCE_ADJECTIVES.get(adjective.lower);
    const preposition = tokens[i + 1];
    if (!prepositions || preposition.kind !== 'word' || !prepositions.has(preposition.lower) || doc.quoteAt[i + 1] >= 0)
      continue;
    // back over adverbs and a copula to the subject
    let last = i - 1;
    while (
      last > sentence.firstToken &&
      tokens[last].kind === 'word' &&
      !tokens[last].capitalised &&
      /^(too|so|very|more|less|most|least|increasingly|deeply|particularly|especially|not|n't|n’t|also|still|already|openly|publicly|privately|sharply|highly|extremely|fairly|quite|rather|somewhat|equally|remained|remain|remains|become|became|becoming|grew|grown|got|seem|seems|seemed|appear|appears|appeared|feel|feels|felt|is|are|was|were|be|been|being|am|has|have|had|will|would|could|should|may|might|’s|'s|’re|'re)$/.test(
        tokens[last].lower,
      )
    )
      last--;
    const bare = nounPhraseEndingAt(doc, last, sentence.firstToken);
    // "officials in Ohio were critical of …": the group, not the place or body after it
    const subject = bare && withGroupBefore(doc, bare, sentence.firstToken);
    if (!subject || !validSource(doc, subject) || overlapsQuote(doc, subject)) continue;
    // "without the press aware of the time": the stance is one they do not hold
    if (last === i - 1 && tokens[subject.firstToken - 1]?.lower === 'without') continue;
    const contentStart = i + 2;
    const contentEnd = clauseEnd(doc, contentStart, sentence.endToken, sentence.endToken);
    if (contentEnd <= contentStart || tokens[contentStart].kind !== 'word') continue;
    // quoted words nearby belong to the speech verbs around, not to a stance
    if (overlapsQuote(doc, { firstToken: contentStart, endToken: contentEnd })) continue;
    found.push({
      cue: { firstToken: i, endToken: i + 2 },
      source: subject,
      parts: [{ start: tokens[contentStart].start, end: tokens[contentEnd - 1].end }],
      quoteIndices: [],
      kind: 'indirect',
      sentenceIndex,
    });
    i = contentEnd;
  }
  return found;
}
