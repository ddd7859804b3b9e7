import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';

/** The rating scale is configuration and maps onto ClaimReview numbers. */
describe('rating scale', () => {
  let service: TestService;
  const scale = [
    { name: 'Pants on Fire', value: 1, description: 'Ridiculously false' },
    { name: 'False', value: 2, description: 'Not accurate' },
    { name: 'True', value: 6, description: 'Accurate' },
  ];

  beforeAll(async () => {
    service = await startTestService({
      env: {
        RATING_SCALE: JSON.stringify(scale),
        ORGANIZATION_NAME: 'Demo Checks',
        ORGANIZATION_URL: 'https://checks.example',
      },
    });
  });

  afterAll(() => service?.stop());

  it('serves the configured scale', async () => {
    const ingester = (await createUserKey(service, 'ingester')).apiKey;
    const response = await service.http(ingester).get('/v1/ratings').expect(200);
    expect(response.body).toEqual({ worstRating: 1, bestRating: 6, items: scale });
  });

  it('accepts only its ratings and publishes them with their values', async () => {
    const checker = (await createUserKey(service, 'factchecker')).apiKey;
    const editor = (await createUserKey(service, 'editor')).apiKey;
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(checker).post(`/v1/claims/${claimId}/lease`).expect(200);
    const refused = await service
      .http(checker)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({ rating: 'Mostly True' })
      .expect(400);
    expect(refused.body.errors[0].message).toContain('Pants on Fire, False, True');
    await service
      .http(checker)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({ rating: 'pants on fire', summary: 'No.', sources: [{ url: 'https://data.example/a' }] })
      .expect(200);
    await service.http(checker).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(editor).post('/v1/queue/review/next').expect(200);
    await service.http(editor).post(`/v1/claims/${claimId}/approve`).expect(200);
    const review = await waitFor(async () => {
      const response = await service.http(checker).get(`/v1/claims/${claimId}/claimreview`);
      return response.status === 200 && response.body;
    });
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 6,
      worstRating: 1,
      alternateName: 'Pants on Fire',
    });
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Demo Checks', url: 'https://checks.example' });
    expect(review.reviewBody).toBe('No.');
  });

  it('answers 404 for the ClaimReview of a claim not yet published', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    const response = await service.http().get(`/v1/claims/${claimId}/claimreview`).expect(404);
    expect(response.body.detail).toMatch(/no published verdict/);
  });
});
