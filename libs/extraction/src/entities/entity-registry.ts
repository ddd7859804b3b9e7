/**
 * The entities of one article as the names pass finds them: a name seen again is the same entity, and a surname or a
 * full name may turn out to be a person introduced earlier ("Johnson" after "Brandon Johnson", and the reverse).
 */
import { AnalysedText } from '../analysed-text';
import { SpeakerType } from '../types';
import { endsCompanyName, namesCompany } from './name-words';
import { Entity, Gender, Mention } from './entity';
import { lexTag } from './word-tags';

export class EntityRegistry {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  private readonly byName = new Map<string, Entity>();
  /** Surnames of the people known so far: a single capitalised word that is one of them names a person. */
  private readonly personSurnames = new Set<string>();
  // The person each word, or first and last name, points to: kept in maps so that thousands of names stay linear.
  private readonly latestWithWord = new Map<string, Entity>();
  /** The first person introduced by a full name with each surname: whom a bare surname shared by several means. */
  private readonly firstBySurname = new Map<string, Entity>();
  private readonly namedAfterFirstLine = new Set<Entity>();
  private headline?: boolean;
  private readonly latestByFirstAndLast = new Map<string, Entity>();
  /** People known by one word, by that word, in the order introduced; an upgraded one is skipped when met. */
  private readonly singles = new Map<string, Entity[]>();
  /** Companies by the first word of their name: "Peabody" after "Peabody Energy" is the company. */
  private readonly companies = new Map<string, Entity>();

  constructor(private readonly doc: AnalysedText) {}

  isKnownSurname(lower: string): boolean {
    return this.personSurnames.has(lower);
  }

  /** The entity of this name, created or merged with an earlier one; a title, place or gender fills what it lacks. */
  add(name: string, type: SpeakerType, gender: Gender, title?: string, place?: string): Entity {
    const key = name.toLowerCase();
    let entity = this.byName.get(key);
    if (!entity) {
      // "Johnson" after "Brandon Johnson": the same person.
      const words = key.split(/\s+/);
      const last = words[words.length - 1];
      if (type === 'person') entity = this.samePerson(name, words, last, gender);
      // (an outlet's name stays the outlet's: "Breitbart" after "Breitbart News LLC")
      if (!entity && words.length === 1 && type !== 'media') entity = this.companies.get(last);
      if (!entity) {
        entity = { id: this.entities.length, name, type, gender, title, place, words, last };
        this.entities.push(entity);
        if (type === 'person') this.indexPerson(entity);
        // (not by a place: "Japan" after "Japan Airlines", "Texas" after "Texas Instruments" is the place)
        const placeName = /Place|Country|City|Region/.test(lexTag(words[0]) ?? '');
        if (
          type === 'organization' &&
          words.length > 1 &&
          endsCompanyName(last) &&
          namesCompany(name) &&
          !placeName &&
          !this.companies.has(words[0])
        )
          this.companies.set(words[0], entity);
      }
      if (entity.type === 'person') this.personSurnames.add(entity.last);
      this.byName.set(key, entity);
    }
    if (title && !entity.title) entity.title = title;
    if (place && !entity.place) entity.place = place;
    if (place && !entity.namedPlace) entity.namedPlace = place;
    if (gender !== 'x' && entity.gender === 'x') entity.gender = gender;
    return entity;
  }

  /** A company the text says is one ("Patriot Coal, a mining company,"): its first word later is that company too. */
  markCompany(entity: Entity): void {
    entity.company = true;
    const first = entity.words[0];
    if (entity.words.length > 1 && !/Place|Country|City|Region/.test(lexTag(first) ?? '') && !this.companies.has(first))
      this.companies.set(first, entity);
  }

