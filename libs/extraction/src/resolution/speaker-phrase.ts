/**
 * Who one source phrase names: a pronoun's antecedent, a document ("the mayor’s order"), a person or organisation
 * the entity index knows ("Johnson", "the mayor"), or, failing those, the phrase itself with a guessed type.
 */
import { AnalysedText, spanOf, TokenRange } from '../analysed-text';
import { PronounGender } from '../entities/entity';
import { EntityIndex, SpeakerMention } from '../entities/entity-index';
import { lexTag } from '../entities/word-tags';
import { isAllCapsAcronym, mediaLike, normTitleKey, titleFromWords } from '../entities/name-words';
import { DOCUMENT_NOUNS, MEDIA_NAMES, ORG_WORDS, PERSON_NOUNS, TITLES } from '../lexicon/speaker-nouns';
import { SpeakerType } from '../types';
import { DocumentSpeakers } from './document-speakers';
import { ResolvedSpeaker, speakerOfEntity } from './resolved-speaker';

const PRONOUN_GENDER: Record<string, PronounGender> = {
  he: 'm',
  she: 'f',
  it: 'n',
  they: 'p',
  i: 'x',
  we: 'p',
  you: 'x',
  // possessives own a stance ("his criticism of …")
  his: 'm',
  her: 'f',
  its: 'n',
  their: 'p',
  my: 'x',
  our: 'p',
};

/** What resolving a phrase reads: the text, its entities, the speakers so far and the documents named so far. */
export interface PhraseResolution {
  doc: AnalysedText;
  entities: EntityIndex;
  /** Speakers resolved so far, by sentence: what a pronoun may refer back to. */
  speakers: Map<number, SpeakerMention[]>;
  documents: DocumentSpeakers;
}

