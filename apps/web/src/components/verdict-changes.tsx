import { SentBackVerdict, Verdict } from '../api/types';
import { formatDateTime } from '../lib/format';
import { DiffPart, diffSources, diffWords, hasChanges } from '../lib/word-diff';
import { ExternalLink } from './ui';

/**
 * A resubmitted verdict against the version the editor sent back: the rating, the summary, the explanation and the
 * sources, each with what was removed struck through and what was added underlined (and said, for screen readers).
 */
export function VerdictChanges({ verdict, sentBack }: { verdict: Verdict; sentBack: SentBackVerdict }) {
  const summary = diffWords(sentBack.summary ?? '', verdict.summary ?? '');
  const explanation = diffWords(sentBack.explanation ?? '', verdict.explanation ?? '');
  const sources = diffSources(sentBack.sources, verdict.sources);
  const ratingChanged = (sentBack.rating ?? '') !== (verdict.rating ?? '');
  const sourcesChanged = sources.some((source) => source.kind !== 'same');
  const changed = ratingChanged || hasChanges(summary) || hasChanges(explanation) || sourcesChanged;
  return (
    <section className="verdict-changes" aria-labelledby="changes-title" data-testid="verdict-changes">
      <h3 id="changes-title">Changes since it was sent back</h3>
      <p className="muted">
        {sentBack.by.name} sent it back on {formatDateTime(sentBack.at)}: <q>{sentBack.comment}</q>
      </p>
      {!changed && <p data-testid="no-changes">Nothing changed: it was submitted again as it was.</p>}
      {changed && (
        <dl className="changes">
          <dt>Rating</dt>
          <dd data-testid="rating-change">
            {ratingChanged ? (
              <>
                <Removed>{sentBack.rating ?? 'none'}</Removed> → <Added>{verdict.rating ?? 'none'}</Added>
              </>
            ) : (
              <span className="muted">{verdict.rating} (unchanged)</span>
            )}
          </dd>
          <dt>Summary</dt>
          <dd data-testid="summary-change">
            <Parts parts={summary} />
          </dd>
          <dt>Explanation</dt>
          <dd className="explanation" data-testid="explanation-change">
            <Parts parts={explanation} />
          </dd>
          <dt>Sources</dt>
          <dd>
            <ul className="source-list" data-testid="sources-change">
              {sources.map((source) => (
                <li key={`${source.kind}-${source.url}`} className={`source-${source.kind}`}>
                  {source.kind === 'added' && <Added>added: </Added>}
                  {source.kind === 'removed' && <Removed>removed: </Removed>}
                  <ExternalLink href={source.url}>{source.title || source.url}</ExternalLink>
                  {source.kind === 'retitled' && (
                    <span className="muted">
                      {' '}
                      (was <q>{source.before || source.url}</q>)
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      )}
    </section>
  );
}

function Parts({ parts }: { parts: DiffPart[] }) {
  if (parts.length === 0) return <span className="muted">none</span>;
  if (!hasChanges(parts)) return <span className="muted">unchanged</span>;
  return (
    <span className="diff">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <Removed key={index}>{part.text}</Removed>
        ) : (
          <Added key={index}>{part.text}</Added>
        ),
      )}
    </span>
  );
}

function Removed({ children }: { children: string }) {
  return (
    <del>
      <span className="visually-hidden">[removed: </span>
      {children}
      <span className="visually-hidden">]</span>
    </del>
  );
}

function Added({ children }: { children: string }) {
  return (
    <ins>
      <span className="visually-hidden">[added: </span>
      {children}
      <span className="visually-hidden">]</span>
    </ins>
  );
}
