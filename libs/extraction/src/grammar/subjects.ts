/**
 * Subjects: who a cue's sentence is about when the source stands before the verb, past auxiliaries, appositions
 * ("Smith, a spokesman for the campaign, said") and relative clauses ("Democrats in Iowa who watched … said").
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { cueAt } from '../cues';
import { isCityOrRegion, lexTag } from '../entities/word-tags';
import { isStateWritten } from '../entities/find-entities';
import {
  coordinatedKindBefore,
  hasName,
  isPronounPhrase,
  isNameRun,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  opensClause,
  withGroupBefore,
} from './noun-phrases';
import {
  GROUP_LINK,
  isGroupNoun,
  isKnownPersonNoun,
  isKnownPersonPlural,
  isPersonNoun,
  linksToPlace,
  NUMBER_WORD,
  validSource,
} from './plausible-sources';
import { ADJUNCT_PREPS, AUX_ADV, FUNCTION_WORDS, isSourceRelation } from '../lexicon/function-words';
import {
  DOCUMENT_NOUNS,
  MEDIA_HEADS,
  MEDIA_NAMES,
  ORG_WORDS,
  PEOPLE_COLLECTIVES,
  PERSON_NOUNS,
  PLATFORMS,
} from '../lexicon/speaker-nouns';
import { SENTENCE_END } from '../sentences';
import { Token } from '../tokens';

/** The subject noun phrase ending right before token `verb`, walking backwards no further than `earliest`. */
export function subjectBefore(doc: AnalysedText, verb: number, earliest: number): TokenRange | null {
  const subject = subjectPhraseBefore(doc, verb, earliest);
  return subject && nameAfterOpeningPhrase(doc, subject, earliest);
}

/** Prepositions that open a sentence with a time, an occasion or a channel ("In an interview", "After the debate"). */
const OPENING_PREPOSITIONS = /^(?:in|during|at|after|before|on|following|throughout|since|over|from|with)$/;

/** Words that may open a sentence before its opening phrase: "But in an interview …". */
const SENTENCE_LINKS = /^(?:but|and|so|yet|still|then|later|earlier)$/;

/**
 * "In an interview Senator Ann Roe called …", "After the debate Ann Roe said …", "At a rally in Ohio Tom Pike said …":
 * a sentence opening with a phrase of occasion that no comma closes runs the occasion's noun into the name after it;
 * the name alone is the subject. Only when the phrase opens the sentence, and the name follows a common noun, a place
 * after "in", an outlet or a weekday (the subject as found otherwise).
 */
function nameAfterOpeningPhrase(doc: AnalysedText, subject: TokenRange, earliest: number): TokenRange {
  const { tokens } = doc;
  let open = earliest;
  while (open < subject.firstToken && tokens[open].kind !== 'word') open++;
  if (open < subject.firstToken && SENTENCE_LINKS.test(tokens[open].lower)) open++;
  // (not a headline in capitals: "AT LEAST 10 KILLED …")
  if (
    open >= subject.firstToken ||
    !OPENING_PREPOSITIONS.test(tokens[open].lower) ||
    tokens[open].text === tokens[open].text.toUpperCase()
  )
    return subject;
  for (let i = open; i < subject.endToken; i++)
    if (tokens[i].kind !== 'word' || doc.quoteAt[i] >= 0) {
      // (the full stop of a title inside the name: "Sen. Ann Roe")
      if (!(tokens[i].text === '.' && i > subject.firstToken && tokens[i - 1].capitalised)) return subject;
    }
  for (let k = subject.firstToken + 1; k < subject.endToken; k++) {
    const before = tokens[k - 1];
    if (before.kind !== 'word' || !personNameAt(doc, k, subject.endToken)) continue;
    // the occasion's noun, which the lexicon may read as a verb: "an interview Roe", "the debate Ann Roe"
    const afterNoun =
      !before.capitalised &&
      !FUNCTION_WORDS.has(before.lower) &&
      !/Adjective|Adverb|Determiner|Preposition|Conjunction|Pronoun/.test(lexTag(before.lower) ?? '');
    // the place of the occasion: "a rally in Ohio Tom Pike" (not "former California Gov. Jerry Brown")
    const afterPlace =
      /^(?:in|of|from|at)$/.test(tokens[k - 2]?.lower ?? '') &&
      (isCityOrRegion(before.lower) || /Country|Place|City|Region/.test(lexTag(before.lower) ?? ''));
    // an outlet or a body the occasion was with: "the Daily Courier Senator Ann Roe", "the Washington Post Trump"
    const afterOutlet =
      before.capitalised &&
      (MEDIA_HEADS.has(before.lower) ||
        ORG_WORDS.has(before.lower) ||
        MEDIA_NAMES.has(before.lower) ||
        PLATFORMS.has(before.lower)) &&
      !MEDIA_HEADS.has(tokens[k].lower) &&
      !ORG_WORDS.has(tokens[k].lower);
    if (afterNoun || afterPlace || afterOutlet || WEEKDAY.test(before.text))
      return { firstToken: k, endToken: subject.endToken };
  }
  return subject;
}

/** Whether the tokens from `from` to `to` are a person's name, a title before it allowed ("Sen. Ann Roe", "Roe"). */
function personNameAt(doc: AnalysedText, from: number, to: number): boolean {
  const { tokens } = doc;
  if (to - from > 6 || !tokens[from].capitalised) return false;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.text === '.' && i > from) continue;
    if (token.kind !== 'word' || !token.capitalised || FUNCTION_WORDS.has(token.lower)) return false;
  }
  return tokens[to - 1].kind === 'word';
}

