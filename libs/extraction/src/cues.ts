/**
 * Pass 4, cues: the reporting words of each sentence ("said", "told", "according to", "criticized"), with the
 * base verb and how strongly it attributes on its own.
 */
import { AnalysedText, TokenRange } from './analysed-text';
import { Token } from './tokens';
import { isCityOrRegion, lexTag } from './entities/word-tags';
import { AUX_ADV, FUNCTION_WORDS } from './lexicon/function-words';
import { ORG_WORDS, PERSON_NOUNS } from './lexicon/speaker-nouns';
import {
  AS_SAYING,
  PATIENT_PASSIVES,
  PHRASE_CUES,
  QUOTING_VERB,
  SPEECH_BASES,
  STANCE_PARTICLES,
  cueInfo,
} from './lexicon/reporting-verbs';
import { isHeadline } from './special/headlines';
import { isGroupNoun } from './grammar/plausible-sources';

export interface Cue extends TokenRange {
  /** "according to X": the source follows the cue. */
  sourceAfter: boolean;
  /** The base verb ("say" for "said"), or the words of a phrase cue. */
  base: string;
  /** Strong cues attribute on their own; weak ones (beliefs, plans, stances) only with a clause or a quote. */
  strength: 'strong' | 'weak';
}

const PHRASE_CUES_BY_FIRST_WORD = new Map<string, typeof PHRASE_CUES>();
for (const phrase of PHRASE_CUES)
  PHRASE_CUES_BY_FIRST_WORD.set(phrase.words[0], [...(PHRASE_CUES_BY_FIRST_WORD.get(phrase.words[0]) ?? []), phrase]);
const NO_PHRASES: typeof PHRASE_CUES = [];
const ABOUT = new Set(['about']);
/** The prepositions each stance verb takes ("warned of", "called for"), as sets. */
export const PARTICLES_OF_VERB = new Map(
  Object.entries(STANCE_PARTICLES).map(([base, particles]) => [base, new Set(particles.split('|'))]),
);

/** The reporting cues of each sentence, in order. */
export function findCues(doc: AnalysedText): Cue[][] {
  return doc.sentences.map((sentence) => {
    const cues: Cue[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const cue = cueAt(doc, i);
      if (cue) {
        cues.push(cue);
        i = cue.endToken - 1;
      }
    }
    return cues;
  });
}

