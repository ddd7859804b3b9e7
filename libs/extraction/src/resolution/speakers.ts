/**
 * Pass 9, resolution: the speaker of each attribution, in text order so that a pronoun resolves against the
 * speakers before it. Attributions that inherit their speaker (a quote continued) are left to the assembly.
 */
import { AnalysedText, firstTokenFrom, spanOf, TokenRange } from '../analysed-text';
import { isAllCapsAcronym, namesCompany, normTitleKey } from '../entities/name-words';
import { firstNameGender, isCityOrRegion, lexTag } from '../entities/word-tags';
import { DOCUMENT_NOUNS, ORG_WORDS, PERSON_NOUNS, sexOfPersonNoun, TITLES } from '../lexicon/speaker-nouns';
import { cueInfo, PATIENT_PASSIVES, SPEECH_BASES } from '../lexicon/reporting-verbs';
import { Entity } from '../entities/entity';
import { EntityIndex, SpeakerMention } from '../entities/entity-index';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';
import { DocumentSpeakers } from './document-speakers';
import { ResolvedSpeaker, speakerOfEntity } from './resolved-speaker';
import { companyDescription, PhraseResolution, resolveSpeaker } from './speaker-phrase';
import { firstQuestion, intervieweeOf, isAnswerLabel, isAnswerParagraph } from '../special/transcript-turns';
import { nounPhraseStartingAt } from '../grammar/noun-phrases';
import { isKnownPersonPlural, validSource } from '../grammar/plausible-sources';

/** What resolving a phrase reads: the article, its entities, and the speakers resolved so far (none yet). */
export function phraseResolution(doc: AnalysedText, entities: EntityIndex): PhraseResolution {
  const speakers = new Map<number, SpeakerMention[]>();
  return { doc, entities, speakers, unnamed: new Map(), documents: new DocumentSpeakers(doc, entities, speakers) };
}

