import { Page } from 'playwright-core';
import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims } from '../support';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

/** The day's main loop, in the browser: research, review, send back, resubmit, approve, publish. */
describe('the web desk: from the queue to a published ClaimReview', () => {
  let desk: Desk;
  let checkerKey: string;
  let editorKey: string;
  let checker: Page;
  let editor: Page;

  beforeAll(async () => {
    desk = await startDesk();
    checkerKey = (await createUserKey(desk.service, 'factchecker', 'Fiona Checker')).apiKey;
    editorKey = (await createUserKey(desk.service, 'editor', 'Eddie Editor')).apiKey;
    await seedResearchClaims(desk.service, 3);
    checker = await desk.newPage();
    editor = await desk.newPage();
  });

  afterAll(() => desk?.stop());

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  it('refuses an unknown key and keeps the sign-in form', async () => {
    await checker.goto('/');
    await checker.getByLabel('API key').fill('fck_not-a-real-key');
    await checker.getByRole('button', { name: 'Sign in' }).click();
    await checker.getByText('This key is not known or has been revoked.').waitFor();
    await screenshot(checker, 'sign-in');
    expect(await accessibilityViolations(checker)).toEqual([]);
  });

  it('a fact-checker signs in, sees the ranked research queue and takes the top claim', async () => {
    const ranked = await desk.service.http(checkerKey).get('/v1/claims?stage=research').expect(200);
    await signIn(checker, checkerKey);
    await checker.waitForURL('**/queue/research');
    expect(await checker.getByTestId('signed-in-as').textContent()).toContain('Fiona Checker');
    // The role decides the navigation: no review queue, no admin for a fact-checker.
    expect(await checker.getByRole('link', { name: 'Review queue' }).count()).toBe(0);
    expect(await checker.getByRole('link', { name: 'Admin' }).count()).toBe(0);

    const rows = checker.locator('ol.queue > li');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    expect(await rows.locator('.claim-link').allTextContents()).toEqual(
      ranked.body.items.map((item: { standalone: string | null; text: string }) => item.standalone || item.text),
    );
    expect(await rows.first().locator('.speaker').textContent()).toBe('Jane Doe');
    expect(await rows.first().locator('mark.hl-claim').textContent()).toBe(ranked.body.items[0].text);
    await screenshot(checker, 'queue');
    expect(await accessibilityViolations(checker)).toEqual([]);

    // j moves down the list and k back up; the selected row's link has the focus, so Enter would open it.
    await checker.keyboard.press('j');
    await checker.keyboard.press('j');
    await checker.keyboard.press('k');
    expect(await checker.evaluate('document.activeElement.textContent')).toBe(
      ranked.body.items[0].standalone || ranked.body.items[0].text,
    );

    // Filters: every word must match; "/" jumps to the words field; the filter lives in the address.
    await checker.keyboard.press('/');
    await checker.keyboard.type('district 3');
    await checker.getByLabel('Speaker').fill('jane');
    await checker.getByRole('button', { name: 'Filter' }).click();
    await checker.waitForURL(/q=district\+3/);
    await waitFor(async () => (await rows.count()) === 1, { what: 'the filtered queue' });
    expect(await rows.first().locator('.claim-link').textContent()).toContain('district 3');
    await checker.getByLabel('Speaker').fill('nobody like this');
    await checker.getByRole('button', { name: 'Filter' }).click();
    await checker.getByText('No claims here for these filters.').waitFor();
    await checker.getByRole('button', { name: 'Clear' }).click();
    await waitFor(async () => (await rows.count()) === 3, { what: 'the whole queue again' });

    // "?" lists the shortcuts; Escape closes the list.
    await checker.keyboard.press('?');
    await checker.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await checker.keyboard.press('Escape');
    await checker.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });

    await checker.getByRole('button', { name: 'Take next' }).click();
    await checker.waitForURL(`**/claims/${ranked.body.items[0].id}`);
    await checker.getByTestId('lease-countdown').waitFor();
    expect(await checker.getByTestId('lease-countdown').textContent()).toMatch(/^(29|30):\d\d$/);
  });

  it('shows the claim marked inside its quote in the article, with the speaker and how it was attributed', async () => {
    const claimId = claimIdOf(checker);
    const claim = (await desk.service.http(checkerKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    const text = checker.getByTestId('article-text');
    await text.locator('mark.hl-claim').first().waitFor();
    expect(await text.locator('mark.hl-claim').allTextContents()).toEqual([claim.text]);
    expect((await text.locator('mark.hl-quote').allTextContents()).join('')).toBe(claim.quote.text);
    expect(await text.locator('mark.hl-cue').textContent()).toBe(claim.quote.cue.text);
    expect(await checker.getByTestId('speaker-name').textContent()).toBe('Jane Doe');
    await checker.getByText('Attributed through').waitFor();
    await screenshot(checker, 'claim');
    expect(await accessibilityViolations(checker)).toEqual([]);
  });

  it('saves the draft as the fact-checker writes and submits it with the keyboard', async () => {
    const claimId = claimIdOf(checker);
    // Alt+1 picks the first rating of the scale.
    await checker.getByLabel('Summary').click();
    await checker.keyboard.press('Alt+1');
    await waitFor(() => checker.getByRole('radio', { name: 'False', exact: true }).isChecked(), {
      what: 'the rating chosen by Alt+1',
    });
    await checker.getByLabel('Summary').fill('Unemployment there was higher than claimed.');
    await checker.getByLabel('Explanation').fill('The labour bureau’s series shows a higher rate for 2025.');
    await checker.getByLabel('Address 1').fill('https://stats.example/unemployment');
    await checker.getByLabel('Title 1').fill('Labour bureau series');
    await checker.getByTestId('save-state').filter({ hasText: 'Draft saved' }).waitFor();
    const draft = (await desk.service.http(checkerKey).get(`/v1/claims/${claimId}`).expect(200)).body.verdict;
    expect(draft).toMatchObject({
      status: 'draft',
      rating: 'False',
      summary: 'Unemployment there was higher than claimed.',
      sources: [{ url: 'https://stats.example/unemployment', title: 'Labour bureau series' }],
    });
    await screenshot(checker, 'verdict-form');
    expect(await accessibilityViolations(checker)).toEqual([]);

    await checker.getByLabel('Summary').press('Control+Enter');
    await checker.getByText('Submitted for review. Thank you!').waitFor();
    const submitted = (await desk.service.http(checkerKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(submitted.stage).toBe('review');
    expect(submitted.verdict.status).toBe('submitted');
  });

  it('an editor takes it from the review queue and sends it back with a comment', async () => {
    await signIn(editor, editorKey, '/queue/review');
    await editor.getByRole('heading', { name: 'Review queue' }).waitFor();
    await editor.locator('ol.queue > li').first().waitFor();
    await editor.getByRole('button', { name: 'Take next' }).click();
    await editor.getByRole('button', { name: 'Approve and publish' }).waitFor();
    expect(await editor.getByTestId('verdict-view').textContent()).toContain(
      'Unemployment there was higher than claimed.',
    );
    await screenshot(editor, 'review');
    expect(await accessibilityViolations(editor)).toEqual([]);

    // A rejection needs a comment.
    await editor.getByRole('button', { name: 'Send back with comment' }).click();
    await editor.getByText('Say what needs to change before sending it back.').waitFor();
    await editor
      .getByLabel('Comment for the fact-checker')
      .fill('Cite the official series for the district, not the national one.');
    await editor.getByRole('button', { name: 'Send back with comment' }).click();
    await editor.getByText('Sent back to the fact-checker.').waitFor();
    const claim = (
      await desk.service
        .http(editorKey)
        .get(`/v1/claims/${claimIdOf(editor)}`)
        .expect(200)
    ).body;
    expect(claim.stage).toBe('research');
  });

  it('the fact-checker finds the comment under My verdicts, takes the claim again and resubmits', async () => {
    await checker.getByRole('link', { name: 'My verdicts' }).click();
    const sentBack = checker.locator('section', { has: checker.getByRole('heading', { name: /Sent back to you/ }) });
    await sentBack.getByText('Cite the official series for the district, not the national one.').waitFor();
    await screenshot(checker, 'my-verdicts');
    expect(await accessibilityViolations(checker)).toEqual([]);

    await sentBack.getByRole('link').first().click();
    await checker.getByTestId('review-comment').waitFor();
    expect(await checker.getByTestId('review-comment').textContent()).toBe(
      'Cite the official series for the district, not the national one.',
    );
    await checker.getByRole('button', { name: 'Take this one' }).click();
    await checker.getByTestId('lease-countdown').waitFor();
    // The saved draft is back in the form.
    expect(await checker.getByLabel('Summary').inputValue()).toBe('Unemployment there was higher than claimed.');
    await checker.getByRole('button', { name: 'Add a source' }).click();
    await checker.getByLabel('Address 2').fill('https://stats.example/district-series');
    await checker.getByLabel('Title 2').fill('District series');
    await checker.getByRole('button', { name: 'Submit for review' }).click();
    await checker.getByText('Submitted for review. Thank you!').waitFor();
    const claim = (
      await desk.service
        .http(checkerKey)
        .get(`/v1/claims/${claimIdOf(checker)}`)
        .expect(200)
    ).body;
    expect(claim.stage).toBe('review');
    expect(claim.verdict.sources).toHaveLength(2);
  });

  it('the editor approves it, and the claim page and the published list show its ClaimReview', async () => {
    await editor.getByRole('link', { name: 'Review queue' }).click();
    await editor.locator('ol.queue > li').first().waitFor();
    await editor
      .getByRole('button', { name: /^Take this one/ })
      .first()
      .click();
    await editor.getByRole('button', { name: 'Approve and publish…' }).click();
    await editor
      .getByRole('dialog', { name: 'Publish this verdict?' })
      .getByRole('button', { name: 'Approve and publish', exact: true })
      .click();
    await editor.getByTestId('claimreview-json').waitFor({ timeout: 20000 });
    const jsonLd = JSON.parse((await editor.getByTestId('claimreview-json').textContent())!);
    expect(jsonLd).toMatchObject({
      '@type': 'ClaimReview',
      reviewRating: { alternateName: 'False' },
      itemReviewed: { author: { name: 'Jane Doe' } },
      reviewBody: 'Unemployment there was higher than claimed.',
    });
    await screenshot(editor, 'claim-published');

    await checker.getByRole('link', { name: 'Published' }).click();
    const entry = checker.getByTestId('published-entry').first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('False');
    expect(await entry.textContent()).toContain('Jane Doe');
    await entry.getByText('ClaimReview JSON-LD').click();
    const published = JSON.parse((await entry.locator('pre').textContent())!);
    expect(published).toEqual(jsonLd);
    // The copy is ready to paste into a page: <, > and & escaped as the API sends them.
    await desk.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: desk.baseUrl });
    await entry.getByRole('button', { name: 'Copy JSON-LD' }).click();
    await entry.getByText('Copied.').waitFor();
    const copied = await checker.evaluate<string>('navigator.clipboard.readText()');
    expect(JSON.parse(copied)).toEqual(jsonLd);
    expect(copied).not.toMatch(/[<>&]/);
    await screenshot(checker, 'published');
    expect(await accessibilityViolations(checker)).toEqual([]);
  });

  it('the editor corrects the published verdict with a note, and the list shows the correction', async () => {
    await editor.getByRole('button', { name: 'Correct this verdict' }).click();
    await editor.getByLabel('Rating').selectOption('Mostly False');
    await editor.getByLabel('Correction note').fill('The district rate was revised.');
    await editor.getByRole('button', { name: 'Publish correction' }).click();
    await waitFor(async () => (await editor.getByTestId('claimreview-json').textContent())?.includes('"version": 2'), {
      what: 'the corrected ClaimReview',
      timeoutMs: 20000,
    });
    await checker.reload();
    const entry = checker.getByTestId('published-entry').first();
    await entry.getByText('Corrected (version 2)').waitFor();
    expect(await entry.textContent()).toContain('Mostly False');
  });

  it('shows the published verdict beside a later claim that repeats it', async () => {
    const published = (await desk.service.http(checkerKey).get('/v1/claims?stage=published').expect(200)).body.items[0];
    const repeats = await seedResearchClaims(desk.service, 3);
    const [repeat] = await desk.service.query<{ id: string }>(
      'SELECT id FROM claims WHERE id = ANY($1) AND text = $2',
      [repeats, published.text],
    );
    await checker.goto(`/claims/${repeat.id}`);
    const matches = checker.locator('section.matches');
    await matches.getByRole('link', { name: published.standalone || published.text }).waitFor();
    expect(await matches.textContent()).toContain('Mostly False');
    expect(await matches.textContent()).toContain('Same claim');
    await screenshot(checker, 'claim-with-match');
  });

  it('signs out, forgetting the key: a reload asks for it again', async () => {
    await checker.getByRole('button', { name: 'Sign out' }).click();
    await checker.getByLabel('API key').waitFor();
    expect(await checker.evaluate('Object.keys(sessionStorage)')).toEqual([]);
    await checker.reload();
    await checker.getByLabel('API key').waitFor();
  });

  it('reads well on a phone', async () => {
    const phone = await desk.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone, checkerKey, '/queue/research');
    await phone.getByRole('heading', { name: 'Research queue' }).waitFor();
    await phone.locator('ol.queue > li').first().waitFor();
    const overflow = await phone.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'queue-phone');
    await phone.locator('ol.queue .claim-link').first().click();
    await phone.getByTestId('article-text').locator('mark.hl-claim').waitFor();
    expect(
      await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    ).toBeLessThanOrEqual(0);
    await screenshot(phone, 'claim-phone');
    await phone.close();
  });
});

function claimIdOf(page: Page): string {
  const match = /\/claims\/([0-9a-f-]{36})/.exec(page.url());
  if (!match) throw new Error(`not on a claim page: ${page.url()}`);
  return match[1];
}
