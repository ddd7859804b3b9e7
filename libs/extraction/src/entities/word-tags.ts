/**
 * Word tags from compromise's lexicon ("Infinitive", "MaleName", "Place"…): what the rules ask of a word they cannot
 * read from its letters.
 */
import nlp from 'compromise';

/** The part of compromise's model read here: its lexicon, word -> tag (or tags, the first of which is kept). */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
}

// compromise's lexicon is static data (word -> tag); reading it once at load keeps lookups deterministic and cheap.
// A missing or changed compromise fails here, at load, rather than quietly changing what the rules find.
const LEX: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const lex = (nlp.model() as CompromiseModel).one.lexicon;
  for (const k of Object.keys(lex).sort()) {
    const v = lex[k];
    m.set(k, Array.isArray(v) ? v[0] : v);
  }
  return m;
})();

/** Words whose lexicon tag is verbal (finite verbs, infinitives, participles, auxiliaries). */
const VERBAL = new Set<string>();
for (const [w, t] of LEX) if (/Verb|Tense|Infinitive|Copula|Modal|Auxiliary|Gerund|Participle/.test(t)) VERBAL.add(w);

export function lexTag(lower: string): string | undefined {
  return LEX.get(lower);
}

export function isVerbalWord(lower: string): boolean {
  return VERBAL.has(lower);
}

export function firstNameGender(word: string): 'm' | 'f' | 'x' | null {
  const t = lexTag(word.toLowerCase());
  if (t === 'MaleName') return 'm';
  if (t === 'FemaleName') return 'f';
  if (t === 'FirstName') return 'x';
  return null;
}
