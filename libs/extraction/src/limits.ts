/**
 * What one article may cost. Every input the service accepts is hostile until proven otherwise, so the extraction
 * refuses work beyond these bounds with a reason a person can act on, instead of running for minutes.
 *
 * The bounds sit far above real news: the PolNeAR articles (up to 34 KB) have at most 82 quotes, 15 quote marks
 * in a sentence and 1,541 tokens in a sentence (a long quotation runs on as one sentence).
 */
export const EXTRACTION_LIMITS = {
  /** Quotations found in one article. */
  maxQuotes: 10_000,
  /** Quote marks in one sentence: each one may start a quote that the sentence's analysis scans around. */
  maxQuoteMarksPerSentence: 200,
  /**
   * The analysis of a sentence scans it about once for each quote, reporting verb and raising verb in it ("said",
   * "seemed"), so a text costs the sum over its sentences of their tokens times those anchors. That sum, per token
   * of the text, is bounded: it is what keeps a 2 MB text without sentence ends, or one dense with quotes and verbs,
   * near linear in time. PolNeAR articles need at most 10.3 (median 3); texts under 1,000 tokens are never refused.
   */
  maxScansPerToken: 50,
  /**
   * Reported words (quotes and reported clauses) across all attributions, as a multiple of the text's length. Claims
   * are split and scored from each attribution's content, so content that nests in itself over and over ("X seemed
   * Y seemed …") would multiply that work. PolNeAR articles reach 1.1; short texts may always reach 20,000 characters.
   */
  maxReportedCoverage: 3,
  /** Wall-clock budget for one article, checked as the analysis goes. */
  timeBudgetMs: 20_000,
} as const;

/** Bounds on a page before any DOM is built from it. Real news pages have a few thousand elements, nested < 60. */
export const HTML_LIMITS = {
  maxElements: 50_000,
  maxDepth: 400,
} as const;

export type ExtractionLimits = { -readonly [K in keyof typeof EXTRACTION_LIMITS]: number };

export enum LimitKind {
  Quotes = 'too-many-quotes',
  QuoteMarks = 'too-many-quote-marks',
  ScanWork = 'too-dense-to-analyse',
  ReportedCoverage = 'reported-speech-overlaps',
  Time = 'time-budget',
  Memory = 'memory-budget',
  HtmlElements = 'too-many-elements',
  HtmlDepth = 'nested-too-deep',
}

/** The input asks for more work than the bounds allow. Permanent: the same input fails the same way again. */
export class ExtractionLimitError extends Error {
  constructor(
    readonly kind: LimitKind,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionLimitError';
  }
}

/** A deadline checked from the loops of the analysis; cheap enough to call once per sentence or quote. */
export class TimeBudget {
  private readonly deadline: number;
  private calls = 0;

  constructor(private readonly budgetMs: number) {
    this.deadline = performance.now() + budgetMs;
  }

  static unlimited(): TimeBudget {
    return new TimeBudget(Number.POSITIVE_INFINITY);
  }

  /** Throws once the deadline has passed; `now` reads the clock at once, after a long step, not every 64 calls. */
  check(now = false): void {
    // Reading the clock costs more than the work between most calls.
    if ((++this.calls & 63) !== 0 && !now) return;
    if (performance.now() > this.deadline) {
      throw new ExtractionLimitError(
        LimitKind.Time,
        `the work took longer than its budget of ${formatDuration(this.budgetMs)}`,
      );
    }
  }
}

export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}