function subjectPhraseBefore(doc: AnalysedText, verb: number, earliest: number): TokenRange | null {
  const { tokens } = doc;
  let last = verb - 1;
  // skip auxiliaries and adverbs: "has also said", "Cruz gingerly said" (a word in -ly the lexicon does not know,
  // right after a name that is not a place: "the Ohio assembly said" keeps its noun)
  while (
    last >= earliest &&
    tokens[last].kind === 'word' &&
    !tokens[last].capitalised &&
    ((AUX_ADV.has(tokens[last].lower) && !/^(who|which|that)$/.test(tokens[last].lower)) ||
      unlistedAdverbAfterName(doc, last, earliest))
  )
    last--;
  if (last < earliest) return null;
  // a time or a channel between the subject and its verb: "Sean Spicer on Thursday evening said", "the mayor last week
  // said", "Gov. Tom Reed in a statement said", "the senator on Monday in an interview said"
  for (let adjuncts = 0; adjuncts < 2; adjuncts++) {
    const before = Math.max(timeAdjunctStart(doc, last, earliest), channelAdjunctStart(doc, last, earliest));
    if (before <= earliest) break;
    last = before - 1;
  }
  // relative pronoun: "Johnson, who said" -> Johnson
  if (tokens[last].kind === 'word' && /^(who|which|that)$/.test(tokens[last].lower)) {
    if (tokens[last].lower === 'that') return null;
    let antecedentEnd = last - 1;
    if (antecedentEnd >= earliest && tokens[antecedentEnd].text === ',') antecedentEnd--;
    const antecedent = nounPhraseEndingAt(doc, antecedentEnd, earliest);
    // "residents of Diepsloot, a township north of Johannesburg, who argued": a "who" is the people before the
    // apposition of a place or a thing
    const before = antecedent ? antecedent.firstToken - 1 : -1;
    if (
      antecedent &&
      tokens[last].lower === 'who' &&
      before - 1 >= earliest &&
      tokens[before].text === ',' &&
      /^(a|an|the)$/.test(tokens[antecedent.firstToken].lower) &&
      !validSource(doc, antecedent)
    )
      return nounPhraseEndingAt(doc, before - 1, earliest) ?? antecedent;
    return antecedent;
  }
  // appositive: "Rucker Culpepper, who runs …, said" / "Meeks (D-N.Y.), chairman of the PAC, said"
  if (tokens[last].text === ',') {
    const long = longAppositiveSubject(doc, last, earliest);
    if (long) return long;
    for (let i = last - 1; i >= Math.max(earliest, last - 30); i--) {
      if (doc.quoteAt[i] >= 0 && !isNickname(doc, doc.quoteAt[i])) break;
      if (tokens[i].text === ',') {
        const phrase = nounPhraseEndingAt(doc, i - 1, earliest);
        const appositionStart = tokens[i + 1];
        if (
          phrase &&
          appositionStart &&
          appositionStart.kind === 'word' &&
          (hasName(doc, phrase) || isPronounPhrase(doc, phrase))
        ) {
          if (isPronounPhrase(doc, phrase)) return phrase;
          // "A software engineer in Corvane's Denver office, who asked …, said": "who" stands for the person the
          // place or body after a preposition is the place of
          const person = appositionStart.lower === 'who' ? personBefore(doc, phrase, earliest) : null;
          // "Officials in Ohio, citing the storm, said": the group before the place
          return person ?? withGroupBefore(doc, phrase, earliest);
        }
        // "a top strategist, John Weaver, said": a description with the name in apposition
        // ("One of those clients, 71-year-old retired teacher Walter Briggs, said": a calling before the name)
        if (phrase && (isNameRun(doc, i + 1, last) || isCallingAndName(doc, i + 1, last)) && validSource(doc, phrase))
          return { firstToken: phrase.firstToken, endToken: last };
        break;
      }
      // the full stop of an abbreviation inside the apposition ("McConnell, R-Ky., said") ends nothing
      if (SENTENCE_END.has(tokens[i].text) && !(tokens[i].text === '.' && tokens[i + 1]?.text === ',')) break;
    }
    return null;
  }
  if (/^(—|–|-|--)$/.test(tokens[last].text)) return longAppositiveSubject(doc, last, earliest);
  // "An official who oversaw the count said", "A trader who asked for anonymity to discuss orders said": a relative
  // clause of a person stands between the subject and the verb (its object is not the subject)
  const overRelative = ownerOverClause(doc, last, earliest) ?? personBeforeRelative(doc, verb, last, earliest);
  if (overRelative) return overRelative;
  // (a plural the lexicon reads as a verb is a noun right before the verb: "Two nurses said", "The delegates say")
  const bare = withoutObjectBefore(doc, nounPhraseEndingAt(doc, last, earliest, isGroupNoun(tokens[last])));
  const grouped = bare ? withShareBefore(doc, withGroupBefore(doc, bare, earliest), earliest) : bare;
  // "The family of a woman killed by a bus in Leeds on Friday has demanded": the place a participle's clause ends
  // with is not the subject; the people the sentence opens with are
  const placed = (grouped && grouped === bare && ownersBeforePlace(doc, grouped, earliest)) || grouped;
  const phrase =
    (placed && (peopleRelatedTo(doc, placed, earliest) ?? coordinatedKindBefore(doc, placed, earliest))) || placed;
  if (phrase && !validSource(doc, phrase)) {
    // "Experts on North Korea and nuclear nonproliferation said", "elected officials from both parties say"
    let current = phrase;
    for (let steps = 0; steps < 3; steps++) {
      const link = current.firstToken - 1;
      if (
        link - 1 < earliest ||
        tokens[link].kind !== 'word' ||
        !/^(on|in|from|at|of|for|with|across|around|and)$/.test(tokens[link].lower) ||
        doc.quoteAt[link] >= 0
      )
        break;
      const before = nounPhraseEndingAt(doc, link - 1, earliest);
      if (!before) break;
      if (
        tokens[link].lower !== 'and' &&
        validSource(doc, before) &&
        !isPronounPhrase(doc, before) &&
        (!tokens[before.endToken - 1].capitalised || before.endToken - 1 === earliest)
      )
        return { firstToken: before.firstToken, endToken: phrase.endToken };
      current = before;
    }
    // "Democrats in Iowa who watched the Saturday debate said": the subject is the noun before "who"
    for (let i = phrase.firstToken - 1; i > earliest && phrase.firstToken - i <= 12; i--) {
      const token = tokens[i];
      if (doc.quoteAt[i] >= 0 || token.kind !== 'word') break;
      if (token.lower !== 'who') continue;
      let subject = nounPhraseEndingAt(doc, i - 1, earliest);
      // "Democrats in Iowa", "voters from Ohio"
      while (
        subject &&
        subject.firstToken - 2 >= earliest &&
        /^(in|from|at|of)$/.test(tokens[subject.firstToken - 1].lower)
      ) {
        const more = nounPhraseEndingAt(doc, subject.firstToken - 2, earliest);
        if (!more || !validSource(doc, more)) break;
        subject = { firstToken: more.firstToken, endToken: subject.endToken };
      }
      if (subject && validSource(doc, subject)) return { firstToken: subject.firstToken, endToken: phrase.endToken };
      break;
    }
  }
  // "Del. Stacey Plaskett of the Virgin Islands said", "the head of the agency said", "A review by The Times shows":
  // the subject is the phrase "of" (or a determined noun's "by") hangs from, not the place or body after it
  if (phrase && phrase.firstToken - 2 >= earliest) {
    const hung = bodyBeforePlace(doc, phrase, earliest);
    const link = tokens[hung.firstToken - 1];
    const owner =
      link.kind === 'word' &&
      (link.lower === 'of' ||
        // ("A spokesman for the prime minister said", "An aide to Senator Ruth Collins said": whom they work for)
        (/^(?:for|to)$/.test(link.lower) &&
          PERSON_NOUNS.has(tokens[hung.firstToken - 2]?.lower ?? '') &&
          // (past one modifier: "A senior adviser to President Obama")
          (/^(?:a|an)$/.test(tokens[hung.firstToken - 3]?.lower ?? '') ||
            (/^(?:a|an)$/.test(tokens[hung.firstToken - 4]?.lower ?? '') &&
              tokens[hung.firstToken - 3]?.kind === 'word' &&
              !tokens[hung.firstToken - 3].capitalised))) ||
        (link.lower === 'by' &&
          hung === phrase &&
          /^(a|an|the|this|that|new)$/.test(tokens[earliestWordOf(doc, phrase.firstToken - 2, earliest)].lower))) &&
      doc.quoteAt[hung.firstToken - 1] < 0
        ? nounPhraseEndingAt(doc, hung.firstToken - 2, earliest)
        : null;
    if (
      owner &&
      (validSource(doc, owner) || personHeaded(doc, owner)) &&
      !isPronounPhrase(doc, owner) &&
      !overlapsAnyQuote(doc, owner)
    )
      return { firstToken: owner.firstToken, endToken: phrase.endToken };
  }
  return (phrase && groupIncluding(doc, phrase, earliest)) ?? phrase;
}

