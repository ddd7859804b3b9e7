/** Splitting quoted or reported text into separate checkable assertions, and making each read on its own. */
import { GREETING_RE } from './lexicon';
import { isVerbalWord, lexTag } from './entities';

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

export interface Resolver {
  /** Full name of the speaker, if known. */
  speakerName?: string;
  speakerType?: string;
  gender?: 'm' | 'f' | 'x';
  /** Place the speaker governs or represents ("Chicago" for the mayor of Chicago). */
  place?: string;
  /** "he"/"she" at the start of reported (not quoted) content refers back to the speaker. */
  reported?: boolean;
  /**
   * The named subject of the claim before this one in the same quote: a claim opening with "he"/"she" ("they" when
   * plural) refers to it ("Joe Biden has driven the surge because he imported more virus").
   */
  antecedent?: string;
  antecedentNumber?: 's' | 'p';
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
function listItems(text: string, span: ClaimSpan): ClaimSpan[] {
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
  // the first half of a negative contraction ("don’t", "aren’t", "haven’t", "weren’t")
  don: 'doesn',
  aren: 'isn',
  haven: 'hasn',
  weren: 'wasn',
};

/** Words right after a subject pronoun that are not a present-tense verb to put in the third person. */
const NOT_PRESENT_VERB =
  /^(?:cut|put|set|hit|let|quit|spread|cost|hurt|read|beat|bet|shut|split|heard|can|could|will|would|shall|should|may|might|must|ought|did|had|was|were|also|just|still|really|never|always|often|only|even|already|certainly|simply|actually|all|both|each|too|now|then|ourselves|myself|themselves|didn|couldn|wouldn|shouldn|won|can't|cannot|[a-z]+(?:ed|ing|ly))$/;

/**
 * Rewrite a claim so that it reads on its own: first-person words become the speaker, leading pronouns are named.
 * `protectFrom` (an offset into `claim`): words from there on are somebody else's, quoted inside the claim ("Biden said
 * that police ‘become the enemy’"), and keep their own first person.
 */
export function standalone(claim: string, r: Resolver, protectFrom?: number): string {
  if (protectFrom !== undefined && protectFrom > 0 && protectFrom < claim.length) {
    const head = rewrite(claim.slice(0, protectFrom), r);
    return finish(head + claim.slice(protectFrom), r);
  }
  return finish(rewrite(claim, r), r);
}

function finish(claim: string, r: Resolver): string {
  let s = claim.trim();
  if (r.antecedent)
    s = s.replace(/^(he|she|they)\b/i, (m) =>
      r.antecedent && PRONOUN_NUMBER[m.toLowerCase()] === r.antecedentNumber ? r.antecedent : m,
    );
  s = s.replace(/^that\s+/i, '');
  s = s.replace(/\s+/g, ' ').replace(/^["“”‘’']+|["“”‘’']+$/g, '');
  s = balanceQuotes(s);
  if (s) s = s[0].toUpperCase() + s.slice(1);
  if (s && !/[.!?]$/.test(s)) s += '.';
  return s;
}

const PRONOUN_NUMBER: Record<string, 's' | 'p'> = { he: 's', she: 's', they: 'p' };

/**
 * Quote marks left without their partner by the claim's edges: a closing mark with no opening one is dropped, an
 * opening one the claim's end cut off is closed at the end ("police ‘become the enemy’").
 */
function balanceQuotes(s: string): string {
  const drop = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '‘' && (i === 0 || /[\s(\[—–“"-]/.test(s[i - 1]))) stack.push(i);
    else if (c === '’' && !/\p{L}/u.test(s[i + 1] ?? '') && stack.length && s[stack[stack.length - 1]] === '‘')
      stack.pop();
    else if (c === '“') stack.push(i);
    else if (c === '”') {
      // a straight mark may stand for either curly one ("“exposed for raping a 13-year-old" in retaliation")
      if (stack.length && /[“"]/.test(s[stack[stack.length - 1]])) stack.pop();
      else drop.add(i);
    } else if (c === '"') {
      const opening = i === 0 || /[\s(\[—–-]/.test(s[i - 1]);
      if (!opening && stack.length && /[“"]/.test(s[stack[stack.length - 1]])) stack.pop();
      else if (opening) stack.push(i);
      else drop.add(i);
    }
  }
  let close = '';
  for (let k = stack.length - 1; k >= 0; k--) {
    const c = s[stack[k]];
    close += c === '“' ? '”' : c === '‘' ? '’' : '"';
  }
  if (!drop.size && !close) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) if (!drop.has(i)) out += s[i];
  out = out.replace(/\s{2,}/g, ' ').trim();
  if (close) {
    const m = /[.!?]*$/.exec(out)!;
    out = out.slice(0, m.index) + close + m[0];
  }
  return out;
}

function rewrite(claim: string, r: Resolver): string {
  // "Quotes Donald Trump as saying, “…”": what Trump is quoted as saying
  let s = claim.replace(
    /^(\s*)[Qq]uot(?:es|ed|ing)\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+as\s+saying,?\s*/,
    '$1$2 said: ',
  );
  // editorial insertions: "we (American businesses) go" -> "American businesses go"; "[Sanders] should" -> "Sanders should"
  s = s.replace(
    /\b(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Tt]hem|[Hh]im|[Hh]er|[Uu]s|[Mm]e)\s+\(([A-Za-z][^()]{1,60})\)/g,
    '$1',
  );
  s = s.replace(/\b([Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Tt]he)\s+\(([a-z][^()]{1,40})\)\s+/g, '$1 $2 ');
  s = s.replace(/\[([A-Za-z][^\[\]]{1,60})\]/g, '$1');
  const name = r.speakerName;
  const person = r.speakerType === 'person';
  if (name && (person || r.speakerType === 'organization')) {
    const refl = r.gender === 'm' ? 'himself' : r.gender === 'f' ? 'herself' : person ? 'themselves' : 'itself';
    const possName = name + (/s$/.test(name) ? '’' : '’s');
    // "our people" / "our city" with a known place
    if (r.place) {
      s = s.replace(/\b([Oo]ur) (people|residents|citizens|constituents)\b/gi, `${r.place} residents`);
      s = s.replace(/\b([Oo]ur) (city|state|town|county|community|communities)\b/g, r.place);
      s = s.replace(/\b([Oo]ur) (?=[a-z])/g, `${r.place}’s `);
    }
    s = s.replace(
      /\b(I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Mm]yself|[Oo]urselves)\b(['’](?:ve|re|m|ll|d))?(\s+(\w+))?/g,
      (m, pro: string, contr: string | undefined, rest: string | undefined, next: string | undefined) => {
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
            const tag = lexTag(lw);
            if (AGREE[lw]) tail = rest!.replace(next, AGREE[lw].trim());
            // "we pay" -> "… pays": a bare present form (the lexicon may call it a noun: "pay", "need", "support")
            else if (
              /^[a-z]+$/.test(next) &&
              !NOT_PRESENT_VERB.test(lw) &&
              !/PastTense|Participle|Adjective|Adverb|Preposition|Determiner|Conjunction|Pronoun|Plural/.test(
                tag ?? '',
              ) &&
              (tag === 'Infinitive' ||
                tag === 'Verb' ||
                tag === 'PresentTense' ||
                isVerbalWord(lw) ||
                tag === 'Singular' ||
                tag === undefined) &&
              !/s$/.test(lw)
            )
              tail = rest!.replace(next, thirdPerson(next));
          }
        }
        return rep + (contr ?? '') + tail;
      },
    );
  }
  if (r.reported && name && r.speakerType === 'person') {
    const pro = r.gender === 'f' ? 'she' : r.gender === 'm' ? 'he' : '(?:he|she)';
    s = s.replace(new RegExp(`^(that\\s+)?${pro}\\b`, 'i'), (_m, that) => (that ?? '') + name);
  }
  return s;
}

function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return v + 'es';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
  return v + 's';
}

export interface EmbeddedQuote {
  /** Offset of the opening quote mark and of the end of the quoted words (the closing mark or the text's end). */
  open: number;
  close: number;
  /** Who is quoted: "Quotes Donald Trump as saying, “…”", "Joe Biden said that police ‘become the enemy’". */
  speaker: string;
}

const EMBED_RE =
  /(?:\b[Qq]uot(?:es|ed|ing)\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|\b(?:he|she|they))\s+(?:as\s+saying|said|says|saying|wrote|writes|tweeted|told\s+\w+(?:\s+\w+)?|declared|claimed|stated)(?:\s+(?:that|in\s+his\s+words|in\s+her\s+words))?[,:]?\s*(?:[^“”"‘’\n]{0,60}?)([“"‘])/g;

/**
 * Quotations inside the words of [start, end): somebody named, then a speech verb, then quote marks. Their first
 * person is that somebody's, not the quote's speaker's.
 */
export function embeddedQuotes(text: string, start: number, end: number): EmbeddedQuote[] {
  const seg = text.slice(start, end);
  const out: EmbeddedQuote[] = [];
  EMBED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMBED_RE.exec(seg))) {
    const who = m[1];
    if (/^(?:I|We|You|It|This|That|There|The|A|An|And|But|So)$/.test(who)) continue;
    const mark = m[2];
    const open = m.index + m[0].length - 1;
    const closer = mark === '“' ? '”' : mark === '‘' ? '’' : '"';
    let close = seg.length;
    for (let i = open + 1; i < seg.length; i++) {
      // a closing ’ is an apostrophe when a letter follows it
      if (seg[i] === closer && !(closer === '’' && /\p{L}/u.test(seg[i + 1] ?? ''))) {
        close = i;
        break;
      }
    }
    out.push({ open: start + open, close: start + close, speaker: who });
    EMBED_RE.lastIndex = close + 1;
  }
  return out;
}

/**
 * The person a following "he"/"she"/"they" most likely means: the last name in the claim that is the subject of a
 * verb ("… Joe Biden said that police ‘become the enemy’" -> Joe Biden), else the claim's named subject.
 */
export function lastNamedSubject(claim: string): { name: string; number: 's' | 'p' } | null {
  const re =
    /(?:^|[\s,;:“"‘(])((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+(?:(?:also|still|now|just|never|has|have|had|is|are|was|were|will|would|could|can|did|does)\s+)?(?:said|says|told|claimed|argued|wrote|tweeted|announced|insisted|added|stated|declared)\b/g;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(claim))) last = m;
  if (last && !/^(?:I|We|You|He|She|They|It|This|That|There|These|Those|And|But|So|If|When|While)\b/.test(last[1])) {
    return { name: last[1], number: 's' };
  }
  return namedSubject(claim);
}

/** The named subject a claim opens with ("Joe Biden has …", "The Trump administration …"), if it is a proper name. */
export function namedSubject(claim: string): { name: string; number: 's' | 'p' } | null {
  const m =
    /^(?:(?:the|The)\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+(?:(?:also|still|now|just|never|has|have|had|is|are|was|were|will|would|could|can|did|does)\s+)?([a-z]+)/.exec(
      claim,
    );
  if (!m) return null;
  const name = m[1];
  if (
    /^(?:I|We|You|He|She|They|It|This|That|There|These|Those|And|But|So|If|When|While|In|On|At|For|With|As|After|Before|Since)\b/.test(
      name,
    )
  )
    return null;
  if (/^(?:the|a|an|of|and|to)$/.test(m[2])) return null;
  return {
    name: /^the\s/i.test(m[0]) ? `the ${name}` : name,
    number: /s$/.test(name) && !/ss$/.test(name) && name.split(/\s+/).length === 1 ? 'p' : 's',
  };
}
