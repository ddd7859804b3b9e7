import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { COMPLETE_DRAFT, dismissAllClaims } from './support/claim-state';
import { expectProblem } from './support/problems';

type Person = { id: string; name: string; apiKey: string };
type Claim = {
  id: string;
  text: string;
  standalone: string;
  start: number;
  end: number;
  stage: string;
  speaker: { id: string | null; name: string; type: string | null; title: string | null } | null;
  quote: { id: string; text: string; start: number; end: number; mention: unknown; notAQuote: boolean };
  machine: Record<string, unknown> | null;
  dismissedReason: string | null;
  lease: { holderId: string } | null;
};

/**
 * People correct the machine before anything is published (`PATCH /v1/claims/:id`, `PATCH /v1/quotes/:id`): the
 * corrected values are what the desk, search, matching and the ClaimReview use, the machine's output is kept beside
 * them (`machine`), every change is in the claim's history with who made it and in `GET /v1/corrections`.
 */
describe('correcting the machine', () => {
  let service: TestService;
  let fiona: Person;
  let gus: Person;
  let edna: Person;
  let ezra: Person;

  beforeAll(async () => {
    service = await startTestService();
    fiona = await createUserKey(service, 'factchecker', 'Fiona Checker');
    gus = await createUserKey(service, 'factchecker', 'Gus Checker');
    edna = await createUserKey(service, 'editor', 'Edna Editor');
    ezra = await createUserKey(service, 'editor', 'Ezra Editor');
  });

  afterAll(() => service?.stop());

  beforeEach(() => dismissAllClaims(service));

  const claimOf = async (claimId: string): Promise<Claim> =>
    (await service.http(edna.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body;
  const historyOf = async (claimId: string) =>
    (await service.http(edna.apiKey).get(`/v1/claims/${claimId}/history`).expect(200)).body.items as {
      type: string;
      actor: { id: string; name: string };
      data: Record<string, any>;
    }[];
  /** What a refused request must have left as it was: the claims' rows, their quotes and the corrections. */
  const storedState = async (claimId: string) => ({
    claim: await service.query(
      'SELECT text, standalone, start_offset, end_offset, speaker_id, machine, stage FROM claims WHERE id = $1',
      [claimId],
    ),
    quote: await service.query(
      'SELECT speaker_id, speaker_name, mention_start, machine, not_a_quote FROM quotes WHERE id = (SELECT quote_id FROM claims WHERE id = $1)',
      [claimId],
    ),
    corrections: await service.query('SELECT count(*)::int AS n FROM corrections'),
    events: await service.query(
      "SELECT count(*)::int AS n FROM events WHERE type IN ('claim.corrected', 'quote.corrected', 'claim.dismissed')",
    ),
  });
  /** Where the words are in the article, by the claim's quote. */
  const wordsIn = (claim: Claim, words: string) => {
    const at = claim.quote.text.indexOf(words);
    expect(at).toBeGreaterThanOrEqual(0);
    return { start: claim.quote.start + at, end: claim.quote.start + at + words.length };
  };

  it('takes a claim held by its fact-checker through correction to a ClaimReview that carries the corrected values', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const before = await claimOf(claimId);
    expect(before.machine).toBeNull();
    const bandsBefore = (await service.query('SELECT match_bands, match_key FROM claims WHERE id = $1', [claimId]))[0];

    const corrected = await service
      .http(fiona.apiKey)
      .patch(`/v1/claims/${claimId}`)
      .send({
        text: 'the lowest rate since 1990',
        standalone: 'District 1 unemployment in 2025 was the lowest rate since 1990.',
        speaker: { name: 'Janet Doe-Rivera', type: 'person', title: 'State Senator' },
      })
      .expect(200);
    const span = wordsIn(before, 'the lowest rate since 1990');
    expect(corrected.body).toMatchObject({
      id: claimId,
      text: 'the lowest rate since 1990',
      ...span,
      standalone: 'District 1 unemployment in 2025 was the lowest rate since 1990.',
      speaker: { id: expect.any(String), name: 'Janet Doe-Rivera', type: 'person', title: 'State Senator' },
      // The machine's output, beside the correction.
      machine: {
        text: before.text,
        standalone: before.standalone,
        start: before.start,
        end: before.end,
        speaker: before.speaker,
        mention: before.quote.mention,
      },
    });
    // The claim's own view, read again, is the same.
    expect(await claimOf(claimId)).toMatchObject({ text: corrected.body.text, machine: corrected.body.machine });

    // Each change is an event of the claim's history with who made it.
    const history = await historyOf(claimId);
    expect(history.filter((event) => event.type === 'claim.corrected')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: fiona.id, name: 'Fiona Checker' }),
        data: {
          text: {
            from: { text: before.text, start: before.start, end: before.end },
            to: { text: corrected.body.text, ...span },
          },
          standalone: { from: before.standalone, to: corrected.body.standalone },
        },
      }),
    ]);
    expect(history.filter((event) => event.type === 'quote.corrected')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: fiona.id }),
        data: expect.objectContaining({
          quoteId: before.quote.id,
          speaker: { from: before.speaker, to: corrected.body.speaker },
        }),
      }),
    ]);

    // Search and the repeat index follow the corrected standalone form.
    const found = await service.http(fiona.apiKey).get('/v1/claims?stage=research&q=lowest').expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(claimId);
    const bandsAfter = (await service.query('SELECT match_bands, match_key FROM claims WHERE id = $1', [claimId]))[0];
    expect(bandsAfter.match_bands).not.toEqual(bandsBefore.match_bands);
    expect(bandsAfter.match_bands).toHaveLength(bandsBefore.match_bands.length);
    expect(bandsAfter.match_key).not.toEqual(bandsBefore.match_key);
    expect(bandsAfter.match_key).toContain('1990');
    // The queue lists the corrected speaker.
    const bySpeaker = await service.http(fiona.apiKey).get('/v1/claims?speaker=Doe-Rivera').expect(200);
    expect(bySpeaker.body.items.map((item: { id: string }) => item.id)).toEqual([claimId]);

    // Through review (by another editor than the one who corrected nothing here) to publication.
    await service.http(fiona.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/approve`).send({}).expect(200);
    const claimReview = await waitFor(
      async () => {
        const response = await service.http(fiona.apiKey).get(`/v1/claims/${claimId}/claimreview`);
        return response.status === 200 && response.body;
      },
      { what: 'the ClaimReview' },
    );
    expect(claimReview).toMatchObject({
      claimReviewed: 'District 1 unemployment in 2025 was the lowest rate since 1990.',
      itemReviewed: { author: { '@type': 'Person', name: 'Janet Doe-Rivera', jobTitle: 'State Senator' } },
    });
    expect(claimReview.url).toMatch(/\/fact-checks\/district-1-unemployment-in-2025/);

    // Published: its words are the ClaimReview's, which a verdict correction changes.
    const published = await service.http(edna.apiKey).patch(`/v1/claims/${claimId}`).send({ standalone: 'Other.' });
    expectProblem(published, 409);
    expect(published.body.detail).toMatch(/published/);
    const quote = await service
      .http(edna.apiKey)
      .patch(`/v1/quotes/${before.quote.id}`)
      .send({ speaker: { name: 'Someone Else', type: 'person' } });
    expectProblem(quote, 409);
  });

  it('lets an editor correct any claim, and refuses a fact-checker who does not hold its lease (409), storing nothing', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const before = await storedState(claimId);

    for (const key of [gus.apiKey]) {
      const refused = await service.http(key).patch(`/v1/claims/${claimId}`).send({ standalone: 'Gus was here.' });
      expectProblem(refused, 409);
      expect(refused.body.detail).toMatch(/you do not hold the lease/);
    }
    const claim = await claimOf(claimId);
    const quoteRefused = await service.http(gus.apiKey).patch(`/v1/quotes/${claim.quote.id}`).send({ notAQuote: true });
    expectProblem(quoteRefused, 409);
    expect(await storedState(claimId)).toEqual(before);

    // An editor needs no lease, and the holder keeps theirs.
    const byEditor = await service
      .http(edna.apiKey)
      .patch(`/v1/claims/${claimId}`)
      .send({ standalone: 'Unemployment in district 1 fell to 2.0 percent in 2025.' })
      .expect(200);
    expect(byEditor.body.lease).toMatchObject({ holderId: fiona.id });
    expect(byEditor.body.machine).toMatchObject({ standalone: claim.standalone });
    const [entry] = (await historyOf(claimId)).filter((event) => event.type === 'claim.corrected');
    expect(entry.actor).toMatchObject({ id: edna.id, name: 'Edna Editor' });

    // A correction that changes nothing records nothing; the machine's output stays what the machine gave.
    const count = (await storedState(claimId)).corrections;
    const again = await service
      .http(fiona.apiKey)
      .patch(`/v1/claims/${claimId}`)
      .send({ standalone: 'Unemployment in district 1 fell to 2.0 percent in 2025.', text: claim.text })
      .expect(200);
    expect(again.body.machine).toEqual(byEditor.body.machine);
    expect((await storedState(claimId)).corrections).toEqual(count);

    // Once the lease is given back, the fact-checker no longer may.
    await service.http(fiona.apiKey).delete(`/v1/claims/${claimId}/lease`).expect(204);
    expectProblem(
      await service.http(fiona.apiKey).patch(`/v1/claims/${claimId}`).send({ standalone: 'Late.' }).expect(409),
      409,
    );
  });

  it('refuses bad values with a 400 naming the field, storing nothing', async () => {
    const [claimId, otherId] = await seedResearchClaims(service, 2);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const claim = await claimOf(claimId);
    const other = await claimOf(otherId);
    const before = await storedState(claimId);
    const cases: [unknown, string][] = [
      [{}, 'text'],
      [{ text: '' }, 'text'],
      [{ text: '   ' }, 'text'],
      [{ standalone: '' }, 'standalone'],
      [{ standalone: 'x'.repeat(2001) }, 'standalone'],
      [{ text: 'x'.repeat(2001) }, 'text'],
      [{ text: 'words nobody wrote' }, 'text'],
      // Words of the article, but of another quote.
      [{ text: other.text }, 'text'],
      [{ standalone: 'fine', text: 'Senator Jane Doe spoke on Monday' }, 'text'],
      [{ speaker: {} }, 'speaker.name'],
      [{ speaker: { name: 'Ann' } }, 'speaker.type'],
      [{ speaker: { name: 'Ann', type: 'alien' } }, 'speaker.type'],
      [{ speaker: { name: 'x'.repeat(201), type: 'person' } }, 'speaker.name'],
      [{ speaker: { speakerId: 'not-a-uuid' } }, 'speaker.speakerId'],
      [{ speaker: { speakerId: '00000000-0000-4000-8000-000000000000' } }, 'speaker.speakerId'],
      [{ speaker: { speakerId: claim.speaker?.id, name: 'Ann', type: 'person' } }, 'speaker.speakerId'],
      [{ speaker: 'Jane Doe' }, 'speaker'],
      [{ text: claim.text, start: 0 }, 'start'],
      [{ standalone: 'Bad\u0000text' }, 'standalone'],
    ];
    for (const [body, field] of cases) {
      const response = await service
        .http(fiona.apiKey)
        .patch(`/v1/claims/${claimId}`)
        .send(body as object);
      expectProblem(response, 400, JSON.stringify(body));
      expect({ body, fields: response.body.errors.map((error: { field: string }) => error.field) }).toEqual({
        body,
        fields: expect.arrayContaining([field]),
      });
    }
    // A valid change beside an invalid one is not half-stored.
    const mixed = await service
      .http(fiona.apiKey)
      .patch(`/v1/claims/${claimId}`)
      .send({ standalone: 'A fine standalone form.', text: 'words nobody wrote' });
    expectProblem(mixed, 400);
    expect(await storedState(claimId)).toEqual(before);

    const quoteCases: [unknown, string][] = [
      [{}, 'speaker'],
      [{ notAQuote: false }, 'notAQuote'],
      [{ notAQuote: true, speaker: { name: 'Ann', type: 'person' } }, 'notAQuote'],
      [{ mention: { start: 5, end: 5 } }, 'mention.end'],
      [{ mention: { start: -1, end: 5 } }, 'mention.start'],
      [{ mention: { start: 0, end: 1_000_000 } }, 'mention.end'],
      [{ mention: { start: 'a', end: 3 } }, 'mention.start'],
      [{ mention: '0-5' }, 'mention'],
    ];
    for (const [body, field] of quoteCases) {
      const response = await service
        .http(fiona.apiKey)
        .patch(`/v1/quotes/${claim.quote.id}`)
        .send(body as object);
      expectProblem(response, 400, JSON.stringify(body));
      expect({ body, fields: response.body.errors.map((error: { field: string }) => error.field) }).toEqual({
        body,
        fields: expect.arrayContaining([field]),
      });
    }
    expect(await storedState(claimId)).toEqual(before);

    // Unknown claims and quotes.
    await service
      .http(edna.apiKey)
      .patch('/v1/claims/00000000-0000-4000-8000-000000000000')
      .send({ standalone: 'x' })
      .expect(404);
    await service
      .http(edna.apiKey)
      .patch('/v1/quotes/00000000-0000-4000-8000-000000000000')
      .send({ notAQuote: true })
      .expect(404);
  });

  it('refuses a mention that cuts a character in two (a surrogate pair) with a 400 naming the offset', async () => {
    const tag = Math.random().toString(36).slice(2, 10);
    const body = `Senator Jane Doe 😀 spoke on ${tag}.\n\n“Unemployment fell to 2.5 percent in 2025, the lowest rate since 1990,” Senator Jane Doe said.`;
    const article = await service
      .http()
      .post('/v1/articles')
      .send({ body, url: `https://news.example/${tag}` })
      .expect(202);
    const [{ id: claimId }] = await waitFor(
      async () => {
        const rows = await service.query<{ id: string }>(
          'SELECT id FROM claims WHERE article_id = $1 AND triaged_at IS NOT NULL',
          [article.body.id],
        );
        return rows.length > 0 && rows;
      },
      { what: 'the article’s claims' },
    );
    const claim = await claimOf(claimId);
    const emoji = body.indexOf('😀');
    const before = await storedState(claimId);
    for (const [mention, field] of [
      [{ start: emoji + 1, end: emoji + 8 }, 'mention.start'],
      [{ start: 0, end: emoji + 1 }, 'mention.end'],
    ] as const) {
      const response = await service.http(edna.apiKey).patch(`/v1/quotes/${claim.quote.id}`).send({ mention });
      expectProblem(response, 400, JSON.stringify(mention));
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    expect(await storedState(claimId)).toEqual(before);
  });

  it('refuses a mention longer than a name and its title could be, naming mention.end, storing nothing', async () => {
    const [claimId] = await seedResearchClaims(service, 4);
    const claim = await claimOf(claimId);
    const before = await storedState(claimId);
    const response = await service
      .http(edna.apiKey)
      .patch(`/v1/quotes/${claim.quote.id}`)
      .send({ mention: { start: 0, end: 400 } });
    expectProblem(response, 400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['mention.end']);
    expect(await storedState(claimId)).toEqual(before);
  });

  it('keeps a claim marked nobody’s before its triage dismissed when its article is triaged', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    const claim = await claimOf(claimId);
    // As the extraction leaves a claim until its triage job runs.
    await service.query(`UPDATE claims SET triaged_at = NULL, stage = 'triage' WHERE id = $1`, [claimId]);
    await service.http(edna.apiKey).patch(`/v1/quotes/${claim.quote.id}`).send({ notAQuote: true }).expect(200);
    const [{ article_id: articleId, body }] = await service.query(
      'SELECT claim.article_id, article.body FROM claims claim JOIN articles article ON article.id = claim.article_id WHERE claim.id = $1',
      [claimId],
    );
    // Adding a claim by hand triages the article's untriaged claims at once.
    const words = 'Senator Jane Doe spoke on Monday.';
    const start = (body as string).indexOf(words);
    await service
      .http(fiona.apiKey)
      .post(`/v1/articles/${articleId}/claims`)
      .send({ start, end: start + words.length })
      .expect(201);
    expect(await claimOf(claimId)).toMatchObject({ stage: 'dismissed', dismissedReason: 'Not a quote of anyone' });
    const types = (await historyOf(claimId)).map((entry) => entry.type);
    expect(types.slice(types.indexOf('claim.dismissed'))).toEqual(['claim.dismissed']);
  });

  it('refuses claim words longer than any claim may be (1000 characters), even when its quote has them', async () => {
    const tag = Math.random().toString(36).slice(2, 10);
    const sentences = Array.from(
      { length: 14 },
      (_, index) =>
        `In district ${index + 1} unemployment fell to ${index + 2} percent in 2025, the lowest rate since 1990.`,
    );
    const body = `“${sentences.join(' ')}” Senator Jane Doe said on ${tag}.`;
    const article = await service
      .http()
      .post('/v1/articles')
      .send({ body, url: `https://news.example/${tag}` })
      .expect(202);
    const [{ id: claimId }] = await waitFor(
      async () => {
        const rows = await service.query<{ id: string }>(
          'SELECT id FROM claims WHERE article_id = $1 AND triaged_at IS NOT NULL',
          [article.body.id],
        );
        return rows.length > 0 && rows;
      },
      { what: 'the article’s claims' },
    );
    const claim = await claimOf(claimId);
    expect(claim.quote.text.length).toBeGreaterThan(1100);
    const before = await storedState(claimId);
    const response = await service
      .http(edna.apiKey)
      .patch(`/v1/claims/${claimId}`)
      .send({ text: claim.quote.text.slice(0, 1100).trim() });
    expectProblem(response, 400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['text']);
    expect(await storedState(claimId)).toEqual(before);
  });

  it('corrects an attribution: a speaker of the article by id, a mention, for every claim of the quote', async () => {
    const [firstId, secondId] = await seedResearchClaims(service, 2);
    const first = await claimOf(firstId);
    const second = await claimOf(secondId);
    // The first quote gets a new speaker, who is then one of the article's speakers for the second.
    await service
      .http(edna.apiKey)
      .patch(`/v1/quotes/${first.quote.id}`)
      .send({ speaker: { name: 'Office of the Senator', type: 'organization' } })
      .expect(200);
    const office = (await claimOf(firstId)).speaker!;
    expect(office).toMatchObject({ name: 'Office of the Senator', type: 'organization', title: null });

    // Gus holds the second claim: he may correct its quote.
    await service.http(gus.apiKey).post(`/v1/claims/${secondId}/lease`).expect(200);
    const mentionWords = 'Senator Jane Doe';
    const body = (
      await service.query('SELECT body FROM articles WHERE id = (SELECT article_id FROM claims WHERE id = $1)', [
        secondId,
      ])
    )[0].body as string;
    const mentionStart = body.indexOf(mentionWords);
    const result = await service
      .http(gus.apiKey)
      .patch(`/v1/quotes/${second.quote.id}`)
      .send({
        speaker: { speakerId: office.id },
        mention: { start: mentionStart, end: mentionStart + mentionWords.length },
      })
      .expect(200);
    expect(result.body).toMatchObject({
      id: second.quote.id,
      speaker: { id: office.id, name: 'Office of the Senator', type: 'organization' },
      mention: { text: mentionWords, start: mentionStart, end: mentionStart + mentionWords.length },
      notAQuote: false,
      claims: [{ id: secondId, stage: 'research', dismissedReason: null }],
    });
    const view = await claimOf(secondId);
    expect(view.speaker).toMatchObject({ id: office.id, name: 'Office of the Senator' });
    expect(view.machine).toMatchObject({ speaker: second.speaker, mention: second.quote.mention, text: second.text });
    const [event] = (await historyOf(secondId)).filter((entry) => entry.type === 'quote.corrected');
    expect(event).toMatchObject({
      actor: { id: gus.id, name: 'Gus Checker' },
      data: { quoteId: second.quote.id, speaker: { to: { id: office.id } }, mention: { to: { text: mentionWords } } },
    });
    // The claim rows follow their quote's speaker (the queue's speaker filter reads them).
    const rows = await service.query('SELECT speaker_id FROM claims WHERE quote_id = $1', [second.quote.id]);
    expect(rows).toEqual([{ speaker_id: office.id }]);
  });

  it('lets a fact-checker change an attribution only when no other claim of the quote is someone else’s (409)', async () => {
    const [heldId] = await seedResearchClaims(service, 1);
    const held = await claimOf(heldId);
    await service.http(fiona.apiKey).post(`/v1/claims/${heldId}/lease`).expect(200);
    // Gus works on another claim of the same quote, added by hand from its words.
    const [{ article_id: articleId }] = await service.query('SELECT article_id FROM claims WHERE id = $1', [heldId]);
    const other = await service
      .http(gus.apiKey)
      .post(`/v1/articles/${articleId}/claims`)
      .send(wordsIn(held, 'the lowest rate since 1990'))
      .expect(201);
    expect(other.body.quote.id).toBe(held.quote.id);
    await service.http(gus.apiKey).post(`/v1/claims/${other.body.id}/lease`).expect(200);
    const before = { held: await storedState(heldId), other: await storedState(other.body.id) };
    for (const [what, request] of [
      ['not a quote', service.http(fiona.apiKey).patch(`/v1/quotes/${held.quote.id}`).send({ notAQuote: true })],
      [
        'a speaker of the quote',
        service
          .http(fiona.apiKey)
          .patch(`/v1/quotes/${held.quote.id}`)
          .send({ speaker: { name: 'Someone Else', type: 'person' } }),
      ],
      [
        'a speaker of the claim',
        service
          .http(fiona.apiKey)
          .patch(`/v1/claims/${heldId}`)
          .send({ standalone: 'Unemployment fell.', speaker: { name: 'Someone Else', type: 'person' } }),
      ],
    ] as const) {
      const response = await request;
      expect({ what, status: response.status }).toEqual({ what, status: 409 });
      expectProblem(response, 409, what);
    }
    expect({ held: await storedState(heldId), other: await storedState(other.body.id) }).toEqual(before);
    expect((await claimOf(other.body.id)).lease).toMatchObject({ holderId: gus.id });
    // Nor while it is kept for Gus, an editor having sent it back to him.
    await service.http(gus.apiKey).delete(`/v1/claims/${other.body.id}/lease`).expect(204);
    await service.query(
      `UPDATE claims SET reserved_for = $2, reserved_until = now() + interval '1 hour' WHERE id = $1`,
      [other.body.id, gus.id],
    );
    expectProblem(
      await service.http(fiona.apiKey).patch(`/v1/quotes/${held.quote.id}`).send({ notAQuote: true }).expect(409),
      409,
    );
    expect(await storedState(other.body.id)).toEqual(before.other);
    // An editor may: the quote's attribution is every claim's.
    await service
      .http(edna.apiKey)
      .patch(`/v1/quotes/${held.quote.id}`)
      .send({ speaker: { name: 'Someone Else', type: 'person' } })
      .expect(200);
  });

  it('marks a quote as nobody’s: its claims leave the queues, dismissed and kept, their leases ended', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const claim = await claimOf(claimId);
    const result = await service
      .http(fiona.apiKey)
      .patch(`/v1/quotes/${claim.quote.id}`)
      .send({ notAQuote: true })
      .expect(200);
    expect(result.body).toMatchObject({
      notAQuote: true,
      claims: [{ id: claimId, stage: 'dismissed', dismissedReason: 'Not a quote of anyone' }],
    });
    const view = await claimOf(claimId);
    expect(view).toMatchObject({ stage: 'dismissed', lease: null, quote: { notAQuote: true } });
    expect(view.machine).toMatchObject({ speaker: claim.speaker });
    const leases = await service.query('SELECT release_reason FROM leases WHERE claim_id = $1', [claimId]);
    expect(leases).toEqual([{ release_reason: 'dismissed' }]);
    const queue = await service.http(fiona.apiKey).get('/v1/claims?stage=research').expect(200);
    expect(queue.body.items.map((item: { id: string }) => item.id)).not.toContain(claimId);
    const history = await historyOf(claimId);
    expect(history.filter((entry) => ['quote.corrected', 'claim.dismissed'].includes(entry.type))).toEqual([
      expect.objectContaining({
        type: 'quote.corrected',
        actor: expect.objectContaining({ id: fiona.id }),
        data: { quoteId: claim.quote.id, notAQuote: true },
      }),
      expect.objectContaining({
        type: 'claim.dismissed',
        data: expect.objectContaining({ reason: 'Not a quote of anyone', from: 'research' }),
      }),
    ]);

    // Once nobody's, it stays so; its dismissed claim is not corrected either.
    expectProblem(
      await service.http(edna.apiKey).patch(`/v1/quotes/${claim.quote.id}`).send({ notAQuote: true }).expect(409),
      409,
    );
    expectProblem(
      await service.http(edna.apiKey).patch(`/v1/claims/${claimId}`).send({ standalone: 'x' }).expect(409),
      409,
    );
  });

  it('keeps no machine output for a claim a person made', async () => {
    const [seededId] = await seedResearchClaims(service, 1);
    const { articleId } = (
      await service.query<{ articleId: string }>('SELECT article_id AS "articleId" FROM claims WHERE id = $1', [
        seededId,
      ])
    )[0];
    const sentence = 'Senator Jane Doe spoke on Monday';
    const added = await service
      .http(edna.apiKey)
      .post(`/v1/articles/${articleId}/claims`)
      .send({ start: 0, end: sentence.length })
      .expect(201);
    const claimId = added.body.id as string;
    const corrected = await service
      .http(edna.apiKey)
      .patch(`/v1/claims/${claimId}`)
      .send({ standalone: 'Senator Jane Doe spoke on Monday, 1 September.' })
      .expect(200);
    expect(corrected.body).toMatchObject({
      standalone: 'Senator Jane Doe spoke on Monday, 1 September.',
      machine: null,
    });
    const [entry] = await service.query(
      'SELECT kind, machine, corrected FROM corrections WHERE claim_id = $1 AND kind = $2',
      [claimId, 'claim-standalone'],
    );
    expect(entry).toEqual({
      kind: 'claim-standalone',
      machine: null,
      corrected: { standalone: 'Senator Jane Doe spoke on Monday, 1 September.' },
    });
  });

  it('lists corrections for editors, machine next to person, oldest first and paged', async () => {
    const since = new Date().toISOString();
    const [claimId] = await seedResearchClaims(service, 1);
    const claim = await claimOf(claimId);
    await service.http(edna.apiKey).patch(`/v1/claims/${claimId}`).send({ standalone: 'First try.' }).expect(200);
    await service.http(edna.apiKey).patch(`/v1/claims/${claimId}`).send({ standalone: 'Second try.' }).expect(200);
    await service
      .http(edna.apiKey)
      .patch(`/v1/quotes/${claim.quote.id}`)
      .send({ speaker: { name: 'Jane Q. Doe', type: 'person', title: 'Senator' } })
      .expect(200);
    await service.http(edna.apiKey).patch(`/v1/quotes/${claim.quote.id}`).send({ notAQuote: true }).expect(200);

    const all = await service.http(edna.apiKey).get(`/v1/corrections?since=${since}`).expect(200);
    expect(all.body).toEqual({
      items: [
        expect.objectContaining({
          kind: 'claim-standalone',
          claimId,
          quoteId: claim.quote.id,
          actor: { id: edna.id, name: 'Edna Editor' },
          machine: { standalone: claim.standalone },
          corrected: { standalone: 'First try.' },
        }),
        // The machine's value, not the one just before.
        expect.objectContaining({
          kind: 'claim-standalone',
          machine: { standalone: claim.standalone },
          corrected: { standalone: 'Second try.' },
        }),
        expect.objectContaining({
          kind: 'speaker',
          claimId: null,
          machine: { speaker: claim.speaker },
          corrected: { speaker: expect.objectContaining({ name: 'Jane Q. Doe', title: 'Senator' }) },
        }),
        expect.objectContaining({
          kind: 'not-a-quote',
          machine: { text: claim.quote.text, kind: expect.any(String), speaker: claim.speaker },
          corrected: { notAQuote: true },
        }),
      ],
      nextCursor: null,
    });

    const first = await service.http(edna.apiKey).get(`/v1/corrections?since=${since}&limit=3`).expect(200);
    expect(first.body.items).toHaveLength(3);
    const rest = await service
      .http(edna.apiKey)
      .get(`/v1/corrections?since=${since}&limit=3&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect([...first.body.items, ...rest.body.items]).toEqual(all.body.items);
    expect(rest.body.nextCursor).toBeNull();

    const later = new Date(Date.now() + 60_000).toISOString();
    expect((await service.http(edna.apiKey).get(`/v1/corrections?since=${later}`).expect(200)).body.items).toEqual([]);
    expectProblem(await service.http(fiona.apiKey).get('/v1/corrections').expect(403), 403);
    for (const query of ['cursor=abc', 'limit=0', 'limit=501', 'since=yesterday']) {
      expectProblem(await service.http(edna.apiKey).get(`/v1/corrections?${query}`).expect(400), 400, query);
    }
  });
});
