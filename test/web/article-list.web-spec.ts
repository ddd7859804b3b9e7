import { createUserKey } from '../support';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

/** The Articles page lists everything ingested, whoever sent it, and searches it. */
describe('the web desk: the article list', () => {
  let desk: Desk;
  let key: string;

  beforeAll(async () => {
    desk = await startDesk();
    key = (await createUserKey(desk.service, 'factchecker', 'Lena Lister')).apiKey;
    const crawler = (await createUserKey(desk.service, 'ingester', 'Crawler')).apiKey;
    for (const article of [
      {
        title: 'Harbour dredging begins',
        body: 'The port authority began dredging the harbour.',
        publisher: 'Port Times',
      },
      {
        title: 'Budget vote',
        body: '“The deficit doubled in four years,” Senator Jane Doe said.',
        publisher: 'Example News',
      },
    ]) {
      await desk.service.http(crawler).post('/v1/articles').send(article).expect(202);
    }
  });

  afterAll(() => desk?.stop());

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  it('lists articles sent by others, searches them by words and publisher, and opens one', async () => {
    const page = await desk.newPage();
    await signIn(page, key, '/articles');
    const list = page.getByRole('list', { name: 'Articles' });
    await list.getByRole('link', { name: 'Budget vote' }).waitFor();
    await list.getByRole('link', { name: 'Harbour dredging begins' }).waitFor();
    await screenshot(page, 'article-list');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Words, typed and sent with Enter from the keyboard.
    await page.getByLabel('Words').fill('dredge');
    await page.getByLabel('Words').press('Enter');
    await page.waitForURL(/[?&]q=dredge/);
    await list.getByRole('link', { name: 'Budget vote' }).waitFor({ state: 'detached' });
    expect(await list.getByRole('link').allTextContents()).toEqual(['Harbour dredging begins']);

    await page.getByLabel('Words').fill('');
    await page.getByLabel('Publisher contains').fill('example');
    await page.getByRole('button', { name: 'Search' }).click();
    await list.getByRole('link', { name: 'Budget vote' }).waitFor();
    expect(await list.getByRole('link').allTextContents()).toEqual(['Budget vote']);

    await list.getByRole('link', { name: 'Budget vote' }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    await page.getByTestId('article-text').filter({ hasText: 'The deficit doubled' }).waitFor();
    await page.close();
  });
});
