import { randomBytes } from 'node:crypto';
import { DomUtils, parseDocument } from 'htmlparser2';
import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';
import { COMPLETE_DRAFT } from './support/claim-state';

/** An element as htmlparser2 parses it. */
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const BASE = 'https://checks.example';
const HOSTILE = '</script><script>alert(1)</script> <!-- x --> <img src=x onerror=alert(2)>';
const REVIEW_COMMENT = `internal review comment ${randomBytes(4).toString('hex')}`;
const DRAFT_TEXT = `unpublished draft summary ${randomBytes(4).toString('hex')}`;

/**
 * The public fact-check pages and feeds: published verdicts readable by anyone at a stable address, with their
 * ClaimReview; nothing unpublished and nobody of the desk on them.
 */
describe('public fact checks', () => {
  let service: TestService;
  let checker: { id: string; name: string; apiKey: string };
  let editor: { id: string; name: string; apiKey: string };
  /** The article's claims by a word of their quote. */
  const claims = {} as Record<'hostile' | 'rents' | 'crime' | 'draft' | 'dismissed', string>;

  const anonymous = () => service.http(null);

  async function publish(claimId: string, draft: object, approve?: object): Promise<void> {
    await service.http(checker.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(checker.apiKey).put(`/v1/claims/${claimId}/verdict`).send(draft).expect(200);
    await service.http(checker.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const approving = service.http(editor.apiKey).post(`/v1/claims/${claimId}/approve`);
    await (approve ? approving.send(approve) : approving).expect(200);
    await waitFor(
      async () => (await service.http(editor.apiKey).get(`/v1/claims/${claimId}/claimreview`)).status === 200,
      { what: 'the ClaimReview' },
    );
  }

  const slugOf = async (claimId: string) =>
    (await service.query<{ slug: string }>('SELECT public_slug AS slug FROM claims WHERE id = $1', [claimId]))[0].slug;

  function jsonLdOf(html: string): unknown[] {
    const document = parseDocument(html);
    return DomUtils.getElementsByTagName('script', document).map((script) => {
      expect(script.attribs.type).toBe('application/ld+json');
      return JSON.parse(DomUtils.textContent(script));
    });
  }

  beforeAll(async () => {
    service = await startTestService({
      env: { PUBLIC_BASE_URL: BASE, ORGANIZATION_NAME: 'Example Fact Check', ORGANIZATION_URL: 'https://org.example' },
    });
    checker = await createUserKey(service, 'factchecker', 'Fiona Private-Checker');
    editor = await createUserKey(service, 'editor', 'Edgar Private-Editor');
    const tag = randomBytes(4).toString('hex');
    const article = await service
      .http(checker.apiKey)
      .post('/v1/articles')
      .send({
        title: `Council <b>meets</b> ${tag}`,
        publisher: 'Example News',
        url: `https://news.example/${tag}`,
        body:
          'Senator Jane Doe spoke on Monday about the city.\n\n' +
          `“Unemployment in district 7 fell to 3.1 percent in 2025 ${HOSTILE}, the lowest rate since 1990,” Senator Jane Doe said on Tuesday.\n\n` +
          '“Rents rose 12 percent in the city last year, the fastest rise in a decade,” Senator Jane Doe said.\n\n' +
          '“Violent crime fell 20 percent in the city since 2023, more than in any other state,” Senator Jane Doe added.\n\n' +
          '“The new bridge cost 40 million dollars more than the city budgeted in 2024,” Senator Jane Doe said.\n\n' +
          '“Bus ridership doubled in the city between 2020 and 2025, the transit agency reported,” Senator Jane Doe said.',
      })
      .expect(202);
    const rows = await waitFor(
      async () => {
        const found = await service.query<{ id: string; text: string; stage: string; triaged_at: Date | null }>(
          'SELECT id, text, stage, triaged_at FROM claims WHERE article_id = $1',
          [article.body.id],
        );
        return found.length >= 5 && found.every((row) => row.triaged_at) && found;
      },
      { what: 'the claims to be triaged' },
    );
    for (const row of rows.filter((claim) => claim.stage === 'triage')) {
      await service.http(checker.apiKey).post(`/v1/claims/${row.id}/promote`).expect(200);
    }
    const find = (word: string) => rows.find((row) => row.text.includes(word))!.id;
    claims.hostile = find('Unemployment');
    claims.rents = find('Rents');
    claims.crime = find('crime');
    claims.draft = find('bridge');
    claims.dismissed = find('ridership');

    await service.http(checker.apiKey).post(`/v1/claims/${claims.hostile}/lease`).expect(200);
    await service
      .http(checker.apiKey)
      .put(`/v1/claims/${claims.hostile}/verdict`)
      .send({
        rating: 'False',
        summary: `The rate was 4.2 percent. ${HOSTILE}`,
        explanation: `Labour statistics show 4.2 percent.\n\nThe senator’s office did not answer. ${HOSTILE}`,
        sources: [{ url: 'https://stats.example/unemployment?a=1&b=2', title: `Labour <b>statistics</b>` }],
      })
      .expect(200);
    await service.http(checker.apiKey).post(`/v1/claims/${claims.hostile}/submit`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${claims.hostile}/lease`).expect(200);
    await service
      .http(editor.apiKey)
      .post(`/v1/claims/${claims.hostile}/reject`)
      .send({ comment: REVIEW_COMMENT })
      .expect(200);
    await service.http(checker.apiKey).post(`/v1/claims/${claims.hostile}/lease`).expect(200);
    await service.http(checker.apiKey).post(`/v1/claims/${claims.hostile}/submit`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${claims.hostile}/lease`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${claims.hostile}/approve`).expect(200);
    await waitFor(
      async () => (await service.http(editor.apiKey).get(`/v1/claims/${claims.hostile}/claimreview`)).status === 200,
      { what: 'the ClaimReview' },
    );
    await publish(claims.rents, { ...COMPLETE_DRAFT, rating: 'Mostly True', summary: 'Rents rose 11.8 percent.' });
    await publish(
      claims.crime,
      { ...COMPLETE_DRAFT, rating: 'Half True', summary: 'Crime fell 18 percent.' },
      { url: 'https://news.example/our-fact-check/crime' },
    );
    await service.http(checker.apiKey).post(`/v1/claims/${claims.draft}/lease`).expect(200);
    await service
      .http(checker.apiKey)
      .put(`/v1/claims/${claims.draft}/verdict`)
      .send({ rating: 'False', summary: DRAFT_TEXT })
      .expect(200);
    await service
      .http(checker.apiKey)
      .post(`/v1/claims/${claims.dismissed}/dismiss`)
      .send({ reason: 'An opinion.' })
      .expect(200);
  }, 120_000);

  afterAll(() => service?.stop());

  it('shows a published claim to anyone: the claim, speaker, rating, quote in context, sources, ClaimReview', async () => {
    const slug = await slugOf(claims.hostile);
    expect(slug).toMatch(/^unemployment-in-district-7-[a-z0-9-]*[0-9a-f]{8}$/);
    const page = await anonymous().get(`/fact-checks/${slug}`).expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const policy = page.headers['content-security-policy'];
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'self'/);
    expect(policy).not.toMatch(/script-src|unsafe/);
    expect(page.headers['x-frame-options']).toBe('DENY');

    const document = parseDocument(page.text);
    const text = DomUtils.textContent(document);
    const html = DomUtils.findOne((node) => node.name === 'html', document.children) as Element;
    expect(html.attribs.lang).toBe('en');
    for (const landmark of ['header', 'main', 'footer']) {
      expect(DomUtils.getElementsByTagName(landmark, document)).toHaveLength(1);
    }
    const [h1] = DomUtils.getElementsByTagName('h1', document);
    expect(DomUtils.textContent(h1)).toContain(`Unemployment in district 7 fell to 3.1 percent in 2025 ${HOSTILE}`);
    expect(text).toContain('Jane Doe');
    expect(text).toContain('False');
    expect(text).toContain('Senator Jane Doe spoke on Monday about the city.');
    expect(text).toContain('Labour <b>statistics</b>');
    const links = DomUtils.getElementsByTagName('a', document).map((link) => link.attribs.href);
    expect(links).toContain('https://stats.example/unemployment?a=1&b=2');
    expect(DomUtils.textContent(DomUtils.getElementsByTagName('mark', document)[0])).toContain('Unemployment');

    // Hostile text is text: one script element (the JSON-LD), no image, no event handler.
    expect(DomUtils.getElementsByTagName('script', document)).toHaveLength(1);
    expect(DomUtils.getElementsByTagName('img', document)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName('b', document)).toHaveLength(0);
    expect(
      DomUtils.findAll((node) => Object.keys(node.attribs).some((name) => name.startsWith('on')), document.children),
    ).toEqual([]);

    const claimReview = await service.http(editor.apiKey).get(`/v1/claims/${claims.hostile}/claimreview`).expect(200);
    expect(jsonLdOf(page.text)).toEqual([claimReview.body]);
    expect(claimReview.body.url).toBe(`${BASE}/fact-checks/${slug}`);
    expect(claimReview.body.claimReviewed).toContain(HOSTILE);
  });

  it('points the ClaimReview at the newsroom’s own page when the editor gave one, and still has the page here', async () => {
    const claimReview = await service.http(editor.apiKey).get(`/v1/claims/${claims.crime}/claimreview`).expect(200);
    expect(claimReview.body.url).toBe('https://news.example/our-fact-check/crime');
    const page = await anonymous()
      .get(`/fact-checks/${await slugOf(claims.crime)}`)
      .expect(200);
    expect(jsonLdOf(page.text)).toEqual([claimReview.body]);
    expect(page.text).toContain('Also published at <a href="https://news.example/our-fact-check/crime">');
  });

  it('refuses a newsroom page that is not an http(s) URL, and changes nothing', async () => {
    const refused = await service
      .http(editor.apiKey)
      .post(`/v1/claims/${claims.draft}/approve`)
      .send({ url: 'javascript:alert(1)' })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'url' })]);
  });

  it('answers 404 for an unpublished, a dismissed and an unknown claim: HTML to browsers, a problem otherwise', async () => {
    const candidates = [
      ...(
        await service.query<{ text: string; id: string }>('SELECT id, text FROM claims WHERE id = ANY($1)', [
          [claims.draft, claims.dismissed],
        ])
      ).map(
        (row) =>
          `${row.text
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}-${row.id.slice(0, 8)}`,
      ),
      'no-such-fact-check-12345678',
      claims.draft,
    ];
    for (const slug of candidates) {
      const problem = await anonymous().get(`/fact-checks/${slug}`).expect(404);
      expect(problem.headers['content-type']).toContain('application/problem+json');
      expect(problem.body.type).toBe('/problems/not-found');
      const page = await anonymous().get(`/fact-checks/${slug}`).set('Accept', 'text/html').expect(404);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.text).toContain('<h1>Not found</h1>');
    }
    const slugs = await service.query('SELECT id FROM claims WHERE public_slug IS NOT NULL');
    expect(slugs.map((row) => row.id).sort()).toEqual([claims.hostile, claims.rents, claims.crime].sort());
  });

  it('lists published fact checks newest first, a page at a time', async () => {
    const seen: string[] = [];
    let next: string | null = '/fact-checks?limit=1';
    while (next) {
      const page = await anonymous().get(next).expect(200);
      expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'/);
      const document = parseDocument(page.text);
      const items = DomUtils.findAll((node) => node.name === 'li', document.children);
      expect(items).toHaveLength(1);
      seen.push(DomUtils.getElementsByTagName('a', items[0])[0].attribs.href);
      const link = DomUtils.findOne((node) => node.name === 'a' && node.attribs.rel === 'next', document.children);
      next = link ? link.attribs.href : null;
    }
    const expected = [claims.crime, claims.rents, claims.hostile];
    expect(seen).toEqual(await Promise.all(expected.map(async (id) => `/fact-checks/${await slugOf(id)}`)));
    await anonymous().get('/fact-checks?cursor=not-a-cursor').expect(400);
  });

  it('publishes an Atom feed and a JSON Feed of them', async () => {
    const atom = await anonymous().get('/fact-checks/feed.atom').expect(200);
    expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = parseDocument(atom.text, { xmlMode: true });
    const feed = DomUtils.findOne((node) => node.name === 'feed', xml.children) as Element;
    expect(feed.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = DomUtils.getElementsByTagName('entry', feed);
    expect(entries).toHaveLength(3);
    const titles = entries.map((entry) => DomUtils.textContent(DomUtils.getElementsByTagName('title', entry)[0]));
    expect(titles[2]).toContain(HOSTILE);
    const ids = entries.map((entry) => DomUtils.textContent(DomUtils.getElementsByTagName('id', entry)[0]));
    expect(ids[0]).toBe(`${BASE}/fact-checks/${await slugOf(claims.crime)}`);

    const json = await anonymous().get('/fact-checks/feed.json').expect(200);
    expect(json.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    expect(json.text).not.toMatch(/[<>]/);
    expect(json.body).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      authors: [{ name: 'Example Fact Check', url: 'https://org.example' }],
    });
    expect(json.body.items.map((item: { id: string }) => item.id)).toEqual(ids);
    expect(json.body.items[0].external_url).toBe('https://news.example/our-fact-check/crime');
    const paged = await anonymous().get('/fact-checks/feed.json?limit=2').expect(200);
    expect(paged.body.items).toHaveLength(2);
    const rest = await anonymous().get(paged.body.next_url.slice(BASE.length)).expect(200);
    expect(rest.body.items.map((item: { id: string }) => item.id)).toEqual([ids[2]]);
  });

  it('shows nothing private on any public page or feed', async () => {
    const pages = [
      `/fact-checks/${await slugOf(claims.hostile)}`,
      `/fact-checks/${await slugOf(claims.rents)}`,
      `/fact-checks/${await slugOf(claims.crime)}`,
      '/fact-checks',
      '/fact-checks/feed.atom',
      '/fact-checks/feed.json',
    ];
    for (const path of pages) {
      const text = (await anonymous().get(path).expect(200)).text;
      for (const secret of [
        checker.name,
        editor.name,
        'Private',
        checker.id,
        editor.id,
        checker.apiKey,
        editor.apiKey,
        service.adminKey,
        REVIEW_COMMENT,
        DRAFT_TEXT,
        'An opinion.',
      ]) {
        expect({ path, secret, found: text.includes(secret) }).toEqual({ path, secret, found: false });
      }
      // No e-mail address either (the desk keeps none today; a byline would have to be made public on purpose).
      expect({ path, emails: text.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) }).toEqual({ path, emails: null });
    }
  });

  it('keeps the slug through a correction and shows the correction history', async () => {
    const slug = await slugOf(claims.rents);
    await service
      .http(editor.apiKey)
      .post(`/v1/claims/${claims.rents}/correct`)
      .send({ rating: 'Half True', summary: 'Rents rose 9 percent.', note: 'The city revised its figures.' })
      .expect(202);
    const corrected = await waitFor(
      async () => {
        const response = await service.http(editor.apiKey).get(`/v1/claims/${claims.rents}/claimreview`);
        return response.body.version === 2 && response;
      },
      { what: 'the correction to be published' },
    );
    expect(await slugOf(claims.rents)).toBe(slug);
    expect(corrected.body.url).toBe(`${BASE}/fact-checks/${slug}`);
    const page = await anonymous().get(`/fact-checks/${slug}`).expect(200);
    expect(jsonLdOf(page.text)).toEqual([corrected.body]);
    const document = parseDocument(page.text);
    const corrections = DomUtils.findOne((node) => node.attribs.id === 'corrections', document.children)!;
    const history = DomUtils.textContent(corrections.parent!);
    expect(history).toContain('Version 1');
    expect(history).toContain('Mostly True');
    expect(history).toContain('Rents rose 11.8 percent.');
    expect(history).toContain('The city revised its figures.');
    expect(DomUtils.textContent(DomUtils.getElementsByTagName('h1', document)[0])).toContain('Rents rose');
    expect(page.text).toContain('Rents rose 9 percent.');
    const atom = await anonymous().get('/fact-checks/feed.atom').expect(200);
    expect(atom.text).toContain('Half True');
  });
});
