import { PublishingError, PublishingErrorCode } from './publishing.error';
import { RatingScale, findRating } from './rating-scale';

/**
 * schema.org ClaimReview JSON-LD for a published verdict, in the shape Google documents for fact checks
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
 */

/** Same values as the extraction contract's speaker type. */
export type ClaimSpeakerType = 'person' | 'organization' | 'document' | 'media' | 'unknown';

/** Nullable fields accept database rows as they come; null, undefined and blank strings are all left out. */
export interface ClaimReviewInput {
  claim: { text: string; standalone?: string | null };
  speaker: { name: string; type: ClaimSpeakerType; title?: string | null } | null;
  article: {
    url?: string | null;
    title?: string | null;
    publisher?: string | null;
    publishedAt?: Date | string | null;
  };
  verdict: {
    /** A rating name from the scale, matched ignoring case. */
    rating: string;
    summary?: string | null;
    publishedAt: Date;
    /** When a correction last changed the published verdict. */
    correctedAt?: Date | null;
    /** 1 for the first publication, counting up with each correction. */
    version?: number | null;
  };
  scale: RatingScale;
  organization: { name: string; url?: string | null };
  /** Where the fact check can be read. */
  reviewUrl: string;
  /**
   * Every article the claim appeared in, the first fact-checked appearance first, when it was checked again elsewhere
   * (a repeat given the same verdict); without it, the claim's own article.
   */
  appearances?: AppearanceInput[];
}

/** An article a claim appeared in. */
export type AppearanceInput = ClaimReviewInput['article'];

export interface JsonLdOrganization {
  '@type': 'Organization';
  name: string;
  url?: string;
}

export interface JsonLdPerson {
  '@type': 'Person';
  name: string;
  jobTitle?: string;
}

export interface JsonLdNewsArticle {
  '@type': 'NewsArticle';
  url?: string;
  headline?: string;
  datePublished?: string;
  publisher?: JsonLdOrganization;
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified?: string;
  version?: number;
  author: JsonLdOrganization;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: JsonLdPerson | JsonLdOrganization;
    datePublished?: string;
    /** Where the claim appeared: one article, or the list of every one once it was checked again elsewhere. */
    appearance?: JsonLdNewsArticle | JsonLdNewsArticle[];
  };
  reviewBody?: string;
}

/** Pure and deterministic: the same input always gives the same JSON. Throws PublishingError on unusable input. */
export function buildClaimReview(input: ClaimReviewInput): ClaimReviewJsonLd {
  const { claim, speaker, article, verdict, scale, organization, reviewUrl, appearances } = input;

  const claimReviewed = text(claim.standalone) ?? text(claim.text);
  if (!claimReviewed) throw invalidInput('the claim has no text');
  const organizationName = text(organization.name);
  if (!organizationName) throw invalidInput('the publishing organization needs a name');
  if (!isAbsoluteUrl(reviewUrl)) throw invalidInput(`reviewUrl must be an absolute URL, got "${reviewUrl}"`);
  if (scale.length === 0) throw invalidInput('the rating scale is empty');

  const rating = findRating(scale, verdict.rating);
  if (!rating) {
    throw new PublishingError(
      PublishingErrorCode.UnknownRating,
      `rating "${verdict.rating}" is not on the scale (${scale.map((level) => level.name).join(', ')})`,
    );
  }
  const values = scale.map((level) => level.value);
  const articleDate = isoDate(article.publishedAt, 'article.publishedAt');

  return compact({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl,
    claimReviewed,
    datePublished: isoDate(verdict.publishedAt, 'verdict.publishedAt', true),
    dateModified: isoDate(verdict.correctedAt, 'verdict.correctedAt'),
    version: verdict.version ?? undefined,
    author: compact({ '@type': 'Organization', name: organizationName, url: text(organization.url) }),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: Math.max(...values),
      worstRating: Math.min(...values),
      alternateName: rating.name,
    },
    itemReviewed: compact({
      '@type': 'Claim',
      author: claimAuthor(speaker),
      datePublished: articleDate,
      appearance: appearanceList(appearances ?? [article]),
    }),
    reviewBody: text(verdict.summary),
  });
}

/**
 * Google accepts only Person or Organization as a claim's author. Organizations and media outlets are
 * Organizations, and so are documents (an order or memo speaks for the body that issued it); a speaker of
 * unknown type is most often a person.
 */
function claimAuthor(speaker: ClaimReviewInput['speaker']): JsonLdPerson | JsonLdOrganization | undefined {
  const name = text(speaker?.name);
  if (!speaker || !name) return undefined;
  if (speaker.type === 'person' || speaker.type === 'unknown') {
    return compact<JsonLdPerson>({ '@type': 'Person', name, jobTitle: text(speaker.title) });
  }
  return { '@type': 'Organization', name };
}

/**
 * The ClaimReview with its claim's appearances replaced: what a published ClaimReview becomes when the claim is
 * checked again in another article and given the same verdict. Nothing else of it changes.
 */
export function withAppearances(claimReview: ClaimReviewJsonLd, appearances: AppearanceInput[]): ClaimReviewJsonLd {
  const itemReviewed = { ...claimReview.itemReviewed, appearance: appearanceList(appearances) };
  return { ...claimReview, itemReviewed: compact(itemReviewed) };
}

/**
 * One appearance as an object, as a ClaimReview of a claim seen once has always carried it; several as a list, in
 * the order given (schema.org's `appearance` takes either). Articles known by neither url nor title are left out.
 */
function appearanceList(articles: AppearanceInput[]): ClaimReviewJsonLd['itemReviewed']['appearance'] {
  const known = articles.flatMap((article) => appearance(article) ?? []);
  if (known.length === 0) return undefined;
  return known.length === 1 ? known[0] : known;
}

function appearance(article: AppearanceInput): JsonLdNewsArticle | undefined {
  const url = text(article.url);
  const headline = text(article.title);
  if (!url && !headline) return undefined;
  const publisher = text(article.publisher);
  return compact<JsonLdNewsArticle>({
    '@type': 'NewsArticle',
    url,
    headline,
    datePublished: isoDate(article.publishedAt, 'article.publishedAt'),
    publisher: publisher ? { '@type': 'Organization', name: publisher } : undefined,
  });
}

function isoDate(value: Date | string | null | undefined, field: string, required: true): string;
function isoDate(value: Date | string | null | undefined, field: string, required?: false): string | undefined;
function isoDate(value: Date | string | null | undefined, field: string, required = false): string | undefined {
  if (value === null || value === undefined || value === '') {
    if (required) throw invalidInput(`${field} is required`);
    return undefined;
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw invalidInput(`${field} is not a valid date`);
  return date.toISOString();
}

function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function isAbsoluteUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Drops undefined properties so the JSON-LD carries no empty or null fields. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function invalidInput(message: string): PublishingError {
  return new PublishingError(PublishingErrorCode.InvalidClaimReviewInput, `cannot build ClaimReview: ${message}`);
}
