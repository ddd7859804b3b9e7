import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, describeError } from '../api/client';
import { Article, ClaimDetail, roleAllows } from '../api/types';
import { useSession } from '../auth/session';
import { ArticleText } from '../components/article-text';
import { ClaimHistory } from '../components/claim-history';
import { ClaimMatches } from '../components/claim-matches';
import { ClaimOrigin, ClaimRewriteForms } from '../components/claim-rewrite';
import { CorrectionPanel } from '../components/correction-panel';
import { LeaseBar } from '../components/lease-bar';
import { LeaseControls } from '../components/lease-controls';
import { NoteForm } from '../components/note-form';
import { PublishedPanel } from '../components/published-panel';
import { ReviewPanel } from '../components/review-panel';
import { Loading, Notice, StageBadge } from '../components/ui';
import { useLease } from '../components/use-lease';
import { VerdictForm } from '../components/verdict-form';
import { VerdictChanges } from '../components/verdict-changes';
import { VerdictView } from '../components/verdict-view';
import { claimBackLink } from '../lib/desk-routes';
import { formatScore } from '../lib/format';
import { describeHolder } from '../lib/lease-holder';
import { reusedOriginal } from '../lib/same-verdict';
import { describeReservation, reservedForSomeoneElse } from '../lib/reservation';
import { useDocumentTitle, useLoad } from '../lib/hooks';

const KIND_LABELS: Record<string, string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  indirect: 'Reported speech',
  statement: 'Statement (no quote marks)',
};

