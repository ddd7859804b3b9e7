import { randomBytes } from 'node:crypto';
import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';
import { expectProblem } from './support/problems';

/** An article whose own narration states two check-worthy figures, quotes the mayor once, and sets a scene. */
const BODY = [
  'Riverton budget passes',
  'The state’s unemployment rate fell to 3.2 percent in June, the lowest level since 1976.',
  '“We cut the deficit by 12 percent in two years,” Mayor Ann Lee said on Tuesday.',
  'The afternoon was warm and the crowd was in a good mood.',
  'Riverton spent $48 million on road repairs last year, twice as much as in 2019.',
  'Will the council vote again?',
].join('\n\n');

const NARRATED = [
  'The state’s unemployment rate fell to 3.2 percent in June, the lowest level since 1976.',
  'Riverton spent $48 million on road repairs last year, twice as much as in 2019.',
];

interface Quote {
  id: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  speaker: { id: string | null; name: string; type: string; mention: unknown } | null;
  cue: unknown;
  claims: { id: string; text: string; stage: string; checkworthy: boolean; origin: string }[];
}

/** `claimsFrom` on ingest: the article's own check-worthy statements become claims of its voice, triaged like any. */
describe('claims from the article’s own voice', () => {
  let service: TestService;
  let ingester: string;
  let factChecker: string;

  beforeAll(async () => {
    service = await startTestService();
    ingester = (await createUserKey(service, 'ingester')).apiKey;
    factChecker = (await createUserKey(service, 'factchecker')).apiKey;
  });

  afterAll(() => service?.stop());

  const submit = (article: Record<string, unknown>) => service.http(ingester).post('/v1/articles').send(article);

  const extracted = (id: string) =>
    waitFor(
      async () => {
        const response = await service.http(factChecker).get(`/v1/articles/${id}`).expect(200);
        if (response.body.status === 'failed') throw new Error(`extraction failed: ${response.body.failureReason}`);
        return response.body.status === 'extracted' && response.body;
      },
      // the first extraction starts a thread, which compiles the extraction when run from the sources
      { what: 'the article to be extracted', timeoutMs: 60_000 },
    );

  /** The article's claims once triage has routed every one of them. */
  const triaged = (id: string) =>
    waitFor(
      async () => {
        const response = await service.http(factChecker).get(`/v1/articles/${id}`).expect(200);
        const claims = response.body.claims as { stage: string; parked: boolean }[];
        return claims.length > 0 && claims.every((claim) => claim.stage !== 'triage' || claim.parked) && response.body;
      },
      { what: 'the article’s claims to be triaged' },
    );

  it('with claimsFrom "all", gives the publication the check-worthy statements of its own voice, triaged into research', async () => {
    const url = `https://news.example/riverton-${randomBytes(4).toString('hex')}`;
    const submitted = await submit({
      body: BODY,
      url,
      publisher: 'The Riverton Ledger',
      authors: ['Jane Doe'],
      claimsFrom: 'all',
    }).expect(202);
    expect(submitted.body.article).toMatchObject({ claimsFrom: 'all' });
    await extracted(submitted.body.id);
    const article = await triaged(submitted.body.id);
    expect(article.claimsFrom).toBe('all');

    const statements = (article.quotes as Quote[]).filter((quote) => quote.kind === 'statement');
    expect(statements.map((quote) => quote.text)).toEqual(NARRATED);
    for (const statement of statements) {
      expect(BODY.slice(statement.start, statement.end)).toBe(statement.text);
      expect(statement.speaker).toMatchObject({ name: 'The Riverton Ledger', type: 'media', mention: null });
      expect(statement.cue).toBeNull();
      expect(statement.claims).toEqual([
        expect.objectContaining({ text: statement.text, checkworthy: true, origin: 'extraction', stage: 'research' }),
      ]);
    }
    // the quotes are found as ever, and the scene-setting, the headline and the question are nobody's claims
    const direct = (article.quotes as Quote[]).find((quote) => quote.kind === 'direct')!;
    expect(direct.speaker).toMatchObject({ name: 'Ann Lee', type: 'person' });
    const claimTexts = (article.claims as { text: string }[]).map((claim) => claim.text).join('\n');
    expect(claimTexts).not.toMatch(/afternoon|budget passes|vote again/);

    // in research like any claim: listed under their speaker, and handed out by the queue
    const listed = await service
      .http(factChecker)
      .get('/v1/claims')
      .query({ stage: 'research', articleId: submitted.body.id, speaker: 'The Riverton Ledger' })
      .expect(200);
    expect(listed.body.items.map((item: { text: string }) => item.text).sort()).toEqual([...NARRATED].sort());
    const detail = await service.http(factChecker).get(`/v1/claims/${statements[0].claims[0].id}`).expect(200);
    expect(detail.body.quote).toMatchObject({ kind: 'statement' });
    expect(detail.body.history.map((event: { type: string }) => event.type)).toContain('claim.ready');
    // the first extraction of the suite starts its thread (see extracted)
  }, 90_000);

  it('gives them to the byline author when the article names no publisher', async () => {
    // without a url an article is known by its text: this one is another
    const body = `${BODY}\n\nFiled by Jane Doe.`;
    const submitted = await submit({ body, authors: [' ', 'Jane Doe'], claimsFrom: 'all' }).expect(202);
    await extracted(submitted.body.id);
    const article = await triaged(submitted.body.id);
    const statements = (article.quotes as Quote[]).filter((quote) => quote.kind === 'statement');
    expect(statements).toHaveLength(NARRATED.length);
    for (const statement of statements) expect(statement.speaker).toMatchObject({ name: 'Jane Doe', type: 'person' });
  });

  it('gives the article’s own “I” to its first author, with the claims naming her', async () => {
    const body =
      'I asked the mayor about the levy. “It will pass,” she said. “I doubt it,” I said. I told her that 40 schools had closed since 2019.';
    const submitted = await submit({ body, authors: [' ', 'Jane Doe', 'Sam Roe'], publisher: 'Example News' }).expect(
      202,
    );
    const article = await extracted(submitted.body.id);
    const told = (article.quotes as Quote[]).find((quote) => quote.text.includes('40 schools'))!;
    expect(told.speaker).toMatchObject({ name: 'Jane Doe', type: 'person' });
    const doubt = (article.quotes as Quote[]).find((quote) => quote.text.includes('I doubt it'))!;
    expect(doubt.speaker).toMatchObject({ name: 'Jane Doe', type: 'person' });
    expect((article.quotes as Quote[]).find((quote) => quote.text.includes('It will pass'))!.speaker?.name).not.toBe(
      'Jane Doe',
    );
  });

  it('gives the “I” to the first author who is a person, never to an agency or an outlet', async () => {
    const body = 'I asked the mayor about the levy. I told her that 40 schools had closed since 2019.';
    const agency = await submit({ body, authors: ['UPI', 'Jane Doe'] }).expect(202);
    const told = (await extracted(agency.body.id)).quotes as Quote[];
    expect(told.find((quote) => quote.text.includes('40 schools'))!.speaker).toMatchObject({ name: 'Jane Doe' });
    const outlet = await submit({ body: `${body} The levy failed.`, authors: ['UPI'] }).expect(202);
    const alone = (await extracted(outlet.body.id)).quotes as Quote[];
    expect(alone.find((quote) => quote.text.includes('40 schools'))!.speaker?.name).toBe('I');
  });

  it('takes claims from the quotes alone by default, as before', async () => {
    const submitted = await submit({
      body: BODY,
      url: `https://news.example/quotes-only-${randomBytes(4).toString('hex')}`,
      publisher: 'The Riverton Ledger',
    }).expect(202);
    expect(submitted.body.article).toMatchObject({ claimsFrom: 'quotes' });
    const article = await extracted(submitted.body.id);
    expect(article.claimsFrom).toBe('quotes');
    expect((article.quotes as Quote[]).map((quote) => quote.kind)).toEqual(['direct']);
    expect((article.claims as { text: string }[]).map((claim) => claim.text)).toEqual([
      'We cut the deficit by 12 percent in two years',
    ]);
  });

  it('keeps claimsFrom with the article: the same article asked with another is a 409, without one it is the same', async () => {
    const url = `https://news.example/kept-${randomBytes(4).toString('hex')}`;
    const first = await submit({ body: BODY, url, claimsFrom: 'quotes' }).expect(202);
    const count = async () =>
      (
        await service.query(
          `SELECT (SELECT count(*) FROM articles)::int AS articles,
                  (SELECT count(*) FROM events WHERE type = 'article.received')::int AS received`,
        )
      )[0];
    const before = await count();
    const conflict = await submit({ body: BODY, url, claimsFrom: 'all' });
    expectProblem(conflict, 409);
    expect(conflict.body).toMatchObject({
      type: '/problems/article-claims-from-changed',
      article: { id: first.body.id, url, claimsFrom: 'quotes' },
      detail: expect.stringContaining(first.body.id),
    });
    expect(await count()).toEqual(before);
    // the same request, or one that leaves claimsFrom to the configuration, is the article already here
    for (const again of [
      { body: BODY, url, claimsFrom: 'quotes' },
      { body: BODY, url },
    ]) {
      const same = await submit(again).expect(200);
      expect(same.body).toMatchObject({ id: first.body.id, claimsFrom: 'quotes' });
    }
    expect(await count()).toEqual(before);
  });
});

describe('CLAIMS_FROM', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ worker: false, env: { CLAIMS_FROM: 'all' } });
  });

  afterAll(() => service?.stop());

  it('is where the claims of an article that does not say come from', async () => {
    const unsaid = await service.http().post('/v1/articles').send({ body: BODY }).expect(202);
    expect(unsaid.body.article).toMatchObject({ claimsFrom: 'all' });
    const said = await service
      .http()
      .post('/v1/articles')
      .send({ body: BODY, url: 'https://news.example/said', claimsFrom: 'quotes' })
      .expect(202);
    expect(said.body.article).toMatchObject({ claimsFrom: 'quotes' });
    const stored = await service.query(`SELECT id, claims_from FROM articles ORDER BY created_at`);
    expect(stored).toEqual([
      { id: unsaid.body.id, claims_from: 'all' },
      { id: said.body.id, claims_from: 'quotes' },
    ]);
  });
});