/** The cue starting at token `at`, if one does: a phrase cue, or a reporting verb used as a verb. */
export function cueAt(doc: AnalysedText, at: number): Cue | null {
  const { tokens } = doc;
  const token = tokens[at];
  if (token.kind !== 'word' || doc.quoteAt[at] >= 0) return null;
  for (const phrase of PHRASE_CUES_BY_FIRST_WORD.get(token.lower) ?? NO_PHRASES) {
    let matches = true;
    for (let i = 0; i < phrase.words.length; i++) {
      const word = tokens[at + i];
      if (!word || word.lower !== phrase.words[i] || doc.quoteAt[at + i] >= 0) {
        matches = false;
        break;
      }
    }
    // ("two points out of a playoff spot": a count of points, not "points out")
    if (matches && phrase.words[1] === 'out' && tokens[at + phrase.words.length]?.lower === 'of') matches = false;
    if (matches)
      return {
        firstToken: at,
        endToken: at + phrase.words.length,
        sourceAfter: phrase.sourceAfter,
        base: phrase.words.join(' '),
        strength: 'strong',
      };
  }
  const verb = cueInfo(token.lower);
  if (!verb) return null;
  // title-case headlines capitalise their verbs: "Chris Christie Calls Hillary Clinton ‘A Disgrace’"
  // "Asked about …, she said": the participle opening a sentence
  const askedOpener = token.text === 'Asked' && (at === 0 || doc.sentenceOf[at - 1] !== doc.sentenceOf[at]);
  if (
    token.capitalised &&
    !askedOpener &&
    !(at > 0 && tokens[at - 1].kind === 'quote') &&
    !(
      isHeadline(doc, token.paragraph) &&
      /[^s]s$/.test(token.lower) &&
      at > 0 &&
      tokens[at - 1].capitalised &&
      tokens[at - 1].kind === 'word'
    )
  )
    return null;
  const prev = tokens[at - 1];
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
    !/^(said|told|says|tells|added|wrote|asked|explained|noted|argued|warned)$/.test(token.lower)
  )
    return null;
  if (
    prev &&
    prev.kind === 'word' &&
    prev.lower === 'to' &&
    !/^(went|go|goes|going|want|wants|wanted|continued|continue)$/.test(tokens[at - 2]?.lower ?? '')
  ) {
    // infinitives "to say" are cues only after "went on"/"continued"
    if (!(tokens[at - 2] && /^(on)$/.test(tokens[at - 2].lower))) return null;
  }
  // "he could have vetoed the contract", "voters would reject it": what someone might do or say is nobody's stance
  // or words (a quote is still its speaker's: "“…,” he would later say" is attributed by the quote's own reading)
  // ("Police would say only that …", "The spokesman could confirm that …": a verb of speech after "would", "could" or
  // "can", not negated, says what was said)
  if (afterModal(tokens, at) && !(TELLING.test(verb.base) && saidAfterModal(tokens, at) && clauseAhead(tokens, at)))
    return null;
  // "results would be announced within two days", "she was announced the winner", "he is accused": the passive's
  // subject is what was said or whom it was said of, not who said it; only a clause or a quote after it is somebody's
  // ("we are being told that …", "it was reported last week that …", "was asked whether …"), or its agent ("was accused
  // by …"), or what it was described as ("was described as “a disaster”")
  if (passive(tokens, at) && !saidInPassive(tokens, at)) return null;
  const next = tokens[at + 1];
  // "A woman accused of poisoning her husband wept": accusing takes its object before "of", so "accused of" right
  // after its noun is the passive one is accused in, not an accusation she makes (not "has accused of")
  if (
    token.lower === 'accused' &&
    next?.lower === 'of' &&
    // ("the field who he accused of preying on …": a subject before it is the one accusing)
    !/^(?:has|have|had|having|he|she|they|we|i|you|who)$/.test(prev?.lower ?? '') &&
    (tokens[at - 2]?.kind !== 'word' || !/^(?:has|have|had|having)$/.test(tokens[at - 2].lower))
  )
    return null;
  if (namingParticiple(doc, at)) return null;
  // "a trader who asked not to be identified because …", "asked for anonymity": a source's condition for speaking,
  // none of the words the article reports
  if (
    (verb.base === 'ask' || verb.base === 'request') &&
    ANONYMITY.test(
      tokens
        .slice(at + 1, at + 6)
        .map((word) => word.lower)
        .join(' '),
    )
  )
    return null;
  // "declared a state of emergency", "declared martial law": an act the words perform, nothing they say is so (a
  // declaration of war is also words, as the corpus marks it)
  if (
    verb.base === 'declare' &&
    (DECLARED_ACT.test(next?.lower ?? '') ||
      (/^(?:a|an|the)$/.test(next?.lower ?? '') && DECLARED_ACT.test(tokens[at + 2]?.lower ?? '')))
  )
    return null;
  // "called a strike", "called the election": convening or ordering something, not words about it
  if (
    verb.base === 'call' &&
    // (an event of one's own may still be called something: "called her vote a mistake")
    (/^(?:a|an)$/.test(next?.lower ?? '') ||
      (next?.lower === 'the' && CALLED_ONLY.test(tokens[at + 2]?.lower ?? ''))) &&
    CALLED_EVENT.test(tokens[at + 2]?.lower ?? '') &&
    convened(tokens, at + 3)
  )
    return null;
  if (violentAttack(doc, at)) return null;
  // "MENA quoted President Sisi as saying …": the words are the one quoted's, reported by the "saying"
  if (quotesAsSaying(tokens, at)) return null;
  // "without knowing who will win", "left without saying a word": what was not done reports nothing
  if (prev?.lower === 'without' && /ing$/.test(token.lower)) return null;
  if (!/^(say|tell|add)$/.test(verb.base) && !usedAsVerb(doc, at, verb.base)) return null;
  // "said" as an adjective ("the said property") or passive "is said to"
  if (
    next &&
    next.lower === 'to' &&
    /^(said|believed|thought|expected|known|reported|seen|shown|found)$/.test(token.lower)
  ) {
    // passive "is said to" — but not "Sanders said to cheers", "she said to reporters"
    const before = tokens[at - 1]?.lower ?? '';
    if (
      /^(is|are|was|were|be|been|being|widely|also|not|generally|often|long|n't|n’t)$/.test(before) ||
      token.lower !== 'said'
    )
      return null;
  }
  // "call for", "called on", "speaking of"
  let endToken = at + 1;
  if (
    next &&
    next.kind === 'word' &&
    ((/^call/.test(token.lower) && /^(for|on)$/.test(next.lower)) ||
      (/^speak/.test(token.lower) && /^(of|about|to|with)$/.test(next.lower)))
  )
    endToken = at + 2;
  else if (next && next.kind === 'word' && PARTICLES_OF_VERB.get(verb.base)?.has(next.lower)) endToken = at + 2;
  else if (/^(talk|speak|testify|comment|joke|boast|complain|warn)$/.test(verb.base)) {
    // "talking to voters about …", "spoke at length on Monday about …", "talked openly on social media about …"
    const about = particleAfter(doc, at + 1, ABOUT);
    if (about > 0) endToken = about + 1;
  }
  return { firstToken: at, endToken, sourceAfter: false, base: verb.base, strength: verb.strength };
}

