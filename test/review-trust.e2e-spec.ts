import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { COMPLETE_DRAFT, dismissAllClaims } from './support/claim-state';
import { expectProblem } from './support/problems';

/**
 * Review that editors trust: the review queue says what is proposed, by whom and after how long in research; the claim
 * page shows a resubmission against what was sent back; the reviewing editor's small edits are theirs, and they may
 * still approve.
 */
describe('review that editors trust', () => {
  let service: TestService;
  let edna: { id: string; name: string; apiKey: string };
  let ezra: { id: string; name: string; apiKey: string };
  let fiona: { id: string; name: string; apiKey: string };

  beforeAll(async () => {
    service = await startTestService();
    edna = await createUserKey(service, 'editor', 'Edna Editor');
    ezra = await createUserKey(service, 'editor', 'Ezra Editor');
    fiona = await createUserKey(service, 'factchecker', 'Fiona Checker');
  });

  afterAll(() => service?.stop());

  beforeEach(() => dismissAllClaims(service));

  const claimOf = async (claimId: string, key = edna.apiKey) =>
    (await service.http(key).get(`/v1/claims/${claimId}`).expect(200)).body;
  /** Fiona drafts and submits the claim's verdict; Edna takes it for review. */
  const submittedByFionaLeasedByEdna = async (claimId: string, draft: object = COMPLETE_DRAFT) => {
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(fiona.apiKey).put(`/v1/claims/${claimId}/verdict`).send(draft).expect(200);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
  };
  /** Moves the claim's open research period back in time, as if it had been researched for that long. */
  const researchedFor = async (claimId: string, minutes: number) => {
    await service.query(
      `UPDATE claim_stage_periods SET entered_at = entered_at - make_interval(mins => $2)
        WHERE claim_id = $1 AND stage = 'research' AND left_at IS NULL`,
      [claimId, minutes],
    );
  };

  describe('the review queue', () => {
    it('lists each claim with its proposed rating, its authors and its time in research over every round', async () => {
      const [claimId, untouched] = await seedResearchClaims(service, 2);
      await researchedFor(claimId, 90);
      await submittedByFionaLeasedByEdna(claimId);
      await service.http(edna.apiKey).post(`/v1/claims/${claimId}/reject`).send({ comment: 'One more source.' });
      // The second round in research adds to the first.
      await researchedFor(claimId, 30);
      await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
      await service
        .http(fiona.apiKey)
        .put(`/v1/claims/${claimId}/verdict`)
        .send({ rating: 'Mostly False' })
        .expect(200);
      await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);

      const review = (await service.http(edna.apiKey).get('/v1/claims?stage=review').expect(200)).body.items;
      expect(review).toHaveLength(1);
      expect(review[0]).toMatchObject({
        id: claimId,
        latestVerdict: {
          version: 1,
          status: 'submitted',
          rating: 'Mostly False',
          authors: [{ id: fiona.id, name: 'Fiona Checker' }],
          sentBack: true,
          submittedAt: expect.stringMatching(/Z$/),
        },
      });
      expect(review[0].researchSeconds).toBeGreaterThanOrEqual(120 * 60);
      expect(review[0].researchSeconds).toBeLessThan(125 * 60);

      const research = (await service.http(fiona.apiKey).get('/v1/claims?stage=research').expect(200)).body.items;
      const waiting = research.find((item: { id: string }) => item.id === untouched);
      expect(waiting.latestVerdict).toBeNull();
      // A claim in research counts its open period up to now.
      expect(waiting.researchSeconds).toBeGreaterThanOrEqual(0);
      expect(waiting.researchSeconds).toBeLessThan(5 * 60);
    });

    it('shows the same verdict in brief and time in research in the list as on the claim page', async () => {
      const [claimId] = await seedResearchClaims(service, 1);
      await submittedByFionaLeasedByEdna(claimId);
      const [listed] = (await service.http(edna.apiKey).get('/v1/claims?stage=review').expect(200)).body.items;
      const page = await claimOf(claimId);
      expect(listed.latestVerdict).toEqual(page.latestVerdict);
      expect(Math.abs(listed.researchSeconds - page.researchSeconds)).toBeLessThanOrEqual(1);
      expect(page.latestVerdict).toMatchObject({ id: page.verdict.id, sentBack: false });
    });
  });

  describe('a resubmission against what was sent back', () => {
    it('keeps the words the editor sent back and shows them beside the resubmitted version', async () => {
      const [claimId] = await seedResearchClaims(service, 1);
      await submittedByFionaLeasedByEdna(claimId);
      expect((await claimOf(claimId)).sentBack).toBeNull();
      await service
        .http(edna.apiKey)
        .post(`/v1/claims/${claimId}/reject`)
        .send({ comment: 'The rate is rounded; say so.' })
        .expect(200);

      await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
      await service
        .http(fiona.apiKey)
        .put(`/v1/claims/${claimId}/verdict`)
        .send({
          rating: 'Mostly False',
          summary: 'The rate was higher, once rounded.',
          sources: [...COMPLETE_DRAFT.sources, { url: 'https://stats.example/rounding' }],
        })
        .expect(200);
      await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);

      const page = await claimOf(claimId);
      expect(page.verdict).toMatchObject({ status: 'submitted', rating: 'Mostly False' });
      expect(page.sentBack).toEqual({
        verdictId: page.verdict.id,
        version: 1,
        rating: 'False',
        ratingValue: expect.any(Number),
        summary: COMPLETE_DRAFT.summary,
        explanation: COMPLETE_DRAFT.explanation,
        sources: COMPLETE_DRAFT.sources,
        comment: 'The rate is rounded; say so.',
        by: { id: edna.id, name: 'Edna Editor' },
        at: expect.stringMatching(/Z$/),
      });
      const rejected = page.history.find((entry: { type: string }) => entry.type === 'verdict.rejected');
      expect(rejected.data.sentBack).toMatchObject({ rating: 'False', summary: COMPLETE_DRAFT.summary });
    });

    it('shows the latest of several send-backs, by whichever editor', async () => {
      const [claimId] = await seedResearchClaims(service, 1);
      await submittedByFionaLeasedByEdna(claimId);
      await service.http(edna.apiKey).post(`/v1/claims/${claimId}/reject`).send({ comment: 'First.' }).expect(200);
      await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
      await service.http(fiona.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ summary: 'Second try.' });
      await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
      await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
      await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/reject`).send({ comment: 'Second.' }).expect(200);

      const page = await claimOf(claimId, fiona.apiKey);
      expect(page.sentBack).toMatchObject({ summary: 'Second try.', comment: 'Second.', by: { id: ezra.id } });
      expect(page.latestVerdict).toMatchObject({ status: 'draft', sentBack: true });
    });
  });

  describe('editing before approving', () => {
    it('records the editor’s edit as theirs, keeps the fact-checker the author, and lets the editor approve', async () => {
      const [claimId] = await seedResearchClaims(service, 1);
      await submittedByFionaLeasedByEdna(claimId);

      const edited = await service
        .http(edna.apiKey)
        .patch(`/v1/claims/${claimId}/verdict`)
        .send({ rating: 'False', summary: 'The rate was higher than claimed.' })
        .expect(200);
      expect(edited.body).toMatchObject({
        status: 'submitted',
        rating: 'False',
        summary: 'The rate was higher than claimed.',
        explanation: COMPLETE_DRAFT.explanation,
        authorId: fiona.id,
        authors: [{ id: fiona.id, name: 'Fiona Checker' }],
        editors: [{ id: edna.id, name: 'Edna Editor' }],
      });
      const page = await claimOf(claimId);
      const edit = page.history.find((entry: { type: string }) => entry.type === 'verdict.edited');
      expect(edit).toMatchObject({
        actor: { id: edna.id, name: 'Edna Editor' },
        data: {
          verdictId: page.verdict.id,
          fields: ['summary'],
          before: { summary: COMPLETE_DRAFT.summary },
          after: { summary: 'The rate was higher than claimed.' },
        },
      });
      // Her edit does not make it her verdict: it is not in her list, and she approves it.
      const mine = (await service.http(edna.apiKey).get('/v1/me/verdicts').expect(200)).body.items;
      expect(mine.map((item: { claimId: string }) => item.claimId)).not.toContain(claimId);

      await service.http(edna.apiKey).post(`/v1/claims/${claimId}/approve`).expect(200);
      const published = await waitFor(
        async () => {
          const view = await claimOf(claimId);
          return view.verdict.status === 'published' && view;
        },
        { what: 'the edited verdict to be published' },
      );
      expect(published.verdict).toMatchObject({
        summary: 'The rate was higher than claimed.',
        editors: [{ id: edna.id }],
      });
      const claimReview = (await service.http(edna.apiKey).get(`/v1/claims/${claimId}/claimreview`).expect(200)).body;
      expect(JSON.stringify(claimReview)).toContain('The rate was higher than claimed.');
    });

    it('records nothing for an edit that changes nothing', async () => {
      const [claimId] = await seedResearchClaims(service, 1);
      await submittedByFionaLeasedByEdna(claimId);
      const same = await service
        .http(edna.apiKey)
        .patch(`/v1/claims/${claimId}/verdict`)
        .send({ summary: COMPLETE_DRAFT.summary, sources: COMPLETE_DRAFT.sources })
        .expect(200);
      expect(same.body.editors).toEqual([]);
      const page = await claimOf(claimId);
      expect(page.history.map((entry: { type: string }) => entry.type)).not.toContain('verdict.edited');
    });

    it('refuses a rating change, an incomplete result and an empty edit, and stores nothing', async () => {
      const [claimId] = await seedResearchClaims(service, 1);
      await submittedByFionaLeasedByEdna(claimId);
      const before = await claimOf(claimId);
      const cases: [object, string][] = [
        [{ rating: 'True' }, 'rating'],
        [{ rating: 'True', summary: 'Better.' }, 'rating'],
        [{ rating: 'Nonsense', summary: 'Better.' }, 'rating'],
        [{ summary: '   ' }, 'summary'],
        [{ sources: [] }, 'sources'],
        [{ sources: [{ url: 'ftp://stats.example/x' }] }, 'sources.0.url'],
        [{}, 'summary'],
        [{ summary: 'x'.repeat(2001) }, 'summary'],
        [{ comment: 'not a field' }, 'comment'],
      ];
      for (const [body, field] of cases) {
        const refused = await service.http(edna.apiKey).patch(`/v1/claims/${claimId}/verdict`).send(body);
        expect({ body, status: refused.status }).toEqual({ body, status: 400 });
        expectProblem(refused, 400, JSON.stringify(body));
        expect(refused.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      }
      const after = await claimOf(claimId);
      expect(after.verdict).toEqual(before.verdict);
      expect(after.history.length).toBe(before.history.length);
    });

    it('is for the editor holding the review lease, never for an author or a fact-checker', async () => {
      const [claimId] = await seedResearchClaims(service, 1);
      await submittedByFionaLeasedByEdna(claimId);
      const edit = { summary: 'Someone else’s words.' };

      expectProblem(await service.http(ezra.apiKey).patch(`/v1/claims/${claimId}/verdict`).send(edit).expect(409), 409);
      expectProblem(
        await service.http(fiona.apiKey).patch(`/v1/claims/${claimId}/verdict`).send(edit).expect(403),
        403,
      );
      // A claim in research has no submitted verdict to edit in review.
      const [drafting] = await seedResearchClaims(service, 1);
      await service.http(fiona.apiKey).post(`/v1/claims/${drafting}/lease`).expect(200);
      await service.http(fiona.apiKey).put(`/v1/claims/${drafting}/verdict`).send(COMPLETE_DRAFT).expect(200);
      expectProblem(
        await service.http(edna.apiKey).patch(`/v1/claims/${drafting}/verdict`).send(edit).expect(409),
        409,
      );
      await service
        .http(edna.apiKey)
        .patch('/v1/claims/00000000-0000-4000-8000-000000000000/verdict')
        .send(edit)
        .expect(404);
      expect((await claimOf(claimId)).verdict.summary).toBe(COMPLETE_DRAFT.summary);
    });

    it('keeps the edit through a send-back: the resubmission is still the fact-checker’s to be reviewed', async () => {
      const [claimId] = await seedResearchClaims(service, 1);
      await submittedByFionaLeasedByEdna(claimId);
      await service
        .http(edna.apiKey)
        .patch(`/v1/claims/${claimId}/verdict`)
        .send({ explanation: 'Labour statistics for 2025 show otherwise.' })
        .expect(200);
      await service.http(edna.apiKey).post(`/v1/claims/${claimId}/reject`).send({ comment: 'Add a source.' });
      const page = await claimOf(claimId);
      // What was sent back is the version as the editor left it.
      expect(page.sentBack.explanation).toBe('Labour statistics for 2025 show otherwise.');
      expect(page.verdict.authors).toEqual([{ id: fiona.id, name: 'Fiona Checker' }]);
    });
  });
});
