/**
 * Repeat matching on a paraphrase test set made at run time from ../shared/data (nothing of it is stored here).
 *
 * Earlier claims (the pool, each from an article of its own): the check-worthy ("Yes") sentences of CheckThat! 2024
 * dev and dev-test of 8 words or more, the 200 ClaimDecomp dev claims (a leading "Says (that)" dropped) and the
 * ClaimDecomp annotators' statements.
 *
 * Later claims, each made from one earlier claim by a generic rule applied wherever it changes the text:
 * - true repeats:
 *   - place: a place name or demonym said another way: a demonym as its place ("Chinese" → "China", "the Chinese" →
 *     "China") or a place by another of its WordNet names ("the U.S." → "the United States", "America");
 *   - numbers: whole numbers in digits spelt out in words ($250,000 → two hundred fifty thousand dollars; years kept);
 *   - synonym: up to two singular common nouns or adjectives replaced by another word whose first WordNet sense is
 *     theirs (automobile → car);
 *   - preposition: into → to, onto → on, upon → on, within → in, toward(s) → towards/toward, among → amongst;
 *   - tense: the verbs put in the past tense, or in the present when already past (compromise);
 *   - combined: place, numbers, preposition and tense at once.
 *   The place and synonym rules use WordNet, as the matcher does: those rows say whether the matcher carries such
 *   a change through to a link or a suggestion, not whether WordNet knows the words.
 * - hard negatives (same topic and words, another claim):
 *   - negated (human): each ClaimDecomp statement's `statements_negate`, written by its annotator;
 *   - negated: the claim made negative by compromise (`toNegative`);
 *   - number: every number changed (n → 2n + 1);
 *   - subject: the first person or place named replaced by the first one of the next claim that names another.
 *
 * Each later claim is matched against the pool the way triage does (claim-matching.ts, claim-matches.repository.ts):
 * candidates share a MinHash band, the 10 sharing most get pg_trgm's similarity (computed here as pg_trgm does:
 * padded word trigrams, shared / all), ≥ 0.45 is kept, 5 at most, each linked or suggested. "before" is the matcher
 * as it was (similarity of the lower-cased texts, the old word list for the bands, no number, negation, antonym or
 * place rule), "after" the current one. A true repeat counts as linked (or suggested) when its own earlier claim is; a hard
 * negative's link or suggestion with its own claim is a false one; `otherMatches` counts the matches with any other
 * earlier claim (outside the ClaimDecomp record it comes from), almost all false.
 */
import * as fs from 'fs';
import * as path from 'path';
import nlp from 'compromise';
import { claimFingerprint, matchBands } from '../../libs/extraction/src/matching/claim-fingerprint';
import { LINK_SIMILARITY, matchStatus } from '../../libs/workflow/src/claims/claim-matching';
import { lexicon } from '../../libs/extraction/src/matching/wordnet-lexicon';

const SUGGEST = 0.45;
const SCORED = 10;
const PER_CLAIM = 5;
const MIN_LENGTH = 16;

interface Indexed {
  text: string;
  bands: number[];
  /** What similarity is measured on. */
  key: string;
  /** The lower-cased text, as the `match_text` column (containment). */
  plain: string;
}

interface Matcher {
  index(text: string): Indexed;
  status(similarity: number, contained: boolean, claim: Indexed, earlier: Indexed): 'linked' | 'suggested' | null;
}

const plainText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The matcher before normalisation (as of the commit before match keys). */
const BEFORE: Matcher = {
  index(text) {
    const plain = plainText(text);
    return { text, plain, key: plain, bands: matchBands(legacyWords(text)) };
  },
  status: (similarity, contained) => (similarity >= LINK_SIMILARITY || contained ? 'linked' : 'suggested'),
};

const AFTER: Matcher = {
  index(text) {
    const { bands, key } = claimFingerprint(text);
    return { text, plain: plainText(text), key, bands };
  },
  status: (similarity, contained, claim, earlier) => matchStatus(similarity, contained, claim.key, earlier.key),
};

const LEGACY_STOP_WORDS = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as into about over after before than that this these ' +
    'those there here it its it s is are was were be been being am do does did done have has had having will would ' +
    'shall should can could may might must i me my we us our you your he him his she her they them their who whom ' +
    'which what when where why how not no nor all any some such only own same too very just also said says say'
  ).split(' '),
);

function legacyWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of text
    .toLowerCase()
    .normalize('NFKD')
    .matchAll(/\d+(?:[.,]\d+)*|\p{L}+/gu)) {
    const raw = token[0].replace(/,/g, '');
    if ((raw.length < 2 && !/\d/.test(raw)) || LEGACY_STOP_WORDS.has(raw)) continue;
    words.add(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return [...words];
}

/** pg_trgm's trigrams: each word lower-cased, padded with two spaces before and one after. */
function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let at = 0; at + 3 <= padded.length; at++) grams.add(padded.slice(at, at + 3));
  }
  return grams;
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

class Pool {
  private readonly byBand = new Map<number, number[]>();
  private readonly grams: Set<string>[] = [];
  readonly claims: Indexed[] = [];

  constructor(private readonly matcher: Matcher) {}

  add(text: string): void {
    const claim = this.matcher.index(text);
    const id = this.claims.push(claim) - 1;
    this.grams.push(trigrams(claim.key));
    for (const band of claim.bands) this.byBand.set(band, [...(this.byBand.get(band) ?? []), id]);
  }

  /** The earlier claims a later one is matched with, and how. */
  match(text: string): Map<number, 'linked' | 'suggested'> {
    const claim = this.matcher.index(text);
    const found = new Map<number, 'linked' | 'suggested'>();
    if (claim.plain.length < MIN_LENGTH || claim.bands.length === 0) return found;
    const shared = new Map<number, number>();
    for (const band of claim.bands)
      for (const id of this.byBand.get(band) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const grams = trigrams(claim.key);
    const scored = [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SCORED)
      .map(([id]) => ({ id, similarity: similarity(grams, this.grams[id]) }))
      .filter((candidate) => candidate.similarity >= SUGGEST)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, PER_CLAIM);
    for (const { id, similarity: score } of scored) {
      const earlier = this.claims[id];
      const longer = Math.max(earlier.plain.length, claim.plain.length);
      const shorter = Math.min(earlier.plain.length, claim.plain.length);
      const contained =
        (earlier.plain.includes(claim.plain) || claim.plain.includes(earlier.plain)) && shorter >= 0.5 * longer;
      const status = this.matcher.status(score, contained, claim, earlier);
      if (status) found.set(id, status);
    }
    return found;
  }
}

interface Case {
  kind: string;
  repeat: boolean;
  source: number;
  text: string;
}

interface Earlier {
  text: string;
  /** A ClaimDecomp claim and its statements are one group: matches among them are not counted as false. */
  group: number;
}

