/** What the steps of the attribution of a cue share: the cue and its sentence, the source found, the content found. */
import { AnalysedText, Sentence, TokenRange } from '../analysed-text';
import { Cue } from '../cues';
import { CharRange, RawAttribution } from '../raw-attribution';

export interface CueContext {
  doc: AnalysedText;
  sentenceIndex: number;
  sentence: Sentence;
  cue: Cue;
  /** The next cue of the sentence that can start an attribution of its own. */
  nextCue: Cue | undefined;
  /** The quotes that start in the sentence, in order. */
  sentenceQuotes: number[];
  /** Quotes of the sentence another attribution has already taken. */
  claimed: Set<number>;
  /** A speech verb or "according to": it may introduce a quote by itself. */
  isSpeech: boolean;
}

/** Who a cue points at, and the tokens the source and the cue take together ("Smith said", "said Smith"). */
export interface CueSource {
  source: TokenRange | null;
  /** First token of the source-and-cue group. */
  groupStart: number;
  /** The token after the group. */
  groupEnd: number;
  /** The source follows the cue: "“…,” said Smith", "…, according to the report". */
  inverted: boolean;
}

/** What a cue reports. */
export interface CueContent {
  parts: CharRange[];
  quoteIndices: number[];
  kind: RawAttribution['kind'];
  /** "He said:" ending a paragraph: the content is the paragraph after it. */
  nextParagraph?: boolean;
  /** The subject a clause opening with its verb has before the speaker ("pension costs, which she said had risen"). */
  subject?: CharRange;
}
