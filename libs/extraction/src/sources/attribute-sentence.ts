/**
 * Passes 5 and 6 for one sentence: its special constructions (special/: a transcript turn, a signed quote, raising
 * verbs, stance adjectives and nouns), then its sources: each cue's source and content, among the quotes the
 * constructions left.
 */
import { AnalysedText } from '../analysed-text';
import { Cue } from '../cues';
import { AUX_ADV } from '../lexicon/function-words';
import { RawAttribution } from '../raw-attribution';
import { raisingVerbAttributions } from '../special/raising-verbs';
import { signedQuoteAttribution } from '../special/signed-quotes';
import { stanceAdjectiveAttributions } from '../special/stance-adjectives';
import { saidThatNounAttributions, stanceNounAttributions } from '../special/stance-nouns';
import { TranscriptTurns } from '../special/transcript-turns';
import { attributeCue } from './cue-attribution';

export function attributeSentence(
  doc: AnalysedText,
  sentenceIndex: number,
  cues: Cue[],
  turns: TranscriptTurns,
): RawAttribution[] {
  const sentence = doc.sentences[sentenceIndex];
  const turn = turns.attribution(sentenceIndex);
  // the words of a transcript's or an interview's turn are its speaker's, a verb of saying in them included: no other
  // attribution starts in them
  if (!turn && turns.speaksAt(sentence.firstToken)) return [];
  if (turn && turn.kind === 'direct') cues = cues.filter((cue) => !turns.speaksAt(cue.firstToken));
  const found: RawAttribution[] = [];
  const sentenceQuotes: number[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const quoteIndex = doc.quoteAt[i];
    // a quote's tokens are consecutive, so a new one shows at its first token
    if (quoteIndex >= 0 && quoteIndex !== doc.quoteAt[i - 1] && doc.quotes[quoteIndex].openToken >= sentence.firstToken)
      sentenceQuotes.push(quoteIndex);
  }
  // "PENCE: …", "Pat Caddell: …" at the start of a paragraph; "“…” ― Sonya Herridge"
  if (turn) found.push(turn);
  const signed = signedQuoteAttribution(doc, sentenceIndex);
  if (signed) found.push(signed);
  if (!turn && !signed) {
    for (const raising of raisingVerbAttributions(doc, sentenceIndex)) found.push(raising);
    for (const stance of stanceAdjectiveAttributions(doc, sentenceIndex)) found.push(stance);
    for (const stance of stanceNounAttributions(doc, sentenceIndex)) found.push(stance);
  }

  const claimed = new Set<number>([...(turn ? turn.quoteIndices : []), ...(signed ? signed.quoteIndices : [])]);
  // "Trump’s claim that Obama “founded ISIS”": the quote is the claim's owner's, whoever reports the claim
  if (!turn && !signed)
    for (const said of saidThatNounAttributions(doc, sentenceIndex)) {
      said.quoteIndices.forEach((quoteIndex) => claimed.add(quoteIndex));
      found.push(said);
    }
  // the next cue that can start an attribution of its own (weak cues inside a reported clause — "he had not seen" —
  // rarely do), found from the end so that a sentence full of cues costs one pass
  const nextStrong: Cue[] = [];
  for (let i = cues.length - 1, strong: Cue | undefined; i >= 0; i--) {
    nextStrong[i] = strong ?? cues[i + 1];
    if (cues[i].strength === 'strong' || cues[i].sourceAfter) strong = cues[i];
  }
  // the attribution of each cue, by the cue's index
  const byCue: (RawAttribution | null)[] = [];
  // the cue each one's words stopped before (a silent one is passed: see extendPastSilentCue)
  const stoppedAt = [...nextStrong];
  for (let i = 0; i < cues.length; i++) {
    const attribution = attributeCue(doc, sentenceIndex, cues[i], nextStrong[i], sentenceQuotes, claimed, found);
    byCue[i] = attribution;
    if (attribution) {
      attribution.quoteIndices.forEach((quoteIndex) => claimed.add(quoteIndex));
      found.push(attribution);
    } else extendPastSilentCue(doc, sentenceIndex, cues, stoppedAt, i, byCue, sentenceQuotes, claimed, found);
  }
  giveQuotesToNestedAttributions(doc, found);
  return found;
}

/**
 * "She said the union would strike in May and had not ruled out further action": the earlier cue's words stopped
 * before the later cue, which attributes nothing of its own; they run on to the cue after it. The cue at `silent`
 * found nothing; the cue just before it, if it stopped there, is attributed again (once: a cost of two per cue).
 */