/** Resolves the attributions' speakers, adding each to `context.speakers` for the phrases read after it. */
export function resolveSpeakers(
  context: PhraseResolution,
  attributions: RawAttribution[],
  budget: TimeBudget,
  author?: string,
): Map<RawAttribution, ResolvedSpeaker | null> {
  const { doc, entities } = context;
  const { tokens, sentenceOf } = doc;
  const resolved = new Map<RawAttribution, ResolvedSpeaker | null>();
  const recent: { sentence: number; speaker: ResolvedSpeaker }[] = [];
  const described = new DescribedPeople(entities);
  // whom an interview's "A:" answers are given to, read once (undefined until an answer asks)
  let interviewee: Entity | null | undefined;
  for (const attribution of attributions) {
    budget.check();
    if (attribution.inheritFrom) continue;
    const source = attribution.source;
    let speaker: ResolvedSpeaker | null = null;
    if (source) {
      speaker = described.resolve(resolveSpeaker(context, source), source.firstToken);
      // "I asked him …" in the article's own words (not inside a quote) is its author's
      if (author?.trim() && doc.quoteAt[source.firstToken] < 0 && /^(i|me|my)$/i.test(speaker.mention.text))
        speaker = { name: author.trim(), type: 'person', mention: speaker.mention, gender: 'x' };
      // "Trump, who said …": the mention is the relative pronoun, the name that of its antecedent
      if (attribution.relative) {
        // "Ann Roe, a staffer at the State Department who told …": "who" is a person, the one the description is of
        // (also a description naming nobody: "Rep. Jo Roe, a Nevada Democrat who promised …")
        const person =
          (speaker.type !== 'person' || !speaker.entity) && tokens[attribution.relative.firstToken].lower === 'who'
            ? describedBefore(doc, entities, source)
            : undefined;
        if (person) speaker = speakerOfEntity(person.entity, spanOf(doc, person));
        speaker = { ...speaker, mention: spanOf(doc, attribution.relative) };
      }
      // "It also states that …": "it"/"they" after a document or organisation speaker refers back to it
      const first = tokens[source.firstToken].lower;
      if (source.endToken - source.firstToken === 1 && /^(it|they|its|their)$/.test(first)) {
        const sentenceIndex = sentenceOf[source.firstToken];
        for (let i = recent.length - 1; i >= 0; i--) {
          const earlier = recent[i];
          if (sentenceIndex - earlier.sentence > 3) break;
          if (
            earlier.speaker.type !== 'person' &&
            earlier.speaker.type !== 'unknown' &&
            (first === 'it' || first === 'its' || earlier.speaker.type !== 'document')
          ) {
            speaker = { ...earlier.speaker, mention: speaker.mention };
            break;
          }
        }
      }
      // "Brannock said it would appeal. “…,” the company said in a statement.": "the company" the article names no
      // company for otherwise is the company that spoke just before, while no other company is named since
      if (!speaker.entity && companyDescription(speaker.mention.text)) {
        const earlier = companySpokenBefore(doc, entities, recent, source.firstToken, speaker.mention.start);
        if (earlier) speaker = { ...earlier, mention: speaker.mention };
      }
      // "WALLACE: …" — the speaker of a transcript turn is a person (an acronym would not be introduced by a colon turn)
      if (
        attribution.cue &&
        tokens[attribution.cue.firstToken].text === ':' &&
        speaker.type === 'organization' &&
        !speaker.entity?.words.some((word) => word.length > 1 && word !== tokens[source.firstToken].lower)
      ) {
        const label = speaker.mention.text;
        if (/^\p{Lu}{4,}$/u.test(label))
          speaker = { ...speaker, type: 'person', name: label[0] + label.slice(1).toLowerCase(), entity: undefined };
      }
      // "A: How busy it is.": an interview's answer is spoken by the person its introduction names first, as it
      // opens with whom it is with ("Theresa Wojcik took over as director … Q: … A: …"); not the byline's author, who
      // asks, and only a person whose sex the text shows (capitalised places and bodies pass for people: "New Harlan")
      if (
        attribution.cue &&
        tokens[attribution.cue.firstToken].text === ':' &&
        isAnswerLabel(doc, source.firstToken, attribution.cue.firstToken)
      ) {
        if (interviewee === undefined) interviewee = intervieweeOf(doc, entities, author, firstQuestion(doc));
        speaker = interviewee ? speakerOfEntity(interviewee, speaker.mention) : null;
      }
      // "Quiros was accused of …", "Rubio was asked by the moderator whether …": the subject of a passive speech verb
      // is who it was said to or about; the speaker is the agent after "by", or nobody the sentence names
      if (
        attribution.cue &&
        (isPassiveSpeechCue(doc, attribution.cue) || agentSpeaks(doc, attribution.cue)) &&
        source.endToken <= attribution.cue.firstToken
      ) {
        const agent = agentAfter(doc, entities, attribution.cue);
        speaker = agent ? speakerOfEntity(agent.entity, spanOf(doc, agent)) : agentDescribed(context, attribution.cue);
      }
      if (speaker) recent.push({ sentence: sentenceOf[source.firstToken], speaker });
      if (speaker && namesNobody(doc, source, speaker, attribution)) {
        // "IOWA POLLS WRONG - Mark Blumenthal: “…”": the name after the heading's dash is who is quoted
        const signed = nameAfterHeading(doc, entities, source);
        speaker = signed ? speakerOfEntity(signed.entity, spanOf(doc, signed)) : null;
      }
    }
    // an answer of an interview set without labels: its words are the interviewee's, named where it opens
    if (
      !source &&
      !attribution.cue &&
      isAnswerParagraph(doc, tokens[firstTokenFrom(doc, attribution.parts[0].start)]?.paragraph ?? -1)
    ) {
      if (interviewee === undefined) interviewee = intervieweeOf(doc, entities, author, firstQuestion(doc));
      const named = interviewee && entities.mentionsIn(0, firstQuestion(doc)).find((m) => m.entity === interviewee);
      if (interviewee && named) speaker = speakerOfEntity(interviewee, spanOf(doc, named));
    }
    resolved.set(attribution, speaker);
    // "A clerk said …. “…,” she said.": a person the article brings in without a name as the speaker of a sentence
    if (!speaker?.entity && speaker && source && attribution.cue) {
      const unnamed = describedSpeaker(doc, source, speaker, attribution.cue);
      if (unnamed) context.unnamed.set(sentenceOf[source.firstToken], unnamed);
    }
    if (speaker?.entity && source) {
      const sentence = sentenceOf[source.firstToken];
      const mention = { start: tokens[source.firstToken].start, entity: speaker.entity, sentence };
      const inSentence = context.speakers.get(sentence);
      if (inSentence) inSentence.push(mention);
      else context.speakers.set(sentence, [mention]);
    }
  }
  return resolved;
}

