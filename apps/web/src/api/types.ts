/** The API's JSON shapes as the desk reads them (see README "The HTTP API"). */

export type Role = 'ingester' | 'factchecker' | 'editor' | 'admin';
export type Stage = 'triage' | 'research' | 'review' | 'published' | 'dismissed';

export interface Me {
  id: string;
  name: string;
  role: Role;
  team: string | null;
}

export interface Lease {
  id: string;
  holderId: string | null;
  expiresAt: string;
}

export interface Speaker {
  id: string | null;
  name: string;
  type: string | null;
  title: string | null;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface ClaimListItem {
  id: string;
  text: string;
  standalone: string | null;
  start: number;
  end: number;
  checkworthiness: number;
  checkworthy: boolean;
  stage: Stage;
  parked: boolean;
  priority: number;
  basePriority: number;
  overdue: boolean;
  stageEnteredAt: string;
  createdAt: string;
  speaker: Speaker | null;
  quote: { id: string; text: string; kind: string; start: number; end: number };
  article: {
    id: string;
    title: string | null;
    url: string | null;
    publisher: string | null;
    publishedAt: string | null;
  };
  lease: Lease | null;
}

export interface ClaimPage {
  items: ClaimListItem[];
  nextCursor: string | null;
}

export interface Source {
  url: string;
  title?: string | null;
}

export interface VerdictAuthor {
  id: string;
  name: string;
}

export interface Verdict {
  id: string;
  claimId: string;
  version: number;
  status: 'draft' | 'submitted' | 'approved' | 'published';
  rating: string | null;
  ratingValue: number | null;
  summary: string | null;
  explanation: string | null;
  sources: Source[];
  /** The last person who wrote or submitted this version. */
  authorId: string;
  /** Everyone who wrote part of this version, in the order they first did. */
  authors: VerdictAuthor[];
  reviewerId: string | null;
  reviewComment: string | null;
  correctionNote: string | null;
  supersededAt: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface HistoryEvent {
  id: string;
  type: string;
  actor: { id: string | null; name: string | null };
  data: Record<string, unknown> | null;
  at: string;
}

export interface ClaimMatch {
  id: string;
  status: 'linked' | 'suggested' | 'confirmed' | 'rejected' | string;
  similarity: number;
  claim: { id: string; text: string; standalone: string | null; stage: Stage; speaker: string | null };
  article: { id: string; title: string | null; url: string | null; publisher: string | null };
  verdict: {
    id: string;
    version: number;
    rating: string;
    ratingValue: number;
    summary: string | null;
    publishedAt: string;
  } | null;
}

export interface ClaimDetail extends Omit<ClaimListItem, 'quote'> {
  quote: { id: string; text: string; kind: string; start: number; end: number; mention: Span | null; cue: Span | null };
  dismissedReason: string | null;
  verdict: Verdict | null;
  verdicts: Verdict[];
  history: HistoryEvent[];
  matches: ClaimMatch[];
}

export interface ArticleClaim {
  id: string;
  quoteId: string;
  text: string;
  standalone: string | null;
  start: number;
  end: number;
  checkworthiness: number;
  checkworthy: boolean;
  stage: Stage;
  parked: boolean;
  priority: number;
  overdue: boolean;
}

export interface ArticleQuote {
  id: string;
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'partial' | 'indirect' | string;
  speaker: (Speaker & { mention: Span | null }) | null;
  cue: Span | null;
  claims: ArticleClaim[];
}

export interface Article {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  authors: string[] | null;
  language: string | null;
  status: 'received' | 'extracting' | 'extracted' | 'failed';
  failureReason: string | null;
  createdAt: string;
  extractedAt: string | null;
  body: string;
  quotes: ArticleQuote[];
  claims: ArticleClaim[];
}

export interface RatingLevel {
  name: string;
  value: number;
  description: string;
}

export interface Ratings {
  worstRating: number;
  bestRating: number;
  items: RatingLevel[];
}

export interface ClaimReview {
  '@context': string;
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified?: string;
  version?: number;
  author: { name: string; url?: string };
  reviewRating: { ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  itemReviewed: {
    author?: { name: string; jobTitle?: string };
    appearance?: { url?: string; headline?: string; publisher?: { name: string } };
  };
  reviewBody?: string;
}

export interface MyVerdict {
  id: string;
  claimId: string;
  version: number;
  status: Verdict['status'];
  rating: string | null;
  summary: string | null;
  reviewComment: string | null;
  updatedAt: string;
  claim: {
    id: string;
    text: string;
    standalone: string | null;
    stage: Stage;
    leasedByYou: boolean;
    speaker: string | null;
    article: { id: string; title: string | null };
  };
}

export interface User {
  id: string;
  name: string;
  role: Role;
  team: string | null;
  keyPrefix: string;
  createdAt: string;
}

export interface Webhook {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  disabledReason: string | null;
  createdAt: string;
}

export interface Delivery {
  id: string;
  subscriptionId: string;
  messageId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export const WEBHOOK_EVENTS = [
  'article.extracted',
  'claim.ready',
  'claim.overdue',
  'verdict.submitted',
  'verdict.published',
  'verdict.corrected',
] as const;

const ROLE_ORDER: Role[] = ['ingester', 'factchecker', 'editor', 'admin'];

/** Each role may do what the roles before it may. */
export function roleAllows(held: Role, required: Role): boolean {
  return ROLE_ORDER.indexOf(held) >= ROLE_ORDER.indexOf(required);
}
