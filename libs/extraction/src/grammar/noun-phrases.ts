/**
 * Noun phrases around a cue: the phrase ending at a token (a subject, read backwards from its verb) or starting at one
 * (an inverted "said Smith", "according to the order"). Both stop at quotes and take at most a dozen words.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { lexTag } from '../entities/word-tags';
import { ADJUNCT_PREPS, AUX_ADV, FUNCTION_WORDS, NP_STOP } from '../lexicon/function-words';
import { DOCUMENT_NOUNS, ORG_WORDS, PERSON_NOUNS, TITLES } from '../lexicon/speaker-nouns';
import { cueInfo } from '../lexicon/reporting-verbs';
import { Token } from '../tokens';
import { GROUP_LINK, isGroupNoun, isPlacedOne, linksToPlace } from './plausible-sources';

const PRONOUN = /^(he|she|they|i|we|it|you|me|him|them|us)$/;
const YEAR = /^(?:19|20)\d\d$/;
const OBJECT_PRONOUN = /^(me|him|them|us)$/;

/**
 * The noun phrase whose last token is `last`, starting no earlier than `earliest`. `group`: the phrase stands where a
 * group noun is expected (before "in Ohio" in "delegates in Ohio said"), so a plural group noun the lexicon reads as
 * a verb ("delegates", "nurses") may head it.
 */
export function nounPhraseEndingAt(
  doc: AnalysedText,
  last: number,
  earliest: number,
  group = false,
): TokenRange | null {
  const { tokens } = doc;
  // skip a parenthetical "(D-Ill.)"
  if (last >= earliest && tokens[last].text === ')') {
    let open = last - 1;
    while (open >= earliest && tokens[open].text !== '(' && last - open < 12) open--;
    if (open >= earliest && tokens[open].text === '(') last = open - 1;
  }
  if (last < earliest || doc.quoteAt[last] >= 0) return null;
  const lastToken = tokens[last];
  if (lastToken.kind !== 'word') return null;
  if (PRONOUN.test(lastToken.lower)) return { firstToken: last, endToken: last + 1 };
  const groupHead = isGroupNoun(lastToken) && !NP_STOP.has(lastToken.lower);
  if (!(group && groupHead) && !isPhraseWord(lastToken, tokens[last - 1], tokens[last + 1])) return null;
  let start = last;
  let steps = 0;
  // the leftmost word read as a verb kept before a group head so far ("rights" in "civil rights leaders"), if any:
  // before it only more modifiers may come, not an "of" that the phrase would hang from ("a generation of civil
  // rights leaders" is not the group)
  let verbModifier = -1;
  while (start - 1 >= earliest && steps < 12) {
    const before = tokens[start - 1];
    if (doc.quoteAt[start - 1] >= 0) break;
    // "Secretary of State", "spokesman for Clinton": a preposition after a word of the phrase stays in it
    if (
      verbModifier < 0 &&
      before.kind === 'word' &&
      /^(of|for|at)$/.test(before.lower) &&
      start - 2 >= earliest &&
      isPhraseWord(tokens[start - 2]) &&
      tokens[start - 2].capitalised
    ) {
      start--;
      steps++;
      continue;
    }
    if (
      verbModifier < 0 &&
      before.kind === 'word' &&
      /^(of|for|at)$/.test(before.lower) &&
      start - 2 >= earliest &&
      isPhraseWord(tokens[start - 2]) &&
      !NP_STOP.has(tokens[start - 2].lower)
    ) {
      start--;
      steps++;
      continue;
    }
    if (
      before.kind === 'word' &&
      /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|many|most|several|two|three|four|other|another|both|all|one|no)$/.test(
        before.lower,
      )
    ) {
      start--;
      // a determiner starts the phrase
      break;
    }
    // "the San Jose, California-based startup": a town and its state before "-based"
    if (before.text === ',' && /-based$/i.test(tokens[start].text) && townBefore(tokens, start - 2, earliest)) {
      start--;
      steps++;
      continue;
    }
    // a hyphen or slash inside a name ("Coca-Cola", "AT&T"); a dash set off by spaces ends the phrase ("ideals - critics")
    const attached = tokens[start - 2]?.end === before.start && before.end === tokens[start].start;
    if ((before.text === '-' && attached) || before.text === '&' || before.text === '/') {
      start--;
      steps++;
      continue;
    }
    if (before.text === ')') {
      let open = start - 2;
      while (open >= earliest && tokens[open].text !== '(' && start - open < 12) open--;
      if (open >= earliest && tokens[open].text === '(' && open > earliest) {
        start = open;
        steps++;
        continue;
      }
      break;
    }
    if (!isPhraseWord(before, tokens[start - 2], tokens[start])) {
      // "civil rights leaders", "state party officials": right before the head, or before another such word; or
      // before the head's other modifiers ("state emergency officials"), where no conjunction before it makes it a verb
      // sharing a subject ("… and elect local representatives who …")
      if (!(
        groupHead &&
        (start === last ||
          start === verbModifier ||
          (verbModifier < 0 && !/^(?:and|or|but)$/.test(tokens[start - 2]?.lower ?? ''))) &&
        groupModifierAt(doc, start - 1, earliest)
      ))
        break;
      verbModifier = start - 1;
    }
    // sentence-initial capitalised function/adverb word or day: "Separately Trump said", "Yesterday Quist said"
    if (before.capitalised && (start - 1 === earliest || doc.sentenceOf[start - 2] !== doc.sentenceOf[start - 1])) {
      const tag = lexTag(before.lower);
      if (tag && /Adverb|Conjunction|Preposition|Determiner|Date|WeekDay/.test(tag)) break;
    }
    start--;
    steps++;
  }
  // trim leading possessive-less junk like "and"
  while (
    start <= last &&
    tokens[start].kind === 'word' &&
    NP_STOP.has(tokens[start].lower) &&
    !/^(the|a|an)$/.test(tokens[start].lower)
  )
    start++;
  if (start > last) return null;
  return { firstToken: start, endToken: last + 1 };
}

