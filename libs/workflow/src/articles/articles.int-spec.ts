import { createHash, randomUUID } from 'node:crypto';
import { Role, sql } from '@app/database';
import { startWorkflow, WorkflowHarness } from '@app/testing';
import { WorkflowErrorCode } from '../common/workflow-error';
import { ExtractArticleCommand } from './extract-article/extract-article.command';
import { ExtractArticleUseCase } from './extract-article/extract-article.usecase';
import { FailArticleExtractionCommand } from './fail-article-extraction/fail-article-extraction.command';
import { FailArticleExtractionUseCase } from './fail-article-extraction/fail-article-extraction.usecase';
import { GetArticleCommand } from './get-article/get-article.command';
import { GetArticleUseCase } from './get-article/get-article.usecase';
import { ArticleSubmission, IngestArticleCommand } from './ingest-article/ingest-article.command';
import { IngestArticleUseCase } from './ingest-article/ingest-article.usecase';

const TEXT = '“Crime fell 20 percent last year,” the mayor said. “We hired 300 new officers,” she added.';

/** The article use cases on a database of their own (no API, no Redis): what ingest and extraction write. */
describe('articles', () => {
  let workflow: WorkflowHarness;
  let ingester: string;
  const rows = <Row>(query: ReturnType<typeof sql>) => workflow.database.query<Row>(query);
  const ingest = (article: ArticleSubmission, idempotencyKey?: string) =>
    workflow.get(IngestArticleUseCase).execute(new IngestArticleCommand(ingester, article, idempotencyKey));
  const extract = (articleId: string) =>
    workflow.get(ExtractArticleUseCase).execute(new ExtractArticleCommand(articleId));
  const received = async (article: ArticleSubmission) => {
    const result = await ingest(article);
    if (!result.created) throw new Error('a new article was expected');
    return result.article.id;
  };

  beforeAll(async () => {
    workflow = await startWorkflow();
    ingester = (await workflow.rows.user({ role: Role.Ingester })).id;
  });

  afterAll(() => workflow?.close());

  it('stores a new article with its received event and its extraction job; the same url again creates nothing', async () => {
    const url = `https://news.example/${randomUUID()}?utm_source=feed`;
    const first = await ingest({ body: TEXT, url, title: ' Crime ', publishedAt: new Date('2026-09-06T12:00:00Z') });
    expect(first).toEqual({
      created: true,
      article: { id: expect.any(String), status: 'received', article: expect.objectContaining({ title: 'Crime' }) },
    });
    const id = first.article.id;
    expect(await rows(sql`SELECT type, actor_id AS "actorId" FROM events WHERE article_id = ${id}`)).toEqual([
      { type: 'article.received', actorId: ingester },
    ]);
    expect(
      await rows(sql`SELECT job_name AS "job", job_id AS "jobId" FROM outbox WHERE payload->>'articleId' = ${id}`),
    ).toEqual([{ job: 'ExtractArticle', jobId: `extract.${id}` }]);

    const again = await ingest({ body: TEXT, url: url.replace('news.example', 'NEWS.example') + '#top' });
    expect(again).toEqual({ created: false, article: expect.objectContaining({ id, body: TEXT, quotes: [] }) });
    expect(
      await rows(sql`SELECT id FROM articles WHERE url_key = (SELECT url_key FROM articles WHERE id = ${id})`),
    ).toEqual([{ id }]);
  });

  it('refuses the same url with another text, naming the article stored under it, and stores nothing', async () => {
    const url = `https://news.example/${randomUUID()}`;
    const id = await received({ body: TEXT, url });
    const before = await rows(sql`SELECT count(*)::int AS n FROM events`);
    await expect(ingest({ body: `${TEXT} Updated.`, url: `${url}#top` })).rejects.toMatchObject({
      code: WorkflowErrorCode.ArticleTextChanged,
      details: { article: { id, url } },
    });
    await expect(ingest({ html: `<article><p>${TEXT} Updated.</p></article>`, url })).rejects.toMatchObject({
      code: WorkflowErrorCode.ArticleTextChanged,
    });
    expect(await rows(sql`SELECT id FROM articles WHERE url = ${url}`)).toEqual([{ id }]);
    expect(await rows(sql`SELECT count(*)::int AS n FROM events`)).toEqual(before);
  });

  it('stores one article when the same body without a url is submitted by many at once', async () => {
    const body = `${TEXT} ${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 5 }, () => ingest({ body })));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.article.id)).size).toBe(1);
  });

  it('replays the first result to a retried Idempotency-Key and refuses the key for another request', async () => {
    const article = { body: `${TEXT} ${randomUUID()}` };
    const first = await ingest(article, 'ingest-once');
    const retry = await ingest(article, 'ingest-once');
    expect(retry).toEqual(first);
    await expect(ingest({ ...article, title: 'Changed' }, 'ingest-once')).rejects.toMatchObject({
      code: WorkflowErrorCode.IdempotencyKeyReused,
    });
  });

  it('replays an answer an earlier version kept: the same request hash, its outcome telling which answer', async () => {
    const url = `https://news.example/${randomUUID()}`;
    const existing = await received({ body: TEXT, url });
    // As the earlier ingest kept it: a hash of the submission's fields in the request DTO's order, and the outcome.
    const sent = { title: 'Kept', body: 'Any text.', url, language: 'en' };
    const hash = createHash('sha256').update(JSON.stringify(sent)).digest('hex');
    await rows(sql`
      INSERT INTO idempotency_keys (user_id, key, request_hash, outcome, response)
      VALUES (${ingester}, 'kept-before', ${hash}, 'existing', ${JSON.stringify({ id: existing, kept: true })}::jsonb)`);
    // The fields arrive in another order: the request is the same one.
    const retry = await ingest({ language: 'en', url, body: 'Any text.', title: 'Kept' }, 'kept-before');
    expect(retry).toEqual({ created: false, article: { id: existing, kept: true } });
  });

  it('takes the text out of a page, and refuses a page without any', async () => {
    const id = await received({ html: `<title>Council</title><article><p>${TEXT}</p></article> ${randomUUID()}` });
    const article = await workflow.get(GetArticleUseCase).execute(new GetArticleCommand(id));
    expect(article).toMatchObject({ title: 'Council', body: expect.stringContaining(TEXT) });
    await expect(ingest({ html: '<div><script>x()</script></div>' })).rejects.toMatchObject({
      code: WorkflowErrorCode.Invalid,
      details: { errors: [{ field: 'html', message: 'no article text was found in the html' }] },
    });
  });

  it('asks for either a body with text or html, not both, before anything is read or stored', () => {
    const refusal = (article: ArticleSubmission) => {
      try {
        new IngestArticleCommand(ingester, article);
      } catch (error) {
        return (error as { details: { errors: { field: string }[] } }).details.errors.map((entry) => entry.field);
      }
      return [];
    };
    expect(refusal({ body: 'Text.', html: '<p>Text.</p>' })).toEqual(['html']);
    expect(refusal({ title: 'Only a title' })).toEqual(['body']);
    expect(refusal({ body: null })).toEqual(['body']);
    expect(refusal({ body: ' \n ' })).toEqual(['body']);
    expect(refusal({ body: 'Text.', html: null })).toEqual([]);
  });

  it('extracts quotes, speakers and claims already triaged, each written once with its one stage period, once', async () => {
    const id = await received({ body: `${TEXT} ${randomUUID()}` });
    expect(await extract(id)).toMatchObject({
      status: 'done',
      detail: expect.stringMatching(/^2 quotes, (\d+) claims: \d+ ready, \d+ parked$/),
    });
    const article = await workflow.get(GetArticleUseCase).execute(new GetArticleCommand(id));
    expect(article.status).toBe('extracted');
    expect(article.quotes).toHaveLength(2);
    expect(article.claims.length).toBeGreaterThan(0);
    const claims = await rows<{
      stage: string;
      parked: boolean;
      checkworthy: boolean;
      rank: number;
      keyed: boolean;
    }>(sql`
      SELECT stage, parked, checkworthy, queue_rank AS rank, match_key IS NOT NULL AND triaged_at IS NOT NULL AS keyed
        FROM claims WHERE article_id = ${id} ORDER BY start_offset, position`);
    // Check-worthy claims go to research, the rest are parked in triage; all ranked, keyed and triaged.
    for (const claim of claims) {
      expect(claim).toMatchObject(
        claim.checkworthy
          ? { stage: 'research', parked: false, keyed: true }
          : { stage: 'triage', parked: true, keyed: true },
      );
      expect(claim.rank).not.toBe(0);
    }
    const periods = await rows<{ stage: string; open: boolean }>(sql`
      SELECT period.stage, period.left_at IS NULL AS open FROM claim_stage_periods period
        JOIN claims claim ON claim.id = period.claim_id WHERE claim.article_id = ${id} ORDER BY claim.start_offset, claim.position`);
    expect(periods).toEqual(claims.map((claim) => ({ stage: claim.stage, open: true })));
    // Nothing is left for the triage stage to do.
    expect(
      await rows(
        sql`SELECT job_id FROM outbox WHERE job_name = 'TriageArticleClaims' AND payload->>'articleId' = ${id}`,
      ),
    ).toEqual([]);
    expect(await rows(sql`SELECT type FROM events WHERE article_id = ${id} ORDER BY id`)).toEqual([
      { type: 'article.received' },
      { type: 'article.extracted' },
      ...claims.map((claim) => ({ type: claim.stage === 'research' ? 'claim.ready' : 'claim.parked' })),
    ]);

    expect(await extract(id)).toEqual({ status: 'skipped', reason: 'article is not waiting for extraction' });
    expect(await rows(sql`SELECT count(*)::int AS n FROM quotes WHERE article_id = ${id}`)).toEqual([{ n: 2 }]);
    expect(await rows(sql`SELECT count(*)::int AS n FROM claims WHERE article_id = ${id}`)).toEqual([
      { n: claims.length },
    ]);
  });

  it('extracts an article once when two runs of its job overlap: the quotes, claims, their periods and events once', async () => {
    const id = await received({ body: `${TEXT} ${randomUUID()}` });
    const outcomes = await Promise.all([extract(id), extract(id)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['done', 'skipped']);
    const [counts] = await rows<{
      quotes: number;
      claims: number;
      periods: number;
      ready: number;
      extracted: number;
    }>(sql`
      SELECT (SELECT count(*) FROM quotes WHERE article_id = ${id})::int AS quotes,
             (SELECT count(*) FROM claims WHERE article_id = ${id})::int AS claims,
             (SELECT count(*) FROM claim_stage_periods p JOIN claims c ON c.id = p.claim_id WHERE c.article_id = ${id})::int
               AS periods,
             (SELECT count(*) FROM events WHERE article_id = ${id} AND type IN ('claim.ready', 'claim.parked'))::int AS ready,
             (SELECT count(*) FROM events WHERE article_id = ${id} AND type = 'article.extracted')::int AS extracted`);
    expect(counts.claims).toBeGreaterThan(0);
    expect(counts).toEqual({
      quotes: 2,
      claims: counts.claims,
      periods: counts.claims,
      ready: counts.claims,
      extracted: 1,
    });
  });

  it('links a claim that repeats one of an earlier article as it stores it: the repeat keeps no bands', async () => {
    // A claim no other test stores, so that the earlier article's is the first of its kind.
    const word = `Zorvex${randomUUID().slice(0, 8)}`;
    const text = `“Exports of ${word} machines rose 9 percent last year,” the minister said.`;
    const earlier = await received({ body: `${text} ${randomUUID()}` });
    await extract(earlier);
    const later = await received({ body: `${text} ${randomUUID()}` });
    await extract(later);
    const matches = await rows<{ status: string; bands: number }>(sql`
      SELECT m.status, cardinality(claim.match_bands) AS bands FROM claim_matches m
        JOIN claims claim ON claim.id = m.claim_id
        JOIN claims matched ON matched.id = m.matched_claim_id
       WHERE claim.article_id = ${later} AND matched.article_id = ${earlier}`);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((match) => match.status === 'linked' && match.bands === 0)).toBe(true);
  });

  it('fails an article beyond the extraction bounds at once, with the reason, and only once', async () => {
    const id = await received({ body: `${'“a” '.repeat(100_000)}${randomUUID()}` });
    expect(await extract(id)).toEqual({ status: 'done', detail: 'refused: too-many-quotes' });
    const article = await workflow.get(GetArticleUseCase).execute(new GetArticleCommand(id));
    expect(article).toMatchObject({
      status: 'failed',
      failureReason: expect.stringMatching(/^the article was refused: /),
    });
    const failAgain = workflow
      .get(FailArticleExtractionUseCase)
      .execute(new FailArticleExtractionCommand(id, 'extraction failed: late'));
    expect(await failAgain).toEqual({ status: 'skipped', reason: 'extraction already ended' });
    expect(await rows(sql`SELECT type FROM events WHERE article_id = ${id} AND type = 'article.failed'`)).toHaveLength(
      1,
    );
  });
});
