/** Questions put to somebody with nobody named asking: "When asked whether …", "was asked about …". */
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
