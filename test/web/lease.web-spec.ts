import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims } from '../support';
import { Desk, signIn, startDesk } from './desk-browser';

/** The desk keeps a lease alive while the person works on the claim, lets it go when they walk away, and says whose draft a new holder took over. */
describe('the web desk: leases', () => {
  let desk: Desk;
  let key: string;
  let userId: string;
  let claimId: string;

  beforeAll(async () => {
    // Six-second leases, so that extensions and expiry can be watched.
    desk = await startDesk({ env: { LEASE_SECONDS: '6' } });
    const user = await createUserKey(desk.service, 'factchecker', 'Lena Lease');
    key = user.apiKey;
    userId = user.id;
    [claimId] = await seedResearchClaims(desk.service, 1);
  });

  afterAll(() => desk?.stop());

  it('extends the lease while the person types, and reports it when it runs out after they stop', async () => {
    const page = await desk.newPage();
    await signIn(page, key, `/claims/${claimId}`);
    await page.getByRole('button', { name: 'Take this one' }).click();
    await page.getByTestId('lease-countdown').waitFor();
    const taken = (await desk.service.http(key).get(`/v1/claims/${claimId}`).expect(200)).body.lease;

    // Twelve seconds of work: twice the lease.
    const summary = page.getByLabel('Summary');
    for (let second = 0; second < 12; second++) {
      await summary.pressSequentially('ab', { delay: 100 });
      await page.waitForTimeout(800);
    }
    const claim = (await desk.service.http(key).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(claim.lease).toMatchObject({ id: taken.id, holderId: userId });
    expect(Date.parse(claim.lease.expiresAt)).toBeGreaterThan(Date.parse(taken.expiresAt) + 5000);
    expect(
      claim.history.filter((event: { type: string }) => event.type === 'lease.extended').length,
    ).toBeGreaterThanOrEqual(2);
    expect(claim.history.map((event: { type: string }) => event.type)).not.toContain('lease.expired');

    // Then nothing: the lease runs out, the page says so, and the claim is back in the queue.
    await page.getByText('Your lease ran out').waitFor({ timeout: 30000 });
    await waitFor(
      async () => (await desk.service.http(key).get(`/v1/claims/${claimId}`).expect(200)).body.lease === null,
      {
        what: 'the lease to be gone',
      },
    );
    await page.getByRole('button', { name: 'Take this one' }).waitFor();
    expect(desk.pageErrors).toEqual([]);
    await page.close();
  });

  it('says whose draft the person took over when someone else started it', async () => {
    const [inheritedId] = await seedResearchClaims(desk.service, 1);
    const first = await createUserKey(desk.service, 'factchecker', 'Dora Draft');
    await desk.service.http(first.apiKey).post(`/v1/claims/${inheritedId}/lease`).expect(200);
    await desk.service
      .http(first.apiKey)
      .put(`/v1/claims/${inheritedId}/verdict`)
      .send({ rating: 'False', summary: 'Not so.' })
      .expect(200);
    await desk.service.http(first.apiKey).delete(`/v1/claims/${inheritedId}/lease`).expect(204);

    const page = await desk.newPage();
    await signIn(page, key, `/claims/${inheritedId}`);
    await page.getByTestId('verdict-authors').waitFor();
    expect(await page.getByTestId('verdict-authors').textContent()).toBe('Written by Dora Draft');
    expect(await page.getByTestId('inherited-draft').count()).toBe(0);
    await page.getByRole('button', { name: 'Take this one' }).click();
    await page.getByTestId('lease-countdown').waitFor();
    expect(await page.getByTestId('inherited-draft').textContent()).toBe('Draft inherited from Dora Draft.');
    expect(await page.getByLabel('Summary').inputValue()).toBe('Not so.');
    expect(desk.pageErrors).toEqual([]);
    await page.close();
  });
});
