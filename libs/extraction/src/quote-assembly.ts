/**
 * Pass 10, quotes and claims: each attribution becomes a public quote, with its speaker (its own or the one it inherits), its
 * cue, the quoted words and the claims in them. Two attributions of the same words make one quote.
 */
import { AnalysedText, firstTokenFrom, spanOf } from './analysed-text';
import { claimsOf, parked, Scorer } from './claims/claims-of';
import { ArticleDescriptions } from './claims/descriptions';
import { NamedBefore, withoutTitles } from './claims/standalone';
import { TimeBudget } from './limits';
import { EntityIndex } from './entities/entity-index';
import { Entity } from './entities/entity';
import { namesCompany } from './entities/name-words';
import { firstNameGender } from './entities/word-tags';
import { CharRange, RawAttribution } from './raw-attribution';
import { ResolvedSpeaker } from './resolution/resolved-speaker';
import { GROUP_LINK, isGroupNoun, linksToPlace } from './grammar/plausible-sources';
import { ORG_WORDS, PERSON_NOUNS, sexOfPersonNoun } from './lexicon/speaker-nouns';
import { Token } from './tokens';
import { cueInfo } from './lexicon/reporting-verbs';
import { countBefore } from './sorted';
import { wordSet } from './lexicon/word-set';
import { ExtractedClaim, ExtractedQuote, ExtractedSpeaker, Span } from './types';

/** A quote as produced internally, with the pieces of quoted text (several for broken or multi-paragraph quotes). */
export interface ExtractedQuoteWithParts extends ExtractedQuote {
  /** The separate stretches of quoted/reported text this quote is made of (one unless the quote was interrupted). */
  parts: CharRange[];
}

/** Verbs that put what follows to somebody else: the subject of "urged that they …" is not the speaker. */
const DIRECTIVE_CUE =
  /^(demand|demands|demanded|demanding|urge|urges|urged|urging|ask|asks|asked|asking|order|orders|ordered|ordering|tell|tells|told|telling|call on|calls on|called on|calling on|warn|warns|warned|warning)$/i;

/** Verbs that frame their object as the speaker's words: "Trump called X “a disaster”". */
const FRAMING_CUE =
  /^(call|calls|called|calling|describe|describes|described|label|labels|labeled|labelled|dub|dubs|dubbed|brand|brands|branded|term|terms|termed|accuse|accuses|accused|accusing)$/i;

/**
 * Verbs of a stance whose object is nothing on its own: "blamed the landlords for the rise in rents", "praised the
 * police". (Their words stay parked: see TARGET_CUE.)
 */
const OBJECT_CUE =
  /^(blame|blames|blamed|credit|credits|credited|praise|praises|praised|criticize|criticizes|criticized|criticise|criticises|criticised)$/i;

/**
 * A relative word that is the cue's object, its subject between: "what he called", "which the mayor described" (not
 * "in which he called X …", whose object follows).
 */
