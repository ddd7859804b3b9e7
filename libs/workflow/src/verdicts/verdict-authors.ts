import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import type { VerdictWords } from './verdicts.repository';
import type { VerdictRow } from './verdicts.columns';

/**
 * Who wrote a verdict version: everyone whose draft save changed it, who submitted it or who corrected it, not only
 * the last of them (`authorId`). The two-person rule is about all of them: a draft handed on unchanged is still its
 * first author's words. VerdictsRepository keeps them (`addAuthor`, `copyAuthors`); a VerdictRow lists them.
 */

/** The two-person rule, for a decision on this version: nobody who wrote part of it decides on it. */
export function refuseReviewByAuthor(verdict: Pick<VerdictRow, 'authors'>, reviewerId: string): void {
  if (verdict.authors.some((author) => author.id === reviewerId)) throw ownVerdictError();
}

/** The two-person rule: nobody reviews a verdict they wrote part of. */
export function ownVerdictError(): WorkflowError {
  return new WorkflowError(
    WorkflowErrorCode.OwnVerdict,
    'you wrote part of this verdict, so another editor must review it: nobody reviews a verdict they drafted, changed or submitted',
  );
}

/** Whether a draft save changes what the version says; an empty text and no text are the same words. */
export function draftChanges(verdict: Omit<VerdictWords, 'ratingValue'>, draft: Partial<VerdictWords>): boolean {
  return changedWords(verdict, draft).length > 0;
}

/** The words a save or an edit changes, in the order a verdict reads; an empty text and no text are the same. */
export function changedWords(
  verdict: Omit<VerdictWords, 'ratingValue'>,
  draft: Partial<VerdictWords>,
): ('rating' | 'summary' | 'explanation' | 'sources')[] {
  const sameText = (a: string | null | undefined, b: string | null | undefined) => (a ?? '') === (b ?? '');
  return [
    ...(draft.rating !== undefined && draft.rating !== verdict.rating ? (['rating'] as const) : []),
    ...(draft.summary !== undefined && !sameText(draft.summary, verdict.summary) ? (['summary'] as const) : []),
    ...(draft.explanation !== undefined && !sameText(draft.explanation, verdict.explanation)
      ? (['explanation'] as const)
      : []),
    ...(draft.sources !== undefined &&
    (draft.sources.length !== verdict.sources.length ||
      draft.sources.some(
        (source, index) =>
          source.url !== verdict.sources[index].url || !sameText(source.title, verdict.sources[index].title),
      ))
      ? (['sources'] as const)
      : []),
  ];
}
