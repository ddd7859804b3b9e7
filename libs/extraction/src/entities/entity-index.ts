/**
 * Lookups over the entities of an article, what speaker resolution asks: the mention at some tokens, a person by
 * surname or title, a pronoun's antecedent. Each is indexed (by token, word, title, sentence) once, because every
 * speaker resolves against them and a look at each mention per speaker would make a text with many names quadratic.
 */
import { AnalysedText } from '../analysed-text';
import { Entity, Mention, PronounGender } from './entity';
import { firstNameGender, isCompanyName, lexTag } from './word-tags';
import { PERSON_NOUNS } from '../lexicon/speaker-nouns';
import { endsCompanyName } from './name-words';
import { countBefore } from '../sorted';
import { isDateline, saysWhoSaid } from '../sentences';

/** A speaker resolved so far: a pronoun further on may refer back to it. */
export type SpeakerMention = { start: number; entity: Entity; sentence: number };

/** How many mentions of one word a name lookup reads at most (about half each side of where it stands). */
const MAX_NAME_LOOKS = 512;

/** How often a person must have been named before to be the one a passing "he" or "she" means by prominence. */
const MIN_PROMINENT = 4;

export class EntityIndex {
  /** For each token, the index of the mention covering it, or -1. */
  private readonly mentionByToken: Int32Array;
  private readonly byWord = new Map<string, number[]>();
  private readonly byTitle = new Map<string, number[]>();
  private readonly bySentence = new Map<number, number[]>();
  private readonly firstWithTitle = new Map<string, Entity>();
  private readonly onlyByLast = new Map<string, Entity | null | undefined>();
  /** Each entity's mentions' first tokens, in text order. */
  private readonly mentionStarts = new Map<Entity, number[]>();
  /** The entities named with two words or more (people with a first and a last name among them), in text order. */
  private readonly fullyNamedPeople: { entity: Entity; first: number }[] = [];

  constructor(
    private readonly doc: AnalysedText,
    entities: Entity[],
    private readonly mentions: Mention[],
  ) {
    this.mentionByToken = new Int32Array(doc.tokens.length).fill(-1);
    mentions.forEach((mention, i) => {
      for (let token = mention.firstToken; token < mention.endToken; token++) this.mentionByToken[token] = i;
    });
    const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    mentions.forEach((mention, i) => {
      for (const word of mention.entity.words) push(this.byWord, word, i);
      push(this.byWord, mention.entity.name.toLowerCase(), i);
      if (mention.entity.title) push(this.byTitle, mention.entity.title, i);
      push(this.bySentence, mention.sentence, i);
      push(this.mentionStarts, mention.entity, mention.firstToken);
    });
    for (const entity of entities)
      if (entity.title && !this.firstWithTitle.has(entity.title)) this.firstWithTitle.set(entity.title, entity);
    for (const [entity, starts] of this.mentionStarts)
      if (entity.words.length >= 2) this.fullyNamedPeople.push({ entity, first: starts[0] });
    this.fullyNamedPeople.sort((a, b) => a.first - b.first);
  }

  /**
   * The people named with a first and a last name before token `token`, the last named first, at most `limit` of
   * them: a bounded look back, whatever the number of names in the text.
   */
  peopleNamedBefore(token: number, limit: number): Entity[] {
    const low = countBefore(this.fullyNamedPeople, (named) => named.first < token);
    const people: Entity[] = [];
    // (every entry read counts, people or not, so that a text of endless other names costs each look the same)
    for (let i = low - 1; i >= Math.max(0, low - limit); i--)
      if (this.fullyNamedPeople[i].entity.type === 'person') people.push(this.fullyNamedPeople[i].entity);
    return people;
  }

  /** The longest mention overlapping tokens [from, to). */
  mentionAt(from: number, to: number): Mention | undefined {
    let best: Mention | undefined;
    for (let token = from; token < to && token < this.doc.tokens.length; token++) {
      const i = this.mentionByToken[token];
      if (i < 0) continue;
      const mention = this.mentions[i];
      if (!best || mention.endToken - mention.firstToken > best.endToken - best.firstToken) best = mention;
    }
    return best;
  }

