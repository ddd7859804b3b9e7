/**
 * Word tags from compromise's lexicon ("Infinitive", "MaleName", "Place"…): what the rules ask of a word they cannot
 * read from its letters.
 */
import nlp from 'compromise';
import { Gender } from './entity';
import { wordTable } from '../lexicon/word-set';

/** The part of compromise's model read here: its lexicon, word -> tag (or tags, the first of which is kept). */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
}

// compromise's lexicon is static data (word -> tag); reading it once at load keeps lookups deterministic and cheap.
// Without compromise the module fails to load, rather than the rules quietly running without a lexicon.
const TAGS: Map<string, string> = (() => {
  const tags = new Map<string, string>();
  const lexicon = (nlp.model() as CompromiseModel).one.lexicon;
  for (const word of Object.keys(lexicon).sort()) {
    const tag = lexicon[word];
    tags.set(word, Array.isArray(tag) ? tag[0] : tag);
  }
  return tags;
})();

/** Words whose lexicon tag is verbal (finite verbs, infinitives, participles, auxiliaries). */
const VERBAL = new Set<string>();
for (const [word, tag] of TAGS)
  if (/Verb|Tense|Infinitive|Copula|Modal|Auxiliary|Gerund|Participle/.test(tag)) VERBAL.add(word);

/** The lexicon's tag of a lower-case word ("Infinitive", "Noun", "MaleName"…), if it has one. */
export function lexTag(lower: string): string | undefined {
  return TAGS.get(lower);
}

/** A city's or a state's name ("Chicago", "Ohio"): a place, never a person nor anyone who speaks. */
export function isCityOrRegion(lower: string): boolean {
  return /^(City|Region)$/.test(TAGS.get(lower) ?? '');
}

/** A company the lexicon knows by its first word or its whole name ("Volkswagen", "Exxon Mobil", "Goldman Sachs"). */
export function isCompanyName(name: string): boolean {
  const lower = name.toLowerCase();
  return TAGS.get(lower.split(/\s+/)[0]) === 'Organization' || TAGS.get(lower) === 'Organization';
}

export function isVerbalWord(lower: string): boolean {
  return VERBAL.has(lower);
}

/** The gender a first name suggests; null when the word is not a known first name. */
/** First names the lexicon reads as common words ("bill", "grace"): their gender, for pronouns to agree with. */
const COMMON_WORD_FIRST_NAMES = wordTable<Gender>({
  bill: 'm',
  frank: 'm',
  mark: 'm',
  chuck: 'm',
  rush: 'm',
  dick: 'm',
  grant: 'm',
  hope: 'f',
  faith: 'f',
  grace: 'f',
  joy: 'f',
  dawn: 'f',
  carol: 'f',
});

export function firstNameGender(word: string): Gender | null {
  const common = COMMON_WORD_FIRST_NAMES[word.toLowerCase()];
  if (common && /^\p{Lu}/u.test(word)) return common;
  const tag = lexTag(word.toLowerCase());
  if (tag === 'MaleName') return 'm';
  if (tag === 'FemaleName') return 'f';
  if (tag === 'FirstName') return 'x';
  return null;
}