/**
 * "a move officials said would save $3 million", "a plan critics say": an "a" cannot go with a plural group, so the
 * words up to its noun are the object a relative clause without "that" follows, and the group alone is the subject
 * (not after a word of quantity: "a dozen officials", "a few residents").
 */
function withoutObjectBefore(doc: AnalysedText, phrase: TokenRange | null): TokenRange | null {
  if (!phrase || phrase.endToken - phrase.firstToken < 3) return phrase;
  const { tokens } = doc;
  const [article, noun] = [tokens[phrase.firstToken], tokens[phrase.firstToken + 1]];
  const head = tokens[phrase.endToken - 1];
  if (
    !/^(?:a|an)$/.test(article.lower) ||
    noun.capitalised ||
    /s$/.test(noun.lower) ||
    QUANTITY.test(noun.lower) ||
    /^(?:Adjective|Comparative|Superlative|Value|Cardinal)$/.test(lexTag(noun.lower) ?? '') ||
    !/[^s]s$/.test(head.lower) ||
    !isGroupNoun(head)
  )
    return phrase;
  // (nothing but the group's own modifiers after the noun: "a plurality of refugees" is one phrase)
  for (let at = phrase.firstToken + 2; at < phrase.endToken; at++)
    if (tokens[at].kind !== 'word' || FUNCTION_WORDS.has(tokens[at].lower) || /\d/.test(tokens[at].text)) return phrase;
  return { firstToken: phrase.firstToken + 2, endToken: phrase.endToken };
}

/** Words of quantity an "a" goes with before a plural: "a dozen officials", "a few residents", "a lot of". */
const QUANTITY =
  /^(?:few|dozen|couple|hundred|thousand|million|billion|lot|number|handful|majority|minority|host|pair|score|series|total|group|bunch|variety|half|third|quarter|growing|great|good|small|large|record)$/;

/** The most tokens of a relative clause read between a person and the verb they are the subject of. */
const RELATIVE_TOKENS = 14;

/**
 * The person before a "who" whose relative clause, with a verb of its own, runs up to token `last` right before the
 * cue: "An official who oversaw the count [said]" (not "The woman who Smith [said] …": there the cue is the clause's
 * own verb, and Smith its subject).
 */
function personBeforeRelative(doc: AnalysedText, verb: number, last: number, earliest: number): TokenRange | null {
  const { tokens } = doc;
  // (a verb in the past, or "says": a noun the lexicon also reads as a verb in -s is the relative clause's object,
  // "critics who called the remarks …", "someone who doesn't answer questions …")
  if (lexTag(tokens[verb].lower) !== 'PastTense' && tokens[verb].lower !== 'says') return null;
  // (a pronoun or a name right before the verb is its subject: "… who said she planned", "who Smith said")
  if (tokens[last].capitalised || /^(?:he|she|they|we|i|you|it)$/.test(tokens[last].lower)) return null;
  let verbSeen = false;
  for (let i = last; i > earliest && last - i < RELATIVE_TOKENS; i--) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.quoteAt[i] >= 0) return null;
    if (token.lower !== 'who') {
      if (i > 0 && tokens[i - 1].lower !== 'to' && (/ed$/.test(token.lower) || /Tense/.test(lexTag(token.lower) ?? '')))
        verbSeen = true;
      continue;
    }
    if (!verbSeen || i === last) return null;
    const person = nounPhraseEndingAt(doc, i - 1, earliest);
    if (!person || !validSource(doc, person) || isPronounPhrase(doc, person)) return null;
    // ("a longtime adviser to Barack Obama who helped …": after a preposition the "who" may be the description's)
    if (/^(?:to|for|of|at|with|from|by|in|on)$/.test(tokens[person.firstToken - 1]?.lower ?? '')) return null;
    return person;
  }
  return null;
}

/** A phrase whose head, its last word, is a lower-case noun known for a person ("A cousin", "The grieving nephew"). */
function personHeaded(doc: AnalysedText, phrase: TokenRange): boolean {
  const head = doc.tokens[phrase.endToken - 1];
  return head.kind === 'word' && !head.capitalised && isKnownPersonNoun(head.lower);
}

/** A name, or a noun for people or a person: who might speak ("Roe", "paramedics", "a nurse"). */
function mayBeSpeaker(token: Token): boolean {
  return (
    token.kind === 'word' &&
    (token.capitalised || isGroupNoun(token) || isKnownPersonNoun(token.lower) || isKnownPersonPlural(token.lower))
  );
}

/** The most tokens from the verb back to the "of" after a person, over the clause that follows its object. */
const OWNED_CLAUSE_TOKENS = 16;