const OBJECT_BEFORE_CUE =
  /\b(?:what|whom|(?<!\b(?:in|on|at|by|for|with|from|of|to|during|after|through)\s+)which)\s+(?:[\p{L}.’'-]+\s+){1,4}$/iu;

/**
 * The main clause's verb in words after a relative clause's framing verb: "Ann Roe, who accused the mayor of fraud,
 * said Sunday …" (the words ran past the relative clause, and its object is not all they hold).
 */
const RAN_PAST_RELATIVE = /,?\s(?:said|says|told|added|wrote)\b/;

/**
 * Words before a speaker that make them no subject of the verb after: a noun phrase whose relative clause the speaker
 * opens ("the state he calls …", "a campaign Mr. Khan has called …"), or a preposition ("from the cartoonist …"). A
 * preposition opening the sentence makes its noun phrase an adverbial, no noun a clause is on ("In a statement the
 * company accused …", not "in the town Ann Roe calls …").
 */
const NOT_A_SUBJECT_BEFORE =
  /(?:(?<!(?:^|[.!?]["”’]?\s+)(?:in|on|at|after|before|during|since|from|with|for|over|under|through)\s+)\b(?:the|a|an|this|that|his|her|their|its|our|whose)\s+[\p{L}’'-]+|\b(?:from|by|of|with|to|for|in|on|at|about|than|like))\s+$/iu;

/**
 * Cues whose words are a proposition the speaker holds or states, so that a negation before them makes the speaker
 * hold or state the opposite ("didn't think the accord went far enough"); under "did not respond to", "did not want
 * to" the words are no proposition of the speaker's either way.
 */
const DENIABLE_CUE =
  /^(?:think|thinks|thought|believe|believes|believed|say|says|said|suggest|suggests|suggested|expect|expects|expected|claim|claims|claimed|feel|feels|felt|argue|argues|argued|agree|agrees|agreed|consider|considers|considered|accept|accepts|accepted|concede|concedes|conceded|assert|asserts|asserted|allege|alleges|alleged|indicate|indicates|indicated)$/i;

/**
 * Verbs of judging something whose object is what they judge, not a proposition of the speaker's: "denounced
 * suggestions by the front-runners that they would deport …", "defended the nominee's description of …"; so are
 * wishes ("wants it paid for with cuts elsewhere", "wants the law repealed"), and what is only pointed at ("underscoring
 * party divisions", "mentioned CNN five times"). Words they take that do not open with "that"/"whether" are the target of a stance, and are no claim of the speaker's.
 */
const TARGET_CUE = wordSet(`
denounce|defend|criticize|criticise|praise|oppose|support|endorse|reject|attack|blast|dismiss|condemn|decry|tout|
slam|lament|promote|applaud|welcome|champion|bemoan|lambaste|rebuke|deride|knock|assail|hail|fault|chide|scold|
congratulate|thank|veto|challenge|dispute|cite|highlight|invoke|blame|credit|question|mock|ridicule|tout|want|prefer|wish|
underscore|mention|start
`);

/**
 * Verbs whose reported words are wanted, promised, proposed or only talked about, not asserted ("hopes a win will
 * give him momentum", "pledged he would cut the rate", "proposed more forces be left", "sought proposals from …",
 * "discussed the lengths to which …"): the attribution stays, its words are parked whatever opens them.
 */
const NOT_ASSERTING = wordSet(`
hope|pledge|promise|vow|propose|recommend|urge|demand|request|seek|plan|intend|aim|offer|discuss|express|speak|talk|
lobby|push|press|campaign|vote|try
`);

/** A clause of what has been or was, its subject a few words long: "he had never taken …", "the city had hired …". */
const PAST_CLAUSE =
  /^\s*(?:that\s+)?(?:(?!will\b|would\b|that\b|which\b|who\b)[\w'’.,-]+\s+){1,6}(?:had|has|have|was|were)\b/i;
/** Verbs of vowing and pointing out, which assert a past clause they take: "vowed he had never taken …". */
const SWORN = wordSet('vow|promise|pledge|swear|offer|mention|underscore|start');

/** Verbs that put a question: their words are what was asked, no claim of anyone's. */
const ASKING = wordSet('ask|wonder|inquire|enquire|question');
/** What a question put opens with: "asked whether …", "wondered how …". */
const QUESTION_OPENING = /^\s*(?:whether|if|what|who|whom|whose|how|why|which|when|where)\b/i;

/**
 * Whether the words are a question put ("asked whether …", "asked about the layoffs") or a request ("asked the state for
 * help"), nothing asserted. The cue may hold the question's opening ("questioned whether" + "the agency had …"), and
 * the words may open with "about" or "for" ("asked the coach" + "about the injury").
 */
function asked(base: string, cue: string, content: string): boolean {
  const last = cue.split(/\s+/).pop() ?? '';
  return (
    ASKING.has(base) &&
    (QUESTION_OPENING.test(content) ||
      QUESTION_OPENING.test(last) ||
      /^\s*(?:about|for)\b/i.test(content) ||
      /\b(?:about|for)$/i.test(cue))
  );
}

/** Verbs of telling that, negated, tell nothing: "did not say when …", "would not confirm whether …". */
const TELLING = wordSet('say|tell|comment|disclose|specify|explain|confirm|reveal|elaborate|discuss|indicate|detail');

/**
 * Whether the cue holds its words back: "declined to comment on the talks", "refused to say how many", "did not say
 * when the plant would reopen"; the words after it are what was not said. (A negated cue with a clause, "never said
 * that …", keeps the clause under its negation: see `denial`.)
 */
function withheld(base: string, before: string, content: string): boolean {
  return (
    base === 'decline' ||
    base === 'refuse' ||
    (TELLING.has(base) && NEGATION_BEFORE_CUE.test(before) && QUESTION_OPENING.test(content))
  );
}

/** A negation right before a cue: "didn't (think)", "do not (believe)", "never (said)". */
const NEGATION_BEFORE_CUE =
  /(?:\b(?:did|does|do|could|would|will)\s+not|\b(?:didn|doesn|don|couldn|wouldn|won)['’]t|\bnever|\bno longer)(?:\s+(?!only\b)\w+ly)?\s+$/i;
/** A speaker phrase that is nobody: "No serious historian", "Few economists", "Not even the government". */
const NEGATED_SUBJECT =
  /(?:^|[^\w’'])(?:no|few|not|none|neither|nobody|hardly)\s+(?:even\s+)?\w+$|^(?:no|few|none|neither|nobody)$/i;

/**
 * A clause a denying verb takes: "that …", a noun for what was said and its "that" ("reports that …", "claims by
 * opposition lawmakers that …"), or what the speaker is said to have done ("denied cherry-picking the data").
 */
const DENIED =
  /^\s*(?:that\b|(?:(?:the|these|those|any|all)\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|notion|idea|rumou?rs?|charges?|assertions?)\s+(?:(?:by|from|of)\s+(?:[\w’'-]+\s+){1,4})?that\b|[a-z-]+ing\s+(?!that\b))/i;

/**
 * Verbs whose reported words the speaker says are false: "Lopez denied that the company had paid the bribe" is no
 * claim that the company paid it, and keeps its verb as a negated cue's words do.
 */
const DENYING_CUE =
  /^(?:deny|denies|denied|denying|dispute|disputes|disputed|disputing|refute|refutes|refuted|refuting|reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing)$/i;

export function assembleQuotes(
  doc: AnalysedText,
  attributions: RawAttribution[],
  resolved: Map<RawAttribution, ResolvedSpeaker | null>,
  entities: EntityIndex,
  described: ArticleDescriptions,
  score: Scorer,
  budget: TimeBudget,
): ExtractedQuote[] {
  const { text, quotes } = doc;
  const assembled: ExtractedQuote[] = [];
  const seen = new Set<string>();
  for (const attribution of attributions) {
    budget.check();
    const found = resolved.get(attribution.inheritFrom ?? attribution) ?? null;
    const parts = attribution.parts.filter((part) => part.end > part.start);
    if (!parts.length) continue;
    // "Nabisco said it was laying off 600 workers": a lone name whose reported words say what "it" does as a
    // company does is that company, whatever its name was taken for
    const speaker =
      found && attribution.kind !== 'direct' && actsAsABody(found, text.slice(parts[0].start, parts[0].end))
        ? { ...found, type: 'organization' as const }
        : found;
    const start = parts[0].start;
    const end = parts[parts.length - 1].end;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);

    // quoted words for a partial quote: from the first quote mark to the last one inside the clause
    let quotedStart = start;
    let quotedEnd = end;
    let quotedParts = parts;
    if (attribution.kind === 'partial' && attribution.quoteIndices.length) {
      const inside = attribution.quoteIndices.map((quoteIndex) => quotes[quoteIndex]).sort((a, b) => a.start - b.start);
      quotedStart = inside[0].start;
      quotedEnd = inside[inside.length - 1].end;
      quotedParts = inside.flatMap((quote) => quote.pieces);
    }
    const cue: Span | null = attribution.cue ? spanOf(doc, attribution.cue) : null;
    const id = `q${quotedStart}-${quotedEnd}`;
    const quote: ExtractedQuoteWithParts = {
      id,
      text: quotedParts.map((part) => text.slice(part.start, part.end)).join(' '),
      start: quotedStart,
      end: quotedEnd,
      kind: attribution.kind,
      speaker: speaker ? publicSpeaker(speaker) : null,
      cue,
      claims: quoteClaims(
        text,
        attribution,
        parts,
        speaker,
        cue,
        score,
        id,
        namedBefore(doc, entities, start, attribution, speaker),
        // (only reported words with a "he"/"she" in them can need it)
        attribution.kind !== 'direct' &&
          parts.some((part) => /\b(?:he|she|his)\b/i.test(text.slice(part.start, part.end)))
          ? personDescribedBefore(text, parts[0].start, speaker)
          : NOBODY_DESCRIBED,
        (name, gender) => personNamed(entities, name, gender),
        listenerGenders(doc, entities, attribution, start),
        described,
        // "demanding that they …", "urged that they …": a directive's "they" is whom it was put to
        speaker && !(cue && DIRECTIVE_CUE.test(cue.text))
          ? {
              group: groupPhrase(doc, speaker.mention),
              body:
                speaker !== found
                  ? speaker.name
                  : speaker.type === 'organization'
                    ? bodyPhrase(speaker.mention, speaker.name)
                    : undefined,
            }
          : {},
      ),
      parts: quotedParts.map((part) => ({ start: part.start, end: part.end })),
    };
    assembled.push(quote);
  }
  assembled.sort((a, b) => a.start - b.start || a.end - b.end);
  return withoutNestedRepeats(assembled);
}

/** Verbs of knowing and believing, whose subject need not have said anything. */
const NOT_SPOKEN = wordSet(`
know|think|believe|feel|realize|understand|recognize|learn|see|suspect|doubt|assume|expect|fear|hope|want
`);

/**
 * "Prosecutors said Houman had known the money was undeclared": what someone knew or believed, inside a claim of
 * another quote that is sent to research, is that claim's repeat given to someone who said nothing ("Houman"); it is
 * parked, the attribution kept. (Words someone said inside another's report, "Reuters said the company reported a
 * loss", and what a poll or a document shows are their own claims, and stay.) The sent claims are sorted by start
 * with the greatest end so far, so that each quote is one binary search.
 */
function withoutNestedRepeats(assembled: ExtractedQuote[]): ExtractedQuote[] {
  const sent = assembled
    .flatMap((quote) => quote.claims.filter((claim) => claim.checkworthy))
    .sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const claim of sent) furthest.push(Math.max(claim.end, furthest[furthest.length - 1] ?? 0));
  const inside = (start: number, end: number) => {
    const before = countBefore(sent, (claim) => claim.start <= start);
    return before > 0 && furthest[before - 1] >= end;
  };
  return assembled.map((quote) =>
    quote.kind !== 'direct' &&
    quote.cue &&
    NOT_SPOKEN.has(cueInfo(quote.cue.text.toLowerCase().split(/\s+/)[0])?.base ?? '') &&
    quote.claims.some((claim) => claim.checkworthy) &&
    inside(Math.min(quote.cue.start, quote.start), Math.max(quote.cue.end, quote.end))
      ? { ...quote, claims: quote.claims.map(parked) }
      : quote,
  );
}

const NOBODY_DESCRIBED = { m: false, f: false };

/** How far before the words a description of another person is looked for (in the words' own sentence). */
const DESCRIBED_LOOKBACK = 300;

/** A person described, not named: "his predecessor", "the former president", "a reporter". */
const PERSON_DESCRIPTION = new RegExp(
  `\\b(?:his|her|their|its|the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${[...PERSON_NOUNS]
    .filter((noun) => !noun.endsWith('s'))
    .concat(['predecessor', 'successor', 'boss', 'colleague', 'rival', 'challenger', 'incumbent', 'witness'])
    .join('|')})\\b`,
  'giu',
);

/**
 * Whether the words before the quote in their sentence describe a person other than the speaker without naming
 * them ("Asked about his predecessor, Donald Trump said the economy was a disaster when he left office"): a "he" inside
 * the words may then be that person, not the speaker.
 */
function personDescribedBefore(
  text: string,
  wordsStart: number,
  speaker: ResolvedSpeaker | null,
): { m: boolean; f: boolean } {
  // (the sentence of the words only: a description in the sentence before is as often of another story)
  const window = Math.max(0, wordsStart - DESCRIBED_LOOKBACK);
  const sentenceEnds = [...text.slice(window, wordsStart).matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu)];
  const last = sentenceEnds[sentenceEnds.length - 1];
  const from = last ? window + last.index + last[0].length : window;
  let before = text.slice(from, wordsStart);
  // (the speaker's own description, "the senator said he …", is the speaker)
  const mention = speaker?.mention;
  if (mention && mention.end > from && mention.start < wordsStart)
    before =
      before.slice(0, Math.max(0, mention.start - from)) +
      ' ' +
      before.slice(Math.min(before.length, mention.end - from));
  // (a described man is no "she": "his wife" is no "he")
  const could = { m: false, f: false };
  for (const match of before.matchAll(PERSON_DESCRIPTION)) {
    const sex = sexOfPersonNoun(match[0].split(/\s+/).pop()!.toLowerCase());
    if (sex !== 'f') could.m = true;
    if (sex !== 'm') could.f = true;
  }
  return could;
}

/**
 * The man and the woman a "he" or "she" opening the quote can mean, named in its paragraph and the one before it (see
 * personsNamedBefore). The speaker of direct words is not among them (their words say "I").
 */
function namedBefore(
  doc: AnalysedText,
  entities: EntityIndex,
  start: number,
  attribution: RawAttribution,
  speaker: ResolvedSpeaker | null,
): NamedBefore {
  // a reported "he"/"she" is most likely the speaker, whoever else the sentences before began with; and the subject
  // before is no guide when the speaker is nobody the article names (their own "he" could be anyone) or the sentence
  // says whom the words were about ("…,” the developer said of Mr. Clinton)
  const bySubject =
    attribution.kind === 'direct' && !!speaker?.entity && !SPOKEN_OF.test(restOfSentence(doc, attribution));
  if (attribution.kind === 'direct') return personsNamedBefore(doc, entities, start, speaker?.entity, bySubject);
  // "Sen. Bo Hale praised Dorsey. The nominee also faced a lawsuit alleging his department …": a sentence about a
  // person it only describes is about someone the paragraphs before may not name
  if (describedSubjectOpens(doc, start, speaker)) return {};
  // (anyone other than the speaker, of whatever gender: "Former premier Arvo Niemi was arrested. Finance minister
  // Pekka Laine said he had been under investigation" is about Niemi)
  return { ...personsNamedBefore(doc, entities, start), anyone: someoneElseBefore(doc, entities, start, speaker) };
}

/** Whether the paragraph of the words at `start` or the one before names a person other than the speaker before them. */
function someoneElseBefore(
  doc: AnalysedText,
  entities: EntityIndex,
  start: number,
  speaker: ResolvedSpeaker | null,
): boolean {
  const token = firstTokenFrom(doc, start);
  if (token >= doc.tokens.length) return false;
  const from = windowBefore(doc, token);
  const except = speaker?.entity;
  return entities.anyPersonIn('m', from, token, except) || entities.anyPersonIn('f', from, token, except);
}

/** Whether the sentence of the words at `start` opens with a description of one person ("The nominee also …"). */
function describedSubjectOpens(doc: AnalysedText, start: number, speaker: ResolvedSpeaker | null): boolean {
  const token = firstTokenFrom(doc, start);
  if (token >= doc.tokens.length) return false;
  const opening = doc.tokens[doc.sentences[doc.sentenceOf[token]].firstToken];
  if (speaker && speaker.mention.start <= opening.start && opening.start < speaker.mention.end) return false;
  const words = doc.text.slice(opening.start, Math.min(start, opening.start + DESCRIPTION_CHARS));
  const description = OPENING_DESCRIPTION.exec(words);
  // (the whole subject, its verb or a comma after it: "The conservative publication" is no person)
  return !!description && SUBJECT_ENDS.test(words.slice(description[0].length));
}

const SUBJECT_ENDS = /^(?:\s*,|\s+(?:also|then|later|once|has|had|is|was|will|would|[a-z]+ed)\b)/;

const OPENING_DESCRIPTION = new RegExp(`^${PERSON_DESCRIPTION.source}`, 'iu');

/** How much of a sentence's opening is read for a description of a person. */
const DESCRIPTION_CHARS = 60;

/** "said of Mr. Clinton", "added about the senator": the words after a quote say whom it is about. */
const SPOKEN_OF =
  /\b(?:said|says|saying|added|wrote|writes|recalled|told reporters)\s+(?:of|about(?!\s+(?:\d|an?\s+(?:hour|minute|day|week|month|year)\b|\w+\s+(?:hours|minutes|days|weeks|months|years)\b)))\b/i;

/**
 * The words after the attribution's first part, to the end of that sentence (bounded): where its cue stands, also when
 * the quote goes on after it ("“He …,” Brooks said of Patel, “not once.”").
 */
function restOfSentence(doc: AnalysedText, attribution: RawAttribution): string {
  const first = attribution.parts[0];
  if (!first) return '';
  const token = Math.min(firstTokenFrom(doc, first.end), doc.tokens.length - 1);
  if (token < 0) return '';
  const sentence = doc.sentences[doc.sentenceOf[token]];
  const end = doc.tokens[sentence.endToken - 1].end;
  return end > first.end ? doc.text.slice(first.end, Math.min(end, first.end + REST_CHARS)) : '';
}

/** How much of the sentence after a quote is read for whom it was about. */
const REST_CHARS = 200;

/** The most words read between a cue and its reported words for whom they were told to ("told Sen. Ana Ruiz …"). */
const MAX_LISTENER_TOKENS = 12;

/**
 * Which of "he" and "she" the person the words were told to could be ("Clinton told her she would …", "Trump told
 * Bush he was …"): a "he"/"she" of what was reported may then be either of them. Undefined when nobody is between.
 */
function listenerGenders(
  doc: AnalysedText,
  entities: EntityIndex,
  attribution: RawAttribution,
  start: number,
): { m: boolean; f: boolean } | undefined {
  if (!attribution.cue || attribution.kind === 'direct') return undefined;
  const from = attribution.cue.endToken;
  const to = firstTokenFrom(doc, start);
  if (to <= from || to - from > MAX_LISTENER_TOKENS) return undefined;
  const could = { m: false, f: false };
  for (let at = from; at < to; at++) {
    const lower = doc.tokens[at].lower;
    if (lower === 'him') could.m = true;
    if (lower === 'her') could.f = true;
  }
  for (const mention of entities.mentionsIn(from, to)) {
    if (mention.entity.type !== 'person') continue;
    if (mention.entity.gender !== 'f') could.m = true;
    if (mention.entity.gender !== 'm') could.f = true;
  }
  return could.m || could.f ? could : undefined;
}

/**
 * The full name of the one person of the article a name can mean when a "he" (`m`) or a "she" (`f`) stands for it
 * ("Mr. Trump", "Clinton", "Donald Trump"): undefined when the words are not a person's name the article gives, null
 * when two of its people of that gender share the last name.
 */
function personNamed(entities: EntityIndex, name: string, gender: 'm' | 'f'): string | null | undefined {
  const words = withoutTitles(name).split(/\s+/);
  if (!words.length || words.length > 4) return undefined;
  const entity = entities.onlyPersonNamed(words[words.length - 1].toLowerCase(), gender);
  if (entity === null) return null;
  return entity && words.every((word) => entity.name.includes(word)) ? entity.name : undefined;
}

/**
 * The one man and the one woman the article names in the paragraph at `start` and the one before it, up to `start`;
 * where several are, with `orSubject`, the subject of the sentence before that the article has named most
 * (EntityIndex.subjectBefore): who a "he"/"she" opening someone's own words continues.
 */
export function personsNamedBefore(
  doc: AnalysedText,
  entities: EntityIndex,
  start: number,
  except?: Entity,
  orSubject = false,
): { m?: string; f?: string } {
  const token = firstTokenFrom(doc, start);
  if (token >= doc.tokens.length) return {};
  const from = windowBefore(doc, token);
  const subject = (gender: 'm' | 'f') => (orSubject ? entities.subjectBefore(gender, from, token, except) : undefined);
  // where the paragraphs before name nobody who could be meant, by name or by a noun that says the sex ("Leonard
  // Hill's widow, Anita"), the one person of that gender the article has named before (at most some pages back)
  const earlier = (gender: 'm' | 'f') =>
    entities.anyPersonIn(gender, from, token, except) || sexedNounIn(doc, gender, from, token)
      ? undefined
      : // (the speaker of that gender stands in the way: a speaker found wrongly may be the one meant)
        entities.onlyPersonIn(gender, Math.max(0, token - EARLIER_TOKENS), token);
  // and where several are named there, in someone's own words, the one the article is about, if named last of them
  const prominent = (gender: 'm' | 'f') =>
    orSubject ? entities.prominentPersonIn(gender, from, token, except) : undefined;
  return {
    m: (entities.onlyPersonIn('m', from, token, except) ?? subject('m') ?? earlier('m') ?? prominent('m'))?.name,
    f: (entities.onlyPersonIn('f', from, token, except) ?? subject('f') ?? earlier('f') ?? prominent('f'))?.name,
  };
}

/**
 * Where the people a quote's "he"/"she" may mean are read from: its paragraph and the one before, at most a few
 * sentences back, so that a text of one long paragraph full of quotes stays linear.
 */
function windowBefore(doc: AnalysedText, token: number): number {
  const paragraph = doc.sentences[doc.sentenceOf[token]].paragraph;
  return Math.max(doc.paragraphs[Math.max(0, paragraph - 1)].firstToken, token - WINDOW_TOKENS);
}

/** Whether tokens [from, to) hold a noun for a person of that sex ("widow", "husband", "congresswoman"). */
function sexedNounIn(doc: AnalysedText, gender: 'm' | 'f', from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (sexOfPersonNoun(doc.tokens[at].lower) === gender) return true;
  return false;
}

/** How far back, in tokens, a quote's "he"/"she" looks for the one person of that gender the article has named. */
const EARLIER_TOKENS = 3000;

/**
 * The speaker's words when they name a group of people or bodies ("Administration officials", "Many lawmakers in
 * Ohio", "Twelve percent of those polled"): what a "they" opening their reported words stands for. Undefined for a
 * pronoun, a name, or a bare "the officials" (no more telling than "they"), or one plural alone ("Police said they
 * …" after "Two suspects were arrested" are the suspects).
 */
function groupPhrase(doc: AnalysedText, mention: Span): string | undefined {
  const first = firstTokenFrom(doc, mention.start);
  const words: Token[] = [];
  // (no more words read than a group phrase may have: a hostile mention costs no more than a short one)
  for (let at = first; at < doc.tokens.length && doc.tokens[at].end <= mention.end; at++) {
    if (doc.tokens[at].kind === 'word') words.push(doc.tokens[at]);
    if (words.length > MAX_GROUP_WORDS) return undefined;
  }
  if (words.length < 2 || words.length > MAX_GROUP_WORDS) return undefined;
  // the head: the word before what narrows the group ("officials in Ohio", "percent of those polled")
  const link = words.findIndex(
    (word, index) => index > 0 && GROUP_LINK.test(word.lower) && linksToPlace(word.lower, words[index + 1]),
  );
  const head = words[(link > 0 ? link : words.length) - 1];
  const share = /^(percent|majority|half|most)$/.test(head.lower);
  if (!share && !isGroupNoun(head)) return undefined;
  if (words.length === 2 && /^(the|these|those|some)$/.test(words[0].lower) && !share) return undefined;
  // "his aides" says no more than "they"; a number the mention starts inside of ("1,409") is not its own
  if (
    /^(his|her|its|their|our|my|your|among|of|for|from|with|in|at)$/.test(words[0].lower) ||
    /[\d,.]/.test(doc.text[mention.start - 1] ?? '')
  )
    return undefined;
  return mention.text;
}

/**
 * Whether a speaker taken for a person by a lone name that gives no sex, title or first name reports, of "it", what
 * only a body does: "it was laying off 600 workers", "it is shedding staff", "it would close two plants", "its
 * executive editor" ("Eggleston said it was a mistake" stays a person's words about something).
 */
function actsAsABody(speaker: ResolvedSpeaker, words: string): boolean {
  if (speaker.type !== 'person' || speaker.gender !== 'x' || speaker.title || /\s/.test(speaker.name.trim()))
    return false;
  if (firstNameGender(speaker.name) !== null) return false;
  return BODY_ACT.test(words.slice(0, BODY_ACT_CHARS));
}

/** How far into the words "it" is looked for: its own clause's opening. */
const BODY_ACT_CHARS = 120;

/** What "it" does, or has, as a company or an institution does: laying off, hiring, closing plants, its employees. */
const BODY_ACT =
  /\b(?:it(?:\s+(?:is|was|has|had|will|would|plans\s+to|intends\s+to|expects\s+to))?\s+(?:lay(?:ing)?\s+off|laid\s+off|lays\s+off|shed(?:s|ding)?|hir(?:e|es|ed|ing)|clos(?:e|es|ed|ing)\s+(?:\S+\s+)?(?:plants?|factor(?:y|ies)|stores?|offices?|branches)|cut(?:s|ting)?\s+(?:\S+\s+)?(?:jobs|workers|staff|positions)|acquir(?:e|es|ed|ing)|recall(?:s|ed|ing)?|relocat(?:e|es|ed|ing))\b|its\s+(?:employees|workers|staff|executives?|chief\s+executive|executive\s+editor|board|shareholders|customers|subscribers|stores|plants|factories)\b)/i;

/**
 * The speaker's words when they name an organisation ("The IMF", "the Justice Department", "Google"): what an "it"
 * opening its reported words stands for. Undefined for a pronoun or a description ("the agency"), but for one the
 * article resolves to a company by its name ("the company" after "Harlow Foods": the name).
 */
function bodyPhrase(mention: Span, speakerName: string): string | undefined {
  if (
    mention.text !== speakerName &&
    /^the\s+(?:\S+\s+)?(?:company|firm)$/i.test(mention.text) &&
    namesCompany(speakerName)
  )
    return speakerName;
  const words = mention.text.split(/\s+/);
  const the = /^the$/i.test(words[0]);
  const name = the ? words.slice(1) : words;
  if (!name.length || name.length > MAX_GROUP_WORDS) return undefined;
  const capitalised = name.every(
    (word, index) => /^\p{Lu}/u.test(word) || (index > 0 && /^(of|for|and|on)$/.test(word)),
  );
  // a body's name, not a surname or a place the type was guessed for: "the State Department", "the F.B.I.", "Labor
  // Department", never "Eggleston", "N.Y." or "Democrats" (their "it" is something they spoke of)
  const body =
    (the && name.length > 1) ||
    name.some((word) => ORG_WORDS.has(word.toLowerCase())) ||
    // ("Samsung", "Exxon Mobil", "Harlow Foods": a company the lexicon knows, or one whose name says so)
    namesCompany(name.join(' ')) ||
    // ("Tessaly" after "Tessaly Foods Inc.": the first word of a company's name is that company)
    (name.length === 1 && namesCompany(speakerName) && speakerName.split(/\s+/)[0] === name[0]) ||
    (name.length === 1 && /^(?:\p{Lu}\.?){3,}$/u.test(name[0])) ||
    // ("Amnesty International", "Human Rights Watch": a name of several words, none of them a first name)
    (name.length > 1 && name.every((word) => firstNameGender(word) === null));
  // "Democrats", "Republicans": a party's members, whose "it" is not the party
  const members = /(?:ans|ats|ists)$/.test(name[name.length - 1]);
  return capitalised && body && !members ? mention.text : undefined;
}

/**
 * A condition the sentence opens with before the speaker and cue that break it ("If the levy passes, Mara Lint said,
 * rents will rise"): without it the reported words say more than the speaker did, so the first claim keeps it.
 */
function frontedCondition(
  text: string,
  attribution: RawAttribution,
  speaker: ResolvedSpeaker | null,
  cue: Span | null,
  wordsStart: number,
): string | undefined {
  if (attribution.kind === 'direct' || !speaker || !cue) return undefined;
  const first = Math.min(speaker.mention.start, cue.start);
  // (the speaker and cue between the condition and the words, set off by commas)
  if (first > wordsStart || !/^\s*,\s*$/.test(text.slice(Math.max(speaker.mention.end, cue.end), wordsStart)))
    return undefined;
  const before = text.slice(Math.max(0, first - MAX_CONDITION_CHARS), first);
  const sentence = /(?:^|[.!?]["”’]?\s+|\n)([^.!?\n]*)$/.exec(before)?.[1] ?? '';
  return FRONTED_CONDITION.test(sentence) ? sentence.replace(/\s*,\s*$/, ',') : undefined;
}

/**
 * A condition opening a sentence, up to its comma: "If the levy passes, ", "Unless the council acts, " ("Once again",
 * "Once more" say how often, no condition).
 */
const FRONTED_CONDITION =
  /^(?:If|Unless|Should|Once(?!\s+(?:again|more)\b)|Until|Without|Even if|Only if|As long as)\s[^,"“”]+,\s*$/;
/** The longest fronted condition looked for. */
const MAX_CONDITION_CHARS = 200;

/** The longest group phrase that stands for a "they": a subject, not a paragraph. */
const MAX_GROUP_WORDS = 8;

/** How far back a quote looks for the person a leading "he"/"she" means, in tokens. */
const WINDOW_TOKENS = 150;

/** The speaker as the public contract shows it, without what resolution kept for itself (entity, gender, place). */
function publicSpeaker(speaker: ResolvedSpeaker): ExtractedSpeaker {
  const { name, type, mention } = speaker;
  return 'title' in speaker ? { name, type, mention, title: speaker.title } : { name, type, mention };
}

function quoteClaims(
  text: string,
  attribution: RawAttribution,
  parts: CharRange[],
  speaker: ResolvedSpeaker | null,
  cue: Span | null,
  score: Scorer,
  quoteId: string,
  namedBeforeQuote: NamedBefore,
  othersDescribed: { m: boolean; f: boolean },
  personNamedAt: (name: string, gender: 'm' | 'f') => string | null | undefined,
  listener: { m: boolean; f: boolean } | undefined,
  described: ArticleDescriptions,
  /** The article's words for the speaker that a "they" or an "it" opening its reported words stands for. */
  selfNames: { group?: string; body?: string },
): ExtractedClaim[] {
  const content = text.slice(parts[0].start, parts[0].end);
  // "called X “a manufactured crisis”", "accused him of …": the words are what a framing verb takes, no sentence
  // alone; the claim needs the speaker and the verb to make sense
  const framedObject = attribution.kind !== 'direct' && !!cue && FRAMING_CUE.test(cue.text);
  // the verb's object is not the words after it where it comes before them ("what he called tribalism", "which she
  // described as …", "the state he calls a second home"), nor is the speaker its subject where the speaker is a
  // relative pronoun whose clause the words run past, or a preposition's object ("a book by Ann Roe called …")
  const framing =
    (framedObject || (attribution.kind !== 'direct' && !!cue && OBJECT_CUE.test(cue.text))) &&
    cue &&
    speaker &&
    !OBJECT_BEFORE_CUE.test(text.slice(Math.max(0, cue.start - 60), cue.start)) &&
    !NOT_A_SUBJECT_BEFORE.test(text.slice(Math.max(0, speaker.mention.start - 40), speaker.mention.start)) &&
    // ("one PAC called Stop Waste": what an indefinite noun is named, no speaker's verb)
    !/^(?:a|an|one|another)\s/i.test(speaker.mention.text) &&
    !(/^(?:who|that|which)$/i.test(speaker.mention.text) && RAN_PAST_RELATIVE.test(content)) &&
    // ("was called a liar by her rivals": a passive's agent is no subject the words can follow)
    speaker.mention.start < cue.start
      ? cue.text
      : undefined;
  const before = cue ? text.slice(Math.max(0, cue.start - 30), cue.start) : '';
  // "Sanders said he didn’t think the accord went far enough": reported words under a negated cue are denied
  const negation =
    attribution.kind !== 'direct' && cue && (DENIABLE_CUE.test(cue.text) || DENYING_CUE.test(cue.text))
      ? NEGATION_BEFORE_CUE.exec(before)
      : null;
  // (what is denied must be a clause: "denied the charges" and "denied him a hearing" hold none to frame)
  const denied = attribution.kind !== 'direct' && cue && DENYING_CUE.test(cue.text) ? DENIED.exec(content) : null;
  // ("denied that …" keeps its "that", "denied reports that …" its noun; "denying" reads "denied")
  const that = /^\s*that\b/i.test(content) ? ' that' : '';
  const denial =
    negation && cue
      ? `${negation[0].trim()} ${cue.text}${that}`
      : denied && cue
        ? `${cue.text.replace(/ying$/i, 'ied').replace(/ing$/i, 'ed')}${that}`
        : undefined;
  // "No serious historian denies that …", "Few economists would dispute that …": the speaker is nobody the frame
  // could name; the words are parked as they are
  const negatedSpeaker =
    !!cue &&
    !!speaker &&
    (!!denied || !!negation) &&
    (NEGATED_SUBJECT.test(
      text.slice(Math.max(0, speaker.mention.start - 12), speaker.mention.start) + speaker.mention.text.split(/\s+/)[0],
    ) ||
      NEGATED_SUBJECT.test(speaker.mention.text.split(/\s+/)[0]));
  // "denounced the nominee's plan to …": what a stance is taken on, not what the speaker asserts
  const base = cue ? cueInfo(cue.text.toLowerCase().split(/\s+/)[0])?.base : undefined;
  // nothing was asserted: a question put ("asked whether the plan would pass", "When asked about the layoffs"), words
  // held back ("declined to comment on the talks", "did not say when the plant would reopen"); the attribution stays
  if (
    attribution.kind !== 'direct' &&
    cue &&
    base &&
    (asked(base, cue.text, content) || withheld(base, before, content))
  )
    return [];
  // (what is said to have happened is asserted whatever the verb: "vowed he had never taken drugs", "promised that the
  // money had been returned", "mentioned the conviction was overturned")
  const pastClause = PAST_CLAUSE.test(content) && !!base && SWORN.has(base);
  const stanceTarget =
    attribution.kind !== 'direct' &&
    !!base &&
    ((NOT_ASSERTING.has(base) && !pastClause) ||
      (TARGET_CUE.has(base) &&
        !pastClause &&
        !/^\s*(?:that|whether|if|how|why|what|who)\b/i.test(text.slice(parts[0].start, parts[0].end))));
  return claimsOf(text, parts, {
    kind: attribution.kind,
    speaker: speaker
      ? {
          name: speaker.name,
          type: speaker.type,
          gender: speaker.gender,
          title: speaker.title,
          place: speaker.place,
          ...selfNames,
        }
      : undefined,
    framing,
    framedObject,
    subject: attribution.subject && text.slice(attribution.subject.start, attribution.subject.end),
    condition: attribution.subject ? undefined : frontedCondition(text, attribution, speaker, cue, parts[0].start),
    denial: negatedSpeaker ? undefined : denial,
    // ("did not say whether she would sign the bill": a question left open, no proposition of the speaker's)
    stanceTarget: stanceTarget || negatedSpeaker || (!!negation && /^\s*(?:whether|if)\b/i.test(content)),
    namedBefore: namedBeforeQuote,
    othersDescribed,
    personNamed: personNamedAt,
    listener,
    describedBefore: described.things,
    describedSubject: described.subjects,
    score,
    idPrefix: quoteId,
  });
}
