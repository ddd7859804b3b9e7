import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';

interface Listed {
  text: string;
  start: number;
  end: number;
  quote: { text: string; start: number; end: number };
  snippet: { text: string; start: number };
}

/** The queue's snippet: the article's words around a claim, at the article's offsets, however the quote is cut. */
describe('claim snippets', () => {
  let service: TestService;
  let checker: string;

  beforeAll(async () => {
    service = await startTestService();
    checker = (await createUserKey(service, 'factchecker')).apiKey;
  });

  afterAll(async () => {
    await service?.stop();
  });

  const claimsOf = async (body: string): Promise<Listed[]> => {
    const { id } = (await service.http(checker).post('/v1/articles').send({ body }).expect(202)).body as { id: string };
    return waitFor(
      async () => {
        const { items } = (await service.http(checker).get(`/v1/claims?articleId=${id}`).expect(200)).body as {
          items: Listed[];
        };
        return items.length > 0 && items;
      },
      { what: 'the article’s claims' },
    );
  };
  const marked = (claim: Listed) =>
    claim.snippet.text.slice(claim.start - claim.snippet.start, claim.end - claim.snippet.start);

  it('keeps the attribution that interrupts a quote, so the claim after it is marked where it is', async () => {
    const body =
      'The mayor spoke on Monday. “We cut the deficit in half,” she said at city hall, ' +
      '“and we created 20,000 jobs in the city last year.” Critics disagreed.';
    const claims = await claimsOf(body);
    const jobs = claims.find((claim) => claim.text.includes('20,000 jobs'))!;
    expect(jobs.quote.text).not.toContain('she said');
    expect(jobs.snippet.text).toContain('she said at city hall');
    expect(marked(jobs)).toBe(jobs.text);
    expect(body.slice(jobs.snippet.start, jobs.snippet.start + jobs.snippet.text.length)).toBe(jobs.snippet.text);
  });

  it('cuts at UTF-16 offsets after emoji and letters beyond the Basic Multilingual Plane', async () => {
    const body =
      '🎉🎉 Party night 𝐀𝐁𝐂 in the city. “Unemployment fell to 3 percent in May,” the governor said 😀, ' +
      '“and wages rose 5 percent over the year.” 🎉';
    const claims = await claimsOf(body);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(marked(claim)).toBe(body.slice(claim.start, claim.end));
      expect(claim.snippet.text).toBe(body.slice(claim.snippet.start, claim.snippet.start + claim.snippet.text.length));
    }
  });

  it('covers a claim that reaches beyond its partial quote', async () => {
    const body = 'The senator said taxes had risen “by 40 percent” since 2020 under the governor.';
    const [claim] = await claimsOf(body);
    expect(claim.start).toBeLessThan(claim.quote.start);
    expect(marked(claim)).toBe(claim.text);
  });
});
