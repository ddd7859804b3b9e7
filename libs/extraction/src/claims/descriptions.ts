/**
 * The things an article names with a name and a common noun ("the EB-5 program", "the Clinton campaign", "Clinton’s
 * campaign"), so that a claim opening with the bare noun ("The program has expanded …") can be given its name — but
 * only when, up to the quote, the article has described that noun one way only, and that way names something. Any
 * other description of the noun before it ("the jobs program", "his campaign", "the presidential campaign") makes the
 * bare noun ambiguous, and it keeps its own words.
 */
import { AnalysedText, startsSentence } from '../analysed-text';
import { isVerbalWord, lexTag } from '../entities/word-tags';
import { FUNCTION_WORDS, NP_STOP } from '../lexicon/function-words';
import { countBefore } from '../sorted';

/** The name a bare "the <noun>" opening a claim at `before` stands for, if the article makes it certain. */
export type DescribedBefore = (noun: string, before: number) => string | undefined;

/**
 * The description of a person opening the words at [start, end) ("the Florida senator") and the full name of the one
 * it stands for, if the article makes it certain and it is not the words' speaker (resolution/described-subject.ts).
 */
export type DescribedSubject = (
  start: number,
  end: number,
  speaker?: string,
) => { phrase: string; name: string } | undefined;

/** What the article has described by the time of a claim: things by a bare noun, people by an office. */
export interface ArticleDescriptions {
  things: DescribedBefore;
  subjects: DescribedSubject;
}

/** Possessive determiners: "his campaign" is a description of its own, with no name to give. */
const OWNERS = new Set('its his her their our my your'.split(' '));
/** The most words (and possessive endings) read before a noun as its modifiers. */
const MAX_MODIFIERS = 5;

interface Described {
  /** Where the description ends. */
  at: number;
  /** Distinct descriptions of the noun so far, counted up to 2 (2: ambiguous). */
  distinct: number;
  /** The first description's name ("the EB-5 program"), when it names something. */
  name: string | null;
}