/** The pool's texts and the later claims made from them. */
function testSet(data: string): { pool: Earlier[]; cases: Case[] } {
  const pool: Earlier[] = [];
  const cases: Case[] = [];
  const sentences: string[] = [];
  for (const file of ['CT24_checkworthy_english_dev.tsv', 'CT24_checkworthy_english_dev-test.tsv']) {
    for (const line of fs
      .readFileSync(path.join(data, 'checkworthiness', file), 'utf8')
      .split('\n')
      .slice(1)) {
      const [, text, label] = line.split('\t');
      if (label?.trim() === 'Yes' && text.split(/\s+/).length >= 8) sentences.push(text.replace(/^"|"$/g, ''));
    }
  }
  const records = fs
    .readFileSync(path.join(data, 'claim-decomposition', 'claimdecomp_dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as { claim: string; annotations: { statements: string[]; statements_negate: string[] }[] },
    );
  for (const record of records) sentences.push(record.claim.replace(/^says\s+(that\s+)?/i, '').trim());
  sentences.forEach((text, group) => pool.push({ text, group }));

  sentences.forEach((text, source) => {
    const add = (kind: string, repeat: boolean, changed: string | null) => {
      if (changed && changed !== text) cases.push({ kind, repeat, source, text: changed });
    };
    add('place', true, placeSaidOtherwise(text));
    add('numbers', true, numbersSpeltOtherwise(text));
    add('synonym', true, synonymSubstituted(text));
    add('preposition', true, prepositionChanged(text));
    add('tense', true, tenseChanged(text));
    const combined = [placeSaidOtherwise, numbersSpeltOtherwise, prepositionChanged, tenseChanged].reduce(
      (changed, rule) => rule(changed) ?? changed,
      text,
    );
    add('combined', true, combined);
    add('negated', false, negated(text));
    add('number', false, numbersChanged(text));
    const next = sentences.slice(source + 1).find((other) => namedIn(other) && namedIn(other) !== namedIn(text));
    add('subject', false, next ? subjectReplaced(text, namedIn(next)!) : null);
  });
  const claimsFrom = sentences.length - records.length;
  records.forEach((record, recordIndex) => {
    for (const annotation of record.annotations) {
      annotation.statements.forEach((statement, index) => {
        const negation = annotation.statements_negate[index];
        if (!negation || statement.split(/\s+/).length < 5) return;
        const source = pool.push({ text: statement.trim(), group: claimsFrom + recordIndex }) - 1;
        cases.push({ kind: 'negated (human)', repeat: false, source, text: negation.trim() });
      });
    }
  });
  return { pool, cases };
}

let placeNames: Map<string, string[]> | undefined;

function placeSaidOtherwise(text: string): string | null {
  const { places } = lexicon();
  if (!placeNames) {
    placeNames = new Map<string, string[]>();
    for (const [, name] of places)
      placeNames.set(name.place, [...(placeNames.get(name.place) ?? []), name.words.join(' ')]);
  }
  const names = placeNames;
  const doc = nlp(text);
  let changed = false;
  // A demonym alone, not the first word of a name ("South Korea", "New Yorker").
  doc.match('#Demonym').forEach((match) => {
    if (match.lookAhead('^#ProperNoun').found) return;
    const written = match.text('normal');
    const place = places.get(written) ?? places.get(written.replace(/s$/, ''));
    const name =
      place &&
      (names.get(place.place) ?? []).find((other) => places.get(other.toLowerCase())?.words[0] !== place.words[0]);
    const placeName =
      place &&
      names
        .get(place.place)
        ?.find((other) => /^\p{Lu}/u.test(other) && other.toLowerCase().replace(/ /g, '_') === place.place);
    const replacement = placeName ?? name;
    if (replacement) {
      match.replaceWith(match.has('#Plural') || match.lookBehind('the$').found ? replacement : `${replacement}'s`);
      changed = true;
    }
  });
  if (!changed) {
    doc.match('#Place').forEach((match) => {
      if (changed) return;
      const place = places.get(
        match
          .text('normal')
          .replace(/[^\p{L}\p{N} ]/gu, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      const other =
        place &&
        names.get(place.place)?.find((name) => name.toLowerCase() !== match.text('normal') && /^\p{Lu}/u.test(name));
      if (other) {
        match.replaceWith(other);
        changed = true;
      }
    });
  }
  return changed ? doc.text() : null;
}

/** Whole numbers written in digits (12,000; $250,000) spelt out in words, years (1900–2099) left as they are. */
function numbersSpeltOtherwise(text: string): string | null {
  const changed = text.replace(
    /(\$)?(?<![\w.,'/])(\d{1,3}(?:,\d{3})+|\d+)(?![.,/]?\d)(?!\w)( (?:thousand|million|billion|trillion)\b)?( ?%)?/g,
    (written, dollar?: string, digits?: string, scale?: string, percent?: string) => {
      const value = Number(digits!.replace(/,/g, ''));
      if ((!digits!.includes(',') && !scale && value >= 1900 && value < 2100) || value >= 1e12) return written;
      return spelt(value) + (scale ?? '') + (dollar ? ' dollars' : '') + (percent ? ' percent' : '');
    },
  );
  return changed !== text ? changed : null;
}

const ONES = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen'
).split(' ');
const TENS = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

function spelt(value: number): string {
  if (value < 20) return ONES[value];
  if (value < 100) return TENS[Math.floor(value / 10)] + (value % 10 ? `-${ONES[value % 10]}` : '');
  if (value < 1000) return `${ONES[Math.floor(value / 100)]} hundred${value % 100 ? ` ${spelt(value % 100)}` : ''}`;
  for (const [size, name] of [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ] as const) {
    if (value >= size) {
      const rest = value % size;
      return `${spelt(Math.floor(value / size))} ${name}${rest ? ` ${spelt(rest)}` : ''}`;
    }
  }
  return String(value);
}

let synonymGroups: Map<string, string[]> | undefined;

/** Up to two common nouns or adjectives replaced by another word whose first WordNet sense is theirs. */
function synonymSubstituted(text: string): string | null {
  const { synonyms } = lexicon();
  if (!synonymGroups) {
    synonymGroups = new Map<string, string[]>();
    for (const pos of ['n', 'a'] as const) {
      for (const [word, head] of synonyms[pos]) {
        const group = synonymGroups.get(`${pos}:${head}`) ?? [head];
        synonymGroups.set(`${pos}:${head}`, [...group, word]);
      }
    }
  }
  const groups = synonymGroups;
  const doc = nlp(text);
  let replaced = 0;
  doc.match('(#Noun|#Adjective)').forEach((match) => {
    if (replaced >= 2 || match.has('(#ProperNoun|#Pronoun|#Value|#Plural|#Acronym)')) return;
    const word = match.text('normal');
    if (!/^[a-z]{3,}$/.test(word)) return;
    const pos = match.has('#Adjective') ? 'a' : 'n';
    const group = groups.get(`${pos}:${synonyms[pos].get(word) ?? word}`);
    const other = group?.find((member) => member !== word);
    if (other) {
      match.replaceWith(other);
      replaced++;
    }
  });
  return replaced > 0 ? doc.text() : null;
}

const PREPOSITIONS: Record<string, string> = {
  into: 'to',
  onto: 'on',
  upon: 'on',
  within: 'in',
  toward: 'towards',
  towards: 'toward',
  among: 'amongst',
};

function prepositionChanged(text: string): string | null {
  const changed = text.replace(
    /\b(into|onto|upon|within|towards?|among)\b/gi,
    (word) => PREPOSITIONS[word.toLowerCase()],
  );
  return changed !== text ? changed : null;
}

function tenseChanged(text: string): string | null {
  const doc = nlp(text);
  const verbs = doc.verbs();
  if (!verbs.found) return null;
  if (verbs.has('#PastTense')) verbs.toPresentTense();
  else verbs.toPastTense();
  return doc.text();
}

function negated(text: string): string | null {
  const doc = nlp(text);
  if (doc.has('#Negative')) return null;
  doc.sentences().toNegative();
  return doc.text();
}

function numbersChanged(text: string): string | null {
  const changed = text.replace(/\d+/g, (digits) => String(2 * Number(digits) + 1));
  return changed !== text ? changed : null;
}

function namedIn(text: string): string | null {
  const named = nlp(text).match('(#Person|#Place)+').first();
  return named.found ? named.text('normal') : null;
}

function subjectReplaced(text: string, name: string): string | null {
  const doc = nlp(text);
  const named = doc.match('(#Person|#Place)+').first();
  if (!named.found) return null;
  named.replaceWith(name.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()));
  return doc.text();
}

interface Counts {
  cases: number;
  linked: number;
  suggested: number;
  /** Matches with an earlier claim other than the one it was made from and its group (any status). */
  otherMatches: number;
}

/** The before/after figures, by kind of later claim and in total for true repeats and hard negatives. */
export function repeatsEval(data: string): Record<string, unknown> {
  const { pool, cases } = testSet(data);
  const result: Record<string, unknown> = { earlierClaims: pool.length, laterClaims: cases.length };
  for (const [name, matcher] of [
    ['before', BEFORE],
    ['after', AFTER],
  ] as const) {
    const index = new Pool(matcher);
    for (const earlier of pool) index.add(earlier.text);
    const byKind: Record<string, Counts> = {};
    const totals = { repeats: blank(), hardNegatives: blank() };
    for (const item of cases) {
      const found = index.match(item.text);
      const own = found.get(item.source);
      for (const counts of [(byKind[item.kind] ??= blank()), item.repeat ? totals.repeats : totals.hardNegatives]) {
        counts.cases++;
        if (own === 'linked') counts.linked++;
        if (own === 'suggested') counts.suggested++;
        counts.otherMatches += [...found.keys()].filter((id) => pool[id].group !== pool[item.source].group).length;
      }
    }
    result[name] = { ...totals, byKind };
  }
  return result;
}

function blank(): Counts {
  return { cases: 0, linked: 0, suggested: 0, otherMatches: 0 };
}
