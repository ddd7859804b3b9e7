/**
 * Splitting quoted or reported words into separate checkable assertions: sentences, then clauses joined by
 * "but", "; ", "because" and the like, then lists of verb phrases (see list-items.ts).
 */
import { listItems } from './list-items';
import { countWords, inBrackets } from './words';
import { isVerbalWord } from '../entities/word-tags';
import { GREETING_RE } from '../lexicon';

export interface ClaimSpan {
  start: number;
  end: number;
  text: string;
  /**
   * Words before the span that the claim shares with the claims beside it, for its standalone form: "Kim Schrier has
   * a plan to " for the span "double income taxes" of "… has a plan to eliminate …, double income taxes and put …".
   */
  context?: string;
}

const LEAD_CONNECTIVE =
  /^(?:(?:and|but|or|so|yet|nevertheless|nonetheless|however|also|then|still|instead|meanwhile|moreover|furthermore|plus|because|that|while|whereas|though|although)\b[\s,]*)+/i;
const SUBJECT_AFTER_AND =
  /^(?:I|we|you|he|she|they|it|this|that|there|these|those|the|our|my|his|her|their|its|every|each|no|all|many|most|some|[A-Z][a-z]+)\b/;

/** Split [start,end) of `text` into sentence-level then clause-level claim spans. */
export function splitClaims(text: string, start: number, end: number): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  for (const [s0, s1] of sentenceRanges(text, start, end)) {
    for (const [c0, c1] of clauseRanges(text, s0, s1)) {
      const span = trimSpan(text, c0, c1);
      if (!span) continue;
      out.push(...listItems(text, span));
    }
  }
  return out;
}

function sentenceRanges(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s0 = start;
  const re = /([.!?…]+)(["'”’)\]]*)\s+(?=["'“‘(\[]?[\p{Lu}\d])/gu;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const p = m.index;
    // abbreviations and initials do not end sentences
    const before = slice.slice(Math.max(start, p - 6), p);
    if (
      m[1] === '.' &&
      /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr|No|vs|U\.S|D\.C|Inc|Co|Corp|Mt|Ft|Prof|Rev)|\b\p{Lu})$/u.test(
        before,
      )
    )
      continue;
    const e = p + m[1].length + m[2].length;
    out.push([s0, e]);
    s0 = p + m[0].length;
  }
  if (s0 < end) out.push([s0, end]);
  // paragraph breaks inside multi-paragraph pieces
  const res: [number, number][] = [];
  for (const [a, b] of out) {
    let x = a;
    for (let i = a; i < b; i++) {
      if (text[i] === '\n') {
        if (i > x) res.push([x, i]);
        x = i + 1;
      }
    }
    if (x < b) res.push([x, b]);
  }
  return res;
}

