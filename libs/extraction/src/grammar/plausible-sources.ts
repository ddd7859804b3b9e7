/**
 * Whether a noun phrase can be a speaker: a pronoun, a name, or a noun for people, groups, outlets or documents,
 * and not a time ("Thursday morning") or a bare function word.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { lexTag } from '../entities/word-tags';
import { AUX_ADV, FUNCTION_WORDS, NP_STOP, TIME_NOUNS } from '../lexicon/function-words';
import {
  DOCUMENT_NOUNS,
  MEDIA_HEADS,
  ORG_WORDS,
  PEOPLE_COLLECTIVES,
  PERSON_NOUNS,
  SEX_OF_NOUN,
} from '../lexicon/speaker-nouns';
import { cueInfo } from '../lexicon/reporting-verbs';
import { lexicon } from '../matching/wordnet-lexicon';
import { Token } from '../tokens';

export const NUMBER_WORD =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand)$/;

/** A plausible speaker: pronoun, name, or a noun for people, groups, outlets or documents. */
export function validSource(doc: AnalysedText, phrase: TokenRange | null): boolean {
  if (!phrase) return false;
  const tokens = doc.tokens;
  if (isTimePhrase(doc, phrase)) return false;
  let headIndex = phrase.endToken - 1;
  while (headIndex > phrase.firstToken && tokens[headIndex].kind !== 'word') headIndex--;
  for (let i = phrase.firstToken + 1; i < phrase.endToken; i++)
    if (/^(of|for|at)$/.test(tokens[i].lower)) {
      headIndex = i - 1;
      break;
    }
  const head = tokens[headIndex];
  if (head.kind !== 'word') return false;
  if (/^(he|she|they|i|we|it|you|who)$/.test(head.lower)) return true;
  if (/^\d+-year-old$/.test(head.lower)) return true;
  if (isShare(doc, phrase)) return true;
  // groups and quantities of people: "the two sides", "both", "several", "others", "another"
  if (
    !head.capitalised ||
    phrase.endToken - phrase.firstToken === 1 ||
    /^(the|all|both)$/i.test(tokens[phrase.firstToken].text)
  ) {
    if (
      /^(sides|both|several|others|another|many|some|few|most|everyone|everybody|someone|somebody|nobody|anyone|folks|groups|parties|campaigns|camps|teams|families|couples|public|electorate|audience|crowd|establishment|administration|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/.test(
        head.lower,
      ) &&
      !/^(it|this|that|there)$/.test(tokens[phrase.firstToken].lower)
    ) {
      // a bare number word is a group only with a determiner or as the whole subject ("The two spoke", "Several said")
      return true;
    }
  }
  if (/^\d/.test(head.text)) return false;
  if (head.capitalised) {
    if (phrase.endToken - phrase.firstToken === 1 && (FUNCTION_WORDS.has(head.lower) || AUX_ADV.has(head.lower)))
      return false;
    // "Contrary to his claim", "Ironically, …": a sentence-initial adjective or adverb is not a name
    if (
      phrase.endToken - phrase.firstToken === 1 &&
      (phrase.firstToken === 0 || doc.sentenceOf[phrase.firstToken - 1] !== doc.sentenceOf[phrase.firstToken]) &&
      (/Adjective|Adverb|Conjunction|Preposition/.test(lexTag(head.lower) ?? '') || /ly$/.test(head.lower))
    )
      return false;
    return true;
  }
  const headWord = head.lower.replace(/['’]s$/, '');
  if (
    PERSON_NOUNS.has(headWord) ||
    // ("Two nurses", "the plumbers": the plural of a person noun)
    (/[^s]s$/.test(headWord) && PERSON_NOUNS.has(singularOf(headWord))) ||
    // ("The family of a woman killed …", "Hospital staff at Marlow General": a body of people as narrowed, not "a
    // family of super PACs", nor "the Khan family" of "between Mr. Trump and the Khan family")
    (PEOPLE_COLLECTIVES.test(headWord) &&
      headIndex < phrase.endToken - 1 &&
      !/^(?:a|an)$/.test(tokens[phrase.firstToken].lower)) ||
    ORG_WORDS.has(headWord) ||
    DOCUMENT_NOUNS.has(headWord) ||
    // (a plural after "a" modifies a noun cut off: "a media call", "a media request")
    (MEDIA_HEADS.has(headWord) &&
      !(lexTag(headWord) === 'Plural' && /^(?:a|an)$/.test(tokens[phrase.firstToken].lower))) ||
    isDocumentLike(doc, phrase)
  )
    return true;
  // poll shares: "47 percent (of voters)", "half of GOP primary voters", "a majority"
  if (/^(percent|majority|plurality|half|third|thirds|quarter|fifth|most)$/.test(headWord)) return true;
  if (/(?:ers|ists|ians|ors|ents|ants|ees|ives|ies)$/.test(headWord) && !cueInfo(headWord)) return true;
  if (lexTag(headWord) === 'Actor') return true;
  // a calling the lexicon does not list: "the neurologist", "the pediatrician", "the cartographer"
  if (/(?:ologist|[a-z]{4}ist|ician|ographer)$/.test(headWord) && !lexTag(headWord)) return true;
  return false;
}

/** Plural heads of the form of people's callings ("teachers", "organizers", "residents", "employees"). */
const GROUP_SUFFIX = /(?:ers|ists|ians|ors|ents|ants|ees|ives)$/;

/** A plural noun's singular, as far as the group words need it ("parties" -> "party", "unions" -> "union"). */
export function singularOf(plural: string): string {
  return plural.replace(/ies$/, 'y').replace(/s$/, '');
}

/**
 * The words that link a group to the place or body that narrows it: "Officials in Ohio", "Residents of Flint",
 * "Democrats on the panel", "residents near the plant".
 */
export const GROUP_LINK = /^(?:in|at|from|of|across|on|near|outside)$/;

/**
 * The words that place one person or body: "a lab in Dunmore", "a nurse from Dunmore", "police at the scene", "a
 * deckhand on the ferry", "a shepherd near Hebron".
 */
const PLACED_LINK = /^(?:in|at|from|on|near|outside)$/;

/**
 * Whether `link`, a word of GROUP_LINK or PLACED_LINK, before the token `next` links to a place or a body: "on", "near"
 * and "outside" only before an article, "both", "all" or a name ("Democrats on the panel", "Voters on both sides", "a
 * shepherd near Hebron"; not "supporters on two levels", "The controversy centers on comments", "conservative outside
 * groups").
 */
export function linksToPlace(link: string, next: Token | undefined): boolean {
  if (!/^(?:on|near|outside)$/i.test(link)) return true;
  return next?.kind === 'word' && (next.capitalised || /^(?:the|a|an|both|all)$/.test(next.lower));
}

/**
 * One person or body, or the police, placed by what follows `link` ("A lab in Dunmore", "a nurse from Dunmore",
 * "Police in Chicago"): the head of a speaker as a group is, not the place after it. The head is a lower-case singular
 * noun for a person or an institution after a determiner, or a bare "police", "staff" (words `words` of the phrase,
 * in order); an event or a thing placed so ("The fight in Nevada showed", "a sign at the entrance") is neither.
 */
export function isPlacedOne(words: Token[], link: string): boolean {
  if (!PLACED_LINK.test(link) || !words.length) return false;
  const head = words[words.length - 1];
  if (head.kind !== 'word' || DOCUMENT_NOUNS.has(head.lower)) return false;
  if (words.length === 1) return /^(?:police|staff|personnel)$/.test(head.lower);
  return (
    /^(?:a|an|the|one|another)$/.test(words[0].lower) &&
    !head.capitalised &&
    // (a singular: "a waitress", not "officials")
    /(?:[^s]|ss)$/.test(head.lower) &&
    (isPersonNoun(head.lower) ||
      PEOPLE_COLLECTIVES.test(head.lower) ||
      // ("a team from MIT"; but "a collection from" a person is theirs)
      isInstitution(head.lower))
  );
}

/** Places of business and institutions that speak as bodies ("a clinic", "the bakery", "a shelter", "a publisher"). */
const INSTITUTIONS = new Set(
  (
    'clinic hospital hospice pharmacy bakery brewery winery distillery refinery factory plant mill mine farm ranch ' +
    'shop store restaurant cafe bar hotel motel shelter charity nonprofit publisher developer dealership gallery ' +
    'theater theatre zoo academy church mosque synagogue temple parish laboratory prison jail'
  ).split(' '),
);

/** Whether a singular noun names a body that speaks: an institution, or an organisation word of the lexicon. */
function isInstitution(noun: string): boolean {
  return INSTITUTIONS.has(noun) || ORG_WORDS.has(noun);
}

/**
 * Whether a singular noun names a person: a person noun of the lexicon or one that says the sex ("an uncle"), one
 * tagged as an actor ("a rabbi", "a witness"), one made like them ("a fisherman", "a dentist", "a waitress"), or one
 * whose most frequent sense in WordNet is a person ("an imam", "a midwife", "a cousin"), but no institution ("a
 * publisher").
 */
export function isPersonNoun(noun: string): boolean {
  if (PERSON_NOUNS.has(noun) || SEX_OF_NOUN.has(noun)) return true;
  if (isInstitution(noun)) return false;
  return (
    lexTag(noun) === 'Actor' ||
    /(?:man|woman|person|ist|ian|keeper|ess|er|or)$/.test(noun) ||
    // (read last: WordNet is loaded once, on the first noun the words above do not settle)
    lexicon().personNouns.has(noun)
  );
}

/**
 * Whether a singular noun names a person by a list or WordNet, not by its ending nor the lexicon's tag alone: "a
 * cousin", "a relative", "the owner", not "the number", "the center" or "the phrase". `orAdjective`: false when a word
 * WordNet has as an adjective too is no proof, as the last word of a phrase that may have lost its noun ("criminal"
 * before "charges", "socialist" before "wing").
 */
export function isKnownPersonNoun(noun: string, orAdjective = true): boolean {
  if (PERSON_NOUNS.has(noun) || SEX_OF_NOUN.has(noun)) return true;
  const known = isInstitution(noun) ? undefined : lexicon().personNouns.get(noun);
  return !!known && (orAdjective || !known.adjective);
}

/** Whether a plural in -s is of a noun known for a person ("nurses", "judges", "cooks", "coaches", "deputies"). */
export function isKnownPersonPlural(word: string): boolean {
  if (!/[^s]s$/.test(word)) return false;
  return (
    isKnownPersonNoun(singularOf(word)) || (/(?:ch|sh|x|ss)es$/.test(word) && isKnownPersonNoun(word.slice(0, -2)))
  );
}

/**
 * A plural noun for people or bodies ("officials", "teachers", "groups", "Democrats"): the head of a group speaker. A
 * capitalised word must be one the lexicon knows as a plural noun ("Teachers" opening a sentence), not a surname in
 * -s ("Sanders"); plurals of documents and of speech verbs ("emails", "attacks") are not groups.
 */
export function isGroupNoun(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.lower;
  if (/^(people|men|women)$/.test(lower)) return true;
  if (!/[^s]s$/.test(lower) || cueInfo(lower) || DOCUMENT_NOUNS.has(lower)) return false;
  const singular = singularOf(lower);
  if (PERSON_NOUNS.has(lower) || ORG_WORDS.has(lower) || PERSON_NOUNS.has(singular) || ORG_WORDS.has(singular))
    return true;
  const tag = lexTag(lower);
  // "Texans", "Iowans"; not a country the lexicon tags as a demonym ("the Philippines")
  if (tag === 'Demonym') return /ans$/.test(lower);
  if (token.capitalised) return tag === 'Plural';
  return GROUP_SUFFIX.test(lower) && (!tag || /Plural|Actor/.test(tag));
}

/**
 * Next to a quote ("“…,” the organizer said" / "“…,” said a longtime adviser to Trump") the noun phrase is the
 * speaker unless it is plainly not a noun phrase: any common-noun head will do.
 */
export function plausibleNextToQuote(doc: AnalysedText, phrase: TokenRange): boolean {
  if (validSource(doc, phrase)) return true;
  if (isTimePhrase(doc, phrase)) return false;
  const tokens = doc.tokens;
  let headIndex = phrase.endToken - 1;
  for (let i = phrase.firstToken + 1; i < phrase.endToken; i++)
    if (/^(of|for|at|in|with|from)$/.test(tokens[i].lower)) {
      headIndex = i - 1;
      break;
    }
  const head = tokens[headIndex];
  if (head.kind !== 'word' || NP_STOP.has(head.lower) || FUNCTION_WORDS.has(head.lower) || AUX_ADV.has(head.lower))
    return false;
  if (/^\d+$/.test(head.text)) return false;
  const tag = lexTag(head.lower);
  if (tag && /Verb|Tense|Infinitive|Gerund|Modal|Copula|Adverb|Preposition|Conjunction|Pronoun|Determiner/.test(tag))
    return false;
  // a determiner or a name must start it: "the organizer", "one Trump confidant"
  const first = tokens[phrase.firstToken];
  return /^(the|a|an|one|another|this|that|his|her|their|its|our|my)$/.test(first.lower) || first.capitalised;
}

/** A noun phrase whose head is a plain noun (not a verb, pronoun or function word). */
export function isNounHeaded(doc: AnalysedText, phrase: TokenRange): boolean {
  const tokens = doc.tokens;
  let headIndex = phrase.endToken - 1;
  for (let i = phrase.firstToken + 1; i < phrase.endToken; i++)
    if (/^(of|for|at|in|with|from|by)$/.test(tokens[i].lower)) {
      headIndex = i - 1;
      break;
    }
  const head = tokens[headIndex];
  if (
    head.kind !== 'word' ||
    NP_STOP.has(head.lower) ||
    FUNCTION_WORDS.has(head.lower) ||
    AUX_ADV.has(head.lower) ||
    isTimePhrase(doc, phrase)
  )
    return false;
  const tag = lexTag(head.lower);
  return !(
    tag &&
    /Verb|Tense|Infinitive|Gerund|Modal|Copula|Adverb|Preposition|Conjunction|Pronoun|Determiner/.test(tag) &&
    !/Noun|Singular|Plural/.test(tag)
  );
}

/** "A new CNN poll", "the report", "exit polls": a document-like source. */
export function isDocumentLike(doc: AnalysedText, phrase: TokenRange): boolean {
  let headIndex = phrase.endToken - 1;
  for (let i = phrase.firstToken + 1; i < phrase.endToken; i++)
    if (/^(of|for|by|from|in|on)$/.test(doc.tokens[i].lower)) {
      headIndex = i - 1;
      break;
    }
  const headWord = doc.tokens[headIndex].lower.replace(/['’]s$/, '');
  return (
    DOCUMENT_NOUNS.has(headWord) ||
    /^(polls|surveys|studies|reports|results|numbers|figures|statistics|records|documents|emails|data|filings|returns|tally|count|analysis|search|estimates)$/.test(
      headWord,
    )
  );
}

/** "six in 10 (voters)", "one in four", "three-in-five GOP insiders", "55 percent", "a majority": a share of a group. */
function isShare(doc: AnalysedText, phrase: TokenRange): boolean {
  const tokens = doc.tokens;
  for (let i = phrase.firstToken; i < phrase.endToken; i++) {
    const word = tokens[i].lower;
    if (
      word === 'in' &&
      i > phrase.firstToken &&
      i + 1 < phrase.endToken &&
      NUMBER_WORD.test(tokens[i - 1].lower) &&
      NUMBER_WORD.test(tokens[i + 1].lower)
    )
      return true;
    if (/^\p{L}+-in-\p{L}+$|^\d+-in-\d+$/u.test(word)) return true;
    if (word === 'percent' || word === '%') return true;
  }
  return false;
}

/** "Thursday morning", "August", "last week": a time, not a speaker. */
function isTimePhrase(doc: AnalysedText, phrase: TokenRange): boolean {
  const tokens = doc.tokens;
  const first = tokens[phrase.firstToken].lower;
  if (TIME_NOUNS.has(first)) return true;
  if (
    /^(last|this|next|early|late|earlier|later)$/.test(first) &&
    phrase.endToken - phrase.firstToken >= 2 &&
    TIME_NOUNS.has(tokens[phrase.firstToken + 1].lower)
  )
    return true;
  return false;
}