  /**
   * The one person of gender `gender` named in tokens [from, to), other than `except`: none when two are, or when a
   * person whose gender the text does not give is named there too (either could be "he" or "she").
   */
  onlyPersonIn(gender: 'm' | 'f', from: number, to: number, except?: Entity): Entity | undefined {
    let found: Entity | undefined;
    for (const mention of this.mentionsIn(from, to)) {
      const entity = mention.entity;
      if (entity.type !== 'person' || entity === except || entity === found || placeOrThing(entity)) continue;
      if (entity.gender === 'x' || (entity.gender === gender && found)) return undefined;
      if (entity.gender === gender) found = entity;
    }
    return found;
  }

  /** Whether tokens [from, to) name anyone who could be a "he" (`m`) or a "she" (`f`), other than `except`. */
  anyPersonIn(gender: 'm' | 'f', from: number, to: number, except?: Entity): boolean {
    return this.mentionsIn(from, to).some(
      ({ entity }) =>
        entity.type === 'person' &&
        entity !== except &&
        entity.gender !== (gender === 'm' ? 'f' : 'm') &&
        !placeOrThing(entity),
    );
  }

  /**
   * The person a "he" or "she" opening words at token `token` most likely means: the subject of the nearest sentence
   * before (at most a few back, none before token `from`) that names a person who could be meant, other than `except`
   * — the first such person outside an opening adverbial ("Flynn said Trump was right when he said that under Obama …
   * . “He is right,” Flynn said": Trump) — when the article has so far named them more often than anyone else who
   * could be meant and is named in tokens [from, token). Undefined otherwise (a subject of unknown gender, a person
   * of passing mention), so that nobody is named on a guess.
   */
  subjectBefore(gender: 'm' | 'f', from: number, token: number, except?: Entity): Entity | undefined {
    const found = this.nearestSubject(gender, from, token, except);
    if (!found || found.subject.gender !== gender) return undefined;
    const { subject, named } = found;
    const times = this.timesNamedBefore(subject, token);
    const rival = named.some(
      (mention) =>
        mention.entity !== subject &&
        !placeOrThing(mention.entity) &&
        this.timesNamedBefore(mention.entity, token) >= times,
    );
    return rival ? undefined : subject;
  }

  /**
   * The subject of the nearest sentence before token `token` (at most a few back, none before token `from`) that names
   * a person who could be a "he" (`m`) or a "she" (`f`), other than `except`, outside a quote: the first such person
   * after an opening adverbial. Null when that sentence names only places or things taken for people; with the
   * mentions of tokens [from, token) that could be meant.
   */
  private nearestSubject(
    gender: 'm' | 'f',
    from: number,
    token: number,
    except?: Entity,
  ): { subject: Entity; at: Mention; named: Mention[] } | undefined {
    if (token >= this.doc.tokens.length) return undefined;
    const couldBe = (entity: Entity) =>
      entity.type === 'person' && entity !== except && entity.gender !== (gender === 'm' ? 'f' : 'm');
    // (the mentions of tokens [from, token) only: a text of one endless sentence costs no more than a short one)
    const named = this.mentionsIn(from, token).filter((mention) => couldBe(mention.entity));
    const sentence = this.doc.sentenceOf[token];
    for (let back = sentence; back >= Math.max(0, sentence - SUBJECT_LOOKBACK); back--) {
      const candidates = named.filter((mention) => mention.sentence === back && !mention.inQuote);
      if (!candidates.length) continue;
      // a place or a thing taken for a person ("the Islamic State … has used Donald Trump") is not the sentence's
      // subject when a person is named in it too; a sentence naming only such names still ends the search, as one
      // with a subject the pronoun cannot mean does
      const people = candidates.filter((mention) => !placeOrThing(mention.entity));
      if (!people.length) return undefined;
      const adverbialEnd = this.openingWords(back)?.adverbialEnd ?? 0;
      const at = people.find((mention) => mention.start >= adverbialEnd) ?? people[0];
      return { subject: at.entity, at, named };
    }
    return undefined;
  }

