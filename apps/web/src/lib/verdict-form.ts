/** The verdict form's state and the checks the API makes on submit, so the form can say what is missing first. */
import type { Verdict, VerdictDraft } from '../api/types';

interface SourceRow {
  url: string;
  title: string;
}

export interface VerdictFields {
  rating: string;
  summary: string;
  explanation: string;
  sources: SourceRow[];
}

export function fieldsFromVerdict(
  verdict: Pick<Verdict, 'rating' | 'summary' | 'explanation' | 'sources'> | null | undefined,
): VerdictFields {
  return {
    rating: verdict?.rating ?? '',
    summary: verdict?.summary ?? '',
    explanation: verdict?.explanation ?? '',
    sources: verdict?.sources.length
      ? verdict.sources.map((source) => ({ url: source.url, title: source.title ?? '' }))
      : [{ url: '', title: '' }],
  };
}

/** The body of `PUT …/verdict`: blank source rows are left out, titles only when given. */
export function draftBody(fields: VerdictFields): VerdictDraft {
  return {
    ...(fields.rating ? { rating: fields.rating } : {}),
    summary: fields.summary,
    explanation: fields.explanation,
    sources: fields.sources
      .map((source) => ({ url: source.url.trim(), title: source.title.trim() }))
      .filter((source) => source.url || source.title)
      .map((source) => (source.title ? source : { url: source.url })),
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

export interface FieldProblem {
  field: 'rating' | 'summary' | 'sources' | `sources.${number}`;
  message: string;
}

/** What a draft can be saved with: every source that is filled in needs an http(s) URL. */
export function draftProblems(fields: VerdictFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  fields.sources.forEach((source, index) => {
    const url = source.url.trim();
    if ((url || source.title.trim()) && !isHttpUrl(url)) {
      problems.push({ field: `sources.${index}`, message: 'Give the source as an http(s) address.' });
    }
  });
  return problems;
}

/** What submitting needs besides that: a rating, a summary and at least one source. */
export function submitProblems(fields: VerdictFields): FieldProblem[] {
  const problems = draftProblems(fields);
  if (!fields.rating) problems.unshift({ field: 'rating', message: 'Choose a rating.' });
  if (!fields.summary.trim()) problems.push({ field: 'summary', message: 'Write a summary.' });
  if (!fields.sources.some((source) => isHttpUrl(source.url.trim()))) {
    problems.push({ field: 'sources', message: 'Add at least one source.' });
  }
  return problems;
}

export function sameFields(a: VerdictFields, b: VerdictFields): boolean {
  return JSON.stringify(draftBody(a)) === JSON.stringify(draftBody(b));
}
