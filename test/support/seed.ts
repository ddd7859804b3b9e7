import { randomBytes } from 'node:crypto';
import { waitFor } from '@app/testing';
import { TestService } from './test-service';

/**
 * Posts an article with `count` attributed, statistical quotes and waits until each of its claims is in research
 * (promoting any that triage parked), so review tests start from a known queue. Needs the worker running.
 */
export async function seedResearchClaims(
  service: TestService,
  count: number,
  key = service.adminKey,
): Promise<string[]> {
  const tag = randomBytes(4).toString('hex');
  const paragraphs = Array.from(
    { length: count },
    (_, index) =>
      `“Unemployment in district ${index + 1} fell to ${index + 2}.${index % 10} percent in 2025, the lowest rate since 1990,” Senator Jane Doe said on ${tag}.`,
  );
  const article = await service
    .http(key)
    .post('/v1/articles')
    .send({
      body: `Senator Jane Doe spoke on Monday.\n\n${paragraphs.join('\n\n')}`,
      url: `https://news.example/${tag}`,
    })
    .expect(202);
  const claims = await waitFor(
    async () => {
      const rows = await service.query<{ id: string; stage: string; triaged_at: Date | null }>(
        'SELECT id, stage, triaged_at FROM claims WHERE article_id = $1',
        [article.body.id],
      );
      return rows.length >= count && rows.every((row) => row.triaged_at) && rows;
    },
    { what: 'the seeded claims to be triaged' },
  );
  for (const claim of claims.filter((row) => row.stage === 'triage')) {
    await service.http(key).post(`/v1/claims/${claim.id}/promote`).expect(200);
  }
  return claims.map((claim) => claim.id);
}