/**
 * Whether the phrase at token `first` can be a clause's subject: it opens the sentence or follows a conjunction, a
 * quote or an introduction's comma; not the object of a preposition or a verb ("the attacks on a compound in
 * Benghazi"), nor a description set off after a name or an age ("Cecelia Purner, 67, a nurse in Allentown").
 */
export function opensClause(doc: AnalysedText, first: number, earliest: number): boolean {
  const before = doc.tokens[first - 1];
  if (first <= earliest || !before) return true;
  if (before.text === ',') {
    const word = doc.tokens[first - 2];
    return !(word && (/^\d/.test(word.text) || (word.capitalised && !WEEKDAY_OR_MONTH.test(word.text))));
  }
  if (before.kind !== 'word') return doc.quoteAt[first - 1] >= 0 || /^[—–-]+$/.test(before.text);
  return /^(?:and|but|that|while|when|as|because|so|then|also|yet)$/.test(before.lower);
}

const WEEKDAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Whether capitalised words ending at `at` follow "the"/"a": a town named before its state ("the San Jose, …"). */
function townBefore(tokens: Token[], at: number, earliest: number): boolean {
  let first = at;
  while (first > earliest && first > at - 3 && tokens[first]?.kind === 'word' && tokens[first].capitalised) first--;
  return first < at && /^(?:the|a|an)$/.test(tokens[first]?.lower ?? '');
}

/** How many prepositional links a group may stand back from the verb across ("delegates at the convention in Denver"). */
const GROUP_LINKS = 3;

/**
 * "Officials in Ohio said", "election workers in three counties said", "delegates at the convention in Denver said":
 * the place or body after a plural group noun says where the group is, and the group is the subject; so it is after
 * one person or body so placed ("A lab in Dunmore said", "Police in Chicago said": isPlacedOne). The phrase from
 * the group to the end of `phrase`, or `phrase` itself when no group stands before it.
 */
