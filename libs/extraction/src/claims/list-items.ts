/**
 * Lists of verb phrases that share what comes before them: "has a plan to eliminate …, double income taxes and put …".
 */
import type { ClaimSpan } from './split-claims';
import { countWords, inBrackets } from './words';
import { isVerbalWord, lexTag } from '../entities/word-tags';

const FUNCTION_WORD_RE =
  /^(?:the|a|an|this|that|these|those|some|many|most|all|each|every|no|any|his|her|their|its|our|my|your|more|less|other|such|much|both|either|neither|not|only|even|also)$/;

/** Words that open a clause subordinate to the one after its comma. */
const SUBORDINATE_OPENER =
  /^\W*(?:if|unless|when|whenever|once|after|before|because|although|though|while|since|until|as long as)\b/i;

/** Verb form of a word: base ("eliminate"), past ("eliminated"), third person ("eliminates"), or null (not a verb). */
function verbForm(word: string): 'base' | 'past' | 'pres' | null {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(word)) return null;
  const tag = lexTag(lower);
  if (tag && /Adjective|Adverb|Preposition|Determiner|Conjunction|Pronoun|Modal|Copula/.test(tag)) return null;
  if (!isVerbalWord(lower) && !(tag && /Infinitive|Verb|PastTense|PresentTense/.test(tag))) return null;
  if (tag === 'PastTense' || /ed$/.test(lower)) return 'past';
  if (tag === 'PresentTense' || (/[^s]s$/.test(lower) && tag !== 'Infinitive')) return 'pres';
  return 'base';
}

/**
 * A list of three or more verb phrases sharing what comes before them — "has a plan to eliminate employer-provided
 * coverage, double income taxes and put your care in the hands of bureaucrats" — is that many claims: the first keeps
 * the shared words in its span, the others carry them as context.
 */
export function listItems(span: ClaimSpan): ClaimSpan[] {
  const clause = span.text;
  // (a run of spaces tried from its first space only: see clauseRanges)
  const conjunction = /(?:,|(?<!\s))\s+(?:and|or)\s+(?=[a-z])/g;
  let lastConjunction: RegExpExecArray | null = null;
  let match: RegExpExecArray | null;
  while ((match = conjunction.exec(clause))) lastConjunction = match;
  if (!lastConjunction) return [span];
  // items between commas before the conjunction, then the last one after it
  const before = clause.slice(0, lastConjunction.index);
  const commas: number[] = [];
  for (let i = 0; i < before.length; i++) if (before[i] === ',' && before[i + 1] === ' ') commas.push(i);
  if (!commas.length || inBrackets(before)) return [span];
  const firstWord = (i: number) => (/^\s*([A-Za-z]+)/.exec(clause.slice(i)) ?? ['', ''])[1];
  const starts = [...commas.map((comma) => comma + 2), lastConjunction.index + lastConjunction[0].length];
  const forms = starts.map((i) => verbForm(firstWord(i)));
  // the items after the first are the last commas' items, back to the first one that is not a verb of the same form
  // (a word the lexicon calls something else may still be that verb in the middle of the list: "double income taxes")
  const form = forms[forms.length - 1];
  // "including registering voters, working with families and advocating …": gerunds are examples of a noun, not verb
  // phrases sharing the subject before them
  if (!form || /ing$/i.test(firstWord(starts[starts.length - 1]))) return [span];
  const mayBeItem = (i: number) => {
    const word = firstWord(starts[i]);
    const tag = lexTag(word.toLowerCase()) ?? '';
    return (
      forms[i] === form ||
      (forms[i] === null &&
        /^[a-z]+$/.test(word) &&
        !/Determiner|Preposition|Pronoun|Conjunction|Adverb|Plural|Value|Copula|Modal/.test(tag) &&
        !FUNCTION_WORD_RE.test(word) &&
        (form !== 'past' || /ed$/.test(word)) &&
        (form !== 'pres' || /[^s]s$/.test(word)))
    );
  };
  let firstItem = forms.length - 1;
  while (firstItem > 0 && mayBeItem(firstItem - 1)) firstItem--;
  const itemStarts = starts.slice(firstItem);
  if (itemStarts.length < 2) return [span];
  // the first item: the nearest verb of that form before the comma that opens the second item
  const firstEnd = commas[firstItem];
  const head = clause.slice(0, firstEnd);
  const words = [...head.matchAll(/[A-Za-z]+/g)];
  let firstVerb = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i][0];
    const afterTo =
      i > 0 && /^(to|will|would|can|could|should|must|may|might|not|never|also|just)$/i.test(words[i - 1][0]);
    const isVerb =
      form === 'base'
        ? afterTo &&
          /^[a-z]+$/.test(word) &&
          !FUNCTION_WORD_RE.test(word) &&
          !/Determiner|Preposition|Pronoun|Conjunction|Plural|Adverb|Adjective/.test(lexTag(word) ?? '')
        : verbForm(word) === form ||
          (form === 'past' &&
            i > 0 &&
            /^(I|we|you|he|she|they|it)$/i.test(words[i - 1][0]) &&
            /^[a-z]+$/.test(word) &&
            !FUNCTION_WORD_RE.test(word));
    if (isVerb) {
      firstVerb = words[i].index!;
      break;
    }
  }
  if (firstVerb <= 0 || countWords(clause.slice(0, firstVerb)) < 1) return [span];
  const prefix = clause.slice(0, firstVerb);
  // "If you want to stop it, pay the officers and build the jails": a first item inside a condition still open is
  // its verb, and the comma closing the condition is no list's ("If elected, she would cut …, raise … and fix …"
  // shares the closed condition with every item)
  if (SUBORDINATE_OPENER.test(prefix) && !prefix.includes(',')) return [span];
  const bounds: [number, number][] = [[0, firstEnd]];
  for (let j = firstItem; j < starts.length; j++)
    bounds.push([
      starts[j],
      j === starts.length - 1 ? clause.length : j + 1 < commas.length ? commas[j + 1] : lastConjunction.index,
    ]);
  const items: ClaimSpan[] = [];
  for (const [itemStart, itemEnd] of bounds) {
    let from = itemStart;
    let to = itemEnd;
    while (to > from && /[\s,;]/.test(clause[to - 1])) to--;
    while (from < to && /\s/.test(clause[from])) from++;
    if (to - from < 3) return [span];
    items.push({
      start: span.start + from,
      end: span.start + to,
      text: clause.slice(from, to),
      context: from === 0 ? undefined : prefix,
    });
  }
  return items;
}
