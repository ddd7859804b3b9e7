/**
 * Pass 9, quotes: each attribution becomes a public quote, with its speaker (its own or the one it inherits), its
 * cue, the quoted words and the claims in them. Two attributions of the same words make one quote.
 */
import { AnalysedText, spanOf } from './analysed-text';
import { claimsOf, Scorer } from './claims/claims-of';
import { TimeBudget } from './limits';
import { RawAttribution } from './raw-attribution';
import { ResolvedSpeaker } from './resolution/resolved-speaker';
import { ExtractedClaim, ExtractedQuote, ExtractedSpeaker, Span } from './types';

/** A quote as produced internally, with the pieces of quoted text (several for broken or multi-paragraph quotes). */
export interface ExtractedQuoteWithParts extends ExtractedQuote {
  /** The separate stretches of quoted/reported text this quote is made of (one unless the quote was interrupted). */
  parts: { start: number; end: number }[];
}

export function assembleQuotes(
  doc: AnalysedText,
  raws: RawAttribution[],
  resolved: Map<RawAttribution, ResolvedSpeaker | null>,
  score: Scorer,
  budget: TimeBudget,
): ExtractedQuote[] {
  const { text, tokens, quotes } = doc;
  const out: ExtractedQuote[] = [];
  const seen = new Set<string>();
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
    if (raw.kind === 'partial' && raw.quoteIndices.length) {
      const qs = raw.quoteIndices.map((qi) => quotes[qi]).sort((a, b) => a.start - b.start);
      qStart = qs[0].start;
      qEnd = qs[qs.length - 1].end;
      qParts = qs.flatMap((q) => q.pieces);
    }
    const quoteText = qParts.map((p) => text.slice(p.start, p.end)).join(' ');
    const cue: Span | null = raw.cue ? spanOf(text, tokens, raw.cue.firstToken, raw.cue.endToken) : null;
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
  return out;
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