export function withGroupBefore(doc: AnalysedText, phrase: TokenRange, earliest: number): TokenRange {
  const { tokens } = doc;
  let group: TokenRange | null = null;
  let current = phrase;
  for (let links = 0; links < GROUP_LINKS; links++) {
    const link = current.firstToken - 1;
    if (
      link - 1 < earliest ||
      tokens[link].kind !== 'word' ||
      !GROUP_LINK.test(tokens[link].text) ||
      !linksToPlace(tokens[link].text, tokens[link + 1]) ||
      doc.quoteAt[link] >= 0
    )
      break;
    const before = nounPhraseEndingAt(doc, link - 1, earliest, true);
    if (!before || isPronounPhrase(doc, before)) break;
    if (
      isGroupNoun(tokens[before.endToken - 1]) ||
      (isPlacedOne(tokens.slice(before.firstToken, before.endToken), tokens[link].lower) &&
        opensClause(doc, before.firstToken, earliest))
    )
      group = before;
    current = before;
  }
  if (!group) return phrase;
  // "… that showed senior members at the committee": a verb read into the phrase after a relative pronoun is not
  // part of the group
  let first = group.firstToken;
  if (
    first > 0 &&
    /^(that|which|who)$/.test(tokens[first - 1].lower) &&
    !tokens[first].capitalised &&
    lexTag(tokens[first].lower) === 'PastTense'
  )
    first++;
  return { firstToken: first, endToken: phrase.endToken };
}

/** Words that open a noun phrase before its head: "the", "his", "some", "two". */
const DETERMINER = /^(the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|one|two|several|other)$/;

/** The noun phrase starting at token `first`, ending before `bound` (inverted "said Smith", "according to the order"). */
export function nounPhraseStartingAt(doc: AnalysedText, first: number, bound: number): TokenRange | null {
  const { tokens } = doc;
  if (first >= bound || doc.quoteAt[first] >= 0) return null;
  const firstToken = tokens[first];
  if (firstToken.kind !== 'word') return null;
  // (an object pronoun in capitals is a name: "told Us Weekly")
  if (PRONOUN.test(firstToken.lower) && !(firstToken.capitalised && OBJECT_PRONOUN.test(firstToken.lower)))
    return { firstToken: first, endToken: first + 1 };
  let end = first;
  if (DETERMINER.test(firstToken.lower)) end++;
  let sawHead = false;
  while (end < bound && end - first < 14) {
    const token = tokens[end];
    if (doc.quoteAt[end] >= 0) break;
    if (
      token.lower === 'of' &&
      sawHead &&
      end + 1 < bound &&
      TITLES[`${tokens[end - 1].lower} of ${tokens[end + 1].lower}`]
    ) {
      // "former secretary of state Hillary Clinton"
      end += 2;
      continue;
    }
    if (
      token.kind === 'word' &&
      /^(of|for|at)$/.test(token.lower) &&
      sawHead &&
      end + 1 < bound &&
      tokens[end + 1].kind === 'word' &&
      (tokens[end + 1].capitalised || /^(the|a|an|its|his|her|their)$/.test(tokens[end + 1].lower))
    ) {
      end++;
      continue;
    }
    if (
      token.kind === 'word' &&
      /^(the|a|an)$/.test(token.lower) &&
      end > first &&
      /^(of|for|at)$/.test(tokens[end - 1].lower)
    ) {
      end++;
      continue;
    }
    if (token.text === '(') {
      let close = end + 1;
      while (close < bound && tokens[close].text !== ')' && close - end < 12) close++;
      if (close < bound && tokens[close].text === ')') {
        end = close + 1;
        continue;
      }
      break;
    }
    if (token.text === '-' || token.text === '&' || token.text === '/') {
      end++;
      continue;
    }
    // ("Two judges dissented", "Some members voted": a group after its determiner, whatever the lexicon says of it)
    const groupAfterDeterminer =
      end === first + 1 && isGroupNoun(token) && !NP_STOP.has(token.lower) && DETERMINER.test(firstToken.lower);
    if (!isPhraseWord(token, tokens[end - 1], tokens[end + 1]) && !pluralModifier(doc, end) && !groupAfterDeterminer) {
      // a verb-like first word used as a modifier: "according to state law", "said campaign officials", before a noun
      // the lexicon reads as a mass noun or an adjective but that names a body or a person ("according to market
      // research firm Corda", "consulting firm Halden")
      const next = tokens[end + 1];
      const nextTag = next ? lexTag(next.lower) : undefined;
      if (!(
        end === first &&
        token.kind === 'word' &&
        !NP_STOP.has(token.lower) &&
        !FUNCTION_WORDS.has(token.lower) &&
        !ADJUNCT_PREPS.has(token.lower) &&
        !/Preposition|Adverb|Pronoun|Determiner/.test(lexTag(token.lower) ?? '') &&
        next &&
        next.kind === 'word' &&
        doc.quoteAt[end + 1] < 0 &&
        !NP_STOP.has(next.lower) &&
        !cueInfo(next.lower) &&
        (!nextTag ||
          /Noun|Singular|Plural|Actor|Uncountable/.test(nextTag) ||
          ORG_WORDS.has(next.lower) ||
          PERSON_NOUNS.has(next.lower))
      ))
        break;
    }
    sawHead = true;
    end++;
  }
  // do not end on "of"/"for"/"-"
  while (
    end > first &&
    (tokens[end - 1].kind !== 'word' || /^(of|for|at|the|a|an)$/.test(tokens[end - 1].lower)) &&
    tokens[end - 1].text !== ')'
  )
    end--;
  if (end <= first) return null;
  // "said Danish and Swedish officials": a kind joined to the group after it
  if (end === first + 1 && /^(?:and|or)$/.test(tokens[end]?.lower ?? '')) {
    const rest = nounPhraseStartingAt(doc, end + 1, bound);
    if (rest && coordinatedKindBefore(doc, rest, first)?.firstToken === first)
      return { firstToken: first, endToken: rest.endToken };
  }
  return { firstToken: first, endToken: end };
}