/** One pass over the article's tokens: every described noun, in text order, with what a reader knows at each point. */
export function describedThings(doc: AnalysedText): DescribedBefore {
  const { tokens, text } = doc;
  const byNoun = new Map<string, { keys: Set<string>; name: string | null; seen: Described[] }>();
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i];
    if (noun.kind !== 'word' || noun.capitalised || !isCommonNoun(noun.lower)) continue;
    // the modifiers: names and common words right before the noun, back to a determiner or any function word
    let first = i;
    let possessive = false;
    while (first > 0 && i - first < MAX_MODIFIERS) {
      const before = tokens[first - 1];
      if (/^['’]s$/.test(before.text)) possessive = true;
      else if (before.kind !== 'word' || !isModifier(before.lower, before.capitalised)) break;
      first--;
    }
    const opener = first > 0 ? tokens[first - 1] : undefined;
    // a name longer than the modifiers read is not cut to its last words ("City’s casinos" of "Atlantic City’s")
    const cut = opener?.kind === 'word' && opener.capitalised && i - first >= MAX_MODIFIERS;
    let key: string;
    let name: string | null = null;
    if (first < i) {
      const modifiers = tokens.slice(first, i).filter((token) => !/^['’]s$/.test(token.text));
      if (!modifiers.length) continue;
      // "the Clinton campaign" and "Hillary Clinton’s campaign" are one description; "the jobs program" another
      key = modifiers[modifiers.length - 1].lower;
      // a name, from its first capitalised word ("the senior Obama administration" names "the Obama administration");
      // a lone word opening a sentence is capitalised without being a name ("Tax cuts …")
      const capitalised = (index: number) => modifiers[index]?.capitalised && /\p{L}/u.test(modifiers[index].text);
      const named = modifiers.findIndex(
        (_, index) => capitalised(index) && !(index === 0 && startsSentence(doc, first) && !capitalised(1)),
      );
      // ("New Zealand passes law to …": a headline's name, verb and noun with no determiner before them describe
      // nothing; "FBI probe", "the Clinton presidential campaign" do)
      const determined =
        possessive ||
        /^(?:the|a|an|this|that)$/.test(opener?.lower ?? '') ||
        modifiers.slice(named).every((_, index) => capitalised(named + index));
      // "Veltrix, the US search company,": a description set off after a name by commas is that name's
      const apposed =
        opener?.lower === 'the' && tokens[i + 1]?.text === ',' ? nameBeforeComma(doc, first - 1) : undefined;
      if (apposed) name = apposed;
      else if (named >= 0 && !cut && determined) {
        const words = text.slice(modifiers[named].start, noun.end);
        // "the Party’s access", "Clinton’s campaign", "the Obama administration"
        name = possessive && opener?.lower !== 'the' ? words : `the ${words}`;
      }
    } else if (opener && OWNERS.has(opener.lower)) {
      key = opener.lower;
    } else continue;
    const entry = byNoun.get(noun.lower) ?? { keys: new Set<string>(), name, seen: [] };
    if (entry.keys.size < 2) entry.keys.add(key);
    byNoun.set(noun.lower, entry);
    entry.seen.push({ at: noun.end, distinct: entry.keys.size, name: entry.name });
  }
  return (noun, before) => {
    const seen = byNoun.get(noun.toLowerCase())?.seen;
    if (!seen) return undefined;
    // the last description before the claim: binary search over the descriptions in text order
    const low = countBefore(seen, (description) => description.at <= before);
    const last = low > 0 ? seen[low - 1] : undefined;
    return last && last.distinct === 1 ? (last.name ?? undefined) : undefined;
  };
}

/** The capitalised name just before the comma before token `the` ("Veltrix, the …"), if the text has one there. */
function nameBeforeComma(doc: AnalysedText, the: number): string | undefined {
  const { tokens, text } = doc;
  const comma = tokens[the - 1];
  if (comma?.text !== ',') return undefined;
  let first = the - 2;
  while (first > 0 && first > the - 6 && tokens[first - 1].kind === 'word' && tokens[first - 1].capitalised) first--;
  const words = tokens.slice(first, the - 1);
  if (!words.length || !words.every((word) => word.kind === 'word' && word.capitalised)) return undefined;
  // (a name, not a sentence's first word, a time or a place an adverbial names: "Instead, the company …", "In Ohio,
  // the campaign …", "On Monday, the company …")
  if (words.length === 1 && startsSentence(doc, first)) return undefined;
  // (nor one of a list or a pair, "Ford, GM, the union …", "Exxon and Chevron, the two …"; nor after an opening word,
  // "Unlike Trump,", "Dear Mr. Jones,", "Yes, Senator,")
  const before = tokens[first - 1];
  if (!before || before.kind !== 'word' || before.capitalised || FUNCTION_WORDS.has(before.lower)) return undefined;
  if (/Preposition|Adverb|Conjunction/.test(lexTag(before.lower) ?? '') || /^(?:and|or|in)$/.test(before.lower))
    return undefined;
  const calendar = (word: string) =>
    /Place|City|Country|Region|Date|Month/.test(lexTag(word.toLowerCase()) ?? '') || CALENDAR_WORD.test(word);
  if (words.some((word) => calendar(word.text))) return undefined;
  return text.slice(words[0].start, words[words.length - 1].end);
}

/** Months and days, which open a time, not a name. */
const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A common noun as the lexicon knows it, or a word it does not know (most nouns: "campaign", "administration"). */
function isCommonNoun(lower: string): boolean {
  if (!/^[a-z]{3,}$/.test(lower) || FUNCTION_WORDS.has(lower) || NP_STOP.has(lower) || isVerbalWord(lower))
    return false;
  const tag = lexTag(lower);
  return tag === undefined || /^(?:Noun|Singular|Plural|Uncountable)$/.test(tag);
}

/** A word that can stand between a determiner and its noun: a name, or a common word that is no function word. */
function isModifier(lower: string, capitalised: boolean): boolean {
  if (FUNCTION_WORDS.has(lower) || NP_STOP.has(lower) || OWNERS.has(lower)) return false;
  // a number counts as a description of its own ("the 2016 campaign")
  // "the housing program": a gerund before a noun modifies it
  return (
    capitalised || /^\d/.test(lower) || (/^[a-z-]+$/.test(lower) && (!isVerbalWord(lower) || lower.endsWith('ing')))
  );
}
