import { randomBytes } from 'node:crypto';
import { waitFor } from '@app/testing';
import { createUserKey, TestService } from '../support';
import {
  accessibilityViolations,
  Desk,
  launchReaderBrowser,
  screenshot,
  signIn,
  startDesk,
  watchPageErrors,
} from './desk-browser';

const QUOTE =
  '“Violent crime fell 20 percent in the city since 2023, more than in any other state,” Senator Jane Doe said.';
const VERDICT = {
  rating: 'Half True',
  summary: 'Violent crime fell 18 percent, and two states saw larger falls.',
  explanation: 'Police figures show an 18 percent fall.',
  sources: [{ url: 'https://police.example/crime-2025', title: 'Police statistics' }],
};

/** Posts an article and waits until its one claim is triaged and in research; its id. */
async function claimOf(service: TestService, key: string, name: string, body: string): Promise<string> {
  const tag = randomBytes(4).toString('hex');
  const article = await service
    .http(key)
    .post('/v1/articles')
    .send({ title: `${name} ${tag}`, url: `https://${name.toLowerCase().replace(/ /g, '-')}.example/${tag}`, body })
    .expect(202);
  const [claim] = await waitFor(
    async () => {
      const rows = await service.query<{ id: string; stage: string; triaged_at: Date | null }>(
        'SELECT id, stage, triaged_at FROM claims WHERE article_id = $1',
        [article.body.id],
      );
      return rows.length > 0 && rows.every((row) => row.triaged_at) && rows;
    },
    { what: `the claim of ${name}` },
  );
  if (claim.stage === 'triage') await service.http(key).post(`/v1/claims/${claim.id}/promote`).expect(200);
  return claim.id;
}

/** A fact-checker gives a repeated claim the verdict published on the claim it repeats, from the claim page. */
describe('the web desk: the same verdict for a repeated claim', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
  });

  afterAll(() => desk?.stop());

  it('fills the draft from the published verdict, links the original and publishes a second appearance', async () => {
    const { service } = desk;
    const olivia = await createUserKey(service, 'factchecker', 'Olivia Original');
    const fiona = await createUserKey(service, 'factchecker', 'Fiona Repeat');
    const edna = await createUserKey(service, 'editor', 'Edna Editor');
    const original = await claimOf(service, olivia.apiKey, 'Monday Report', `The senator spoke on Monday.\n\n${QUOTE}`);
    await service.http(olivia.apiKey).post(`/v1/claims/${original}/lease`).expect(200);
    await service.http(olivia.apiKey).put(`/v1/claims/${original}/verdict`).send(VERDICT).expect(200);
    await service.http(olivia.apiKey).post(`/v1/claims/${original}/submit`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${original}/lease`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${original}/approve`).expect(200);
    await waitFor(
      async () => (await service.http(edna.apiKey).get(`/v1/claims/${original}/claimreview`)).status === 200,
      { what: 'the original to be published' },
    );
    const repeat = await claimOf(service, fiona.apiKey, 'Friday Daily', `The senator said it again.\n\n${QUOTE}`);

    const page = await desk.newPage();
    await signIn(page, fiona.apiKey, `/claims/${repeat}`);
    await page.getByRole('button', { name: 'Take this one' }).click();
    await page.getByRole('form', { name: 'Verdict' }).waitFor();
    const matches = page.getByRole('region', { name: 'Similar earlier claims' });
    const sameVerdict = matches.getByRole('button', { name: 'Same verdict' });
    await sameVerdict.waitFor();
    await screenshot(page, 'claim-same-verdict-offer');
    expect(await accessibilityViolations(page)).toEqual([]);

    // From the keyboard: the button takes the focus and Enter fills the draft.
    await sameVerdict.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Draft filled with the published verdict.').waitFor();
    expect(await page.getByLabel('Half True').isChecked()).toBe(true);
    expect(await page.getByLabel('Summary').inputValue()).toBe(VERDICT.summary);
    expect(await page.getByLabel('Explanation').inputValue()).toBe(VERDICT.explanation);
    expect(await page.getByLabel('Address 1').inputValue()).toBe(VERDICT.sources[0].url);
    const note = page.getByTestId('same-verdict');
    expect(await note.getByRole('link').getAttribute('href')).toBe(`/claims/${original}`);
    await screenshot(page, 'claim-same-verdict-draft');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review. Thank you!').waitFor();
    const submitted = (await service.http(fiona.apiKey).get(`/v1/claims/${repeat}`).expect(200)).body.verdict;
    expect(submitted).toMatchObject({
      status: 'submitted',
      rating: 'Half True',
      reusedFrom: { claimId: original },
      authors: [{ name: 'Fiona Repeat' }],
    });

    await service.http(edna.apiKey).post(`/v1/claims/${repeat}/lease`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${repeat}/approve`).expect(200);
    await waitFor(
      async () => (await service.http(edna.apiKey).get(`/v1/claims/${repeat}/claimreview`)).status === 200,
      { what: 'the repeat to be published' },
    );

    // Published, the repeat's page still names the original and opens it.
    await page.reload();
    await page.getByRole('heading', { name: 'Published verdict' }).waitFor();
    await page.getByTestId('same-verdict').getByRole('link').click();
    await page.waitForURL(`**/claims/${original}`);
    await page.getByText('Repeat published with this verdict').waitFor();
    await screenshot(page, 'claim-original-with-repeat');
    await page.close();

    // A reader goes from the original's public page to the repeat's and back; both ClaimReviews list both articles.
    const [originalSlug, repeatSlug] = await Promise.all(
      [original, repeat].map(
        async (claimId) =>
          (await service.query<{ slug: string }>('SELECT public_slug AS slug FROM claims WHERE id = $1', [claimId]))[0]
            .slug,
      ),
    );
    const reader = await launchReaderBrowser();
    try {
      const readerPage = await reader.newPage({ baseURL: desk.baseUrl });
      watchPageErrors(readerPage, desk.pageErrors);
      await readerPage.goto(`/fact-checks/${originalSlug}`);
      const elsewhere = readerPage.getByRole('region', { name: 'The same claim elsewhere' });
      await elsewhere.getByRole('link', { name: /Friday Daily/ }).click();
      await readerPage.waitForURL(`**/fact-checks/${repeatSlug}`);
      await readerPage.getByText('(the first fact check of this claim)').waitFor();
      const jsonLd = JSON.parse((await readerPage.locator('script[type="application/ld+json"]').textContent())!);
      expect(jsonLd.itemReviewed.appearance.map((appearance: { headline: string }) => appearance.headline)).toEqual([
        expect.stringMatching(/^Monday Report/),
        expect.stringMatching(/^Friday Daily/),
      ]);
      await screenshot(readerPage, 'fact-check-same-claim');
      expect(await accessibilityViolations(readerPage)).toEqual([]);
      await elsewhere.getByRole('link', { name: /Monday Report/ }).click();
      await readerPage.waitForURL(`**/fact-checks/${originalSlug}`);
    } finally {
      await reader.close();
    }
    expect(desk.pageErrors).toEqual([]);
  }, 120_000);
});
