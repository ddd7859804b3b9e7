/** Making a claim read on its own: the speaker's first person becomes the speaker, a leading pronoun is named. */
import { isVerbalWord, lexTag } from '../entities/word-tags';

interface Resolver {
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
export function standalone(claim: string, resolver: Resolver, protectFrom?: number): string {
  if (protectFrom !== undefined && protectFrom > 0 && protectFrom < claim.length) {
    const head = rewrite(claim.slice(0, protectFrom), resolver);
    return finish(head + claim.slice(protectFrom), resolver);
  }
  return finish(rewrite(claim, resolver), resolver);
}

function finish(claim: string, resolver: Resolver): string {
  let text = claim.trim();
  if (resolver.antecedent)
    text = text.replace(/^(he|she|they)\b/i, (pronoun) =>
      resolver.antecedent && PRONOUN_NUMBER[pronoun.toLowerCase()] === resolver.antecedentNumber
        ? resolver.antecedent
        : pronoun,
    );
  text = text.replace(/^that\s+/i, '');
  text = text.replace(/\s+/g, ' ').replace(/^["“”‘’']+|["“”‘’']+$/g, '');
  text = balanceQuotes(text);
  if (text) text = text[0].toUpperCase() + text.slice(1);
  if (text && !/[.!?]$/.test(text)) text += '.';
  return text;
}

const PRONOUN_NUMBER: Record<string, 's' | 'p'> = { he: 's', she: 's', they: 'p' };

/**
 * Quote marks left without their partner by the claim's edges: a closing mark with no opening one is dropped, an
 * opening one the claim's end cut off is closed at the end ("police ‘become the enemy’").
 */
function balanceQuotes(text: string): string {
  const drop = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '‘' && (i === 0 || /[\s([—–“"-]/.test(text[i - 1]))) stack.push(i);
    else if (char === '’' && !/\p{L}/u.test(text[i + 1] ?? '') && stack.length && text[stack[stack.length - 1]] === '‘')
      stack.pop();
    else if (char === '“') stack.push(i);
    else if (char === '”') {
      // a straight mark may stand for either curly one ("“exposed for raping a 13-year-old" in retaliation")
      if (stack.length && /[“"]/.test(text[stack[stack.length - 1]])) stack.pop();
      else drop.add(i);
    } else if (char === '"') {
      const opening = i === 0 || /[\s([—–-]/.test(text[i - 1]);
      if (!opening && stack.length && /[“"]/.test(text[stack[stack.length - 1]])) stack.pop();
      else if (opening) stack.push(i);
      else drop.add(i);
    }
  }
  let close = '';
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const char = text[stack[depth]];
    close += char === '“' ? '”' : char === '‘' ? '’' : '"';
  }
  if (!drop.size && !close) return text;
  let balanced = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) balanced += text[i];
  balanced = balanced.replace(/\s{2,}/g, ' ').trim();
  if (close) {
    const finalPunctuation = /[.!?]*$/.exec(balanced)!;
    balanced = balanced.slice(0, finalPunctuation.index) + close + finalPunctuation[0];
  }
  return balanced;
}

function rewrite(claim: string, resolver: Resolver): string {
  // "Quotes Donald Trump as saying, “…”": what Trump is quoted as saying
  let text = claim.replace(
    /^(\s*)[Qq]uot(?:es|ed|ing)\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+as\s+saying,?\s*/,
    '$1$2 said: ',
  );
  // editorial insertions: "we (American businesses) go" -> "American businesses go"; "[Sanders] should" -> "Sanders should"
  text = text.replace(
    /\b(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Tt]hem|[Hh]im|[Hh]er|[Uu]s|[Mm]e)\s+\(([A-Za-z][^()]{1,60})\)/g,
    '$1',
  );
  text = text.replace(/\b([Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Tt]he)\s+\(([a-z][^()]{1,40})\)\s+/g, '$1 $2 ');
  text = text.replace(/\[([A-Za-z][^[\]]{1,60})\]/g, '$1');
  const name = resolver.speakerName;
  const person = resolver.speakerType === 'person';
  if (name && (person || resolver.speakerType === 'organization')) {
    const reflexive =
      resolver.gender === 'm' ? 'himself' : resolver.gender === 'f' ? 'herself' : person ? 'themselves' : 'itself';
    const possessive = name + (/s$/.test(name) ? '’' : '’s');
    // "our people" / "our city" with a known place
    if (resolver.place) {
      text = text.replace(/\b([Oo]ur) (people|residents|citizens|constituents)\b/gi, `${resolver.place} residents`);
      text = text.replace(/\b([Oo]ur) (city|state|town|county|community|communities)\b/g, resolver.place);
      text = text.replace(/\b([Oo]ur) (?=[a-z])/g, `${resolver.place}’s `);
    }
    text = text.replace(
      /\b(I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Mm]yself|[Oo]urselves)\b(['’](?:ve|re|m|ll|d))?(\s+(\w+))?/g,
      (match, pronoun: string, contraction: string | undefined, rest: string | undefined, next: string | undefined) => {
        const kind = FIRST_PERSON[pronoun.toLowerCase()];
        if (!kind) return match;
        // "US" is the country
        if (pronoun === 'US') return match;
        let replacement = kind === 'poss' ? possessive : kind === 'refl' ? reflexive : name;
        let tail = rest ?? '';
        if (kind === 'subj') {
          if (contraction) {
            const suffix = contraction.toLowerCase().replace('’', "'");
            replacement +=
              suffix === "'ve"
                ? ' has'
                : suffix === "'re" || suffix === "'m"
                  ? ' is'
                  : suffix === "'ll"
                    ? ' will'
                    : ' would';
            contraction = undefined;
          } else if (next) {
            const lower = next.toLowerCase();
            const tag = lexTag(lower);
            if (AGREE[lower]) tail = rest!.replace(next, AGREE[lower].trim());
            // "we pay" -> "… pays": a bare present form (the lexicon may call it a noun: "pay", "need", "support")
            else if (
              /^[a-z]+$/.test(next) &&
              !NOT_PRESENT_VERB.test(lower) &&
              !/PastTense|Participle|Adjective|Adverb|Preposition|Determiner|Conjunction|Pronoun|Plural/.test(
                tag ?? '',
              ) &&
              (tag === 'Infinitive' ||
                tag === 'Verb' ||
                tag === 'PresentTense' ||
                isVerbalWord(lower) ||
                tag === 'Singular' ||
                tag === undefined) &&
              !/s$/.test(lower)
            )
              tail = rest!.replace(next, thirdPerson(next));
          }
        }
        return replacement + (contraction ?? '') + tail;
      },
    );
  }
  if (resolver.reported && name && resolver.speakerType === 'person') {
    const pronoun = resolver.gender === 'f' ? 'she' : resolver.gender === 'm' ? 'he' : '(?:he|she)';
    text = text.replace(
      new RegExp(`^(that\\s+)?${pronoun}\\b`, 'i'),
      (_whole: string, that: string | undefined) => (that ?? '') + name,
    );
  }
  return text;
}

function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return verb + 'es';
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
  return verb + 's';
}
