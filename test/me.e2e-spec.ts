import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';

/** GET /v1/me/verdicts: the verdicts a person wrote, where each stands, and the editor's comment on those sent back. */
describe('my verdicts', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(() => service?.stop());

  it('lists the caller’s latest verdicts with their status and the review comment, and no one else’s', async () => {
    const [first, second] = await seedResearchClaims(service, 2);
    const author = await createUserKey(service, 'factchecker');
    const other = await createUserKey(service, 'factchecker');
    const editor = await createUserKey(service, 'editor');
    const draft = { rating: 'False', summary: 'No.', sources: [{ url: 'https://stats.example/a' }] };

    await service.http(author.apiKey).post(`/v1/claims/${first}/lease`).expect(200);
    await service.http(author.apiKey).put(`/v1/claims/${first}/verdict`).send(draft).expect(200);
    await service.http(author.apiKey).post(`/v1/claims/${first}/submit`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${first}/lease`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${first}/reject`).send({ comment: 'Which year?' }).expect(200);
    await service.http(other.apiKey).post(`/v1/claims/${second}/lease`).expect(200);
    await service.http(other.apiKey).put(`/v1/claims/${second}/verdict`).send(draft).expect(200);

    const mine = await service.http(author.apiKey).get('/v1/me/verdicts').expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        claimId: first,
        status: 'draft',
        rating: 'False',
        reviewComment: 'Which year?',
        claim: expect.objectContaining({ id: first, stage: 'research', leasedByYou: false, speaker: 'Jane Doe' }),
      }),
    ]);
    const theirs = await service.http(other.apiKey).get('/v1/me/verdicts').expect(200);
    expect(theirs.body.items.map((item: { claimId: string }) => item.claimId)).toEqual([second]);
    expect(theirs.body.items[0].claim.leasedByYou).toBe(true);
    expect((await service.http(editor.apiKey).get('/v1/me/verdicts').expect(200)).body.items).toEqual([]);
  });
});
