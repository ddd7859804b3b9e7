import { randomBytes } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims } from '../support';
import { COMPLETE_DRAFT } from '../support/claim-state';
import {
  accessibilityViolations,
  Desk,
  launchReaderBrowser,
  screenshot,
  signIn,
  startDesk,
  watchPageErrors,
} from './desk-browser';

const NOTE = `Called the labour bureau ${randomBytes(4).toString('hex')}: they will send the district series.`;

interface ClaimReview {
  url: string;
  claimReviewed: string;
  reviewRating: { alternateName: string };
  itemReviewed: { author: { name: string } };
}

/**
 * A note the desk keeps on a claim, and the page readers get once the verdict is published: server-rendered, for
 * anyone, with or without JavaScript, carrying the same ClaimReview the API gives, and never the desk's notes.
 */
describe('the web desk: claim notes and the public fact-check page', () => {
  let desk: Desk;
  let checker: { apiKey: string; name: string };
  let editorKey: string;
  let claimId: string;
  let readers: Browser;
  /** What the readers' pages reported: uncaught errors, console errors (CSP refusals among them). */
  const readerErrors: string[] = [];

  async function readerContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
    const context = await readers.newContext({
      baseURL: desk.baseUrl,
      viewport: { width: 1366, height: 900 },
      locale: 'en-GB',
      timezoneId: 'UTC',
      ...options,
    });
    context.setDefaultTimeout(15000);
    context.on('page', (page) => watchPageErrors(page, readerErrors));
    return context;
  }

  async function publish(id: string): Promise<ClaimReview> {
    const http = desk.service.http;
    await http(checker.apiKey).post(`/v1/claims/${id}/lease`).expect(200);
    await http(checker.apiKey).put(`/v1/claims/${id}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await http(checker.apiKey).post(`/v1/claims/${id}/submit`).expect(200);
    await http(editorKey).post(`/v1/claims/${id}/lease`).expect(200);
    await http(editorKey).post(`/v1/claims/${id}/approve`).expect(200);
    const published = await waitFor(
      async () => {
        const response = await http(editorKey).get(`/v1/claims/${id}/claimreview`);
        return response.status === 200 && response;
      },
      { what: 'the ClaimReview' },
    );
    return published.body;
  }

  beforeAll(async () => {
    desk = await startDesk();
    checker = await createUserKey(desk.service, 'factchecker', 'Fiona Checker');
    editorKey = (await createUserKey(desk.service, 'editor', 'Eddie Editor')).apiKey;
    [claimId] = await seedResearchClaims(desk.service, 1);
    readers = await launchReaderBrowser();
  });

  afterAll(async () => {
    await readers?.close();
    await desk?.stop();
  });

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
    expect(readerErrors).toEqual([]);
  });

  it('a fact-checker adds a note from the keyboard and sees it in the history with their name', async () => {
    const page = await desk.newPage();
    await signIn(page, checker.apiKey, `/claims/${claimId}`);
    const field = page.getByLabel('Note for the desk');
    await field.focus();
    await page.keyboard.type(NOTE);
    // The hint under the box takes no focus: Tab goes to the button, Enter adds the note.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Add note');
    await page.keyboard.press('Enter');

    const entry = page.locator('section.history li', { hasText: NOTE });
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(new RegExp(`Note by ${checker.name}: ${NOTE}$`));
    expect(await field.inputValue()).toBe('');
    // The focus is back in the box for the next note, not lost to the page with the disabled button.
    expect(await page.evaluate('document.activeElement.id')).toBe('claim-note');
    const claim = (await desk.service.http(checker.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(claim.history).toContainEqual(
      expect.objectContaining({ type: 'claim.noted', data: expect.objectContaining({ note: NOTE }) }),
    );
    // A note changes nothing else: the claim is still in research, free for anyone to take.
    expect(claim.stage).toBe('research');
    expect(claim.lease).toBeNull();
    await screenshot(page, 'claim-note');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the published verdict to a reader with no key: the list links to its page, which carries the ClaimReview and no note', async () => {
    const claimReview = await publish(claimId);
    const path = new URL(claimReview.url).pathname;
    expect(path).toMatch(/^\/fact-checks\/[a-z0-9-]+$/);

    const context = await readerContext();
    const page = await context.newPage();
    await page.goto('/fact-checks');
    await page.getByRole('heading', { name: 'Fact checks', level: 1 }).waitFor();
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    await screenshot(page, 'fact-check-list');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: claimReview.claimReviewed }).click();
    await page.waitForURL(`**${path}`);
    await expectFactCheck(page, claimReview);
    await screenshot(page, 'fact-check-page');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Nothing of the desk: no note, nobody who worked on it, and the reader was given no cookie.
    const text = (await page.locator('body').textContent())!;
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain(checker.name);
    expect(text).not.toContain('Eddie Editor');
    expect(await page.content()).not.toContain(NOTE);
    expect(await context.cookies()).toEqual([]);

    // On a phone, nothing runs off the side.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'fact-check-page-phone');
    await context.close();
  });

  it('reads the same with JavaScript turned off, from the list to the page', async () => {
    const claimReview = (await desk.service.http(editorKey).get(`/v1/claims/${claimId}/claimreview`).expect(200))
      .body as ClaimReview;
    const context = await readerContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/fact-checks');
    await page.getByRole('link', { name: claimReview.claimReviewed }).click();
    await page.waitForURL(`**${new URL(claimReview.url).pathname}`);
    await expectFactCheck(page, claimReview);
    await screenshot(page, 'fact-check-page-no-js');
    // The context really runs no page script.
    const probe = await context.newPage();
    await probe.setContent('<title>before</title><script>document.title = "ran"</script>');
    expect(await probe.title()).toBe('before');
    await context.close();
  });
});

/** The page shows the claim, its rating and who said it, and its JSON-LD is the ClaimReview the API gives. */
async function expectFactCheck(page: Page, claimReview: ClaimReview): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  expect(await heading.textContent()).toBe(claimReview.claimReviewed);
  expect(await heading.isVisible()).toBe(true);
  const rating = page.locator('strong.rating');
  expect(await rating.textContent()).toBe(claimReview.reviewRating.alternateName);
  expect(await rating.isVisible()).toBe(true);
  const said = page.locator('figcaption');
  expect(await said.textContent()).toContain(claimReview.itemReviewed.author.name);
  expect(await said.isVisible()).toBe(true);
  const scripts = page.locator('script[type="application/ld+json"]');
  expect(await scripts.count()).toBe(1);
  expect(JSON.parse((await scripts.textContent())!)).toEqual(claimReview);
}