  addMention(entity: Entity, firstToken: number, endToken: number): void {
    const { tokens } = this.doc;
    // "Hold Melania Trump to …" over a letter about Donald Trump: the bare surname means the first person the body
    // names, not one named only in the headline
    if (entity.type === 'person' && entity.words.length > 1 && tokens[firstToken].paragraph > 0) {
      const first = this.firstBySurname.get(entity.last);
      if (first && first !== entity && this.namedInHeadlineOnly(first)) this.firstBySurname.set(entity.last, entity);
    }
    if (this.doc.sentenceOf[firstToken] > 0) this.namedAfterFirstLine.add(entity);
    this.mentions.push({
      entity,
      firstToken,
      endToken,
      start: tokens[firstToken].start,
      end: tokens[endToken - 1].end,
      inQuote: this.doc.quoteAt[firstToken] >= 0,
      sentence: this.doc.sentenceOf[firstToken],
    });
  }

  /**
   * An earlier person this name refers to, the latest introduced if several: for a single word, anyone with that
   * word in their name; for a full name, someone known by the surname only (upgraded to the full name) or with the
   * same first and last names.
   */
  private samePerson(name: string, words: string[], last: string, gender: Gender): Entity | undefined {
    // "Clinton" after "Hillary Clinton" and "former President Bill Clinton": the article's first Clinton, whom it is about
    if (words.length === 1) return this.firstBySurname.get(last) ?? this.latestWithWord.get(last);
    // "Michelle Obama" after "Mr. Obama": a full name whose first name says the other gender is someone else
    const sameGender = (person: Entity | undefined) =>
      person && (gender === 'x' || person.gender === 'x' || person.gender === gender) ? person : undefined;
    const single = sameGender(this.latestSingle(last));
    const full = sameGender(this.latestByFirstAndLast.get(`${words[0]} ${last}`));
    if (single && (!full || single.id > full.id)) {
      // Upgrade an earlier surname-only entity to the full name.
      single.name = name;
      single.words = words;
      this.indexPerson(single);
      return single;
    }
    return full;
  }

  /** Whether this entity is so far named only in the article's opening line, a headline over the body. */
  private namedInHeadlineOnly(entity: Entity): boolean {
    this.headline ??= opensWithHeadline(this.doc);
    return this.headline && !this.namedAfterFirstLine.has(entity);
  }

  private latestSingle(last: string): Entity | undefined {
    const list = this.singles.get(last);
    while (list?.length && list[list.length - 1].words.length > 1) list.pop();
    return list?.[list.length - 1];
  }

  private indexPerson(person: Entity): void {
    const later = (map: Map<string, Entity>, key: string) => {
      const current = map.get(key);
      if (!current || current.id < person.id) map.set(key, person);
    };
    for (const word of person.words) later(this.latestWithWord, word);
    if (person.words.length > 1) {
      later(this.latestByFirstAndLast, `${person.words[0]} ${person.last}`);
      if (!this.firstBySurname.has(person.last)) this.firstBySurname.set(person.last, person);
    } else {
      const list = this.singles.get(person.last);
      if (list) list.push(person);
      else this.singles.set(person.last, [person]);
    }
  }
}

/** Words a lead sentence has and a headline seldom does: a day. */
const LEAD_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;
/** The most words of a headline, as against the lead sentence of a story that has none. */
const HEADLINE_WORDS = 12;

/**
 * Whether the text opens with a headline: a first paragraph of one short sentence over the body ("Hold Melania Trump
 * to her husband's standards."), not a lead sentence ("Ellen Marsh, the state senator, won the primary on Tuesday.").
 */
function opensWithHeadline(doc: AnalysedText): boolean {
  const { sentences, tokens } = doc;
  if (sentences.length < 2 || sentences[1].paragraph === 0) return false;
  const first = tokens.slice(sentences[0].firstToken, sentences[0].endToken);
  // (a description or an age set off after a name: "Ellen Marsh, the state senator, won", "Voss, 52, a nurse,")
  const setOff = first.some((token, i) => token.text === ',' && /^(?:the|a|an|\d+)$/.test(first[i + 1]?.lower ?? ''));
  return (
    first.filter((token) => token.kind === 'word').length <= HEADLINE_WORDS &&
    !setOff &&
    !first.some((token) => LEAD_WORDS.test(token.lower))
  );
}
