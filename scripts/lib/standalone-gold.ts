/**
 * The standalone-form gold set (scripts/gold/standalone-gold.jsonl, how it was made in scripts/gold/README.md) and
 * its measures in `npm run eval`:
 *
 *  - standalone accuracy: the system's `standalone` equals one of the item's acceptable forms after normalisation
 *    (normaliseForm: quotes, spaces, the first letter's case and the closing punctuation do not count), of all items
 *    and of the items matched to a claim;
 *  - checkable precision: among the matched items the system marks check-worthy (what is sent to research), the
 *    share that are checkable assertions with their frame intact;
 *  - speaker-name accuracy: the resolved `speaker.name` is one of the names a reader accepts for who said it
 *    (normaliseName), not only a mention overlapping the right span.
 *
 * Gold items are matched to the system's claims of the same article by span (matchGold), so that an extraction that
 * moves a claim's bounds is still measured; a gold item with no claim is a miss for standalone and speaker. When the
 * matched claim's span differs from the gold span its standalone form is still compared with the gold forms (made
 * for the gold span): `spanChanged` says how many items that concerns.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ExtractedQuote } from '../../libs/extraction/src';

type UncheckableKind = 'fragment' | 'question' | 'opinion' | 'frame-cut' | 'greeting' | 'other';

export interface GoldItem {
  id: string;
  article: string;
  start: number;
  end: number;
  text: string;
  /** The acceptable standalone forms: the claim's own words when no rewrite is safe, or the correct rewrite(s). */
  standalone: string[];
  /** Whether the system's standalone form at annotation time (`annotated.standalone`) was acceptable. */
  standaloneOk: boolean;
  /** A checkable assertion with its frame intact. */
  checkable: boolean;
  uncheckableKind: UncheckableKind | null;
  /** The names a reader accepts for the person or body who said it, the fullest first. */
  speaker: string[];
  /** What the system produced for this claim when it was annotated. */
  annotated: { standalone: string; checkworthy: boolean; speaker: string | null };
}

const GOLD_FILE = path.resolve(__dirname, '..', 'gold', 'standalone-gold.jsonl');

export function loadGold(file = GOLD_FILE): GoldItem[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldItem);
}

/**
 * What two standalone forms are compared on: curly and doubled quotes read as straight ones, zero-width characters
 * dropped, runs of spaces as one, the first letter's case and the closing punctuation and quote marks ignored
 * ("deplorables”." and "deplorables.”" are the same ending).
 */
export function normaliseForm(s: string): string {
  const t = s
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/''/g, '"')
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?"']+$/, '')
    .replace(/^["']+/, '');
  return t.charAt(0).toLowerCase() + t.slice(1);
}

/** A speaker name as compared with the accepted names: case, quotes, spaces and a leading "the" do not count. */
export function normaliseName(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the /, '');
}

export interface SystemClaim {
  start: number;
  end: number;
  text: string;
  standalone: string;
  checkworthy: boolean;
  speaker: string | null;
  /** The words of the article the speaker was found in ("he", "the senator"), for the error lines. */
  speakerMention?: string;
}

export function systemClaims(quotes: ExtractedQuote[]): SystemClaim[] {
  return quotes.flatMap((q) =>
    q.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      standalone: c.standalone,
      checkworthy: c.checkworthy,
      speaker: q.speaker?.name ?? null,
      speakerMention: q.speaker?.mention.text,
    })),
  );
}

/**
 * Gold items to system claims of one article, one to one: a pair is eligible when their spans share at least half
 * of the shorter one's characters; pairs are taken greedily by decreasing overlap, and among equal overlaps by
 * increasing union (so that of two nested claims the one with the gold span itself wins over the one around it).
 * Returns, for each gold item in order, the index of its claim or -1.
 */
export function matchGold(gold: { start: number; end: number }[], claims: { start: number; end: number }[]): number[] {
  const pairs: { g: number; c: number; o: number; u: number }[] = [];
  gold.forEach((g, gi) =>
    claims.forEach((c, ci) => {
      const o = Math.min(g.end, c.end) - Math.max(g.start, c.start);
      const u = Math.max(g.end, c.end) - Math.min(g.start, c.start);
      if (o > 0 && o >= 0.5 * Math.min(g.end - g.start, c.end - c.start)) pairs.push({ g: gi, c: ci, o, u });
    }),
  );
  pairs.sort((a, b) => b.o - a.o || a.u - b.u || a.g - b.g || a.c - b.c);
  const out = gold.map(() => -1);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (out[p.g] >= 0 || taken.has(p.c)) continue;
    out[p.g] = p.c;
    taken.add(p.c);
  }
  return out;
}