/** Words after which a verb form is a verb, not a modifier: "they vote", "to control", "will state". */
const BEFORE_A_VERB =
  /^(he|she|they|i|we|it|you|who|to|will|would|could|should|can|may|might|must|shall|did|do|does|not|never)$/;

/**
 * A word the lexicon reads as a verb that modifies a group head after it: "civil rights leaders", "local party
 * officials", "voting rights advocates", "gun control groups". Not where it would be the verb of a clause before the
 * subject: after a pronoun, "to", a modal or an auxiliary; a bare form after a plural noun ("as voters vote party
 * leaders said"); a form in -s or -ing after a noun or a preposition inside the sentence ("as the count ends state
 * officials said", "after voting state officials said"); a gerund after a comma. A noun opening its clause may come
 * before one ("Gun rights groups said", "and gun rights groups said").
 */
function groupModifierAt(doc: AnalysedText, at: number, earliest: number): boolean {
  const { tokens } = doc;
  const token = tokens[at];
  if (token.kind !== 'word' || token.capitalised || doc.quoteAt[at] >= 0) return false;
  if (NP_STOP.has(token.lower) || FUNCTION_WORDS.has(token.lower) || ADJUNCT_PREPS.has(token.lower)) return false;
  const tag = lexTag(token.lower) ?? '';
  if (!/^(Infinitive|PresentTense|Gerund)$/.test(tag) || (tag === 'PresentTense' && !/s$/.test(token.lower)))
    return false;
  const opens = at === earliest || at === 0 || doc.sentenceOf[at - 1] !== doc.sentenceOf[at];
  if (opens) return true;
  const prev = tokens[at - 1];
  // after a comma a gerund opens a participle clause ("…, echoing security experts")
  if (prev.kind !== 'word') return prev.kind === 'punct' && prev.text !== '-' && tag !== 'Gerund';
  if (BEFORE_A_VERB.test(prev.lower) || AUX_ADV.has(prev.lower)) return false;
  if (
    /^(the|a|an|his|her|their|its|our|my|your|this|these|those|some|many|most|several|other|both|all|and|or)$/.test(
      prev.lower,
    )
  )
    return true;
  const prevTag = lexTag(prev.lower) ?? '';
  // an adjective or a gerund before it: "civil rights", "voting rights"
  if (/Adjective|Comparable|Superlative|Gerund|Actor/.test(prevTag) && !/Noun|Singular/.test(prevTag)) return true;
  if (ADJUNCT_PREPS.has(prev.lower) || NP_STOP.has(prev.lower) || FUNCTION_WORDS.has(prev.lower)) return false;
  // a noun before it: a plural or capitalised name would be the verb's subject; a singular noun may modify it only
  // when that noun opens its clause ("Gun rights groups said")
  if (tag === 'Infinitive') return !/s$/.test(prev.lower) || /ss$/.test(prev.lower);
  const clauseOpens =
    at - 1 === earliest ||
    at - 1 === 0 ||
    doc.sentenceOf[at - 2] !== doc.sentenceOf[at - 1] ||
    tokens[at - 2].kind === 'punct' ||
    /^(and|or|but)$/.test(tokens[at - 2].lower);
  return clauseOpens && !/s$/.test(prev.lower);
}