export function resolveSpeaker(context: PhraseResolution, source: TokenRange): ResolvedSpeaker {
  const { doc, entities } = context;
  const { tokens } = doc;
  const mention = spanOf(doc, source);
  const words = tokens.slice(source.firstToken, source.endToken).filter((token) => token.kind === 'word');
  const lowers = words.map((word) => word.lower);
  if (words.length === 1 && PRONOUN_GENDER[lowers[0]] !== undefined) {
    const gender = PRONOUN_GENDER[lowers[0]];
    // "I", "my": the speaker of the quote, whom the text does not name here
    if (gender === 'x' && lowers[0] !== 'you') return { name: mention.text, type: 'person', mention, gender: 'x' };
    const antecedent = entities.resolvePronoun(source.firstToken, gender, context.speakers);
    if (antecedent) return speakerOfEntity(antecedent, mention);
    const type: SpeakerType = gender === 'm' || gender === 'f' ? 'person' : 'unknown';
    return { name: mention.text, type, mention, gender: gender === 'm' || gender === 'f' ? gender : 'x' };
  }
  // a source of marks only (a bracket, a stray quote mark) names nobody
  if (words.length === 0) return { name: mention.text, type: 'unknown', mention, gender: 'x' };
  // head word: last word before a post-modifier ("a spokesman for the campaign" -> spokesman)
  let headIndex = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (/^(of|for|at|on|from|with|in)$/.test(words[i].lower)) {
      headIndex = i - 1;
      break;
    }
  }
  const head = words[headIndex];
  const headNoun = head.lower.replace(/[’']s$/, '');
  // "half of GOP primary voters", "47 percent of Democrats": a share of a group, not the group's name
  if (
    (/^(percent|majority|plurality|half|third|thirds|quarter|fifth|most)$/.test(headNoun) ||
      (/^(many|some|several|few|all|none|each|both|one|two|three|dozens|hundreds|thousands|millions)$/.test(headNoun) &&
        words[headIndex + 1]?.lower === 'of')) &&
    !(head.capitalised && headIndex > 0)
  )
    return { name: mention.text, type: 'unknown', mention, gender: 'x' };
  // documents: "the mayor’s order", "a memo", "the report"
  if (DOCUMENT_NOUNS.has(headNoun) && !head.capitalised)
    return context.documents.speaker(source, mention, words, headIndex, headNoun);
  // a known person / organisation / outlet in the phrase
  const known = entities.mentionAt(source.firstToken, source.endToken);
  const headToken = tokens.indexOf(head, source.firstToken);
  if (known && known.firstToken <= headToken && known.endToken > headToken)
    return speakerOfEntity(known.entity, mention);
  // a name ends the phrase: "White House press secretary Josh Earnest", "former secretary of state Hillary Clinton",
  // "a top strategist, John Weaver"
  let lastWord = source.endToken - 1;
  if (tokens[lastWord].text === ')') while (lastWord > source.firstToken && tokens[lastWord].text !== '(') lastWord--;
  while (lastWord > source.firstToken && tokens[lastWord].kind !== 'word') lastWord--;
  // the name holding the head first ("Stacey Plaskett of the Virgin Islands"), else the one the phrase ends with
  const inside = entities.mentionsIn(source.firstToken, source.endToken);
  const atEnd =
    inside.find((mention) => mention.firstToken <= headToken && mention.endToken > headToken) ??
    inside.find((mention) => mention.endToken - 1 === lastWord);
  if (atEnd && atEnd.entity.type === 'person') return speakerOfEntity(atEnd.entity, mention);
  const capitalised = words.filter((word) => word.capitalised && !/^(The|A|An)$/.test(word.text));
  if (mediaLike(words.map((word) => word.text)) || MEDIA_NAMES.has(lowers.join(' ').replace(/^the /, ''))) {
    const name = capitalised.map((word) => word.text).join(' ') || mention.text;
    return { name, type: 'media', mention, gender: 'x' };
  }
  const nameWords = capitalised.filter((word) => !TITLES[normTitleKey(word.text)]);
  // a surname only: "Johnson"
  if (capitalised.length && head.capitalised) {
    const person = entities.findByWords(
      nameWords.map((word) => word.text),
      mention.start,
    );
    if (person) return speakerOfEntity(person, mention);
  }
  // "the mayor", "the governor"
  const title = titleFromWords(lowers.filter((word) => word !== 'the'));
  if (title && !capitalised.some((word) => !TITLES[normTitleKey(word.text)])) {
    const holder = entities.findByTitle(title, mention.start);
    if (holder && /^(the|this|that)$/.test(lowers[0])) return speakerOfEntity(holder, mention);
  }
  // "the Ohio governor": the holder of that role whose place the article gives as the words before it
  if (title && !head.capitalised && capitalised.length && /^(the|this|that)$/.test(lowers[0])) {
    const place = capitalised
      .filter((word) => !TITLES[normTitleKey(word.text)])
      .map((word) => word.text)
      .join(' ')
      .replace(/[’']s$/, '');
    const holder = entities.findByTitleAndPlace(title, place.toLowerCase(), mention.start);
    if (holder) return speakerOfEntity(holder, mention);
  }
  // "Scott Pruitt, the attorney general of Oklahoma, said": the name the description stands beside
  if (!head.capitalised) {
    const named = appositiveName(context, source);
    if (named) return speakerOfEntity(named, mention);
  }
  // "Senate leaders", "Clinton aides", "the Ohio governor": a name modifying a role or group noun is not the speaker's
  // name; the description is all the phrase gives
  if (
    known &&
    !head.capitalised &&
    (PERSON_NOUNS.has(headNoun) || ORG_WORDS.has(headNoun) || !!titleFromWords([headNoun]))
  ) {
    const type: SpeakerType =
      ORG_WORDS.has(headNoun) && !PERSON_NOUNS.has(headNoun) && !/s$/.test(headNoun) ? 'organization' : 'person';
    return { name: descriptionName(mention.text), type, mention, gender: 'x' };
  }
  if (known) return speakerOfEntity(known.entity, mention);
  let type: SpeakerType = 'unknown';
  if (ORG_WORDS.has(headNoun) || (words.length === 1 && isAllCapsAcronym(head.text))) type = 'organization';
  if (capitalised.length && words.some((word) => ORG_WORDS.has(word.lower) && word.capitalised)) type = 'organization';
  if (PERSON_NOUNS.has(headNoun) && (!head.capitalised || words.length === 1)) type = 'person';
  // a city or a state ("Chicago", "Ohio") is never a person
  const place = capitalised.length && capitalised.every((word) => /^(City|Region)$/.test(lexTag(word.lower) ?? ''));
  if (type === 'unknown' && capitalised.length && head.capitalised && !place) type = 'person';
  const name =
    type === 'person' && capitalised.length && head.capitalised
      ? nameWords.map((word) => word.text).join(' ') || mention.text
      : mention.text;
  return { name, type, mention, gender: 'x', title: title && type === 'person' ? title : undefined };
}

/** A description as a name: without the article before it ("the Clinton campaign" -> "Clinton campaign"). */
function descriptionName(text: string): string {
  return text.replace(/^(the|a|an)\s+/i, '');
}

/**
 * The person or body named right before a description set off by commas ("Scott Pruitt, the attorney general of
 * Oklahoma, said"): the description is in apposition to the name, which is who spoke.
 */
function appositiveName(context: PhraseResolution, source: TokenRange) {
  const { doc, entities } = context;
  const { tokens } = doc;
  const comma = source.firstToken - 1;
  if (comma < 1 || tokens[comma].text !== ',' || tokens[source.endToken]?.text !== ',') return undefined;
  const before = entities.mentionsIn(Math.max(0, comma - 8), comma).find((inside) => inside.endToken === comma);
  if (!before || before.entity.type === 'media' || before.inQuote) return undefined;
  // the name opens its clause: the sentence's start, a comma, or the close of a quote before it
  const opener = tokens[before.firstToken - 1];
  if (
    opener &&
    doc.sentenceOf[before.firstToken - 1] === doc.sentenceOf[before.firstToken] &&
    opener.text !== ',' &&
    opener.kind !== 'quote' &&
    !(opener.kind === 'word' && (TITLES[normTitleKey(opener.text)] || /^(the|and|but)$/.test(opener.lower)))
  )
    return undefined;
  return before.entity;
}