  /**
   * The person of gender `gender` named in tokens [from, token) whom the article has named by far the most so far
   * (at least MIN_PROMINENT times, and twice as often as anyone else named there who could be meant), other than
   * `except`: the one a commentator's "he" in a story about that person means ("The sooner he releases his returns,
   * the better," a former official said, of an article about a candidate's returns). A person of unknown gender
   * counts as a rival. Undefined when nobody stands out, or when someone else who could be meant was named after them
   * ("She was a booster of Mitt Romney. “I was there introducing him”" is about Romney, whoever the article is about).
   */
  prominentPersonIn(gender: 'm' | 'f', from: number, token: number, except?: Entity): Entity | undefined {
    const counts = new Map<Entity, number>();
    let last: Entity | undefined;
    for (const { entity } of this.mentionsIn(from, token)) {
      if (entity.type !== 'person' || entity === except || placeOrThing(entity)) continue;
      if (entity.gender !== gender && entity.gender !== 'x') continue;
      last = entity;
      if (!counts.has(entity)) counts.set(entity, this.timesNamedBefore(entity, token));
    }
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    // (and named last: "She was a booster of Mitt Romney. “I was there introducing him”" is about Romney)
    if (!first || first[0] !== last || first[0].gender !== gender || first[1] < MIN_PROMINENT) return undefined;
    if (second && second[1] * 2 > first[1]) return undefined;
    // (nor when the sentence before has someone else who could be meant as its subject, the person named after them
    // but not alongside: "Martin Hale, who worked alongside Okafor, was dismissed too. “He deserved better”" is Hale's)
    const near = this.nearestSubject(gender, from, token, except);
    if (near && near.subject !== first[0] && !this.joinedTo(near.at, first[0])) return undefined;
    return first[0];
  }

  /** Whether `entity` is named right after the mention `at`, joined to it by "and" or a comma: "Patel and Alvarez". */
  private joinedTo(at: Mention, entity: Entity): boolean {
    let token = at.endToken;
    while (
      token < this.doc.tokens.length &&
      token < at.endToken + 2 &&
      /^(?:and|,)$/.test(this.doc.tokens[token].lower)
    )
      token++;
    if (token === at.endToken) return false;
    const i = this.mentionByToken[token];
    return i >= 0 && this.mentions[i].entity === entity && this.mentions[i].firstToken === token;
  }

  /** How many of the entity's mentions start before token `token` (a binary search of their first tokens). */
  private timesNamedBefore(entity: Entity, token: number): number {
    return countBefore(this.mentionStarts.get(entity) ?? [], (start) => start < token);
  }

  /** The mentions lying wholly inside tokens [from, to), in text order. */
  mentionsIn(from: number, to: number): Mention[] {
    const inside: Mention[] = [];
    for (let token = from; token < to && token < this.doc.tokens.length; token++) {
      const i = this.mentionByToken[token];
      if (i < 0) continue;
      const mention = this.mentions[i];
      if (mention.firstToken >= from && mention.endToken <= to && inside[inside.length - 1] !== mention)
        inside.push(mention);
    }
    return inside;
  }