function clauseRanges(text: string, s0: number, s1: number): [number, number][] {
  const seg = text.slice(s0, s1);
  const cuts: number[] = [];
  const re =
    /;\s+|,\s+but\s+|\s+but\s+(?=\w)|,\s+(?:and|or)\s+(?=\S)|\s+—\s+(?=[a-z])|,?\s+(?:while|whereas)\s+(?=\S)|,\s+yet\s+(?=\S)|,?\s+because\s+(?!of\b)(?=\S)|\s+and\s+(?=(?:he|she|they|we|I|it)\s+[a-z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    const after = seg.slice(m.index + m[0].length);
    const beforeText = seg.slice(0, m.index);
    if (inBrackets(beforeText)) continue;
    // "while"/"whereas"/"because"/"yet" join two assertions only when a clause follows (a subject and its verb):
    // "… for its jets while it sells new jets abroad", not "while in office"
    if (/^,?\s+(?:while|whereas|because|yet)\s/.test(m[0]) && !startsClause(after)) continue;
    if (/^,\s+(?:and|or)/.test(m[0]) && !SUBJECT_AFTER_AND.test(after)) continue;
    if (
      /^,\s+(?:and|or)/.test(m[0]) &&
      /^[A-Z][a-z]+\b/.test(after) &&
      !/^(?:I|We|You|He|She|They|It|This|That|There|The|Our|My|His|Her|Their|Its)\b/.test(after)
    ) {
      // ", and Chicago …": only split when a verb follows within a few words
      if (
        !/^\S+(?:\s+\S+){0,2}\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|says|said)\b/.test(
          after,
        )
      )
        continue;
    }
    if (/^\s+but\s+/.test(m[0]) && !/,\s*$/.test(beforeText) && countWords(beforeText) < 4) continue;
    if (countWords(after) < 3 || countWords(beforeText.slice(cuts.length ? cuts[cuts.length - 1] - s0 : 0)) < 3)
      continue;
    cuts.push(s0 + m.index);
    cuts.push(s0 + m.index + m[0].length);
  }
  // "While Rob Portman relies on his super PAC, we don’t have one": an opening contrast clause is a claim of its own
  const lead = /^["“‘(]*(?:While|Whereas|Although|Though)\s+/.exec(seg);
  if (lead && !cuts.length) {
    const re2 = /,\s+/g;
    re2.lastIndex = lead[0].length;
    let c: RegExpExecArray | null;
    while ((c = re2.exec(seg))) {
      const after = seg.slice(c.index + c[0].length);
      if (
        countWords(seg.slice(lead[0].length, c.index)) >= 3 &&
        countWords(after) >= 3 &&
        startsClause(after) &&
        !inBrackets(seg.slice(0, c.index))
      ) {
        cuts.push(s0 + c.index, s0 + c.index + c[0].length);
        break;
      }
    }
  }
  const out: [number, number][] = [];
  let a = s0;
  for (let i = 0; i < cuts.length; i += 2) {
    out.push([a, cuts[i]]);
    a = cuts[i + 1];
  }
  out.push([a, s1]);
  return out;
}

/** A clause opens here: a subject (pronoun, determiner phrase or name) and a verb within a few words. */
function startsClause(s: string): boolean {
  const m =
    /^(?:when\s+|if\s+)?(?:(?:I|we|you|he|she|they|it|there|this|that)\b|(?:the|a|an|his|her|their|its|our|my|these|those|some|many|most|no|every|all)\s+[\w’'-]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})/.exec(
      s,
    );
  if (!m) return false;
  const rest = s.slice(m[0].length).replace(/(^|\s)[“”"‘]+/g, '$1');
  return (
    /^(?:\s+[\w’'-]+){0,3}?\s*(?:['’](?:s|re|ve|ll|d|m)\b|\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does|did|don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|isn['’]t|aren['’]t|wasn['’]t|[a-z]+(?:ed|es|s))\b)/.test(
      rest,
    ) ||
    (/^\s+[a-z]+\b/.test(rest) && isVerbalWord((/^\s+([a-z]+)/.exec(rest) ?? ['', ''])[1]))
  );
}

function trimSpan(text: string, a: number, b: number): ClaimSpan | null {
  // strip quote marks, whitespace, leading connectives, trailing punctuation
  const lead = /^[\s"“”‘’'`(\[…—–\-]+/;
  for (let guard = 0; guard < 4; guard++) {
    const s = text.slice(a, b);
    const m1 = lead.exec(s);
    if (m1 && m1[0].length) {
      a += m1[0].length;
      continue;
    }
    const m2 = LEAD_CONNECTIVE.exec(s);
    if (m2 && m2[0].length && m2[0].length < s.length) {
      a += m2[0].length;
      continue;
    }
    break;
  }
  while (b > a && /[\s"“”‘’'`,.;:…—–\-)]/.test(text[b - 1])) {
    if (
      text[b - 1] === ')' &&
      (text.slice(a, b).match(/\(/g)?.length ?? 0) >= (text.slice(a, b).match(/\)/g)?.length ?? 0)
    )
      break;
    if (
      (text[b - 1] === '’' || text[b - 1] === "'") &&
      /\p{L}/u.test(text[b - 2] ?? '') &&
      /s/.test(text[b - 2] ?? '') &&
      false
    )
      break;
    b--;
  }
  // keep a closing ? or ! (questions are recognised later); keep a final period out of the span
  if (b < text.length && (text[b] === '?' || text[b] === '!')) b++;
  if (b <= a) return null;
  const t = text.slice(a, b);
  if (countWords(t) < 3) return null;
  return { start: a, end: b, text: t };
}

export function isClaimLike(span: string): boolean {
  const s = span.trim();
  if (/\?["”’']*$/.test(s)) return false;
  if (GREETING_RE.test(s)) return false;
  if (countWords(s) < 3) return false;
  // a claim needs a verb-like word (a finite verb or copula) — skip bare noun phrases and interjections
  const hasLexVerb = (s.match(/[A-Za-z]+/g) ?? []).some((w) => isVerbalWord(w.toLowerCase()));
  if (
    !hasLexVerb &&
    !/\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|shall|do|does|did|[a-z]+(?:ed|es|s))\b|n['’]t\b|['’](?:s|re|ve|ll|d)\b/i.test(
      s,
    )
  )
    return false;
  return true;
}