/** How many sentences back the company that spoke last may be the "the company" of a speaker. */
const COMPANY_SENTENCES_BACK = 2;

/**
 * The company that was the last speaker, in the sentence before the one at token `at` or the one before that (or the
 * same phrase at offset `start`, already resolved for another verb of its sentence), when
 * no other company is named between its sentence and `at` (a public body may be: "Harlow disclosed a subpoena from the
 * Department of Labor. The company said …").
 */
function companySpokenBefore(
  doc: AnalysedText,
  entities: EntityIndex,
  recent: { sentence: number; speaker: ResolvedSpeaker }[],
  at: number,
  start: number,
): ResolvedSpeaker | undefined {
  const last = recent[recent.length - 1];
  const sentence = doc.sentenceOf[at];
  // ("The company said it was cooperating and did not expect …": the same phrase, resolved for the verb before)
  if (last?.speaker.mention.start === start) return last.speaker;
  if (!last || sentence - last.sentence > COMPANY_SENTENCES_BACK || sentence === last.sentence) return undefined;
  const company = last.speaker.entity;
  if (!company || company.type !== 'organization' || !namesCompany(company.name)) return undefined;
  // (from the speaker's own sentence: "Vantor said it had sued Brisk Parts Inc. … The company said" may be either;
  // any other name but a person's or a public body's may be the company: "Its supplier, Kestrel Metals, …")
  const from = doc.sentences[last.sentence].firstToken;
  const other = entities
    .mentionsIn(from, at)
    .some(
      ({ entity }) =>
        entity !== company &&
        !(entity.type === 'person' && entity.gender !== 'x') &&
        !PUBLIC_BODY.test(entity.name) &&
        entity.type !== 'media',
    );
  return other ? undefined : last.speaker;
}

/** Words of a public body's name, which a company's "the company" is never: "the Department of Labor", "City Council". */
const PUBLIC_BODY =
  /\b(?:Department|Ministry|Agency|Commission|Court|Council|City|State|County|Government|Police|Bureau|Authority|Office|Board|Administration|Congress|Senate|House|Parliament|Regulator|Service|FBI|SEC|FTC|EPA|IRS|FDA)\b/;

/**
 * An unnamed person as a speaker a pronoun may stand for: "A clerk", "the witness", "a spokeswoman for the city" (one
 * person described by a noun for people, not a group, a pronoun or a name). Its name is the description as written.
 */
function describedSpeaker(
  doc: AnalysedText,
  source: TokenRange,
  speaker: ResolvedSpeaker,
  cue: TokenRange,
): Entity | undefined {
  // (the subject of a verb of speech: "a man claiming …", "a conservative should prefer …" speak of no words of theirs)
  const verb = cueInfo(doc.tokens[cue.firstToken].lower)?.base;
  // (nor one who asks: the one quoted after a question is who answered it)
  const speech = !!verb && SPEECH_BASES.has(verb) && verb !== 'ask';
  if (speaker.type !== 'person' || !speech || source.endToken > cue.firstToken) return undefined;
  const words = doc.tokens.slice(source.firstToken, source.endToken).filter((token) => token.kind === 'word');
  const of = words.findIndex((word, index) => index > 1 && /^(?:of|for|at|with|in|from)$/.test(word.lower));
  const head = words[(of > 0 ? of : words.length) - 1];
  // (an indefinite one, who comes into the story there, or one the article names by a calling, not an office: "The
  // clerk, a college student, told …"; "the Vermont senator" is somebody named before, "Ann Roe, a supporter of …" the
  // name before the comma)
  const definite = /^(?:the)$/.test(words[0].lower) && !TITLES[normTitleKey(head.text)];
  if (words.length < 2 || !(/^(?:a|an|one)$/.test(words[0].lower) || definite) || head.capitalised) return undefined;
  if (doc.tokens[source.firstToken - 1]?.text === ',') return undefined;
  if (!PERSON_NOUNS.has(head.lower) || /[^s]s$/.test(head.lower) || /^(?:people|men|women)$/.test(head.lower))
    return undefined;
  const gender =
    sexOfPersonNoun(head.lower) ??
    sexOfAppositive(doc, source.endToken) ??
    (speaker.gender === 'm' || speaker.gender === 'f' ? speaker.gender : 'x');
  return { id: -1, name: speaker.name, type: 'person', gender, words: [], last: '' };
}