  /**
   * A bare surname or full name: the person it matches, preferring mentions before offset `before` (the latest of
   * them), else the first one after.
   */
  findByWords(words: string[], before: number): Entity | undefined {
    const lowers = words.map((word) => word.toLowerCase());
    const last = lowers[lowers.length - 1];
    const full = lowers.join(' ');
    // Every match has the last word among its words, or is the full name: those lists, in text order. (A text naming
    // one word thousands of times is read near `before` only: the mentions whose order of indices is closest, a
    // bounded number, so that each look costs the same.)
    const byLast = this.byWord.get(last) ?? [];
    const byFull = full === last ? [] : (this.byWord.get(full) ?? []);
    const near = (list: number[]) => {
      if (list.length <= MAX_NAME_LOOKS) return list;
      const split = countBefore(list, (i) => this.mentions[i].start <= before);
      return list.slice(Math.max(0, split - MAX_NAME_LOOKS / 2), split + MAX_NAME_LOOKS / 2);
    };
    const candidates = [...new Set([...near(byLast), ...near(byFull)])].sort((a, b) => a - b);
    const namesPlace = lowers.length >= 2 && /Place|Country|City|Region/.test(lexTag(full) ?? '');
    let best: Entity | undefined;
    let bestRank = -1;
    for (const i of candidates) {
      const mention = this.mentions[i];
      const entity = mention.entity;
      // ("Peabody" after "Peabody Energy", "Tessaly" after "Tessaly Inc.": a company by the first word of its name)
      const company =
        entity.type === 'organization' &&
        entity.words[0] === last &&
        (endsCompanyName(entity.last) || !!entity.company) &&
        !/Place|Country|City|Region/.test(lexTag(last) ?? '');
      if (entity.type !== 'person' && words.length === 1 && entity.last !== last && !company) continue;
      // ("Puerto Rico" after "Trump International Golf Club Puerto Rico": a body ending with a place is not the place)
      if (entity.type !== 'person' && namesPlace && entity.name.toLowerCase().endsWith(' ' + full)) continue;
      const matches =
        entity.last === last ||
        company ||
        (lowers.length === 1 && entity.words.includes(last)) ||
        entity.name.toLowerCase() === full;
      if (!matches) continue;
      // mentions before `before` rank by recency, above any after it, which rank earliest first
      const rank = mention.start <= before ? mention.start : -mention.start;
      if (rank > bestRank) {
        best = entity;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * The one person of the article whose last name is `last` (lower case) and who may be a "he" (`m`) or a "she" (`f`):
   * undefined when there is none, null when there are two ("Mr. Bush" of an article about Jeb and George W. Bush
   * means either; "Murphy … he" of one about Chris and Marie Murphy means Chris) or the one's gender is not known.
   * Worked out once for each name.
   */
  onlyPersonNamed(last: string, gender: 'm' | 'f'): Entity | null | undefined {
    const key = `${last}/${gender}`;
    if (this.onlyByLast.has(key)) return this.onlyByLast.get(key);
    let found: Entity | null | undefined;
    for (const i of this.byWord.get(last) ?? []) {
      const entity = this.mentions[i].entity;
      if (entity.type !== 'person' || entity.last !== last || entity === found) continue;
      if (entity.gender !== gender && entity.gender !== 'x') continue;
      if (found) {
        found = null;
        break;
      }
      found = entity;
    }
    // one that may be of either gender is not sure to be a "he" or a "she"
    if (found && found.gender !== gender) found = null;
    this.onlyByLast.set(key, found);
    return found;
  }

  /** "the mayor": the person with that title, most recently mentioned before offset `at` (or first after). */
  findByTitle(title: string, at: number): Entity | undefined {
    let before: Mention | undefined;
    let after: Mention | undefined;
    for (const i of this.byTitle.get(title) ?? []) {
      const mention = this.mentions[i];
      if (mention.start <= at) before = mention;
      else if (!after) after = mention;
    }
    if (before) return before.entity;
    if (after) return after.entity;
    return this.firstWithTitle.get(title);
  }

  /** The one entity the article gives this title to, or undefined when it gives it to several or none. */
  onlyWithTitle(title: string): Entity | undefined {
    let only: Entity | undefined;
    for (const i of this.byTitle.get(title) ?? []) {
      const entity = this.mentions[i].entity;
      if (only && only !== entity) return undefined;
      only = entity;
    }
    return only;
  }

  /** "the Ohio governor": the person with that title and place, most recently mentioned before offset `at`. */
  findByTitleAndPlace(title: string, place: string, at: number): Entity | undefined {
    let found: Entity | undefined;
    for (const i of this.byTitle.get(title) ?? []) {
      const mention = this.mentions[i];
      if (found && mention.start > at) break;
      if (mention.entity.namedPlace?.toLowerCase() === place) found = mention.entity;
    }
    return found;
  }

  /**
   * The antecedent of a pronoun at token `pronoun`, searching back sentence by sentence (six at most): the latest
   * speaker of a sentence first; else, for "he"/"she", the referent of the same pronoun opening that sentence ("She has
   * faced …" continues whoever the "she" before was); else its first compatible mention outside an opening adverbial
   * ("In an interview with Ann Lee, Ham said" is about Ham). `speakers` are the speakers resolved so far, by sentence.
   */
  resolvePronoun(pronoun: number, gender: PronounGender, speakers: Map<number, SpeakerMention[]>): Entity | undefined {
    return this.antecedent(pronoun, gender, speakers, 0);
  }

  /** Whether `entity` spoke in one of the sentences a pronoun of sentence `sentence` looks back over. */
  private spokeBefore(entity: Entity, sentence: number, speakers: Map<number, SpeakerMention[]>): boolean {
    for (let back = sentence; back >= Math.max(0, sentence - PRONOUN_LOOKBACK); back--)
      if (speakers.get(back)?.some((speaker) => speaker.entity === entity)) return true;
    return false;
  }

  /** Whether a sentence is set whole in brackets, the writer's aside (not one that says who said something). */
  private isAside(sentence: number): boolean {
    const { firstToken, endToken } = this.doc.sentences[sentence];
    return (
      this.doc.tokens[firstToken].text === '(' &&
      this.doc.tokens[endToken - 1].text === ')' &&
      !saysWhoSaid(this.doc, firstToken, endToken)
    );
  }

  /** `resolvePronoun`, `chain` sentences into a run of sentences opening with the same pronoun. */
  private antecedent(
    pronoun: number,
    gender: PronounGender,
    speakers: Map<number, SpeakerMention[]>,
    chain: number,
  ): Entity | undefined {
    const at = this.doc.tokens[pronoun].start;
    const sentence = this.doc.sentenceOf[pronoun];
    const compatible = (entity: Entity) => {
      if (gender === 'm' || gender === 'f')
        return entity.type === 'person' && (entity.gender === gender || entity.gender === 'x');
      if (gender === 'n') return entity.type !== 'person';
      // (a company the lexicon knows is an "it": "they" after "Twitter" are its people, or others)
      if (gender === 'p')
        return (entity.type === 'organization' && !isCompanyName(entity.name)) || entity.type === 'media';
      return entity.type === 'person';
    };
    for (let back = sentence; back >= Math.max(0, sentence - PRONOUN_LOOKBACK); back--) {
      // (a sentence set in brackets is the writer's aside, not what the text goes on about: "(The coverage helped
      // Atlantic City make its case.) “…,” he said.")
      // (nor is a dateline, where the story was filed: "FARGO, N.D. —")
      if (back < sentence && (this.isAside(back) || isDateline(this.doc, this.doc.sentences[back]))) continue;
      const candidates: { start: number; entity: Entity; speaker: boolean; owner?: boolean }[] = [];
      const inSentence: Mention[] = [];
      for (const i of this.bySentence.get(back) ?? []) {
        const mention = this.mentions[i];
        if (mention.inQuote || mention.start >= at) continue;
        // (a place or a thing taken for a person is nobody's "he": "China has built on Scarborough Shoal. “…,” he
        // said"; one the text has let speak is someone: "Kanye West said …")
        const place =
          (gender === 'm' || gender === 'f') &&
          placeNamed(mention.entity) &&
          !this.spokeBefore(mention.entity, sentence, speakers);
        if (compatible(mention.entity) && !place) inSentence.push(mention);
      }
      for (const mention of inSentence)
        candidates.push({
          start: mention.start,
          entity: mention.entity,
          speaker: false,
          owner: this.ownerOfApposed(mention, inSentence),
        });
      for (const speaker of speakers.get(back) ?? []) {
        if (speaker.start < at && compatible(speaker.entity)) candidates.push({ ...speaker, speaker: true });
      }
      const asSpeakers = candidates.filter((candidate) => candidate.speaker);
      if (asSpeakers.length) return asSpeakers[asSpeakers.length - 1].entity;
      candidates.sort((a, b) => a.start - b.start);
      const opening = back < sentence ? this.openingWords(back) : undefined;
      if (opening && (gender === 'm' || gender === 'f')) {
        const opener = this.doc.tokens[opening.first];
        // past the longest run followed, the one it began with is out of reach: no guess from inside the run
        if (opener.lower === (gender === 'm' ? 'he' : 'she') && !candidates.some((c) => c.start < opener.start))
          return chain < MAX_PRONOUN_CHAIN ? this.antecedent(opening.first, gender, speakers, chain + 1) : undefined;
      }
      if (!candidates.length) continue;
      // a person the text names as one (a first name, a title, a gender) before a capitalised name that may be a
      // place or an event ("Madison Square Garden"), and the main clause before an opening adverbial
      const afterOpening = opening?.adverbialEnd ?? 0;
      // (the owner of a relative named beside them is not the one the pronoun continues: "Kovacs's mother, Eva Kovacs,
      // sat in the front row. She said": Eva Kovacs)
      const rank = (c: { start: number; entity: Entity; owner?: boolean }) =>
        ((gender === 'm' || gender === 'f') && doubtfulPerson(c.entity) ? 2 : 0) +
        (c.start < afterOpening || c.owner ? 1 : 0);
      return candidates.reduce((best, c) => (rank(c) < rank(best) ? c : best)).entity;
    }
    return undefined;
  }

  /**
   * Whether `mention` owns a noun with another person of `others` set off right after it ("Kovacs's mother, Eva
   * Kovacs,", "Brandt's father Karl Brandt", "the mother of Kovacs, Eva Kovacs,"): the owner is spoken of, the one
   * named after the noun is who the sentence is about.
   */
  private ownerOfApposed(mention: Mention, others: Mention[]): boolean {
    const { tokens } = this.doc;
    const possessive = /^['’]s?$/.test(tokens[mention.endToken]?.text ?? '');
    // ("the mother of Kovacs, Eva Kovacs,": the name set off is the whole phrase's)
    const ofNoun =
      tokens[mention.firstToken - 1]?.lower === 'of' &&
      tokens[mention.firstToken - 2]?.kind === 'word' &&
      !tokens[mention.firstToken - 2].capitalised;
    let at = mention.endToken;
    if (possessive) {
      at++;
      const nounEnd = Math.min(tokens.length, at + MAX_OWNED_NOUN_WORDS);
      while (at < nounEnd && tokens[at].kind === 'word' && !tokens[at].capitalised) {
        // ("Cruz's back-and-forth with Marco Rubio": a name after a preposition is no apposition)
        if (NOT_IN_OWNED_NOUN.test(tokens[at].lower)) return false;
        at++;
      }
      if (at === mention.endToken + 1) return false;
    } else if (!ofNoun || tokens[at]?.text !== ',') return false;
    const comma = tokens[at]?.text === ',';
    // (without a comma the name must follow a noun for a person: "Brandt's father Karl Brandt")
    if (!comma && !PERSON_NOUNS.has(tokens[at - 1].lower)) return false;
    if (comma) at++;
    return others.some(
      (other) =>
        other.entity !== mention.entity && other.firstToken === at && (!comma || tokens[other.endToken]?.text === ','),
    );
  }

  /**
   * Where sentence `sentence` starts outside quotes: its first word past a linking "But"/"And", and, when it opens
   * with an adverbial ("In an interview with …,", "While …,"), the offset just past that adverbial's comma.
   */
  private openingWords(sentence: number): { first: number; adverbialEnd?: number } | undefined {
    const { tokens, sentenceOf, quoteAt } = this.doc;
    const range = this.doc.sentences[sentence];
    let first = range.firstToken;
    while (first < range.endToken && (tokens[first].kind !== 'word' || quoteAt[first] >= 0)) first++;
    if (first >= range.endToken || sentenceOf[first] !== sentence) return undefined;
    if (LINKING_WORDS.has(tokens[first].lower) && tokens[first + 1]?.kind === 'word') first++;
    if (!ADVERBIAL_OPENERS.has(tokens[first].lower)) return { first };
    for (let i = first + 1; i < Math.min(range.endToken, first + MAX_ADVERBIAL_TOKENS); i++)
      if (tokens[i].text === ',' && quoteAt[i] < 0) return { first, adverbialEnd: tokens[i].end };
    return { first };
  }
}

/**
 * A capitalised name taken for a person's that is more likely a place's, an event's or a law's ("Madison Square
 * Garden", "Middle East", "Affordable Care Act"): no gender, no title, no first name the lexicon knows, and a last
 * word that heads such names. A surname that is also a word ("Park", "Young") is not doubted.
 */
function doubtfulPerson(entity: Entity): boolean {
  if (entity.gender !== 'x' || entity.title) return false;
  const words = entity.name.split(/\s+/);
  return firstNameGender(words[0]) === null && PLACE_HEADS.has(words[words.length - 1].toLowerCase());
}

/**
 * A name taken for a person's that the words show is a place's, a body's or a thing's: no gender, no title, no first
 * name, and a last word that heads such names or a first word the lexicon knows as a common word ("Downing Street",
 * "Islamic State", "United States", "Northern Virginia", "Sports Illustrated"). Nobody's "he" or "she", it does not
 * stand in the way of the person one is.
 */
function placeOrThing(entity: Entity): boolean {
  if (entity.gender !== 'x' || entity.title) return false;
  const words = entity.name.split(/\s+/);
  if (words.length < 2 || firstNameGender(words[0]) !== null) return false;
  const tag = lexTag(words[0].toLowerCase()) ?? '';
  return PLACE_HEADS.has(words[words.length - 1].toLowerCase()) || COMMON_WORD_TAG.test(tag) || placeNamed(entity);
}

/**
 * A name taken for a person's that is surely a place's or a thing's: no gender, no title, no first name in it, and a word
 * that heads such names last ("Scarborough Shoal", "Trump Tower") or a point of the compass first ("West Virginia").
 * Narrower than placeOrThing, whose common words may open a person's name ("Ban Ki-moon", "Le Pen").
 */
function placeNamed(entity: Entity): boolean {
  if (entity.gender !== 'x' || entity.title) return false;
  const words = entity.name.split(/\s+/);
  if (words.length < 2 || words.some((word) => firstNameGender(word) !== null)) return false;
  return PLACE_HEADS.has(words[words.length - 1].toLowerCase()) || COMPASS.test(words[0].toLowerCase());
}

/** Lexicon tags of a common word, not a name: "United", "Northern", "Race", "Morning". */
const COMMON_WORD_TAG =
  /^(?:Adjective|Comparable|Superlative|Singular|Plural|Uncountable|Determiner|Preposition|Adverb|Verb|Infinitive|PastTense|Gerund|Cardinal|Ordinal|Value|Demonym)$/;

const PLACE_HEADS = new Set(
  `street avenue square garden gardens county ocean sea river valley center centre city convention open cup games
   summit forum conference east year state act standard arena stadium island islands mountains harbor harbour falls
   zone boulevard plaza shoal peninsula canal tower towers coast beach bay bridge lake`.split(/\s+/),
);

/** A point of the compass opening a place's name: "West Virginia", "South Carolina", "North Dakota". */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)$/;

/** How many lower-case words a possessive's noun may take before the name set off after it ("late son's best friend"). */
const MAX_OWNED_NOUN_WORDS = 4;

/** Words that make a name after a possessive's noun another's, not the noun's own ("with", "of", "and"). */
const NOT_IN_OWNED_NOUN =
  /^(?:of|for|to|with|by|from|about|against|at|on|in|over|and|or|but|than|who|whom|whose|which|that|the|a|an)$/;

/** How many sentences back a pronoun looks for its antecedent. */
const PRONOUN_LOOKBACK = 6;

/** How many sentences back a quote's opening "he"/"she" looks for the subject it continues. */
const SUBJECT_LOOKBACK = 3;

/** How many sentences opening with the same pronoun one antecedent may carry ("She … She … She …"). */
const MAX_PRONOUN_CHAIN = 6;

/** The longest opening adverbial looked through for its comma. */
const MAX_ADVERBIAL_TOKENS = 25;

/** Words that link a sentence to the one before without being its subject. */
const LINKING_WORDS = new Set(['but', 'and', 'yet', 'so', 'then', 'still', 'now']);

/** Words opening a sentence with an adverbial before its subject ("In an interview with …, Ham said"). */
const ADVERBIAL_OPENERS = new Set(
  `in at on after before while when whereas although though since because during with without unlike like despite as
   if according following amid among for from under over throughout upon once until`.split(/\s+/),
);
