/**
 * Pass 4, cues: the reporting words of each sentence ("said", "told", "according to", "criticized"), with the
 * base verb and how strongly it attributes on its own.
 */
import { AnalysedText, TokenRange } from './analysed-text';
import { lexTag } from './entities/word-tags';
import { AUX_ADV, PHRASE_CUES, STANCE_PARTICLES, cueInfo } from './lexicon';
import { isHeadline } from './special/headlines';

export const PHRASE_BY_FIRST = new Map<string, typeof PHRASE_CUES>();
for (const pc of PHRASE_CUES) PHRASE_BY_FIRST.set(pc.words[0], [...(PHRASE_BY_FIRST.get(pc.words[0]) ?? []), pc]);
export const NO_PHRASES: typeof PHRASE_CUES = [];
export const ABOUT = new Set(['about']);
export const PARTICLES = new Map(Object.entries(STANCE_PARTICLES).map(([k, v]) => [k, new Set(v.split('|'))]));

export interface Cue extends TokenRange {
  sourceAfter: boolean;
  base: string;
  strength: 'strong' | 'weak';
}

// ---------------------------------------------------------------------------------------------------------------
// cues

export function cueAt(doc: AnalysedText, t: number): Cue | null {
  const toks = doc.tokens;
  const tok = toks[t];
  if (tok.kind !== 'word' || doc.quoteAt[t] >= 0) return null;
  for (const pc of PHRASE_BY_FIRST.get(tok.lower) ?? NO_PHRASES) {
    let ok = true;
    for (let k = 0; k < pc.words.length; k++) {
      const u = toks[t + k];
      if (!u || u.lower !== pc.words[k] || doc.quoteAt[t + k] >= 0) {
        ok = false;
        break;
      }
    }
    if (ok)
      return {
        firstToken: t,
        endToken: t + pc.words.length,
        sourceAfter: pc.sourceAfter,
        base: pc.words.join(' '),
        strength: 'strong',
      };
  }
  const ci = cueInfo(tok.lower);
  if (!ci) return null;
  // title-case headlines capitalise their verbs: "Chris Christie Calls Hillary Clinton ‘A Disgrace’"
  // "Asked about …, she said": the participle opening a sentence
  const askedOpener = tok.text === 'Asked' && (t === 0 || doc.sentenceOf[t - 1] !== doc.sentenceOf[t]);
  if (
    tok.capitalised &&
    !askedOpener &&
    !(t > 0 && toks[t - 1].kind === 'quote') &&
    !(
      isHeadline(doc, tok.paragraph) &&
      /[^s]s$/.test(tok.lower) &&
      t > 0 &&
      toks[t - 1].capitalised &&
      toks[t - 1].kind === 'word'
    )
  )
    return null;
  const prev = toks[t - 1];
  // nouns: "the report", "a call", "his statement"
  if (
    prev &&
    prev.kind === 'word' &&
    /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|no|any|some|every|each|['’]s)$/.test(prev.lower)
  )
    return null;
  // "an official statement", "the first report" — but "a labor official said", "the first lady told"
  if (
    prev &&
    prev.kind === 'word' &&
    /^(new|executive|first|last|final|annual|latest|recent|official|written|public|joint|formal|initial)$/.test(
      prev.lower,
    ) &&
    !/^(said|told|says|tells|added|wrote|asked|explained|noted|argued|warned)$/.test(tok.lower)
  )
    return null;
  if (
    prev &&
    prev.kind === 'word' &&
    prev.lower === 'to' &&
    !/^(went|go|goes|going|want|wants|wanted|continued|continue)$/.test(toks[t - 2]?.lower ?? '')
  ) {
    // infinitives "to say" are cues only after "went on"/"continued"
    if (!(toks[t - 2] && /^(on)$/.test(toks[t - 2].lower))) return null;
  }
  const next = toks[t + 1];
  if (!/^(say|tell|add)$/.test(ci.base) && !verbalForm(doc, t, ci.base)) return null;
  // "said" as an adjective ("the said property") or passive "is said to"
  if (
    next &&
    next.lower === 'to' &&
    /^(said|believed|thought|expected|known|reported|seen|shown|found)$/.test(tok.lower)
  ) {
    // passive "is said to" — but not "Sanders said to cheers", "she said to reporters"
    const before = toks[t - 1]?.lower ?? '';
    if (
      /^(is|are|was|were|be|been|being|widely|also|not|generally|often|long|n't|n’t)$/.test(before) ||
      tok.lower !== 'said'
    )
      return null;
  }
  // "call for", "called on", "speaking of"
  let t1 = t + 1;
  if (
    next &&
    next.kind === 'word' &&
    ((/^call/.test(tok.lower) && /^(for|on)$/.test(next.lower)) ||
      (/^speak/.test(tok.lower) && /^(of|about|to|with)$/.test(next.lower)))
  )
    t1 = t + 2;
  else if (next && next.kind === 'word' && PARTICLES.get(ci.base)?.has(next.lower)) t1 = t + 2;
  else if (/^(talk|speak|testify|comment|joke|boast|complain|warn)$/.test(ci.base)) {
    // "talking to voters about …", "spoke at length on Monday about …", "talked openly on social media about …"
    const far = particleAfter(doc, t + 1, ABOUT);
    if (far > 0) t1 = far + 1;
  }
  return { firstToken: t, endToken: t1, sourceAfter: false, base: ci.base, strength: ci.strength };
}

/**
 * The particle of a stance verb a few words on, past a listener or adjuncts ("to voters", "openly", "on social media",
 * "at length", "with reporters"): its token index, or -1.
 */
export function particleAfter(doc: AnalysedText, k: number, particles: Set<string>): number {
  const toks = doc.tokens;
  const start = k;
  let sawPrep = false;
  while (k < toks.length && k - start < 9) {
    const u = toks[k];
    if (u.kind !== 'word' || doc.quoteAt[k] >= 0 || doc.sentenceOf[k] !== doc.sentenceOf[start]) return -1;
    if (
      particles.has(u.lower) &&
      k > start &&
      (sawPrep || /ly$|^(much|more|at|length|again|publicly|privately|often|briefly|little)$/.test(toks[k - 1].lower))
    )
      return k;
    // "spoke highly of", "talks freely of" (but not "spoke on the condition of")
    if (u.lower === 'of' && k > start && /ly$/.test(toks[k - 1].lower) && toks[k - 1].kind === 'word') return k;
    if (/^(to|with|on|at|in|during|before|after)$/.test(u.lower)) sawPrep = true;
    else if (!sawPrep && !/ly$|^(much|more|little|again|at|length|often|also)$/.test(u.lower)) return -1;
    else if (
      sawPrep &&
      (cueInfo(u.lower) || /^(that|and|but|or|who|which|is|was|are|were|has|have|had|will|would)$/.test(u.lower))
    )
      return -1;
    k++;
  }
  return -1;
}

/**
 * Is this stance word used as a verb? "the Trump campaign", "his plans", "support from donors" are nouns; "they
 * support", "Trump plans to", "she will oppose" are verbs.
 */
export function verbalForm(doc: AnalysedText, t: number, base: string): boolean {
  const toks = doc.tokens;
  const tok = toks[t];
  const prev = toks[t - 1];
  const next = toks[t + 1];
  if (!prev || prev.kind !== 'word') return tok.lower !== base; // after punctuation: participles and past forms only
  if (/^['’]s$/.test(prev.lower) || /^\d/.test(prev.text)) return false;
  const pt = lexTag(prev.lower);
  if (pt && /Adjective|Determiner/.test(pt) && !/Noun|Actor|Verb/.test(pt) && !AUX_ADV.has(prev.lower)) return false;
  if (tok.lower === base) {
    // the bare form needs an auxiliary, "to", or a plural / first- or second-person subject
    if (
      /^(will|would|could|should|may|might|must|can|cannot|did|does|do|n't|n’t|not|to|they|we|i|you|who|also|still|now|often|never|always|generally|strongly|publicly|openly|repeatedly)$/.test(
        prev.lower,
      )
    )
      return true;
    // a plural subject: "voters support", "Polls show" (capitalised only because it opens the sentence)
    const sentenceStart = t < 2 || doc.sentenceOf[t - 2] !== doc.sentenceOf[t - 1];
    if (
      /[^s']s$/.test(prev.lower) &&
      (!prev.capitalised || (sentenceStart && !/^(this|his|its|has|was|is|as|us|thus|yes)$/.test(prev.lower)))
    )
      return true;
    if (
      /^(democrats|republicans|americans|voters|officials|leaders|critics|supporters|lawmakers|members|data|people|media|police|majority|majorities)$/.test(
        prev.lower,
      )
    )
      return true;
    return false;
  }
  if (/[^s]s$/.test(tok.lower) && next && /^(of|from|on|in|by|for|among|between|against)$/.test(next.lower))
    return false;
  return true;
}

/** The reporting cues of each sentence, in order. */
export function findCues(doc: AnalysedText): Cue[][] {
  return doc.sentences.map((s) => {
    const cues: Cue[] = [];
    for (let t = s.firstToken; t < s.endToken; t++) {
      const c = cueAt(doc, t);
      if (c) {
        cues.push(c);
        t = c.endToken - 1;
      }
    }
    return cues;
  });
}