const pct = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : 0);

/**
 * The gold set's measures for the claims an extraction found in each article (`claimsOf(article)`), and the misses
 * (one line each) for `npm run eval -- --gold-errors N`.
 */
export function standaloneGoldEval(
  gold: GoldItem[],
  claimsOf: (article: string) => SystemClaim[],
): { result: Record<string, unknown>; errors: string[] } {
  const byArticle = new Map<string, GoldItem[]>();
  for (const g of gold) byArticle.set(g.article, [...(byArticle.get(g.article) ?? []), g]);
  let matched = 0;
  let spanChanged = 0;
  let standaloneOk = 0;
  let speakerOk = 0;
  let rewritten = 0;
  let rewrittenOk = 0;
  let sent = 0;
  let sentCheckable = 0;
  let sentStandaloneOk = 0;
  let sentSpeakerOk = 0;
  let checkable = 0;
  const errors: string[] = [];
  const uncheckableSent: Record<string, number> = {};
  for (const [article, items] of byArticle) {
    const claims = claimsOf(article);
    const m = matchGold(items, claims);
    items.forEach((g, i) => {
      if (g.checkable) checkable++;
      const c = m[i] >= 0 ? claims[m[i]] : null;
      if (!c) {
        errors.push(`MISS ${g.id} ${article} [${g.start},${g.end}) ${JSON.stringify(g.text)}`);
        return;
      }
      matched++;
      if (c.start !== g.start || c.end !== g.end) spanChanged++;
      const formOk = g.standalone.some((f) => normaliseForm(f) === normaliseForm(c.standalone));
      const nameOk = !!c.speaker && g.speaker.some((n) => normaliseName(n) === normaliseName(c.speaker ?? ''));
      if (formOk) standaloneOk++;
      else
        errors.push(
          `STANDALONE ${g.id}: ${JSON.stringify(c.standalone)} | gold ${g.standalone.map((f) => JSON.stringify(f)).join(' or ')}`,
        );
      if (nameOk) speakerOk++;
      else
        errors.push(
          `SPEAKER ${g.id}: ${JSON.stringify(c.speakerMention)}→${JSON.stringify(c.speaker)} | gold ${JSON.stringify(g.speaker[0])}`,
        );
      if (normaliseForm(c.standalone) !== normaliseForm(c.text)) {
        rewritten++;
        if (formOk) rewrittenOk++;
      }
      if (c.checkworthy) {
        sent++;
        if (g.checkable) sentCheckable++;
        else {
          uncheckableSent[g.uncheckableKind ?? 'other'] = (uncheckableSent[g.uncheckableKind ?? 'other'] ?? 0) + 1;
          errors.push(`SENT ${g.id} (${g.uncheckableKind ?? 'other'}): ${JSON.stringify(c.standalone)}`);
        }
        if (formOk) sentStandaloneOk++;
        if (nameOk) sentSpeakerOk++;
      }
    });
  }
  return {
    result: {
      file: path.relative(path.resolve(__dirname, '..', '..'), GOLD_FILE),
      items: gold.length,
      matched,
      unmatched: gold.length - matched,
      spanChanged,
      standaloneAccuracy: pct(standaloneOk, gold.length),
      // (of the items the extraction still finds: a gold item whose words are no longer a claim — a fragment or the
      // paper's narration the extraction stopped proposing — counts as wrong above)
      matchedStandaloneAccuracy: pct(standaloneOk, matched),
      rewrittenAccuracy: pct(rewrittenOk, rewritten),
      rewritten,
      unchangedAccuracy: pct(standaloneOk - rewrittenOk, matched - rewritten),
      speakerNameAccuracy: pct(speakerOk, gold.length),
      checkableShare: pct(checkable, gold.length),
      sentToResearch: {
        claims: sent,
        checkablePrecision: pct(sentCheckable, sent),
        standaloneAccuracy: pct(sentStandaloneOk, sent),
        speakerNameAccuracy: pct(sentSpeakerOk, sent),
        notCheckableByKind: Object.fromEntries(Object.entries(uncheckableSent).sort()),
      },
    },
    errors,
  };
}