/** The sex a description set off after a phrase gives (", a father of four,", ", a grandmother of two,"), if any. */
function sexOfAppositive(doc: AnalysedText, comma: number): 'm' | 'f' | undefined {
  if (doc.tokens[comma]?.text !== ',') return undefined;
  for (let at = comma + 1; at < Math.min(doc.tokens.length, comma + 1 + APPOSITION_TOKENS); at++) {
    const token = doc.tokens[at];
    if (token.kind !== 'word' || doc.quoteAt[at] >= 0) return undefined;
    const sex = sexOfPersonNoun(token.lower);
    if (sex) return sex;
  }
  return undefined;
}

/** How many tokens a description set off after a name may take before the body it names ("a tech staffer at"). */
const APPOSITION_TOKENS = 8;

/**
 * The person a description ending in the body at `source` is set off after: "Ann Roe, a tech staffer at the State
 * Department" -> Ann Roe. The description must open with "a"/"an"/"the" right after the name's comma.
 */
function describedBefore(doc: AnalysedText, entities: EntityIndex, source: TokenRange) {
  const { tokens } = doc;
  for (let comma = source.firstToken - 1; comma > 0 && comma >= source.firstToken - APPOSITION_TOKENS; comma--) {
    if (doc.sentenceOf[comma] !== doc.sentenceOf[source.firstToken] || doc.quoteAt[comma] >= 0) return undefined;
    if (tokens[comma].text !== ',') continue;
    if (!/^(a|an|the)$/.test(tokens[comma + 1]?.lower ?? '')) return undefined;
    const named = entities.mentionAt(comma - 1, comma);
    return named && named.endToken === comma && named.entity.type === 'person' && !named.inQuote ? named : undefined;
  }
  return undefined;
}

