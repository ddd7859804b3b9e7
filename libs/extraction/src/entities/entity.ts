/** The people, organisations and outlets an article names, and where it names them. */
import { TokenRange } from '../analysed-text';
import { SpeakerType } from '../types';

/** A person's gender as the text shows it (a first name, an honorific, a pronoun): male, female, or not known. */
export type Gender = 'm' | 'f' | 'x';
/** What a pronoun can refer to: a gender, or `n` a thing ("it"), `p` a group ("they", "we"). */
/** A party as a label after a legislator's name writes it: Republican, Democrat, independent. */
export type Party = 'R' | 'D' | 'I';
export type PronounGender = Gender | 'n' | 'p';

export interface Entity {
  id: number;
  /** The fullest name the text gives ("Brandon Johnson", even when "Johnson" came first). */
  name: string;
  type: SpeakerType;
  title?: string;
  gender: Gender;
  /** The place a titled person represents ("Chicago" for its mayor). */
  place?: string;
  /** The place written with the person's own name ("Ohio" in "Ohio Gov. Jane Roe"), not inferred from another's. */
  namedPlace?: string;
  /** The party the text gives the person ("R" for "Sen. Jo Roe (R-Kan.)", "Republican Jo Roe"). */
  party?: Party;
  /** A company the text describes as one ("Patriot Coal, a mining company,"): its first word alone names it too. */
  company?: boolean;
  /** Lower-case name words, for surname matching. */
  words: string[];
  last: string;
}

export interface Mention extends TokenRange {
  entity: Entity;
  start: number;
  end: number;
  inQuote: boolean;
  sentence: number;
}
