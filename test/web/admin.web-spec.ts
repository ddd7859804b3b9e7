import { waitFor, WebhookReceiver } from '@app/testing';
import { createUserKey } from '../support';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

/** People, keys and webhook subscriptions, managed in the desk by an admin. */
describe('the web desk: admin', () => {
  let desk: Desk;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    desk = await startDesk();
  });

  afterAll(async () => {
    await receiver.stop();
    await desk?.stop();
  });

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  it('creates a person and shows their key once; the key signs in; rotating and revoking it lock the old key out', async () => {
    const admin = await desk.newPage();
    admin.on('dialog', (dialog) => void dialog.accept());
    await signIn(admin, desk.service.adminKey, '/admin');
    await admin.getByRole('heading', { name: 'People and keys' }).waitFor();
    await admin.getByLabel('Name').fill('Nora New');
    await admin.getByLabel('Role').selectOption('editor');
    await admin.getByLabel('Team').fill('Politics');
    await admin.getByRole('button', { name: 'Create and show the key' }).click();
    const firstKey = (await admin.locator('.secret-value').textContent())!;
    expect(firstKey).toMatch(/^fck_/);
    await admin.getByRole('row', { name: /Nora New/ }).waitFor();
    await screenshot(admin, 'admin');
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Done' }).click();
    expect(await admin.locator('.secret-value').count()).toBe(0);

    const nora = await desk.newPage();
    await signIn(nora, firstKey);
    expect(await nora.getByTestId('signed-in-as').textContent()).toContain('Nora New');
    expect(await nora.getByRole('link', { name: 'Review queue' }).count()).toBe(1);

    await admin.getByRole('button', { name: 'New key for Nora New' }).click();
    const secondKey = (await admin.locator('.secret-value').textContent())!;
    expect(secondKey).not.toBe(firstKey);
    await desk.service.http(firstKey).get('/v1/me').expect(401);
    // The desk signed in with the old key notices on its next call and asks to sign in again.
    await nora.getByRole('link', { name: 'Published' }).click();
    await nora.getByText('Your key is no longer accepted').waitFor();
    await admin.getByRole('button', { name: 'Done' }).click();

    await admin.getByRole('button', { name: 'Revoke Nora New' }).click();
    await waitFor(async () => (await admin.getByRole('row', { name: /Nora New/ }).count()) === 0, {
      what: 'the row to go',
    });
    await desk.service.http(secondKey).get('/v1/me').expect(401);
    await nora.close();
    await admin.close();
  });

  it('subscribes a newsroom, shows its delivery log and retries a delivery', async () => {
    const url = await receiver.start();
    const admin = await desk.newPage();
    admin.on('dialog', (dialog) => void dialog.accept());
    await signIn(admin, desk.service.adminKey, '/admin');
    await admin.getByLabel('Endpoint address').fill(url);
    await admin.getByRole('checkbox', { name: 'article.extracted' }).check();
    await admin.getByLabel('Description').fill('Example newsroom');
    await admin.getByRole('button', { name: 'Subscribe and show the secret' }).click();
    expect(await admin.locator('.secret-value').textContent()).toMatch(/^whsec_/);
    await admin.getByRole('button', { name: 'Done' }).click();

    const ingester = (await createUserKey(desk.service, 'ingester')).apiKey;
    await desk.service
      .http(ingester)
      .post('/v1/articles')
      .send({ body: '“Rents fell 12 percent,” Mayor Lee said.' })
      .expect(202);
    await waitFor(() => receiver.received.length >= 1, { what: 'the webhook delivery' });

    const hook = admin.locator('li.webhook', { hasText: url });
    await hook.getByRole('button', { name: 'Deliveries' }).click();
    await hook.getByRole('cell', { name: 'succeeded' }).waitFor();
    await screenshot(admin, 'admin-deliveries');
    expect(await accessibilityViolations(admin)).toEqual([]);
    await hook.getByRole('button', { name: 'Retry delivery of article.extracted' }).click();
    await waitFor(() => receiver.received.length >= 2, { what: 'the retried delivery' });
    expect(receiver.received[1].headers['webhook-id']).toBe(receiver.received[0].headers['webhook-id']);
    await admin.close();
  });
});
