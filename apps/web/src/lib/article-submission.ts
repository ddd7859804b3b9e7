import type { SubmitArticle } from '../api/types';

/** The submit form as typed: every field a string, empty when left out. */
export interface ArticleForm {
  text: string;
  format: 'text' | 'html';
  title: string;
  url: string;
  publisher: string;
  /** From a datetime-local input, in the browser's zone. */
  publishedAt: string;
  /** Where the claims come from; the service's default (CLAIMS_FROM) when not chosen. */
  claimsFrom?: 'quotes' | 'all';
}

/**
 * What the form sends: the text (plain or a page) with what came with it, or, with no text, the address alone for the
 * service to fetch the page; or why there is nothing to send yet.
 */
export function articleSubmission(form: ArticleForm): { submission: SubmitArticle } | { error: string } {
  const url = form.url.trim();
  if (!form.text.trim() && !url) {
    return { error: 'Paste the article’s text, choose a file, or give its address for the page to be fetched.' };
  }
  if (url && !/^https?:\/\/\S+$/i.test(url)) return { error: 'The address must start with http:// or https://.' };
  const text = form.text.trim() ? (form.format === 'html' ? { html: form.text } : { body: form.text }) : {};
  return {
    submission: {
      ...text,
      ...(form.title.trim() ? { title: form.title.trim() } : {}),
      ...(url ? { url } : {}),
      ...(form.publisher.trim() ? { publisher: form.publisher.trim() } : {}),
      ...(form.publishedAt ? { publishedAt: new Date(form.publishedAt).toISOString() } : {}),
      ...(form.claimsFrom ? { claimsFrom: form.claimsFrom } : {}),
    },
  };
}

/** Whether the service is to fetch the page: an address and no text. */
export function fetchesPage(submission: SubmitArticle): boolean {
  return submission.url !== undefined && submission.body === undefined && submission.html === undefined;
}
