import { createUserKey, seedResearchClaims } from '../support';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

/** An editor sees who holds a claim, gives it to someone else and breaks a lease from the claim page. */
describe('the web desk: reassigning and breaking leases', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
  });

  afterAll(() => desk?.stop());

  it('shows the holder, reassigns the claim and breaks the new lease', async () => {
    const [claimId] = await seedResearchClaims(desk.service, 1);
    const ann = await createUserKey(desk.service, 'factchecker', 'Ann Holder');
    const bo = await createUserKey(desk.service, 'factchecker', 'Bo Assignee');
    const edna = await createUserKey(desk.service, 'editor', 'Edna Editor');
    await desk.service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);

    const page = await desk.newPage();
    await signIn(page, edna.apiKey, `/claims/${claimId}`);
    const holder = page.getByTestId('lease-holder');
    await holder.waitFor();
    expect(await holder.textContent()).toMatch(/^Held by Ann Holder until /);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'claim-lease-controls');

    // The picker lists who can research, with what each holds, never the holder; nobody chosen is a clear error.
    const picker = page.getByLabel('Reassign to');
    await picker.locator(`option[value="${bo.id}"]`).waitFor({ state: 'attached' });
    const options = await picker.locator('option').allTextContents();
    expect(options).toContain('Bo Assignee (fact-checker, holds no claim)');
    expect(options.some((option) => option.startsWith('Ann Holder'))).toBe(false);
    await page.getByRole('button', { name: 'Reassign' }).click();
    await page.getByText('Choose the person to give the claim to.').waitFor();
    await picker.selectOption(bo.id);
    await screenshot(page, 'claim-reassign-picker');
    await page.getByRole('button', { name: 'Reassign' }).click();
    await page.getByText('Claim reassigned to Bo Assignee.').waitFor();
    await page
      .getByText(/^Held by Bo Assignee until /)
      .first()
      .waitFor();
    await page.getByText('from Ann Holder to Bo Assignee').waitFor();
    const reassigned = (await desk.service.http(edna.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(reassigned.lease).toMatchObject({ holderId: bo.id });

    await page.getByRole('button', { name: 'Break lease' }).click();
    await page.getByText('Lease broken: the claim is back in its queue.').waitFor();
    await page.getByText('Nobody is working on this claim.').waitFor();
    await page.getByText('held by Bo Assignee').waitFor();
    const broken = (await desk.service.http(edna.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(broken.lease).toBeNull();
    expect(desk.pageErrors).toEqual([]);
    await page.close();
  });
});