/**
 * What a source asks for when asking to stay unnamed: "not to be named", "for anonymity", "requested anonymity", "that
 * her name not be used".
 */
const ANONYMITY =
  /^(?:not to be (?:named|identified|quoted)|(?:for )?anonymity|that (?:his|her|their) names? not be)\b/;

/** The word two tokens before `at`, lower case. */
function beforePrevLower(tokens: AnalysedText['tokens'], at: number): string {
  return tokens[at - 2]?.lower ?? '';
}

/**
 * "a company called Cambridge Analytica", "a new group dubbed “Black Votes Matter”": a participle that names what the
 * indefinite noun before it is, not anybody's words.
 */
function namingParticiple(doc: AnalysedText, at: number): boolean {
  const { tokens } = doc;
  if (!/^(called|named|dubbed|titled|entitled)$/.test(tokens[at].lower)) return false;
  const next = tokens[at + 1];
  if (!next || !(next.kind === 'quote' || (next.kind === 'word' && next.capitalised))) return false;
  // a person may call somebody something ("one lawmaker called Trump “the orange prince”")
  if (PERSON_NOUNS.has(tokens[at - 1]?.lower ?? '')) return false;
  // back over the noun and its modifiers to an indefinite determiner: "a", "an", "one", "another"
  for (let i = at - 1; i >= 0 && at - i <= NAMED_NOUN_WORDS; i--) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.sentenceOf[i] !== doc.sentenceOf[at]) return false;
    if (/^(a|an|one|another)$/.test(token.lower)) return i < at - 1;
    if (token.capitalised && i === at - 1) return false;
    if (AUX_ADV.has(token.lower) || /Pronoun|Verb|PastTense|PresentTense/.test(lexTag(token.lower) ?? '')) return false;
  }
  return false;
}

/** Words that make an attack a deed of violence: "terrorist attacks", "a suicide attack", "the 2012 attack". */
export const VIOLENT_ATTACK_MODIFIERS =
  /^(terrorist|terror|terrorism|violent|deadly|fatal|suicide|military|armed|militant|jihadist|islamist|bomb|bombing|car-bomb|rocket|missile|mortar|air|airstrike|drone|chemical|nuclear|cyber|knife|gun|truck|arson|physical|lone-wolf|coordinated|mass|\d{4})$/;

