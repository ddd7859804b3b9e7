/**
 * Documents as speakers. A document speaks for whoever issued it, and is named after them: "the mayor’s order" is the mayor’s, "a statement
 * from the Ohio Democratic Party" the party’s, and in "the council issued a statement calling …" the statement is the
 * council’s. A document whose issuer the text does not give keeps a name of its own, with the words that tell it apart
 * ("Bloomberg poll", not "poll"); "the poll" further on gets the same speaker.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { Entity, PronounGender } from '../entities/entity';
import { POST_PARTICIPLE } from '../lexicon/function-words';
import { EntityIndex, SpeakerMention } from '../entities/entity-index';
import { normTitleKey, titleFromWords } from '../entities/name-words';
import { TITLES } from '../lexicon/speaker-nouns';
import { wordSet, wordTable } from '../lexicon/word-set';
import { Span } from '../types';
import { Token } from '../tokens';
import { ResolvedSpeaker, speakerOfEntity } from './resolved-speaker';
import { subjectBefore } from '../grammar/subjects';
import { isPersonNoun } from '../grammar/plausible-sources';
import { overlapsQuote } from '../grammar/token-runs';

/** Who a noun phrase names, as the speaker resolution reads any source phrase ("the Trump campaign"). */
export type PhraseResolver = (phrase: TokenRange) => ResolvedSpeaker;
/** A document's issuer: a speaker without the mention, which is the document's. */
type Issuer = Omit<ResolvedSpeaker, 'mention'>;

/** Verbs whose subject issues the document they take as object ("the council issued a statement"). */
const ISSUING_VERBS = wordSet(`
issued|issues|issue|released|releases|release|sent|sends|send|published|publishes|publish|filed|files|file|posted|
posts|post|unveiled|unveils|unveil|submitted|submits|submit|wrote|writes|write|drafted|drafts|draft|put|puts|
distributed|distributes|distribute|circulated|circulates|circulate|established|establishes|establish|adopted|adopts|
adopt|commissioned|commissions|commission|conducted|conducts|conduct|produced|produces|produce|authored|authors|
provided|provides|provide|gave|gives|give|delivered|delivers|deliver
`);
/** How many words may stand between a document and its issuer's "by", and between "by" and the issuer's name. */
const ISSUER_ADJUNCT_WORDS = 5;

/** Media a document goes out on, which are not its issuer. */
const MEDIUM = /^(tv|radio|web|internet|online|video|digital|print|cable|facebook|twitter|youtube|instagram|tiktok)$/i;

/** Words that may stand between an issuer and its verb ("the council also issued", "it recently released"). */
const BETWEEN_ISSUER_AND_VERB = wordSet('also|then|later|recently|quickly|jointly|separately|has|have|had|had|just');
/** Words that say when a document came, not what it is: left out of its name ("a new poll" is the poll). */
const DATING_WORDS = wordSet('new|latest|recent|newest|fresh|earlier|previous|last|first|second|final|initial');
/** How far back an issuing clause may name the document a source phrase refers to, in sentences. */
const ISSUER_SENTENCES_BACK = 2;
/** How many tokens a document framing a sentence's opening may run to its comma ("In a message posted Friday,"). */
const FRAME_TOKENS = 8;
/** How many tokens back an issuing clause is looked for at most. */
const MAX_TOKENS_BACK = 150;
/** Nouns for a poll whose respondents' shares speak through it. */
const POLL_NOUNS = /^(poll|polls|survey|surveys)$/;
/** How many sentences back the poll a share of respondents answered may be named. */
const POLL_SENTENCES_BACK = 4;
/** Determiners of a document framing what its issuer said: "in a statement", "in her letter". */
const FRAMING_DETERMINER = /^(a|an|his|her|its|their)$/;
/** Document nouns made from the verb whose subject issues them: "the court ruled" gives "the ruling". */
const COGNATE_VERBS = wordTable<RegExp>({
  ruling: /^(ruled|rules)$/,
  decision: /^(decided|decides)$/,
  email: /^(emailed|emails)$/,
  letter: /^(wrote|writes)$/,
});
/** Documents that carry what their issuer says, as "the statement" after "Fox News confirmed that …" does. */
const SPOKEN_DOCUMENTS = /^(?:statement|announcement|release)$/;
/**
 * Possessive pronouns before a document noun, and the pronoun each stands for ("her statement": she); not "its" and
 * "their", whose bodies and groups are found too seldom right to name a document's issuer by.
 */
