/**
 * extractQuotes: text in, quotes with speakers, cues and claims out. Pure, deterministic, no I/O.
 */
import {
  CheckworthinessScore,
  ExtractedClaim,
  ExtractedQuote,
  ExtractedSpeaker,
  ExtractionResult,
  QuoteKind,
  Span,
  SpeakerType,
} from './types';
import { heuristicCheckworthiness } from './fallback-score';
import { tokenize, Token } from './text';
import { findQuotes, quoteIndexByToken } from './quotes';
import { RawAttribution } from './raw-attribution';
import { AnalysedText } from './analysed-text';
import { splitSentences } from './sentences';
import { findCues } from './cues';
import { checkQuoteCount, checkReportedCoverage, checkSentenceWork } from './bounds';
import { analyze } from './attributions';
import { Entity, EntityIndex, isAllCapsAcronym, mediaLike, titleFromWords, normTitleKey } from './entities';
import { DOCUMENT_NOUNS, MEDIA_NAMES, ORG_WORDS, PERSON_NOUNS, TITLES } from './lexicon';
import { embeddedQuotes, isClaimLike, lastNamedSubject, splitClaims, standalone } from './claims';
import { EXTRACTION_LIMITS, ExtractionLimits, TimeBudget } from './limits';

export type Scorer = (sentence: string) => CheckworthinessScore;

export interface ExtractOptions {
  /** Check-worthiness scorer for claims; defaults to the package's own. */
  score?: Scorer;
  /** Bounds on the work; the defaults are EXTRACTION_LIMITS. */
  limits?: Partial<ExtractionLimits>;
}

/** A quote as produced internally, with the pieces of quoted text (several for broken or multi-paragraph quotes). */
export interface ExtractedQuoteWithParts extends ExtractedQuote {
  /** The separate stretches of quoted/reported text this quote is made of (one unless the quote was interrupted). */
  parts: { start: number; end: number }[];
}

