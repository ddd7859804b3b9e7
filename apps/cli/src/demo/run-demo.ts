import { Logger } from '@nestjs/common';
import { DEMO_ARTICLE } from './demo-article';

/** Shows the service's main job on a running instance: an article in, its quotes, speakers and ranked claims out. */
export async function runDemo(baseUrl: string, apiKey: string): Promise<void> {
  const logger = new Logger('Demo');
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...init.headers },
    });
    // The demo prints a few fields of the answers; their shapes are the API's (see /docs).
    return {
      status: response.status,
      body: (response.status === 204 ? {} : await response.json()) as Record<string, any>,
    };
  };
  await until(async () => (await fetch(`${baseUrl}/health/ready`).catch(() => null))?.ok === true, 30_000);
  const submitted = await call('/v1/articles', { method: 'POST', body: JSON.stringify(DEMO_ARTICLE) });
  logger.log(
    `POST /v1/articles → ${submitted.status} ${JSON.stringify(submitted.body.id ? { id: submitted.body.id } : submitted.body)}`,
  );
  const id = submitted.body.id as string;
  const article = await until(async () => {
    const { body } = await call(`/v1/articles/${id}`);
    return body.status === 'extracted' || body.status === 'failed' ? body : null;
  }, 30_000);
  const lines = [`GET /v1/articles/${id} → ${article.status}, ${article.quotes.length} quotes:`];
  for (const quote of article.quotes) {
    lines.push(
      `  [${quote.kind}] ${quote.speaker ? `${quote.speaker.name} (${quote.speaker.type})` : 'unknown speaker'}: ${quote.text}`,
    );
    for (const claim of quote.claims) {
      lines.push(
        `      claim ${claim.checkworthiness.toFixed(2)} ${claim.checkworthy ? 'check-worthy' : 'parked      '} ${claim.text}`,
      );
    }
  }
  const research = await until(async () => {
    const { body } = await call(`/v1/claims?stage=research&articleId=${id}`);
    return body.items.length > 0 ? body : null;
  }, 15_000).catch(() => ({ items: [] }));
  lines.push(`GET /v1/claims?stage=research → ${research.items.length} ranked for fact-checkers`);
  logger.log(lines.join('\n'));
  logger.log(`Try: curl -H "Authorization: Bearer ${apiKey}" ${baseUrl}/v1/claims?stage=research`);
}

async function until<T>(check: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
