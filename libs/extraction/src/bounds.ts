/**
 * The bounds of EXTRACTION_LIMITS, checked between the passes: each one before the work it bounds, so that a hostile
 * text is refused with a reason instead of being analysed for minutes.
 */
import { AnalysedText } from './analysed-text';
import { Cue } from './cues';
import { ExtractionLimitError, ExtractionLimits, LimitKind } from './limits';
import { QuoteSpan } from './quotes';
import { RawAttribution } from './raw-attribution';
import { RAISING_VERB } from './special/raising-verbs';

export function checkQuoteCount(quotes: QuoteSpan[], limits: ExtractionLimits): void {
  if (quotes.length > limits.maxQuotes) {
    throw new ExtractionLimitError(
      LimitKind.Quotes,
      `the text has ${quotes.length.toLocaleString('en')} quotations; at most ${limits.maxQuotes.toLocaleString('en')} are read in one article`,
    );
  }
}

/**
 * Refuses, before any analysis, a text whose sentences would cost more than the bounds (see EXTRACTION_LIMITS):
 * too many quote marks in one sentence, or too many scans of its sentences for its length.
 */
export function checkSentenceWork(doc: AnalysedText, cues: Cue[][], limits: ExtractionLimits): void {
  let work = 0;
  doc.sentences.forEach((sentence, sentenceIndex) => {
    let marks = 0;
    let anchors = cues[sentenceIndex].length;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i];
      if (token.kind === 'quote') marks++;
      else if (RAISING_VERB.test(token.lower)) anchors++;
    }
    if (marks > limits.maxQuoteMarksPerSentence) {
      throw new ExtractionLimitError(
        LimitKind.QuoteMarks,
        `a sentence has ${marks.toLocaleString('en')} quote marks; at most ${limits.maxQuoteMarksPerSentence} are read in one sentence`,
      );
    }
    work += (sentence.endToken - sentence.firstToken) * (1 + anchors + marks);
  });
  const perToken = work / Math.max(1, doc.tokens.length);
  if (doc.tokens.length >= 1_000 && perToken > limits.maxScansPerToken) {
    throw new ExtractionLimitError(
      LimitKind.ScanWork,
      `the text packs so many quotes and reporting verbs into its sentences that analysing it would take ${Math.round(perToken)} scans per word; at most ${limits.maxScansPerToken} are made`,
    );
  }
}

export function checkReportedCoverage(
  attributions: RawAttribution[],
  textLength: number,
  limits: ExtractionLimits,
): void {
  let reported = 0;
  for (const raw of attributions) for (const part of raw.parts) reported += part.end - part.start;
  if (reported > Math.max(20_000, limits.maxReportedCoverage * textLength)) {
    throw new ExtractionLimitError(
      LimitKind.ReportedCoverage,
      `reported speech nested in reported speech covers the text ${(reported / textLength).toFixed(1)} times over; at most ${limits.maxReportedCoverage} times is analysed`,
    );
  }
}
