/** Making a claim read on its own: the speaker's first person becomes the speaker, a leading pronoun is named. */
import { isVerbalWord, lexTag } from '../entities/word-tags';

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
