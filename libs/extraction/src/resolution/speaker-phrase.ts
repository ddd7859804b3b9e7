/**
 * Who one source phrase names: a pronoun's antecedent, a document ("the mayor’s order"), a person or organisation
 * the entity index knows ("Johnson", "the mayor"), or, failing those, the phrase itself with a guessed type.
 */
import { AnalysedText, firstTokenFrom, spanOf, startsSentence, TokenRange } from '../analysed-text';
import { Entity, Party, PronounGender } from '../entities/entity';
import { EntityIndex, SpeakerMention } from '../entities/entity-index';
import { titleOfKey } from '../entities/find-entities';
import { firstNameGender, isCityOrRegion, isVerbalWord, lexTag } from '../entities/word-tags';
import {
  GROUP_LINK,
  isGroupNoun,
  isKnownPersonNoun,
  isPersonNoun,
  isPlacedOne,
  linksToPlace,
  singularOf,
} from '../grammar/plausible-sources';
import { subjectBefore } from '../grammar/subjects';
import {
  isAllCapsAcronym,
  mediaLike,
  NAME_PARTICLES,
  namesCompany,
  normTitleKey,
  THING_HEADS,
  titleFromWords,
} from '../entities/name-words';
import {
  DOCUMENT_NOUNS,
  HONORIFICS,
  MEDIA_NAMES,
  ORG_NAME_WORDS,
  ORG_WORDS,
  OUTLET_NAME_HEADS,
  OUTLETS_OF_KIND,
  PEOPLE_COLLECTIVES,
  PERSON_NOUNS,
  PUBLIC_BODY_INITIALS,
  sexOfPersonNoun,
  TITLES,
} from '../lexicon/speaker-nouns';
import { FUNCTION_WORDS, isSourceRelation, POST_PARTICIPLE } from '../lexicon/function-words';
import { cueInfo } from '../lexicon/reporting-verbs';
import { SENTENCE_END } from '../sentences';
import { Token } from '../tokens';
import { SpeakerType } from '../types';
import { DocumentSpeakers } from './document-speakers';
import { ResolvedSpeaker, speakerOfEntity } from './resolved-speaker';
import { wordTable } from '../lexicon/word-set';

const PRONOUN_GENDER = wordTable<PronounGender>({
  he: 'm',
  she: 'f',
  it: 'n',
  they: 'p',
  i: 'x',
  we: 'p',
  you: 'x',
  // objects are quoted ("quoted him as saying …")
  him: 'm',
  them: 'p',
  // possessives own a stance ("his criticism of …")
  his: 'm',
  her: 'f',
  its: 'n',
  their: 'p',
  my: 'x',
  our: 'p',
});

const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** What resolving a phrase reads: the text, its entities, the speakers so far and the documents named so far. */
export interface PhraseResolution {
  doc: AnalysedText;
  entities: EntityIndex;
  /** Speakers resolved so far, by sentence: what a pronoun may refer back to. */
  speakers: Map<number, SpeakerMention[]>;
  /** A person brought in without a name as a sentence's speaker ("A clerk said …"), by sentence. */
  unnamed: Map<number, Entity>;
  documents: DocumentSpeakers;
}

