import { createUserKey, seedResearchClaims } from '../support';
import { COMPLETE_DRAFT } from '../support/claim-state';
import { accessibilityViolations, Desk, screenshot, signIn, startDesk } from './desk-browser';

type Person = { id: string; name: string; apiKey: string };

/**
 * A claim an editor sends back lands in its author's research queue, first, and in nobody else's; the editor can
 * still give it to someone else from a list of people, and the next holder sees whose draft they inherit.
 */
describe('the web desk: the sent-back claim lands in its author’s queue', () => {
  let desk: Desk;
  let ann: Person;
  let bo: Person;
  let edna: Person;

  beforeAll(async () => {
    desk = await startDesk();
    ann = await createUserKey(desk.service, 'factchecker', 'Ann Author');
    bo = await createUserKey(desk.service, 'factchecker', 'Bo Other');
    edna = await createUserKey(desk.service, 'editor', 'Edna Editor');
  });

  afterAll(() => desk?.stop());

  afterEach(() => {
    expect(desk.pageErrors).toEqual([]);
  });

  it('is first in its author’s queue, kept from everyone else’s, and can be given to someone else', async () => {
    const claims = await seedResearchClaims(desk.service, 3);
    const [sentBack, ...others] = claims;
    // It ranks last, so that coming first for its author is the reservation's doing.
    await desk.service.query('UPDATE claims SET queue_rank = queue_rank - 10 WHERE id = $1', [sentBack]);
    await desk.service.http(ann.apiKey).post(`/v1/claims/${sentBack}/lease`).expect(200);
    await desk.service.http(ann.apiKey).put(`/v1/claims/${sentBack}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await desk.service.http(ann.apiKey).post(`/v1/claims/${sentBack}/submit`).expect(200);

    // The editor sends it back from the claim page.
    const editor = await desk.newPage();
    await signIn(editor, edna.apiKey, `/claims/${sentBack}`);
    await editor.getByRole('button', { name: 'Take this one' }).click();
    await editor.getByLabel('Comment for the fact-checker').fill('Name the district’s own series.');
    await editor.getByRole('button', { name: 'Send back with comment' }).click();
    await editor.getByText('Sent back to the fact-checker.').waitFor();
    const reservation = editor.getByTestId('reservation');
    await reservation.waitFor();
    expect(await reservation.textContent()).toMatch(/^Kept for Ann Author until .+; reassigning it to someone else/);

    // Its author finds it above their queue, apart from the ranked claims.
    const author = await desk.newPage();
    await signIn(author, ann.apiKey, '/queue/research');
    const returned = author.getByTestId('returned-claims');
    await returned.locator(`li[data-claim-id="${sentBack}"]`).waitFor();
    expect(await returned.textContent()).toMatch(/Sent back to you: kept for you until /);
    await author.locator('ol.queue > li').first().waitFor();
    expect(await author.locator(`ol.queue > li[data-claim-id="${sentBack}"]`).count()).toBe(0);
    await screenshot(author, 'queue-sent-back-to-you');
    expect(await accessibilityViolations(author)).toEqual([]);

    // Another fact-checker sees whom it is kept for, cannot take it, and their Take next passes over it.
    const other = await desk.newPage();
    await signIn(other, bo.apiKey, '/queue/research');
    const keptRow = other.locator(`ol.queue > li[data-claim-id="${sentBack}"]`);
    await keptRow.waitFor();
    expect(await keptRow.textContent()).toMatch(/Kept for Ann Author until /);
    expect(await keptRow.getByRole('button', { name: /^Take this one/ }).count()).toBe(0);
    await screenshot(other, 'queue-kept-for-someone-else');
    expect(await accessibilityViolations(other)).toEqual([]);
    await other.getByRole('button', { name: 'Take next' }).click();
    await other.waitForURL(/\/claims\//);
    expect(others).toContain(new URL(other.url()).pathname.split('/').pop());
    await other.goto(`/claims/${sentBack}`);
    await other.getByTestId('take-blocked').waitFor();
    expect(await other.getByRole('button', { name: 'Take this one' }).count()).toBe(0);

    // Its author's Take next gives them this claim before the higher-ranked ones, with the editor's comment.
    await author.getByRole('button', { name: 'Take next' }).click();
    await author.waitForURL(`**/claims/${sentBack}`);
    await author.getByTestId('lease-countdown').waitFor();
    expect(await author.getByTestId('reservation').textContent()).toMatch(/^Sent back to you: kept for you until /);
    expect(await author.getByTestId('review-comment').textContent()).toBe('Name the district’s own series.');
    expect(await author.getByTestId('inherited-draft').count()).toBe(0);
    await screenshot(author, 'claim-sent-back-to-you');
    expect(await accessibilityViolations(author)).toEqual([]);
    await author.getByRole('button', { name: 'Give it back' }).click();
    await author.getByRole('button', { name: 'Take this one' }).waitFor();

    // The editor gives it to someone else from the list: the reservation ends, and the history says so.
    await editor.reload();
    const picker = editor.getByLabel('Reassign to');
    await picker.locator(`option[value="${bo.id}"]`).waitFor({ state: 'attached' });
    expect(await picker.locator(`option[value="${bo.id}"]`).textContent()).toBe(
      'Bo Other (fact-checker, holds 1 claim)',
    );
    await picker.selectOption(bo.id);
    await editor.getByRole('button', { name: 'Reassign' }).click();
    await editor.getByText('Claim reassigned to Bo Other.').waitFor();
    await editor.getByTestId('reservation').waitFor({ state: 'detached' });
    await editor.getByText('No longer kept for Ann Author').waitFor();

    // Its new holder sees whose draft they inherit.
    await other.goto(`/claims/${sentBack}`);
    const inherited = other.getByTestId('inherited-draft');
    await inherited.waitFor();
    expect(await inherited.textContent()).toMatch(/^Draft inherited from Ann Author/);
    await screenshot(other, 'claim-draft-inherited');
    expect(await accessibilityViolations(other)).toEqual([]);
    const claim = (await desk.service.http(edna.apiKey).get(`/v1/claims/${sentBack}`).expect(200)).body;
    expect(claim).toMatchObject({ reservation: null, lease: { holderId: bo.id }, draftInheritedFrom: { id: ann.id } });
    for (const page of [editor, author, other]) await page.close();
  });
});
