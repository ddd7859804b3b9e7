import { verifyWebhook } from '@app/webhooks';
import { readSampleArticle, waitFor, WebhookReceiver } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';

/** The whole path through the HTTP API alone: article in, claims ranked, verdict reviewed, ClaimReview and webhook out. */
describe('article in, verdict out, webhook delivered', () => {
  let service: TestService;
  const receiver = new WebhookReceiver();
  let receiverUrl: string;

  beforeAll(async () => {
    service = await startTestService();
    receiverUrl = await receiver.start();
  });

  afterAll(async () => {
    await service?.stop();
    await receiver.stop();
  });

  it('takes the sample article through every stage', async () => {
    const factChecker = await createUserKey(service, 'factchecker', 'Fiona Checker');
    const editor = await createUserKey(service, 'editor', 'Eddie Editor');

    const subscription = await service
      .http()
      .post('/v1/webhooks')
      .send({
        url: receiverUrl,
        events: ['article.extracted', 'claim.ready', 'verdict.published'],
        description: 'newsroom',
      })
      .expect(201);
    expect(subscription.body.secret).toMatch(/^whsec_/);

    const body = readSampleArticle();
    const submitted = await service
      .http(factChecker.apiKey)
      .post('/v1/articles')
      .send({
        title: 'Chicago mayor defies Trump',
        body,
        url: 'https://news.example/chicago-order',
        publisher: 'Example News',
      })
      .expect(202);
    expect(submitted.body).toMatchObject({ id: expect.any(String), status: 'received' });

    const article = await waitFor(
      async () => {
        const response = await service.http(factChecker.apiKey).get(`/v1/articles/${submitted.body.id}`).expect(200);
        return response.body.status === 'extracted' && response.body;
      },
      // the first article of a fresh worker starts its extraction thread, which loads the extraction and the lexicon
      // of repeat matching: seconds on a busy machine
      { what: 'the article to be extracted', timeoutMs: 45_000 },
    );

    // Quotes come out attributed to the people who said them, with offsets into the submitted text.
    const speakers = new Set(article.quotes.map((quote: { speaker?: { name: string } }) => quote.speaker?.name));
    expect(speakers).toContain('Brandon Johnson');
    expect(speakers).toContain('J.B. Pritzker');
    const johnson = article.quotes.find((quote: { text: string }) =>
      quote.text.includes('We have not called for this'),
    );
    expect(johnson.speaker).toMatchObject({ name: 'Brandon Johnson', type: 'person', title: 'Mayor' });
    // A quote broken by its attribution ("A," he said, "B.") spans both parts; its text is the quoted words.
    expect(body.slice(johnson.start, johnson.end)).toContain(johnson.text.slice(0, 60));
    expect(johnson.claims.length).toBeGreaterThan(1);
    for (const claim of johnson.claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);

    // Triage ranks the claims and puts the check-worthy ones in research.
    const research = await waitFor(
      async () => {
        const response = await service.http(factChecker.apiKey).get('/v1/claims?stage=research').expect(200);
        return response.body.items.length > 0 && response.body;
      },
      { what: 'claims in research' },
    );
    const priorities = research.items.map((item: { priority: number }) => item.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));

    // A fact-checker takes the top claim, writes a verdict and submits it.
    const taken = await service.http(factChecker.apiKey).post('/v1/queue/research/next').expect(200);
    expect(taken.body.id).toBe(research.items[0].id);
    expect(taken.body.lease).toMatchObject({ id: expect.any(String), expiresAt: expect.any(String) });
    const claimId = taken.body.id;
    await service
      .http(factChecker.apiKey)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({
        rating: 'Mostly True',
        summary: 'The city had not asked for federal deployment.',
        explanation: 'Council records show no such request.',
        sources: [{ url: 'https://records.example/council', title: 'Council records' }],
      })
      .expect(200);
    await service.http(factChecker.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);

    // An editor reviews and approves it; the publish stage builds the ClaimReview.
    const review = await service.http(editor.apiKey).post('/v1/queue/review/next').expect(200);
    expect(review.body.id).toBe(claimId);
    await service.http(editor.apiKey).post(`/v1/claims/${claimId}/approve`).expect(200);

    const claimReview = await waitFor(
      async () => {
        const response = await service.http(factChecker.apiKey).get(`/v1/claims/${claimId}/claimreview`);
        return response.status === 200 && response.body;
      },
      { what: 'the ClaimReview' },
    );
    expect(claimReview).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: expect.any(String),
      datePublished: expect.any(String),
      // The public page: the claim's words and the first 8 hex digits of its id.
      url: expect.stringMatching(
        new RegExp(`^${service.config.publicBaseUrl}/fact-checks/[a-z0-9-]+-${claimId.slice(0, 8)}$`),
      ),
      author: { '@type': 'Organization', name: service.config.ORGANIZATION_NAME },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly True' },
      itemReviewed: {
        '@type': 'Claim',
        author: { name: expect.any(String) },
        appearance: { url: 'https://news.example/chicago-order' },
      },
    });

    // The newsroom receives signed webhooks for each stage, the last carrying the ClaimReview.
    const published = await waitFor(
      () => receiver.received.find((received) => JSON.parse(received.body).type === 'verdict.published'),
      { what: 'the verdict.published webhook' },
    );
    const payload = verifyWebhook<{ type: string; data: { claim: { id: string }; claimReview: unknown } }>({
      secret: subscription.body.secret,
      headers: published.headers,
      body: published.body,
    });
    expect(payload.data.claim.id).toBe(claimId);
    expect(payload.data.claimReview).toEqual(claimReview);
    expect(published.headers['webhook-signature']).toMatch(/^v1,/);
    const types = receiver.received.map((received) => JSON.parse(received.body).type);
    expect(types).toContain('article.extracted');
    expect(types).toContain('claim.ready');

    // A delivery is marked succeeded only after the receiver has answered, so the last ones may still be
    // in flight when their bodies have arrived: wait for every one to settle, then none may have failed.
    const deliveries = await waitFor(
      async () => {
        const response = await service.http().get(`/v1/webhooks/${subscription.body.id}/deliveries`).expect(200);
        const items: { status: string }[] = response.body.items;
        return items.every((delivery) => delivery.status === 'succeeded') && items;
      },
      { what: 'every delivery marked succeeded' },
    );
    expect(deliveries.length).toBeGreaterThanOrEqual(3);

    const claim = await service.http(factChecker.apiKey).get(`/v1/claims/${claimId}`).expect(200);
    expect(claim.body.stage).toBe('published');
    expect(claim.body.history.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining([
        'claim.ready',
        'lease.taken',
        'verdict.drafted',
        'verdict.submitted',
        'verdict.approved',
        'verdict.published',
      ]),
    );
  }, 90_000);
});