const PRONOUN_GENDER: Record<string, 'm' | 'f' | 'n' | 'p' | 'x'> = {
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

type SpeakerMention = { start: number; entity: Entity; sentence: number };

interface ResolvedSpeaker extends ExtractedSpeaker {
  entity?: Entity;
  gender: 'm' | 'f' | 'x';
  place?: string;
}

export function extractQuotesWith(
  text: string,
  score: Scorer,
  bounds: Partial<ExtractionLimits> = {},
): ExtractionResult {
  if (!text) return { quotes: [] };
  const limits: ExtractionLimits = { ...EXTRACTION_LIMITS, ...bounds };
  const budget = new TimeBudget(limits.timeBudgetMs);
  const { tokens, paragraphs } = tokenize(text);
  const quotes = findQuotes(text, tokens, paragraphs);
  checkQuoteCount(quotes, limits);
  const quoteAt = quoteIndexByToken(tokens, quotes);
  const { sentences, sentenceOf } = splitSentences({ tokens, quotes, quoteAt });
  const doc: AnalysedText = { text, tokens, paragraphs, quotes, quoteAt, sentences, sentenceOf };
  const cues = findCues(doc);
  checkSentenceWork(doc, cues, limits);
  const raws = analyze(doc, cues, budget);
  checkReportedCoverage(raws, text.length, limits);
  const ents = new EntityIndex(text, tokens, quoteAt, sentenceOf);

  // speakers resolved so far, by sentence: what a pronoun further on may refer back to
  const speakerMentions = new Map<number, SpeakerMention[]>();
  const resolved = new Map<RawAttribution, ResolvedSpeaker | null>();
  const docNames = new Map<string, string>();
  const out: ExtractedQuote[] = [];
  const seen = new Set<string>();
  const recent: { sentence: number; speaker: ResolvedSpeaker }[] = [];

  // speakers first (in text order, so that pronouns resolve against earlier speakers), then inherited ones
  for (const raw of raws) {
    budget.check();
    if (raw.inheritFrom) continue;
    let speaker: ResolvedSpeaker | null = null;
    if (raw.source) {
      speaker = resolveSpeaker(text, tokens, raw.source, ents, speakerMentions, docNames);
      // "Trump, who said …": the mention is the relative pronoun, the name that of its antecedent
      if (raw.relative) speaker = { ...speaker, mention: spanOf(text, tokens, raw.relative.t0, raw.relative.t1) };
      // "It also states that …": "it"/"they" after a document or organisation speaker refers back to it
      const w = tokens[raw.source.t0].lower;
      if (raw.source.t1 - raw.source.t0 === 1 && /^(it|they|its|their)$/.test(w)) {
        const si = sentenceOf[raw.source.t0];
        for (let k = recent.length - 1; k >= 0; k--) {
          const r = recent[k];
          if (si - r.sentence > 3) break;
          if (
            r.speaker.type !== 'person' &&
            r.speaker.type !== 'unknown' &&
            (w === 'it' || w === 'its' ? true : r.speaker.type !== 'document')
          ) {
            speaker = { ...r.speaker, mention: speaker.mention };
            break;
          }
        }
      }
      // "WALLACE: …" — the speaker of a transcript turn is a person (an acronym would not be introduced by a colon turn)
      if (
        raw.cue &&
        tokens[raw.cue.t0].text === ':' &&
        speaker.type === 'organization' &&
        !speaker.entity?.words.some((w) => w.length > 1 && w !== tokens[raw.source!.t0].lower)
      ) {
        const m = speaker.mention.text;
        if (/^\p{Lu}{4,}$/u.test(m))
          speaker = { ...speaker, type: 'person', name: m[0] + m.slice(1).toLowerCase(), entity: undefined };
      }
      recent.push({ sentence: sentenceOf[raw.source.t0], speaker });
    }
    resolved.set(raw, speaker);
    if (speaker?.entity && raw.source) {
      const sentence = sentenceOf[raw.source.t0];
      const mention = { start: tokens[raw.source.t0].start, entity: speaker.entity, sentence };
      const inSentence = speakerMentions.get(sentence);
      if (inSentence) inSentence.push(mention);
      else speakerMentions.set(sentence, [mention]);
    }
  }
  for (const raw of raws) {
    budget.check();
    let speaker: ResolvedSpeaker | null = null;
    if (raw.inheritFrom) speaker = resolved.get(raw.inheritFrom) ?? null;
    else speaker = resolved.get(raw) ?? null;
    const parts = raw.parts.filter((p) => p.end > p.start);
    if (!parts.length) continue;
    const start = parts[0].start;
    const end = parts[parts.length - 1].end;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);

    // quoted words for a partial quote: from the first quote mark to the last one inside the clause
    let qStart = start;
    let qEnd = end;
    let qParts = parts;
    if (raw.kind === 'partial' && raw.quotes.length) {
      const qs = raw.quotes.map((qi) => quotes[qi]).sort((a, b) => a.start - b.start);
      qStart = qs[0].start;
      qEnd = qs[qs.length - 1].end;
      qParts = qs.flatMap((q) => q.pieces);
    }
    const quoteText = qParts.map((p) => text.slice(p.start, p.end)).join(' ');
    const cue: Span | null = raw.cue ? spanOf(text, tokens, raw.cue.t0, raw.cue.t1) : null;
    const { entity: _e, gender: _g, place: _p, ...publicSpeaker } = speaker ?? ({} as ResolvedSpeaker);
    const id = `q${qStart}-${qEnd}`;
    const claims = buildClaims(text, raw, parts, speaker, cue, score, id);
    const q: ExtractedQuoteWithParts = {
      id,
      text: quoteText,
      start: qStart,
      end: qEnd,
      kind: raw.kind,
      speaker: speaker ? (publicSpeaker as ExtractedSpeaker) : null,
      cue,
      claims,
      parts: qParts.map((p) => ({ start: p.start, end: p.end })),
    };
    out.push(q);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes: out };
}

function spanOf(text: string, tokens: Token[], t0: number, t1: number): Span {
  const start = tokens[t0].start;
  const end = tokens[t1 - 1].end;
  return { text: text.slice(start, end), start, end };
}