/**
 * "the Paris attacks", "Benghazi attacks", "Friday's attacks", "terrorist attacks": "attack(s)" after a place, a day or a
 * word of violence is a deed, a noun; nobody's words.
 */
function violentAttack(doc: AnalysedText, at: number): boolean {
  const { tokens } = doc;
  if (!/^attacks?$/.test(tokens[at].lower)) return false;
  const prev = tokens[at - 1];
  if (!prev || prev.kind !== 'word') return false;
  if (VIOLENT_ATTACK_MODIFIERS.test(prev.lower)) return true;
  if (!prev.capitalised) return false;
  // a place ("Paris attacks test …") or any name after an article ("the Benghazi attacks", "the San Bernardino attack")
  if (isCityOrRegion(prev.lower) || /Country|Place|City|Region|WeekDay/.test(lexTag(prev.lower) ?? '')) return true;
  for (let i = at - 2; i >= 0 && at - i <= 3; i--) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.sentenceOf[i] !== doc.sentenceOf[at]) return false;
    if (/^(the|a|an|this|that|these|those|last|recent)$/.test(token.lower)) return true;
    if (!token.capitalised) return false;
  }
  return false;
}

/** How many words may stand between "a" and the participle that names it ("a new political action group called"). */
const NAMED_NOUN_WORDS = 5;

/**
 * The particle of a stance verb a few words on, past a listener or adjuncts ("to voters", "openly", "on social media",
 * "at length", "with reporters"): its token index, or -1.
 */
function particleAfter(doc: AnalysedText, from: number, particles: Set<string>): number {
  const { tokens } = doc;
  let sawPreposition = false;
  for (let i = from; i < tokens.length && i - from < 9; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.quoteAt[i] >= 0 || doc.sentenceOf[i] !== doc.sentenceOf[from]) return -1;
    if (
      particles.has(token.lower) &&
      i > from &&
      (sawPreposition ||
        /ly$|^(much|more|at|length|again|publicly|privately|often|briefly|little)$/.test(tokens[i - 1].lower))
    )
      return i;
    // "spoke highly of", "talks freely of" (but not "spoke on the condition of")
    if (token.lower === 'of' && i > from && /ly$/.test(tokens[i - 1].lower) && tokens[i - 1].kind === 'word') return i;
    if (/^(to|with|on|at|in|during|before|after)$/.test(token.lower)) sawPreposition = true;
    else if (!sawPreposition && !/ly$|^(much|more|little|again|at|length|often|also)$/.test(token.lower)) return -1;
    else if (
      sawPreposition &&
      (cueInfo(token.lower) ||
        /^(that|and|but|or|who|which|is|was|are|were|has|have|had|will|would)$/.test(token.lower))
    )
      return -1;
  }
  return -1;
}

/**
 * Is the reporting word at `at` used as a verb? "the Trump campaign", "his plans", "support from donors" are nouns;
 * "they support", "Trump plans to", "she will oppose" are verbs.
 */
