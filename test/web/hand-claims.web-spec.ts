import { Page } from 'playwright-core';
import { waitFor } from '@app/testing';
import { createUserKey } from '../support';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

const OWN_WORDS = 'The harbour lost 300 jobs last year, the most in a decade.';
const BODY = `${OWN_WORDS}\n\n“We will reopen the dock by June,” Mayor Jane Doe said on Monday.`;

/** Selects the words of the article's text panel from `start` to `end` (offsets of the text), as a mouse would. */
async function selectText(page: Page, start: number, end: number): Promise<void> {
  await page.getByTestId('article-text').evaluate(
    (panel, [from, to]) => {
      const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (from >= seen && from <= seen + length) range.setStart(node, from - seen);
        if (to >= seen && to <= seen + length) {
          range.setEnd(node, to - seen);
          break;
        }
        seen += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      panel.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [start, end] as const,
  );
}

/** A fact-checker adds the newspaper's own statement as a claim by hand, then splits it and merges it back. */
describe('the web desk: claims made by hand', () => {
  let desk: Desk;
  let key: string;
  let articleId: string;

  beforeAll(async () => {
    desk = await startDesk();
    key = (await createUserKey(desk.service, 'factchecker', 'Hana Hand')).apiKey;
    const posted = await desk.service
      .http()
      .post('/v1/articles')
      .send({ title: 'Harbour jobs', body: BODY, publisher: 'Harbour Gazette' })
      .expect(202);
    articleId = posted.body.id;
    await waitFor(
      async () => (await desk.service.http().get(`/v1/articles/${articleId}`)).body.status === 'extracted',
      { what: 'the article to be extracted' },
    );
  });

  afterAll(() => desk?.stop());

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  it('adds an unquoted span as a claim of the publication, then splits it and merges the parts', async () => {
    const page = await desk.newPage();
    await signIn(page, key, `/articles/${articleId}`);
    await page.getByTestId('article-text').filter({ hasText: 'reopen the dock' }).waitFor();
    const form = page.getByTestId('add-claim');
    await form.getByText('Select words in the text').waitFor();

    // The newspaper's own words, selected with the space after them, as a mouse often does.
    await selectText(page, 0, OWN_WORDS.length + 1);
    await form.getByTestId('selected-span').filter({ hasText: OWN_WORDS }).waitFor();
    expect(await form.getByTestId('selected-span').textContent()).toBe(OWN_WORDS);
    await page.getByLabel('Speaker').selectOption({ label: 'As in the article' });
    await screenshot(page, 'add-claim-by-hand');
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Add as claim' }).click();
    await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    const added = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: OWN_WORDS }).waitFor();
    await page.getByTestId('claim-origin').filter({ hasText: 'added by hand' }).waitFor();
    expect(await page.getByTestId('speaker-name').textContent()).toBe('Harbour Gazette');
    const [stored] = await desk.service.query('SELECT stage, origin, text FROM claims WHERE id = $1', [added]);
    expect(stored).toEqual({ stage: 'research', origin: 'hand', text: OWN_WORDS });
    await page.getByTestId('claim-rewrite').waitFor();
    await screenshot(page, 'hand-claim');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Split after "last year,": two claims replace it; the first opens.
    const cut = page.getByLabel('Split between');
    const choice = (await cut.locator('option').allTextContents()).find((text) =>
      text.includes('last year, | the most'),
    );
    await cut.selectOption({ label: choice! });
    await page.getByRole('button', { name: 'Split' }).click();
    await page.getByRole('heading', { level: 1, name: 'The harbour lost 300 jobs last year,' }).waitFor();
    await page.getByTestId('claim-origin').filter({ hasText: 'split' }).waitFor();
    const first = page.url().split('/').at(-1)!;
    await screenshot(page, 'claim-split');

    // Merged back with the other part: one claim covering both.
    await page.getByLabel('Merge with', { exact: true }).selectOption({ label: 'the most in a decade.' });
    await page.getByRole('button', { name: 'Merge' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(first));
    await page.getByRole('heading', { level: 1, name: OWN_WORDS }).waitFor();
    await page.getByTestId('claim-origin').filter({ hasText: 'merged' }).waitFor();
    await screenshot(page, 'claim-merged');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The original stays, dismissed, and names what replaced it.
    await page.goto(`/claims/${added}`);
    await page.getByTestId('claim-origin').filter({ hasText: 'Replaced by' }).waitFor();
    await page.close();
  });
});
