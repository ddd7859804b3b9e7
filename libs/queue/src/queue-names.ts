import { sql, SQLQuery } from '@app/database';
import { currentRequestId } from '@app/observability/request-context';

/**
 * Every BullMQ queue: one per automatic stage, the timers that guard people's leases and deadlines, and the
 * check-worthiness model's scheduled retraining.
 */
export enum QueueName {
  Extract = 'extract',
  Triage = 'triage',
  Publish = 'publish',
  Deliver = 'deliver',
  Leases = 'leases',
  Deadlines = 'deadlines',
  Models = 'models',
}

/** A job's name is the name of what it does; producer and consumer share these symbols. */
export enum JobName {
  ExtractArticle = 'ExtractArticle',
  TriageArticleClaims = 'TriageArticleClaims',
  PublishVerdict = 'PublishVerdict',
  DeliverWebhook = 'DeliverWebhook',
  ExpireLease = 'ExpireLease',
  SweepDeadlines = 'SweepDeadlines',
  RetrainCheckworthiness = 'RetrainCheckworthiness',
}

export interface JobPayloads {
  [JobName.ExtractArticle]: { articleId: string };
  [JobName.TriageArticleClaims]: { articleId: string };
  [JobName.PublishVerdict]: { verdictId: string };
  [JobName.DeliverWebhook]: { deliveryId: string; round: number; attempt: number };
  [JobName.ExpireLease]: { leaseId: string };
  [JobName.SweepDeadlines]: Record<string, never>;
  [JobName.RetrainCheckworthiness]: Record<string, never>;
}

export const QUEUE_OF_JOB: { [Name in JobName]: QueueName } = {
  [JobName.ExtractArticle]: QueueName.Extract,
  [JobName.TriageArticleClaims]: QueueName.Triage,
  [JobName.PublishVerdict]: QueueName.Publish,
  [JobName.DeliverWebhook]: QueueName.Deliver,
  [JobName.ExpireLease]: QueueName.Leases,
  [JobName.SweepDeadlines]: QueueName.Deadlines,
  [JobName.RetrainCheckworthiness]: QueueName.Models,
};

/**
 * Deterministic job ids: the same piece of work always gets the same id, so adding it twice (the relay retrying,
 * the reconciler rebuilding) is a no-op while the first job is still in Redis.
 */
export const jobId = {
  extract: (articleId: string) => `extract.${articleId}`,
  triage: (articleId: string) => `triage.${articleId}`,
  /** Triage of claims a person made: its own id, since the article's triage job may still be kept as completed. */
  triageMade: (claimId: string) => `triage.made.${claimId}`,
  publish: (verdictId: string) => `publish.${verdictId}`,
  deliver: (deliveryId: string, round: number, attempt: number) => `deliver.${deliveryId}.${round}.${attempt}`,
  expireLease: (leaseId: string, expiresAt: Date) => `lease.${leaseId}.${expiresAt.getTime()}`,
};

/** `jobId.expireLease` computed by Postgres, for an expiry scheduled in SQL from a lease's id and expiry. */
export function expireLeaseJobIdSql(leaseId: SQLQuery, expiresAt: SQLQuery): SQLQuery {
  return sql`'lease.' || ${leaseId} || '.' || floor(extract(epoch FROM ${expiresAt}) * 1000)::bigint`;
}

/** A job to hand to BullMQ: the payload type follows from the job name. */
export interface JobRequest<Name extends JobName = JobName> {
  queue: QueueName;
  name: Name;
  id: string;
  payload: JobPayloads[Name];
  /** Run no earlier than this. */
  runAt?: Date;
  /** The request that caused the job, carried into its logs. */
  requestId: string | null;
}

/** A job of the work in progress: its queue follows from its name, its request id from the request being served. */
export function jobRequest<Name extends JobName>(
  name: Name,
  id: string,
  payload: JobPayloads[Name],
  runAt?: Date,
): JobRequest<Name> {
  return { queue: QUEUE_OF_JOB[name], name, id, payload, runAt, requestId: currentRequestId() ?? null };
}