/** A name written wholly in capitals, as a heading writes it. */
const CAPITALS_NAME = /^[\p{Lu}’'.\s-]+$/u;

/** How many capitalised words of a heading may stand before the source phrase. */
const HEADING_WORDS_BEFORE = 4;

/** An all-capitals word of a heading ("CONGRESS", "HAS"), not an acronym standing alone. */
const CAPITALS_WORD = /^[\p{Lu}][\p{Lu}’'.-]*$/u;

/**
 * Source phrases that are not anyone's name, though they stand where a speaker would: a heading in capitals opening
 * its paragraph ("CONGRESS HAS INVESTIGATED HIM — …", "NEW RULES FOR RENTERS “…”"), and a list item's opening verb
 * taken for a name ("Keeps saying she opposed the war", "Breaking: …"). The quote keeps no speaker rather than a wrong
 * one. A transcript turn ("JOEL BENENSON: …") and a name the article knows are names.
 */
function namesNobody(
  doc: AnalysedText,
  source: TokenRange,
  speaker: ResolvedSpeaker,
  attribution: RawAttribution,
): boolean {
  const { tokens } = doc;
  if (speaker.type === 'media') return false;
  // an entity read off the heading itself ("COUNCIL HAS STALLED") is no evidence of a name
  if (speaker.entity && !CAPITALS_NAME.test(speaker.entity.name)) return false;
  const words = tokens.slice(source.firstToken, source.endToken).filter((token) => token.kind === 'word');
  const first = tokens[source.firstToken];
  // the heading may begin before the phrase ("THE" left out of "COUNCIL HAS STALLED"): back over its capitals
  let headingStart = source.firstToken;
  while (
    headingStart > 0 &&
    source.firstToken - headingStart < HEADING_WORDS_BEFORE &&
    tokens[headingStart - 1].paragraph === first.paragraph &&
    tokens[headingStart - 1].kind === 'word' &&
    CAPITALS_WORD.test(tokens[headingStart - 1].text)
  )
    headingStart--;
  const opensParagraph = headingStart === 0 || tokens[headingStart - 1].paragraph !== first.paragraph;
  const opensSentence =
    source.firstToken === 0 || doc.sentenceOf[source.firstToken - 1] !== doc.sentenceOf[source.firstToken];
  if (words.length >= 2 && opensParagraph && words.every((word) => CAPITALS_WORD.test(word.text))) {
    if (attribution.cue && tokens[attribution.cue.firstToken].text === ':') return false;
    const next = tokens[source.endToken];
    return words.length >= 3 || !next || next.kind === 'quote' || /^[-–—,]$/.test(next.text);
  }
  // "Chicago: ‘We will not raise taxes’": a heading that puts a city or a state before the quote says where, not who
  if (
    opensSentence &&
    tokens[source.endToken]?.text === ':' &&
    speaker.type !== 'person' &&
    words.every((word) => word.capitalised && isCityOrRegion(word.lower))
  )
    return true;
  if (speaker.entity || words.length !== 1 || !opensSentence || !first.capitalised || isAllCapsAcronym(first.text))
    return false;
  const lower = first.lower;
  if (PERSON_NOUNS.has(lower) || ORG_WORDS.has(lower) || DOCUMENT_NOUNS.has(lower) || TITLES[normTitleKey(lower)])
    return false;
  // ("Nurses said", "Cooks said": the plural of a noun for a person, which the lexicon reads as a verb too)
  if (isKnownPersonPlural(lower)) return false;
  if (firstNameGender(first.text) !== null) return false;
  // an inflected verb ("Keeps", "Revealed", "Breaking"); a bare form may be a noun ("State" for the department)
  return /^(PresentTense|PastTense|Gerund)$/.test(lexTag(lower) ?? '');
}

/** How many tokens after a heading's dash a signature ending in a colon may take. */
const SIGNATURE_TOKENS = 12;

/** The person named between a heading's dash and a colon right after it ("… - Mark Blumenthal and Jon Cohen: “…”"). */
function nameAfterHeading(doc: AnalysedText, entities: EntityIndex, source: TokenRange) {
  const { tokens } = doc;
  const dash = source.endToken;
  if (!/^[-–—]$/.test(tokens[dash]?.text ?? '')) return undefined;
  let colon = dash + 1;
  while (colon < tokens.length && colon <= dash + SIGNATURE_TOKENS && tokens[colon].text !== ':') colon++;
  if (tokens[colon]?.text !== ':') return undefined;
  return entities.mentionsIn(dash + 1, colon).find((mention) => mention.entity.type === 'person');
}

/** Forms of "be" (and "get") that make a passive. */
const PASSIVE_AUXILIARIES = /^(is|are|was|were|be|been|being|get|gets|got|gotten|'s|’s)$/;
/** How far after the verb a "by" agent may come ("was asked on Sunday by host Bill Maher"). */
const AGENT_TOKENS = 8;

/** How many words of description may stand between "by" and the agent's name. */
const AGENT_DESCRIPTION_WORDS = 3;

/** The cue is a passive speech verb: a patient-passive verb right after a form of "be" (an adverb or "not" between). */
function isPassiveSpeechCue(doc: AnalysedText, cue: TokenRange): boolean {
  const { tokens } = doc;
  if (!PATIENT_PASSIVES.has(tokens[cue.firstToken].lower)) return false;
  let before = cue.firstToken - 1;
  if (
    before >= 0 &&
    (/ly$/.test(tokens[before].lower) || /^(not|also|never|already|repeatedly)$/.test(tokens[before].lower))
  )
    before--;
  return before >= 0 && PASSIVE_AUXILIARIES.test(tokens[before].lower);
}

/** The agent named by a description right after "by" ("was asked by the moderator", "by the league"), resolved. */
function agentDescribed(context: PhraseResolution, cue: TokenRange): ResolvedSpeaker | null {
  const { doc } = context;
  if (doc.tokens[cue.endToken]?.lower !== 'by') return null;
  const sentence = doc.sentences[doc.sentenceOf[cue.firstToken]];
  const phrase = nounPhraseStartingAt(doc, cue.endToken + 1, sentence.endToken);
  return phrase && validSource(doc, phrase) ? resolveSpeaker(context, phrase) : null;
}

/** Whether a passive cue's agent follows it right away: "It was announced by the league that …". */
function agentSpeaks(doc: AnalysedText, cue: TokenRange): boolean {
  const { tokens } = doc;
  return tokens[cue.endToken]?.lower === 'by' && PASSIVE_AUXILIARIES.test(tokens[cue.firstToken - 1]?.lower ?? '');
}

/** The person or body after "by" shortly after a passive verb: "was asked by host Bill Maher". */
function agentAfter(doc: AnalysedText, entities: EntityIndex, cue: TokenRange) {
  const { tokens, sentenceOf } = doc;
  const sentence = sentenceOf[cue.firstToken];
  for (let at = cue.endToken; at < tokens.length && at < cue.endToken + AGENT_TOKENS; at++) {
    if (sentenceOf[at] !== sentence) return undefined;
    if (tokens[at].lower !== 'by') continue;
    // the agent's name opens the phrase after "by", a description at most before it ("by host Bill Maher")
    const agent = entities.mentionsIn(at + 1, Math.min(tokens.length, at + 1 + AGENT_TOKENS))[0];
    if (!agent || agent.entity.type === 'document' || agent.firstToken > at + 1 + AGENT_DESCRIPTION_WORDS)
      return undefined;
    for (let between = at + 1; between < agent.firstToken; between++)
      if (tokens[between].kind !== 'word') return undefined;
    return agent;
  }
  return undefined;
}

/**
 * The people the article has put a name to under a description ("The Illinois senator, Dan Whitfield, said"; "His
 * wife, Ann Bell, said"): the same definite or possessive description later ("the Illinois senator also said", "his
 * wife said") is the same person. A description given to two
 * people is no help, and is forgotten.
 */
class DescribedPeople {
  private readonly named = new Map<string, { person: Entity; at: number } | null>();

  constructor(private readonly entities: EntityIndex) {}

  /**
   * The speaker, or the person named earlier under the same description when the phrase resolved to nobody (`at`:
   * where the phrase starts, in tokens).
   */
  resolve(speaker: ResolvedSpeaker, at: number): ResolvedSpeaker {
    const key = descriptionKey(speaker.mention.text);
    if (!key) return speaker;
    if (speaker.entity) {
      if (speaker.entity.type !== 'person') return speaker;
      const earlier = this.named.get(key);
      this.named.set(
        key,
        earlier === undefined || earlier?.person === speaker.entity ? { person: speaker.entity, at } : null,
      );
      return speaker;
    }
    const named = this.named.get(key);
    if (!named || !/^(the|this|that|his|her|their)\s/i.test(speaker.mention.text)) return speaker;
    // "his wife" is whose the "his" is: not the same wife once another man has been named since ("The other driver,
    // Paul Mason, survived. His wife said …"); "their" may be anyone's
    const owner = /^(his|her|their)\s/i.exec(speaker.mention.text)?.[1].toLowerCase();
    if (owner === 'their') return speaker;
    const gender = owner === 'his' ? 'm' : owner === 'her' ? 'f' : undefined;
    if (gender && this.entities.anyPersonIn(gender, named.at + 1, at, named.person)) return speaker;
    return speakerOfEntity(named.person, speaker.mention);
  }
}

/**
 * A description as a key, without its determiner: "the Illinois senator" and "The Illinois senator" are one; null for
 * a phrase that is no description (a name, a pronoun, a phrase with no lower-case head).
 */
function descriptionKey(phrase: string): string | null {
  const words = phrase.replace(/’/g, "'").replace(/,/g, '').split(/\s+/);
  // "His daughter Keiko Fujimori", "His wife, Ann Bell": the description before the name
  while (words.length > 2 && /^\p{Lu}/u.test(words[words.length - 1]) && /^\p{Lu}/u.test(words[words.length - 2]))
    words.pop();
  if (words.length > 2 && /^\p{Lu}/u.test(words[words.length - 1]) && /^\p{Ll}/u.test(words[words.length - 2]))
    words.pop();
  const possessive = /^(his|her|their)$/i.test(words[0]);
  if (words.length < 2 || !(possessive || /^(the|a|an|this|that)$/i.test(words[0]))) return null;
  const head = words[words.length - 1];
  // ("the book, Mitchell Zuckoff": a document's author, not what "the book" says later)
  if (!/^\p{Ll}/u.test(head) || DOCUMENT_NOUNS.has(head.toLowerCase())) return null;
  // ("his wife" and "her wife" are not one description: the owner stays in the key)
  return words
    .slice(possessive ? 0 : 1)
    .join(' ')
    .toLowerCase();
}
