/**
 * The attribution passes in order: for each sentence its special constructions and the attribution of its cues
 * (passes 5 and 6), then the follow-ups that give the quotes left over a speaker (pass 7).
 */
import { AnalysedText } from './analysed-text';
import { Cue } from './cues';
import { attachContinuations } from './follow-ups/continuations';
import { attachInnerQuotes } from './follow-ups/inner-quotes';
import { attributeLeftoverQuotes } from './follow-ups/leftovers';
import { TimeBudget } from './limits';
import { RawAttribution } from './raw-attribution';
import { attributeSentence } from './sources/attribute-sentence';
import { TranscriptTurns } from './special/transcript-turns';

/** Every attribution of the text, sorted by where its content starts. `cues` are the cues of each sentence. */
export function findAttributions(doc: AnalysedText, cues: Cue[][], budget: TimeBudget): RawAttribution[] {
  const attributions: RawAttribution[] = [];
  const usedQuotes = new Set<number>();
  const turns = new TranscriptTurns(doc);
  for (let sentenceIndex = 0; sentenceIndex < doc.sentences.length; sentenceIndex++) {
    budget.check();
    for (const attribution of attributeSentence(doc, sentenceIndex, cues[sentenceIndex], turns)) {
      attribution.quoteIndices.forEach((quoteIndex) => usedQuotes.add(quoteIndex));
      attributions.push(attribution);
    }
  }
  attachContinuations(doc, attributions, usedQuotes, budget);
  attachInnerQuotes(doc, attributions, usedQuotes, budget);
  attributeLeftoverQuotes(doc, attributions, usedQuotes, budget);
  attributions.sort((a, b) => a.parts[0].start - b.parts[0].start);
  return attributions;
}
