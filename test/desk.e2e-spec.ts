import { verifyWebhook } from '@app/webhooks';
import { waitFor, WebhookReceiver } from '@app/testing';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';

/** The review desk beyond take-next: ranking, deadlines, matching, corrections, history, statistics, exports. */
describe('the review desk', () => {
  let service: TestService;
  let checker: { id: string; apiKey: string };
  let editor: { id: string; apiKey: string };
  let editor2: { id: string; apiKey: string };
  const receiver = new WebhookReceiver();
  let secret: string;

  beforeAll(async () => {
    // Research deadline 3 s, looked for twice a second, so overdue claims can be watched happening.
    service = await startTestService({
      env: { RESEARCH_DEADLINE_MINUTES: '0.05', DEADLINE_SWEEP_SECONDS: '0.5', PUBLISH_SLA_HOURS: '1' },
    });
    checker = await createUserKey(service, 'factchecker', 'Checker One');
    await service.query(`UPDATE users SET team = 'politics' WHERE id = $1`, [checker.id]);
    editor = await createUserKey(service, 'editor', 'Editor One');
    editor2 = await createUserKey(service, 'editor', 'Editor Two');
    const url = await receiver.start();
    secret = (
      await service
        .http()
        .post('/v1/webhooks')
        .send({ url, events: ['verdict.published', 'verdict.corrected', 'claim.overdue'] })
        .expect(201)
    ).body.secret;
  });

  afterAll(async () => {
    await service?.stop();
    await receiver.stop();
  });

  const post = async (body: string, extra: Record<string, unknown> = {}) => {
    const id = (
      await service
        .http()
        .post('/v1/articles')
        .send({ body, ...extra })
        .expect(202)
    ).body.id as string;
    return waitFor(
      async () => {
        const article = (await service.http().get(`/v1/articles/${id}`).expect(200)).body;
        const untriaged = await service.query(
          'SELECT count(*)::int AS n FROM claims WHERE article_id = $1 AND triaged_at IS NULL',
          [id],
        );
        return article.status === 'extracted' && untriaged[0].n === 0 && article;
      },
      { what: 'extraction and triage' },
    );
  };

  it('ranks by check-worthiness, speaker prominence and recency', async () => {
    // The same sentence from a speaker quoted in many articles outranks it from a newcomer; old news ranks lower.
    for (let n = 0; n < 6; n++) await post(`“We will hold a vote on item ${n} next week,” Senator Ada Prominent said.`);
    const sentence = 'the state spent 40 million dollars on the bridge in 2024';
    const prominent = await post(`“In 2025 ${sentence},” Senator Ada Prominent said.`);
    const newcomer = await post(`“In 2025 ${sentence},” Councillor Bo Newcomer said.`);
    const stale = await post(`“In 2025 ${sentence},” Councillor Cy Oldnews said.`, {
      publishedAt: '2025-01-01T00:00:00Z',
    });
    const base = async (article: { claims: { id: string }[] }) =>
      (await service.http(checker.apiKey).get(`/v1/claims/${article.claims[0].id}`).expect(200)).body.basePriority;
    const [p, n, s] = [await base(prominent), await base(newcomer), await base(stale)];
    expect(p).toBeGreaterThan(n);
    expect(n).toBeGreaterThan(s);
  });

  it('filters by speaker, words, publisher and score', async () => {
    await post('“Hospital wait times doubled since 2019,” Dr. Mia Filter said.', {
      publisher: 'Filter Gazette',
      url: 'https://gazette.example/a',
    });
    const http = service.http(checker.apiKey);
    const byPublisher = (await http.get('/v1/claims?publisher=filter gaz').expect(200)).body.items;
    expect(byPublisher.length).toBeGreaterThan(0);
    expect(
      byPublisher.every((item: { article: { publisher: string } }) => item.article.publisher === 'Filter Gazette'),
    ).toBe(true);
    const byWords = (await http.get('/v1/claims?q=hospital waits').expect(200)).body.items;
    expect(byWords.map((item: { speaker: { name: string } }) => item.speaker.name)).toContain('Mia Filter');
    expect((await http.get('/v1/claims?q=hospital -doubled').expect(200)).body.items).toHaveLength(0);
    const strong = (await http.get('/v1/claims?minScore=0.99').expect(200)).body.items;
    expect(strong.every((item: { checkworthiness: number }) => item.checkworthiness >= 0.99)).toBe(true);
  });

  it('marks a claim overdue past its deadline, raises it to the top and announces it', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    const overdue = await waitFor(
      async () => {
        const claim = (await service.http(checker.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body;
        return claim.overdue && claim;
      },
      { what: 'the deadline to pass', timeoutMs: 15000 },
    );
    expect(overdue.priority).toBeGreaterThan(2);
    expect(overdue.history.map((event: { type: string }) => event.type)).toContain('claim.overdue');
    const top = (await service.http(checker.apiKey).get('/v1/claims?stage=research&limit=100').expect(200)).body.items;
    const overdueIds = top.filter((item: { overdue: boolean }) => item.overdue).map((item: { id: string }) => item.id);
    expect(top.slice(0, overdueIds.length).map((item: { id: string }) => item.id)).toEqual(overdueIds);
    await waitFor(() => receiver.received.find((request) => JSON.parse(request.body).type === 'claim.overdue'));
  });

  it('links an exact repeat in another article automatically and suggests a paraphrase', async () => {
    const original = await post(
      '“The city lost 12,000 manufacturing jobs between 2019 and 2024,” Mayor Lin Repeat said.',
    );
    const repeat = await post(
      'At a rally, Mayor Lin Repeat said again: “The city lost 12,000 manufacturing jobs between 2019 and 2024.”',
    );
    const paraphrase = await post(
      '“Our city has lost 12,000 jobs in manufacturing since 2019,” Mayor Lin Repeat told voters.',
    );
    const originalClaim = original.claims[0].id;
    const repeatClaim = (await service.http(checker.apiKey).get(`/v1/claims/${repeat.claims[0].id}`).expect(200)).body;
    expect(repeatClaim.matches).toEqual([
      expect.objectContaining({ status: 'linked', claim: expect.objectContaining({ id: originalClaim }) }),
    ]);
    const paraphraseClaim = (
      await service.http(checker.apiKey).get(`/v1/claims/${paraphrase.claims[0].id}`).expect(200)
    ).body;
    const suggestion = paraphraseClaim.matches.find(
      (match: { claim: { id: string } }) => match.claim.id === originalClaim,
    );
    expect(suggestion).toMatchObject({ status: 'suggested' });
    expect(suggestion.similarity).toBeLessThan(0.85);
    const confirmed = await service
      .http(checker.apiKey)
      .post(`/v1/claims/${paraphrase.claims[0].id}/matches/${suggestion.id}/confirm`)
      .expect(200);
    expect(confirmed.body.status).toBe('confirmed');
    await service
      .http(checker.apiKey)
      .post(`/v1/claims/${paraphrase.claims[0].id}/matches/${suggestion.id}/reject`)
      .expect(409);
    // Unrelated claims from the same speaker are not matched.
    const other = await post('“We planted 3,000 trees in the parks last spring,” Mayor Lin Repeat said.');
    const otherClaim = (await service.http(checker.apiKey).get(`/v1/claims/${other.claims[0].id}`).expect(200)).body;
    expect(otherClaim.matches).toEqual([]);
  });

  it('matches every later repeat with the first claim of its kind, which alone stays in the band index', async () => {
    const quote = '“Property taxes rose 9 percent while school budgets were cut twice,” Governor Rae Chain said';
    const first = (await post(`${quote}.`)).claims[0].id;
    const second = (await post(`${quote} on Monday.`)).claims[0].id;
    const third = (await post(`${quote} again on Tuesday.`)).claims[0].id;
    const matchesOf = async (claimId: string) =>
      (await service.http(checker.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body.matches;
    expect(await matchesOf(third)).toEqual([
      expect.objectContaining({ status: 'linked', claim: expect.objectContaining({ id: first }) }),
    ]);
    const indexed = async (claimId: string) =>
      (
        await service.query<{ n: number }>('SELECT cardinality(match_bands) AS n FROM claims WHERE id = $1', [claimId])
      )[0].n > 0;
    expect([await indexed(first), await indexed(second), await indexed(third)]).toEqual([true, false, false]);
    // A person says the second is not the same claim after all: it becomes a claim later repeats can match.
    const [link] = await matchesOf(second);
    await service.http(checker.apiKey).post(`/v1/claims/${second}/matches/${link.id}/reject`).expect(200);
    expect(await indexed(second)).toBe(true);
  });

  it('shows the earlier verdict on a later repeat, and corrects a published verdict keeping both versions', async () => {
    const first = await post('“Violent crime fell by 30 percent in the last two years,” Chief Ana Correct said.');
    const claimId = first.claims[0].id;
    const http = (key: string) => service.http(key);
    if ((await http(checker.apiKey).get(`/v1/claims/${claimId}`)).body.stage === 'triage') {
      await http(checker.apiKey).post(`/v1/claims/${claimId}/promote`).expect(200);
    }
    await http(checker.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await http(checker.apiKey)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({ rating: 'Mostly True', summary: 'Down 27 percent.', sources: [{ url: 'https://police.example/stats' }] })
      .expect(200);
    await http(checker.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await http(editor.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await http(editor.apiKey).post(`/v1/claims/${claimId}/approve`).expect(200);
    const original = await waitFor(async () => {
      const response = await http(checker.apiKey).get(`/v1/claims/${claimId}/claimreview`);
      return response.status === 200 && response.body;
    });

    const repeat = await post(
      '“Violent crime fell by 30 percent in the last two years,” Chief Ana Correct said at the hearing.',
    );
    const repeatClaim = (await http(checker.apiKey).get(`/v1/claims/${repeat.claims[0].id}`).expect(200)).body;
    expect(repeatClaim.matches[0]).toMatchObject({ status: 'linked', verdict: { rating: 'Mostly True', version: 1 } });

    await http(checker.apiKey)
      .post(`/v1/claims/${claimId}/correct`)
      .send({ rating: 'Half True', note: 'x' })
      .expect(403);
    await http(editor2.apiKey).post(`/v1/claims/${claimId}/correct`).send({ rating: 'Half True' }).expect(400);
    await http(editor2.apiKey)
      .post(`/v1/claims/${claimId}/correct`)
      .send({
        rating: 'Half True',
        summary: 'Down 18 percent by the final figures.',
        note: 'Final annual figures were lower.',
      })
      .expect(202);
    const corrected = await waitFor(async () => {
      const response = await http(checker.apiKey).get(`/v1/claims/${claimId}/claimreview`).expect(200);
      return response.body.version === 2 && response.body;
    });
    expect(corrected.reviewRating).toMatchObject({ ratingValue: 3, alternateName: 'Half True' });
    expect(corrected.datePublished).toBe(original.datePublished);
    expect(corrected.dateModified).toBeDefined();
    const claim = (await http(checker.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(
      claim.verdicts.map((verdict: { version: number; rating: string; supersededAt: string | null }) => [
        verdict.version,
        verdict.rating,
        Boolean(verdict.supersededAt),
      ]),
    ).toEqual([
      [2, 'Half True', false],
      [1, 'Mostly True', true],
    ]);
    expect(claim.verdicts[0].sources).toEqual([{ url: 'https://police.example/stats' }]);
    const webhook = await waitFor(() =>
      receiver.received.find((request) => JSON.parse(request.body).type === 'verdict.corrected'),
    );
    const payload = verifyWebhook<{
      data: { claimReview: { version: number }; previous: { version: number }[]; note: string };
    }>({
      secret,
      headers: webhook.headers,
      body: webhook.body,
    });
    expect(payload.data.claimReview.version).toBe(2);
    expect(payload.data.previous.map((verdict) => verdict.version)).toEqual([1]);
    expect(payload.data.note).toBe('Final annual figures were lower.');
    const types = claim.history.map((event: { type: string }) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(['verdict.published', 'verdict.correction-approved', 'verdict.corrected']),
    );

    // Exports: every published version in order, as JSON-LD and as CSV.
    const feed = (await http(checker.apiKey).get('/v1/claimreviews?limit=100').expect(200)).body;
    // A ClaimReview's url is its public page, which names no claim: the page's claimIds say whose each item is.
    const versions = (feed.items as { version: number; url: string }[]).filter(
      (_item, index) => (feed.claimIds as string[])[index] === claimId,
    );
    expect(versions.map((item) => item.version)).toEqual([1, 2]);
    // Both versions read at the same public page: the slug set at the first publication is kept by the correction.
    expect(new Set(versions.map((item) => item.url)).size).toBe(1);
    expect(versions[0].url).toMatch(/\/fact-checks\/[a-z0-9-]+$/);
    const csv = await http(checker.apiKey).get('/v1/claimreviews.csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^claim_id,version,published_at/);
    expect(lines.filter((line) => line.startsWith(claimId))).toHaveLength(2);
    const paged = (await http(checker.apiKey).get('/v1/claimreviews?limit=1').expect(200)).body;
    expect(paged.items).toHaveLength(1);
    const next = (await http(checker.apiKey).get(`/v1/claimreviews?limit=1&cursor=${paged.nextCursor}`).expect(200))
      .body;
    expect(next.items[0]).not.toEqual(paged.items[0]);
    await http(checker.apiKey).get('/v1/claimreviews?cursor=nonsense').expect(400);
    const future = (await http(checker.apiKey).get('/v1/claimreviews?since=2999-01-01T00:00:00Z').expect(200)).body;
    expect(future.items).toEqual([]);

    // Statistics: the verdict counts by rating and the team's service level.
    const stats = (await http(checker.apiKey).get('/v1/stats').expect(200)).body;
    expect(stats.queues.published.total).toBeGreaterThanOrEqual(1);
    expect(stats.verdictsByRating).toEqual(
      expect.arrayContaining([expect.objectContaining({ rating: 'Half True', count: 1 })]),
    );
    expect(stats.medianMinutesInStage.research.periods).toBeGreaterThanOrEqual(1);
    expect(stats.sla.teams).toEqual([
      expect.objectContaining({ team: 'politics', published: 1, withinSla: 1, share: 1 }),
    ]);
  });

  it('keeps an audit trail of the whole desk, filterable', async () => {
    const http = service.http(editor.apiKey);
    const published = (await http.get('/v1/events?type=verdict.published,verdict.corrected').expect(200)).body.items;
    expect(published.length).toBeGreaterThanOrEqual(2);
    expect(
      published.every((event: { type: string }) => ['verdict.published', 'verdict.corrected'].includes(event.type)),
    ).toBe(true);
    const mine = (await http.get(`/v1/events?actorId=${editor2.id}`).expect(200)).body.items;
    expect(mine.map((event: { type: string }) => event.type)).toContain('verdict.correction-approved');
    const page = (await http.get('/v1/events?limit=2').expect(200)).body;
    const page2 = (await http.get(`/v1/events?limit=2&cursor=${page.nextCursor}`).expect(200)).body;
    expect(Number(page2.items[0].id)).toBeLessThan(Number(page.items[1].id));
    const webhookEvents = (await http.get('/v1/events?type=webhook.created').expect(200)).body.items;
    expect(webhookEvents).toHaveLength(1);
    await service.http(checker.apiKey).get('/v1/events').expect(403);
    await http.get('/v1/events?since=whenever').expect(400);
  });
});