const POSSESSIVE_PRONOUNS = wordTable<PronounGender>({ his: 'm', her: 'f' });
/** How many paragraphs after a heading may name the document its bare noun stands for. */
const LEAD_PARAGRAPHS = 2;
/** How many words a document's phrase in a lead may take before its noun ("a new Washington Post-ABC News national"). */
const LEAD_PHRASE_WORDS = 8;
/** How many words may stand between an issuing verb and the document noun ("issued a brief written statement"). */
const MAX_WORDS_BEFORE_NOUN = 5;

/**
 * A document's speaker once its issuer is known: named as the issuer, still typed as a document, because what the
 * mention points at is the document (the contract's `document` type), not the person or body who stands behind it.
 */
function issuedBy(issuer: Entity | Issuer, mention: Span): ResolvedSpeaker {
  const speaker = 'words' in issuer ? speakerOfEntity(issuer, mention) : { ...issuer, mention };
  return { ...speaker, type: 'document' };
}

export class DocumentSpeakers {
  /** The speaker given to each document noun so far ("order" -> the mayor, "poll" -> "Bloomberg poll"). */
  private readonly byNoun = new Map<string, Omit<ResolvedSpeaker, 'mention'>>();

  constructor(
    private readonly doc: AnalysedText,
    private readonly entities: EntityIndex,
    private readonly speakers: Map<number, SpeakerMention[]>,
  ) {}

