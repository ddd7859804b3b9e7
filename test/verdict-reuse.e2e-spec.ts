import { randomBytes } from 'node:crypto';
import { DomUtils, parseDocument } from 'htmlparser2';
import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';

const BASE = 'https://checks.example';
const CRIME =
  '“Violent crime fell 20 percent in the city since 2023, more than in any other state,” Senator Jane Doe said.';
const RENTS = '“Rents rose 12 percent in the city last year, the fastest rise in a decade,” Senator Jane Doe said.';
const CRIME_VERDICT = {
  rating: 'Half True',
  summary: 'Violent crime fell 18 percent, and two states saw larger falls.',
  explanation: 'Police figures show an 18 percent fall.\n\nTwo states reported larger falls.',
  sources: [
    { url: 'https://police.example/crime-2025', title: 'Police statistics' },
    { url: 'https://states.example/crime' },
  ],
};

/**
 * "Same verdict": a claim confirmed or linked as a repeat of a published claim starts its verdict from the published
 * one, goes through review as usual, and once published is listed among the original's appearances; the public pages
 * link each other.
 */
describe('reusing the verdict of a repeated claim', () => {
  let service: TestService;
  let checker: { id: string; apiKey: string };
  let editor: { id: string; apiKey: string };
  const tag = randomBytes(4).toString('hex');
  const articles = {} as Record<'first' | 'second' | 'third' | 'fourth', { id: string; url: string; title: string }>;
  /** Claims by article and a word of their quote. */
  const claims = {} as Record<'crime1' | 'rents1' | 'crime2' | 'rents2' | 'crime3' | 'crime4', string>;
  let webhookId: string;

  async function ingest(name: keyof typeof articles, publisher: string, body: string) {
    const url = `https://${name}.example/${tag}`;
    const title = `${name} report ${tag}`;
    const article = await service
      .http(checker.apiKey)
      .post('/v1/articles')
      .send({ title, url, publisher, publishedAt: '2026-09-06', body })
      .expect(202);
    articles[name] = { id: article.body.id, url, title };
    const rows = await waitFor(
      async () => {
        const found = await service.query<{ id: string; text: string; stage: string; triaged_at: Date | null }>(
          'SELECT id, text, stage, triaged_at FROM claims WHERE article_id = $1',
          [article.body.id],
        );
        return found.length > 0 && found.every((row) => row.triaged_at) && found;
      },
      { what: `the ${name} article's claims to be triaged` },
    );
    for (const row of rows.filter((claim) => claim.stage === 'triage')) {
      await service.http(checker.apiKey).post(`/v1/claims/${row.id}/promote`).expect(200);
    }
    return (word: string) => rows.find((row) => row.text.includes(word))!.id;
  }

  const reuse = (claimId: string, body: object, key = checker.apiKey) =>
    service.http(key).post(`/v1/claims/${claimId}/verdict/reuse`).send(body);

  async function approveAndPublish(claimId: string): Promise<void> {
    await service.http(checker.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${claimId}/approve`).expect(200);
    await waitFor(
      async () => (await service.http(editor.apiKey).get(`/v1/claims/${claimId}/claimreview`)).status === 200,
      { what: 'the ClaimReview' },
    );
  }

  const claimReview = async (claimId: string) =>
    (await service.http(editor.apiKey).get(`/v1/claims/${claimId}/claimreview`).expect(200)).body;
  const slugOf = async (claimId: string) =>
    (await service.query<{ slug: string }>('SELECT public_slug AS slug FROM claims WHERE id = $1', [claimId]))[0].slug;
  const verdictRows = (claimId: string) => service.query('SELECT id FROM verdicts WHERE claim_id = $1', [claimId]);
  const appearanceUrls = (review: { itemReviewed: { appearance: unknown } }) =>
    (review.itemReviewed.appearance as { url: string }[]).map((appearance) => appearance.url);

  function page(html: string) {
    const document = parseDocument(html);
    const section = DomUtils.findOne(
      (element) => element.name === 'section' && element.attribs['aria-labelledby'] === 'same-claim',
      document.children,
    );
    const [script] = DomUtils.getElementsByTagName('script', document);
    return {
      links: section ? DomUtils.getElementsByTagName('a', section).map((link) => link.attribs.href) : [],
      jsonLd: JSON.parse(DomUtils.textContent(script)),
    };
  }

  beforeAll(async () => {
    service = await startTestService({ env: { PUBLIC_BASE_URL: BASE, ORGANIZATION_NAME: 'Example Fact Check' } });
    checker = await createUserKey(service, 'factchecker');
    editor = await createUserKey(service, 'editor');
    webhookId = (
      await service
        .http()
        .post('/v1/webhooks')
        .send({ url: 'http://127.0.0.1:9/newsroom', events: ['verdict.published', 'verdict.corrected'] })
        .expect(201)
    ).body.id;
    const first = await ingest('first', 'First News', `Senator Jane Doe spoke on Monday.\n\n${CRIME}\n\n${RENTS}`);
    claims.crime1 = first('crime');
    claims.rents1 = first('Rents');
    const second = await ingest(
      'second',
      'Second Daily',
      `The senator repeated herself on Friday.\n\n${CRIME}\n\n${RENTS}`,
    );
    claims.crime2 = second('crime');
    claims.rents2 = second('Rents');

    await service.http(checker.apiKey).post(`/v1/claims/${claims.crime1}/lease`).expect(200);
    await service.http(checker.apiKey).put(`/v1/claims/${claims.crime1}/verdict`).send(CRIME_VERDICT).expect(200);
    await approveAndPublish(claims.crime1);
  }, 120_000);

  afterAll(() => service?.stop());

  it('shows the claim the matched verdict is published on', async () => {
    const detail = (await service.http(checker.apiKey).get(`/v1/claims/${claims.crime2}`).expect(200)).body;
    const match = detail.matches.find((found: { claim: { id: string } }) => found.claim.id === claims.crime1);
    expect(match).toMatchObject({ status: 'linked', verdict: { claimId: claims.crime1, rating: 'Half True' } });
  });

  it('refuses a claim this one was not matched with, and an original with no published verdict', async () => {
    await service.http(checker.apiKey).post(`/v1/claims/${claims.crime2}/lease`).expect(200);
    await service.http(checker.apiKey).post(`/v1/claims/${claims.rents2}/lease`).expect(200);

    const unmatched = await reuse(claims.crime2, { fromClaimId: claims.rents1 }).expect(409);
    expect(unmatched.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unmatched.body).toMatchObject({ type: '/problems/not-a-repeat', fromClaimId: claims.rents1 });
    expect(unmatched.body.detail).toContain('not a claim this one repeats');
    const unknown = await reuse(claims.crime2, { fromClaimId: '00000000-0000-4000-8000-000000000000' }).expect(409);
    expect(unknown.body.type).toBe('/problems/not-a-repeat');

    const unpublished = await reuse(claims.rents2, { fromClaimId: claims.rents1 }).expect(409);
    expect(unpublished.body).toMatchObject({ type: '/problems/not-published' });
    expect(unpublished.body.detail).toContain('no published verdict');

    expect(await verdictRows(claims.crime2)).toEqual([]);
    expect(await verdictRows(claims.rents2)).toEqual([]);
  });

  it('refuses bad input and callers without the lease, storing nothing', async () => {
    for (const body of [
      {},
      { fromClaimId: 'nope' },
      { fromClaimId: 42 },
      { fromClaimId: claims.crime1, rating: 'True' },
    ]) {
      const answer = await reuse(claims.crime2, body).expect(400);
      expect(answer.body.errors.map((error: { field: string }) => error.field)).toEqual(
        expect.arrayContaining([Object.keys(body).length === 0 ? 'fromClaimId' : Object.keys(body).at(-1)]),
      );
    }
    const other = await createUserKey(service, 'factchecker');
    const notHolder = await reuse(claims.crime2, { fromClaimId: claims.crime1 }, other.apiKey).expect(409);
    expect(notHolder.body.type).toBe('/problems/lease-not-held');
    const ingester = await createUserKey(service, 'ingester');
    await reuse(claims.crime2, { fromClaimId: claims.crime1 }, ingester.apiKey).expect(403);
    await reuse('00000000-0000-4000-8000-000000000000', { fromClaimId: claims.crime1 }).expect(404);
    // The original is published, not in research.
    await reuse(claims.crime1, { fromClaimId: claims.crime2 }).expect(409);
    expect(await verdictRows(claims.crime2)).toEqual([]);
  });

  it('copies the published verdict into the draft, linked to the original, and reviews it as usual', async () => {
    const original = (await service.http(checker.apiKey).get(`/v1/claims/${claims.crime1}`).expect(200)).body.verdict;
    // A draft already begun is replaced by the published words.
    await service
      .http(checker.apiKey)
      .put(`/v1/claims/${claims.crime2}/verdict`)
      .send({ rating: 'True', summary: 'a first thought' })
      .expect(200);
    const draft = (await reuse(claims.crime2, { fromClaimId: claims.crime1 }).expect(200)).body;
    expect(draft).toMatchObject({
      claimId: claims.crime2,
      status: 'draft',
      rating: 'Half True',
      ratingValue: original.ratingValue,
      summary: CRIME_VERDICT.summary,
      explanation: CRIME_VERDICT.explanation,
      sources: CRIME_VERDICT.sources,
      reusedFrom: { claimId: claims.crime1, verdictId: original.id, version: 1, rating: 'Half True' },
      authors: [{ id: checker.id }],
    });
    const detail = (await service.http(checker.apiKey).get(`/v1/claims/${claims.crime2}`).expect(200)).body;
    expect(detail.verdict).toMatchObject({ id: draft.id, reusedFrom: { claimId: claims.crime1 } });
    expect(detail.history.at(-1)).toMatchObject({
      type: 'verdict.reused',
      actor: { id: checker.id },
      data: { verdictId: draft.id, fromClaimId: claims.crime1, fromVerdictId: original.id },
    });

    // Its words may be tailored to the repeat; another rating is another verdict, no longer linked to the original.
    const save = (words: object) =>
      service.http(checker.apiKey).put(`/v1/claims/${claims.crime2}/verdict`).send(words).expect(200);
    expect((await save({ summary: CRIME_VERDICT.summary, rating: 'half true' })).body.reusedFrom).toEqual(
      draft.reusedFrom,
    );
    expect((await save({ rating: 'False' })).body.reusedFrom).toBeNull();
    const history = (await service.http(checker.apiKey).get(`/v1/claims/${claims.crime2}/history`).expect(200)).body
      .items;
    expect(history.at(-1)).toMatchObject({ type: 'verdict.drafted', data: { unlinkedFrom: claims.crime1 } });
    expect((await reuse(claims.crime2, { fromClaimId: claims.crime1 }).expect(200)).body).toMatchObject({
      rating: 'Half True',
      reusedFrom: draft.reusedFrom,
    });

    // Review as usual: the two-person rule holds, the fact-checker may not approve it.
    await service.http(checker.apiKey).post(`/v1/claims/${claims.crime2}/submit`).expect(200);
    const reviewer = await createUserKey(service, 'editor');
    await service.http(reviewer.apiKey).post(`/v1/claims/${claims.crime2}/lease`).expect(200);
    await service
      .http(reviewer.apiKey)
      .post(`/v1/claims/${claims.crime2}/reject`)
      .send({ comment: 'Say which two states.' })
      .expect(200);
    await service.http(checker.apiKey).post(`/v1/claims/${claims.crime2}/lease`).expect(200);
    const resubmitted = (await service.http(checker.apiKey).post(`/v1/claims/${claims.crime2}/submit`).expect(200))
      .body;
    expect(resubmitted.reusedFrom).toEqual(draft.reusedFrom);
    await service.http(editor.apiKey).post(`/v1/claims/${claims.crime2}/lease`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${claims.crime2}/approve`).expect(200);
    await waitFor(
      async () => (await service.http(editor.apiKey).get(`/v1/claims/${claims.crime2}/claimreview`)).status === 200,
      { what: 'the repeat to be published' },
    );
  });

  it('publishes a second appearance: both ClaimReviews list both articles, the original keeps its version', async () => {
    const repeat = await claimReview(claims.crime2);
    const original = await claimReview(claims.crime1);
    expect(appearanceUrls(repeat)).toEqual([articles.first.url, articles.second.url]);
    expect(repeat.itemReviewed.appearance[1]).toEqual({
      '@type': 'NewsArticle',
      url: articles.second.url,
      headline: articles.second.title,
      datePublished: '2026-09-06T00:00:00.000Z',
      publisher: { '@type': 'Organization', name: 'Second Daily' },
    });
    expect(original.itemReviewed.appearance).toEqual(repeat.itemReviewed.appearance);
    expect(original).toMatchObject({ version: 1, url: `${BASE}/fact-checks/${await slugOf(claims.crime1)}` });
    expect(original.dateModified).toBeUndefined();
    expect(repeat.reviewRating).toEqual(original.reviewRating);
    expect(repeat.url).toBe(`${BASE}/fact-checks/${await slugOf(claims.crime2)}`);

    // The export serves the same ClaimReview as the claim.
    const exported = (await service.http(editor.apiKey).get('/v1/claimreviews').expect(200)).body;
    expect(exported.items[exported.claimIds.indexOf(claims.crime1)]).toEqual(original);

    const history = (await service.http(editor.apiKey).get(`/v1/claims/${claims.crime1}/history`).expect(200)).body
      .items;
    expect(history.at(-1)).toMatchObject({
      type: 'verdict.appearance-added',
      data: { appearance: { claimId: claims.crime2, articleUrl: articles.second.url } },
    });
  });

  it('tells webhook subscribers through the repeat’s publication, not as a correction of the original', async () => {
    const deliveries = await waitFor(async () => {
      const rows = await service.query<{ event_type: string; body: string }>(
        'SELECT event_type, body FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY created_at',
        [webhookId],
      );
      return rows.length >= 2 && rows;
    });
    expect(deliveries.map((row) => row.event_type)).toEqual(['verdict.published', 'verdict.published']);
    const published = JSON.parse(deliveries[1].body);
    expect(published.data.claim.id).toBe(claims.crime2);
    expect(published.data.verdict.reusedFrom).toMatchObject({ claimId: claims.crime1 });
    expect(published.data.sameClaim).toEqual([
      { claimId: claims.crime1, claimReview: await claimReview(claims.crime1) },
    ]);
  });

  it('links the two public pages to each other, their JSON-LD listing both appearances', async () => {
    const [originalSlug, repeatSlug] = [await slugOf(claims.crime1), await slugOf(claims.crime2)];
    const original = page((await service.http(null).get(`/fact-checks/${originalSlug}`).expect(200)).text);
    const repeat = page((await service.http(null).get(`/fact-checks/${repeatSlug}`).expect(200)).text);
    expect(original.links).toEqual([`/fact-checks/${repeatSlug}`]);
    expect(repeat.links).toEqual([`/fact-checks/${originalSlug}`]);
    expect(appearanceUrls(original.jsonLd)).toEqual([articles.first.url, articles.second.url]);
    const repeatHtml = (await service.http(null).get(`/fact-checks/${repeatSlug}`).expect(200)).text;
    expect(repeatHtml).toContain('the first fact check of this claim');
    // A claim with no repeat has no such section.
    expect((await service.http(null).get(`/fact-checks/${originalSlug}`)).text).not.toContain('the first fact check');
  });

  it('takes a third appearance from a repeat back to the original, and a correction keeps the list', async () => {
    const third = await ingest('third', 'Third Weekly', `On Sunday the senator said it again.\n\n${CRIME}`);
    claims.crime3 = third('crime');
    await service.http(checker.apiKey).post(`/v1/claims/${claims.crime3}/lease`).expect(200);
    // Matched with the first claim of its kind; naming the published repeat reuses the original behind it.
    const draft = (await reuse(claims.crime3, { fromClaimId: claims.crime2 }).expect(200)).body;
    expect(draft.reusedFrom).toMatchObject({ claimId: claims.crime1 });
    await approveAndPublish(claims.crime3);
    const urls = [articles.first.url, articles.second.url, articles.third.url];
    for (const claimId of [claims.crime1, claims.crime2, claims.crime3]) {
      expect(appearanceUrls(await claimReview(claimId))).toEqual(urls);
    }
    const repeatPage = page(
      (
        await service
          .http(null)
          .get(`/fact-checks/${await slugOf(claims.crime2)}`)
          .expect(200)
      ).text,
    );
    expect(repeatPage.links).toEqual([
      `/fact-checks/${await slugOf(claims.crime1)}`,
      `/fact-checks/${await slugOf(claims.crime3)}`,
    ]);

    await service
      .http(editor.apiKey)
      .post(`/v1/claims/${claims.crime1}/correct`)
      .send({ summary: 'Violent crime fell 18 percent; two states saw larger falls.', note: 'Clearer summary.' })
      .expect(202);
    const corrected = await waitFor(async () => {
      const review = await claimReview(claims.crime1);
      return review.version === 2 && review;
    });
    expect(appearanceUrls(corrected)).toEqual(urls);
  }, 60_000);

  it('ends the link of a draft whose match is rejected: that claim is not one this one repeats', async () => {
    const fourth = await ingest('fourth', 'Fourth Gazette', `The senator said it once more.\n\n${CRIME}`);
    claims.crime4 = fourth('crime');
    await service.http(checker.apiKey).post(`/v1/claims/${claims.crime4}/lease`).expect(200);
    const draft = (await reuse(claims.crime4, { fromClaimId: claims.crime1 }).expect(200)).body;
    expect(draft.reusedFrom).toMatchObject({ claimId: claims.crime1 });
    const { matches } = (await service.http(checker.apiKey).get(`/v1/claims/${claims.crime4}`).expect(200)).body;
    const match = matches.find((found: { claim: { id: string } }) => found.claim.id === claims.crime1);
    expect(match.status).toBe('linked');
    await service.http(checker.apiKey).post(`/v1/claims/${claims.crime4}/matches/${match.id}/reject`).expect(200);

    const detail = (await service.http(checker.apiKey).get(`/v1/claims/${claims.crime4}`).expect(200)).body;
    expect(detail.verdict).toMatchObject({ id: draft.id, rating: 'Half True', reusedFrom: null });
    expect(detail.history.at(-1)).toMatchObject({
      type: 'match.rejected',
      data: { matchId: match.id, unlinkedFrom: claims.crime1 },
    });
    const refused = await reuse(claims.crime4, { fromClaimId: claims.crime1 }).expect(409);
    expect(refused.body.type).toBe('/problems/not-a-repeat');
  }, 60_000);
});
