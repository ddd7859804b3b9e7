/**
 * The attribution passes in order: for each sentence its special constructions and the attribution of its cues,
 * then the follow-ups that give the quotes left over a speaker.
 */
import { AnalysedText } from './analysed-text';
import { Cue } from './cues';
import { continuations } from './follow-ups/continuations';
import { claimInnerQuotes } from './follow-ups/inner-quotes';
import { leftovers } from './follow-ups/leftovers';
import { TimeBudget } from './limits';
import { RawAttribution } from './raw-attribution';
import { analyzeSentence } from './sources/attribute-sentence';

export function analyze(doc: AnalysedText, cues: Cue[][], budget: TimeBudget): RawAttribution[] {
  const out: RawAttribution[] = [];
  const usedQuotes = new Set<number>();
  const turnNames = new Map<string, boolean>();
  for (let si = 0; si < doc.sentences.length; si++) {
    budget.check();
    const found = analyzeSentence(doc, si, usedQuotes, cues, turnNames);
    for (const a of found) {
      a.quoteIndices.forEach((q) => usedQuotes.add(q));
      out.push(a);
    }
  }
  continuations(doc, out, usedQuotes, budget);
  claimInnerQuotes(doc, out, usedQuotes, budget);
  leftovers(doc, out, usedQuotes, budget);
  out.sort((a, b) => a.parts[0].start - b.parts[0].start);
  return out;
}
