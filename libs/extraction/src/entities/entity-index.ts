/**
 * Names in the article: people (with title, gender, place), organisations and media outlets, and the mentions of
 * each, used to resolve "he", "the mayor" and "Johnson" to the full name introduced earlier.
 */
import { isAllCapsAcronym, isNameToken, mediaLike, normTitleKey, orgLike } from './name-words';
import { firstNameGender, lexTag } from './word-tags';
import { FUNCTION_WORDS, HONORIFICS, TITLES } from '../lexicon';
import { Token } from '../text';
import { SpeakerType } from '../types';

const LETTER0 = /^\p{L}/u;

const NAME_PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'du',
  'st.',
]);
const SUFFIXES = new Set(['jr.', 'sr.', 'ii', 'iii', 'iv', 'jr', 'sr']);
const NOT_NAME_CAPS = new Set([
  'I',
  'The',
  'A',
  'An',
  'It',
  'He',
  'She',
  'We',
  'They',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'Or',
  'In',
  'On',
  'At',
  'For',
  'With',
  'From',
  'By',
  'To',
  'Of',
  'As',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
  'Your',
  'Its',
  'So',
  'Yet',
  'Still',
  'Now',
  'Then',
  'There',
  'Here',
]);

export interface Entity {
  id: number;
  name: string;
  type: SpeakerType;
  title?: string;
  gender: 'm' | 'f' | 'x';
  place?: string;
  /** Lower-case name words, for surname matching. */
  words: string[];
  last: string;
}

export interface Mention {
  entity: Entity;
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  inQuote: boolean;
  sentence: number;
}

export class EntityIndex {
  entities: Entity[] = [];
  mentions: Mention[] = [];
  private byName = new Map<string, Entity>();

  constructor(
    private text: string,
    private tokens: Token[],
    private inQuote: Int32Array,
    private sentOf: Int32Array,
  ) {
    this.scan();
    this.findPlaces();
  }

  /** "Chicago’s mayor", "Chicago Mayor", "mayor of Chicago": the place a titled person represents. */
  private findPlaces() {
    const done = new Map<string, string | undefined>();
    for (const e of this.entities) {
      if (e.type === 'person' && e.title && !e.place && done.has(e.title)) {
        e.place = done.get(e.title);
        continue;
      }
      if (e.type !== 'person' || !e.title || e.place) continue;
      const t = e.title.toLowerCase();
      if (
        !/^(mayor|governor|senator|representative|president|sheriff|police chief|attorney general|lieutenant governor|prime minister)$/.test(
          t,
        )
      )
        continue;
      const forms =
        t === 'governor'
          ? 'governor|gov\\.'
          : t === 'senator'
            ? 'senator|sen\\.'
            : t === 'representative'
              ? 'representative|rep\\.'
              : t;
      const alt = forms
        .split('|')
        .map((f) => `[${f[0].toUpperCase()}${f[0]}]${f.slice(1)}`)
        .join('|');
      const re1 = new RegExp(`\\b((?:\\p{Lu}[\\p{L}.]+)(?: \\p{Lu}[\\p{L}.]+)?)(?:['’]s)? (?:${alt})\\b`, 'u');
      const re2 = new RegExp(`\\b(?:${alt}) of ((?:\\p{Lu}[\\p{L}.]+)(?: \\p{Lu}[\\p{L}.]+)?)`, 'u');
      const m = re1.exec(this.text) ?? re2.exec(this.text);
      if (m && /^\p{Lu}/u.test(m[1]) && !/^(The|A|An|Former|Then|Our|Their|His|Her)\b/.test(m[1])) e.place = m[1];
      done.set(e.title, e.place);
    }
  }

  private add(name: string, type: SpeakerType, gender: 'm' | 'f' | 'x', title?: string, place?: string): Entity {
    const key = name.toLowerCase();
    let e = this.byName.get(key);
    if (!e) {
      // "Johnson" after "Brandon Johnson": the same person.
      const words = key.split(/\s+/);
      const last = words[words.length - 1];
      if (type === 'person') e = this.samePerson(name, words, last);
      if (!e) {
        e = { id: this.entities.length, name, type, gender, title, place, words, last };
        this.entities.push(e);
        if (type === 'person') this.indexPerson(e);
      }
      if (e.type === 'person') this.personLasts.add(e.last);
      this.byName.set(key, e);
    }
    if (title && !e.title) e.title = title;
    if (place && !e.place) e.place = place;
    if (gender !== 'x' && e.gender === 'x') e.gender = gender;
    return e;
  }

