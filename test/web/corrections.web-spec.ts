import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims } from '../support';
import { COMPLETE_DRAFT } from '../support/claim-state';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

/**
 * Correcting the machine in the browser: the fact-checker holding a claim corrects its standalone form and its
 * speaker, sees the machine's output beside the correction, and another editor publishes it: the ClaimReview carries
 * the correction. An editor marks another quote as nobody's.
 */
describe('the web desk: correcting a speaker and a claim, then publishing', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
  });

  afterAll(() => desk?.stop());

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  it('corrects the claim and its speaker, keeps the machine’s output beside them, and publishes the correction', async () => {
    const [claimId, otherId] = await seedResearchClaims(desk.service, 2);
    const fiona = await createUserKey(desk.service, 'factchecker', 'Fiona Checker');
    const edna = await createUserKey(desk.service, 'editor', 'Edna Editor');
    const machine = (await desk.service.http(fiona.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body;

    const checker = await desk.newPage();
    await signIn(checker, fiona.apiKey, `/claims/${claimId}`);
    // Without the lease there is nothing to correct; taking the claim offers it.
    await checker.getByRole('button', { name: 'Take this one' }).click();
    await checker.getByTestId('lease-countdown').waitFor();
    await checker.getByRole('button', { name: 'Correct claim or speaker' }).click();
    await checker.getByLabel('Standalone form').fill('Unemployment in district 1 fell to a record low in 2025.');
    await checker.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Someone else…' });
    await checker.getByLabel('Name', { exact: true }).fill('Janet Doe-Rivera');
    await checker.getByLabel('Type', { exact: true }).selectOption('person');
    await checker.getByLabel('Title (optional)').fill('State Senator');
    await screenshot(checker, 'claim-correction-form');
    expect(await accessibilityViolations(checker)).toEqual([]);
    await checker.getByRole('button', { name: 'Save correction' }).click();
    await checker.getByText('Correction saved; the machine’s output is kept.').waitFor();

    // The page shows the corrected claim and speaker, with the machine's output beside them.
    await checker.getByRole('heading', { name: 'Unemployment in district 1 fell to a record low in 2025.' }).waitFor();
    expect(await checker.getByTestId('speaker-name').textContent()).toBe('Janet Doe-Rivera');
    const beside = checker.getByTestId('machine-beside');
    await beside.waitFor();
    const rows = await beside.locator('tbody tr').allTextContents();
    expect(rows).toEqual([
      `Standalone${machine.standalone}Unemployment in district 1 fell to a record low in 2025.`,
      `SpeakerJane Doe, SenatorJanet Doe-Rivera, State Senator`,
    ]);
    await checker.getByText('said by Janet Doe-Rivera').waitFor();
    await screenshot(checker, 'claim-corrected');
    expect(await accessibilityViolations(checker)).toEqual([]);
    const history = (await desk.service.http(edna.apiKey).get(`/v1/claims/${claimId}/history`).expect(200)).body.items;
    expect(
      history.filter((event: { type: string }) => ['claim.corrected', 'quote.corrected'].includes(event.type)),
    ).toEqual([
      expect.objectContaining({ type: 'claim.corrected', actor: expect.objectContaining({ name: 'Fiona Checker' }) }),
      expect.objectContaining({ type: 'quote.corrected', actor: expect.objectContaining({ name: 'Fiona Checker' }) }),
    ]);

    // The verdict goes to review; an editor who wrote none of it publishes it.
    await desk.service.http(fiona.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await desk.service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    const editor = await desk.newPage();
    await signIn(editor, edna.apiKey, `/claims/${claimId}`);
    await editor.getByRole('button', { name: 'Take this one' }).click();
    await editor.getByRole('button', { name: 'Approve and publish…' }).click();
    await editor
      .getByRole('dialog', { name: 'Publish this verdict?' })
      .getByRole('button', { name: 'Approve and publish', exact: true })
      .click();
    await editor.getByTestId('claimreview-json').waitFor({ timeout: 20000 });
    const jsonLd = JSON.parse((await editor.getByTestId('claimreview-json').textContent())!);
    expect(jsonLd).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Unemployment in district 1 fell to a record low in 2025.',
      itemReviewed: { author: { '@type': 'Person', name: 'Janet Doe-Rivera', jobTitle: 'State Senator' } },
    });
    // Published: the machine's output is still shown, and nothing is offered to correct.
    await editor.getByTestId('machine-beside').waitFor();
    expect(await editor.getByRole('button', { name: 'Correct claim or speaker' }).count()).toBe(0);
    await screenshot(editor, 'claim-corrected-published');

    // An editor marks the other quote as nobody's: its claim leaves the queue, kept.
    await editor.goto(`/claims/${otherId}`);
    await editor.getByRole('button', { name: 'Correct claim or speaker' }).click();
    await editor.getByRole('button', { name: 'Not a quote of anyone' }).click();
    await screenshot(editor, 'claim-not-a-quote-confirm');
    await editor.getByRole('button', { name: 'Yes: nobody said this' }).click();
    await editor.getByText('Marked as nobody’s quote: its claims left the queues.').waitFor();
    await editor.getByText('Dismissed: Not a quote of anyone').waitFor();
    const other = await waitFor(
      async () => {
        const body = (await desk.service.http(edna.apiKey).get(`/v1/claims/${otherId}`).expect(200)).body;
        return body.stage === 'dismissed' && body;
      },
      { what: 'the other claim dismissed' },
    );
    expect(other.quote.notAQuote).toBe(true);
    expect(await accessibilityViolations(editor)).toEqual([]);
    await checker.close();
    await editor.close();
  });
});
