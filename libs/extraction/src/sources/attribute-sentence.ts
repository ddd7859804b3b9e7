/**
 * Pass 5, sources: the attributions of one sentence. Special constructions (a transcript turn, a signed quote) come
 * first; the sentence's cues then attribute what they can among the quotes the constructions left.
 */
import { AnalysedText } from '../analysed-text';
import { Cue } from '../cues';
import { RawAttribution } from '../raw-attribution';
import { attributeCue } from './cue-attribution';
import { raisingAttributions } from '../special/raising-verbs';
import { dashAttribution } from '../special/signed-quotes';
import { stanceAdjectives } from '../special/stance-adjectives';
import { stanceNouns } from '../special/stance-nouns';
import { colonAttribution } from '../special/transcript-turns';

// ---------------------------------------------------------------------------------------------------------------
// sentences

export function analyzeSentence(
  doc: AnalysedText,
  si: number,
  usedQuotes: Set<number>,
  cuesBySentence: Cue[][],
  turnNames: Map<string, boolean>,
): RawAttribution[] {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  const out: RawAttribution[] = [];
  const cues = cuesBySentence[si];
  // quotes in this sentence
  const sentQuotes: number[] = [];
  for (let t = s.firstToken; t < s.endToken; t++) {
    const qi = doc.quoteAt[t];
    // a quote's tokens are consecutive, so a new one shows at its first token
    if (qi >= 0 && qi !== doc.quoteAt[t - 1] && doc.quotes[qi].openToken >= s.firstToken) sentQuotes.push(qi);
  }
  // colon cue: "PENCE: …", "Pat Caddell: …" at the start of a paragraph
  const colon = colonAttribution(doc, si, turnNames);
  if (colon) out.push(colon);
  const dash = dashAttribution(doc, si);
  if (dash) out.push(dash);
  if (!colon && !dash) for (const r of raisingAttributions(doc, si)) out.push(r);
  if (!colon && !dash) for (const r of stanceAdjectives(doc, si)) out.push(r);
  if (!colon && !dash) for (const r of stanceNouns(doc, si)) out.push(r);

  const claimed = new Set<number>([...(colon ? colon.quoteIndices : []), ...(dash ? dash.quoteIndices : [])]);

  // the next cue that can start an attribution of its own (weak cues inside a reported clause — "he had not seen" —
  // rarely do), found from the end so that a sentence full of cues costs one pass
  const nextStrong: Cue[] = [];
  for (let ci = cues.length - 1, found: Cue | undefined; ci >= 0; ci--) {
    nextStrong[ci] = found ?? cues[ci + 1];
    if (cues[ci].strength === 'strong' || cues[ci].sourceAfter) found = cues[ci];
  }
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    const nextCue = nextStrong[ci];
    const a = attributeCue(doc, si, cue, nextCue, sentQuotes, claimed, out);
    if (a) {
      a.quoteIndices.forEach((q) => claimed.add(q));
      out.push(a);
    }
  }
  return out;
}
