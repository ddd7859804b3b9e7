import { Page } from 'playwright-core';
import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims } from '../support';
import { COMPLETE_DRAFT } from '../support/claim-state';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

/**
 * Review that editors trust, in the browser: the review queue says what is proposed, by whom and after how long in
 * research; a resubmission shows what changed since it was sent back; the editor's small edit is theirs; approving
 * asks for a confirmation, from a button or the `a` key; the page says when publication has finished, without a reload.
 */
describe('the web desk: review that editors trust', () => {
  let desk: Desk;
  let checker: { id: string; apiKey: string };
  let editor: { id: string; apiKey: string };
  let page: Page;
  let claimId: string;

  beforeAll(async () => {
    desk = await startDesk();
    checker = await createUserKey(desk.service, 'factchecker', 'Fiona Checker');
    editor = await createUserKey(desk.service, 'editor', 'Edna Editor');
    [claimId] = await seedResearchClaims(desk.service, 2);
    // Fiona researches it for 90 minutes and submits; Edna sends it back; Fiona reworks and resubmits it.
    const as = (key: string) => desk.service.http(key);
    await as(checker.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await as(checker.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await desk.service.query(
      `UPDATE claim_stage_periods SET entered_at = entered_at - interval '90 minutes'
        WHERE claim_id = $1 AND stage = 'research' AND left_at IS NULL`,
      [claimId],
    );
    await as(checker.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await as(editor.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await as(editor.apiKey)
      .post(`/v1/claims/${claimId}/reject`)
      .send({ comment: 'Is it false, or mostly? Add the district series.' })
      .expect(200);
    await as(checker.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await as(checker.apiKey)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({
        rating: 'Mostly False',
        summary: 'The rate was somewhat higher.',
        sources: [...COMPLETE_DRAFT.sources, { url: 'https://stats.example/district', title: 'District series' }],
      })
      .expect(200);
    await as(checker.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    page = await desk.newPage();
  });

  afterAll(() => desk?.stop());

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  it('lists the proposed rating, its author and its time in research in the review queue', async () => {
    await signIn(page, editor.apiKey, '/queue/review');
    const row = page.locator(`ol.queue > li[data-claim-id="${claimId}"]`);
    await row.waitFor();
    const number = (term: string) => row.locator('.numbers div', { has: page.locator('dt', { hasText: term }) });
    expect(await number('Proposed').locator('dd').textContent()).toBe('Mostly False');
    expect(await number('Proposed').locator('.rating-chip').count()).toBe(1);
    expect(await number('By').locator('dd').textContent()).toBe('Fiona Checker');
    // 90 minutes in the first round and a moment in the second.
    expect(await number('In research').locator('dd').textContent()).toMatch(/^1 h 3\d min$/);
    expect(await row.locator('.badge', { hasText: 'Resubmitted' }).count()).toBe(1);
    await screenshot(page, 'review-queue-columns');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The extra columns wrap on a phone rather than widen the page.
    const phone = await desk.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone, editor.apiKey, '/queue/review');
    await phone.locator(`ol.queue > li[data-claim-id="${claimId}"]`).waitFor();
    expect(
      await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    ).toBeLessThanOrEqual(0);
    await screenshot(phone, 'review-queue-phone');
    await phone.close();
  });

  it('shows the resubmission against the version that was sent back', async () => {
    await page
      .locator(`ol.queue > li[data-claim-id="${claimId}"]`)
      .getByRole('button', { name: /^Take this one/ })
      .click();
    await page.waitForURL(`**/claims/${claimId}`);
    const changes = page.getByTestId('verdict-changes');
    await changes.waitFor();
    expect(await changes.textContent()).toContain('Is it false, or mostly? Add the district series.');
    const rating = changes.getByTestId('rating-change');
    expect(await rating.locator('del').textContent()).toBe('[removed: False]');
    expect(await rating.locator('ins').textContent()).toBe('[added: Mostly False]');
    const summary = changes.getByTestId('summary-change');
    expect(await summary.textContent()).toBe('The rate was [added: somewhat ]higher.');
    expect(await summary.locator('del').count()).toBe(0);
    expect(await changes.getByTestId('explanation-change').textContent()).toBe('unchanged');
    const sources = changes.getByTestId('sources-change');
    expect(await sources.locator('li.source-added').textContent()).toContain('District series');
    expect(await sources.locator('li.source-same').textContent()).toContain('Labour statistics');
    await screenshot(page, 'review-resubmission-diff');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets the editor make a small edit, recorded as theirs while the fact-checker stays the author', async () => {
    await page.getByRole('button', { name: 'Edit before approving' }).click();
    const form = page.getByRole('form', { name: 'Edit before approving' });
    await form.getByLabel('Summary').fill('The rate was somewhat higher than claimed.');
    await screenshot(page, 'review-edit');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Save my edit' }).click();
    await page.getByText('Your edit is saved. The fact-checker stays the author.').waitFor();
    await page.getByTestId('verdict-editors').waitFor();
    expect(await page.locator('.timeline li').last().textContent()).toContain(
      'Edited in review by Edna Editor: summary',
    );
    expect(await page.getByTestId('verdict-authors').textContent()).toBe(
      'Written by Fiona Checker; edited in review by Edna Editor',
    );
    const verdict = (await desk.service.http(editor.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body.verdict;
    expect(verdict).toMatchObject({
      summary: 'The rate was somewhat higher than claimed.',
      authors: [{ id: checker.id }],
      editors: [{ id: editor.id }],
    });
  });

  it('asks to confirm an approval from the keyboard, and says when publication has finished without a reload', async () => {
    // The worker is stopped first, so that the page is seen waiting for publication and then noticing it.
    await desk.service.stopWorker();
    await page.evaluate('window.stillTheSamePage = true');
    const dialog = page.getByRole('dialog', { name: 'Publish this verdict?' });

    await page.keyboard.press('a');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Mostly False by Fiona Checker');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await desk.service.http(editor.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body.stage).toBe('review');

    await page.keyboard.press('a');
    await dialog.waitFor();
    await screenshot(page, 'approve-confirmation');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Approved: the publish step is building the ClaimReview…').waitFor();
    expect((await desk.service.http(editor.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body.verdict.status).toBe(
      'approved',
    );

    await desk.service.startWorker();
    await page
      .getByText('Published: the ClaimReview is out and subscribers are being told.')
      .waitFor({ timeout: 30000 });
    await page.getByTestId('claimreview-json').waitFor();
    expect(JSON.parse((await page.getByTestId('claimreview-json').textContent())!)).toMatchObject({
      reviewRating: { alternateName: 'Mostly False' },
      reviewBody: 'The rate was somewhat higher than claimed.',
    });
    expect(await page.evaluate('window.stillTheSamePage')).toBe(true);
    await screenshot(page, 'claim-published-live');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lists the approval shortcut with the others', async () => {
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.textContent()).toContain('approve the verdict under review (asks to confirm');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await help.isVisible()), { what: 'the shortcut list to close' });
  });
});
