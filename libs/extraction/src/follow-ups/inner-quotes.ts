/** Pass 7, follow-ups: inner quotes, quotes inside content another attribution already reports belong to it. */
import { AnalysedText } from '../analysed-text';
import { speechLike } from '../grammar/quoted-words';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';
import { isHeadline } from '../special/headlines';

/**
 * A quote left over inside the content of an attribution ("John McCain: Anger Appeals to ‘Bad Angels Of Our
 * Nature’") is the source's wording: it joins that attribution, which becomes a partial quote if it was indirect.
 */
export function attachInnerQuotes(
  doc: AnalysedText,
  attributions: RawAttribution[],
  used: Set<number>,
  budget: TimeBudget,
): void {
  for (let quoteIndex = 0; quoteIndex < doc.quotes.length; quoteIndex++) {
    budget.check();
    if (used.has(quoteIndex)) continue;
    const quote = doc.quotes[quoteIndex];
    const quoteEnd = quote.pieces[quote.pieces.length - 1].end;
    const holder = attributions.find((attribution) =>
      attribution.parts.some((part) => part.start <= quote.start && part.end >= quoteEnd),
    );
    if (!holder) continue;
    // inside reported content even a name or a one-word quote is the source's wording ("hailed Trump as “The
    // Comeback Kid”", "rated it “Mostly True.”"); standing alone it would more likely be a title or a scare quote.
    // Headlines are all title case and quote single words: every quote in a headline attribution is quoted speech.
    if (
      !speechLike(doc, quoteIndex) &&
      !isHeadline(doc, doc.tokens[quote.openToken].paragraph) &&
      !(holder.source && holder.cue)
    )
      continue;
    holder.quoteIndices.push(quoteIndex);
    holder.quoteIndices.sort((a, b) => a - b);
    if (holder.kind === 'indirect') holder.kind = 'partial';
    used.add(quoteIndex);
  }
}