  /**
   * An earlier person this name refers to, the latest introduced if several: for a single word, anyone with that
   * word in their name; for a full name, someone known by the surname only (upgraded to the full name) or with the
   * same first and last names. Kept in maps, so that a text naming thousands of people stays linear.
   */
  private samePerson(name: string, words: string[], last: string): Entity | undefined {
    if (words.length === 1) return this.latestWithWord.get(last);
    const single = this.latestSingle(last);
    const full = this.latestByFirstAndLast.get(`${words[0]} ${last}`);
    if (single && (!full || single.id > full.id)) {
      // Upgrade an earlier surname-only entity to the full name.
      single.name = name;
      single.words = words;
      this.indexPerson(single);
      return single;
    }
    return full;
  }

  private readonly latestWithWord = new Map<string, Entity>();
  private readonly latestByFirstAndLast = new Map<string, Entity>();
  /** People known by one word, by that word, in the order introduced; an upgraded one is skipped when met. */
  private readonly singles = new Map<string, Entity[]>();

  private latestSingle(last: string): Entity | undefined {
    const list = this.singles.get(last);
    while (list?.length && list[list.length - 1].words.length > 1) list.pop();
    return list?.[list.length - 1];
  }

  private indexPerson(person: Entity) {
    const later = (map: Map<string, Entity>, key: string) => {
      const current = map.get(key);
      if (!current || current.id < person.id) map.set(key, person);
    };
    for (const word of person.words) later(this.latestWithWord, word);
    if (person.words.length > 1) later(this.latestByFirstAndLast, `${person.words[0]} ${person.last}`);
    else {
      const list = this.singles.get(person.last);
      if (list) list.push(person);
      else this.singles.set(person.last, [person]);
    }
  }

