/** Splitting quoted or reported text into separate checkable assertions, and making each read on its own. */
import { GREETING_RE } from './lexicon';
import { isVerbalWord, lexTag } from './entities';

export interface ClaimSpan {
  start: number;
  end: number;
  text: string;
}

export interface Resolver {
  /** Full name of the speaker, if known. */
  speakerName?: string;
  speakerType?: string;
  gender?: 'm' | 'f' | 'x';
  /** Place the speaker governs or represents ("Chicago" for the mayor of Chicago). */
  place?: string;
  /** "he"/"she" at the start of reported (not quoted) content refers back to the speaker. */
  reported?: boolean;
}

const LEAD_CONNECTIVE =
  /^(?:(?:and|but|or|so|yet|nevertheless|nonetheless|however|also|then|still|instead|meanwhile|moreover|furthermore|plus|because|that|while|whereas|though|although)\b[\s,]*)+/i;
const SUBJECT_AFTER_AND = /^(?:I|we|you|he|she|they|it|this|that|there|these|those|the|our|my|his|her|their|its|every|each|no|all|many|most|some|[A-Z][a-z]+)\b/;

/** Split [start,end) of `text` into sentence-level then clause-level claim spans. */
export function splitClaims(text: string, start: number, end: number): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  for (const [s0, s1] of sentenceRanges(text, start, end)) {
    for (const [c0, c1] of clauseRanges(text, s0, s1)) {
      const span = trimSpan(text, c0, c1);
      if (!span) continue;
      out.push(span);
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
    if (m[1] === '.' && /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr|No|vs|U\.S|D\.C|Inc|Co|Corp|Mt|Ft|Prof|Rev)|\b\p{Lu})$/u.test(before)) continue;
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
  const re = /;\s+|,\s+but\s+|\s+but\s+(?=\w)|,\s+(?:and|or)\s+(?=\S)|\s+—\s+(?=[a-z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    const after = seg.slice(m.index + m[0].length);
    const beforeText = seg.slice(0, m.index);
    if (inBrackets(beforeText)) continue;
    if (/^,\s+(?:and|or)/.test(m[0]) && !SUBJECT_AFTER_AND.test(after)) continue;
    if (/^,\s+(?:and|or)/.test(m[0]) && /^[A-Z][a-z]+\b/.test(after) && !/^(?:I|We|You|He|She|They|It|This|That|There|The|Our|My|His|Her|Their|Its)\b/.test(after)) {
      // ", and Chicago …": only split when a verb follows within a few words
      if (!/^\S+(?:\s+\S+){0,2}\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|says|said)\b/.test(after)) continue;
    }
    if (/^\s+but\s+/.test(m[0]) && !/,\s*$/.test(beforeText) && countWords(beforeText) < 4) continue;
    if (countWords(after) < 3 || countWords(beforeText.slice(cuts.length ? cuts[cuts.length - 1] - s0 : 0)) < 3) continue;
    cuts.push(s0 + m.index);
    cuts.push(s0 + m.index + m[0].length);
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

function inBrackets(s: string): boolean {
  return (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
}

function countWords(s: string): number {
  // letters/digits runs, without building an array of matches
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && WORDCHAR.test(s[i]));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
const WORDCHAR = /[\p{L}\p{N}]/u;

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
    if (text[b - 1] === ')' && (text.slice(a, b).match(/\(/g)?.length ?? 0) >= (text.slice(a, b).match(/\)/g)?.length ?? 0)) break;
    if ((text[b - 1] === '’' || text[b - 1] === "'") && /\p{L}/u.test(text[b - 2] ?? '') && /s/.test(text[b - 2] ?? '') && false) break;
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
  if (!hasLexVerb && !/\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|shall|do|does|did|[a-z]+(?:ed|es|s))\b|n['’]t\b|['’](?:s|re|ve|ll|d)\b/i.test(s)) return false;
  return true;
}

const FIRST_PERSON: Record<string, 'subj' | 'obj' | 'poss' | 'refl'> = {
  i: 'subj',
  we: 'subj',
  me: 'obj',
  us: 'obj',
  my: 'poss',
  our: 'poss',
  myself: 'refl',
  ourselves: 'refl',
};

const AGREE: Record<string, string> = {
  have: 'has',
  are: 'is',
  were: 'was',
  am: 'is',
  do: 'does',
  "'ve": ' has',
  '’ve': ' has',
  "'re": ' is',
  '’re': ' is',
  "'m": ' is',
  '’m': ' is',
};

/** Rewrite a claim so that it reads on its own: first-person words become the speaker, leading pronouns are named. */
export function standalone(claim: string, r: Resolver): string {
  let s = claim.trim();
  const name = r.speakerName;
  const person = r.speakerType === 'person';
  if (name && (person || r.speakerType === 'organization')) {
    const refl = r.gender === 'm' ? 'himself' : r.gender === 'f' ? 'herself' : person ? 'themselves' : 'itself';
    const possName = name + (/s$/.test(name) ? '’' : '’s');
    // "our people" / "our city" with a known place
    if (r.place) {
      s = s.replace(/\b([Oo]ur) (people|residents|citizens|constituents)\b/g, `${r.place} residents`);
      s = s.replace(/\b([Oo]ur) (city|state|town|county|community|communities)\b/g, r.place);
      s = s.replace(/\b([Oo]ur) (?=[a-z])/g, `${r.place}’s `);
    }
    s = s.replace(/\b(I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Mm]yself|[Oo]urselves)\b(['’](?:ve|re|m|ll|d))?(\s+(\w+))?/g, (m, pro: string, contr: string | undefined, rest: string | undefined, next: string | undefined) => {
      const kind = FIRST_PERSON[pro.toLowerCase()];
      if (!kind) return m;
      if (pro === 'US' || (pro === 'us' && false)) return m;
      let rep = kind === 'poss' ? possName : kind === 'refl' ? refl : name;
      let tail = rest ?? '';
      if (kind === 'subj') {
        if (contr) {
          const c = contr.toLowerCase().replace('’', "'");
          rep += c === "'ve" ? ' has' : c === "'re" || c === "'m" ? ' is' : c === "'ll" ? ' will' : ' would';
          contr = undefined;
        } else if (next) {
          const lw = next.toLowerCase();
          if (AGREE[lw]) tail = rest!.replace(next, AGREE[lw].trim());
          else if (lexTag(lw) === 'Infinitive' || (/^[a-z]+$/.test(next) && lexTag(lw) === undefined && false)) tail = rest!.replace(next, thirdPerson(next));
        }
      }
      return rep + (contr ?? '') + tail;
    });
  }
  if (r.reported && name && r.speakerType === 'person') {
    const pro = r.gender === 'f' ? 'she' : r.gender === 'm' ? 'he' : '(?:he|she)';
    s = s.replace(new RegExp(`^(that\\s+)?${pro}\\b`, 'i'), (_m, that) => (that ?? '') + name);
  }
  s = s.replace(/^that\s+/i, '');
  s = s.replace(/\s+/g, ' ').replace(/^["“”‘’']+|["“”‘’']+$/g, '');
  if (s) s = s[0].toUpperCase() + s.slice(1);
  if (s && !/[.!?]$/.test(s)) s += '.';
  return s;
}

function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return v + 'es';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
  return v + 's';
}
