import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readSampleArticle, waitFor } from '@app/testing';
import { createUserKey } from '../support';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

/**
 * Articles pasted, uploaded or fetched from their address in the desk, and their quotes and claims appearing as
 * extraction finishes. The site pages are fetched from is a server on 127.0.0.1, so the address guard's switch is on.
 */
describe('the web desk: articles', () => {
  let desk: Desk;
  let key: string;
  let site: Server;
  let siteOrigin: string;

  beforeAll(async () => {
    site = createServer((request, response) => {
      if (request.url !== '/harbour-story') return response.writeHead(404, { 'content-type': 'text/html' }).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html><head><title>Harbour plan approved</title></head><body><nav>Home | Local</nav>
        <article><h1>Harbour plan approved</h1><p>The council approved the harbour plan on Monday.</p>
        <p>“The harbour will bring 3,000 jobs within five years,” Councillor Tom Reyes said after the vote.</p>
        </article></body></html>`,
      );
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    desk = await startDesk({ env: { ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS: 'true' } });
    key = (await createUserKey(desk.service, 'factchecker', 'Paula Paster')).apiKey;
  });

  afterAll(async () => {
    await desk?.stop();
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
  });

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  it('pastes the sample article and watches Brandon Johnson’s quotes and their claims appear', async () => {
    const page = await desk.newPage();
    await signIn(page, key, '/articles');
    await page.getByLabel('Title', { exact: true }).fill('Chicago mayor orders police not to aid crackdown');
    await page.getByLabel('Address (URL)').fill('https://news.example/chicago-mayor-order');
    await page.getByLabel('Publisher', { exact: true }).fill('Example News');
    await page.getByLabel('Article', { exact: true }).fill(readSampleArticle());
    await screenshot(page, 'article-submit');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Submit the article' }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);

    await page.getByTestId('article-status').filter({ hasText: 'Extracted.' }).waitFor({ timeout: 30000 });
    const johnson = page.getByTestId('quote').filter({ has: page.locator('.speaker', { hasText: 'Brandon Johnson' }) });
    await johnson.first().waitFor();
    // the headline's quote is his too ("Chicago Mayor …: ‘Our People Have Not Asked For This’")
    expect(await johnson.count()).toBeGreaterThanOrEqual(3);
    const statement = johnson.filter({ hasText: 'We have not called for this.' });
    expect(await statement.count()).toBe(1);
    expect(await page.getByTestId('article-status').textContent()).toContain('Brandon Johnson');
    // Claims link to their claim pages, and the text marks every quote.
    await statement.getByRole('link').first().waitFor();
    expect(await page.getByTestId('article-text').locator('mark.hl-quote').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'article');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '← Articles' }).click();
    // Listed twice: among everything ingested, and as submitted from this tab.
    await page.getByRole('link', { name: 'Chicago mayor orders police not to aid crackdown' }).first().waitFor();
    await page.close();
  });

  it('shows markup in an article as text and never runs it', async () => {
    const page = await desk.newPage();
    await signIn(page, key, '/articles');
    const body = `Council meeting notes.\n\n“<img src=x onerror="window.__pwned = 1">Taxes rose 40 percent last year,” Mayor Ann Lee said.`;
    await page.getByLabel('Article', { exact: true }).fill(body);
    await page.getByRole('button', { name: 'Submit the article' }).click();
    await page.getByTestId('article-status').filter({ hasText: 'Extracted.' }).waitFor({ timeout: 30000 });
    const text = await page.getByTestId('article-text').textContent();
    expect(text).toContain('<img src=x onerror="window.__pwned = 1">');
    expect(await page.getByTestId('article-text').locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await page.close();
  });

  it('uploads an HTML page and takes the article out of it', async () => {
    const page = await desk.newPage();
    await signIn(page, key, '/articles');
    const html = `<!doctype html><html><head><title>Budget row</title><script>window.__pwned = 1</script></head><body>
      <nav>Home | World</nav><article><h1>Budget row</h1>
      <p>The city budget is a mess, critics say.</p>
      <p>“We cut the deficit by half in two years,” Governor Maria Santos said on Tuesday.</p>
      <p>Officials disputed the figure.</p></article></body></html>`;
    await page
      .getByLabel('Or upload a file (.txt, .html)')
      .setInputFiles({ name: 'budget.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    // The browser reads the file asynchronously; the form switches to HTML once it has.
    await waitFor(() => page.getByRole('radio', { name: 'HTML page' }).isChecked(), { what: 'the HTML choice' });
    await page.getByRole('button', { name: 'Submit the article' }).click();
    await page.getByTestId('article-status').filter({ hasText: 'Extracted.' }).waitFor({ timeout: 30000 });
    await page.getByTestId('quote').filter({ hasText: 'Maria Santos' }).first().waitFor();
    const text = await page.getByTestId('article-text').textContent();
    expect(text).toContain('We cut the deficit by half in two years');
    expect(text).not.toContain('<script');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await page.close();
  });

  it('gives only an address: the page is fetched and its article read, and a page not there is said so', async () => {
    const page = await desk.newPage();
    await signIn(page, key, '/articles');
    await page.getByLabel('Address (URL)').fill(`${siteOrigin}/missing-story`);
    await page.getByRole('button', { name: 'Submit the article' }).click();
    const notice = page.getByText(/the site answered 404/);
    await notice.waitFor();
    await screenshot(page, 'article-fetch-error');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Address (URL)').fill(`${siteOrigin}/harbour-story`);
    await page.getByLabel('Address (URL)').press('Enter');
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    await page.getByTestId('article-status').filter({ hasText: 'Extracted.' }).waitFor({ timeout: 30000 });
    await page.getByRole('heading', { name: 'Harbour plan approved' }).waitFor();
    const reyes = page.getByTestId('quote').filter({ hasText: 'Tom Reyes' });
    await reyes.first().waitFor();
    expect(await reyes.first().textContent()).toContain('The harbour will bring 3,000 jobs within five years');
    expect(await page.getByTestId('article-text').textContent()).not.toMatch(/<\/?(p|article|h1)>/);
    await screenshot(page, 'article-fetched');
    await page.close();
  });

  it('an ingester may submit and read articles, but sees no queues and no claim links', async () => {
    const ingester = (await createUserKey(desk.service, 'ingester', 'Crawler Person')).apiKey;
    const page = await desk.newPage();
    await signIn(page, ingester);
    await page.waitForURL('**/articles');
    expect(await page.getByRole('link', { name: 'Research queue' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'My verdicts' }).count()).toBe(0);
    await page.goto('/queue/research');
    await page.getByRole('heading', { name: 'Not for your role' }).waitFor();
    await page.close();
  });
});
