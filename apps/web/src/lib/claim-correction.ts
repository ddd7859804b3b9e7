import type { ClaimCorrection, ClaimDetail, Quote, SpeakerChoice } from '../api/types';

/** A speaker the form offers: one the article quotes, by their id. */
export interface ArticleSpeaker {
  id: string;
  name: string;
  type: string | null;
  title: string | null;
}

/** The speakers the article's quotes are attributed to, each once, in the order the article first quotes them. */
export function articleSpeakers(quotes: Quote[]): ArticleSpeaker[] {
  const seen = new Map<string, ArticleSpeaker>();
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (speaker?.id && !seen.has(speaker.id)) {
      seen.set(speaker.id, { id: speaker.id, name: speaker.name, type: speaker.type, title: speaker.title });
    }
  }
  return [...seen.values()];
}

/** What the form holds: the claim's words, its standalone form, and who said it. */
export interface CorrectionForm {
  text: string;
  standalone: string;
  /** `keep`, `other` (typed below), or one of the article's speakers by id. */
  speaker: string;
  name: string;
  type: string;
  title: string;
}

export function correctionForm(claim: ClaimDetail): CorrectionForm {
  return {
    text: claim.text,
    standalone: claim.standalone,
    speaker: 'keep',
    name: '',
    type: 'person',
    title: '',
  };
}

/**
 * The body of `PATCH /v1/claims/:id` for what the form changed (words and standalone form trimmed), or a message for
 * a field that cannot be sent; null fields are left out, so an untouched form sends nothing.
 */
export function claimCorrection(
  claim: Pick<ClaimDetail, 'text' | 'standalone' | 'speaker'>,
  form: CorrectionForm,
): { body: ClaimCorrection } | { error: string; field: keyof CorrectionForm } {
  const text = form.text.trim();
  const standalone = form.standalone.trim();
  if (!text) return { error: 'The claim’s words cannot be empty.', field: 'text' };
  if (!standalone) return { error: 'The standalone form cannot be empty.', field: 'standalone' };
  const body: ClaimCorrection = {};
  if (text !== claim.text) body.text = text;
  if (standalone !== claim.standalone) body.standalone = standalone;
  if (form.speaker === 'other') {
    const name = form.name.trim();
    if (!name) return { error: 'Give the speaker’s name.', field: 'name' };
    body.speaker = {
      name,
      type: form.type as SpeakerChoice['type'],
      ...(form.title.trim() ? { title: form.title.trim() } : {}),
    };
  } else if (form.speaker !== 'keep' && form.speaker !== claim.speaker?.id) {
    body.speaker = { speakerId: form.speaker };
  }
  return { body };
}

/**
 * Where the words naming the speaker are: of their places in the article, the one nearest the quote (`near`, its
 * start); null when the article does not have them.
 */
export function nearestSpan(body: string, words: string, near: number): { start: number; end: number } | null {
  const wanted = words.trim();
  if (!wanted) return null;
  let best: number | null = null;
  for (let at = body.indexOf(wanted); at !== -1; at = body.indexOf(wanted, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best === null ? null : { start: best, end: best + wanted.length };
}
