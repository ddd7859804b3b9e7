/**
 * Pass 7, follow-ups: continuations, a quote nobody attributed that goes on from an attributed one, in the same paragraph or
 * the next (one speaker quoted over several paragraphs).
 */
import { AnalysedText } from '../analysed-text';
import { speechLike, wordCount } from '../grammar/quoted-words';
import { noWordsBetween, hasWordsOutsideQuotes, wordsOnlyInQuotes } from '../grammar/token-runs';
import { cueInfo } from '../lexicon/reporting-verbs';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';

/**
 * Walks the quotes in order, following the chain of the last direct quotation: an unattributed quote that makes a
 * sentence of its own in the same paragraph or the next joins that quotation (`attributions` are extended in place,
 * `used` records the quotes they take).
 */
export function attachContinuations(
  doc: AnalysedText,
  attributions: RawAttribution[],
  used: Set<number>,
  budget: TimeBudget,
): void {
  const { tokens, quotes } = doc;
  const byQuote = new Map<number, RawAttribution>();
  for (const attribution of attributions)
    for (const quoteIndex of attribution.quoteIndices) byQuote.set(quoteIndex, attribution);
  const lastQuoteOf = (attribution: RawAttribution) =>
    quotes[attribution.quoteIndices[attribution.quoteIndices.length - 1]];
  let chain: RawAttribution | undefined;
  let chainParagraph = -1;
  for (let quoteIndex = 0; quoteIndex < quotes.length; quoteIndex++) {
    budget.check();
    const quote = quotes[quoteIndex];
    const paragraph = tokens[quote.openToken].paragraph;
    if (used.has(quoteIndex)) {
      const attribution = byQuote.get(quoteIndex);
      if (
        chain &&
        attribution !== chain &&
        attribution?.kind !== 'direct' &&
        doc.sentenceOf[quote.openToken] === doc.sentenceOf[lastQuoteOf(chain).closeToken]
      ) {
        // a quote inside the attribution's own sentence ("“A,” said Smith, who noted prices had “cratered.” “B.”")
        // does not break the chain
        continue;
      }
      if (
        attribution &&
        (attribution.kind === 'direct' ||
          (attribution.kind === 'partial' &&
            !!attribution.source &&
            !!attribution.cue &&
            attribution.cue.firstToken > quote.closeToken &&
            attribution.quoteIndices[attribution.quoteIndices.length - 1] === quoteIndex))
      ) {
        // a partial quote with its own attribution ("Golf clubs are “just scratching out a profit,” Hedge said.") can
        // go on in the next sentence too
        chain = attribution;
        chainParagraph = tokens[lastQuoteOf(attribution).closeToken].paragraph;
      } else chain = undefined;
      continue;
    }
    const sentenceIndex = doc.sentenceOf[quote.openToken];
    const sentence = doc.sentences[sentenceIndex];
    const chainQuote = chain ? lastQuoteOf(chain) : undefined;
    const inChainSentence = !!chainQuote && doc.sentenceOf[chainQuote.closeToken] === sentenceIndex;
    // a title inside the attribution ("he said on “Meet the Press.”") does not break the chain
    if (inChainSentence && !speechLike(doc, quoteIndex)) continue;
    // the quote must be the whole sentence, or follow the attribution of the last quote ("“A,” he said in Calif. “B.”")
    const whole =
      (wordsOnlyInQuotes(doc, sentence.firstToken, quote.openToken) ||
        inChainSentence ||
        shortOpenerBefore(doc, sentence.firstToken, quote.openToken)) &&
      (noWordsBetween(doc, quote.closeToken + 1, sentence.endToken) ||
        (wordCount(doc, quoteIndex) >= 5 && shortTail(doc, quote.closeToken + 1, sentence.endToken)));
    if (!whole || !chain || !chainQuote || quote.style !== 'double') {
      if (quote.closeToken - quote.openToken > 3) chain = undefined;
      continue;
    }
    // something other than quotes between the last attributed quote and this one breaks the chain
    if (hasWordsOutsideQuotes(doc, chainQuote.closeToken + 1, quote.openToken, doc.sentenceOf[chainQuote.closeToken])) {
      chain = undefined;
      continue;
    }
    if (paragraph === chainParagraph) {
      chain.parts.push(...quote.pieces);
      chain.quoteIndices.push(quoteIndex);
      used.add(quoteIndex);
    } else if (paragraph === chainParagraph + 1) {
      // the speaker goes on in the next paragraph: one quotation, as PolNeAR and most readers count it
      chain.parts.push(...quote.pieces);
      chain.quoteIndices.push(quoteIndex);
      used.add(quoteIndex);
      chainParagraph = tokens[quote.closeToken].paragraph;
    }
  }
}

/** "Now, “…”" / "Still, “…”": one or two words and a comma before a quote that opens the rest of the sentence. */
function shortOpenerBefore(doc: AnalysedText, sentenceStart: number, quoteStart: number): boolean {
  if (quoteStart - sentenceStart < 2 || quoteStart - sentenceStart > 3 || doc.tokens[quoteStart - 1].text !== ',')
    return false;
  for (let i = sentenceStart; i < quoteStart - 1; i++)
    if (doc.tokens[i].kind !== 'word' || doc.quoteAt[i] >= 0 || cueInfo(doc.tokens[i].lower)) return false;
  return true;
}

/** A few words after a quote that attribute nothing (", which votes June 7", "or to control the arsenal"). */
function shortTail(doc: AnalysedText, from: number, sentenceEnd: number): boolean {
  let words = 0;
  for (let i = from; i < sentenceEnd; i++) {
    const token = doc.tokens[i];
    if (doc.quoteAt[i] >= 0) return false;
    if (token.kind === 'word') {
      words++;
      if (cueInfo(token.lower) && !token.capitalised) return false;
    }
  }
  return words <= 8;
}