  /** Walk the text once, finding capitalised name runs and what kind of thing they name. */
  private scan() {
    const toks = this.tokens;
    // Title-case lines (headlines) capitalise every word: names found there are unreliable.
    const titleCase = new Set<number>();
    {
      let para = -1;
      let caps = 0;
      let words = 0;
      const flush = () => {
        if (para >= 0 && words >= 4 && caps / words >= 0.7) titleCase.add(para);
      };
      for (const t of toks) {
        if (t.paragraph !== para) {
          flush();
          para = t.paragraph;
          caps = 0;
          words = 0;
        }
        if (t.kind === 'word' && t.text.length > 3 && LETTER0.test(t.text)) {
          words++;
          if (t.capitalised) caps++;
        }
      }
      flush();
    }
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (titleCase.has(t.paragraph)) {
        i++;
        continue;
      }
      if (!isNameToken(t)) {
        i++;
        continue;
      }
      // collect a run of capitalised words (with particles, initials, suffixes)
      let j = i;
      while (j < toks.length) {
        const u = toks[j];
        if (u.paragraph !== t.paragraph) break;
        if (isNameToken(u)) {
          j++;
          continue;
        }
        if (u.kind === 'word' && NAME_PARTICLES.has(u.lower) && isNameToken(toks[j + 1])) {
          j++;
          continue;
        }
        if (u.kind === 'word' && SUFFIXES.has(u.lower) && j > i) {
          j++;
          continue;
        }
        if (u.text === ',' && SUFFIXES.has(toks[j + 1]?.lower ?? '')) {
          j += 2;
          continue;
        }
        break;
      }
      this.classifyRun(i, j);
      i = j;
    }
  }

  private classifyRun(i0: number, i1: number) {
    const toks = this.tokens;
    let i = i0;
    // Drop sentence-initial function words ("The", "But") and single capitalised common words at sentence start.
    while (i < i1) {
      const t = toks[i];
      const sentStart = i === 0 || this.sentOf[i - 1] !== this.sentOf[i] || toks[i - 1].kind === 'quote';
      const tag = lexTag(t.lower);
      if (NOT_NAME_CAPS.has(t.text) || (sentStart && FUNCTION_WORDS.has(t.lower))) {
        i++;
        continue;
      }
      if (
        sentStart &&
        tag &&
        !/Name|Person|Place|Organization|Country|City|Region|Honorific|Acronym/.test(tag) &&
        i1 - i === 1
      ) {
        return;
      }
      break;
    }
    if (i >= i1) return;
    const words = toks.slice(i, i1).map((t) => t.text);
    const lowers = words.map((w) => normTitleKey(w));

    if (mediaLike(words)) {
      this.addMention(this.add(words.join(' ').replace(/^The /, ''), 'media', 'x'), i, i1);
      return;
    }
    // titles and honorifics inside the run
    let k = 0;
    let title: string | undefined;
    let gender: 'm' | 'f' | 'x' = 'x';
    let place: string | undefined;
    let honor = false;
    for (let a = 0; a < lowers.length; a++) {
      const two = a + 1 < lowers.length ? lowers[a] + ' ' + lowers[a + 1] : '';
      if (two && TITLES[two] && a + 2 < lowers.length) {
        title = TITLES[two];
        if (a > 0) place = words.slice(0, a).join(' ');
        k = a + 2;
        a++;
        continue;
      }
      if (TITLES[lowers[a]] && a + 1 < lowers.length && !(lowers[a] === 'president' && lowers[a + 1] === 'of')) {
        title = TITLES[lowers[a]];
        if (a > 0 && !place) place = words.slice(0, a).join(' ');
        k = a + 1;
        continue;
      }
      if (HONORIFICS[lowers[a]] && a + 1 < lowers.length) {
        honor = true;
        if (HONORIFICS[lowers[a]] !== 'x') gender = HONORIFICS[lowers[a]] as 'm' | 'f';
        k = a + 1;
        continue;
      }
    }
    // lower-case title right before the run: "press secretary Josh Earnest", "pollster Pat Caddell"
    if (!title && i0 > 0) {
      const p1 = toks[i0 - 1];
      const p2 = toks[i0 - 2];
      if (p1 && p1.kind === 'word' && !p1.capitalised) {
        const two = p2 && p2.kind === 'word' ? normTitleKey(p2.text + ' ' + p1.text) : '';
        if (two && TITLES[two]) title = TITLES[two];
        else if (TITLES[p1.lower]) title = TITLES[p1.lower];
        if (title) {
          // "Chicago Mayor" handled above; "Illinois' governor" rarely precedes a name.
        }
      }
    }
    const nameToks = words.slice(k);
    if (!nameToks.length) return;
    const nameLowers = nameToks.map((w) => w.toLowerCase());
    // "PENCE:" in a transcript after "Mike Pence": the all-caps surname of a person already named
    if (
      nameToks.length === 1 &&
      isAllCapsAcronym(nameToks[0]) &&
      nameToks[0].length > 3 &&
      this.personLasts.has(nameLowers[0])
    ) {
      this.addMention(this.add(nameToks[0][0] + nameLowers[0].slice(1), 'person', 'x'), i + k, i1);
      return;
    }
    if (orgLike(nameToks) && !honor && !title) {
      const type: SpeakerType = 'organization';
      this.addMention(this.add(nameToks.join(' ').replace(/^The /, ''), type, 'x'), i + k, i1);
      return;
    }
    const g0 = firstNameGender(nameToks[0]);
    const lastTag = lexTag(nameLowers[nameLowers.length - 1]);
    const personish =
      honor ||
      !!title ||
      (g0 !== null && nameToks.length >= 2) ||
      (nameToks.length >= 2 && (lastTag === 'LastName' || lastTag === 'Person')) ||
      (nameToks.length === 1 &&
        (lastTag === 'LastName' || lastTag === 'Person' || this.isKnownSurname(nameLowers[0]))) ||
      (nameToks.length >= 2 &&
        nameToks.length <= 4 &&
        nameToks.every((w) => /^\p{Lu}[\p{Ll}’'\-]+$|^\p{Lu}\.(\p{Lu}\.)*$/u.test(w)) &&
        !nameToks.some(
          (w) => lexTag(w.toLowerCase()) && /Place|Country|City|Region|Organization/.test(lexTag(w.toLowerCase())!),
        ));
    if (personish) {
      if (g0 && g0 !== 'x') gender = gender === 'x' ? g0 : gender;
      const name = nameToks.join(' ').replace(/\s+,/g, ',');
      this.addMention(this.add(name, 'person', gender, title, place), i + k, i1);
    }
  }

  private isKnownSurname(lower: string): boolean {
    return this.personLasts.has(lower);
  }

  private personLasts = new Set<string>();
  private mentionByToken: Int32Array | null = null;

  private addMention(e: Entity, t0: number, t1: number) {
    const toks = this.tokens;
    this.mentions.push({
      entity: e,
      firstToken: t0,
      endToken: t1,
      start: toks[t0].start,
      end: toks[t1 - 1].end,
      inQuote: this.inQuote[t0] >= 0,
      sentence: this.sentOf[t0],
    });
  }

  /** The mentions lying wholly inside tokens [t0, t1), in text order. */
  mentionsIn(t0: number, t1: number): Mention[] {
    this.mentionAt(t0, t0 + 1);
    const out: Mention[] = [];
    for (let t = t0; t < t1 && t < this.tokens.length; t++) {
      const i = this.mentionByToken![t];
      if (i < 0) continue;
      const m = this.mentions[i];
      if (m.firstToken >= t0 && m.endToken <= t1 && out[out.length - 1] !== m) out.push(m);
    }
    return out;
  }

  mentionAt(t0: number, t1: number): Mention | undefined {
    if (!this.mentionByToken) {
      this.mentionByToken = new Int32Array(this.tokens.length).fill(-1);
      this.mentions.forEach((m, i) => {
        for (let t = m.firstToken; t < m.endToken; t++) this.mentionByToken![t] = i;
      });
    }
    let best: Mention | undefined;
    for (let t = t0; t < t1 && t < this.tokens.length; t++) {
      const i = this.mentionByToken[t];
      if (i < 0) continue;
      const m = this.mentions[i];
      if (!best || m.endToken - m.firstToken > best.endToken - best.firstToken) best = m;
    }
    return best;
  }

  /**
   * Lookups by word, title and sentence, built once the scan is done: every speaker resolves against them, so a
   * look at each mention per speaker would make a text with many names quadratic.
   */
  private lookups?: {
    byWord: Map<string, number[]>;
    byTitle: Map<string, number[]>;
    bySentence: Map<number, number[]>;
    firstWithTitle: Map<string, Entity>;
  };

  private index() {
    if (this.lookups) return this.lookups;
    const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    const lookups = { byWord: new Map(), byTitle: new Map(), bySentence: new Map(), firstWithTitle: new Map() };
    this.mentions.forEach((m, i) => {
      for (const word of m.entity.words) push(lookups.byWord, word, i);
      push(lookups.byWord, m.entity.name.toLowerCase(), i);
      if (m.entity.title) push(lookups.byTitle, m.entity.title, i);
      push(lookups.bySentence, m.sentence, i);
    });
    for (const e of this.entities)
      if (e.title && !lookups.firstWithTitle.has(e.title)) lookups.firstWithTitle.set(e.title, e);
    this.lookups = lookups;
    return lookups;
  }

  /** A bare surname or full name: match against known people (earlier ones first by recency). */
  findByWords(words: string[], before: number): Entity | undefined {
    const lw = words.map((w) => w.toLowerCase());
    const last = lw[lw.length - 1];
    const full = lw.join(' ');
    const { byWord } = this.index();
    // Every match has the last word among its words, or is the full name: those lists, in text order.
    const candidates = [...new Set([...(byWord.get(last) ?? []), ...(byWord.get(full) ?? [])])].sort((a, b) => a - b);
    let best: Entity | undefined;
    let bestPos = -1;
    for (const i of candidates) {
      const m = this.mentions[i];
      if (m.entity.type !== 'person' && words.length === 1 && m.entity.last !== last) continue;
      const e = m.entity;
      const ok = e.last === last || (lw.length === 1 && e.words.includes(last)) || e.name.toLowerCase() === full;
      if (!ok) continue;
      const pos = m.start <= before ? m.start : -m.start; // prefer earlier mentions, most recent first
      if (pos > bestPos || (bestPos < 0 && pos > bestPos)) {
        best = e;
        bestPos = pos;
      }
    }
    return best;
  }

  /** "the mayor" -> the person with that title, most recently mentioned before `pos` (or first after). */
  findByTitle(title: string, pos: number): Entity | undefined {
    const { byTitle, firstWithTitle } = this.index();
    let before: Mention | undefined;
    let after: Mention | undefined;
    for (const i of byTitle.get(title) ?? []) {
      const m = this.mentions[i];
      if (m.start <= pos) before = m;
      else if (!after) after = m;
    }
    if (before) return before.entity;
    if (after) return after.entity;
    return firstWithTitle.get(title);
  }

  /**
   * Candidate antecedents for a pronoun at token index `ti`, searching back sentence by sentence. `speakerMentions`
   * are the speakers resolved so far, by sentence.
   */
  resolvePronoun(
    ti: number,
    gender: 'm' | 'f' | 'n' | 'p' | 'x',
    speakerMentions: Map<number, { start: number; entity: Entity; sentence: number }[]>,
  ): Entity | undefined {
    const pos = this.tokens[ti].start;
    const sent = this.sentOf[ti];
    const { bySentence } = this.index();
    const compatible = (e: Entity) => {
      if (gender === 'm' || gender === 'f') return e.type === 'person' && (e.gender === gender || e.gender === 'x');
      if (gender === 'n') return e.type !== 'person';
      if (gender === 'p') return e.type === 'organization' || e.type === 'media';
      return e.type === 'person';
    };
    for (let s = sent; s >= Math.max(0, sent - 6); s--) {
      const cands: { start: number; entity: Entity; speaker: boolean }[] = [];
      for (const i of bySentence.get(s) ?? []) {
        const m = this.mentions[i];
        if (m.inQuote || m.start >= pos) continue;
        if (compatible(m.entity)) cands.push({ start: m.start, entity: m.entity, speaker: false });
      }
      for (const sm of speakerMentions.get(s) ?? []) {
        if (sm.start < pos && compatible(sm.entity)) cands.push({ ...sm, speaker: true });
      }
      if (!cands.length) continue;
      const sp = cands.filter((c) => c.speaker);
      if (sp.length) return sp[sp.length - 1].entity;
      cands.sort((a, b) => a.start - b.start);
      return cands[0].entity;
    }
    return undefined;
  }
}
