/** Questions: put to somebody with nobody named asking ("When asked whether …"), and the paper's own yes/no questions. */
import { AnalysedText } from '../analysed-text';
import { RawAttribution } from '../raw-attribution';

/** The question reported by "asked" at token `asked`, when nobody is named asking it; the speaker is left open. */
export function askedQuestionAttribution(
  doc: AnalysedText,
  sentenceIndex: number,
  asked: number,
): RawAttribution | null {
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  if (!/^(asked|being)$/.test(tokens[asked].lower)) return null;
  let before = asked - 1;
  while (
    before >= sentence.firstToken &&
    tokens[before].kind === 'word' &&
    /^(when|was|were|is|are|been|being|be|after|also|later|repeatedly|once|again|then|twice|if)$/.test(
      tokens[before].lower,
    )
  )
    before--;
  const opener =
    before < sentence.firstToken ||
    tokens[before].text === ',' ||
    (tokens[before].kind === 'quote' && doc.quoteAt[before] >= 0);
  const passive = /^(was|were|is|are|been|being|be)$/.test(tokens[asked - 1]?.lower ?? '');
  if (!opener && !passive) return null;
  const next = tokens[asked + 1];
  if (!next || next.kind !== 'word' || !/^(whether|if|what|who|whom|how|why|which|when|where|about)$/.test(next.lower))
    return null;
  const contentStart = next.lower === 'about' ? asked + 2 : asked + 1;
  let contentEnd = contentStart;
  while (
    contentEnd < sentence.endToken &&
    !/^[,;:.!?—–]$|^--$/.test(tokens[contentEnd].text) &&
    doc.quoteAt[contentEnd] < 0 &&
    contentEnd - contentStart < 40
  )
    contentEnd++;
  if (contentEnd - contentStart < 1 || contentEnd - contentStart >= 40) return null;
  return {
    cue: { firstToken: asked, endToken: next.lower === 'about' ? asked + 2 : asked + 1 },
    source: null,
    parts: [{ start: tokens[contentStart].start, end: tokens[contentEnd - 1].end }],
    quoteIndices: [],
    kind: 'indirect',
    sentenceIndex,
  };
}

/** A finite auxiliary that opens a yes/no question: "Did …", "Has …", "Won't …". */
const QUESTION_AUXILIARY =
  /^(?:do|does|did|has|have|had|is|are|was|were|will|would|can|could|should|shall|may|might|must)$|n['’]t$/;

/**
 * Whether the sentence is a yes/no question of the paper's ("Did the mayor say the budget was balanced?", "Has anyone
 * told you the plant will close?"): a verb of saying in it asks whether something was said, and reports nothing.
 */
export function isYesNoQuestion(doc: AnalysedText, sentenceIndex: number, cue: number): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[sentenceIndex];
  const last = sentence.endToken - 1;
  if (last < sentence.firstToken || tokens[last].text !== '?' || doc.quoteAt[last] >= 0) return false;
  let first = sentence.firstToken;
  // (past an interview's "Q:" and a joining word: "Q: Did you …", "But did she …")
  if (tokens[first]?.text === 'Q' && tokens[first + 1]?.text === ':') first += 2;
  if (/^(?:and|but|so|or|then)$/.test(tokens[first]?.lower ?? '')) first++;
  const opening = tokens[first];
  if (!opening || opening.kind !== 'word' || doc.quoteAt[first] >= 0 || !QUESTION_AUXILIARY.test(opening.lower))
    return false;
  // (a relative clause in the question is stated, not asked: "will their editors, who once called these stories
  // “dull”, publish them?")
  for (let at = cue - 1; at >= Math.max(first, cue - RELATIVE_REACH); at--)
    if (/^(?:who|which)$/.test(tokens[at].lower)) return false;
  return true;
}

/** How many words back from a cue a "who"/"which" is taken to open the clause the cue is in. */
const RELATIVE_REACH = 3;
