import { Logger } from '@nestjs/common';
import { DEMO_ARTICLE } from './demo-article';

/** The few fields of the API's answers the demo prints (their full shapes are at /docs). */
interface DemoClaim {
  text: string;
  checkworthiness: number;
  checkworthy: boolean;
}
interface DemoQuote {
  kind: string;
  text: string;
  speaker: { name: string; type: string } | null;
  claims: DemoClaim[];
}
interface DemoArticle {
  id: string;
  status: string;
  quotes: DemoQuote[];
}

/** Shows the service's main job on a running instance: an article in, its quotes, speakers and ranked claims out. */
export async function runDemo(baseUrl: string, apiKey: string): Promise<void> {
  const logger = new Logger('Demo');
  const call = async <Body>(path: string, init: RequestInit = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...init.headers },
    });
    return { status: response.status, body: (response.status === 204 ? {} : await response.json()) as Body };
  };
  await until(async () => (await fetch(`${baseUrl}/health/ready`).catch(() => null))?.ok === true, 30_000);
  const submitted = await call<Partial<DemoArticle>>('/v1/articles', {
    method: 'POST',
    body: JSON.stringify(DEMO_ARTICLE),
  });
  logger.log(
    `POST /v1/articles → ${submitted.status} ${JSON.stringify(submitted.body.id ? { id: submitted.body.id } : submitted.body)}`,
  );
  const id = submitted.body.id!;
  const article = await until(async () => {
    const { body } = await call<DemoArticle>(`/v1/articles/${id}`);
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
    const { body } = await call<{ items: unknown[] }>(`/v1/claims?stage=research&articleId=${id}`);
    return body.items.length > 0 ? body : null;
  }, 15_000).catch(() => ({ items: [] }));
  lines.push(`GET /v1/claims?stage=research → ${research.items.length} ranked for fact-checkers`);
  logger.log(lines.join('\n'));
  logger.log(`Try: curl -H "Authorization: Bearer ${apiKey}" ${baseUrl}/v1/claims?stage=research`);
}

/** Asks again twice a second: each question is a line in the API's log, which the demo shares with its output. */
async function until<T>(check: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