/** One claim: the quote in its article, who said it, similar claims, history, and the work of its stage. */
export function ClaimPage() {
  const { id = '' } = useParams();
  const { api, me } = useSession();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error' | 'info'; text: string } | null>(null);
  // The verdict form reads its draft once: each "same verdict" starts it again from the draft it filled.
  const [reuses, setReuses] = useState(0);

  const claim = useLoad(
    async () => {
      const response = await api.get<ClaimDetail>(`/v1/claims/${id}`);
      return { claim: response.data, serverDate: response.date };
    },
    [id],
    // An approved verdict is published by the worker in a moment: watch for it. Otherwise refresh now and then.
    {
      pollMs: 1000,
      poll: (data, since) => !document.hidden && since >= (data?.claim.verdict?.status === 'approved' ? 1000 : 20_000),
    },
  );
  const detail = claim.data?.claim;
  const articleId = detail?.article.id;
  const article = useLoad<Article | null>(
    () =>
      articleId
        ? api.get<Article>(`/v1/articles/${articleId}`).then((response) => response.data)
        : Promise.resolve(null),
    // Read again for each claim: a split or merge opens a claim of the same article that it did not list before.
    [articleId, id],
  );
  useDocumentTitle(detail ? `Claim: ${detail.text.slice(0, 60)}` : 'Claim');

  const reloadClaim = claim.reload;
  const reload = useCallback(() => void reloadClaim(), [reloadClaim]);
  const mine = detail?.lease?.holderId === me.id;
  const heldUntil = (mine && detail?.lease?.expiresAt) || null;
  const serverDate = claim.data?.serverDate ?? null;
  const lease = useLease(api, id, { expiresAt: heldUntil, serverDate }, reload);

  useEffect(() => setNotice(null), [id]);

  // Publication runs in the worker after approval: the page, polling meanwhile, says so the moment it is done.
  const status = detail?.verdict?.status;
  const previousStatus = useRef(status);
  useEffect(() => {
    const deciding = previousStatus.current === 'submitted' || previousStatus.current === 'approved';
    if (deciding && status === 'published') {
      setNotice({ tone: 'success', text: 'Published: the ClaimReview is out and subscribers are being told.' });
    }
    previousStatus.current = status;
  }, [status]);

  if (claim.error && !detail) {
    return (
      <section>
        <h1>Claim</h1>
        <Notice tone="error">{claim.error}</Notice>
        <p>
          <Link to="/queue/research">Back to the queue</Link>
        </p>
      </section>
    );
  }
  if (!detail) return <Loading what="the claim" />;

  const stage = detail.stage;
  const canWorkStage =
    stage === 'research'
      ? roleAllows(me.role, 'factchecker')
      : stage === 'review'
        ? roleAllows(me.role, 'editor')
        : false;
  const takenByOther = detail.lease !== null && !mine;
  const leaseActive = mine && lease.clock !== null;

  const take = async () => {
    setNotice(null);
    try {
      await api.post(`/v1/claims/${id}/lease`);
      await claim.reload();
    } catch (error) {
      setNotice({
        tone: 'error',
        text:
          error instanceof ApiError && error.status === 409
            ? `You cannot take this claim: ${error.message}`
            : describeError(error),
      });
    }
  };

  const done = (text: string) => {
    setNotice({ tone: 'success', text });
    void claim.reload();
  };

  // A claim sent back, reassigned, given back or run out hands its draft on: say whose words the holder works from.
  const inherited = detail.draftInheritedFrom;
  const reservation = stage === 'research' ? describeReservation(detail.reservation, me.id) : null;
  const notForMe = reservedForSomeoneElse(detail.reservation, { id: me.id, editor: roleAllows(me.role, 'editor') });
  const original = reusedOriginal(detail);

  const reused = async () => {
    await claim.reload();
    setReuses((count) => count + 1);
    setNotice({
      tone: 'success',
      text: 'Draft filled with the published verdict. Read it against this claim, then submit it for review.',
    });
    document.getElementById('work-title')?.scrollIntoView({ block: 'start' });
  };

  const back = claimBackLink(stage, me.role);

  return (
    <article className="claim-page" aria-labelledby="claim-title">
      <p className="breadcrumbs">
        <Link to={back.to}>← {back.label}</Link>
      </p>
      <header className="claim-head">
        <h1 id="claim-title">{detail.standalone || detail.text}</h1>
        <p className="meta">
          <StageBadge stage={stage} parked={detail.parked} /> <span>Score {formatScore(detail.priority)}</span> ·{' '}
          <span>Check-worthiness {formatScore(detail.checkworthiness)}</span>
          {detail.overdue && <span className="badge badge-warning">Overdue</span>}
        </p>
        <ClaimOrigin claim={detail} />
        {detail.standalone && detail.standalone !== detail.text && (
          <p className="as-written">
            As written: <q>{detail.text}</q>
          </p>
        )}
      </header>

      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      {claim.error && <Notice tone="error">{claim.error}</Notice>}

      {reservation && (
        <div className="notice reservation" role="note" data-testid="reservation">
          {reservation}
          {detail.reservation?.userId === me.id
            ? '. Take next gives it to you before anything else.'
            : ': nobody else’s take next gets it meanwhile' +
              (roleAllows(me.role, 'editor') ? '; reassigning it to someone else ends that.' : '.')}
        </div>
      )}

      {canWorkStage && (
        <LeaseBar
          mine={leaseActive}
          takenByOther={takenByOther}
          holder={takenByOther ? describeHolder(detail.lease, me.id) : null}
          takeBlocked={notForMe && !takenByOther ? 'Only they can take it for now.' : null}
          remaining={lease.remaining}
          clock={lease.clock}
          lost={lease.lost}
          error={lease.error}
          onTake={take}
          onExtend={lease.extend}
          onRelease={lease.release}
        />
      )}

      {roleAllows(me.role, 'editor') && (stage === 'research' || stage === 'review') && (
        <LeaseControls
          claimId={id}
          stage={stage}
          lease={detail.lease}
          authorIds={detail.verdict?.authors.map((author) => author.id) ?? []}
          onChanged={done}
        />
      )}

      <div className="claim-layout">
        <section className="claim-source" aria-labelledby="source-title">
          <h2 id="source-title">In the article</h2>
          <Attribution claim={detail} />
          <CorrectionPanel
            claim={detail}
            article={article.data ?? null}
            canCorrect={
              (stage === 'triage' || stage === 'research' || stage === 'review') &&
              (roleAllows(me.role, 'editor') || leaseActive)
            }
            onCorrected={done}
          />
          <p className="article-ref">
            {detail.article.title ? (
              <Link to={`/articles/${detail.article.id}`}>{detail.article.title}</Link>
            ) : (
              <Link to={`/articles/${detail.article.id}`}>The article</Link>
            )}
            {detail.article.publisher && <> · {detail.article.publisher}</>}
            {detail.article.url && (
              <>
                {' · '}
                <a href={detail.article.url} target="_blank" rel="noopener noreferrer">
                  original
                </a>
              </>
            )}
          </p>
          {article.error && <Notice tone="error">{article.error}</Notice>}
          {article.data ? (
            <ArticleText
              body={article.data.body}
              marks={[
                { start: detail.quote.start, end: detail.quote.end, kind: 'quote', id: detail.quote.id },
                { start: detail.start, end: detail.end, kind: 'claim', id: detail.id },
                ...(detail.quote.mention
                  ? [{ start: detail.quote.mention.start, end: detail.quote.mention.end, kind: 'mention' }]
                  : []),
                ...(detail.quote.cue
                  ? [{ start: detail.quote.cue.start, end: detail.quote.cue.end, kind: 'cue' }]
                  : []),
              ]}
              focusId={`mark-${detail.id}`}
              markId={(mark) => (mark.kind === 'claim' ? `mark-${mark.id}` : undefined)}
            />
          ) : (
            !article.error && <Loading what="the article" />
          )}
        </section>

        <section className="claim-work" aria-labelledby="work-title">
          <h2 id="work-title">
            {stage === 'published' ? 'Published verdict' : stage === 'review' ? 'Verdict to review' : 'Verdict'}
          </h2>
          {detail.verdict?.status === 'draft' && detail.verdict.reviewComment && (
            <div className="notice notice-warning review-comment" role="note" aria-label="The editor’s comment">
              <strong>Sent back by the editor:</strong>{' '}
              <span data-testid="review-comment">{detail.verdict.reviewComment}</span>
            </div>
          )}
          {original && (
            <div className="notice same-verdict" role="note" data-testid="same-verdict">
              Same verdict as the published fact check of{' '}
              {original.text ? (
                <q>
                  <Link to={`/claims/${original.claimId}`}>{original.text}</Link>
                </q>
              ) : (
                <Link to={`/claims/${original.claimId}`}>the claim it repeats</Link>
              )}
              {stage === 'research' && <> Another rating than {original.rating} makes it a verdict of its own.</>}
            </div>
          )}
          {inherited && (
            <div className="notice inherited-draft" role="note" data-testid="inherited-draft">
              Draft inherited from {inherited.name}.
            </div>
          )}
          {stage === 'dismissed' && <p>Dismissed{detail.dismissedReason ? `: ${detail.dismissedReason}` : '.'}</p>}
          {stage === 'triage' && (
            <p>
              {detail.parked
                ? 'Triage parked this claim as not check-worthy enough. '
                : 'This claim is still in triage. '}
              {roleAllows(me.role, 'factchecker') && detail.parked && (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() =>
                    api.post(`/v1/claims/${id}/promote`).then(
                      () => done('Sent to the research queue.'),
                      (error) => setNotice({ tone: 'error', text: describeError(error) }),
                    )
                  }
                >
                  Send to research
                </button>
              )}
            </p>
          )}
          {stage === 'research' && leaseActive && (
            <VerdictForm
              key={`${id}:${reuses}`}
              claimId={id}
              verdict={detail.verdict}
              onSubmitted={() => done('Submitted for review. Thank you!')}
              onDismissed={() => done('Dismissed.')}
            />
          )}
          {stage === 'research' &&
            !leaseActive &&
            (detail.verdict ? <VerdictView verdict={detail.verdict} /> : <p className="empty">No verdict yet.</p>)}
          {stage === 'review' && leaseActive && detail.verdict && (
            <ReviewPanel
              claimId={id}
              verdict={detail.verdict}
              sentBack={detail.sentBack}
              onEdited={() => done('Your edit is saved. The fact-checker stays the author.')}
              onDecided={(approved) => done(approved ? 'Approved: publishing…' : 'Sent back to the fact-checker.')}
            />
          )}
          {stage === 'review' && !leaseActive && detail.verdict && (
            <>
              {detail.sentBack && <VerdictChanges verdict={detail.verdict} sentBack={detail.sentBack} />}
              <VerdictView verdict={detail.verdict} />
            </>
          )}
          {stage === 'published' && (
            <PublishedPanel
              claim={detail}
              onCorrected={() => done('Correction sent: the new version will be published in a moment.')}
            />
          )}
        </section>
      </div>

      {/* Until it is published: by anyone while nobody holds it, by its holder, or by an editor. */}
      {roleAllows(me.role, 'factchecker') &&
        stage !== 'published' &&
        stage !== 'dismissed' &&
        (!takenByOther || roleAllows(me.role, 'editor')) &&
        article.data && <ClaimRewriteForms key={detail.id} claim={detail} article={article.data} />}
      <ClaimMatches
        claim={detail}
        canWriteVerdict={stage === 'research' && leaseActive}
        onDecided={reload}
        onReused={reused}
      />
      <NoteForm claimId={id} onAdded={reload} />
      <ClaimHistory events={detail.history} />
    </article>
  );
}

