/**
 * How urgently a claim should be checked.
 *
 * The base priority, fixed at triage, weighs how check-worthy the claim is, how prominent its speaker is (how many
 * articles quote them) and how fresh the news is. In the queue a claim also gains priority the longer it waits:
 * effective = base + AGING_PER_HOUR × hours waited. Because AGING_PER_HOUR × now is the same for every claim, the
 * queue can be ordered by a key fixed when the claim enters its stage — base − AGING_PER_HOUR × hours at entry — and
 * that key can be indexed: take-next stays one index scan however many claims wait.
 */

export const PRIORITY_WEIGHTS = { checkworthiness: 0.6, prominence: 0.2, recency: 0.2 } as const;
/** A day of waiting is worth 0.24: a little more than the gap between a fair and a strong claim. */
export const AGING_PER_HOUR = 0.01;
/** Added when a claim passes its deadline: more than any base priority and eight days of waiting. */
export const OVERDUE_BOOST = 2;
/** News loses half its urgency in this many hours. */
export const RECENCY_HALF_LIFE_HOURS = 72;
/** A speaker quoted in this many articles counts as fully prominent. */
export const PROMINENT_AFTER_ARTICLES = 50;

/** Queue ranks count waiting hours from here (any fixed instant would do; ranks are compared, never shown). */
export const QUEUE_RANK_EPOCH = new Date(Date.UTC(2020, 0, 1));

export interface PriorityFactors {
  checkworthiness: number;
  /** Articles quoting the speaker, this one included; 0 when the speaker is unknown. */
  speakerArticles: number;
  /** Hours between the article's publication (or arrival) and triage. */
  newsAgeHours: number;
}

export function prominence(speakerArticles: number): number {
  if (speakerArticles <= 0) return 0;
  return Math.min(1, Math.log1p(speakerArticles) / Math.log1p(PROMINENT_AFTER_ARTICLES));
}

export function recency(newsAgeHours: number): number {
  return Math.pow(0.5, Math.max(0, newsAgeHours) / RECENCY_HALF_LIFE_HOURS);
}

export function basePriority(factors: PriorityFactors): number {
  return (
    PRIORITY_WEIGHTS.checkworthiness * clamp01(factors.checkworthiness) +
    PRIORITY_WEIGHTS.prominence * prominence(factors.speakerArticles) +
    PRIORITY_WEIGHTS.recency * recency(factors.newsAgeHours)
  );
}

function hoursSinceEpoch(at: Date): number {
  return (at.getTime() - QUEUE_RANK_EPOCH.getTime()) / 3_600_000;
}

/** The queue key of a claim entering a stage at `enteredAt` with this base priority. */
export function queueRank(priority: number, enteredAt: Date, overdue = false): number {
  return priority - AGING_PER_HOUR * hoursSinceEpoch(enteredAt) + (overdue ? OVERDUE_BOOST : 0);
}

/** The priority a claim has now: its base, plus what waiting (and being overdue) added. */
export function effectivePriority(rank: number, now: Date = new Date()): number {
  return rank + AGING_PER_HOUR * hoursSinceEpoch(now);
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
