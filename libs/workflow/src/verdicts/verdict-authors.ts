import { EntityManager } from 'typeorm';
import { Verdict, VerdictSource } from '@app/database';
import { VerdictAuthor, verdictView } from './verdict.views';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';

/**
 * Who wrote a verdict version: everyone whose draft save changed it, who submitted it or who corrected it, not only
 * the last of them (`author_id`). The two-person rule is about all of them: a draft handed on unchanged is still its
 * first author's words.
 */

/** The authors of a verdict as a JSON array of {id, name}, in the order they first wrote; `verdict` is an SQL expression of its id. */
export const authorsJsonSql = (verdict: string) => `
  coalesce((SELECT json_agg(json_build_object('id', author.id, 'name', author.name) ORDER BY wrote.first_wrote_at, wrote.user_id)
              FROM verdict_authors wrote JOIN users author ON author.id = wrote.user_id
             WHERE wrote.verdict_id = ${verdict}), '[]'::json)`;

/** Whether the person wrote part of a verdict that waits for review on the claim; `claim` and `person` are SQL expressions. */
export const wroteSubmittedVerdictSql = (claim: string, person: string) => `
  EXISTS (SELECT 1 FROM verdicts own JOIN verdict_authors wrote ON wrote.verdict_id = own.id
           WHERE own.claim_id = ${claim} AND own.status = 'submitted' AND wrote.user_id = ${person})`;

/** Adds a person to a version's authors; the first time they wrote it is kept. */
export async function addVerdictAuthor(manager: EntityManager, verdictId: string, userId: string): Promise<void> {
  await manager.query(
    `INSERT INTO verdict_authors (verdict_id, user_id) VALUES ($1, $2) ON CONFLICT (verdict_id, user_id) DO NOTHING`,
    [verdictId, userId],
  );
}

/** A new version that carries over an older one's words carries over its authors too, with when they first wrote. */
export async function copyVerdictAuthors(
  manager: EntityManager,
  fromVerdictId: string,
  toVerdictId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO verdict_authors (verdict_id, user_id, first_wrote_at)
     SELECT $2, user_id, first_wrote_at FROM verdict_authors WHERE verdict_id = $1
     ON CONFLICT (verdict_id, user_id) DO NOTHING`,
    [fromVerdictId, toVerdictId],
  );
}

/** The two-person rule: nobody who wrote part of a version reviews it. */
export async function refuseReviewByAuthor(manager: EntityManager, claimId: string, reviewerId: string): Promise<void> {
  const [{ wrote }] = await manager.query(`SELECT ${wroteSubmittedVerdictSql('$1::uuid', '$2::uuid')} AS wrote`, [
    claimId,
    reviewerId,
  ]);
  if (wrote) throw ownVerdictError();
}

/** The two-person rule: nobody reviews a verdict they wrote part of. */
export function ownVerdictError(): WorkflowError {
  return new WorkflowError(
    WorkflowErrorCode.OwnVerdict,
    'you wrote part of this verdict, so another editor must review it: nobody reviews a verdict they drafted, changed or submitted',
  );
}

/** The API's view of verdict versions, each with its authors, in one query. */
export async function verdictViews(manager: EntityManager, verdicts: Verdict[]) {
  if (verdicts.length === 0) return [];
  const rows: { id: string; authors: VerdictAuthor[] }[] = await manager.query(
    `SELECT verdict.id, ${authorsJsonSql('verdict.id')} AS authors FROM unnest($1::uuid[]) AS verdict (id)`,
    [verdicts.map((verdict) => verdict.id)],
  );
  const authorsOf = new Map(rows.map((row) => [row.id, row.authors]));
  return verdicts.map((verdict) => verdictView(verdict, authorsOf.get(verdict.id) ?? []));
}

export async function viewOfVerdict(manager: EntityManager, verdict: Verdict) {
  const [view] = await verdictViews(manager, [verdict]);
  return view;
}

/** Whether a draft save changes what the version says; an empty text and no text are the same words. */
export function draftChanges(
  verdict: Pick<Verdict, 'rating' | 'summary' | 'explanation' | 'sources'>,
  draft: { rating?: string; summary?: string; explanation?: string; sources?: VerdictSource[] },
): boolean {
  const sameText = (a: string | null | undefined, b: string | null | undefined) => (a ?? '') === (b ?? '');
  return (
    (draft.rating !== undefined && draft.rating !== verdict.rating) ||
    (draft.summary !== undefined && !sameText(draft.summary, verdict.summary)) ||
    (draft.explanation !== undefined && !sameText(draft.explanation, verdict.explanation)) ||
    (draft.sources !== undefined &&
      (draft.sources.length !== verdict.sources.length ||
        draft.sources.some(
          (source, index) =>
            source.url !== verdict.sources[index].url || !sameText(source.title, verdict.sources[index].title),
        )))
  );
}