/** Can this token be part of a speaker's noun phrase, given its neighbours? */
function isPhraseWord(token: Token, prev?: Token, next?: Token): boolean {
  // a bare apostrophe after a plural or a name in -s is a possessive: "Sanders’ campaign", "the voters’ choice"
  if (
    token.kind === 'quote' &&
    (token.text === '’' || token.text === "'") &&
    prev?.kind === 'word' &&
    /s$/i.test(prev.text) &&
    prev.end === token.start &&
    next?.kind === 'word' &&
    next.start > token.end
  )
    return true;
  if (token.kind !== 'word') return false;
  // a negation is in no phrase ("told reporters the plan never worked")
  if (token.lower === 'never' && !token.capitalised) return false;
  // a plural common noun modifies no name after it: "told reporters Smith never paid …"
  if (
    token.capitalised &&
    prev?.kind === 'word' &&
    !prev.capitalised &&
    /s$/.test(prev.lower) &&
    (lexTag(prev.lower) === 'Plural' || PERSON_NOUNS.has(prev.lower)) &&
    !/^['’]s?$/.test(next?.text ?? '')
  )
    return false;
  // a possessive or an article after a word that is no preposition opens a phrase of its own: "told reporters her
  // group never …", "told reporters the plan never worked"
  if (
    /^(his|her|their|its|our|my|your|the|a|an|these|those)$/.test(token.lower) &&
    prev?.kind === 'word' &&
    // (not after a preposition, a doubled article, nor an adverb opening the sentence: "First his wife, …, said")
    !/^(of|for|at|to|with|by|from|in|on|about|and|or|the|a|an|both|all|half)$/.test(prev.lower) &&
    // ("Face the Nation", "Meet the Press": an article inside a title)
    !(prev.capitalised && next?.capitalised && /^(the|a|an)$/.test(token.lower)) &&
    !(prev.capitalised && /Adverb|Ordinal|Value|Conjunction/.test(lexTag(prev.lower) ?? ''))
  )
    return false;
  // a past form right after a name is its verb, whatever the lexicon says ("Clinton celebrated in Florida"), and
  // so is one after a name or a person that takes an object ("Ash criticized RNC Chairman Reince Priebus …, accusing
  // them", "the senator emailed supporters saying …"): the subject a participle cue shares ends before it
  if (
    !token.capitalised &&
    prev?.kind === 'word' &&
    /[^e]ed$/.test(token.lower) &&
    !cueInfo(token.lower) &&
    !COMPOUND_PARTICIPLE.test(token.lower) &&
    /^(?:Adjective)?$/.test(lexTag(token.lower) ?? '') &&
    ((prev.capitalised &&
      (!next || next.kind !== 'word' || ADJUNCT_PREPS.has(next.lower) || NP_STOP.has(next.lower))) ||
      ((prev.capitalised || PERSON_NOUNS.has(prev.lower) || !!TITLES[prev.lower]) &&
        // ("A dejected Obama", "Some miffed supporters": an adjective after a determiner)
        !/^(a|an|the|some|many|several|most|all|both|these|those|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(
          prev.lower,
        ) &&
        !!next &&
        takesObject(next, lexTag(token.lower) === undefined)))
  )
    return false;
  if (
    prev &&
    prev.kind === 'word' &&
    !token.capitalised &&
    (/^(the|a|an|his|her|their|its|our|my|your|this|that|['’]s|new|executive|recent|latest)$/.test(prev.lower) ||
      // (a year dates a document as "new" does: "a 2019 report found")
      (YEAR.test(prev.lower) && DOCUMENT_NOUNS.has(token.lower))) &&
    !NP_STOP.has(token.lower)
  )
    return true;
  if (token.capitalised) return true;
  if (NP_STOP.has(token.lower)) return false;
  // an adverb ends the phrase: "Mr. Trump hardly clarified", "Cole repeatedly said" (not "the state assembly said")
  if (isAdverbInLy(token.lower)) return false;
  if (/^['’]s$/.test(token.lower)) return true;
  // a name or a possessive before a noun: "the Clinton campaign", "Sanders’ campaign", "Trump’s campaign"
  const owner =
    !!prev &&
    ((prev.capitalised && prev.kind === 'word') ||
      /^['’]s$/.test(prev.lower) ||
      (prev.kind === 'quote' && /^['’]$/.test(prev.text)));
  const cue = cueInfo(token.lower);
  // a verb's base form before a singular noun for a person is a noun modifying it: "former campaign strategist"
  // (before a plural, "state officials", it may be a clause's verb: "As the count ends state officials said")
  if (
    cue &&
    cue.base === token.lower &&
    next?.kind === 'word' &&
    PERSON_NOUNS.has(next.lower) &&
    !/s$/.test(next.lower) &&
    prev?.kind === 'word' &&
    (owner || /^(?:Adjective|Determiner|Possessive)$/.test(lexTag(prev.lower) ?? ''))
  )
    return true;
  if (
    cue &&
    !/s$/.test(token.lower) &&
    !(
      owner &&
      next &&
      next.kind === 'word' &&
      !NP_STOP.has(next.lower) &&
      (!cueInfo(next.lower) || cue.base === token.lower)
    )
  ) {
    // a noun between a name and the verb: "the Clinton campaign said", "the Trump campaign has"
    if (!(
      owner &&
      cue.base === token.lower &&
      next &&
      next.kind === 'word' &&
      /^(said|says|told|tells|added|wrote|is|was|has|had|will|would)$/.test(next.lower)
    ))
      return false;
  }
  const tag = lexTag(token.lower);
  // "the chief nurse", "the hospital's head coach", "a software engineer": a noun for a person after a modifier (or a
  // singular noun modifying it), whatever the lexicon says
  if (
    PERSON_NOUNS.has(token.lower) &&
    prev?.kind === 'word' &&
    (owner ||
      !!TITLES[prev.lower] ||
      /^(?:Adjective|Determiner|Possessive)$/.test(lexTag(prev.lower) ?? '') ||
      (/^(?:Singular|Noun|Uncountable)?$/.test(lexTag(prev.lower) ?? '') &&
        !/s$/.test(token.lower) &&
        !/(?:s|ed|ing)$/.test(prev.lower) &&
        !FUNCTION_WORDS.has(prev.lower) &&
        !NP_STOP.has(prev.lower) &&
        !AUX_ADV.has(prev.lower) &&
        !isAdverbInLy(prev.lower)))
  )
    return true;
  // "coach Dave Sorensen said", "said judge Ann Roe": a calling the lexicon also reads as a verb, right before a name,
  // is the name's calling, as "economist" is; not after a word a verb follows ("to coach Dan", "will judge Roe", "who
  // nurse Ann") nor after a plural that would be its subject ("parents coach Little League")
  if (
    PERSON_NOUNS.has(token.lower) &&
    !/s$/.test(token.lower) &&
    next?.kind === 'word' &&
    next.capitalised &&
    !(
      prev?.kind === 'word' &&
      (BEFORE_A_VERB.test(prev.lower) ||
        AUX_ADV.has(prev.lower) ||
        (!prev.capitalised && /[^s]s$/.test(prev.lower) && lexTag(prev.lower) !== 'Adjective'))
    )
  )
    return true;
  // a gerund modifying a noun or after a capitalised modifier is part of the phrase: "fundraising documents say",
  // "Exit polling shows"
  if (
    tag === 'Gerund' &&
    ((next?.kind === 'word' &&
      /^(Singular|Plural|Noun|Actor)$/.test(lexTag(next.lower) ?? '') &&
      !cueInfo(next.lower)) ||
      (prev?.kind === 'word' && prev.capitalised))
  )
    return true;
  if (
    tag &&
    /Verb|Tense|Infinitive|Gerund|Modal|Copula|Preposition|Conjunction|Adverb/.test(tag) &&
    !/Noun|Actor/.test(tag)
  ) {
    // a bare verb form between capitalised words is a noun in a compound: "Republican party boss Reince Priebus"; so
    // is one between an adjective and a noun: "the national weather service"
    if (!(
      tag === 'Infinitive' &&
      prev &&
      prev.kind === 'word' &&
      next &&
      next.kind === 'word' &&
      ((prev.capitalised && (!NP_STOP.has(next.lower) || /^(said|says|told|tells)$/.test(next.lower))) ||
        (!prev.capitalised &&
          /^(?:Adjective)?$/.test(lexTag(prev.lower) ?? '') &&
          !NP_STOP.has(prev.lower) &&
          !AUX_ADV.has(prev.lower) &&
          /^(?:Singular|Plural|Noun|Uncountable)$/.test(lexTag(next.lower) ?? '') &&
          !cueInfo(next.lower)))
    ))
      return false;
  }
  return true;
}

/**
 * A plural the lexicon reads as a verb ("rights", "arms") between a word and a group whose verb comes next: it modifies
 * the group ("Human rights groups criticised …", "arms dealers say"), where "the company supports workers who …"
 * has its verb.
 */
function pluralModifier(doc: AnalysedText, at: number): boolean {
  const [prev, token, group, verb] = doc.tokens.slice(at - 1, at + 3);
  if (prev?.kind !== 'word' || token.kind !== 'word' || !group || !verb || verb.kind !== 'word') return false;
  if (lexTag(token.lower) !== 'PresentTense' || !/[^s]s$/.test(token.lower) || !isGroupNoun(group)) return false;
  return !!cueInfo(verb.lower) || /Verb|Tense|Copula|Modal/.test(lexTag(verb.lower) ?? '');
}

/**
 * Words that open a verb's object: a determiner, a quantity, a name, and where `bare`, a bare plural ("the senator
 * emailed supporters").
 */
function takesObject(next: Token, bare: boolean): boolean {
  if (next.kind !== 'word') return false;
  if (/^(the|a|an|his|her|their|its|our|this|these|those|many|some|several|both|each|every)$/.test(next.lower))
    return true;
  if (next.capitalised) return !DATE_WORD.test(next.text);
  // (a bare plural only after a verb the lexicon does not read as an adjective: "Democratic registered voters")
  return (
    bare &&
    (lexTag(next.lower) === 'Plural' || (PERSON_NOUNS.has(next.lower) && /s$/.test(next.lower))) &&
    !NP_STOP.has(next.lower)
  );
}
/**
 * Participles that make an adjective with the word before them, written without a hyphen: "the Democratic controlled
 * House", "the Texas based company".
 */
const COMPOUND_PARTICIPLE =
  /^(controlled|based|backed|owned|funded|appointed|sponsored|affiliated|dominated|financed|operated|educated|trained|focused|oriented|linked|connected|inspired|themed|branded|registered)$/;

/** A day or month after a participle says when ("a poll released Tuesday"), not what was done to whom. */
const DATE_WORD =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/**
 * A word that only says what kind a group is, as a nationality, a party or a level of government does ("Danish",
 * "Republican", "federal"): one the lexicon reads as a demonym or an adjective, or an unlisted one with such an ending.
 */
function kindWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || FUNCTION_WORDS.has(token.lower) || NP_STOP.has(token.lower)) return false;
  const tag = lexTag(token.lower);
  if (tag) return tag === 'Demonym' || tag === 'Adjective';
  return /(?:ish|ese|ian|ean|an|ic|al|i)$/.test(token.lower) && token.lower.length > 3;
}

/**
 * "Danish and Swedish officials said", "federal and state investigators said": a kind joined by "and" or "or" to the
 * first word of a group's phrase qualifies the same group; the phrase from that kind, or null when none stands there
 * (nor when it is the object of a word before it: "met Danish and Swedish officials").
 */
export function coordinatedKindBefore(doc: AnalysedText, phrase: TokenRange, earliest: number): TokenRange | null {
  const { tokens } = doc;
  const [kind, link] = [phrase.firstToken - 2, phrase.firstToken - 1];
  if (kind < earliest || phrase.endToken - phrase.firstToken < 2 || doc.quoteAt[kind] >= 0) return null;
  if (!/^(?:and|or)$/.test(tokens[link].lower) || !kindWord(tokens[kind])) return null;
  if (
    !isGroupNoun(tokens[phrase.endToken - 1]) ||
    !(kindWord(tokens[phrase.firstToken]) || !tokens[phrase.firstToken].capitalised)
  )
    return null;
  const before = tokens[kind - 1];
  const opens =
    kind === earliest ||
    doc.sentenceOf[kind - 1] !== doc.sentenceOf[kind] ||
    before.kind !== 'word' ||
    /^(?:the|many|some|several|both|top|senior|most|other|and|but)$/.test(before.lower);
  return opens ? { firstToken: kind, endToken: phrase.endToken } : null;
}

/** Tokens [from, to) are a short run of capitalised words (a name, maybe with initials). */
export function isNameRun(doc: AnalysedText, from: number, to: number): boolean {
  // (an age before the name is no part of it: "a neighbor, 71-year-old Mary Hale, said")
  if (to - from > 1 && /^\d+-year-old$/.test(doc.tokens[from].text)) from++;
  if (to - from < 1 || to - from > 5) return false;
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i];
    if (token.kind !== 'word' || !token.capitalised || doc.quoteAt[i] >= 0 || FUNCTION_WORDS.has(token.lower))
      return false;
  }
  return true;
}

/** A capitalised word after the first, or a first word that is not a capitalised determiner. */
export function hasName(doc: AnalysedText, phrase: TokenRange): boolean {
  for (let i = phrase.firstToken; i < phrase.endToken; i++)
    if (doc.tokens[i].capitalised && i > phrase.firstToken) return true;
  const first = doc.tokens[phrase.firstToken];
  return first.capitalised && !/^(the|a|an|this|that)$/.test(first.lower);
}

export function isPronounPhrase(doc: AnalysedText, phrase: TokenRange): boolean {
  return phrase.endToken - phrase.firstToken === 1 && PRONOUN.test(doc.tokens[phrase.firstToken].lower);
}

/**
 * An adverb in "-ly", listed as one or made from an adjective or a participle the lexicon knows ("hardly",
 * "repeatedly", "happily", "publicly"); a noun in "-ly" ("assembly", "family", "ally") is none.
 */
export function isAdverbInLy(lower: string): boolean {
  if (!lower.endsWith('ly')) return false;
  const tag = lexTag(lower);
  if (tag) return tag === 'Adverb';
  const stem = lower.slice(0, -2);
  const stems = [stem, stem.replace(/i$/, 'y'), stem + 'le', stem.replace(/al$/, '')];
  return stems.some((candidate) => {
    const stemTag = lexTag(candidate);
    if (stemTag) return /^(?:Adjective|PastTense|Participle|Gerund)$/.test(stemTag);
    // an adjective the lexicon does not list, by its ending: "previous", "personal", "basic", "pointed"
    return candidate.length >= 5 && ADJECTIVE_ENDING.test(candidate);
  });
}

const ADJECTIVE_ENDING = /(?:ous|ive|al|ic|ent|ant|ful|less|ed|ing|ate|ible|able)$/;
