/** Follow-up, inner quotes: quotes inside content another attribution already reports belong to it. */
import { AnalysedText } from '../analysed-text';
import { speechLike } from '../grammar/quoted-words';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';
import { isHeadline } from '../special/headlines';

/** Quotes inside reported content ("John McCain: Anger Appeals to ‘Bad Angels Of Our Nature’") belong to it. */
export function attachInnerQuotes(doc: AnalysedText, out: RawAttribution[], used: Set<number>, budget: TimeBudget) {
  for (let qi = 0; qi < doc.quotes.length; qi++) {
    budget.check();
    const q = doc.quotes[qi];
    // headlines are all title case and quote single words: every quote in a headline attribution is quoted speech
    if (used.has(qi)) continue;
    const a = out.find((x) => x.parts.some((p) => p.start <= q.start && p.end >= q.pieces[q.pieces.length - 1].end));
    if (!a) continue;
    // inside reported content even a name or a one-word quote is the source's wording ("hailed Trump as “The
    // Comeback Kid”", "rated it “Mostly True.”"); standing alone it would more likely be a title or a scare quote
    if (!speechLike(doc, qi) && !isHeadline(doc, doc.tokens[q.openToken].paragraph) && !(a.source && a.cue)) continue;
    a.quoteIndices.push(qi);
    a.quoteIndices.sort((x, y) => x - y);
    if (a.kind === 'indirect') a.kind = 'partial';
    used.add(qi);
  }
}
