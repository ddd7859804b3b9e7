import { Page } from 'playwright-core';
import { waitFor, WebhookReceiver } from '@app/testing';
import { createUserKey, seedResearchClaims } from '../support';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

interface Listed {
  id: string;
  text: string;
}

/**
 * What a newsroom tripped over on its first walk through the desk: the snippet of an interrupted quote, the keys,
 * the queue on a phone, links to pages a role may not open, and the delivery log.
 */
describe('the web desk: rough edges', () => {
  let desk: Desk;
  let checkerKey: string;
  let editorKey: string;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    // The real retry schedule, so a failed delivery waits for its next attempt long enough to be retried by hand.
    desk = await startDesk({ env: { WEBHOOK_RETRY_SCALE: '1' } });
    checkerKey = (await createUserKey(desk.service, 'factchecker', 'Fiona Checker')).apiKey;
    editorKey = (await createUserKey(desk.service, 'editor', 'Eddie Editor')).apiKey;
    await seedResearchClaims(desk.service, 4);
  });

  afterAll(async () => {
    await receiver.stop();
    await desk?.stop();
  });

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  const researchQueue = async (): Promise<Listed[]> =>
    (await desk.service.http(checkerKey).get('/v1/claims?stage=research&limit=100').expect(200)).body.items;

  /** A claim in research with a verdict submitted by someone else: it is in review. */
  const claimInReview = async (): Promise<string> => {
    const author = (await createUserKey(desk.service, 'factchecker')).apiKey;
    const [claim] = await researchQueue();
    const rating = (await desk.service.http(author).get('/v1/ratings').expect(200)).body.items[0].name as string;
    await desk.service.http(author).post(`/v1/claims/${claim.id}/lease`).expect(200);
    await desk.service
      .http(author)
      .put(`/v1/claims/${claim.id}/verdict`)
      .send({ rating, summary: 'Not so.', explanation: '', sources: [{ url: 'https://stats.example/a', title: 'A' }] })
      .expect(200);
    await desk.service.http(author).post(`/v1/claims/${claim.id}/submit`).expect(200);
    return claim.id;
  };

  it('marks the claim after an attribution that interrupts its quote on the claim’s own words', async () => {
    const ingester = (await createUserKey(desk.service, 'ingester')).apiKey;
    await desk.service
      .http(ingester)
      .post('/v1/articles')
      .send({
        body:
          'The mayor spoke at city hall. “We cut the deficit in half,” she said to the council on Monday, ' +
          '“and we created 20,000 jobs in the city last year.” The council was not convinced.',
      })
      .expect(202);
    const jobs = await waitFor(
      async () => (await researchQueue()).find((claim) => claim.text.includes('20,000 jobs')),
      {
        what: 'the claim after the attribution in the research queue',
      },
    );
    const page = await desk.newPage();
    await signIn(page, checkerKey, '/queue/research');
    const row = page.locator(`li[data-claim-id="${jobs.id}"]`);
    await row.locator('mark.hl-claim').waitFor();
    expect(await row.locator('mark.hl-claim').textContent()).toBe(jobs.text);
    expect(await row.locator('.snippet').textContent()).toContain('she said to the council on Monday');
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'queue-interrupted-quote');
    await page.close();
  });

  it('Esc leaves the search box, keeping its text, and the list keys work again', async () => {
    const page = await desk.newPage();
    await signIn(page, checkerKey, '/queue/research');
    await page.locator('ol.queue > li').first().waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-q');
    await page.keyboard.type('unemployment');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await page.getByLabel('Words').inputValue()).toBe('unemployment');
    // Back on the page, j selects the first claim (its link takes the focus).
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('claim-link');
    await page.close();
  });

  it('Ctrl+Enter submits the verdict from anywhere on the claim page; in the note box it adds the note', async () => {
    const page = await desk.newPage();
    await signIn(page, checkerKey, '/queue/research');
    await page.locator('ol.queue > li').first().waitFor();
    await page.getByRole('button', { name: 'Take next' }).click();
    await page.getByTestId('lease-countdown').waitFor();
    const claimId = page.url().split('/claims/')[1];
    await page.getByLabel('Summary').click();
    await page.keyboard.press('Alt+1');
    await page.getByLabel('Summary').fill('The district’s rate was higher.');
    await page.getByLabel('Address 1').fill('https://stats.example/district');
    await page.getByLabel('Title 1').fill('District series');

    await page.getByLabel('Note for the desk').fill('Checked with the statistics office.');
    await page.getByLabel('Note for the desk').press('Control+Enter');
    // In the thread, not the box: the box holds the same words until the note is stored.
    await page.locator('.timeline').getByText('Checked with the statistics office.').waitFor();
    const afterNote = (await desk.service.http(checkerKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(afterNote.stage).toBe('research');
    expect(afterNote.history.map((entry: { type: string }) => entry.type)).toContain('claim.noted');

    // From the article's text, far from the form.
    await page.getByTestId('article-text').click();
    await page.keyboard.press('Control+Enter');
    await page.getByText('Submitted for review. Thank you!').waitFor();
    const submitted = (await desk.service.http(checkerKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(submitted.stage).toBe('review');
    await screenshot(page, 'claim-submitted-with-ctrl-enter');
    await page.close();
  });

  it('Cmd+Enter does the same on a Mac', async () => {
    const page = await desk.newPage();
    await signIn(page, checkerKey, '/queue/research');
    await page.locator('ol.queue > li').first().waitFor();
    await page.getByRole('button', { name: 'Take next' }).click();
    await page.getByTestId('lease-countdown').waitFor();
    await page.getByLabel('Summary').click();
    await page.keyboard.press('Alt+1');
    await page.getByLabel('Summary').fill('Lower than said.');
    await page.getByLabel('Address 1').fill('https://stats.example/other');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Meta+Enter');
    await page.getByText('Submitted for review. Thank you!').waitFor();
    await page.close();
  });

  it('under review, Ctrl+Enter from anywhere asks to approve; Esc in the confirmation publishes nothing', async () => {
    const claimId = await claimInReview();
    const page = await desk.newPage();
    await signIn(page, editorKey, `/claims/${claimId}`);
    await page.getByRole('button', { name: 'Take this one' }).click();
    await page.getByRole('button', { name: 'Approve and publish…' }).waitFor();
    await page.getByTestId('article-text').click();
    await page.keyboard.press('Control+Enter');
    const confirm = page.getByRole('dialog', { name: 'Publish this verdict?' });
    await confirm.waitFor();
    await screenshot(page, 'review-ctrl-enter-asks-to-approve', { firstScreen: true });
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect((await desk.service.http(editorKey).get(`/v1/claims/${claimId}`).expect(200)).body.stage).toBe('review');
    // In the comment box the key sends the comment back instead.
    await page.getByLabel('Comment for the fact-checker').fill('Name the district’s source.');
    await page.getByLabel('Comment for the fact-checker').press('Control+Enter');
    await page.getByText('Sent back to the fact-checker.').waitFor();
    expect(await confirm.isVisible()).toBe(false);
    await page.close();
  });

  it('on a phone the filters fold away and the first claim is on the first screen', async () => {
    const viewport = { width: 375, height: 667 };
    const page = await desk.newPage({ viewport });
    await signIn(page, checkerKey, '/queue/research');
    const first = page.locator('ol.queue > li').first();
    await first.waitFor();
    expect(await page.getByRole('search', { name: 'Filter the queue' }).isVisible()).toBe(false);
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + Math.min(box.height, 120)).toBeLessThanOrEqual(viewport.height);
    expect(await first.locator('.claim-link').isVisible()).toBe(true);
    await screenshot(page, 'queue-phone', { firstScreen: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    const toggle = page.getByRole('button', { name: 'Filters' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page.getByLabel('Words').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('Words').fill('district');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.waitForURL(/q=district/);
    await page.getByRole('button', { name: 'Filters (1 on)' }).waitFor();
    await screenshot(page, 'queue-phone-filters', { firstScreen: true });
    // A wide screen shows the filters without the button.
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await page.getByRole('search', { name: 'Filter the queue' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Filters/ }).isVisible()).toBe(false);
    await page.close();
  });

  /** Every desk address linked from the page, without its host. */
  const linksOn = async (page: Page): Promise<string[]> =>
    page.$$eval('a[href^="/"]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));

  /** The desk addresses linked from each of `paths`, once each loaded. */
  const linksFrom = async (page: Page, paths: string[]): Promise<Set<string>> => {
    const found = new Set<string>();
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const link of await linksOn(page)) found.add(link);
    }
    return found;
  };
  const expectAllOpen = async (page: Page, links: Set<string>) => {
    for (const link of links) {
      await page.goto(link);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect({ link, forbidden: await page.getByRole('heading', { name: 'Not for your role' }).count() }).toEqual({
        link,
        forbidden: 0,
      });
    }
  };

  it('offers each role only links to pages it may open, in the navigation and inside the pages', async () => {
    const reviewed = await claimInReview();
    const ingesterKey = (await createUserKey(desk.service, 'ingester')).apiKey;
    const expected: [string, string, string[]][] = [
      [ingesterKey, 'ingester', ['Articles', 'Published']],
      [checkerKey, 'factchecker', ['Research queue', 'My verdicts', 'Articles', 'Published']],
      [editorKey, 'editor', ['Research queue', 'Review queue', 'My verdicts', 'Articles', 'Published']],
      [
        desk.service.adminKey,
        'admin',
        ['Research queue', 'Review queue', 'My verdicts', 'Articles', 'Published', 'Admin'],
      ],
    ];
    for (const [key, role, navigation] of expected) {
      const page = await desk.newPage();
      await signIn(page, key);
      const nav = page.getByRole('navigation', { name: 'Desk' });
      expect({ role, links: await nav.getByRole('link').allTextContents() }).toEqual({ role, links: navigation });
      await page.close();
    }

    // A fact-checker on a claim in review is led back to the research queue, not to the review queue.
    const page = await desk.newPage();
    await signIn(page, checkerKey, `/claims/${reviewed}`);
    await page.getByTestId('article-text').waitFor();
    expect(await page.locator('.breadcrumbs a').textContent()).toBe('← Research queue');
    await screenshot(page, 'claim-in-review-for-a-fact-checker');

    // Every link on every page a fact-checker reaches opens a page meant for them.
    const found = await linksFrom(page, [
      '/queue/research',
      '/queue/triage',
      `/claims/${reviewed}`,
      '/mine',
      '/articles',
      '/published',
    ]);
    expect(found.has('/queue/review')).toBe(false);
    expect(found.has('/admin')).toBe(false);
    expect([...found].some((link) => link.startsWith('/claims/'))).toBe(true);
    expect([...found].some((link) => link.startsWith('/articles/'))).toBe(true);
    await expectAllOpen(page, found);
    await page.close();

    // An ingester reading an article sees its claims, but no link to a claim page.
    const reader = await desk.newPage();
    await signIn(reader, ingesterKey);
    const articleId = (await desk.service.http(checkerKey).get(`/v1/claims/${reviewed}`).expect(200)).body.article.id;
    const forReader = await linksFrom(reader, ['/articles', `/articles/${articleId}`, '/published']);
    expect([...forReader].some((link) => link.startsWith('/claims/') || link.startsWith('/queue/'))).toBe(false);
    await expectAllOpen(reader, forReader);
    await reader.close();
  }, 120000);

  it('the delivery log refreshes itself, shows the message and the answer, and retries a waiting delivery now', async () => {
    const url = await receiver.start();
    const subscription = (
      await desk.service
        .http()
        .post('/v1/webhooks')
        .send({ url, events: ['article.extracted'], description: 'City newsroom' })
        .expect(201)
    ).body as { id: string };
    // Down for a minute, and it says so.
    receiver.respond = (_request, response) =>
      response.writeHead(503, { 'retry-after': '60' }).end('{"error":"down for maintenance"}');
    const ingester = (await createUserKey(desk.service, 'ingester')).apiKey;
    const ingest = (words: string) =>
      desk.service
        .http(ingester)
        .post('/v1/articles')
        .send({ body: `“${words},” the mayor said.` })
        .expect(202);

    const admin = await desk.newPage();
    await signIn(admin, desk.service.adminKey, '/admin');
    const hook = admin.locator('li.webhook', { hasText: url });
    await hook.getByRole('button', { name: 'Deliveries' }).click();
    await hook.getByText('Nothing delivered yet.').waitFor();

    // The log shows the new delivery by itself, without a reload.
    await ingest('Rents fell 12 percent last year');
    const rows = hook.locator('tbody[data-delivery-id]');
    await waitFor(async () => (await rows.count()) === 1, { what: 'the delivery to appear in the open log' });
    const row = rows.first();
    await row.getByRole('button', { name: 'Retry now delivery of article.extracted' }).waitFor();
    expect(await row.locator('.badge').textContent()).toBe('pending');

    await row.getByText('Message and answer').click();
    const payload = JSON.parse((await row.getByTestId('delivery-payload').textContent())!);
    expect(payload).toMatchObject({ type: 'article.extracted' });
    expect(JSON.stringify(payload)).toBe(JSON.stringify(JSON.parse(receiver.received[0].body)));
    expect(await row.getByTestId('delivery-answer').textContent()).toBe('{"error":"down for maintenance"}');
    await screenshot(admin, 'admin-delivery-log');
    expect(await accessibilityViolations(admin)).toEqual([]);

    receiver.respond = (_request, response) => response.writeHead(200).end('{"ok":true}');
    await row.getByRole('button', { name: 'Retry now delivery of article.extracted' }).click();
    await waitFor(() => receiver.received.length >= 2, { what: 'the attempt made now', timeoutMs: 10000 });
    expect(receiver.received[1].headers['webhook-id']).toBe(receiver.received[0].headers['webhook-id']);
    await row.locator('.badge', { hasText: 'succeeded' }).waitFor();
    expect(await row.getByTestId('delivery-answer').textContent()).toBe('{"ok":true}');
    expect(await row.getByRole('button', { name: 'Retry delivery of article.extracted' }).count()).toBe(1);
    await screenshot(admin, 'admin-delivery-log-retried');
    const [delivery] = (await desk.service.http().get(`/v1/webhooks/${subscription.id}/deliveries`).expect(200)).body
      .items;
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2 });
    await admin.close();
  }, 60000);
});