  /**
   * The speaker of a source phrase headed by a document noun. `words` are its word tokens, `headIndex` the head's
   * position among them and `headNoun` its lower-case form.
   */
  speaker(
    source: TokenRange,
    mention: Span,
    words: Token[],
    headIndex: number,
    headNoun: string,
    resolve: PhraseResolver,
  ): ResolvedSpeaker {
    const possessive = words.findIndex((word) => /^['’]s$/.test(word.text));
    if (possessive > 0 && possessive < headIndex) {
      const ownerWords = words.slice(0, possessive);
      const title = titleFromWords(ownerWords.map((word) => normTitleKey(word.text)).filter((word) => word !== 'the'));
      let owner: Entity | undefined;
      // "the mayor’s order": the person with that title, when no other capitalised word names the owner
      if (
        title &&
        !ownerWords.some(
          (word) => word.capitalised && !TITLES[normTitleKey(word.text)] && !/^(the|a|an|this|that)$/.test(word.lower),
        )
      )
        owner = this.entities.findByTitle(title, mention.start);
      if (!owner) owner = this.entities.mentionAt(source.firstToken, source.firstToken + possessive)?.entity;
      if (owner) return this.remember(headNoun, issuedBy(owner, mention));
      const ownerText = ownerWords.map((word) => word.text).join(' ');
      const rest = this.doc.text.slice(words[possessive + 1].start, words[headIndex].end);
      return this.remember(headNoun, {
        name: `${ownerText.replace(/^the\s+/i, '')}’s ${rest}`,
        type: 'document',
        mention,
        gender: 'x',
      });
    }
    // "her statement", "his letter": whoever the pronoun stands for
    // (not when someone described without a name comes before it: "The victim's father read a statement to the
    // court. His statement said …" is the father's, whom no name stands for)
    const ownerGender =
      headIndex > 0 && !this.describedPersonBefore(source.firstToken) ? POSSESSIVE_PRONOUNS[words[0].lower] : undefined;
    const pronounOwner = ownerGender && this.entities.resolvePronoun(source.firstToken, ownerGender, this.speakers);
    if (pronounOwner && canIssue(pronounOwner)) return this.remember(headNoun, issuedBy(pronounOwner, mention));
    // "a statement from the campaign", "a report by the inspector general"
    const issuer =
      this.issuerAfter(source, words, headIndex) ??
      this.issuerBefore(source, headNoun, resolve) ??
      this.outletModifier(source, words, headIndex) ??
      this.subjectAfterFrame(source);
    if (issuer) return this.remember(headNoun, issuedBy(issuer, mention));
    const named = this.distinguishingName(source, words, headIndex);
    if (named) return this.remember(headNoun, { name: named, type: 'document', mention, gender: 'x' });
    const led = words.length === 1 ? this.namedInLead(source, headNoun, resolve) : undefined;
    if (led) return this.remember(headNoun, { ...led, mention });
    const earlier = this.byNoun.get(headNoun);
    if (earlier && /^(the|this|that|its|their)$/i.test(words[0].text)) return { ...earlier, mention };
    const name = this.doc.text
      .slice(words[0].start, words[words.length - 1].end)
      .replace(/^(the|a|an|this|that|its|his|her|their)\s+/i, '');
    return { name, type: 'document', mention, gender: 'x' };
  }

  /**
   * "Poll: Clinton and Trump in dead heat. / … according to a new Washington Post-ABC News national poll.": a
   * heading's bare document noun is the one of its kind the paragraphs after it go on to name first, by the capitalised
   * words before its noun ("Washington Post-ABC News poll"), or undefined when they name none.
   */
  private namedInLead(source: TokenRange, headNoun: string, resolve: PhraseResolver): ResolvedSpeaker | undefined {
    const { tokens, paragraphs, quoteAt } = this.doc;
    const paragraph = tokens[source.firstToken].paragraph;
    if (paragraphs[paragraph].firstToken !== source.firstToken || paragraph + 1 >= paragraphs.length) return undefined;
    // (a singular noun: "Polls suggest …" sums up several)
    if (/s$/.test(headNoun)) return undefined;
    const end = Math.min(
      paragraphs[Math.min(paragraphs.length - 1, paragraph + LEAD_PARAGRAPHS)].endToken,
      source.endToken + MAX_TOKENS_BACK,
    );
    for (let at = paragraphs[paragraph + 1].firstToken; at < end; at++) {
      if (tokens[at].lower !== headNoun || quoteAt[at] >= 0) continue;
      // the noun's phrase: back to its determiner ("a new Washington Post-ABC News national poll"), else over the
      // capitalised words before it ("Quinnipiac poll")
      const sentence = this.doc.sentenceOf[at];
      const inPhrase = (i: number) =>
        tokens[i]?.kind === 'word' && quoteAt[i] < 0 && this.doc.sentenceOf[i] === sentence;
      let first = at;
      while (first > at - LEAD_PHRASE_WORDS && inPhrase(first - 1) && !/^(a|an|the)$/i.test(tokens[first].text))
        first--;
      if (!/^(a|an|the)$/i.test(tokens[first].text))
        for (first = at; inPhrase(first - 1) && tokens[first - 1].capitalised;) first--;
      const found = resolve({ firstToken: first, endToken: at + 1 });
      // (named, not only dated: "a new poll" tells nothing), by the capitalised words before its noun, as the heading
      // names it by the noun ("Washington Post-ABC News poll")
      const named = tokens
        .slice(first, at)
        .filter((token) => token.capitalised && !/^(A|An|The|New)$/.test(token.text));
      if (found.type === 'document' && named.length && (found.entity || /\p{Lu}/u.test(found.name)))
        return { ...found, name: [...named, tokens[at]].map((token) => token.text).join(' ') };
    }
    return undefined;
  }

  private remember(headNoun: string, speaker: ResolvedSpeaker): ResolvedSpeaker {
    const { mention: _mention, ...rest } = speaker;
    this.byNoun.set(headNoun, rest);
    return speaker;
  }

  /**
   * "Seventy-four percent of Trump voters said …": the poll of the last few sentences that found it, named by the
   * capitalised words before its noun ("Quinnipiac University poll"), or undefined (an unnamed "poll" names nothing);
   * the share is only what the poll's respondents answered.
   */
  pollOfShare(source: TokenRange, mention: Span): ResolvedSpeaker | undefined {
    const { tokens, sentences, sentenceOf } = this.doc;
    const sentence = sentenceOf[source.firstToken];
    const stop = Math.max(
      sentences[Math.max(0, sentence - POLL_SENTENCES_BACK)].firstToken,
      source.firstToken - MAX_TOKENS_BACK,
    );
    for (let at = source.firstToken - 1; at >= stop; at--) {
      if (!POLL_NOUNS.test(tokens[at].lower) || this.doc.quoteAt[at] >= 0) continue;
      // the capitalised words that name it, right before the noun ("a new Quinnipiac University poll")
      let first = at;
      while (first > stop && tokens[first - 1].kind === 'word' && tokens[first - 1].capitalised) first--;
      while (first < at && /^(A|An|The|New)$/.test(tokens[first].text)) first++;
      if (first === at || sentenceOf[first] !== sentenceOf[at] || first === sentences[sentenceOf[at]].firstToken)
        return undefined;
      return { name: this.doc.text.slice(tokens[first].start, tokens[at].end), type: 'document', mention, gender: 'x' };
    }
    return undefined;
  }

  /** The person or body after "from" or "by" in the phrase: "a statement from the Clinton campaign". */
  private issuerAfter(source: TokenRange, words: Token[], headIndex: number): Entity | undefined {
    let at = headIndex + 1;
    // "a report released Tuesday by …", "a lawsuit filed in Manhattan by …": past the participle and its adjuncts
    if (words[at] && POST_PARTICIPLE.test(words[at].lower))
      for (let end = Math.min(words.length, at + ISSUER_ADJUNCT_WORDS); at < end && !/^by$/.test(words[at].lower);)
        at++;
    const preposition = words[at];
    if (!preposition || !/^(from|by)$/.test(preposition.lower)) return undefined;
    // the issuer may follow its description ("by state attorney Dave Aronberg")
    for (let next = at + 1; next < Math.min(words.length, at + 1 + ISSUER_ADJUNCT_WORDS); next++) {
      const first = this.doc.tokens.indexOf(words[next], source.firstToken);
      const found = this.entities.mentionAt(first, first + 1);
      if (found) return found.entity.type !== 'document' && found.entity.type !== 'unknown' ? found.entity : undefined;
      if (words[next].capitalised && !TITLES[normTitleKey(words[next].text)]) return undefined;
    }
    return undefined;
  }

  /**
   * The subject of an issuing verb whose object is this document: right before the source phrase ("the council
   * issued a statement calling …"), or an earlier "… sent a letter" for "the letter" within two sentences.
   */
  private issuerBefore(source: TokenRange, headNoun: string, resolve: PhraseResolver): Entity | Issuer | undefined {
    const { tokens, sentences, sentenceOf } = this.doc;
    const fromSentence = Math.max(0, sentenceOf[source.firstToken] - ISSUER_SENTENCES_BACK);
    // a bounded look back, so that a text of endless sentences costs each document the same
    const stop = Math.max(sentences[fromSentence].firstToken, source.firstToken - MAX_TOKENS_BACK);
    // the source itself first, then earlier mentions of its noun, nearest first
    const issuer = this.issuerOfObjectAt(source.firstToken, resolve);
    // (issued by someone without a name here: "his office put out a statement" is no earlier statement)
    if (issuer !== undefined) return issuer ?? undefined;
    // "a previously undisclosed email" is a document not named before; "the email" may be one
    if (!/^(the|this|that)$/.test(this.doc.tokens[source.firstToken].lower)) return undefined;
    for (let at = source.firstToken - 1; at >= stop; at--) {
      if (tokens[at].lower !== headNoun) continue;
      let start = at;
      for (let n = 0; n < MAX_WORDS_BEFORE_NOUN && start > stop && tokens[start - 1].kind === 'word'; n++) {
        if (ISSUING_VERBS.has(tokens[start - 1].lower)) break;
        start--;
      }
      const found = this.issuerOfObjectAt(start, resolve);
      if (found !== undefined) return found ?? undefined;
      const framing = this.speakerFramedBy(at);
      if (framing) return framing;
    }
    // ("The letter, signed by 40 doctors, said …": who issued it is set off after it, not before)
    const { tokens: all } = this.doc;
    if (all[source.endToken]?.text === ',' && POST_PARTICIPLE.test(all[source.endToken + 1]?.lower ?? ''))
      return undefined;
    return this.subjectOfCognateVerb(source, headNoun, stop, resolve) ?? this.lastSpeakerOf(source, headNoun, stop);
  }

  /**
   * "Fox News confirmed that Kelly met with Trump. According to the statement, …": a statement the text has not
   * named before is the one speaker's of the sentence just before, when that sentence has one.
   */
  private lastSpeakerOf(source: TokenRange, headNoun: string, stop: number): Entity | undefined {
    if (!SPOKEN_DOCUMENTS.test(headNoun)) return undefined;
    const { tokens, sentenceOf } = this.doc;
    // (nor after a document issued there: "The agency issued a flood warning. … According to the statement" is the
    // warning's)
    for (let at = stop; at < source.firstToken; at++)
      if (tokens[at].lower === headNoun || ISSUING_VERBS.has(tokens[at].lower)) return undefined;
    const spoken = new Set((this.speakers.get(sentenceOf[source.firstToken] - 1) ?? []).map(({ entity }) => entity));
    const [speaker] = spoken;
    return spoken.size === 1 ? canIssue(speaker) : undefined;
  }

  /**
   * Whether the sentence before token `at`, or its own sentence before it, opens with a person described by a common
   * noun without a name ("The victim's father read a statement", "The headteacher issued …").
   */
  private describedPersonBefore(at: number): boolean {
    const { tokens, sentences, sentenceOf } = this.doc;
    for (let sentence = Math.max(0, sentenceOf[at] - 1); sentence <= sentenceOf[at]; sentence++) {
      const first = sentences[sentence].firstToken;
      // the subject's head among its first words: "The headteacher", "The victim's father", "The club's captain"
      for (let i = first + 1; i < Math.min(at, first + 4); i++) {
        const token = tokens[i];
        if (token.kind !== 'word' || token.capitalised) continue;
        if (isPersonNoun(token.lower) && /^(?:the|a|an)$/i.test(tokens[first].text)) return true;
        if (!/^['’]s$/.test(tokens[i + 1]?.text ?? '')) break;
      }
    }
    return false;
  }

  /**
   * "Fox News said in a statement …": the one speaker of the sentence whose "in a …" holds the document noun at token
   * `noun`; undefined when it is no such frame or its sentence has no one speaker.
   */
  private speakerFramedBy(noun: number): Entity | undefined {
    const { tokens, sentenceOf } = this.doc;
    let determiner = noun - 1;
    while (
      determiner > noun - MAX_WORDS_BEFORE_NOUN &&
      tokens[determiner]?.kind === 'word' &&
      !FRAMING_DETERMINER.test(tokens[determiner].lower)
    )
      determiner--;
    if (!FRAMING_DETERMINER.test(tokens[determiner]?.lower ?? '') || tokens[determiner - 1]?.lower !== 'in')
      return undefined;
    const spoken = new Set((this.speakers.get(sentenceOf[noun]) ?? []).map((speaker) => speaker.entity));
    const [speaker] = spoken;
    return spoken.size === 1 ? canIssue(speaker) : undefined;
  }

  /**
   * "The appeals court ruled that … “…,” said the ruling.": the subject of the verb the document's noun is made from,
   * in tokens [stop, source), the nearest first; a court or a body the text describes without a name will do.
   */
  private subjectOfCognateVerb(
    source: TokenRange,
    headNoun: string,
    stop: number,
    resolve: PhraseResolver,
  ): Entity | Issuer | undefined {
    const verbs = COGNATE_VERBS[headNoun];
    if (!verbs || !/^(the|this|that)$/.test(this.doc.tokens[source.firstToken].lower)) return undefined;
    const { tokens, quoteAt, sentenceOf } = this.doc;
    for (let at = source.firstToken - 1; at >= stop; at--) {
      if (!verbs.test(tokens[at].lower) || quoteAt[at] >= 0) continue;
      // ("wrote to the mayor": a letter; "wrote a novel", "wrote for the majority" is no letter)
      if (headNoun === 'letter' && tokens[at + 1]?.lower !== 'to') continue;
      const subject = subjectBefore(this.doc, at, sentenceStart(this.doc, at));
      // (right before the verb, or set off before it: "Dana Whitlock, the treasurer, emailed")
      const setOff = !!subject && tokens[at - 1].text === ',' && subject.endToken < at;
      if (!subject || (subject.endToken !== at && !setOff) || sentenceOf[subject.firstToken] !== sentenceOf[at])
        return undefined;
      const { mention: _mention, ...issuer } = resolve(subject);
      const described =
        /^[Tt]he\s+\p{Ll}/u.test(issuer.name) && issuer.type !== 'unknown' && issuer.type !== 'document';
      return this.namesIssuer(issuer, subject) || described
        ? { ...issuer, name: issuer.name.replace(/^the\s+/i, '') }
        : undefined;
    }
    return undefined;
  }

  /**
   * The issuer when the noun phrase starting at token `start` is the object of an issuing verb; null when it is, but
   * its subject names nobody; undefined when it is not.
   */
  private issuerOfObjectAt(start: number, resolve: PhraseResolver): Entity | Issuer | null | undefined {
    const { tokens, sentenceOf } = this.doc;
    let verb = start - 1;
    // "put out a statement", "sent out an email"
    if (tokens[verb]?.lower === 'out' && ISSUING_VERBS.has(tokens[verb - 1]?.lower ?? '')) verb--;
    else if (/^puts?$/.test(tokens[verb]?.lower ?? '')) return undefined;
    if (verb < 1 || !ISSUING_VERBS.has(tokens[verb].lower)) return undefined;
    let subjectEnd = verb;
    while (subjectEnd > 0 && BETWEEN_ISSUER_AND_VERB.has(tokens[subjectEnd - 1].lower)) subjectEnd--;
    // the subject as any verb's ("Exxon Mobil, based in Irving, Texas, released", "a spokesman for Ryan, Brendan
    // Buck, released", "the ACLU, which released")
    const subject = subjectBefore(this.doc, subjectEnd, sentenceStart(this.doc, verb));
    if (!subject || overlapsQuote(this.doc, subject) || sentenceOf[subject.firstToken] !== sentenceOf[verb])
      return null;
    const first = tokens[subject.firstToken];
    if (subject.endToken - subject.firstToken === 1 && /^(it|they|he|she)$/.test(first.lower)) {
      const gender = first.lower === 'it' ? 'n' : first.lower === 'they' ? 'p' : first.lower === 'he' ? 'm' : 'f';
      return this.entities.resolvePronoun(subject.firstToken, gender, this.speakers) ?? null;
    }
    const { mention: _mention, ...issuer } = resolve(subject);
    return this.namesIssuer(issuer, subject) ? issuer : null;
  }

  /**
   * Whether a resolved subject names who issued a document: a person, body or outlet the text names, not a common
   * noun capitalised because it opens the sentence ("Officials released a statement").
   */
  private namesIssuer(issuer: Issuer, subject: TokenRange): boolean {
    if (issuer.type !== 'person' && issuer.type !== 'organization' && issuer.type !== 'media') return false;
    if (issuer.entity) return true;
    if (
      !/^\p{Lu}/u.test(issuer.name) ||
      /^(The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My)\b/.test(issuer.name)
    )
      return false;
    // a name the entities do not hold: two capitalised words, or one that does not open the sentence
    const capitalised = issuer.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).length;
    const opensSentence = sentenceStart(this.doc, subject.firstToken) === subject.firstToken;
    return (
      capitalised >= 2 || !opensSentence || this.entities.mentionsIn(subject.firstToken, subject.endToken).length > 0
    );
  }

  /**
   * The outlet or body whose name is all that stands before the noun: "a Times article" is the Times', "a Pentagon
   * memo" the Pentagon's.
   */
  private outletModifier(source: TokenRange, words: Token[], headIndex: number): Entity | undefined {
    const first = firstModifier(words, headIndex);
    if (first >= headIndex) return undefined;
    const { tokens } = this.doc;
    const from = tokens.indexOf(words[first], source.firstToken);
    const to = tokens.indexOf(words[headIndex], from);
    const found = this.entities.mentionAt(from, to);
    // the modifiers are the outlet's name, or start with it ("a Reuters/Ipsos opinion poll": Reuters' poll)
    if (!found || found.firstToken !== from || (found.endToken !== to && found.entity.type !== 'media'))
      return undefined;
    // "a campaign TV ad", "a Facebook post": the medium it went out on, not who issued it
    if (MEDIUM.test(found.entity.name)) return undefined;
    return found.entity.type === 'media' || found.entity.type === 'organization' ? found.entity : undefined;
  }

  /**
   * "In a Facebook message posted Friday, Cruz said …": a document framing the sentence's opening is the one the
   * subject after the comma speaks in.
   */
  private subjectAfterFrame(source: TokenRange): Entity | undefined {
    const { tokens, sentenceOf } = this.doc;
    const opener = tokens[source.firstToken - 1];
    if (!opener || opener.lower !== 'in') return undefined;
    const sentence = sentenceOf[source.firstToken];
    if (source.firstToken - 1 > 0 && sentenceOf[source.firstToken - 2] === sentence) return undefined;
    let comma = source.endToken;
    while (comma < tokens.length && comma < source.endToken + FRAME_TOKENS && tokens[comma].text !== ',') comma++;
    if (tokens[comma]?.text !== ',' || sentenceOf[comma] !== sentence) return undefined;
    const subject = this.entities.mentionAt(comma + 1, comma + 2);
    if (!subject || subject.firstToken !== comma + 1 || subject.inQuote) return undefined;
    return canIssue(subject.entity);
  }

  /**
   * The document's own name, when capitalised words tell it apart ("a new Washington Post-ABC News poll" ->
   * "Washington Post-ABC News poll"): its words from the first capitalised one to the head, or undefined.
   */
  private distinguishingName(source: TokenRange, words: Token[], headIndex: number): string | undefined {
    const first = firstModifier(words, headIndex);
    if (first >= headIndex) return undefined;
    const modifiers = words.slice(first, headIndex);
    // a capital that only opens the sentence ("Internal emails show") does not name anything
    const { tokens, sentenceOf } = this.doc;
    const opensSentence = (word: Token) => {
      const at = tokens.indexOf(word, source.firstToken);
      return at === 0 || sentenceOf[at - 1] !== sentenceOf[at];
    };
    if (!modifiers.some((word) => word.capitalised && !TITLES[normTitleKey(word.text)] && !opensSentence(word)))
      return undefined;
    return this.doc.text.slice(words[first].start, words[headIndex].end);
  }
}

/** Where a document's modifiers start: after its determiner and the words that date it ("the new", "a 2015"). */
function firstModifier(words: Token[], headIndex: number): number {
  let first = 0;
  while (
    first < headIndex &&
    (/^(the|a|an|this|that)$/i.test(words[first].text) ||
      // "a new poll", but "a New York Times poll"
      (DATING_WORDS.has(words[first].lower) && !(words[first].capitalised && words[first + 1]?.capitalised)))
  )
    first++;
  return first;
}

/** The first token of the sentence that holds token `at`. */
function sentenceStart(doc: AnalysedText, at: number): number {
  return doc.sentences[doc.sentenceOf[at]].firstToken;
}

/** The entity, when it can issue a document: not a document itself, nor something of unknown kind. */
function canIssue(entity: Entity): Entity | undefined {
  return entity.type === 'document' || entity.type === 'unknown' ? undefined : entity;
}