function resolveSpeaker(
  text: string,
  tokens: Token[],
  src: { t0: number; t1: number },
  ents: EntityIndex,
  speakerMentions: Map<number, SpeakerMention[]>,
  docNames: Map<string, string>,
): ResolvedSpeaker {
  const mention = spanOf(text, tokens, src.t0, src.t1);
  const words = tokens.slice(src.t0, src.t1).filter((t) => t.kind === 'w');
  const lowers = words.map((t) => t.lower);
  // pronouns
  if (words.length === 1 && PRONOUN_GENDER[lowers[0]] !== undefined) {
    const g = PRONOUN_GENDER[lowers[0]];
    if (g === 'x' && lowers[0] !== 'you') {
      return { name: mention.text, type: 'person', mention, gender: 'x' };
    }
    const e = ents.resolvePronoun(src.t0, g, speakerMentions);
    if (e) return fromEntity(e, mention);
    const type: SpeakerType = g === 'm' || g === 'f' ? 'person' : 'unknown';
    return { name: mention.text, type, mention, gender: g === 'm' || g === 'f' ? g : 'x' };
  }
  // a source of marks only (a bracket, a stray quote mark) names nobody
  if (words.length === 0) return { name: mention.text, type: 'unknown', mention, gender: 'x' };
  // head word: last word before a post-modifier ("a spokesman for the campaign" -> spokesman)
  let headIdx = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (/^(of|for|at|on|from|with|in)$/.test(words[i].lower)) {
      headIdx = i - 1;
      break;
    }
  }
  const head = words[headIdx];
  const headLower = head.lower.replace(/[’']s$/, '');
  // "half of GOP primary voters", "47 percent of Democrats": a share of a group, not the group's name
  if (/^(percent|majority|plurality|half|third|thirds|quarter|fifth|most)$/.test(headLower) && !head.cap)
    return { name: mention.text, type: 'unknown', mention, gender: 'x' };
  // documents: "the mayor’s order", "a memo", "the report"
  if (DOCUMENT_NOUNS.has(headLower) && !head.cap) {
    const possIdx = words.findIndex((w) => /^['’]s$/.test(w.text));
    let name = mention.text.replace(/^(the|a|an|this|that|its|his|her|their)\s+/i, '');
    if (possIdx > 0 && possIdx < headIdx) {
      const possWords = words.slice(0, possIdx);
      const ownerText = possWords.map((w) => w.text).join(' ');
      const title = titleFromWords(possWords.map((w) => normTitleKey(w.text)).filter((w) => w !== 'the'));
      let owner: Entity | undefined;
      if (
        title &&
        !possWords.some((w) => w.cap && !TITLES[normTitleKey(w.text)] && !/^(the|a|an|this|that)$/.test(w.lower))
      )
        owner = ents.findByTitle(title, mention.start);
      if (!owner) {
        const m = ents.mentionAt(src.t0, src.t0 + possIdx);
        owner = m?.entity;
      }
      const rest = text.slice(words[possIdx + 1].start, words[headIdx].end);
      name = owner ? `${owner.name}’s ${rest}` : `${ownerText.replace(/^the\s+/i, '')}’s ${rest}`;
      docNames.set(headLower, name);
    } else if (docNames.has(headLower) && /^(the|this|that|its)$/i.test(words[0].text)) {
      name = docNames.get(headLower)!;
    }
    return { name, type: 'document', mention, gender: 'x' };
  }
  // a known person / organisation / outlet in the phrase
  const m = ents.mentionAt(src.t0, src.t1);
  const headTok = tokenIndexOf(tokens, head, src.t0, src.t1);
  if (m && m.t0 <= headTok && m.t1 > headTok) return fromEntity(m.entity, mention);
  {
    // a name ends the phrase: "White House press secretary Josh Earnest", "former secretary of state Hillary Clinton",
    // "a top strategist, John Weaver"
    let e = src.t1 - 1;
    if (tokens[e].text === ')') while (e > src.t0 && tokens[e].text !== '(') e--;
    while (e > src.t0 && tokens[e].kind !== 'w') e--;
    const inside = ents.mentionsIn(src.t0, src.t1);
    const endM = inside.find((x) => x.t1 - 1 === e || (x.t0 <= headTok && x.t1 > headTok));
    if (endM && endM.entity.type === 'person') return fromEntity(endM.entity, mention);
  }
  const capWords = words.filter((w) => w.cap && !/^(The|A|An)$/.test(w.text));
  if (mediaLike(words.map((w) => w.text)) || MEDIA_NAMES.has(lowers.join(' ').replace(/^the /, ''))) {
    return { name: capWords.map((w) => w.text).join(' ') || mention.text, type: 'media', mention, gender: 'x' };
  }
  // surname only
  if (capWords.length && head.cap) {
    const e = ents.findByWords(
      capWords.filter((w) => !TITLES[normTitleKey(w.text)]).map((w) => w.text),
      mention.start,
    );
    if (e) return fromEntity(e, mention);
  }
  // "the mayor", "the governor"
  const title = titleFromWords(lowers.filter((w) => w !== 'the'));
  if (title && !capWords.some((w) => !TITLES[normTitleKey(w.text)])) {
    const e = ents.findByTitle(title, mention.start);
    if (e && /^(the|this|that)$/.test(lowers[0])) return fromEntity(e, mention);
  }
  if (m) return fromEntity(m.entity, mention);
  let type: SpeakerType = 'unknown';
  if (ORG_WORDS.has(headLower) || (words.length === 1 && isAllCapsAcronym(head.text))) type = 'organization';
  if (capWords.length && words.some((w) => ORG_WORDS.has(w.lower) && w.cap)) type = 'organization';
  if (PERSON_NOUNS.has(headLower) && (!head.cap || words.length === 1)) type = 'person';
  if (type === 'unknown' && capWords.length && head.cap) type = 'person';
  const name =
    type === 'person' && capWords.length && head.cap
      ? capWords
          .filter((w) => !TITLES[normTitleKey(w.text)])
          .map((w) => w.text)
          .join(' ') || mention.text
      : mention.text;
  return { name, type, mention, gender: 'x', title: title && type === 'person' ? title : undefined };
}

function tokenIndexOf(tokens: Token[], tok: Token, t0: number, t1: number): number {
  for (let i = t0; i < t1; i++) if (tokens[i] === tok) return i;
  return -1;
}

function fromEntity(e: Entity, mention: Span): ResolvedSpeaker {
  const sp: ResolvedSpeaker = { name: e.name, type: e.type, mention, entity: e, gender: e.gender, place: e.place };
  if (e.title) sp.title = e.title;
  return sp;
}

function buildClaims(
  text: string,
  raw: RawAttribution,
  parts: { start: number; end: number }[],
  speaker: ResolvedSpeaker | null,
  cue: Span | null,
  score: Scorer,
  quoteId: string,
): ExtractedClaim[] {
  // "called X “a manufactured crisis”": the claim needs the speaker and the verb to make sense
  const framing =
    raw.kind !== 'direct' &&
    cue &&
    speaker &&
    /^(call|calls|called|calling|describe|describes|described|label|labels|labeled|labelled|dub|dubs|dubbed|brand|brands|branded|term|terms|termed)$/i.test(
      cue.text,
    )
      ? cue.text
      : undefined;
  return claimsOf(text, parts, {
    kind: raw.kind,
    speaker: speaker
      ? { name: speaker.name, type: speaker.type, gender: speaker.gender, place: speaker.place }
      : undefined,
    framing,
    score,
    idPrefix: quoteId,
  });
}

export interface ClaimOptions {
  /** How the words are reported: `direct` (the speaker's own words) or reported (`partial`, `indirect`). */
  kind?: QuoteKind;
  /** Who said them, as resolved: first-person words are rewritten to this speaker in the standalone form. */
  speaker?: { name: string; type: SpeakerType; gender?: 'm' | 'f' | 'x'; place?: string };
  /** A framing verb ("called") that the first claim needs to make sense: "Trump called X “a disaster”". */
  framing?: string;
  score?: Scorer;
  idPrefix?: string;
}

/**
 * The checkable claims in the stretches `parts` of `text` (a quote's words): each split into separate assertions,
 * with exact spans and a standalone form. Questions, greetings and fragments without a verb are left out.
 */
export function claimsOf(
  text: string,
  parts: { start: number; end: number }[],
  o: ClaimOptions = {},
): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  const sp = o.speaker;
  const resolver = {
    speakerName: sp?.name,
    speakerType: sp?.type,
    gender: sp?.gender,
    place: sp?.place,
    reported: (o.kind ?? 'direct') !== 'direct',
  };
  const score = o.score ?? heuristicCheckworthiness;
  const idPrefix = o.idPrefix ?? 'q';
  for (const p of parts) {
    const embedded = embeddedQuotes(text, p.start, p.end);
    let antecedent: { name: string; number: 's' | 'p' } | null = null;
    for (const c of splitClaims(text, p.start, p.end)) {
      if (!isClaimLike(c.context ? c.context + c.text : c.text)) continue;
      // a quotation inside the quote: its words are the quoted person's ("Quotes Trump as saying, “I’ll …”")
      const inner = embedded.find((e) => c.start > e.open && c.start < e.close);
      const framing = embedded.find((e) => e.open >= c.start && e.open < c.end);
      const r = inner
        ? {
            ...resolver,
            speakerName: inner.speaker,
            speakerType: 'person',
            gender: undefined,
            place: undefined,
            reported: false,
          }
        : resolver;
      const ctx = c.context ?? '';
      let sa = standalone(
        ctx + c.text,
        { ...r, antecedent: antecedent?.name, antecedentNumber: antecedent?.number },
        framing ? ctx.length + framing.open - c.start : undefined,
      );
      antecedent = lastNamedSubject(c.text) ?? (/^(he|she|they)\b/i.test(c.text) ? antecedent : null);
      if (o.framing && sp && c.start === parts[0].start) sa = `${sp.name} ${o.framing} ${c.text[0]}${sa.slice(1)}`;
      const sc = score(sa);
      claims.push({
        id: `${idPrefix}c${claims.length}`,
        text: c.text,
        standalone: sa,
        start: c.start,
        end: c.end,
        checkworthiness: Math.round(sc.checkworthiness * 1000) / 1000,
        checkworthy: sc.checkworthy,
      });
    }
  }
  return claims;
}
