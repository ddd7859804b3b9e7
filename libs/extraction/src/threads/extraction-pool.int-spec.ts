import { monitorEventLoopDelay } from 'node:perf_hooks';
import { claimFingerprint, extractQuotes } from '../index';
import { ExtractionLimitError, LimitKind } from '../limits';
import { ExtractionPool, ExtractionPoolBusyError } from './extraction-pool';

const ARTICLE = '“We have not called for this,” Mayor Brandon Johnson said. The council said the budget would grow.';
/** About a second of reading in one thread: 100,000 elements' worth of text in a page of paragraphs. */
const HEAVY_PAGE = `<article>${'<p>Crime fell 20 percent last year, the mayor said, and more.</p>'.repeat(20_000)}</article>`;
const HEAVY_TEXT = 'The mayor said that crime fell 20 percent and more. '.repeat(38_000);
/** 2,000 quotes of a claim each: seconds of repeat-matching fingerprints (about 0.2 ms a claim) after the extraction. */
const MANY_CLAIMS = Array.from(
  { length: 2_000 },
  (_, index) => `“Crime fell ${index + 1} percent in the third ward last year,” Mayor Brandon Johnson said.`,
).join(' ');

const withoutClaims = (quote: { claims: unknown[] }) => ({ ...quote, claims: undefined });

/** Waits for the pool's thread to start (seconds, from the sources), so that what follows waits on a busy one. */
async function warmUp(pool: ExtractionPool): Promise<void> {
  for (;;) {
    try {
      await pool.extract(ARTICLE, 60_000);
      return;
    } catch (error) {
      if (!(error instanceof ExtractionPoolBusyError)) throw error;
    }
  }
}

describe('the extraction pool', () => {
  let pool: ExtractionPool;

  beforeAll(() => {
    pool = new ExtractionPool({ threads: 1, maxQueue: 8, maxWaitMs: 60_000, memoryMb: 1024, graceMs: 0 });
  });

  afterAll(() => pool.close());

  it('extracts in a thread exactly what the core extracts in this one', async () => {
    expect(await pool.extract(ARTICLE, 20_000)).toEqual(extractQuotes(ARTICLE));
  });

  it('extracts for storage: the same extraction, each claim with its fingerprint, made in the thread', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const stored = await pool.extractForStorage(MANY_CLAIMS, 60_000);
    delay.disable();
    const { quotes } = extractQuotes(MANY_CLAIMS);
    expect(stored.quotes.map(withoutClaims)).toEqual(quotes.map(withoutClaims));
    const claims = stored.quotes.flatMap((quote) => quote.claims);
    expect(claims).toHaveLength(2_000);
    claims.forEach((claim, index) => {
      const { fingerprint, ...extracted } = claim;
      expect(extracted).toEqual(quotes[index].claims[0]);
      expect(fingerprint).toEqual(claimFingerprint(claim.standalone || claim.text));
    });
    // Made here, the fingerprints alone would hold this event loop for most of a second; measured in the same
    // run, so that a loaded machine slows both sides alike.
    const started = performance.now();
    claims.forEach((claim) => claimFingerprint(claim.standalone || claim.text));
    const inlineMs = performance.now() - started;
    expect(delay.max / 1e6).toBeLessThan(inlineMs / 2);
  });

  it('bounds the extraction and its fingerprints together by the budget', async () => {
    const started = Date.now();
    await expect(pool.extractForStorage(MANY_CLAIMS, 100)).rejects.toMatchObject({ kind: LimitKind.Time });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reads a page in a thread', async () => {
    expect(await pool.readHtml('<p>First <b>bold</b> line.</p><script>x()</script>', 20_000)).toEqual({
      title: null,
      text: 'First bold line.',
    });
  });

  it('brings a refusal within the bounds back from the thread as an ExtractionLimitError of its kind', async () => {
    await expect(pool.extract(`${'"'.repeat(200_000)} said Smith.`, 20_000)).rejects.toMatchObject({
      name: 'ExtractionLimitError',
      kind: LimitKind.Quotes,
    });
    await expect(pool.readHtml('<div>'.repeat(5_000), 20_000)).rejects.toMatchObject({ kind: LimitKind.HtmlDepth });
  });

  it('ends work that overruns its deadline with a time refusal, and goes on working', async () => {
    const started = Date.now();
    const refusal = await pool.readHtml(HEAVY_PAGE, 50).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ExtractionLimitError);
    expect((refusal as ExtractionLimitError).kind).toBe(LimitKind.Time);
    expect((refusal as Error).message).toMatch(/took longer than its budget of 50 ms/);
    // The reading itself takes about a second on this machine; the deadline ends it well before.
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await pool.extract(ARTICLE, 20_000)).quotes).toHaveLength(2);
  });

  it('keeps the calling thread free while a thread works', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await pool.readHtml(HEAVY_PAGE, 20_000);
    delay.disable();
    // Read in this thread, the page would hold the event loop for the whole second.
    expect(delay.max / 1e6).toBeLessThan(250);
  });

  it('refuses a task that cannot get a thread within the wait allowed, as busy, not as a fault of the input', async () => {
    const busy = new ExtractionPool({ threads: 1, maxQueue: 8, maxWaitMs: 100, memoryMb: 1024 });
    try {
      await warmUp(busy);
      const first = busy.readHtml(HEAVY_PAGE, 20_000);
      const second = busy.extract(ARTICLE, 20_000).catch((error: unknown) => error);
      expect(await second).toBeInstanceOf(ExtractionPoolBusyError);
      await first;
    } finally {
      await busy.close();
    }
  });

  it('refuses a task at once when the queue for the threads is full', async () => {
    const full = new ExtractionPool({ threads: 1, maxQueue: 1, maxWaitMs: 60_000, memoryMb: 1024 });
    try {
      await warmUp(full);
      const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => full.readHtml(HEAVY_PAGE, 20_000)));
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(refused.length).toBeGreaterThan(0);
      for (const outcome of refused) expect(outcome.reason).toBeInstanceOf(ExtractionPoolBusyError);
    } finally {
      await full.close();
    }
  });

  it('ends work that needs more memory than its budget with a memory refusal, and goes on working', async () => {
    const small = new ExtractionPool({ threads: 1, maxQueue: 8, maxWaitMs: 60_000, memoryMb: 64 });
    try {
      await expect(small.extract(HEAVY_TEXT, 60_000)).rejects.toMatchObject({ kind: LimitKind.Memory });
      expect((await small.extract(ARTICLE, 20_000)).quotes).toHaveLength(2);
    } finally {
      await small.close();
    }
  });
});
