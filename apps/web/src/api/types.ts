/**
 * The API's JSON shapes the desk reads and sends, by their names in the OpenAPI document. They come from the
 * generated ./schema.ts (`npm run generate:api-types`): change the API's DTOs, not these.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Problem = Schemas['Problem'];

export type Role = Schemas['Role'];
export type Me = Schemas['Me'];
export type RatingScale = Schemas['RatingScale'];

export type ClaimStage = Schemas['ClaimStage'];
export type ListedClaim = Schemas['ListedClaim'];
export type ClaimPage = Schemas['ClaimPage'];
export type ClaimDetail = Schemas['ClaimDetail'];
export type Lease = Schemas['Lease'];
export type Reservation = Schemas['Reservation'];
export type AssignClaim = Schemas['AssignClaim'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Verdict = Schemas['Verdict'];
export type SentBackVerdict = Schemas['SentBackVerdict'];
export type VerdictEdit = Schemas['VerdictEdit'];
export type VerdictDraft = Schemas['VerdictDraft'];
export type Correction = Schemas['Correction'];
export type Reject = Schemas['Reject'];
export type ClaimNote = Schemas['ClaimNote'];
export type Dismiss = Schemas['Dismiss'];
export type ClaimCorrection = Schemas['ClaimCorrection'];
export type QuoteCorrection = Schemas['QuoteCorrection'];
export type SpeakerChoice = Schemas['SpeakerChoice'];
export type AddClaim = Schemas['AddClaim'];
export type SplitClaim = Schemas['SplitClaim'];
export type MergeClaims = Schemas['MergeClaims'];
export type ClaimRewrite = Schemas['ClaimRewrite'];
export type MyVerdict = Schemas['MyVerdict'];
export type MyVerdicts = Schemas['MyVerdicts'];

export type SubmitArticle = Schemas['SubmitArticle'];
export type ArticleReceived = Schemas['ArticleReceived'];
export type Article = Schemas['Article'];
export type ArticleStatus = Schemas['ArticleStatus'];
export type ArticleListItem = Schemas['ArticleListItem'];
export type ArticlePage = Schemas['ArticlePage'];
export type Quote = Schemas['Quote'];

export type ClaimReview = Schemas['ClaimReview'];
export type ClaimReviewPage = Schemas['ClaimReviewPage'];

export type CreateUser = Schemas['CreateUser'];
export type User = Schemas['User'];
export type UserList = Schemas['UserList'];
export type Person = Schemas['Person'];
export type PersonList = Schemas['PersonList'];
export type CreatedUser = Schemas['CreatedUser'];
export type UserWithKey = Schemas['UserWithKey'];

export type CreateWebhook = Schemas['CreateWebhook'];
export type WebhookEvent = CreateWebhook['events'][number];
export type WebhookSubscription = Schemas['WebhookSubscription'];
export type WebhookSubscriptionList = Schemas['WebhookSubscriptionList'];
export type CreatedWebhookSubscription = Schemas['CreatedWebhookSubscription'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveryList = Schemas['WebhookDeliveryList'];

/** Every event a subscription may ask for, in the order the form lists them (`satisfies` keeps the list complete). */
const WEBHOOK_EVENT_SET = {
  'article.extracted': true,
  'claim.ready': true,
  'claim.overdue': true,
  'verdict.submitted': true,
  'verdict.published': true,
  'verdict.corrected': true,
} satisfies Record<WebhookEvent, true>;

export const WEBHOOK_EVENTS = Object.keys(WEBHOOK_EVENT_SET) as WebhookEvent[];

/** Each role may do what the roles before it may. */
const ROLE_RANK = { ingester: 0, factchecker: 1, editor: 2, admin: 3 } satisfies Record<Role, number>;

export const ROLES = Object.keys(ROLE_RANK) as Role[];

export function roleAllows(held: Role, required: Role): boolean {
  return ROLE_RANK[held] >= ROLE_RANK[required];
}