/** Words that open another clause, whose verb the cue may be ("… and officials said", "… because police said"). */
const CLAUSE_JOINT = /^(?:and|or|but|nor|because|while|when|whenever|where|if|although|though|unless|whether|as|so)$/;

/** Words that may be a preposition or open a clause ("died after the crash", "was shot after police said"). */
const TIME_JOINT = /^(?:after|before|since|until)$/;

const PREPOSITION =
  /^(?:of|in|at|on|by|from|with|for|to|near|into|onto|over|under|through|across|against|about|during|without|within|outside|inside|behind|along|toward|towards|among|between|around|beside|despite|via|off)$/;

const RELATIVE_PRONOUN = /^(?:who|whom|whose|which|that)$/;

const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you|it)$/;

/**
 * "The owner of the dog that bit the child said", "A relative of the man shot by police said", "A classmate of the boy
 * who drowned said": a person or group opening the clause, then "of" ("for", "to") and its object, which a relative
 * clause with a verb of its own or a participle follows up to the cue: the subject is the whole phrase, not the
 * clause's object or agent. Null when the clause opens with no such person, or when the cue may be the verb of a
 * clause within ("the boy who police said …", "was shot after officers said", "rejected the offer the union said …").
 */
function ownerOverClause(doc: AnalysedText, last: number, earliest: number): TokenRange | null {
  const { tokens } = doc;
  const end = tokens[last];
  if (end.kind !== 'word' || SUBJECT_PRONOUN.test(end.lower) || FUNCTION_WORDS.has(end.lower)) return null;
  const isRelative = (at: number) => tokens[at]?.kind === 'word' && RELATIVE_PRONOUN.test(tokens[at].lower);
  // a verb: by its form or the lexicon, or the word right after a relative pronoun that is no subject of its own
  // ("that bit the child", not "that officials …"); no plural for people ("who guards said") and nothing after an
  // article or a possessive ("the offer the union said")
  const isVerb = (at: number) => {
    const token = tokens[at];
    if (
      token.kind !== 'word' ||
      token.capitalised ||
      isGroupNoun(token) ||
      lexTag(token.lower) === 'Plural' ||
      /^(?:the|a|an|his|her|their|its|our|my)$/.test(tokens[at - 1]?.lower ?? '')
    )
      return false;
    if (
      /^[a-z]{2,}ed$/.test(token.lower) ||
      /Verb|Tense|Participle|Copula|Modal|Infinitive/.test(lexTag(token.lower) ?? '')
    )
      return true;
    return isRelative(at - 1) && !FUNCTION_WORDS.has(token.lower) && !SUBJECT_PRONOUN.test(token.lower);
  };
  // a past participle after a noun, closing the words or followed by a preposition ("the man shot by police", "a
  // woman killed in the fire", "the family evicted")
  const isParticiple = (at: number) => {
    const [token, before, after] = [tokens[at], tokens[at - 1], tokens[at + 1]];
    return (
      token.kind === 'word' &&
      !token.capitalised &&
      (/^[a-z]{2,}ed$/.test(token.lower) ||
        /PastTense|Participle/.test(lexTag(token.lower) ?? '') ||
        after?.lower === 'by') &&
      before?.kind === 'word' &&
      !FUNCTION_WORDS.has(before.lower) &&
      !AUX_ADV.has(before.lower) &&
      (at === last ||
        PREPOSITION.test(after?.lower ?? '') ||
        TIME_JOINT.test(after?.lower ?? '') ||
        // ("shot and killed by police")
        (after?.lower === 'and' && isVerb(at + 2)))
    );
  };
  // the words the cue follows: a verb, or a noun phrase after a preposition or a verb (not after a noun: "the offer
  // the union said")
  if (!isVerb(last)) {
    const object = nounPhraseEndingAt(doc, last, earliest, isGroupNoun(end));
    const before = object ? object.firstToken - 1 : -1;
    if (!object || before < earliest || tokens[before].kind !== 'word') return null;
    const word = tokens[before].lower;
    if (!(PREPOSITION.test(word) || TIME_JOINT.test(word) || isVerb(before))) return null;
  }
  let clause = false;
  for (let at = last; at > earliest && last - at < OWNED_CLAUSE_TOKENS; at--) {
    const token = tokens[at];
    if (doc.quoteAt[at] >= 0 || (token.kind !== 'word' && !/^['’]s?$/.test(token.text))) return null;
    const word = token.lower;
    // ("shot and killed by police": verbs joined; any other joint opens a clause)
    if (CLAUSE_JOINT.test(word) && !(word === 'and' && isVerb(at - 1) && isVerb(at + 1))) return null;
    // ("died after the crash", not "was hurt after medics at the scene said", "after Roe said")
    if (TIME_JOINT.test(word))
      for (let inside = at + 1; inside <= last; inside++)
        if (isVerb(inside) || mayBeSpeaker(tokens[inside])) return null;
    if (!clause && isRelative(at)) {
      // (a verb of the relative clause's own before the cue: "the boy who drowned", not "the boy who police said")
      let verbAfter = false;
      for (let inside = at + 1; inside <= last; inside++) verbAfter ||= isVerb(inside);
      if (!verbAfter) return null;
      clause = true;
      continue;
    }
    if (!clause && isParticiple(at)) {
      clause = true;
      continue;
    }
    if (!clause || !/^(?:of|for|to)$/.test(word) || at - 1 < earliest) continue;
    const owner = nounPhraseEndingAt(doc, at - 1, earliest, true);
    if (!owner || isPronounPhrase(doc, owner)) continue;
    const head = tokens[owner.endToken - 1];
    const first = tokens[owner.firstToken];
    const bareGroup = owner.endToken - owner.firstToken === 1 && isGroupNoun(head);
    if (
      ((!head.capitalised &&
        (isKnownPersonNoun(head.lower) || isGroupNoun(head) || PEOPLE_COLLECTIVES.test(head.lower))) ||
        bareGroup) &&
      (bareGroup ||
        /^(?:the|a|an|one|another|his|her|their|its|our|my|some|several|many|two|three|four|five)$/.test(
          first.lower,
        )) &&
      opensClause(doc, owner.firstToken, earliest)
    )
      return { firstToken: owner.firstToken, endToken: last + 1 };
  }
  return null;
}

/**
 * "Kira Dalton of the weather service's office in Brookfield said": a place after "in" or "at" says where the body
 * before it is, and the body is what an "of" before it names; the body's phrase when such an "of" stands before it,
 * else `phrase` itself.
 */
function bodyBeforePlace(doc: AnalysedText, phrase: TokenRange, earliest: number): TokenRange {
  const { tokens } = doc;
  const link = tokens[phrase.firstToken - 1];
  if (link.kind !== 'word' || !/^(?:in|at)$/.test(link.lower) || doc.quoteAt[phrase.firstToken - 1] >= 0) return phrase;
  const body = nounPhraseEndingAt(doc, phrase.firstToken - 2, earliest);
  if (!body || body.firstToken - 2 < earliest || isPronounPhrase(doc, body)) return phrase;
  const of = tokens[body.firstToken - 1];
  return of.kind === 'word' && of.lower === 'of' && doc.quoteAt[body.firstToken - 1] < 0
    ? { firstToken: body.firstToken, endToken: phrase.endToken }
    : phrase;
}

/**
 * "A source close to the deal said", "People familiar with the talks said", "Analysts surveyed by Datapoint said": the
 * matter after such a relation is what the people before it know, and the agent of such a participle is who asked
 * them, not who speaks; the subject runs from those people (a noun for persons or a group) to the end of `phrase`, or
 * is null when no such people stand before it.
 */
function peopleRelatedTo(doc: AnalysedText, phrase: TokenRange, earliest: number): TokenRange | null {
  const { tokens } = doc;
  const [relation, link] = [tokens[phrase.firstToken - 2], tokens[phrase.firstToken - 1]];
  if (phrase.firstToken - 3 < earliest || relation?.kind !== 'word' || link?.kind !== 'word') return null;
  if (!isSourceRelation(relation.lower, link.lower) || doc.quoteAt[phrase.firstToken - 2] >= 0) return null;
  const people = nounPhraseEndingAt(doc, phrase.firstToken - 3, earliest);
  if (!people || isPronounPhrase(doc, people)) return null;
  const head = tokens[people.endToken - 1];
  if (!(PERSON_NOUNS.has(head.lower) || isGroupNoun(head))) return null;
  return { firstToken: people.firstToken, endToken: phrase.endToken };
}

/**
 * The phrase from a noun for a person (or a group of people) before a preposition to the end of `phrase`, the object
 * of that preposition ("A software engineer in Corvane's Denver office"), or null when no such noun stands there.
 */
function personBefore(doc: AnalysedText, phrase: TokenRange, earliest: number): TokenRange | null {
  const { tokens } = doc;
  const link = tokens[phrase.firstToken - 1];
  if (phrase.firstToken - 2 < earliest || link?.kind !== 'word' || !/^(?:in|at|of|from|for|with)$/.test(link.lower))
    return null;
  const before = nounPhraseEndingAt(doc, phrase.firstToken - 2, earliest);
  if (!before || isPronounPhrase(doc, before)) return null;
  const head = tokens[before.endToken - 1];
  if (head.capitalised || !(PERSON_NOUNS.has(head.lower) || isGroupNoun(head))) return null;
  return { firstToken: before.firstToken, endToken: phrase.endToken };
}

/** How many tokens into the sentence the head before "of" may stand ("The grieving family of"). */
const OWNER_HEAD_TOKENS = 4;
/** How many tokens a subject's "of" phrase may run to the place it ends with ("of a woman killed by a bus in"). */
const OWNER_PLACE_TOKENS = 14;

/**
 * The sentence's opening "The family of …" (a noun for people before "of"), up to a place `place` that ends its clause
 * as the object of a preposition ("… killed by a bus in Leeds"): null when the place is not one or the sentence does
 * not open so.
 */
function ownersBeforePlace(doc: AnalysedText, place: TokenRange, earliest: number): TokenRange | null {
  const { tokens } = doc;
  const words = tokens.slice(place.firstToken, place.endToken);
  const preposition = tokens[place.firstToken - 1];
  // (a place, or a thing or an event: "The mother of a boy killed in the crash told reporters")
  const thing =
    words.length >= 2 &&
    /^(?:the|a|an|his|her|their|its)$/.test(words[0].lower) &&
    words.every((token) => token.kind === 'word' && !token.capitalised) &&
    !PERSON_NOUNS.has(words[words.length - 1].lower);
  if (
    !(
      thing ||
      (words.every((token) => token.kind === 'word' && token.capitalised) &&
        isCityOrRegion(words.map((token) => token.lower).join(' ')))
    ) ||
    preposition?.kind !== 'word' ||
    !/^(?:in|at|near|outside|from)$/.test(preposition.lower) ||
    place.firstToken - earliest > OWNER_PLACE_TOKENS
  )
    return null;
  let start = earliest;
  while (start < place.firstToken && (tokens[start].kind !== 'word' || /^(?:but|and|so)$/i.test(tokens[start].text)))
    start++;
  if (!/^(?:the|a|an)$/i.test(tokens[start]?.text ?? '')) return null;
  // the head right before "of", a few lower-case words in ("The grieving family of", "The family of")
  let head = start + 1;
  while (head < start + OWNER_HEAD_TOKENS && tokens[head]?.kind === 'word' && tokens[head + 1]?.lower !== 'of') head++;
  const noun = tokens[head];
  if (noun?.kind !== 'word' || noun.capitalised || tokens[head + 1]?.lower !== 'of') return null;
  if (!(isPersonNoun(noun.lower) || isGroupNoun(noun) || PEOPLE_COLLECTIVES.test(noun.lower))) return null;
  const owners = { firstToken: start, endToken: head + 1 };
  for (let i = owners.endToken; i < place.firstToken; i++)
    if (doc.quoteAt[i] >= 0 || tokens[i].text === ',' || SENTENCE_END.has(tokens[i].text)) return null;
  return { firstToken: owners.firstToken, endToken: place.endToken };
}

/** The most tokens read back from a subject over the names a group's "including" lists. */
const INCLUDED_TOKENS = 12;

/**
 * "Airlines including United and Southwest said": the group whose members the subject's names are, when "including" or
 * "such as" lists them right after it; the subject is the group, not its last member.
 */
function groupIncluding(doc: AnalysedText, phrase: TokenRange, earliest: number): TokenRange | undefined {
  const { tokens } = doc;
  // (a comma before the subject closes what went before: "At the summit, attended by leaders including Modi and
  // Lula, Xi said")
  if (tokens[phrase.firstToken - 1]?.text === ',') return undefined;
  for (let i = phrase.firstToken - 1; i > earliest && phrase.firstToken - i <= INCLUDED_TOKENS; i--) {
    const token = tokens[i];
    if (doc.quoteAt[i] >= 0) return undefined;
    if (token.lower === 'including' || (token.lower === 'as' && tokens[i - 1]?.lower === 'such')) {
      const end = token.lower === 'as' ? i - 2 : i - 1;
      const group = end >= earliest ? nounPhraseEndingAt(doc, end, earliest) : null;
      return group && isGroupNoun(tokens[group.endToken - 1]) ? group : undefined;
    }
    // only the names of a list and its joints lie between
    if (!(token.capitalised || token.text === ',' || token.lower === 'and' || token.text === '&')) return undefined;
  }
  return undefined;
}

/** "Cruz gingerly said": a word in "-ly" the lexicon does not list, after a capitalised name that is not a place. */
function unlistedAdverbAfterName(doc: AnalysedText, at: number, earliest: number): boolean {
  const { tokens } = doc;
  const word = tokens[at].lower;
  const name = tokens[at - 1];
  return (
    at - 1 >= earliest &&
    word.length >= 6 &&
    /ly$/.test(word) &&
    lexTag(word) === undefined &&
    !NOUNS_IN_LY.test(word) &&
    name.kind === 'word' &&
    name.capitalised &&
    doc.quoteAt[at - 1] < 0 &&
    !isCityOrRegion(name.lower) &&
    !lexTag(name.lower)?.match(/Place|Country|City|Region|Organization/)
  );
}

/** Nouns in "-ly" the lexicon may not list. */
const NOUNS_IN_LY = /(?:mbly|mily|poly|maly|ily|fly|lly)$/;

function overlapsAnyQuote(doc: AnalysedText, range: TokenRange): boolean {
  for (let i = range.firstToken; i < range.endToken; i++) if (doc.quoteAt[i] >= 0) return true;
  return false;
}

/**
 * Whether tokens [from, to) are a calling and a full name: a few lower-case words ending with a noun for a person or
 * an age ("retired teacher", "71-year-old farmer"), then two to four capitalised words.
 */
function isCallingAndName(doc: AnalysedText, from: number, to: number): boolean {
  const { tokens } = doc;
  let name = from;
  while (name < to && name - from < 4 && tokens[name].kind === 'word' && !tokens[name].capitalised) name++;
  const calling = tokens[name - 1];
  return (
    name > from &&
    to - name >= 2 &&
    !tokens.slice(from, name).some((token) => FUNCTION_WORDS.has(token.lower)) &&
    (/^\d+-year-old$/.test(calling.lower) || isPersonNoun(calling.lower)) &&
    isNameRun(doc, name, to)
  );
}

/** Extend a subject ending in a number back over "six in" / "More than six in" ("More than six in 10 said"). */
function withShareBefore(doc: AnalysedText, phrase: TokenRange, earliest: number): TokenRange {
  const { tokens } = doc;
  let start = phrase.firstToken;
  if (!(
    start - 2 >= earliest &&
    tokens[start - 1].lower === 'in' &&
    NUMBER_WORD.test(tokens[start - 2].lower) &&
    NUMBER_WORD.test(tokens[start].lower)
  ))
    return phrase;
  start -= 2;
  if (
    start - 2 >= earliest &&
    /^(more|less|fewer)$/.test(tokens[start - 2].lower) &&
    tokens[start - 1].lower === 'than'
  )
    start -= 2;
  else if (
    start - 1 >= earliest &&
    /^(nearly|almost|about|roughly|some|only|just|over|under|around|approximately|fully)$/.test(tokens[start - 1].lower)
  )
    start -= 1;
  return { firstToken: start, endToken: phrase.endToken };
}

/** "Name, description," right before token `verb`: a subject with its apposition, opening the sentence. */
export function hasAppositiveBefore(doc: AnalysedText, verb: number, sentenceStart: number): boolean {
  const subject = subjectBefore(doc, verb, sentenceStart);
  if (!subject || subject.firstToken === subject.endToken) return false;
  const { tokens } = doc;
  // the appositive branch returns the name before the first comma; make sure it starts the sentence (or follows an
  // opener like "But", or an introductory phrase: "Earlier this week, Jane Roe, who …, said")
  let from = sentenceStart;
  while (from < subject.firstToken && tokens[from].kind !== 'word') from++;
  if (from < subject.firstToken && opensWithIntroduction(doc, from)) {
    const after = afterIntroduction(doc, from, verb);
    if (after === subject.firstToken) from = after;
  }
  for (let i = from; i < subject.firstToken; i++)
    if (tokens[i].kind === 'word' && !/^(but|and|so|meanwhile|still|also)$/i.test(tokens[i].text)) return false;
  return tokens[subject.endToken]?.text === ',' && hasName(doc, subject);
}

/**
 * "Angelique Brunner, a developer and spokeswoman for the coalition, which is made up of investors, said …" /
 * "Kall -- co-editor of a book on the debates -- said …": a name opening the sentence, then a long apposition that
 * reports nothing, up to the punctuation at `beforeVerb` right before the verb.
 */
function longAppositiveSubject(doc: AnalysedText, beforeVerb: number, sentenceStart: number): TokenRange | null {
  const { tokens } = doc;
  let start = sentenceStart;
  // ("“The line never moved,” Orla Fenwick, 54, a nurse, said": past a quote that opens the sentence)
  const opening = doc.quoteAt[start];
  if (opening >= 0) while (start < beforeVerb && doc.quoteAt[start] === opening) start++;
  while (
    start < beforeVerb &&
    (tokens[start].kind !== 'word' || /^(but|and|so|meanwhile|still|also|yet)$/i.test(tokens[start].text)) &&
    doc.quoteAt[start] < 0
  )
    start++;
  if (start >= beforeVerb || doc.quoteAt[start] >= 0) return null;
  // "In October, Mr. Paulson, who made billions …, told": the name after the introductory phrase
  if (opensWithIntroduction(doc, start)) {
    start = afterIntroduction(doc, start, beforeVerb);
    if (start < 0 || doc.quoteAt[start] >= 0) return null;
    // "Outside court, his wife, Mary Hale, said": a description after the introduction, the name set off after it
    if (!doc.tokens[start].capitalised) return descriptionWithName(doc, start, beforeVerb);
  }
  let name = nounPhraseStartingAt(doc, start, beforeVerb);
  // a dateline: "WASHINGTON -- President Obama, dedicating the museum, said …"
  if (
    name &&
    /^(—|–|-|--)$/.test(tokens[name.endToken]?.text ?? '') &&
    tokens
      .slice(name.firstToken, name.endToken)
      .every((token) => token.kind !== 'word' || token.text === token.text.toUpperCase())
  ) {
    name = name.endToken + 1 < beforeVerb ? nounPhraseStartingAt(doc, name.endToken + 1, beforeVerb) : null;
  }
  if (
    !name ||
    !hasName(doc, name) ||
    !/^[,—–-]$|^--$/.test(tokens[name.endToken]?.text ?? '') ||
    beforeVerb - name.endToken > 45
  )
    return null;
  for (let i = name.endToken; i < beforeVerb; i++) {
    // (the full stop of an abbreviation before a comma ends nothing: "a nurse in Allentown, Pa., said")
    if (
      doc.quoteAt[i] >= 0 ||
      (SENTENCE_END.has(tokens[i].text) && !(tokens[i].text === '.' && tokens[i + 1]?.text === ','))
    )
      return null;
    const cue = tokens[i].kind === 'word' && !tokens[i].capitalised ? cueAt(doc, i) : null;
    // a cue inside a relative clause ("who said …") is part of the apposition
    if (
      cue &&
      cue.strength === 'strong' &&
      !/^(who|which|that)$/.test(tokens[i - 1]?.lower ?? '') &&
      !/^(who|which|that)$/.test(tokens[i - 2]?.lower ?? '')
    )
      return null;
  }
  // "Revilla's lawyer, Estelito Mendoza, said": a description naming someone else, the speaker's name set off after it
  return descriptionWithName(doc, start, beforeVerb, name) ?? name;
}

/**
 * The description opening at `start` with the name set off right after it, up to the comma at `beforeVerb`
 * ("Revilla's lawyer, Estelito Mendoza, said", "his wife, Mary Hale, said"), or null.
 */
function descriptionWithName(
  doc: AnalysedText,
  start: number,
  beforeVerb: number,
  phrase = nounPhraseStartingAt(doc, start, beforeVerb),
): TokenRange | null {
  const { tokens } = doc;
  if (
    phrase &&
    !tokens[phrase.endToken - 1].capitalised &&
    tokens[phrase.endToken].text === ',' &&
    tokens[beforeVerb].text === ',' &&
    isNameRun(doc, phrase.endToken + 1, beforeVerb)
  )
    return { firstToken: phrase.firstToken, endToken: beforeVerb };
  return null;
}

/**
 * The subject of the sentence: its first noun phrase before token `before`, after any introductory phrase ("After
 * the signing,"). What a participle or a leftover quote in the sentence is attributed to.
 */
export function sentenceSubject(doc: AnalysedText, sentenceIndex: number, before: number): TokenRange | null {
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  let start = sentence.firstToken;
  while (
    start < before &&
    (tokens[start].kind !== 'word' ||
      /^(but|and|so|yet|still|however|meanwhile|instead|now|then|also|indeed|separately|later|earlier|nonetheless|nevertheless|moreover)$/.test(
        tokens[start].lower,
      ))
  ) {
    if (doc.quoteAt[start] >= 0) return null;
    start++;
  }
  if (start >= before) return null;
  if (opensWithIntroduction(doc, start)) {
    start = afterIntroduction(doc, start, before);
    if (start < 0) return null;
  }
  const subject = nounPhraseStartingAt(doc, start, before);
  if (subject && subject.endToken <= before && validSource(doc, subject)) return withGroupAfter(doc, subject, before);
  return null;
}

/** Whether the sentence part at token `start` opens with an introductory phrase ("After the signing,", "In March,"). */
function opensWithIntroduction(doc: AnalysedText, start: number): boolean {
  const first = doc.tokens[start];
  if (first.kind !== 'word') return false;
  const tag = lexTag(first.lower);
  return (
    ADJUNCT_PREPS.has(first.lower) ||
    /^(when|while|as|if|although|though|because|since|after|before|until|unless|once|asked|given|like|unlike|amid|despite|among|according|following|speaking|appearing|responding|asked|by|for|into|into|about|against|without|within|across)$/.test(
      first.lower,
    ) ||
    /ing$/.test(first.lower) ||
    outsidePlace(doc, start) ||
    (!!tag &&
      /Preposition|Conjunction|Adverb|Gerund|PastTense/.test(tag) &&
      first.capitalised &&
      !/Noun|Actor|Name/.test(tag))
  );
}

/**
 * Whether "outside"/"inside" at `start` opens a place, not a group ("Outside court,", "Outside the courthouse,"; not
 * "Outside groups", "Outside counsel").
 */
function outsidePlace(doc: AnalysedText, start: number): boolean {
  const next = doc.tokens[start + 1];
  if (!/^(?:outside|inside)$/.test(doc.tokens[start].lower) || next?.kind !== 'word') return false;
  if (/^(?:the|a|an|his|her|their|its)$/.test(next.lower)) return true;
  return !next.capitalised && !/s$/.test(next.lower) && !PERSON_NOUNS.has(next.lower) && !isGroupNoun(next);
}

/**
 * The token after the introductory phrase opening at `start`, or -1 when no comma ends it before `before`. The
 * phrase may go on past its first comma with a year ("On July 6, 2015,"), a state after a town ("At a rally in Ames,
 * Iowa,") or another adjunct ("…, on Sunday,"): at most three more parts of a few words each.
 */
function afterIntroduction(doc: AnalysedText, start: number, before: number): number {
  const { tokens } = doc;
  // the comma may close a quoted title, inside its marks ("On “Face the Nation,” Sen. Lee said")
  const closesTitle = (at: number) => doc.quoteAt[at] >= 0 && tokens[at + 1]?.kind === 'quote';
  let comma = start + 1;
  while (
    comma < Math.min(before, start + 20) &&
    !(tokens[comma].text === ',' && (doc.quoteAt[comma] < 0 || closesTitle(comma)))
  )
    comma++;
  if (comma >= before || tokens[comma].text !== ',') return -1;
  let next = closesTitle(comma) ? comma + 2 : comma + 1;
  for (let parts = 0; parts < 3 && next < before; parts++) {
    let end = next;
    while (end < Math.min(before, next + 6) && tokens[end].kind === 'word' && doc.quoteAt[end] < 0) end++;
    if (end >= before || tokens[end].text !== ',' || end === next || end + 1 >= before) break;
    const first = tokens[next];
    const words = tokens.slice(next, end);
    const written = words.map((token) => token.lower).join(' ');
    const yearOrState =
      (end === next + 1 && /^\d{4}$/.test(first.text)) ||
      (words.every((token) => token.capitalised) &&
        (isCityOrRegion(written) || isStateWritten(written.replace(/\s+/g, ''))));
    const adjunct = !first.capitalised && ADJUNCT_PREPS.has(first.lower) && end - next >= 2;
    if (!yearOrState && !adjunct) break;
    next = end + 1;
  }
  return next + stateWithoutComma(doc, next, before);
}

/**
 * How many words at `at` are a state written after a town with no comma to close it, before the subject's determiner
 * ("After a rally in Fresno, California the candidate said"): 0 when there is none.
 */
function stateWithoutComma(doc: AnalysedText, at: number, before: number): number {
  const { tokens } = doc;
  for (let words = 1; words <= 2 && at + words < before; words++) {
    const state = tokens.slice(at, at + words);
    if (!state.every((token, k) => token.kind === 'word' && token.capitalised && doc.quoteAt[at + k] < 0)) return 0;
    const written = state.map((token) => token.lower).join(' ');
    if (
      /^(?:the|a|an)$/.test(tokens[at + words].lower) &&
      (isCityOrRegion(written) || isStateWritten(written.replace(/\s+/g, '')))
    )
      return words;
  }
  return 0;
}

/**
 * "Teachers in Dayton, fearing layoffs, …": a group subject with the place or body after it that says where the
 * group is, ending before `before`.
 */
function withGroupAfter(doc: AnalysedText, subject: TokenRange, before: number): TokenRange {
  const { tokens } = doc;
  const link = subject.endToken;
  if (
    link + 1 >= before ||
    !isGroupNoun(tokens[link - 1]) ||
    tokens[link].kind !== 'word' ||
    !GROUP_LINK.test(tokens[link].text) ||
    !linksToPlace(tokens[link].text, tokens[link + 1]) ||
    doc.quoteAt[link] >= 0
  )
    return subject;
  const place = nounPhraseStartingAt(doc, link + 1, before);
  if (!place || place.endToken > before) return subject;
  let end = place.endToken;
  // "in both parties": a quantifier before a plural the lexicon reads as a verb
  const quantifier =
    /^(both|all|many|several|some|most)$/.test(tokens[end - 1].lower) || NUMBER_WORD.test(tokens[end - 1].lower);
  if (quantifier && end < before && isGroupNoun(tokens[end])) end++;
  return { firstToken: subject.firstToken, endToken: end };
}

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.|morning|afternoon|evening|night|week|weekend|month|year|day|\d{1,4}(st|nd|rd|th)?|,)$/;

const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The first token of a time adjunct ending at token `last` ("on Thursday evening", "last week", "in March"), or -1:
 * the preposition or "last"/"this"/"earlier" that opens it, before the time words.
 */
function timeAdjunctStart(doc: AnalysedText, last: number, earliest: number): number {
  const { tokens } = doc;
  let i = last;
  while (i > earliest && doc.quoteAt[i] < 0 && TIME_WORDS.test(tokens[i].lower) && last - i < 4) i--;
  if (i === last || tokens[last].text === ',' || doc.quoteAt[i] >= 0 || tokens[i].kind !== 'word') return -1;
  // a bare day after the subject: "The water board Tuesday said", "a statement Wednesday evening saying"
  if (
    last - i <= 2 &&
    WEEKDAY.test(tokens[i + 1].text) &&
    !/^(on|in|at|during|last|this|that|earlier|late|early|later|next|by|since|until|through|before|after|out|a|an|the|every|each|one|same)$|(ed|en)$/.test(
      tokens[i].lower,
    ) &&
    (last === i + 1 || /^(morning|afternoon|evening|night)$/.test(tokens[last].lower))
  )
    return i + 1;
  // "during a Sunday", "on the morning": a determiner between the preposition and the time
  const first = i + 1;
  if (
    /^(a|an|the)$/.test(tokens[i].lower) &&
    i - 1 > earliest &&
    /^(on|in|at|during)$/.test(tokens[i - 1].lower) &&
    doc.quoteAt[i - 1] < 0
  )
    i--;
  if (!/^(on|in|during|last|this|earlier|late|early|later)$/.test(tokens[i].lower) || tokens[i].capitalised) return -1;
  if (!TIME_WORDS.test(tokens[first].lower) || tokens[first].text === ',') return -1;
  // "six in 10 say": a number alone is no time
  for (let k = first; k <= last; k++) if (/^\p{L}/u.test(tokens[k].text)) return i;
  return -1;
}

/** What words reach people through, besides documents: "in an interview", "during a hearing". */
const CHANNEL_NOUNS = new Set(
  'interview interviews appearance remarks hearing conference call briefing podcast broadcast debate rally'.split(' '),
);

/**
 * Where "in|during|via|through (a|the|his …) … <document or channel>" ending at `last` starts (the preposition), or
 * -1: "in a statement", "in a letter to the agency" is not (the channel must end right before the verb).
 */
function channelAdjunctStart(doc: AnalysedText, last: number, earliest: number): number {
  const { tokens } = doc;
  const noun = tokens[last];
  if (noun.kind !== 'word' || noun.capitalised || doc.quoteAt[last] >= 0) return -1;
  if (!DOCUMENT_NOUNS.has(noun.lower) && !CHANNEL_NOUNS.has(noun.lower)) return -1;
  for (let i = last - 1; i > earliest && last - i <= 4; i--) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.quoteAt[i] >= 0) return -1;
    if (/^(in|during|via|through)$/.test(token.text)) return i;
  }
  return -1;
}

/** The first token of the noun phrase ending at `last`, or `last` itself. */
function earliestWordOf(doc: AnalysedText, last: number, earliest: number): number {
  return nounPhraseEndingAt(doc, last, earliest)?.firstToken ?? last;
}

/** A quote that is a nickname inside a name: one capitalised word between two ("Marcia “Cia” Price"). */
function isNickname(doc: AnalysedText, quoteIndex: number): boolean {
  const { openToken, closeToken } = doc.quotes[quoteIndex];
  const { tokens } = doc;
  return (
    closeToken === openToken + 2 &&
    !!tokens[openToken + 1]?.capitalised &&
    !!tokens[openToken - 1]?.capitalised &&
    !!tokens[closeToken + 1]?.capitalised
  );
}
