import { randomBytes, randomUUID } from 'node:crypto';
import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';
import { COMPLETE_DRAFT } from './support/claim-state';
import { expectProblem } from './support/problems';

const BODY = [
  'The Daily Planet has reported on the city budget for ten years. The city spent $4 billion on roads in 2025, more than in any year before.',
  '“Unemployment fell to 3 percent in 2025. Crime dropped by 20 percent since 2020,” Mayor Jane Doe said on Monday.',
  '“We will build 500 new homes next year,” Doe added.',
  'Readers can write to the newsroom.',
  'The council meets on the first Monday of each month in the old town hall, where residents may speak for three minutes each. '.repeat(
    9,
  ),
].join('\n\n');

type Person = { id: string; name: string; apiKey: string };

/**
 * Claims people make: added by hand from any span of an article (quoted or not), split in two, merged into one;
 * each scored, in research at once, marked as made by hand, with its events, and every bad input refused with
 * nothing stored.
 */
describe('claims made by hand', () => {
  let service: TestService;
  let fiona: Person;
  let frank: Person;
  let edna: Person;
  let ingester: Person;
  let articleId: string;

  const http = (person: Person) => service.http(person.apiKey);
  const at = (words: string, from = 0) => {
    const start = BODY.indexOf(words, from);
    if (start < 0) throw new Error(`not in the article: ${words}`);
    return { start, end: start + words.length };
  };
  const counts = async () =>
    (
      await service.query(
        `SELECT (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM quotes)::int AS quotes,
                (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM speakers)::int AS speakers,
                (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM corrections)::int AS corrections,
                (SELECT count(*) FROM claims WHERE stage = 'dismissed')::int AS dismissed`,
      )
    )[0];
  const add = (person: Person, body: object, article = articleId) =>
    http(person).post(`/v1/articles/${article}/claims`).send(body);
  const typesOf = (history: { type: string }[]) => history.map((entry) => entry.type);

  beforeAll(async () => {
    service = await startTestService();
    fiona = await createUserKey(service, 'factchecker', 'Fiona Hand');
    frank = await createUserKey(service, 'factchecker', 'Frank Other');
    edna = await createUserKey(service, 'editor', 'Edna Editor');
    ingester = await createUserKey(service, 'ingester');
    const posted = await service
      .http()
      .post('/v1/articles')
      .send({
        body: BODY,
        url: `https://planet.example/${randomBytes(4).toString('hex')}`,
        publisher: 'The Daily Planet',
      })
      .expect(202);
    articleId = posted.body.id;
    await waitFor(
      async () => {
        const article = await service.http().get(`/v1/articles/${articleId}`).expect(200);
        return article.body.status === 'extracted' && article.body.quotes.length >= 2;
      },
      { what: 'the article to be extracted' },
    );
  }, 60_000);

  afterAll(() => service?.stop());

  describe('POST /v1/articles/:id/claims', () => {
    it('adds a claim from the newspaper’s own words: a statement of the publication, in research, marked hand', async () => {
      const span = at('The city spent $4 billion on roads in 2025, more than in any year before.');
      const response = await add(fiona, { start: span.start - 1, end: span.end + 2 }).expect(201);
      expect(response.headers.location).toBe(`/v1/claims/${response.body.id}`);
      expect(response.body).toMatchObject({
        text: 'The city spent $4 billion on roads in 2025, more than in any year before.',
        start: span.start,
        end: span.end,
        origin: 'hand',
        stage: 'research',
        parked: false,
        checkworthiness: expect.any(Number),
        speaker: { name: 'The Daily Planet', type: 'media' },
        quote: { kind: 'statement', start: span.start, end: span.end },
        derivedFrom: [],
        replacedBy: [],
      });
      expect(typesOf(response.body.history)).toEqual(['claim.added', 'claim.ready']);
      expect(response.body.history[0]).toMatchObject({
        actor: { id: fiona.id, name: 'Fiona Hand' },
        data: { origin: 'hand', newQuote: true, quoteKind: 'statement' },
      });
      const article = await http(fiona).get(`/v1/articles/${articleId}`).expect(200);
      const statement = article.body.quotes.find((quote: { kind: string }) => quote.kind === 'statement');
      expect(statement.claims).toEqual([expect.objectContaining({ id: response.body.id, origin: 'hand' })]);
      const [row] = await service.query('SELECT origin, added_by FROM claims WHERE id = $1', [response.body.id]);
      expect(row).toEqual({ origin: 'hand', added_by: fiona.id });
    });

    it('sends a claim a person chose to research even when the model would park it', async () => {
      const span = at('Readers can write to the newsroom.');
      const response = await add(fiona, span).expect(201);
      expect(response.body).toMatchObject({ stage: 'research', parked: false, checkworthy: false });
    });

    it('puts a span inside a quote in that quote, with its speaker, and no new quote', async () => {
      const before = await counts();
      const span = at('dropped by 20 percent since 2020');
      const response = await add(fiona, span).expect(201);
      expect(response.body).toMatchObject({
        text: 'dropped by 20 percent since 2020',
        speaker: { name: 'Jane Doe' },
        quote: { kind: 'direct' },
        stage: 'research',
      });
      expect((await counts()).quotes).toBe(before.quotes);
    });

    it('gives a span the speaker a person names (found or stored once), or one of the article’s speakers by id', async () => {
      const named = await add(fiona, {
        ...at('fell to 3 percent in 2025'),
        speaker: { name: '  City Statistics Office ', type: 'organization', title: 'Agency' },
      }).expect(201);
      expect(named.body).toMatchObject({
        speaker: { name: 'City Statistics Office', type: 'organization', title: 'Agency' },
        quote: { kind: 'direct' },
      });
      expect(named.body.quote.id).not.toBe(
        (await http(fiona).get(`/v1/articles/${articleId}`)).body.quotes.find((quote: { kind: string; text: string }) =>
          quote.text.includes('Unemployment'),
        )?.id ?? 'none',
      );
      const article = await http(fiona).get(`/v1/articles/${articleId}`).expect(200);
      const doe = article.body.quotes.find(
        (quote: { speaker: { name: string } | null }) => quote.speaker?.name === 'Jane Doe',
      ).speaker;
      const byId = await add(fiona, { ...at('Readers can write'), speaker: { speakerId: doe.id } }).expect(201);
      expect(byId.body).toMatchObject({ speaker: { id: doe.id, name: 'Jane Doe' }, quote: { kind: 'statement' } });
      const speakers = await service.query(
        `SELECT count(*)::int AS n FROM speakers WHERE name = 'City Statistics Office'`,
      );
      expect(speakers).toEqual([{ n: 1 }]);
    });

    it('adds one claim for a retry with the same Idempotency-Key, and answers the retry with it', async () => {
      const key = randomUUID();
      const span = at('The Daily Planet has reported on the city budget for ten years.');
      const first = await add(fiona, span).set('Idempotency-Key', key).expect(201);
      const before = await counts();
      const retry = await http(fiona)
        .post(`/v1/articles/${articleId}/claims`)
        .set('Idempotency-Key', key)
        .send(span)
        .expect(200);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body.id).toBe(first.body.id);
      expect(await counts()).toEqual(before);
      await http(fiona)
        .post(`/v1/articles/${articleId}/claims`)
        .set('Idempotency-Key', key)
        .send({ ...span, end: span.end - 1 })
        .expect(422);
    });

    it('refuses bad spans and speakers with a problem naming the field, and stores nothing', async () => {
      const { length } = BODY;
      const doeless = '00000000-0000-4000-8000-000000000000';
      const cases: [string, object, string][] = [
        ['start past the text', { start: length + 1, end: length + 5 }, 'start'],
        ['end past the text', { start: 0, end: length + 1 }, 'end'],
        ['empty', { start: 10, end: 10 }, 'end'],
        ['backwards', { start: 20, end: 10 }, 'end'],
        ['white space only', { start: BODY.indexOf('\n\n'), end: BODY.indexOf('\n\n') + 2 }, 'end'],
        ['over 1000 characters', { start: 0, end: length }, 'end'],
        ['negative', { start: -1, end: 10 }, 'start'],
        ['not an integer', { start: 1.5, end: 10 }, 'start'],
        ['a string', { start: '1', end: 10 }, 'start'],
        ['no end', { start: 1 }, 'end'],
        ['an unknown field', { start: 0, end: 10, quoteId: doeless }, 'quoteId'],
        ['a speaker not of the article', { start: 0, end: 10, speaker: { speakerId: doeless } }, 'speaker.speakerId'],
        [
          'a speaker id and a name',
          { start: 0, end: 10, speaker: { speakerId: doeless, name: 'X' } },
          'speaker.speakerId',
        ],
        ['a speaker without a type', { start: 0, end: 10, speaker: { name: 'Somebody' } }, 'speaker.type'],
        ['a speaker of no known type', { start: 0, end: 10, speaker: { name: 'S', type: 'alien' } }, 'speaker.type'],
        ['a blank speaker name', { start: 0, end: 10, speaker: { name: '  ', type: 'person' } }, 'speaker.name'],
        ['a speaker that is no object', { start: 0, end: 10, speaker: 'Jane Doe' }, 'speaker'],
      ];
      if (length <= 1000) throw new Error('the article must be longer than a claim may be');
      const before = await counts();
      for (const [what, body, field] of cases) {
        const response = await add(fiona, body);
        expect({ what, status: response.status }).toEqual({ what, status: 400 });
        expectProblem(response, 400, what);
        expect({ what, fields: response.body.errors.map((error: { field: string }) => error.field) }).toEqual({
          what,
          fields: expect.arrayContaining([field]),
        });
      }
      expect(await counts()).toEqual(before);
    });

    it('refuses a span a claim already covers, an article still being extracted, an unknown article and an ingester', async () => {
      const before = await counts();
      const taken = await add(fiona, at('dropped by 20 percent since 2020'));
      expectProblem(taken, 409);
      expect(taken.body.claim).toEqual({ id: expect.any(String) });
      expectProblem(await add(fiona, { start: 0, end: 10 }, randomUUID()).expect(404), 404);
      await add(fiona, { start: 0, end: 10 }, 'not-an-id').expect(404);
      await add(ingester, { start: 0, end: 10 }).expect(403);
      await service.query(`UPDATE articles SET status = 'extracting' WHERE id = $1`, [articleId]);
      try {
        expectProblem(await add(fiona, at('Readers can')).expect(409), 409);
      } finally {
        await service.query(`UPDATE articles SET status = 'extracted' WHERE id = $1`, [articleId]);
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('POST /v1/claims/:id/split', () => {
    const fresh = async (words: string) => (await add(fiona, at(words)).expect(201)).body as { id: string };

    it('replaces a claim with its two parts, in research, and keeps the original dismissed and linked', async () => {
      const claim = await fresh('will build 500 new homes next year');
      const cut = BODY.indexOf(' new homes');
      const response = await http(fiona).post(`/v1/claims/${claim.id}/split`).send({ at: cut }).expect(201);
      expect(response.body.replaced).toEqual([{ id: claim.id, stage: 'dismissed', dismissedReason: 'split' }]);
      expect(response.body.claims).toEqual([
        expect.objectContaining({ text: 'will build 500', origin: 'split', stage: 'research' }),
        expect.objectContaining({ text: 'new homes next year', origin: 'split', stage: 'research' }),
      ]);
      const parts = response.body.claims.map((part: { id: string }) => part.id);
      const original = await http(fiona).get(`/v1/claims/${claim.id}`).expect(200);
      expect(original.body).toMatchObject({ stage: 'dismissed', dismissedReason: 'split', replacedBy: parts });
      expect(original.body.history.at(-1)).toMatchObject({
        type: 'claim.split',
        actor: { id: fiona.id },
        data: { at: cut, parts },
      });
      const part = await http(fiona).get(`/v1/claims/${parts[0]}`).expect(200);
      expect(part.body).toMatchObject({ derivedFrom: [claim.id], speaker: { name: 'Jane Doe' } });
      expect(typesOf(part.body.history)).toEqual(['claim.added', 'claim.ready']);
    });

    it('refuses a cut outside the claim or leaving a part without words, naming at, and stores nothing', async () => {
      const claim = await fresh('Doe added');
      const { start, end } = at('Doe added');
      const before = await counts();
      for (const [what, body, field] of [
        ['at its start', { at: start }, 'at'],
        ['at its end', { at: end }, 'at'],
        ['before it', { at: 0 }, 'at'],
        ['past the text', { at: BODY.length + 1 }, 'at'],
        ['no at', {}, 'at'],
        ['a string', { at: 'middle' }, 'at'],
      ] as const) {
        const response = await http(fiona).post(`/v1/claims/${claim.id}/split`).send(body);
        expect({ what, status: response.status }).toEqual({ what, status: 400 });
        expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      }
      expect(await counts()).toEqual(before);
      expectProblem(await http(fiona).post(`/v1/claims/${randomUUID()}/split`).send({ at: 1 }).expect(404), 404);
      await http(ingester)
        .post(`/v1/claims/${claim.id}/split`)
        .send({ at: start + 3 })
        .expect(403);
    });

    it('is for the holder or an editor while someone holds the claim; the holder’s later writes get 409', async () => {
      const claim = await fresh('more than in any year before');
      await http(frank).post(`/v1/claims/${claim.id}/lease`).expect(200);
      const cut = BODY.indexOf(' in any year');
      const before = await counts();
      expectProblem(await http(fiona).post(`/v1/claims/${claim.id}/split`).send({ at: cut }).expect(409), 409);
      expect(await counts()).toEqual(before);
      await http(edna).post(`/v1/claims/${claim.id}/split`).send({ at: cut }).expect(201);
      const [lease] = await service.query(
        `SELECT release_reason FROM leases WHERE claim_id = $1 ORDER BY acquired_at DESC LIMIT 1`,
        [claim.id],
      );
      expect(lease).toEqual({ release_reason: 'split' });
      expectProblem(await http(frank).put(`/v1/claims/${claim.id}/verdict`).send({ rating: 'False' }).expect(409), 409);
      // A claim already split is dismissed: it cannot be split (or merged) again.
      expectProblem(await http(edna).post(`/v1/claims/${claim.id}/split`).send({ at: cut }).expect(409), 409);
    });

    it('lets the holder split the claim they hold', async () => {
      const claim = await fresh('on roads in 2025');
      await http(frank).post(`/v1/claims/${claim.id}/lease`).expect(200);
      await http(frank)
        .post(`/v1/claims/${claim.id}/split`)
        .send({ at: BODY.indexOf(' in 2025,') })
        .expect(201);
    });
  });

  describe('POST /v1/claims/:id/merge', () => {
    it('merges two claims of one quote into one covering both, and keeps both dismissed and linked', async () => {
      const first = (await add(fiona, at('Unemployment fell to 3 percent')).expect(201)).body;
      const second = (await add(fiona, at('Crime dropped by 20 percent')).expect(201)).body;
      expect(first.quote.id).toBe(second.quote.id);
      const response = await http(fiona)
        .post(`/v1/claims/${second.id}/merge`)
        .send({ otherClaimId: first.id })
        .expect(201);
      const whole = at('Unemployment fell to 3 percent in 2025. Crime dropped by 20 percent');
      expect(response.body.claims).toEqual([
        expect.objectContaining({
          text: BODY.slice(whole.start, whole.end),
          start: whole.start,
          end: whole.end,
          origin: 'merge',
          stage: 'research',
          speaker: expect.objectContaining({ name: 'Jane Doe' }),
        }),
      ]);
      const merged = response.body.claims[0].id;
      expect(response.body.replaced).toEqual([
        { id: first.id, stage: 'dismissed', dismissedReason: 'merged' },
        { id: second.id, stage: 'dismissed', dismissedReason: 'merged' },
      ]);
      for (const id of [first.id, second.id]) {
        const original = await http(fiona).get(`/v1/claims/${id}`).expect(200);
        expect(original.body).toMatchObject({ dismissedReason: 'merged', replacedBy: [merged] });
        expect(original.body.history.at(-1)).toMatchObject({ type: 'claim.merged', actor: { id: fiona.id } });
      }
      const view = await http(fiona).get(`/v1/claims/${merged}`).expect(200);
      expect(view.body).toMatchObject({ derivedFrom: [first.id, second.id], origin: 'merge' });
    });

    it('keeps a merged claim’s standalone form within the limit: its own words when the two forms are too long together', async () => {
      const first = (await add(fiona, at('Unemployment fell to 3 percent')).expect(201)).body;
      const second = (await add(fiona, at('Crime dropped by 20 percent')).expect(201)).body;
      for (const claim of [first, second]) {
        const standalone = `${claim.text} ${'and so on '.repeat(199)}`.slice(0, 2000).trim();
        await http(edna).patch(`/v1/claims/${claim.id}`).send({ standalone }).expect(200);
      }
      const response = await http(edna)
        .post(`/v1/claims/${first.id}/merge`)
        .send({ otherClaimId: second.id })
        .expect(201);
      const [merged] = response.body.claims;
      expect(merged.standalone).toBe(merged.text);
    });

    it('merges claims of neighbouring quotes of one speaker', async () => {
      const first = (await add(fiona, at('Crime dropped by 20 percent since 2020,')).expect(201)).body;
      const second = (await add(fiona, at('500 new homes')).expect(201)).body;
      expect(first.quote.id).not.toBe(second.quote.id);
      await http(fiona).post(`/v1/claims/${first.id}/merge`).send({ otherClaimId: second.id }).expect(201);
    });

    it('refuses claims that cannot be merged with a problem naming otherClaimId, and stores nothing', async () => {
      const statement = (await add(fiona, at('for ten years')).expect(201)).body;
      const quoted = (await add(fiona, at('We will build')).expect(201)).body;
      const elsewhere = await service
        .http()
        .post('/v1/articles')
        .send({ body: 'A second article about nothing in particular.', publisher: 'Elsewhere' })
        .expect(202);
      await waitFor(
        async () => (await service.http().get(`/v1/articles/${elsewhere.body.id}`)).body.status === 'extracted',
        { what: 'the second article to be extracted' },
      );
      const foreign = (await add(fiona, { start: 2, end: 16 }, elsewhere.body.id).expect(201)).body;
      const before = await counts();
      for (const [what, body] of [
        ['itself', { otherClaimId: statement.id }],
        ['another speaker’s quote, far away', { otherClaimId: quoted.id }],
        ['a claim of another article', { otherClaimId: foreign.id }],
        ['not a uuid', { otherClaimId: 'nope' }],
        ['nothing', {}],
      ] as const) {
        const response = await http(fiona).post(`/v1/claims/${statement.id}/merge`).send(body);
        expect({ what, status: response.status }).toEqual({ what, status: 400 });
        expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('otherClaimId');
      }
      expectProblem(
        await http(fiona).post(`/v1/claims/${statement.id}/merge`).send({ otherClaimId: randomUUID() }).expect(404),
        404,
      );
      expect(await counts()).toEqual(before);
    });

    it('refuses a claim someone else holds (unless an editor merges it) and a dismissed one, with 409', async () => {
      const first = (await add(fiona, at('The council meets on the first Monday')).expect(201)).body;
      const second = (await add(fiona, at('of each month in the old town hall')).expect(201)).body;
      await http(frank).post(`/v1/claims/${second.id}/lease`).expect(200);
      const before = await counts();
      expectProblem(
        await http(fiona).post(`/v1/claims/${first.id}/merge`).send({ otherClaimId: second.id }).expect(409),
        409,
      );
      expect(await counts()).toEqual(before);
      const merged = await http(edna).post(`/v1/claims/${first.id}/merge`).send({ otherClaimId: second.id });
      expect(merged.body).toMatchObject({ claims: [{ origin: 'merge' }] });
      expectProblem(
        await http(edna).post(`/v1/claims/${first.id}/merge`).send({ otherClaimId: second.id }).expect(409),
        409,
      );
    });
  });

  describe('who may split or merge', () => {
    it('keeps a claim under review from fact-checkers: only an editor splits or merges it (403), nothing stored', async () => {
      const claim = (await add(fiona, at('Crime dropped by 20 percent since')).expect(201)).body;
      const other = (await add(fiona, at('said on Monday')).expect(201)).body;
      await http(fiona).post(`/v1/claims/${claim.id}/lease`).expect(200);
      await http(fiona).put(`/v1/claims/${claim.id}/verdict`).send(COMPLETE_DRAFT).expect(200);
      await http(fiona).post(`/v1/claims/${claim.id}/submit`).expect(200);
      const before = await counts();
      for (const person of [fiona, frank]) {
        expectProblem(
          await http(person)
            .post(`/v1/claims/${claim.id}/split`)
            .send({ at: BODY.indexOf(' by 20 percent') })
            .expect(403),
          403,
        );
        expectProblem(
          await http(person).post(`/v1/claims/${claim.id}/merge`).send({ otherClaimId: other.id }).expect(403),
          403,
        );
      }
      expect(await counts()).toEqual(before);
      await http(edna)
        .post(`/v1/claims/${claim.id}/split`)
        .send({ at: BODY.indexOf(' by 20 percent') })
        .expect(201);
    });

    it('keeps a claim sent back to its author from other fact-checkers (409 claim-reserved), not from editors', async () => {
      const claim = (await add(fiona, at('since 2020')).expect(201)).body;
      await service.query(
        `UPDATE claims SET reserved_for = $2, reserved_until = now() + interval '1 hour' WHERE id = $1`,
        [claim.id, fiona.id],
      );
      const before = await counts();
      const refused = await http(frank)
        .post(`/v1/claims/${claim.id}/split`)
        .send({ at: BODY.indexOf(' 2020') })
        .expect(409);
      expectProblem(refused, 409);
      expect(refused.body.type).toBe('/problems/claim-reserved');
      expect(await counts()).toEqual(before);
      await http(edna)
        .post(`/v1/claims/${claim.id}/split`)
        .send({ at: BODY.indexOf(' 2020') })
        .expect(201);
    });
  });

  describe('in a quote marked as nobody’s', () => {
    it('adds a claim in the article’s own voice, not in the quote nor with the speaker a person ruled out', async () => {
      const article = await http(fiona).get(`/v1/articles/${articleId}`).expect(200);
      const quote = article.body.quotes.find((each: { text: string }) => each.text.includes('We will build'));
      await http(edna).patch(`/v1/quotes/${quote.id}`).send({ notAQuote: true }).expect(200);
      const response = await add(fiona, at('We will build 500 new homes')).expect(201);
      expect(response.body.quote.id).not.toBe(quote.id);
      expect(response.body).toMatchObject({
        stage: 'research',
        speaker: { name: 'The Daily Planet', type: 'media' },
        quote: { kind: 'statement' },
      });
    });
  });

  describe('beside a correction of the attribution', () => {
    it('waits for a quote being marked nobody’s, and then keeps the claim out of it', async () => {
      const article = await http(fiona).get(`/v1/articles/${articleId}`).expect(200);
      const quote = article.body.quotes.find((each: { text: string }) => each.text.includes('Unemployment fell'));
      // A correction of the quote under way: its row locked and changed, committed a moment later.
      const correcting = service.query(
        `WITH marked AS (UPDATE quotes SET not_a_quote = true WHERE id = $1 RETURNING id)
         SELECT pg_sleep(1) FROM marked`,
        [quote.id],
      );
      await waitFor(
        async () =>
          (
            await service.query(
              `SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%SELECT pg_sleep(1) FROM marked%'
                 AND pid <> pg_backend_pid()`,
            )
          ).length > 0,
        { what: 'the correction to hold the quote' },
      );
      const response = await add(fiona, at('Unemployment fell to 3 percent in')).expect(201);
      await correcting;
      expect(response.body.quote.id).not.toBe(quote.id);
      expect(response.body.quote).toMatchObject({ kind: 'statement' });
    });
  });

  describe('GET /v1/corrections', () => {
    it('lists each claim added by hand, split and merged as an entry of its own kind, with who did it', async () => {
      const added = (await add(fiona, at('write to the newsroom')).expect(201)).body;
      const split = await http(fiona)
        .post(`/v1/claims/${added.id}/split`)
        .send({ at: BODY.indexOf(' to the newsroom') })
        .expect(201);
      const [left, right] = split.body.claims;
      const merged = await http(fiona).post(`/v1/claims/${left.id}/merge`).send({ otherClaimId: right.id }).expect(201);
      const mergedId = merged.body.claims[0].id;
      const items: { kind: string; claimId: string }[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: typeof items; nextCursor: string | null } } = await http(edna)
          .get('/v1/corrections')
          .query(cursor ? { cursor, limit: 100 } : { limit: 100 })
          .expect(200);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      const about = (claimId: string) => items.filter((item) => item.claimId === claimId);
      expect(about(added.id)).toEqual([
        expect.objectContaining({
          kind: 'claim-added',
          actor: { id: fiona.id, name: 'Fiona Hand' },
          articleId,
          machine: null,
          corrected: expect.objectContaining({ text: 'write to the newsroom', kind: 'statement' }),
        }),
        expect.objectContaining({
          kind: 'claim-split',
          machine: { text: 'write to the newsroom', start: added.start, end: added.end },
          corrected: {
            claims: [
              { id: left.id, text: 'write', start: left.start, end: left.end },
              { id: right.id, text: 'to the newsroom', start: right.start, end: right.end },
            ],
          },
        }),
      ]);
      expect(about(mergedId)).toEqual([
        expect.objectContaining({
          kind: 'claim-merged',
          machine: {
            claims: [
              { id: left.id, text: 'write', start: left.start, end: left.end },
              { id: right.id, text: 'to the newsroom', start: right.start, end: right.end },
            ],
          },
          corrected: { text: 'write to the newsroom', start: added.start, end: added.end },
        }),
      ]);
    });
  });
});
