import { Link } from 'react-router';
import { MyVerdict, MyVerdicts } from '../api/types';
import { useSession } from '../auth/session';
import { Loading, Notice, StageBadge } from '../components/ui';
import { formatDateTime } from '../lib/format';
import { useDocumentTitle, useLoad } from '../lib/hooks';

const GROUPS: { title: string; test: (verdict: MyVerdict) => boolean; empty: string }[] = [
  {
    title: 'Sent back to you',
    test: (v) => v.status === 'draft' && Boolean(v.reviewComment),
    empty: 'Nothing was sent back.',
  },
  { title: 'Drafts', test: (v) => v.status === 'draft' && !v.reviewComment, empty: 'No drafts.' },
  { title: 'Waiting for review', test: (v) => v.status === 'submitted', empty: 'Nothing is waiting for an editor.' },
  {
    title: 'Published',
    test: (v) => v.status === 'approved' || v.status === 'published',
    empty: 'Nothing published yet.',
  },
];

/** The verdicts the signed-in person wrote, by where they stand; the editor's comment on those sent back. */
export function MyWorkPage() {
  const { api } = useSession();
  const mine = useLoad(() => api.get<MyVerdicts>('/v1/me/verdicts').then((response) => response.data.items), [], {
    pollMs: 15_000,
    poll: () => !document.hidden,
  });
  useDocumentTitle('My verdicts');
  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title">My verdicts</h1>
      {mine.error && <Notice tone="error">{mine.error}</Notice>}
      {!mine.data && <Loading what="your verdicts" />}
      {mine.data &&
        GROUPS.map((group) => {
          const items = mine.data!.filter(group.test);
          const id = `group-${group.title.toLowerCase().replace(/\W+/g, '-')}`;
          return (
            <section key={group.title} aria-labelledby={id}>
              <h2 id={id}>
                {group.title} <span className="count">{items.length}</span>
              </h2>
              {items.length === 0 ? (
                <p className="empty">{group.empty}</p>
              ) : (
                <ul className="plain-list my-verdicts">
                  {items.map((verdict) => (
                    <li key={verdict.id}>
                      <Link to={`/claims/${verdict.claimId}`}>{verdict.claim.standalone || verdict.claim.text}</Link>{' '}
                      <StageBadge stage={verdict.claim.stage} />
                      <p className="meta">
                        {verdict.claim.speaker ?? 'Speaker unknown'} · {verdict.rating ?? 'no rating yet'} ·{' '}
                        {formatDateTime(verdict.updatedAt)}
                      </p>
                      {verdict.reviewComment && verdict.status === 'draft' && (
                        <p className="review-comment">
                          <strong>Editor:</strong> {verdict.reviewComment}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
    </section>
  );
}
