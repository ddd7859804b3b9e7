/** Stance nouns: "his criticism of the plan", "questions about her health", "calls for a recount". */
import { AnalysedText, TokenRange } from '../analysed-text';
import { nounPhraseEndingAt } from '../grammar/noun-phrases';
import { validSource } from '../grammar/plausible-sources';
import { OWNERLESS_STANCE, STANCE_NOUNS } from '../lexicon/stance-words';
import { RawAttribution } from '../raw-attribution';

/**
 * Stances and statements named by a noun: "his criticism of the plan", "Trump’s attacks on the judge", "questions
 * about her health", "calls for a recount". The content is what they are about; the owner, when there is one, the
 * source.
 */
export function stanceNounAttributions(doc: AnalysedText, sentenceIndex: number): RawAttribution[] {
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  const found: RawAttribution[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken - 2; i++) {
    const noun = tokens[i];
    if (noun.kind !== 'word' || noun.capitalised || doc.quoteAt[i] >= 0) continue;
    const prepositions = STANCE_NOUNS.get(noun.lower);
    const preposition = tokens[i + 1];
    if (!prepositions || preposition.kind !== 'word' || !prepositions.has(preposition.lower) || doc.quoteAt[i + 1] >= 0)
      continue;
    // the owner: "his", "Trump’s", "the senator’s"
    let source: TokenRange | null = null;
    let ownerEnd = i - 1;
    while (
      ownerEnd >= sentence.firstToken &&
      tokens[ownerEnd].kind === 'word' &&
      !tokens[ownerEnd].capitalised &&
      /^(repeated|recent|latest|new|harsh|sharp|fierce|withering|public|frequent|earlier|early|strong|vocal|many|several|numerous|renewed|growing|continued|initial|infamous|controversial|own)$/.test(
        tokens[ownerEnd].lower,
      )
    )
      ownerEnd--;
    if (ownerEnd >= sentence.firstToken && /^(his|her|their|its|my|our)$/.test(tokens[ownerEnd].lower))
      source = { firstToken: ownerEnd, endToken: ownerEnd + 1 };
    else if (ownerEnd >= sentence.firstToken && /^['’]s$/.test(tokens[ownerEnd].text)) {
      const owner = nounPhraseEndingAt(doc, ownerEnd - 1, sentence.firstToken);
      if (owner && validSource(doc, owner)) source = { firstToken: owner.firstToken, endToken: ownerEnd + 1 };
    }
    // without an owner, only nouns that nearly always report a stance held by somebody ("questions about her
    // health", "calls for a recount", "criticism of the plan"); "support for", "an attack on", "a comment on" name
    // as often a policy, a military strike or an invitation to comment
    if (!source && !OWNERLESS_STANCE.test(`${noun.lower} ${preposition.lower}`)) continue;
    // the object: up to the next comma, semicolon, dash, quote or sentence end
    const contentStart = i + 2;
    let contentEnd = contentStart;
    while (
      contentEnd < sentence.endToken &&
      doc.quoteAt[contentEnd] < 0 &&
      !/^[,;:.!?()—–]$|^--$/.test(tokens[contentEnd].text) &&
      contentEnd - contentStart < 25
    )
      contentEnd++;
    if (contentEnd <= contentStart || tokens[contentStart].kind !== 'word' || contentEnd - contentStart >= 25) continue;
    found.push({
      cue: { firstToken: i, endToken: i + 2 },
      source,
      parts: [{ start: tokens[contentStart].start, end: tokens[contentEnd - 1].end }],
      quoteIndices: [],
      kind: 'indirect',
      sentenceIndex,
    });
    i = contentEnd;
  }
  return found;
}
