/** The claims of a quote: its words split into checkable assertions, each made to read on its own and scored. */
import { heuristicCheckworthiness } from '../fallback-score';
import { embeddedQuotes, lastNamedSubject } from './embedded-quotes';
import { isClaimLike, splitClaims } from './split-claims';
import { standalone } from './standalone';
import { CheckworthinessScore, ExtractedClaim, QuoteKind, SpeakerType } from '../types';

export type Scorer = (sentence: string) => CheckworthinessScore;

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
