import { Verdict } from '../api/types';
import { formatDateTime } from '../lib/format';
import { listNames } from '../lib/verdict-authors';
import { ExternalLink } from './ui';

/** A verdict as written, for reading (review, published, someone else's draft). */
export function VerdictView({ verdict }: { verdict: Verdict }) {
  return (
    <div className="verdict-view" data-testid="verdict-view">
      <p>
        <span className={`rating-chip rating-${verdict.ratingValue ?? 0}`}>{verdict.rating ?? 'No rating yet'}</span>{' '}
        <span className="muted">
          version {verdict.version}, {verdict.status}
          {verdict.updatedAt && <> · {formatDateTime(verdict.updatedAt)}</>}
        </span>
      </p>
      {verdict.authors.length > 0 && (
        <p className="muted" data-testid="verdict-authors">
          Written by {listNames(verdict.authors.map((author) => author.name))}
          {verdict.editors.length > 0 && (
            <span data-testid="verdict-editors">
              ; edited in review by {listNames(verdict.editors.map((editor) => editor.name))}
            </span>
          )}
        </p>
      )}
      {verdict.summary && <p className="summary">{verdict.summary}</p>}
      {verdict.explanation && <div className="explanation">{verdict.explanation}</div>}
      {verdict.sources.length > 0 && (
        <>
          <h3>Sources</h3>
          <ul className="source-list">
            {verdict.sources.map((source, index) => (
              <li key={index}>
                <ExternalLink href={source.url}>{source.title || source.url}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {verdict.correctionNote && (
        <p className="correction-note">
          <strong>Correction:</strong> {verdict.correctionNote}
        </p>
      )}
    </div>
  );
}