/** Who said it and how the service worked that out: the words the attribution points at and the verb it hangs on. */
function Attribution({ claim }: { claim: ClaimDetail }) {
  const speaker = claim.speaker;
  return (
    <div className="attribution">
      <p>
        <span className="badge">{KIND_LABELS[claim.quote.kind] ?? claim.quote.kind}</span>{' '}
        {speaker ? (
          <>
            <strong data-testid="speaker-name">{speaker.name}</strong>
            {speaker.title && <>, {speaker.title}</>}
            {speaker.type && speaker.type !== 'person' && <span className="muted"> ({speaker.type})</span>}
          </>
        ) : (
          <strong>Speaker not identified</strong>
        )}
      </p>
      {(claim.quote.mention || claim.quote.cue) && (
        <p className="muted">
          Attributed through
          {claim.quote.mention && (
            <>
              {' '}
              the mention <mark className="hl hl-mention">{claim.quote.mention.text}</mark>
            </>
          )}
          {claim.quote.mention && claim.quote.cue && ' and'}
          {claim.quote.cue && (
            <>
              {' '}
              the cue <mark className="hl hl-cue">{claim.quote.cue.text}</mark>
            </>
          )}
          {claim.quote.mention && speaker && claim.quote.mention.text !== speaker.name && (
            <>, resolved to {speaker.name} across the article</>
          )}
          .
        </p>
      )}
    </div>
  );
}