export function resolveSpeaker(context: PhraseResolution, phrase: TokenRange): ResolvedSpeaker {
  const { doc, entities } = context;
  const { tokens } = doc;
  const source = withWholeName(context, phrase);
  const mention = spanOf(doc, source);
  const words = tokens.slice(source.firstToken, source.endToken).filter((token) => token.kind === 'word');
  const lowers = words.map((word) => word.lower);
  if (words.length === 1 && PRONOUN_GENDER[lowers[0]] !== undefined) {
    const gender = PRONOUN_GENDER[lowers[0]];
    // "I", "my": the speaker of the quote, whom the text does not name here
    if (gender === 'x' && lowers[0] !== 'you') return { name: mention.text, type: 'person', mention, gender: 'x' };
    // "we", "you": the speaker's own group or the one spoken to, never whoever the text named last
    if (/^(we|our|you)$/.test(lowers[0])) return { name: mention.text, type: 'unknown', mention, gender: 'x' };
    // "as they say": people in general, nobody the text named
    if (
      lowers[0] === 'they' &&
      tokens[source.firstToken - 1]?.lower === 'as' &&
      /^(say|put)$/.test(tokens[source.endToken]?.lower ?? '')
    )
      return { name: mention.text, type: 'unknown', mention, gender: 'x' };
    // "A clerk said the man pointed a gun at her. “I thought I was going to die,” she said.": the one brought in
    // without a name as the speaker of the sentence just before, when the pronoun speaks of its own
    const unnamed = context.unnamed.get(doc.sentenceOf[source.firstToken] - 1);
    // (a "he"/"she" right before its verb of speech or right after the quote it closes: "she said", "“…,” he added")
    const speaks =
      /^(he|she)$/.test(lowers[0]) &&
      (!!cueInfo(tokens[source.endToken]?.lower ?? '') || /^[,"”’]$/.test(tokens[source.firstToken - 1]?.text ?? ''));
    // (nobody named in the pronoun's own sentence before it: "Gov. Terry McAuliffe tried to walk back his comments
    // after he said them")
    const sentenceStart = doc.sentences[doc.sentenceOf[source.firstToken]].firstToken;
    const namedBefore = entities
      .mentionsIn(sentenceStart, source.firstToken)
      .some((named) => named.entity.type === 'person' && !named.inQuote);
    // (and only one whose noun says the same sex: "a doctor", "a voter" may be either, and a woman named before is as
    // likely meant, unless nobody of the pronoun's sex is spoken of in the unnamed one's sentence: "A voter told her
    // the roads were bad. “We will fix them,” she said." is the woman's)
    const sentence = doc.sentenceOf[source.firstToken] - 1;
    const sex = lowers[0] === 'he' ? 'm' : 'f';
    const sameSex =
      unnamed?.gender === gender ||
      (unnamed?.gender === 'x' &&
        speaks &&
        sentence >= 0 &&
        !personOfSexIn(context, sentence, sex) &&
        !otherSexIn(doc, sentence, sex));
    if (unnamed && speaks && !namedBefore && sameSex)
      return { name: unnamed.name, type: 'person', mention, gender: sex };
    const antecedent = entities.resolvePronoun(source.firstToken, gender, context.speakers);
    // "Mr. Grassley and Mr. Leahy say …. “…,” they say": two people named together are "they"
    const pair = lowers[0] === 'they' ? pairBefore(context, source.firstToken, antecedent) : undefined;
    if (pair) return { name: pair, type: 'person', mention, gender: 'x' };
    // "Twenty-seven states … are challenging the rules. They argue …": the group the sentence before is about
    const group = lowers[0] === 'they' ? groupBefore(context, source.firstToken) : undefined;
    if (group) return { name: group, type: 'person', mention, gender: 'x' };
    if (antecedent) return speakerOfEntity(antecedent, mention);
    const type: SpeakerType = gender === 'm' || gender === 'f' ? 'person' : 'unknown';
    return { name: mention.text, type, mention, gender: gender === 'm' || gender === 'f' ? gender : 'x' };
  }
  // a source of marks only (a bracket, a stray quote mark) names nobody
  if (words.length === 0) return { name: mention.text, type: 'unknown', mention, gender: 'x' };
  // "Sens. Charles Grassley and Patrick Leahy said": two people named together speak together
  const together = namedTogether(context, source);
  if (together) return { name: together.name, type: together.type, mention: spanOf(doc, together.range), gender: 'x' };
  // "the two lawmakers", "both men", "the two" after "Chaffetz and Goodlatte wrote …": the two people named together
  // (the phrase may have left its "the" out: "The two lawmakers said" is found as "two lawmakers")
  if (
    countsTwoPeople(
      doc.tokens[source.firstToken - 1]?.lower === 'the' ? [doc.tokens[source.firstToken - 1], ...words] : words,
    )
  ) {
    // ("both women": two of that sex)
    const noun = lowers[lowers.length - 1].replace(/men$/, 'man');
    const sex = sexOfPersonNoun(noun) ?? sexOfPersonNoun(singularOf(noun)) ?? undefined;
    const pair = pairBefore(context, source.firstToken, undefined, sex);
    if (pair) return { name: pair, type: 'person', mention, gender: 'x' };
  }
  // head word: last word before a post-modifier ("a spokesman for the campaign" -> spokesman)
  let headIndex = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    // a post-modifier: a preposition, or a participle ("a poll released Monday", "a memo obtained by the paper")
    // (or a relation with its preposition: "a source close to the deal", "people familiar with the talks")
    if (
      /^(of|for|at|on|from|with|in|across)$/.test(words[i].lower) ||
      // ("a shepherd near Hebron", "a farmer outside the town"; not "conservative outside groups")
      (/^(?:near|outside)$/.test(words[i].lower) && linksToPlace(words[i].lower, words[i + 1])) ||
      // ("an aide to the senator", "the ambassador to France")
      (words[i].lower === 'to' && PERSON_NOUNS.has(words[i - 1].lower)) ||
      (!words[i].capitalised && POST_PARTICIPLE.test(words[i].lower)) ||
      (!words[i].capitalised && isSourceRelation(words[i].lower, words[i + 1]?.lower ?? ''))
    ) {
      headIndex = i - 1;
      break;
    }
  }
  // "a statement Wednesday", "the polls Tuesday evening": a day after the head says when
  while (
    headIndex > 0 &&
    (WEEKDAY.test(words[headIndex].text) ||
      (/^(morning|afternoon|evening|night)$/.test(words[headIndex].lower) && WEEKDAY.test(words[headIndex - 1].text)))
  )
    headIndex--;
  const head = words[headIndex];
  const headNoun = head.lower.replace(/[’']s$/, '');
  // "the Kansas Republican", "the top Democrat": a party member described, whose head is capitalised like a name
  const partyHead = headIndex > 0 && head.capitalised && !!PARTY_OF_HEAD[headNoun];
  // "half of GOP primary voters", "47 percent of Democrats": a share of a group, not the group's name
  if (
    (/^(percent|majority|plurality|half|third|thirds|quarter|fifth|most)$/.test(headNoun) ||
      (/^(many|some|several|few|all|none|each|both|one|two|three|dozens|hundreds|thousands|millions)$/.test(headNoun) &&
        words[headIndex + 1]?.lower === 'of')) &&
    !(head.capitalised && headIndex > 0)
  )
    // (a share of respondents is the poll's finding: "Seventy-four percent of Trump voters said …")
    return (
      (/^(percent|majority|plurality|half|third|thirds|quarter|fifth)$/.test(headNoun) &&
      respondentsShare(context, source, words, headIndex)
        ? context.documents.pollOfShare(source, mention)
        : undefined) ?? { name: mention.text, type: 'unknown', mention, gender: 'x' }
    );
  // "the district attorney's office", "the sheriff’s office": the office speaks as a body, by its staff; it is no
  // holder of the title, let alone another who holds a title like it ("Assistant District Attorney Mara Feltz")
  if (
    headNoun === 'office' &&
    headIndex >= 2 &&
    /^(the|a|an)$/.test(lowers[0]) &&
    /^[’']s$|[’']s$/.test(words[headIndex - 1].text) &&
    words
      .slice(1, headIndex)
      .every((word) => !word.capitalised || !!TITLES[normTitleKey(word.text.replace(/[’']s$/, ''))])
  )
    return { name: descriptionName(mention.text), type: 'organization', mention, gender: 'x' };
  // documents: "the mayor’s order", "a memo", "the report", a headline's "Study finds …"
  const opensSentence = headIndex === 0 && startsSentence(doc, source.firstToken);
  // (not a person the article has named by that word: "Page said" after "Larry Page")
  const namedByIt = head.capitalised && !!entities.findByWords([head.text], mention.start);
  if (DOCUMENT_NOUNS.has(headNoun) && (!head.capitalised || (opensSentence && !namedByIt)))
    return context.documents.speaker(source, mention, words, headIndex, headNoun, (phrase) =>
      resolveSpeaker(context, phrase),
    );
  // "the campaign": the one of the candidate the text last named with a campaign ("Donald Trump’s presidential
  // campaign", "the Clinton campaign"), as the text would name it with them
  if (
    headNoun === 'campaign' &&
    headIndex === words.length - 1 &&
    /^(the|this|that)$/.test(lowers[0]) &&
    words.slice(1).every((word) => !word.capitalised)
  ) {
    const candidate = campaignOwner(context, source.firstToken);
    if (candidate) {
      const surname = candidate.name.split(/\s+/).pop();
      return { name: `${surname} campaign`, type: 'organization', mention, gender: 'x' };
    }
  }
  // "his campaign": the campaign of the person the pronoun stands for, named as "the campaign" is
  if (headNoun === 'campaign' && words.length === 2 && /^(his|her)$/.test(lowers[0])) {
    const candidate = entities.resolvePronoun(source.firstToken, PRONOUN_GENDER[lowers[0]], context.speakers);
    const surname =
      candidate?.type === 'person' && !campaignStaff(context, candidate, source.firstToken)
        ? candidate.name.split(/\s+/).pop()
        : undefined;
    // ("African American" taken for a person's name is nobody's campaign)
    if (surname && lexTag(surname.toLowerCase()) !== 'Demonym')
      return { name: `${surname} campaign`, type: 'organization', mention, gender: 'x' };
  }
  // "the fund" after "the International Monetary Fund": the one body the text has named with that last word
  const named =
    words.length === 2 && /^(the|this|that)$/.test(lowers[0]) && !head.capitalised && BODY_HEADS.test(headNoun)
      ? bodyNamedBy(context, source.firstToken, headNoun)
      : undefined;
  if (named) return speakerOfEntity(named, mention);
  // "the company", "the carmaker", "the Chicago-based company" after "Volkswagen will cut …", "the journal" after "The
  // Lancet published …", "the regulator" after "the SEC fined …": the one body the sentences just before name, when it
  // is of the kind the noun says (not past two bodies named by the noun's word: "the fund" after two funds)
  const placeBased = words.length === 3 && /^\p{Lu}.*-based$/u.test(words[1].text);
  const kind = DESCRIBED_BODIES.find((described) => described.nouns.test(headNoun));
  if ((words.length === 2 || placeBased) && /^(the|this|that)$/.test(lowers[0]) && kind && named !== null) {
    const body = onlyBodyBefore(context, source.firstToken, kind, headNoun);
    if (body) return speakerOfEntity(body, mention);
  }
  // "Water UK said the ban was late. A spokesman said …": a spokesperson the phrase gives no body for speaks for the
  // one body the sentence before and their own name, as "spokesman for Water UK"
  if (
    SPOKESPERSON.test(headNoun) &&
    headIndex === words.length - 1 &&
    headIndex <= 2 &&
    /^(?:a|an|the)$/.test(lowers[0]) &&
    !words.slice(1, headIndex).some((word) => word.capitalised)
  ) {
    const body = bodyOfSpokesperson(context, source.firstToken);
    if (body) return { name: `${headNoun} for ${body.name}`, type: 'person', mention, gender: 'x' };
  }
  // a known person / organisation / outlet in the phrase
  const known = entities.mentionAt(source.firstToken, source.endToken);
  const headToken = tokens.indexOf(head, source.firstToken);
  // "Officials in Ohio", "teachers at the Lincoln school", "Democrats in Congress", "Residents of Flint", "people
  // familiar with the talks": a group that the words after it narrow is named by the phrase as written, not by the place or body, nor by a name inside it
  // (unless the whole phrase is a name the article knows: "Friends of the Earth" as an organisation)
  if (
    headIndex < words.length - 1 &&
    ((GROUP_LINK.test(words[headIndex + 1].lower) &&
      linksToPlace(words[headIndex + 1].lower, words[headIndex + 2]) &&
      (isGroupNoun(head) || (!head.capitalised && PEOPLE_COLLECTIVES.test(headNoun)))) ||
      // ("a source close to the deal", "Source familiar with the ad": one person so described, too)
      (isSourceRelation(words[headIndex + 1].lower, words[headIndex + 2]?.lower ?? '') &&
        (isGroupNoun(head) || PERSON_NOUNS.has(headNoun))) ||
      // ("A lab in Dunmore", "Police in Chicago", "a nurse from Dunmore": one person or body so placed, too)
      (isPlacedOne(words.slice(0, headIndex + 1), words[headIndex + 1].lower) &&
        linksToPlace(words[headIndex + 1].lower, words[headIndex + 2]))) &&
    !(known && known.firstToken <= source.firstToken && known.endToken >= source.endToken)
  ) {
    // "A nurse from Dunmore, Jane Roe, said", "Another delegate on the Cruz slate, Jim Poolman, said": one person so
    // placed, named right after the description
    if (/^(?:a|an|another|one|the)$/.test(lowers[0]) && isPersonNoun(headNoun) && singularOf(headNoun) === headNoun) {
      const named = nameAfterDescription(context, source);
      if (named) return speakerOfEntity(named, mention);
    }
    // "groups", "unions" are bodies; "officials", "residents" people; "a clinic", "a bakery" bodies, "a nurse" a person
    const singular = singularOf(headNoun);
    const type: SpeakerType =
      isGroupNoun(head) || PEOPLE_COLLECTIVES.test(headNoun) || PERSON_NOUNS.has(headNoun)
        ? ORG_WORDS.has(singular) && !PERSON_NOUNS.has(singular) && !PERSON_NOUNS.has(headNoun)
          ? 'organization'
          : 'person'
        : isPersonNoun(headNoun)
          ? 'person'
          : 'organization';
    return { name: descriptionName(mention.text), type, mention, gender: 'x' };
  }
  // "Another MP, Sarah Pellow, said", "Siemens's head of personnel, Martin Seiler, said": a title or a "head" of
  // something for the head (no acronym of a body, no company), the name set off after it
  if (
    // ("The local MP, Fatima Begum, said": a title written as an acronym the text takes for a body's name)
    (/^(?:another|a|an|one|the)$/.test(lowers[0]) && TITLES[normTitleKey(head.text)]) ||
    (headNoun === 'head' && !head.capitalised)
  ) {
    const named = nameAfterDescription(context, source);
    if (named) return speakerOfEntity(named, mention);
  }
  // "Palm Beach County Supervisor of Elections Susan Bucher", "RNC Chief of Staff Katie Walsh": an office named by a
  // title and what it is of, then the person holding it, is the person (not the office's words taken for a name)
  if (
    known &&
    head.capitalised &&
    words[headIndex + 1]?.lower === 'of' &&
    known.firstToken <= headToken &&
    known.endToken > headToken &&
    // (a title, or a calling by its ending, "Supervisor", "Director": no lexicon look-up on this path, which most
    // phrases take)
    (TITLES[normTitleKey(head.text)] || PERSON_NOUNS.has(headNoun) || CALLING_ENDING.test(headNoun))
  ) {
    const holder = entities
      .mentionsIn(source.firstToken, source.endToken)
      .find(
        (inside) =>
          inside.entity !== known.entity &&
          inside.entity.type === 'person' &&
          inside.endToken === source.endToken &&
          inside.endToken - inside.firstToken >= 2,
      );
    if (holder) return speakerOfEntity(holder.entity, mention);
  }
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
  // "A friend of Ann Berg", "a lawyer for Ann Berg", "the son of Ann Berg": a person described by whom they stand to,
  // named as written, never the one named after "of"/"for" ("former secretary of state Hillary Clinton" is her)
  if (
    atEnd &&
    atEnd.entity.type === 'person' &&
    /^(?:a|an|the|one|another)$/.test(lowers[0]) &&
    !head.capitalised &&
    PERSON_NOUNS.has(headNoun) &&
    // (a post held "for" someone is theirs to speak in: "a lawyer for", "a spokesman for"; "of" may name an office)
    (/^(?:for|to)$/.test(words[headIndex + 1]?.lower ?? '') ||
      (words[headIndex + 1]?.lower === 'of' && !TITLES[normTitleKey(head.text)])) &&
    // (the person after it, past a title or a few words of description: "a spokesman for Mayor Tom Reilly", "an
    // attorney for Mr. Halvorsen", "a lawyer for the family of Derek Mills", "a representative for the singer Tamsin
    // Vale")
    betweenWords(tokens, tokens.indexOf(words[headIndex + 1], source.firstToken) + 1, atEnd.firstToken)
  )
    return { name: descriptionName(mention.text), type: 'person', mention, gender: sexOfPersonNoun(headNoun) ?? 'x' };
  if (atEnd && atEnd.entity.type === 'person') return speakerOfEntity(atEnd.entity, mention);

  const capitalised = words.filter((word) => word.capitalised && !/^(The|A|An)$/.test(word.text));
  if (mediaLike(words.map((word) => word.text)) || MEDIA_NAMES.has(lowers.join(' ').replace(/^the /, ''))) {
    // "Ethiopian state media", "State television", "local radio": the press or a broadcaster described by its owner or
    // place, named by no outlet in it, is the words as written (not "Ethiopian"); "Forbes magazine", "CBS television"
    // are the outlet's
    const described =
      headIndex === words.length - 1 &&
      !head.capitalised &&
      BROADCAST_HEADS.test(headNoun) &&
      !entities.mentionsIn(source.firstToken, source.endToken).some((inside) => inside.entity.type === 'media') &&
      !words.some((word) => MEDIA_NAMES.has(word.lower));
    const name = (!described && capitalised.map((word) => word.text).join(' ')) || mention.text;
    return { name, type: 'media', mention, gender: 'x' };
  }
  const nameWords = capitalised.filter((word) => !TITLES[normTitleKey(word.text)]);
  // "Chicago Mayor", "Ohio Gov." (a heading's subject): a place and a title name an office, not a person called
  // "Chicago": its holder where the article says who that is, else the words as written
  const officeTitle = head.capitalised && TITLES[normTitleKey(head.text)] ? titleFromWords([head.lower]) : undefined;
  if (officeTitle && nameWords.length && nameWords.every((word) => PLACE_TAG.test(lexTag(word.lower) ?? ''))) {
    const place = nameWords.map((word) => word.lower.replace(/[’']s$/, '')).join(' ');
    const holder =
      entities.findByTitleAndPlace(officeTitle, place, mention.start) ?? entities.onlyWithTitle(officeTitle);
    if (holder) return speakerOfEntity(holder, mention);
    return { name: descriptionName(mention.text), type: 'person', mention, gender: 'x', title: officeTitle };
  }
  // a surname only: "Johnson"
  if (capitalised.length && head.capitalised) {
    const person = entities.findByWords(
      nameWords.map((word) => word.text),
      mention.start,
    );
    // ("Workers objected …" after "the Communications Workers of America": a word that makes a name a body's only in
    // it, opening the sentence alone, is the common word, not the body whose name ends with it)
    const described = words.length === 1 && opensSentence && ORG_NAME_WORDS.has(headNoun) && person?.type !== 'person';
    if (person && !described) return speakerOfEntity(person, mention);
    // "Wines believes …" after "said Leslie Wimes": a surname misspelt by one letter is the person's
    const misspelt = words.length === 1 ? personMisspelt(context, head.text, source.firstToken) : undefined;
    if (misspelt) return speakerOfEntity(misspelt, mention);
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
  if (!head.capitalised || partyHead) {
    const named = appositiveName(context, source);
    if (named) return speakerOfEntity(named, mention);
  }
  // "A lawyer for the outlets, David Schulz, said": the name set off right after the description is who spoke
  if ((!head.capitalised && (PERSON_NOUNS.has(headNoun) || !!title || SOMEONE_OF.test(headNoun))) || partyHead) {
    const named = nameAfterDescription(context, source);
    if (named) return speakerOfEntity(named, mention);
  }
  // "the 17-year-old": the one person the article has given that age ("Sam Lee, 17, was also held")
  const age = /^the (\d{1,3})-year-old$/i.exec(mention.text)?.[1];
  if (age) {
    const aged = personOfAge(context, age, mention.start);
    if (aged) return speakerOfEntity(aged, mention);
  }
  // "her daughter said" after "She is survived by her daughter, Ann Reyes": the one person the article has named as
  // such a relative
  if (words.length === 2 && /^(?:his|her|their)$/.test(lowers[0]) && KIN.test(headNoun)) {
    const relative = namedRelative(context, lowers[0], headNoun, source);
    if (relative) return speakerOfEntity(relative, mention);
  }
  // "“…,” the 31-year-old defender said" after "Club captain Liam Harte … said": an age before a person noun, or a
  // nationality alone ("the German said"), is an epithet of the one who spoke last in the paragraph
  if (
    /^the$/.test(lowers[0]) &&
    ((/^\d{1,3}-year-old$/.test(lowers[1] ?? '') && headIndex > 1 && !head.capitalised && isPersonNoun(headNoun)) ||
      (words.length === 2 && head.capitalised && lexTag(headNoun) === 'Demonym'))
  ) {
    const last = lastSpeakerOfParagraph(context, source, sexOfPersonNoun(headNoun) ?? 'x');
    if (last) return speakerOfEntity(last, mention);
  }
  // "the Vermont senator", "the GOP nominee": one person the article has been speaking of, when nothing known about
  // them contradicts the description
  if (
    !known &&
    ((!head.capitalised && ROLE_HEAD.test(headNoun)) || partyHead) &&
    /^(the|this|that)$/.test(lowers[0]) &&
    doc.tokens[source.endToken]?.text !== ','
  ) {
    const described = describedPerson(context, source, words, headIndex, title);
    if (described) return speakerOfEntity(described, mention);
  }
  // "Hillary Clinton wants to see the district become a state. The Democratic front-runner wrote …": an epithet of
  // the one person the sentence before names, as its subject
  if (
    !known &&
    /^(the|this|that)$/.test(lowers[0]) &&
    ((!head.capitalised && EPITHET_HEAD.test(headNoun)) || partyHead)
  ) {
    const continued = subjectContinued(context, source, words, headIndex, title);
    if (continued) return speakerOfEntity(continued, mention);
  }
  // "The top Republican said": a party member the text does not name is the description, not a person "Republican"
  // ("another New Hampshire Republican" as "New Hampshire Republican")
  if (partyHead && !known)
    return {
      name: descriptionName(mention.text.replace(/^(?:another|one)\s+/i, '')),
      type: 'person',
      mention,
      gender: 'x',
    };
  // "Obama's former campaign strategist": the one person the article has been speaking of who fits, never its owner
  const owner = possessiveOwner(context, source, words);
  if (owner && !head.capitalised && ROLE_HEAD.test(headNoun) && doc.tokens[source.endToken]?.text !== ',') {
    const described = describedPerson(context, source, words, headIndex, title, owner);
    if (described) return speakerOfEntity(described, mention);
  }
  // "Member of House panel says …" heading a story whose next paragraph opens "Rep. Adam Schiff, …": the person the
  // story goes on to name is the one the heading or the lead describes
  if (
    (PERSON_NOUNS.has(headNoun) || ROLE_HEAD.test(headNoun) || !!TITLES[normTitleKey(headNoun)]) &&
    !(known && known.entity.type === 'person') &&
    !isGroupNoun(head) &&
    // "The Advocate": a capitalised head after its article is a name
    (!head.capitalised || headIndex === 0)
  ) {
    const named = namedInNextParagraph(context, source, headNoun);
    if (named && fitsDescription(named, headNoun, titleFromWords([headNoun]))) return speakerOfEntity(named, mention);
  }
  // "Senate leaders", "Clinton aides", "the Ohio governor", "Industry watchers": a name modifying a role or group noun
  // is not the speaker's name; the description is all the phrase gives
  if (
    known &&
    !head.capitalised &&
    (PERSON_NOUNS.has(headNoun) ||
      ORG_WORDS.has(headNoun) ||
      PEOPLE_COLLECTIVES.test(headNoun) ||
      !!titleFromWords([headNoun]) ||
      (isGroupNoun(head) &&
        known.endToken <= headToken &&
        // (the name modifies the group: only its modifiers between, not "CNN and other networks")
        tokens
          .slice(known.endToken, headToken)
          .every((token) => !/^(?:and|or|by|of|for|with|in|at)$/.test(token.lower))))
  ) {
    const type: SpeakerType =
      ORG_WORDS.has(headNoun) && !PERSON_NOUNS.has(headNoun) && !/s$/.test(headNoun) ? 'organization' : 'person';
    return { name: descriptionName(mention.text), type, mention, gender: 'x' };
  }
  // "Trump's running mate", "Clinton's doctor": someone of the named person's, not that person
  if (known && owner === known.entity && !head.capitalised && SOMEONE_OF.test(headNoun))
    return { name: descriptionName(mention.text), type: 'unknown', mention, gender: 'x' };
  if (known) return speakerOfEntity(known.entity, mention);
  let type: SpeakerType = 'unknown';
  if (ORG_WORDS.has(headNoun) || (words.length === 1 && isAllCapsAcronym(head.text))) type = 'organization';
  if (capitalised.length && words.some((word) => ORG_WORDS.has(word.lower) && word.capitalised)) type = 'organization';
  if (
    (PERSON_NOUNS.has(headNoun) ||
      (/[^s]s$/.test(headNoun) && PERSON_NOUNS.has(singularOf(headNoun))) ||
      // ("The imam", "A cousin of the victim": a noun known for a person by a list or WordNet, and no adjective)
      isKnownPersonNoun(headNoun, false)) &&
    (!head.capitalised || words.length === 1)
  )
    type = 'person';
  // a city or a state ("Chicago", "Ohio") is never a person
  const place =
    capitalised.length && capitalised.every((word) => isCityOrRegion(word.lower) || WEEKDAY.test(word.text));
  // "Russia said", "The United States accused …": a country speaks by its government, a body
  // (not a person the text names by that word: "Lynndie England … England said")
  const country =
    capitalised.length === words.length - (lowers[0] === 'the' ? 1 : 0) &&
    lexTag(capitalised.map((word) => word.lower).join(' ')) === 'Country' &&
    entities.findByWords(
      capitalised.map((word) => word.text),
      mention.start,
    )?.type !== 'person';
  if (country) return { name: descriptionName(mention.text), type: 'organization', mention, gender: 'x' };
  // "the Democratic National Convention", "the Affordable Care Act": an event or a law is nobody
  if (type === 'unknown' && capitalised.length && head.capitalised && !place && !THING_HEADS.has(headNoun))
    type = 'person';
  // ("van den Berg": the particles opening a surname are part of it)
  const particles = words.findIndex((word) => !NAME_PARTICLES.has(word.text));
  // ("Chelsea striker Haaland": the name is the capitalised words after the calling, not the club's with them)
  let run = words.length;
  while (run > 0 && (words[run - 1].capitalised || NAME_PARTICLES.has(words[run - 1].text))) run--;
  const calling =
    run > 0 &&
    run < words.length &&
    (PERSON_NOUNS.has(words[run - 1].lower) ||
      !!TITLES[normTitleKey(words[run - 1].text)] ||
      CALLING_ENDING.test(words[run - 1].lower));
  const afterCalling = calling ? nameWords.filter((word) => words.indexOf(word) >= run) : nameWords;
  // ("Secretary of the Treasury Janet Yellen", "Head of Research at Barclays Tom Wells": a first name after words that
  // are none opens the person's name; "Mary Ann Smith" keeps its second first name)
  const firstName = afterCalling.findIndex(
    (word, index) =>
      index > 0 &&
      index < afterCalling.length - 1 &&
      firstNameGender(word.text) !== null &&
      firstNameGender(afterCalling[index - 1].text) === null &&
      !NAME_PARTICLES.has(afterCalling[index - 1].text) &&
      // ("C. Stewart Verdery Jr.": an initial is the name's own)
      !/^\p{Lu}\.?$/u.test(afterCalling[index - 1].text),
  );
  const trailing = firstName > 0 ? afterCalling.slice(firstName) : afterCalling;
  const name =
    type === 'person' && capitalised.length && head.capitalised
      ? (particles > 0
          ? words
              .slice(0, particles)
              .map((word) => word.text + ' ')
              .join('')
          : '') + (trailing.length ? trailing : nameWords).map((word) => word.text).join(' ') || mention.text
      : mention.text;
  return { name, type, mention, gender: 'x', title: title && type === 'person' ? title : undefined };
}

/**
 * "A and B" where A and B are two people the article names: the source phrase is both, or the subject finder took only
 * B ("Reps. Jim Clyburn and Gwen Moore said"). Nothing but titles may stand before A, nothing but a bracket after B.
 */
function namedTogether(
  context: PhraseResolution,
  source: TokenRange,
): { name: string; type: 'person' | 'organization'; range: TokenRange } | undefined {
  const { tokens } = context.doc;
  const { entities } = context;
  const inside = entities.mentionsIn(source.firstToken, source.endToken);
  let pair = inside.length === 2 ? inside : undefined;
  // B alone: A and its "and" just before the phrase
  if (inside.length === 1 && inside[0].firstToken === source.firstToken && source.firstToken >= 2) {
    const and = source.firstToken - 1;
    const before = entities.mentionsIn(Math.max(0, and - MAX_NAME_TOKENS), and).pop();
    if (before && before.endToken === and && /^(?:and|&)$/.test(tokens[and].lower)) pair = [before, inside[0]];
  }
  if (!pair) return undefined;
  const [first, second] = pair;
  // (two people, or two organisations: "Panasonic and Sanyo Electric announced …")
  const type = first.entity.type;
  if ((type !== 'person' && type !== 'organization') || second.entity.type !== type || first.entity === second.entity)
    return undefined;
  if (second.firstToken !== first.endToken + 1 || !/^(?:and|&)$/.test(tokens[first.endToken].lower)) return undefined;
  let start = first.firstToken;
  while (start > 0 && tokens[start - 1].capitalised) {
    const key = normTitleKey(tokens[start - 1].text);
    if (!(titleOfKey(key) || HONORIFICS[key])) break;
    start--;
  }
  // (inside the phrase only titles; A opens its clause: "a lawyer for A and B", "The board fired A and B said", and the
  // last two of "A, B and C" are no pair)
  if (start > source.firstToken || !opensClause(context, start)) return undefined;
  if (second.endToken < source.endToken && tokens[second.endToken].text !== '(') return undefined;
  return {
    name: `${first.entity.name} and ${second.entity.name}`,
    type,
    range: { firstToken: Math.min(source.firstToken, first.firstToken), endToken: source.endToken },
  };
}

/**
 * The phrase widened back over the name it opens inside of, across the "and" the phrase stops at: "Human Services"
 * read before "said" is "The Department of Health and Human Services", one name, and "Recreation Department" is "a
 * spokesman for the Parks and Recreation Department", with what the phrase before the name holds.
 */
function withWholeName(context: PhraseResolution, phrase: TokenRange): TokenRange {
  const { doc, entities } = context;
  const and = phrase.firstToken - 1;
  const name = entities.mentionAt(phrase.firstToken, phrase.firstToken + 1);
  if (!name || name.firstToken >= phrase.firstToken || doc.tokens[and].lower !== 'and') return phrase;
  // (the subject the words before the "and" would make, were it the verb's)
  const before = subjectBefore(doc, and, doc.sentences[doc.sentenceOf[and]].firstToken);
  const first = before?.endToken === and && before.firstToken <= name.firstToken ? before.firstToken : name.firstToken;
  return { firstToken: first, endToken: phrase.endToken };
}

/**
 * Whether sentence `sentence` has a subject pronoun of the other sex than `sex` outside its quotes ("The defendant, a
 * retired plumber, told the court he was innocent"): the one it brings in likely reports of himself, and a "she" after
 * it is someone else.
 */
function otherSexIn(doc: AnalysedText, sentence: number, sex: 'm' | 'f'): boolean {
  const { firstToken, endToken } = doc.sentences[sentence];
  const other = sex === 'f' ? 'he' : 'she';
  for (let at = firstToken; at < endToken; at++) if (doc.quoteAt[at] < 0 && doc.tokens[at].lower === other) return true;
  return false;
}

/**
 * Whether sentence `sentence` speaks of a person of sex `sex` outside its quotes: a person named who may be of that
 * sex, or a pronoun of it ("told her", "his plan").
 */
function personOfSexIn(context: PhraseResolution, sentence: number, sex: 'm' | 'f'): boolean {
  const { doc, entities } = context;
  const { firstToken, endToken } = doc.sentences[sentence];
  const pronouns = sex === 'f' ? /^(?:she|her|hers|herself)$/ : /^(?:he|him|his|himself)$/;
  for (let at = firstToken; at < endToken; at++)
    if (doc.quoteAt[at] < 0 && pronouns.test(doc.tokens[at].lower)) return true;
  return entities
    .mentionsIn(firstToken, endToken)
    .some(
      (named) => !named.inQuote && named.entity.type === 'person' && named.entity.gender !== (sex === 'f' ? 'm' : 'f'),
    );
}

/**
 * Whether a pair of names at token `at` is a subject, not the object of what comes before it: no preposition ("a
 * lawyer for A and B"), no verb ("The board fired A and B"), no "and"/"or" and no name and comma ("A, B and C") stand
 * right before it.
 */
function opensClause(context: PhraseResolution, at: number): boolean {
  const { doc, entities } = context;
  const { tokens } = doc;
  if (at === 0 || doc.sentenceOf[at - 1] !== doc.sentenceOf[at]) return true;
  const before = tokens[at - 1];
  if (before.text === ',') {
    const listed = entities.mentionsIn(Math.max(0, at - 1 - MAX_NAME_TOKENS), at - 1).pop();
    return !(listed && listed.endToken === at - 1);
  }
  if (before.kind !== 'word' || before.capitalised) return true;
  if (PAIR_OBJECT_OF.test(before.lower)) return false;
  return !(isVerbalWord(before.lower) || /ed$/.test(before.lower)) || CLAUSE_OPENER.test(before.lower);
}

/** How many sentences back "they" looks for two people named together. */
const PAIR_SENTENCES_BACK = 2;
/** How many tokens an apposition between the two names may take (", Republican of Iowa,"). */
const PAIR_APPOSITION_TOKENS = 8;

/**
 * The last two people named together ("A and B", "Sens. A, Republican of Iowa, and B") in the sentences before a "they"
 * at token `pronoun`, as "A and B": not when they are the object of a verb ("The board fired A and B"), nor when the
 * body the pronoun would otherwise be taken for is named after them opening a clause of its own.
 */
function pairBefore(
  context: PhraseResolution,
  pronoun: number,
  body: Entity | undefined,
  sex?: 'm' | 'f',
): string | undefined {
  const { doc, entities } = context;
  const { tokens } = doc;
  const sentence = doc.sentenceOf[pronoun];
  const from = doc.sentences[Math.max(0, sentence - PAIR_SENTENCES_BACK)].firstToken;
  const people = entities.mentionsIn(from, pronoun).filter((m) => m.entity.type === 'person' && !m.inQuote);
  for (let i = people.length - 2; i >= 0; i--) {
    const [first, second] = [people[i], people[i + 1]];
    if (first.entity === second.entity) continue;
    if (sex && [first, second].some(({ entity }) => entity.gender !== 'x' && entity.gender !== sex)) return undefined;
    let and = second.firstToken - 1;
    while (and > first.endToken && isTitleWord(tokens[and])) and--;
    if (!/^(?:and|&)$/.test(tokens[and].lower)) continue;
    // nothing between the first name and "and" but an apposition set off by commas
    const between = tokens.slice(first.endToken, and);
    if (
      between.length &&
      (between.length > PAIR_APPOSITION_TOKENS || between[0].text !== ',' || between[between.length - 1].text !== ',')
    )
      continue;
    let start = first.firstToken;
    while (start > from && isTitleWord(tokens[start - 1])) start--;
    const before = start > from ? tokens[start - 1] : undefined;
    // the last two of a list ("Walter Scott, Eric Garner and Tamir Rice"), a body's name ("Judge Lee of the Seventh
    // Circuit and Ann Roe") and the object of a verb are no pair
    if (before?.text === ',' && people[i - 1]?.endToken === start - 1) return undefined;
    if (
      before?.kind === 'word' &&
      !before.capitalised &&
      (/^(?:of|the)$/.test(before.lower) ||
        ((isVerbalWord(before.lower) || /ed$/.test(before.lower)) &&
          !CLAUSE_OPENER.test(before.lower) &&
          !PAIR_OBJECT_OF.test(before.lower)))
    )
      return undefined;
    // "Bush and Christie attacked Rubio. His aides dismissed it. “…,” they said": a group the sentences after the
    // pair open with is nearer
    if (groupSubjectBetween(doc, second.endToken, pronoun)) return undefined;
    const bodyLater = body
      ? entities
          .mentionsIn(second.endToken, pronoun)
          .some((m) => m.entity === body && !m.inQuote && opensClause(context, m.firstToken))
      : false;
    return bodyLater ? undefined : `${first.entity.name} and ${second.entity.name}`;
  }
  return undefined;
}

/**
 * Whether a phrase's words count two people: "both", "the two", "both men", "the two lawmakers", "the two top
 * aides" (not "both sides", "the two companies", nor "the two leading Republicans", whom a party tells apart from
 * the pair named last).
 */
function countsTwoPeople(words: Token[]): boolean {
  const [first, second] = words.map((word) => word.lower);
  const rest = first === 'both' ? words.slice(1) : first === 'the' && second === 'two' ? words.slice(2) : undefined;
  if (!rest || rest.length > 2) return false;
  const noun = rest[rest.length - 1];
  if (!noun) return true;
  return (
    !noun.capitalised &&
    (isPersonNoun(noun.lower) || isPersonNoun(singularOf(noun.lower)) || /^(?:men|women)$/.test(noun.lower))
  );
}

/** Whether a sentence after the one of token `after`, up to token `before`, opens with a group of people as subject. */
function groupSubjectBetween(doc: AnalysedText, after: number, before: number): boolean {
  for (let sentence = doc.sentenceOf[after - 1] + 1; sentence <= doc.sentenceOf[before]; sentence++) {
    const { firstToken, endToken } = doc.sentences[sentence];
    // the subject's head among the first words, before any verb ("His aides dismissed", "Rubio's advisers said")
    for (let at = firstToken; at < Math.min(endToken, before, firstToken + GROUP_SUBJECT_WORDS); at++) {
      const word = doc.tokens[at];
      // (past a comma or a relative pronoun the words are no longer the subject's head: "The mayor, whose aides …";
      // "two"/"both" count the pair itself: "Both lawmakers spoke")
      if (word.text === ',' || /^(?:who|whose|which|two|both)$/.test(word.lower)) break;
      if (word.kind !== 'word' || doc.quoteAt[at] >= 0) continue;
      if (isGroupNoun(word)) return true;
      if (isVerbalWord(word.lower)) break;
    }
  }
  return false;
}

/** How many words of a sentence are read for a group subject ("Some of Rubio's closest advisers"). */
const GROUP_SUBJECT_WORDS = 6;

/**
 * The group a "they" opening its sentence at token `pronoun` takes up: the subject of the sentence right before it,
 * when that is a plural noun for people or bodies the text gives no name ("Twenty-seven states led by West Virginia",
 * "Many teachers"), as far as its head ("Twenty-seven states").
 */
function groupBefore(context: PhraseResolution, pronoun: number): string | undefined {
  const { doc, entities } = context;
  const { tokens } = doc;
  const sentence = doc.sentenceOf[pronoun];
  let first = doc.sentences[sentence].firstToken;
  while (first < pronoun && (tokens[first].kind !== 'word' || LINKING.test(tokens[first].lower))) first++;
  if (first !== pronoun || sentence === 0) return undefined;
  const previous = doc.sentences[sentence - 1];
  if (tokens[pronoun].paragraph - tokens[previous.firstToken].paragraph > 1) return undefined;
  // the sentence before opens with its subject (past a linking "But")
  let subjectStart = previous.firstToken;
  while (subjectStart < previous.endToken && LINKING.test(tokens[subjectStart].lower)) subjectStart++;
  // the head: the first plural noun for people or bodies among the subject's first words ("Twenty-seven states led
  // by …", "Democratic politicians typically …"), with a second one after it ("women journalists")
  const groupAt = (at: number) =>
    tokens[at]?.kind === 'word' &&
    !tokens[at].capitalised &&
    (isGroupNoun(tokens[at]) || PLACES_AS_BODIES.test(tokens[at].lower)) &&
    !entities.mentionAt(at, at + 1);
  let head = -1;
  for (let at = subjectStart; at < previous.endToken && at < subjectStart + GROUP_HEAD_TOKENS; at++) {
    const token = tokens[at];
    if (doc.quoteAt[at] >= 0 || (token.kind !== 'word' && token.text !== '-')) return undefined;
    if (groupAt(at)) {
      head = at;
      break;
    }
    if (token.kind === 'word' && !token.capitalised && (isVerbalWord(token.lower) || GROUP_END.test(token.lower)))
      return undefined;
  }
  if (head < 0) return undefined;
  if (groupAt(head + 1)) head++;
  // "Democratic candidates Hillary Clinton and Bernie Sanders": the names after the group are who it is
  if (entities.mentionAt(head + 1, head + 2)) return undefined;
  const headToken = tokens[head];
  return descriptionName(doc.text.slice(tokens[subjectStart].start, headToken.end));
}

/** Words linking a sentence to the one before, before its subject. */
const LINKING = /^(?:but|and|yet|so)$/;
/** How many tokens into the sentence before a group's head may come ("Twenty - seven states"). */
const GROUP_HEAD_TOKENS = 6;
/** Plural places that act as bodies: "Twenty-seven states … They argue". */
const PLACES_AS_BODIES = /^(?:states|countries|nations|cities|towns|counties|governments)$/;
/** Words that end a group's noun phrase before what narrows it: "states led by …", "groups in Ohio", "those who …". */
const GROUP_END = /^(?:by|of|in|at|from|for|with|across|who|that|which|and|or)$/;

/** A title or honorific written before a name ("Sen.", "Mr.", "Senators"), or the full stop of one. */
function isTitleWord(token: Token): boolean {
  if (token.text === '.') return true;
  const key = normTitleKey(token.text);
  return token.capitalised && !!(titleOfKey(key) || HONORIFICS[key]);
}

/** Words that make the names after them their object: prepositions and conjunctions ("for A and B", "or A and B"). */
const PAIR_OBJECT_OF = /^(?:of|for|to|by|with|from|about|against|at|on|in|and|or|between|among|like|than|versus|vs)$/;

/** Words after which a clause, and its subject, begins: "when Cruz and Rubio implied", "what A and B said". */
const CLAUSE_OPENER =
  /^(?:when|while|after|before|as|because|since|if|unless|although|though|that|what|where|whether|until|once|but|so|then|yet)$/;

/** The most tokens a name with its titles may take ("Sen. Charles E. Grassley"). */
const MAX_NAME_TOKENS = 8;

/**
 * The person or body a description opens with as its owner ("Obama's former strategist" -> Obama), if the article
 * names them.
 */
function possessiveOwner(context: PhraseResolution, source: TokenRange, words: Token[]): Entity | undefined {
  const possessive = words.findIndex((word) => /[’']s$/.test(word.text));
  if (possessive < 0 || possessive > 3) return undefined;
  const { tokens } = context.doc;
  const at = tokens.indexOf(words[possessive], source.firstToken);
  return context.entities.mentionAt(source.firstToken, at + 1)?.entity;
}

/** Singular heads of bodies' names that "the …" takes up ("the fund", "the committee", "the university"). */
const BODY_HEADS =
  /^(department|committee|council|association|institute|center|centre|agency|university|college|court|commission|bureau|foundation|corporation|company|coalition|alliance|federation|league|society|fund|bank|authority|board|union|network|hospital|clinic)$/;
/** How far back "the fund" looks for the body it stands for, in tokens. */
const BODY_TOKENS_BACK = 1500;

/**
 * The one organisation the text names before token `at` whose name ends with `head` ("International Monetary Fund"
 * for "the fund", "Federal Bureau of Investigation" the initials "FBI" stand for, for "the bureau"): null when it names
 * two ("the committee" after two committees).
 */
function bodyNamedBy(context: PhraseResolution, at: number, head: string): Entity | null | undefined {
  const named = context.entities.mentionsIn(Math.max(0, at - BODY_TOKENS_BACK), at);
  // (not initials for "the agency", which every public body is: "the CIA" among many named is no sure one)
  const wordsOf = head === 'agency' ? (entity: Entity) => entity.name.toLowerCase().split(/\s+/) : bodyWords;
  // a name ending in the head first ("the Labor Department"); else one whose head stands before its "of" ("the Bank of
  // England", "the European Court of Justice")
  const ending = onlyBody(named, (entity) => wordsOf(entity).at(-1) === head);
  if (ending !== undefined) return ending;
  const before = onlyBody(named, (entity) => {
    const words = wordsOf(entity);
    return words[words.indexOf('of') - 1] === head;
  });
  if (before !== undefined || head !== 'agency') return before;
  // "the agency" after "the Food and Drug Administration": a public body named by any of its heads, when it is the
  // last body named (not past another named since: "the FBI", "Reuters", nor past a name read as nobody's sure to be
  // a person's: "Customs Enforcement")
  const person = (entity: Entity) => entity.type === 'person' && (entity.gender !== 'x' || !!entity.title);
  const last = named.findLast((mention) => !person(mention.entity));
  if (last?.entity.type !== 'organization' || !publicBody(last.entity)) return undefined;
  // (nor when its sentence names another body, "The FBI and the CIA briefed …", or one is described without its name
  // since: "a state agency")
  const rival = named.some(
    (mention) =>
      mention.sentence === last.sentence && !person(mention.entity) && !sameBody(mention.entity, last.entity),
  );
  return rival || describedWithoutName(context.doc, last.endToken, at, AGENCY_NOUNS) ? undefined : last.entity;
}

/** A body's name as lower-case words, a public body's initials as its full name's ("FBI": "federal bureau of …"). */
function bodyWords(entity: Entity): string[] {
  const initials = isAllCapsAcronym(entity.name) ? PUBLIC_BODY_INITIALS[entity.name.toLowerCase()] : undefined;
  return (initials ?? entity.name.toLowerCase()).split(/\s+/);
}

/**
 * Whether a name read as a person's may be a body's: no gender, title or first name says it is a person's ("Customs
 * Enforcement", "Homeland Security Investigations").
 */
function maybeBody(entity: Entity): boolean {
  return (
    entity.type === 'person' &&
    entity.gender === 'x' &&
    !entity.title &&
    entity.words.length >= 2 &&
    firstNameGender(entity.name.split(/\s+/)[0]) === null
  );
}

/** Whether two bodies are one, named in full and by its initials ("International Monetary Fund", "IMF"). */
function sameBody(one: Entity, other: Entity): boolean {
  return one === other || bodyWords(one).join(' ') === bodyWords(other).join(' ');
}

/** Whether a body's name has a public body's head ("Federal Aviation Administration", "SEC"). */
function publicBody(entity: Entity): boolean {
  return bodyWords(entity).some((word) => AGENCY_HEADS.test(word));
}

/** Heads of a public body's name, which "the agency" takes up ("Internal Revenue Service", "Centers for …"). */
const AGENCY_HEADS =
  /^(?:agency|department|administration|bureau|service|services|commission|ministry|authority|office|centers|institutes)$/;

/** The one organisation among the mentions that passes the test: undefined for none, null for two. */
function onlyBody(mentions: { entity: Entity }[], test: (entity: Entity) => boolean): Entity | null | undefined {
  let found: Entity | undefined;
  for (const { entity } of mentions) {
    if (entity.type !== 'organization' || !test(entity)) continue;
    if (found && !sameBody(found, entity)) return null;
    // (the full name before the initials)
    if (!found || entity.words.length > found.words.length) found = entity;
  }
  return found;
}

/** Nouns for a relative, whom an article names once and then calls "her daughter", "his brother". */
const KIN =
  /^(?:daughter|son|wife|husband|mother|father|sister|brother|widow|widower|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|stepson|stepdaughter|fiancée|fiance|fiancé)$/;

/**
 * The one person the text before `source` names as a relative `kin` ("her daughter, Ann Reyes", "a son, Tom Reyes",
 * "Ann Reyes, her daughter"): none when it names two, or a name the article does not know as a person, or when a
 * later sentence brings in someone else the possessive (`owner`: "his", "her") could mean ("The other driver, Paul
 * Mason, survived. His wife said …").
 */
function namedRelative(context: PhraseResolution, owner: string, kin: string, source: TokenRange): Entity | undefined {
  const { doc, entities } = context;
  const at = spanOf(doc, source).start;
  const from = Math.max(0, at - NAMED_CHARS_BACK);
  const text = doc.text.slice(from, at);
  const name = String.raw`(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})`;
  const whose = '(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)';
  const before = new RegExp(String.raw`\b${whose}\s+${kin},\s+${name}`, 'gu');
  const after = new RegExp(String.raw`${name},\s+${whose}\s+${kin}\b`, 'gu');
  let found: Entity | undefined;
  let namedAt = 0;
  for (const pattern of [before, after])
    for (const match of text.matchAll(pattern)) {
      // (a name ending its sentence: "and a son, Tom Reyes.")
      const words = match[1].replace(/\.$/, '');
      const end = from + match.index + match[0].indexOf(match[1]) + words.length;
      const person = entities.findByWords(words.split(/\s+/), end);
      if (!person || person.type !== 'person' || (found && found !== person)) return undefined;
      found = person;
      namedAt = Math.max(namedAt, end);
    }
  if (!found) return undefined;
  const sex = owner === 'his' ? 'f' : owner === 'her' ? 'm' : undefined;
  const laterSentence = doc.sentences[doc.sentenceOf[firstTokenFrom(doc, namedAt)]].endToken;
  const earlier = entities.mentionsIn(firstTokenFrom(doc, from), laterSentence);
  const newcomer = entities
    .mentionsIn(laterSentence, source.firstToken)
    .some(
      (mention) =>
        !mention.inQuote &&
        mention.entity.type === 'person' &&
        mention.entity !== found &&
        mention.entity.gender !== sex &&
        !earlier.some((before) => before.entity === mention.entity),
    );
  return newcomer ? undefined : found;
}

/**
 * The person who spoke last before `source` in its paragraph, when nobody else has been named outside quotes since
 * (but as the object of a preposition) and nothing known of them contradicts the sex of the words (`gender`).
 */
function lastSpeakerOfParagraph(
  context: PhraseResolution,
  source: TokenRange,
  gender: PronounGender,
): Entity | undefined {
  const { doc, entities } = context;
  const sentence = doc.sentenceOf[source.firstToken];
  const at = spanOf(doc, source).start;
  const paragraph = doc.sentences[sentence].paragraph;
  for (let back = sentence; back >= 0 && doc.sentences[back].paragraph === paragraph; back--) {
    const spoken = (context.speakers.get(back) ?? []).filter((speaker) => speaker.start < at);
    if (!spoken.length) continue;
    const last = spoken[spoken.length - 1].entity;
    if (last.type !== 'person' || (gender !== 'x' && last.gender !== 'x' && last.gender !== gender)) return undefined;
    // (one spoken of after a preposition is no rival: "Liam Harte, who played against Tiago Castelbranco, said")
    const since = entities.mentionsIn(doc.sentences[back].firstToken, source.firstToken);
    const rival = since.some(
      (mention) =>
        !mention.inQuote &&
        mention.entity !== last &&
        mention.entity.type === 'person' &&
        !PREPOSITION.test(doc.tokens[mention.firstToken - 1]?.lower ?? ''),
    );
    return rival ? undefined : last;
  }
  return undefined;
}

/** How far back, in characters, "the 17-year-old" or "her daughter" looks for the person the article gave that to. */
const NAMED_CHARS_BACK = 3000;

/**
 * The one person the text before offset `at` gives the age `age` in an apposition ("John Smith, 45, of Ohio"): none
 * when it gives that age to two, or to nobody it names.
 */
function personOfAge(context: PhraseResolution, age: string, at: number): Entity | undefined {
  const from = Math.max(0, at - NAMED_CHARS_BACK);
  const text = context.doc.text.slice(from, at);
  // (anyone else given that age another way makes it ambiguous: "a 45-year-old passenger", "Dan Price is 61 too")
  if (new RegExp(`\\b${age}-year-old\\b|\\b(?:is|was|are|were|aged)\\s+${age}\\b`, 'i').test(text)) return undefined;
  let found: Entity | undefined;
  for (const match of text.matchAll(/(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),\s+(\d{1,3}),/gu)) {
    if (match[2] !== age) continue;
    const person = context.entities.findByWords(match[1].split(/\s+/), from + match.index + match[1].length);
    if (!person || person.type !== 'person' || (found && found !== person)) return undefined;
    found = person;
  }
  return found;
}

/** Nouns of those who speak for a body. */
const SPOKESPERSON = /^(?:spokesman|spokeswoman|spokesperson)$/;

/**
 * The one organisation or outlet named in the sentence before token `at` and in its own sentence before it, that a
 * spokesperson speaks for, as the subject of its sentence; none when two are named, or a person too ("Romney … will
 * not be present to see Trump become the GOP’s standard bearer. A spokesman said" speaks for Romney), or only a
 * country ("the U.S."), or a body named in passing ("The body was found near a Tesco store").
 */
function bodyOfSpokesperson(context: PhraseResolution, at: number): Entity | undefined {
  const { doc, entities } = context;
  const sentence = doc.sentenceOf[at];
  const from = doc.sentences[Math.max(0, sentence - 1)].firstToken;
  let found: Entity | undefined;
  let subject = false;
  for (const { entity, firstToken, endToken } of entities.mentionsIn(from, at)) {
    if (entity.type === 'person' && !maybeBody(entity)) return undefined;
    if (entity.type !== 'organization' && entity.type !== 'media') continue;
    if (found && !sameBody(found, entity)) return undefined;
    found = entity;
    // (as a subject: opening its sentence, "The" aside, before a verb; "near a Tesco store", "A Ford worker" are not)
    const opening = doc.sentences[doc.sentenceOf[firstToken]].firstToken;
    const next = doc.tokens[endToken];
    subject ||=
      (firstToken === opening || (firstToken === opening + 1 && doc.tokens[opening].lower === 'the')) &&
      next?.kind === 'word' &&
      !next.capitalised &&
      (isVerbalWord(next.lower) ||
        /PastTense|PresentTense/.test(lexTag(next.lower) ?? '') ||
        /^(?:cut|hit|set|put|cost|shut|let|has|had|is|was|will|would|also)$/.test(next.lower));
  }
  return found && subject && !COUNTRY_LIKE.test(found.name) && !isCityOrRegion(found.name.toLowerCase())
    ? found
    : undefined;
}

/** Countries and unions of them written as a body's name: no spokesperson's body. */
const COUNTRY_LIKE = /^(?:the\s+)?(?:U\.?S\.?A?\.?|U\.?K\.?|E\.?U\.?|United States|United Kingdom|Britain|America)$/i;

/** "the company", "the carmaker": a definite description of a company by one of the nouns below. */
export function companyDescription(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return words.length === 2 && /^(the|this|that)$/.test(words[0]) && COMPANY_HEADS.test(words[1]);
}

/** Nouns a company is described by once named. */
const COMPANY_HEADS =
  /^(company|firm|carmaker|automaker|airline|retailer|manufacturer|lender|insurer|chain|giant|conglomerate|group|corporation)$/;
/** Nouns for a business that is not the one named: "a supplier", "its rival". */
const OTHER_COMPANY =
  /^(?:supplier|suppliers|rival|rivals|competitor|competitors|subsidiary|contractor|startup|start-up)$/;
/** How far back "the company", "the journal" look for the body they stand for, in tokens. */
const BODY_DESCRIBED_TOKENS_BACK = 120;

/** A kind of body: the nouns that describe one once named, and whether a named body is of the kind a noun says. */
interface DescribedBody {
  nouns: RegExp;
  fits: (entity: Entity, noun: string) => boolean;
}

/** Nouns a public body is described by, the name's own word but for "the agency" and "the regulator". */
const AGENCY_NOUNS = /^(?:agency|regulator|bureau|department|commission)$/;
/** Nouns an outlet is described by, and the kind of outlet each says ("the station": a broadcaster). */
const OUTLET_KIND_OF = wordTable<string>({
  network: 'network',
  broadcaster: 'network',
  channel: 'network',
  station: 'network',
  newspaper: 'newspaper',
  tabloid: 'newspaper',
  magazine: 'magazine',
  journal: 'journal',
  outlet: '',
});
/** A broadcaster's call sign ("WGN", "KTLA-TV"). */
const CALL_SIGN = /^[kw][a-z]{2,3}(?:-(?:tv|fm|am))?$/;
/** What an institution's name holds when "the school", "the hospital", "the union" may stand for it. */
const INSTITUTION_OF = wordTable<RegExp>({
  school: /\b(?:school|university|college|academy)\b/,
  hospital: /\b(?:hospital|infirmary|medical cent(?:er|re))\b/,
  clinic: /\bclinic\b/,
  union: /\b(?:union|workers|teamsters)\b/,
});

/** Whether an outlet is of the kind `kind` says: by its name, or by the last word of its name ("Harlow Gazette"). */
function outletOfKind(entity: Entity, kind: string): boolean {
  if (entity.type !== 'media') return false;
  const name = entity.name.toLowerCase();
  const known = OUTLETS_OF_KIND[kind];
  // (any outlet is "the outlet"; a broadcaster's own news, "CBS News", is the broadcaster's)
  return (
    !kind ||
    known.has(name) ||
    known.has('the ' + name) ||
    OUTLET_NAME_HEADS[kind].has(entity.last) ||
    (kind === 'network' && (CALL_SIGN.test(name) || (entity.words.length === 2 && known.has(entity.words[0]))))
  );
}

const DESCRIBED_BODIES: DescribedBody[] = [
  // (a company the lexicon knows, one whose name says so, "Harlow Foods", or one the text says is one)
  {
    nouns: COMPANY_HEADS,
    fits: (entity) => entity.type === 'organization' && (namesCompany(entity.name) || !!entity.company),
  },
  {
    nouns: AGENCY_NOUNS,
    fits: (entity, noun) =>
      entity.type === 'organization' &&
      (/^(?:agency|regulator)$/.test(noun) ? publicBody(entity) : bodyWords(entity).includes(noun)),
  },
  {
    nouns: new RegExp(`^(?:${Object.keys(OUTLET_KIND_OF).join('|')})$`),
    fits: (entity, noun) => outletOfKind(entity, OUTLET_KIND_OF[noun]),
  },
  {
    nouns: new RegExp(`^(?:${Object.keys(INSTITUTION_OF).join('|')})$`),
    fits: (entity, noun) => entity.type === 'organization' && INSTITUTION_OF[noun].test(entity.name.toLowerCase()),
  },
];

/**
 * The one body named in the tokens just before `at`, when it is of the kind `noun` says ("Volkswagen", "Harlow Foods"
 * for "the company"; "The Lancet" for "the journal"; "the SEC" for "the agency"), or, where several bodies are named
 * there, the last of them when it is of the kind and no other of the kind is: none when one of the kind is described
 * there without its name.
 */
function onlyBodyBefore(
  context: PhraseResolution,
  at: number,
  described: DescribedBody,
  noun: string,
): Entity | undefined {
  const from = Math.max(0, at - BODY_DESCRIBED_TOKENS_BACK);
  if (describedWithoutName(context.doc, from, at, described.nouns)) return undefined;
  const bodies = context.entities
    .mentionsIn(from, at)
    .filter(({ entity }) => entity.type === 'organization' || entity.type === 'media' || maybeBody(entity));
  if (!bodies.length) return undefined;
  // ("the journal Nature", "the carmaker Rivex": a body named after the noun is of its kind)
  const ofKind = (mention: (typeof bodies)[number]) =>
    mention.entity.type !== 'person' &&
    (context.doc.tokens[mention.firstToken - 1]?.lower === noun || described.fits(mention.entity, noun));
  const only = bodies.every(({ entity }) => sameBody(bodies[0].entity, entity));
  if (only) return bodies.some(ofKind) ? bodies[0].entity : undefined;
  // several bodies: the one named last, when it is of the kind and no other of the kind is named there ("… a drop in
  // the oil giant Exxon Mobil held the Dow back. The company reported …"; not after "Rivex reported profits. Analysts
  // at Goldman Sachs said …", two companies, nor after "The SEC fined Halvorsen Corp.", for "the regulator")
  const last = bodies[bodies.length - 1];
  const rival = bodies.some((mention) => !sameBody(mention.entity, last.entity) && ofKind(mention));
  return ofKind(last) && !rival ? last.entity : undefined;
}

/**
 * Whether tokens [from, to) describe a body by one of `nouns` without its name, another it may be ("A supplier that
 * makes parts for Boeing …", "a small firm", "a state agency"), or name a rival or a supplier.
 */
function describedWithoutName(doc: AnalysedText, from: number, to: number, nouns: RegExp): boolean {
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i];
    if (token.capitalised) continue;
    const article = [1, 2, 3].find((back) => /^(?:a|an|another)$/.test(doc.tokens[i - back]?.lower ?? ''));
    // ("Boeing, a company founded in 1916, said": a description set off after a name is that name's)
    const apposed = article !== undefined && doc.tokens[i - article - 1]?.text === ',';
    const indefinite = article !== undefined && !apposed;
    if (OTHER_COMPANY.test(token.lower) || (indefinite && nouns.test(token.lower))) return true;
  }
  return false;
}

/** How far back "the campaign" looks for the candidate the text last named with one, in tokens. */
const CAMPAIGN_TOKENS_BACK = 250;
/** How many lower-case words may stand between a candidate and "campaign" ("Trump’s presidential campaign"). */
const CAMPAIGN_MODIFIERS = 2;

/**
 * The person whose campaign the text last names before token `at` outside quotes: "Donald Trump’s (presidential)
 * campaign", "the Clinton (reelection) campaign", not "Trump's campaign manager".
 */
function campaignOwner(context: PhraseResolution, at: number): Entity | undefined {
  const { doc, entities } = context;
  const { tokens } = doc;
  for (let campaign = at - 1; campaign > 0 && campaign >= at - CAMPAIGN_TOKENS_BACK; campaign--) {
    if (tokens[campaign].lower !== 'campaign' || doc.quoteAt[campaign] >= 0) continue;
    // "Trump's campaign manager" is a person, not the campaign
    const next = tokens[campaign + 1];
    if (
      next?.kind === 'word' &&
      !next.capitalised &&
      (PERSON_NOUNS.has(next.lower) || /Noun|Singular|Plural|Actor/.test(lexTag(next.lower) ?? ''))
    )
      continue;
    let before = campaign - 1;
    for (
      let n = 0;
      n < CAMPAIGN_MODIFIERS && before > 0 && tokens[before].kind === 'word' && !tokens[before].capitalised;
      n++
    )
      before--;
    if (/^['’]s$/.test(tokens[before].text)) before--;
    const named = entities.mentionAt(before, before + 1);
    if (named && named.endToken === before + 1 && named.entity.type === 'person') return named.entity;
  }
  return undefined;
}

/** Who answers a poll: a share of them is what the poll found ("74 percent of likely voters said"). */
const RESPONDENTS =
  /^(voters|respondents|americans|adults|democrats|republicans|independents|people|residents|supporters|women|men|those|likely|registered|primary|caucusgoers|caucus-goers|latinos|hispanics|blacks|whites|millennials|parents|workers)$/;
/** The verbs a share of respondents answers with. */
const ANSWERING_VERB =
  /^(said|say|says|saying|told|answered|responded|reported|believe|believed|think|thought|favor|favored|support|supported|want|wanted|oppose|opposed)$/;

/**
 * Whether a share ("Seventy-four percent of Trump voters", "a majority") answers a poll: it names people who answer
 * polls, or nobody; its verb is one of answering; it stands outside quotes; and nothing after it in its sentence
 * gives its words to someone else ("…, he told reporters", "according to the bureau's survey").
 */
function respondentsShare(context: PhraseResolution, source: TokenRange, words: Token[], headIndex: number): boolean {
  const { doc } = context;
  const { tokens, sentences, sentenceOf } = doc;
  if (doc.quoteAt[source.firstToken] >= 0) return false;
  const group = words.slice(headIndex + 1);
  if (group.length && !group.some((word) => RESPONDENTS.test(word.lower))) return false;
  if (!ANSWERING_VERB.test(tokens[source.endToken]?.lower ?? '')) return false;
  const end = sentences[sentenceOf[source.firstToken]].endToken;
  for (let at = source.endToken + 1; at < Math.min(end, source.endToken + ANSWER_TOKENS); at++) {
    const token = tokens[at];
    if (/^(according|poll|survey|added|adds)$/.test(token.lower)) return false;
    const before = tokens[at - 1];
    if (
      /^(said|says|told|tells)$/.test(token.lower) &&
      before?.kind === 'word' &&
      (/^(he|she|they|it)$/.test(before.lower) || before.capitalised)
    )
      return false;
  }
  return true;
}
/** How far after a share its sentence is read for someone else it is attributed to. */
const ANSWER_TOKENS = 60;

/** Role nouns after "campaign" that make a person one of a campaign's staff ("campaign manager"). */
const CAMPAIGN_ROLE =
  /^(manager|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|adviser|advisor|aide|strategist|director|official|staffer|pollster|surrogate|operative|consultant)$/;
/** How many tokens around a person's name a campaign role describing them may stand. */
const ROLE_WINDOW = 6;

/**
 * Whether the text describes `person` as one of a campaign's staff before token `at` ("Jeff Weaver, Sanders's
 * campaign manager", "campaign spokesman Jason Miller"): their "his campaign" is the candidate's, not theirs.
 */
function campaignStaff(context: PhraseResolution, person: Entity, at: number): boolean {
  const { doc, entities } = context;
  const { tokens } = doc;
  for (const mention of entities.mentionsIn(Math.max(0, at - CAMPAIGN_TOKENS_BACK), at)) {
    if (mention.entity !== person) continue;
    const from = Math.max(0, mention.firstToken - ROLE_WINDOW);
    const to = Math.min(tokens.length - 1, mention.endToken + ROLE_WINDOW);
    // (not the owner before it: "Sanders campaign manager Jeff Weaver", "Clinton's campaign chairman")
    const owns = (campaign: number) =>
      mention.endToken === campaign ||
      (mention.endToken === campaign - 1 && /^['’]s?$/.test(tokens[campaign - 1].text));
    for (let i = from; i < to; i++)
      if (tokens[i].lower === 'campaign' && CAMPAIGN_ROLE.test(tokens[i + 1]?.lower ?? '') && !owns(i)) return true;
  }
  return false;
}

/** How many people named before a surname are compared with it, the last named first (a bound on hostile text). */
const MISSPELT_PEOPLE = 200;
/** The shortest surname a misspelling is looked for (shorter ones are too often other names one letter apart). */
const MISSPELT_MIN_LENGTH = 5;

/**
 * The one person named before token `at` whose surname `word` misspells by one letter added, dropped or changed,
 * the first letter kept ("Wines" for Wimes, "McLenney" for McClenney); none when two are that close.
 */
function personMisspelt(context: PhraseResolution, word: string, at: number): Entity | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MISSPELT_MIN_LENGTH || !/^\p{L}+$/u.test(lower) || lexTag(lower) === 'Demonym') return undefined;
  let found: Entity | undefined;
  for (const entity of context.entities.peopleNamedBefore(at, MISSPELT_PEOPLE)) {
    // (the surname with an "s" is a plural or a family: "the Americans", "the Clintons")
    if (entity.last[0] !== lower[0] || lower === `${entity.last}s` || !oneEditApart(entity.last, lower)) continue;
    if (found) return undefined;
    found = entity;
  }
  return found;
}

/** Whether two different words are one letter added, dropped or changed apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether tokens [from, to) are a few words (an abbreviation's full stop among them) and nothing else. */
function betweenWords(tokens: Token[], from: number, to: number): boolean {
  if (to - from > BETWEEN_WORDS) return false;
  for (let at = from; at < to; at++) if (tokens[at].kind !== 'word' && tokens[at].text !== '.') return false;
  return true;
}

/** The most tokens of description between "for"/"of" and the person a speaker stands to. */
const BETWEEN_WORDS = 5;

/** The paragraphs of a story's top (headline, deck, lead) whose descriptions the next paragraph may name. */
const TOP_PARAGRAPHS = 3;

/**
 * The person whose name opens the paragraph after the source's, when the source stands in the story's top paragraphs
 * (titles may come before the name: "Rep. Adam Schiff, the top Democrat …").
 */
function namedInNextParagraph(context: PhraseResolution, source: TokenRange, headNoun: string): Entity | undefined {
  const { doc, entities } = context;
  const { tokens } = doc;
  const paragraph = tokens[source.firstToken].paragraph;
  if (paragraph >= TOP_PARAGRAPHS || paragraph + 1 >= doc.paragraphs.length) return undefined;
  // "said Murray Clark, a former state GOP chair": a description set off after a name is that name's
  const before = entities.mentionAt(source.firstToken - 2, source.firstToken - 1);
  if (tokens[source.firstToken - 1]?.text === ',' && before?.endToken === source.firstToken - 1) return undefined;
  if (describedBefore(context, source)) return undefined;
  // ("… has an admirer in British diplomat Sir Peter Westmacott": the one it names with the same noun, if any)
  const { firstToken, endToken } = doc.paragraphs[paragraph + 1];
  for (const named of entities.mentionsIn(firstToken, endToken)) {
    let before = named.firstToken - 1;
    while (before > firstToken && isTitleWord(tokens[before])) before--;
    if (named.entity.type === 'person' && !named.inQuote && tokens[before]?.lower === headNoun) return named.entity;
  }
  let at = firstToken;
  while (at < tokens.length && isTitleWord(tokens[at])) at++;
  const named = entities.mentionAt(at, at + 1);
  return named && named.firstToken === at && named.entity.type === 'person' && !named.inQuote
    ? named.entity
    : undefined;
}

/** How far back in its paragraph a description looks for another person described before it, in tokens. */
const DESCRIBED_BEFORE_TOKENS = 60;

/**
 * Whether someone else is described before the source in its paragraph ("A woman accused of poisoning her husband
 * wept as a prosecutor told jurors …"): the name the next paragraph opens with is theirs, the first described, not
 * the source's.
 */
function describedBefore(context: PhraseResolution, source: TokenRange): boolean {
  const { doc } = context;
  const { tokens } = doc;
  const paragraph = tokens[source.firstToken].paragraph;
  for (let at = source.firstToken - 1; at >= Math.max(0, source.firstToken - DESCRIBED_BEFORE_TOKENS); at--) {
    const token = tokens[at];
    if (token.paragraph !== paragraph) break;
    if (
      token.kind === 'word' &&
      !token.capitalised &&
      doc.quoteAt[at] < 0 &&
      (PERSON_NOUNS.has(token.lower) || !!sexOfPersonNoun(token.lower))
    )
      return true;
  }
  return false;
}

/**
 * Whether a person may be the one a description with this head noun and title stands for: not of the other sex
 * ("the woman"), nor holding another office ("the nominee" is no justice; "the senator" may be "the candidate").
 */
function fitsDescription(person: Entity, headNoun: string, title: string | undefined): boolean {
  const gender = sexOfPersonNoun(headNoun);
  if (gender && person.gender !== 'x' && person.gender !== gender) return false;
  if (!title || !person.title || office(person.title) === office(title)) return true;
  return (
    (GENERIC_TITLES.has(title) && ELECTED_OFFICES.test(office(person.title))) ||
    (GENERIC_TITLES.has(person.title) && ELECTED_OFFICES.test(office(title)))
  );
}

/** Lexicon tags of a place's name. */
const PLACE_TAG = /^(City|Region|Country)$/;

/** Heads for the press or a broadcaster at large, rather than one outlet: "state media", "state television". */
const BROADCAST_HEADS = /^(?:media|television|radio|tv)$/;

/**
 * Nouns for someone of another's ("Trump's running mate", "Scott's niece") that are not among the person nouns (those
 * are handled with the descriptions above).
 */
const SOMEONE_OF = /^(mate|niece|nephew|partner|confidants?|backers?|allies|ally|representatives)$/;

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

/**
 * Singular heads that describe one person by an office or calling ("the senator", "the nominee"). Vaguer heads ("the
 * woman", "the leader", "the official") fit too many people in an article to be resolved by nearness alone.
 */
export const ROLE_HEAD =
  /^(senator|governor|mayor|president|secretary|nominee|candidate|congressman|congresswoman|lawmaker|legislator|judge|justice|minister|chancellor|ambassador|strategist|chairman|chairwoman|director|commissioner|sheriff|prosecutor|pollster|economist)$/;
/** Titles one office may be written with ("Justice Nervo" is "the judge"). */
const SAME_OFFICE = wordTable<string>({ Justice: 'Judge', 'Chief Justice': 'Judge', Judge: 'Judge' });
const office = (title: string) => SAME_OFFICE[title] ?? title;

/** How far back a description looks for the person it stands for: sentences, and tokens at most. */
const DESCRIBED_SENTENCES_BACK = 2;
const DESCRIBED_TOKENS_BACK = 200;

/**
 * The person a definite description stands for ("the Vermont senator"), when exactly one fits among the people the
 * text names (or resolved as speakers) in its sentence before it and the two sentences before that. A person fits
 * unless their title, place or gender differs from the description's, or they are named later in its own sentence (a
 * description and a name in one clause are two people: "the judge agreed with Ivana Trump"). Two that fit, or none,
 * leave the description unresolved: a wrong name is worse than none. A holder of another title of the same office
 * answers directly ("the judge" -> Justice Frank Nervo).
 */
function describedPerson(
  context: PhraseResolution,
  source: TokenRange,
  words: Token[],
  headIndex: number,
  title: string | undefined,
  owner?: Entity,
): Entity | undefined {
  const { doc, entities } = context;
  const headNoun = words[headIndex].lower;
  const gender = sexOfPersonNoun(headNoun) ?? 'x';
  const party = words[headIndex].capitalised ? PARTY_OF_HEAD[headNoun] : undefined;
  const at = spanOf(doc, source).start;
  const byOffice = title
    ? Object.keys(SAME_OFFICE)
        .filter((other) => other !== title && office(other) === office(title))
        .map((other) => entities.findByTitle(other, at))
        .find((holder) => holder)
    : undefined;
  if (byOffice) return byOffice;
  const places = words
    .slice(0, headIndex)
    .filter((word) => word.capitalised && /^(City|Region|Country|Place)$/.test(lexTag(word.lower) ?? ''))
    .map((word) => word.lower);
  const fits = (candidate: Entity, inItsSentence = false) => {
    if (candidate.type !== 'person' || candidate === owner) return false;
    if (gender !== 'x' && candidate.gender !== 'x' && candidate.gender !== gender) return false;
    if (
      title &&
      candidate.title &&
      office(candidate.title) !== office(title) &&
      !GENERIC_TITLES.has(title) &&
      !(GENERIC_TITLES.has(candidate.title) && ELECTED_OFFICES.test(office(title)))
    )
      return false;
    // a place in the description must be the one written with the person's own name ("the Vermont senator" is not
    // a senator the article places nowhere; `place` may be read off another holder of the title)
    // (a person named earlier in the description's own sentence, whose place the article does not give, may be meant:
    // "Asked whether Sanders …, the Vermont senator said")
    // "the Kansas Republican": a party member of the party the text gives the person, else of the place written with
    // their name (a party word alone fits anyone the text gives no party)
    if (party && candidate.party && candidate.party !== party) return false;
    if (party && !candidate.party && !places.length && !inItsSentence) return false;
    const candidatePlace = candidate.namedPlace?.toLowerCase();
    if (!candidatePlace) return !places.length || inItsSentence;
    return !places.length || places.some((place) => candidatePlace.includes(place));
  };
  const sentence = doc.sentenceOf[source.firstToken];
  const fromSentence = Math.max(0, sentence - DESCRIBED_SENTENCES_BACK);
  const from = Math.max(doc.sentences[fromSentence].firstToken, source.firstToken - DESCRIBED_TOKENS_BACK);
  // a person the window names only as the object of a preposition ("hatred of Clinton", "an apology to Trump") is
  // what is spoken about there, not who goes on to speak: a description fits them only when nobody else fits
  const fitting = new Set<Entity>();
  const acting = new Set<Entity>();
  for (const mention of entities.mentionsIn(from, source.firstToken))
    if (!mention.inQuote && fits(mention.entity, mention.sentence === sentence)) {
      fitting.add(mention.entity);
      if (!PREPOSITION.test(doc.tokens[mention.firstToken - 1]?.lower ?? '')) acting.add(mention.entity);
    }
  for (let back = fromSentence; back <= sentence; back++)
    for (const speaker of context.speakers.get(back) ?? [])
      if (speaker.start < at && fits(speaker.entity)) {
        fitting.add(speaker.entity);
        acting.add(speaker.entity);
      }
  const only = fitting.size === 1 ? fitting : acting.size === 1 ? acting : undefined;
  if (!only) return undefined;
  const [candidate] = only;
  // (one the window last tells of being acted upon, and gives no title, is not whom an office describes: "Mark Hughes
  // was sentenced on Friday. The judge said …")
  const last = entities
    .mentionsIn(from, source.firstToken)
    .filter((mention) => mention.entity === candidate)
    .pop();
  if (!candidate.title && last && actedUponAfter(doc, last.end)) return undefined;
  const sentenceEnd = Math.min(doc.sentences[sentence].endToken, source.endToken + DESCRIBED_TOKENS_BACK);
  if (entities.mentionsIn(source.endToken, sentenceEnd).some((later) => later.entity === candidate)) return undefined;
  return candidate;
}

/**
 * Nouns a news story calls the person it has just named by, to avoid repeating the name ("the front-runner", "the
 * billionaire businessman", "the actress", "the woman"); not one who speaks for or beside another ("the spokesman",
 * "the lawyer", "the aide", "the source").
 */
const EPITHET_HEAD = new RegExp(
  `^(?:${ROLE_HEAD.source.slice(2, -2)}|frontrunner|front-runner|incumbent|challenger|hopeful|contender|politician|` +
    'businessman|businesswoman|billionaire|mogul|tycoon|developer|entrepreneur|executive|actress|actor|singer|rapper|' +
    'comedian|author|writer|novelist|filmmaker|star|activist|woman|man|boy|girl|teenager|teen|' +
    'veteran|retiree|scientist|lawmaker|republican|democrat)$',
);
// (not one who serves or faces another the story names: the player's coach, the guest's host, the patient's surgeon,
// the student's professor: "Lisa Wong won the 200 metres. The coach said …")

/**
 * The person an epithet stands for when the sentence before names one person only, as its subject ("Ann Roe spoke in
 * Tarn on Friday. The Ohio senator said …"), nobody else is named in the epithet's own sentence before it, and
 * nothing the text says of them contradicts it (sex, title, the place written with their name, party). The sentence
 * before may end the paragraph before (a story's lead after its heading).
 */
function subjectContinued(
  context: PhraseResolution,
  source: TokenRange,
  words: Token[],
  headIndex: number,
  title: string | undefined,
): Entity | undefined {
  const { doc, entities } = context;
  const { tokens } = doc;
  const sentenceIndex = doc.sentenceOf[source.firstToken];
  if (sentenceIndex < 1) return undefined;
  // (a description a relative clause defines brings in someone new: "The woman who organised the protest said …")
  if (/^(?:who|whom|whose|that)$/.test(tokens[source.endToken]?.lower ?? '')) return undefined;
  const sentence = doc.sentences[sentenceIndex];
  const before = doc.sentences[sentenceIndex - 1];
  if (entities.mentionsIn(sentence.firstToken, source.firstToken).some((named) => named.entity.type === 'person'))
    return undefined;
  const named = entities.mentionsIn(before.firstToken, before.endToken);
  if (named[0]?.entity.type !== 'person' || named[0].inQuote) return undefined;
  // (another person may be named there only as what is spoken of: after a preposition, or modifying a noun, "the
  // Clinton campaign's accusations", "an appearance with Sen. Joni Ernst")
  const spokenOf = (mention: (typeof named)[number]) => {
    const after = tokens[mention.endToken];
    return (
      PREPOSITION.test(tokens[mention.firstToken - 1]?.lower ?? '') ||
      (after?.kind === 'word' && !after.capitalised && (ORG_WORDS.has(after.lower) || PERSON_NOUNS.has(after.lower))) ||
      /^['’]s$/.test(after?.text ?? '')
    );
  };
  if (
    named.some(
      (mention) => mention.entity.type === 'person' && mention.entity !== named[0].entity && !spokenOf(mention),
    )
  )
    return undefined;
  const people = new Set([named[0].entity]);
  // (the name opens the sentence, past titles, words of rank and a calling: "Former Secretary of State Ann Roe",
  // "Democratic presidential candidate Ann Roe"; no verb, no clause before it)
  if (named[0].firstToken - before.firstToken > MAX_CALLING_TOKENS) return undefined;
  for (let at = before.firstToken; at < named[0].firstToken; at++) {
    const token = tokens[at];
    if (token.text === '.' || (token.kind === 'word' && (token.capitalised || BEFORE_NAME.test(token.lower)))) continue;
    if (
      token.kind !== 'word' ||
      (FUNCTION_WORDS.has(token.lower) && token.lower !== 'of') ||
      /Verb|Tense|Copula|Adverb/.test(lexTag(token.lower) ?? '')
    )
      return undefined;
  }
  const [person] = people;
  // (one the sentence before tells of being acted upon is not who acted: "Mark Hughes was sentenced on Friday. The
  // judge said …", "Lena Roe was treated for burns. The doctor said …")
  if (actedUponAfter(doc, named[0].end)) return undefined;
  const headNoun = words[headIndex].lower;
  // (a calling the text gives them, before the name or set off after it, must be the one described: "Critic James
  // Hall" is not "the author", "Tom Baker, a local farmer," not "the mayor")
  const appositive = appositiveHead(tokens, named[0].endToken, before.endToken);
  const callings = [tokens[named[0].firstToken - 1], appositive];
  if (callings.some((calling) => calling && !callingAgrees(calling, headNoun))) return undefined;
  // (nor when the sentence before describes someone else by the epithet's own noun: "Ann Roe spoke to the Texas
  // senator on Monday. The Texas senator said …")
  const ownEnd = appositive ? tokens.indexOf(appositive, named[0].endToken) + 1 : named[0].endToken;
  for (let at = named[0].endToken; at < before.endToken; at++)
    if (at >= ownEnd && tokens[at].kind === 'word' && tokens[at].lower === headNoun && doc.quoteAt[at] < 0)
      return undefined;
  const sex = sexOfPersonNoun(headNoun);
  if (sex && person.gender !== sex) return undefined;
  // (a title the text gives them must be the office described: the mayor it named is not "the candidate")
  const described = title ?? titleFromWords([headNoun]);
  // (a candidate may be the senator they are: the title "Candidate" says too little to rule an office out)
  if (described && person.title && office(person.title) !== office(described) && !GENERIC_TITLES.has(person.title))
    return undefined;
  const party = words[headIndex].capitalised
    ? PARTY_OF_HEAD[headNoun]
    : words
        .slice(0, headIndex)
        .reduce<Party | undefined>((found, word) => found ?? PARTY_OF_WORD[word.lower], undefined);
  if (party && person.party !== party && (words[headIndex].capitalised || person.party)) return undefined;
  const places = words
    .slice(0, headIndex)
    .filter((word) => word.capitalised && /^(City|Region|Country|Place)$/.test(lexTag(word.lower) ?? ''))
    .map((word) => word.lower);
  // (a place in the epithet must be the one the text writes with their name, and no other place the sentence naming
  // them gives: "the Vermont governor" is not "Gov. Peter Haldane of Maine")
  const ownPlace = person.namedPlace?.toLowerCase();
  if (ownPlace && places.length && !places.some((place) => ownPlace.includes(place))) return undefined;
  if (places.length && !ownPlace)
    for (let at = before.firstToken; at < before.endToken; at++) {
      const token = tokens[at];
      if (token.kind !== 'word' || !token.capitalised || doc.quoteAt[at] >= 0) continue;
      if (/^(City|Region|Country|Place)$/.test(lexTag(token.lower) ?? '') && !places.includes(token.lower))
        return undefined;
    }
  // (a description and a name in one clause are two people: "the senator agreed with Ann Roe")
  if (entities.mentionsIn(source.endToken, sentence.endToken).some((later) => later.entity === person))
    return undefined;
  return person;
}

/**
 * The noun heading a description set off after a name ("Tom Baker, a local farmer, …", "Ann Roe, the author of two
 * books, …"): the last word before the comma, a preposition or the sentence's end, within a few words.
 */
function appositiveHead(tokens: Token[], at: number, end: number): Token | undefined {
  if (tokens[at]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[at + 1]?.lower ?? '')) return undefined;
  let head: Token | undefined;
  for (let k = at + 2; k < Math.min(end, at + 2 + MAX_APPOSITIVE_WORDS); k++) {
    const token = tokens[k];
    if (token.kind !== 'word' || PREPOSITION.test(token.lower)) return head;
    head = token;
  }
  return undefined;
}

/** A passive verb right after a name (past a short aside): "was sentenced", "has been charged", "were treated". */
const ACTED_UPON =
  /^(?:,[^,.;]{1,60},)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|held|hit|hurt|shot|caught|sent|sold|brought|taken|seen|told|found|struck|put|kept|led|left|paid|read|run|sought|won|lost|given|known|made)|got\s+[a-z]+ed)\b/;

/** How far after the name the passive is looked for. */
const ACTED_UPON_CHARS = 100;

/** Whether a passive verb follows the name ending at offset `end`: the sentence tells of the person being acted upon. */
function actedUponAfter(doc: AnalysedText, end: number): boolean {
  return ACTED_UPON.test(doc.text.slice(end, end + ACTED_UPON_CHARS));
}

/** The most words of a description set off after a name that an epithet's calling is read from. */
const MAX_APPOSITIVE_WORDS = 5;

/**
 * Whether a word the text writes with a name as the person's calling lets an epithet stand for them: no calling
 * (not a noun for a person, a title the office check reads, a word of rank), the epithet's own noun, or a calling
 * that says too little to rule the epithet out ("Democratic presidential candidate Ann Roe" may be "the senator").
 */
function callingAgrees(calling: Token, headNoun: string): boolean {
  const noun = calling.lower;
  if (calling.kind !== 'word' || noun === headNoun || BEFORE_NAME.test(noun) || LOOSE_CALLINGS.has(noun)) return true;
  if (TITLES[normTitleKey(calling.text)] && calling.capitalised) return true;
  const tag = lexTag(noun);
  return !(PERSON_NOUNS.has(noun) || EPITHET_HEAD.test(noun) || tag === 'Actor' || (CALLING_ENDING.test(noun) && !tag));
}

/** Callings that say too little to rule an epithet out: a candidate may be "the senator", a billionaire "the mogul". */
const LOOSE_CALLINGS = new Set([
  'candidate',
  'nominee',
  'hopeful',
  'contender',
  'frontrunner',
  'front-runner',
  'challenger',
  'incumbent',
  'politician',
  'billionaire',
  'businessman',
  'businesswoman',
  'mogul',
  'tycoon',
  'democrat',
  'republican',
  'independent',
  'conservative',
  'liberal',
  'progressive',
]);

/** Endings of nouns for what someone does: "supervisor", "director", "commissioner", "strategist". */
const CALLING_ENDING = /^[a-z]{3,}(?:or|er|ist)$/;

/** The most words of titles and calling before the name opening the sentence an epithet looks back to. */
const MAX_CALLING_TOKENS = 6;

/** Words before a head that give a party ("the Democratic front-runner", "the GOP nominee"). */
const PARTY_OF_WORD = wordTable<Party>({ republican: 'R', gop: 'R', democratic: 'D', democrat: 'D' });

/** Heads that describe a member of a party ("the Ohio Democrat"), and the party each names. */
const PARTY_OF_HEAD = wordTable<Party>({ republican: 'R', democrat: 'D', independent: 'I' });

/** Prepositions whose object is talked about, not acting: "of Clinton", "to Trump", "with the governor". */
const PREPOSITION = /^(?:of|to|for|with|about|against|from|on|at|in|into|over|toward|towards|than|like|between|among)$/;

/** Offices people run for: "the senator" may be the one the article calls "the candidate". */
const ELECTED_OFFICES =
  /^(Senator|Governor|Mayor|Representative|President|Vice President|Delegate|Alderman|Alderwoman)$/;

/** Titles that say too little to rule a person out ("the candidate" may be a governor). */
const GENERIC_TITLES = new Set(['Nominee', 'Candidate', 'Official', 'Founder', 'Host']);

/**
 * The person named right after a description, set off by commas: "The minister of the economy, Ildefonso Guajardo,
 * argues", "Trump's running mate, Indiana Gov. Mike Pence, plans" — the name (after its titles, place and rank) closes
 * with a comma (or a bracket) before the verb.
 */
function nameAfterDescription(context: PhraseResolution, source: TokenRange): Entity | undefined {
  const { doc, entities } = context;
  const { tokens } = doc;
  if (tokens[source.endToken]?.text !== ',') return undefined;
  // (a calling and an age: "One patient, 63-year-old farmer Brigid Dunne,", "The first witness, a taxi driver named
  // Omar Haddad,")
  let calling = false;
  for (let at = source.endToken + 1; at < source.endToken + 1 + MAX_BEFORE_NAME && tokens[at]; at++) {
    const named = entities.mentionAt(at, at + 1);
    if (named && named.firstToken > source.endToken) {
      if (named.entity.type !== 'person' || named.inQuote) return undefined;
      if (calling && !callingBeforeName(tokens[named.firstToken - 1])) return undefined;
      // (or ends the sentence: "…, according to their coach, Maria Lindahl.")
      const after = tokens[ofPlace(tokens, named.endToken)];
      return !after || after.text === ',' || after.text === '(' || SENTENCE_END.has(after.text)
        ? named.entity
        : undefined;
    }
    // what may stand before the name: titles and honorifics ("Mr.", "Gov."), a place or a body in capitals
    // ("Indiana", "U.S."), and a rank ("former", "state")
    const token = tokens[at];
    const key = normTitleKey(token.text);
    const beforeName =
      token.text === '.' ||
      HONORIFICS[key] ||
      TITLES[key] ||
      (token.kind === 'word' && (token.capitalised || BEFORE_NAME.test(token.lower)));
    if (beforeName) continue;
    if (token.kind !== 'word' || NOT_IN_CALLING.test(token.lower) || (calling && /^(?:a|an)$/.test(token.lower)))
      return undefined;
    calling = true;
  }
  return undefined;
}

/** Words that end a calling set off before a name: "farmer", "63-year-old", "a taxi driver named". */
function callingBeforeName(token: Token | undefined): boolean {
  return (
    token?.kind === 'word' &&
    !token.capitalised &&
    (PERSON_NOUNS.has(token.lower) ||
      /^(?:named|called)$/.test(token.lower) ||
      AGE.test(token.lower) ||
      // ("pensioner", "accountant", "student": a noun for a person by what they do, the lexicon's or not)
      /^[a-z]{3,}(?:er|or|ist|ian|ant|ent)$/.test(token.lower) ||
      /^(?:Actor|Noun)$/.test(lexTag(token.lower) ?? ''))
  );
}

/** An age written before a name: "63-year-old". */
const AGE = /^\d{1,3}-year-old$/;

/** Words no calling set off before a name has: what makes the name another's ("the mother of", "who", "his"). */
const NOT_IN_CALLING =
  /^(?:of|for|to|with|by|from|about|against|at|on|in|and|or|but|who|whom|whose|which|that|the|his|her|their|its|my|our|your|said|says)$/;

/** Past "of Texas", "of the Oklahoma Indigent Defense System" after a name: where the name's phrase ends. */
function ofPlace(tokens: Token[], at: number): number {
  if (tokens[at]?.lower !== 'of') return at;
  let end = at + 1;
  if (tokens[end]?.lower === 'the') end++;
  const first = end;
  while (
    end < first + 6 &&
    tokens[end]?.kind === 'word' &&
    (tokens[end].capitalised || /^(?:of|and|for)$/.test(tokens[end].lower))
  )
    end++;
  return end > first && tokens[end - 1].capitalised ? end : at;
}

/** How many words may stand between a description's comma and the name set off after it ("former U.S. Attorney"). */
const MAX_BEFORE_NAME = 5;

/** Lower-case words of rank or time before a name in apposition: "former U.S. Attorney Ann Lopez", "state Del. …". */
const BEFORE_NAME = /^(former|then|state|retired|acting|deputy|interim|longtime|veteran|fellow|senior|chief)$/;