function usedAsVerb(doc: AnalysedText, at: number, base: string): boolean {
  const { tokens } = doc;
  const token = tokens[at];
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  if (!prev || prev.kind !== 'word') return token.lower !== base; // after punctuation: participles and past forms only
  // "the 2016 campaign", "a 10 percent rise" are nouns; "the 45-year-old admitted" a person and a verb of speech
  // (not of wanting: "if a 21-year-old wanted to …" tells of nobody's words)
  if (/^['’]s$/.test(prev.lower) || (/^\d/.test(prev.text) && !(AGE_NOUN.test(prev.lower) && SPEECH_BASES.has(base))))
    return false;
  const prevTag = lexTag(prev.lower);
  // (a capitalised word inside a name is no adjective: "Manchester United confirmed", "Southwest Airlines reported")
  // (not a headline's capitals, nor after a capitalised determiner: "Most Southern states")
  const inName =
    prev.capitalised &&
    at >= 2 &&
    tokens[at - 2].kind === 'word' &&
    tokens[at - 2].capitalised &&
    !/Determiner|Adjective/.test(lexTag(tokens[at - 2].lower) ?? '') &&
    !QUANTIFIER.test(tokens[at - 2].lower) &&
    !isHeadline(doc, token.paragraph);
  if (
    prevTag &&
    /Adjective|Determiner/.test(prevTag) &&
    !/Noun|Actor|Verb/.test(prevTag) &&
    !AUX_ADV.has(prev.lower) &&
    !inName
  )
    return false;
  if (token.lower === base) {
    // the bare form needs an auxiliary, "to", or a plural / first- or second-person subject
    if (
      /^(will|would|could|should|may|might|must|can|cannot|did|does|do|n't|n’t|not|to|they|we|i|you|who|also|still|now|often|never|always|generally|strongly|publicly|openly|repeatedly)$/.test(
        prev.lower,
      )
    )
      return true;
    // a plural subject: "voters support", "Polls show" (capitalised only because it opens the sentence)
    const subjectOpensSentence = at < 2 || doc.sentenceOf[at - 2] !== doc.sentenceOf[at - 1];
    if (
      /[^s']s$/.test(prev.lower) &&
      (!prev.capitalised || (subjectOpensSentence && !/^(this|his|its|has|was|is|as|us|thus|yes)$/.test(prev.lower)))
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
  if (/[^s]s$/.test(token.lower) && next && /^(of|from|on|in|by|for|among|between|against)$/.test(next.lower))
    return false;
  // "media reports and party sources said", "despite media attacks,": a form in -s after a plural noun of no group of
  // people, whose verb would be the bare form, is a noun it modifies (unless what was said follows: "the media reports
  // that …"); after people it is the verb of a subject further back ("A slide shown to leaders shows …")
  if (
    /[^s]s$/.test(token.lower) &&
    !prev.capitalised &&
    lexTag(prev.lower) === 'Plural' &&
    !isGroupNoun(prev) &&
    !(next && (next.lower === 'that' || next.kind === 'quote' || next.text === ':'))
  )
    return false;
  // "its profitability and sustainability rules", "the company's performance claims": a noun after "and" or a
  // possessive, then a plural, is one noun phrase (not after a person's or a body's noun: "the city's lawyer says")
  if (
    /[^s]s$/.test(token.lower) &&
    lexTag(token.lower) === 'Plural' &&
    !prev.capitalised &&
    /^(?:and|or|['’]s)$/.test(beforePrevLower(tokens, at)) &&
    !PERSON_NOUNS.has(prev.lower) &&
    !ORG_WORDS.has(prev.lower) &&
    !/Plural|Verb|Tense|Adverb|Pronoun|Determiner|Preposition|Conjunction/.test(lexTag(prev.lower) ?? '') &&
    !FUNCTION_WORDS.has(prev.lower) &&
    // ("the bureau's data shows that …", "and research shows that …": a verb of what it reports)
    !(next && (next.lower === 'that' || next.kind === 'quote' || next.text === ':'))
  )
    return false;
  // "protested against government plans to close …": a preposition before a noun and an "-s" word makes the two a
  // noun phrase ("the government plans to close …" is either, and stays a verb)
  const beforePrev = tokens[at - 2];
  if (
    /[^s]s$/.test(token.lower) &&
    !prev.capitalised &&
    beforePrev?.kind === 'word' &&
    /^(of|from|on|in|by|for|against|over|about|with|under|to)$/.test(beforePrev.lower) &&
    !/^(he|she|it|they|we|who)$/.test(prev.lower) &&
    // ("A professor of economics warns that …": the phrase after a person's noun is its subject's, the verb follows)
    !PERSON_NOUNS.has(tokens[at - 3]?.lower ?? '')
  )
    return false;
  return true;
}

/**
 * "Officers were responding to a call about a fight", "Lewis did not respond to a request for comment": an act in
 * progress or a response not given says nothing; what it is "to" is nobody's words (a quote after "to" still is one:
 * "Clinton responds to “Why now?”"). The verb still ends the clause before it, so it stays a cue that finds nothing.
 */
export function respondedToNothingSaid(tokens: Token[], at: number): boolean {
  if (!/^respond/.test(tokens[at].lower) || tokens[at + 1]?.lower !== 'to') return false;
  if (tokens[at + 2]?.kind === 'quote') return false;
  if (tokens[at].lower === 'responding' && /^(?:is|are|was|were|be|been|am)$/.test(tokens[at - 1]?.lower ?? ''))
    return true;
  // back over "not", "yet", "immediately", "did", "has" to a negation: "did not immediately respond", "has not yet responded"
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
    const lower = tokens[i].lower;
    if (/^(?:not|never|n't|n’t)$/.test(lower)) return true;
    if (!/^(?:yet|immediately|also|still|did|does|do|has|have|had)$/.test(lower)) return false;
  }
  return false;
}

/** A person named by age: "the 45-year-old", "two 19-year-olds". */
const AGE_NOUN = /^\d+-year-olds?$/;

/** Whether a modal stands right before the word at `at`, past a "not" and a "have" ("could not", "would have"). */
function afterModal(tokens: Token[], at: number): boolean {
  let back = at - 1;
  if (tokens[back]?.lower === 'have') back--;
  if (/^(?:not|n['’]t)$/.test(tokens[back]?.lower ?? '')) back--;
  return MODAL.test(tokens[back]?.lower ?? '');
}

const MODAL = /^(?:could|would|should|might|may|must|can|cannot|wo|ca)$/;

/** Verbs that tell what is so, whose "would say", "could confirm" still report it. */
const TELLING =
  /^(?:say|tell|confirm|write|report|announce|explain|reply|answer|note|recall|acknowledge|admit|insist|state)$/;

/** The most tokens of the one quoted between "quoted" and "as saying" ("quoted a ministry spokesman as saying"). */
const QUOTED_ONE_TOKENS = 10;

/** Whether the verb at `at` quotes or cites someone "as saying": "quoted Mayor Ann Roe as saying …". */
function quotesAsSaying(tokens: Token[], at: number): boolean {
  if (!QUOTING_VERB.test(tokens[at].lower)) return false;
  for (let i = at + 2; i < tokens.length && i <= at + QUOTED_ONE_TOKENS; i++) {
    if (tokens[i].kind === 'quote' || /^[;:]$/.test(tokens[i].text)) return false;
    if (tokens[i].lower === 'as' && AS_SAYING.test(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Whether the modal right before `at` is a plain "would", "could" or "can": no "not", no "have". */
function saidAfterModal(tokens: Token[], at: number): boolean {
  return /^(?:would|could|can)$/.test(tokens[at - 1]?.lower ?? '');
}

/** Whether the word at `at` is a participle after a form of "be", past an adverb ("was first reported", "is accused"). */
function passive(tokens: Token[], at: number): boolean {
  // ("was found under the nails", "was heard", "was felt": irregular participles too)
  if (!/(?:ed|en|wn|ld|ght|id|nd|rd|lt)$/.test(tokens[at].lower)) return false;
  let back = at - 1;
  if (/ly$|^(?:also|not|first|later|then|now|once|never|often|widely)$/.test(tokens[back]?.lower ?? '')) back--;
  return /^(?:is|are|was|were|be|been|being)$/.test(tokens[back]?.lower ?? '');
}

/** What one calls by convening or ordering it: "called a strike", "called a snap election". */
const CALLED_EVENT =
  /^(?:strike|strikes|election|elections|snap|general|meeting|vote|halt|recess|session|referendum|news|press|hearing|truce|ceasefire|cease-fire|timeout|walkout|boycott|rally|summit|conference|inquiry)$/;

/** What a declaration puts in force: "declared a curfew", "declared martial law". */
const DECLARED_ACT =
  /^(?:state|curfew|emergency|disaster|martial|independence|bankruptcy|holiday|ceasefire|cease-fire|truce|lockdown|moratorium|quarantine|day|national|public)$/;

/** Events that are only ever convened or ordered, whatever follows them: "the union which called the strike". */
const CALLED_ONLY = /^(?:strike|strikes|halt|recess|referendum|ceasefire|cease-fire|truce|walkout|hearing|meeting)$/;

/**
 * Whether what follows a passive cue is what was said or who said it: a quote, a colon, "by" its agent, "as" after a
 * verb of describing, or "that"/"whether"/"if" within a few words ("was reported last week that").
 */
function saidInPassive(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || next.text === ':') return true;
  // (the agent of a verb of addressing speaks: "was asked by the host"; "could be explained by the couple's
  // relationship", "was confirmed by tests" name a cause, and the subject is what was said, not who)
  // ("It was announced by the league that …": an agent and the clause it said)
  if (next.lower === 'by') return PATIENT_PASSIVES.has(tokens[at].lower) || clauseAfterAgent(tokens, at + 1);
  if (next.lower === 'as' && /^(?:describ|characteriz|characteris|label|portray|depict|quot)/.test(tokens[at].lower))
    return true;
  return clauseAhead(tokens, at);
}

/** Whether "that"/"whether" follows the agent after "by" at `by` within a few words: "by the league that …". */
function clauseAfterAgent(tokens: Token[], by: number): boolean {
  for (let at = by + 1; at < tokens.length && at <= by + 8; at++) {
    if (/^(?:that|whether)$/.test(tokens[at].lower)) return true;
    if (tokens[at].kind !== 'word') return false;
  }
  return false;
}

/**
 * Whether what was said follows the cue at `at`: a quote or a colon, or "that"/"whether"/"if"/"how"… within a few words
 * ("was reported last week that", "would tell reporters later that"), no "to" before it ("is intended to make sure
 * that" is no report).
 */
function clauseAhead(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next && (next.kind === 'quote' || next.text === ':')) return true;
  for (let ahead = at + 1; ahead <= at + PASSIVE_CLAUSE_LOOKAHEAD && tokens[ahead]; ahead++) {
    if (/^(?:that|whether|if|how|why|what|when|where|who)$/.test(tokens[ahead].lower)) return true;
    if (tokens[ahead].kind !== 'word' || tokens[ahead].lower === 'to') return false;
  }
  return false;
}

/** How many words a cue's clause may wait for after it: "was reported late last week that". */
const PASSIVE_CLAUSE_LOOKAHEAD = 4;

/**
 * Whether the words after an event that was called end the act of calling it: the clause's end, a time or a purpose
 * ("called a strike for Monday", "called a meeting to discuss …"), and no quote after them ("called the vote a sham",
 * "called a vote on the bill “a sham”", "called a strike by teachers illegal": what it was called follows).
 */
function convened(tokens: Token[], from: number): boolean {
  const next = tokens[from];
  if (next && next.kind === 'word' && !CONVENED_AFTER.test(next.lower)) return false;
  for (let ahead = from; ahead < from + CALLED_LOOKAHEAD && tokens[ahead]; ahead++) {
    if (tokens[ahead].kind === 'quote') return false;
    if (/^[.!?;]$/.test(tokens[ahead].text)) break;
  }
  return true;
}

/** What may follow an event that was called: a time, a purpose, a relative clause. */
const CONVENED_AFTER =
  /^(?:for|on|to|in|at|after|before|next|this|last|over|amid|which|that|and|but|because|since|as|so|when|while)$/;

/** How far a quote may come after an event that was called and still be what it was called. */
const CALLED_LOOKAHEAD = 12;

/** Words that open a noun phrase with a quantity: "Most Southern states", "Many Democratic senators". */
const QUANTIFIER = /^(?:most|some|many|all|few|several|both|each|every|no|other|more|fewer)$/;
