/**
 * Lists of verb phrases that share what comes before them: "has a plan to eliminate …, double income taxes and put …".
 */
import { ClaimSpan } from './split-claims';
import { countWords, inBrackets } from './words';
import { isVerbalWord, lexTag } from '../entities/word-tags';

const FUNCTION_WORD_RE =
  /^(?:the|a|an|this|that|these|those|some|many|most|all|each|every|no|any|his|her|their|its|our|my|your|more|less|other|such|much|both|either|neither|not|only|even|also)$/;

/** Verb form of a word: base ("eliminate"), past ("eliminated"), third person ("eliminates"), or null (not a verb). */
function verbForm(w: string): 'base' | 'past' | 'pres' | null {
  const lw = w.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return null;
  const tag = lexTag(lw);
  if (tag && /Adjective|Adverb|Preposition|Determiner|Conjunction|Pronoun|Modal|Copula/.test(tag)) return null;
  if (!isVerbalWord(lw) && !(tag && /Infinitive|Verb|PastTense|PresentTense/.test(tag))) return null;
  if (tag === 'PastTense' || /ed$/.test(lw)) return 'past';
  if (tag === 'PresentTense' || (/[^s]s$/.test(lw) && tag !== 'Infinitive')) return 'pres';
  return 'base';
}

/**
 * A list of three or more verb phrases sharing what comes before them — "has a plan to eliminate employer-provided
 * coverage, double income taxes and put your care in the hands of bureaucrats" — is that many claims: the first keeps
 * the shared words in its span, the others carry them as context.
 */
export function listItems(text: string, span: ClaimSpan): ClaimSpan[] {
  const seg = span.text;
  const conj = /,?\s+(?:and|or)\s+(?=[a-z])/g;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = conj.exec(seg))) last = m;
  if (!last) return [span];
  // items between commas before the conjunction, then the last one after it
  const before = seg.slice(0, last.index);
  const commas: number[] = [];
  for (let i = 0; i < before.length; i++) if (before[i] === ',' && before[i + 1] === ' ') commas.push(i);
  if (!commas.length || inBrackets(before)) return [span];
  const firstWord = (i: number) => (/^\s*([A-Za-z]+)/.exec(seg.slice(i)) ?? ['', ''])[1];
  const starts = [...commas.map((c) => c + 2), last.index + last[0].length];
  const forms = starts.map((i) => verbForm(firstWord(i)));
  // the items after the first are the last commas' items, back to the first one that is not a verb of the same form
  // (a word the lexicon calls something else may still be that verb in the middle of the list: "double income taxes")
  const form = forms[forms.length - 1];
  if (!form) return [span];
  const maybe = (i: number) => {
    const w = firstWord(starts[i]);
    const tag = lexTag(w.toLowerCase()) ?? '';
    return (
      forms[i] === form ||
      (forms[i] === null &&
        /^[a-z]+$/.test(w) &&
        !/Determiner|Preposition|Pronoun|Conjunction|Adverb|Plural|Value|Copula|Modal/.test(tag) &&
        !FUNCTION_WORD_RE.test(w) &&
        (form !== 'past' || /ed$/.test(w)) &&
        (form !== 'pres' || /[^s]s$/.test(w)))
    );
  };
  let k = forms.length - 1;
  while (k > 0 && maybe(k - 1)) k--;
  const itemStarts = starts.slice(k);
  if (itemStarts.length < 2) return [span];
  // the first item: the nearest verb of that form before the comma that opens the second item
  const firstEnd = commas[k];
  const head = seg.slice(0, firstEnd);
  const words = [...head.matchAll(/[A-Za-z]+/g)];
  let w1 = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i][0];
    const afterTo =
      i > 0 && /^(to|will|would|can|could|should|must|may|might|not|never|also|just)$/i.test(words[i - 1][0]);
    const ok =
      form === 'base'
        ? afterTo &&
          /^[a-z]+$/.test(w) &&
          !FUNCTION_WORD_RE.test(w) &&
          !/Determiner|Preposition|Pronoun|Conjunction|Plural/.test(lexTag(w) ?? '')
        : verbForm(w) === form ||
          (form === 'past' &&
            i > 0 &&
            /^(I|we|you|he|she|they|it)$/i.test(words[i - 1][0]) &&
            /^[a-z]+$/.test(w) &&
            !FUNCTION_WORD_RE.test(w));
    if (ok) {
      w1 = words[i].index!;
      break;
    }
  }
  if (w1 <= 0 || countWords(seg.slice(0, w1)) < 1) return [span];
  const prefix = seg.slice(0, w1);
  const bounds: [number, number][] = [[0, firstEnd]];
  for (let j = k; j < starts.length; j++)
    bounds.push([starts[j], j === starts.length - 1 ? seg.length : j + 1 < commas.length ? commas[j + 1] : last.index]);
  const out: ClaimSpan[] = [];
  for (const [x, y] of bounds) {
    let a = x;
    let b = y;
    while (b > a && /[\s,;]/.test(seg[b - 1])) b--;
    while (a < b && /\s/.test(seg[a])) a++;
    if (b - a < 3) return [span];
    out.push({
      start: span.start + a,
      end: span.start + b,
      text: seg.slice(a, b),
      context: a === 0 ? undefined : prefix,
    });
  }
  return out;
}