function extendPastSilentCue(
  doc: AnalysedText,
  sentenceIndex: number,
  cues: Cue[],
  stoppedAt: Cue[],
  silent: number,
  byCue: (RawAttribution | null)[],
  sentenceQuotes: number[],
  claimed: Set<number>,
  found: RawAttribution[],
): void {
  if (!coordinatedVerb(doc, cues[silent].firstToken)) return;
  let before = silent - 1;
  while (before >= 0 && !byCue[before]) before--;
  const earlier = before >= 0 ? byCue[before] : null;
  if (!earlier || stoppedAt[before] !== cues[silent] || earlier.kind === 'direct') return;
  const index = found.indexOf(earlier);
  // (only the last attribution found is redone: the ones after it read its quotes as taken)
  if (index !== found.length - 1) return;
  const others = new Set([...claimed].filter((quoteIndex) => !earlier.quoteIndices.includes(quoteIndex)));
  const again = attributeCue(
    doc,
    sentenceIndex,
    cues[before],
    stoppedAt[silent],
    sentenceQuotes,
    others,
    found.slice(0, index),
  );
  if (!again || again.parts[0].start !== earlier.parts[0].start) return;
  const lastEnd = (attribution: RawAttribution) => attribution.parts[attribution.parts.length - 1].end;
  if (lastEnd(again) <= lastEnd(earlier)) return;
  found[index] = again;
  byCue[before] = again;
  stoppedAt[before] = stoppedAt[silent];
  earlier.quoteIndices.forEach((quoteIndex) => claimed.delete(quoteIndex));
  again.quoteIndices.forEach((quoteIndex) => claimed.add(quoteIndex));
}

/**
 * Whether the cue at `at` is the verb of a phrase joined by "and"/"but" with no subject of its own ("… and had not
 * ruled out …", "… but would eventually add …"), not a clause with one ("… and she said") nor a relative ("which
 * media claimed").
 */
function coordinatedVerb(doc: AnalysedText, at: number): boolean {
  const { tokens } = doc;
  let before = at - 1;
  while (before > at - 4 && tokens[before]?.kind === 'word' && AUX_ADV.has(tokens[before].lower)) {
    if (/^(?:who|which|that)$/.test(tokens[before].lower)) return false;
    before--;
  }
  // the reported clause's own tense or mood goes on after the conjunction ("had", "would"); a bare verb or "has",
  // "did" may as well be the speaker's own deed ("urged them to rally and tried to …", "said … and did not respond")
  return (
    /^(?:and|but)$/.test(tokens[before]?.lower ?? '') &&
    doc.quoteAt[before] < 0 &&
    EMBEDDED_AUXILIARY.test(tokens[before + 1]?.lower ?? '')
  );
}

/** Auxiliaries that carry a reported clause's tense or mood on: "would strike … and had not ruled out". */
const EMBEDDED_AUXILIARY = /^(?:had|would|could|might|should|will|was|were|is|are|must|may|can)$/;

/** How many attributions of one sentence are compared pairwise for nesting; a sentence with more is left as it is. */
const MAX_NESTING_PAIRS = 32;

/**
 * "Christie described Clinton as a “disgrace” after she blamed police shootings on “implicit bias”": a quote that an
 * attribution took but that stands in the content of another one whose source is itself inside the first's content
 * (a report inside the report) is the inner speaker's.
 */
function giveQuotesToNestedAttributions(doc: AnalysedText, found: RawAttribution[]): void {
  if (found.length < 2 || found.length > MAX_NESTING_PAIRS) return;
  const { tokens, quotes } = doc;
  for (const outer of found) {
    if (!outer.cue || !outer.source || outer.kind !== 'partial' || outer.quoteIndices.length < 2) continue;
    const outerStart = outer.parts[0].start;
    const outerEnd = outer.parts[outer.parts.length - 1].end;
    for (const inner of found) {
      if (inner === outer || !inner.cue || !inner.source || inner.kind === 'direct') continue;
      const sourceStart = tokens[inner.source.firstToken].start;
      if (sourceStart < outerStart || sourceStart >= outerEnd || inner.cue.firstToken < inner.source.endToken) continue;
      const innerStart = inner.parts[0].start;
      const innerEnd = inner.parts[inner.parts.length - 1].end;
      const moved = outer.quoteIndices.filter(
        (quoteIndex) =>
          quotes[quoteIndex].openToken >= inner.cue!.endToken &&
          quotes[quoteIndex].start >= innerStart &&
          quotes[quoteIndex].end <= innerEnd,
      );
      // the outer attribution keeps its own first quote
      if (!moved.length || moved.length === outer.quoteIndices.length) continue;
      outer.quoteIndices = outer.quoteIndices.filter((quoteIndex) => !moved.includes(quoteIndex));
      inner.quoteIndices = [...inner.quoteIndices, ...moved].sort((a, b) => a - b);
      inner.kind = 'partial';
    }
  }
}
