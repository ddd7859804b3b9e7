import { createHash } from 'node:crypto';
import type { FactCheck, FactCheckPage, FactCheckSummary, FactCheckVersion, SameClaimAppearance } from '@app/workflow';
import { httpUrl, jsonLdScript, Markup, markup } from './markup';

/** Who publishes the pages, and where. */
export interface Site {
  organization: string;
  organizationUrl: string | null;
  /** PUBLIC_BASE_URL: the pages' own addresses in canonical links and feeds. */
  baseUrl: string;
}

export const FACT_CHECKS_PATH = '/fact-checks';

/** Dark text on white and links at AA contrast or better; the rating stands out by weight and a border, not colour alone. */
const STYLE = `
body{margin:0;font:1.05rem/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff}
header,main,footer{max-width:42rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:1px solid #d0d0d0}footer{border-top:1px solid #d0d0d0;font-size:.95rem}
a{color:#0b4fa8}a:focus-visible{outline:3px solid #0b4fa8;outline-offset:2px}
h1{font-size:1.6rem;line-height:1.3}h2{font-size:1.2rem;margin-top:2rem}
.kicker,.meta{color:#4a4a4a;font-size:.95rem}
.rating{display:inline-block;border:2px solid #1a1a1a;border-radius:4px;padding:.1rem .6rem;font-weight:700}
blockquote{margin:0;padding:.5rem 1rem;border-left:4px solid #6b6b6b;background:#f4f4f4}
mark{background:#fff3b0;color:#1a1a1a;text-decoration:underline}
ol.list{padding:0;list-style:none}ol.list>li{border-bottom:1px solid #d0d0d0;padding:.75rem 0}
`.trim();

/**
 * The pages' policy: no script runs (the JSON-LD block is data, which CSP does not execute), the one inline style
 * by its hash, images only from here; nothing may frame them, post forms or change their base.
 */
export const FACT_CHECK_PAGE_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The public page of one fact check. */
export function factCheckPage(site: Site, factCheck: FactCheck): string {
  const pageUrl = `${site.baseUrl}${FACT_CHECKS_PATH}/${factCheck.slug}`;
  const { current, article, context } = factCheck;
  const articleUrl = httpUrl(article.url);
  const said = [factCheck.speaker ?? 'Someone not named', factCheck.speakerTitle].filter(Boolean).join(', ');
  const elsewhere = factCheck.reviewUrl !== pageUrl ? httpUrl(factCheck.reviewUrl) : null;
  const body = markup`
<article aria-labelledby="claim">
  <p class="kicker">Fact check</p>
  <h1 id="claim">${factCheck.claimReviewed}</h1>
  <p>Our rating: <strong class="rating">${current.rating}</strong></p>
  ${current.summary ? markup`<p>${current.summary}</p>` : null}
  <p class="meta">${dates(factCheck)} · by ${organizationLink(site)}</p>
  ${elsewhere ? markup`<p>Also published at <a href="${elsewhere}">${elsewhere}</a>.</p>` : null}
  <section aria-labelledby="said">
    <h2 id="said">What was said</h2>
    <figure>
      <blockquote${articleUrl ? markup` cite="${articleUrl}"` : null}><p>${context.before}<mark>${context.quote}</mark>${context.after}</p></blockquote>
      <figcaption>${said}${articleSource(article, articleUrl)}</figcaption>
    </figure>
    ${factCheck.claimText !== factCheck.claimReviewed ? markup`<p>The claim checked, in its words: “${factCheck.claimText}”</p>` : null}
  </section>
  ${sameClaim(factCheck.sameClaim)}
  <section aria-labelledby="explanation">
    <h2 id="explanation">Why we rated it ${current.rating}</h2>
    ${paragraphs(current.explanation ?? current.summary ?? '')}
  </section>
  <section aria-labelledby="sources">
    <h2 id="sources">Sources</h2>
    ${sourceList(current)}
  </section>
  ${history(factCheck)}
</article>`;
  return layout(site, {
    title: `Fact check: ${factCheck.claimReviewed}`,
    description: `${current.rating}. ${current.summary ?? ''}`.trim(),
    canonical: pageUrl,
    head: jsonLdScript(factCheck.claimReview),
    body,
  });
}

/** The list of published fact checks, newest first, with a link to the next page. */
export function factCheckListPage(site: Site, page: FactCheckPage, nextHref: string | null): string {
  const body = markup`
<h1 id="title">Fact checks</h1>
<p>Claims checked by ${organizationLink(site)}, newest first.</p>
${page.items.length === 0 ? markup`<p>Nothing is published yet.</p>` : null}
<ol class="list" aria-labelledby="title">${page.items.map(listItem)}</ol>
${nextHref ? markup`<nav aria-label="Pages"><a href="${nextHref}" rel="next">Older fact checks</a></nav>` : null}`;
  return layout(site, {
    title: `Fact checks – ${site.organization}`,
    description: `Claims checked by ${site.organization}.`,
    canonical: `${site.baseUrl}${FACT_CHECKS_PATH}`,
    body,
  });
}

/** What a browser gets for an address that names no published fact check. */
export function notFoundPage(site: Site): string {
  return layout(site, {
    title: `Not found – ${site.organization}`,
    description: 'No published fact check has this address.',
    body: markup`
<h1>Not found</h1>
<p>No published fact check has this address.</p>
<p><a href="${FACT_CHECKS_PATH}">See every fact check</a>.</p>`,
  });
}

function layout(
  site: Site,
  page: { title: string; description: string; canonical?: string; head?: Markup; body: Markup },
): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<meta name="description" content="${page.description}">
${page.canonical ? markup`<link rel="canonical" href="${page.canonical}">` : null}
<link rel="alternate" type="application/atom+xml" title="${site.organization} fact checks (Atom)" href="${FACT_CHECKS_PATH}/feed.atom">
<link rel="alternate" type="application/feed+json" title="${site.organization} fact checks (JSON Feed)" href="${FACT_CHECKS_PATH}/feed.json">
<style>${new Markup(STYLE)}</style>
${page.head ?? null}
</head>
<body>
<header><a href="${FACT_CHECKS_PATH}">${site.organization} · Fact checks</a></header>
<main>${page.body}</main>
<footer><p>Published by ${organizationLink(site)}. Follow new fact checks: <a href="${FACT_CHECKS_PATH}/feed.atom">Atom feed</a> · <a href="${FACT_CHECKS_PATH}/feed.json">JSON Feed</a>.</p></footer>
</body>
</html>
`.text;
}

function listItem(item: FactCheckSummary): Markup {
  return markup`<li>
  <h2><a href="${FACT_CHECKS_PATH}/${item.slug}">${item.claimReviewed}</a></h2>
  <p><strong class="rating">${item.current.rating}</strong>${item.speaker ? markup` · said by ${item.speaker}` : null}</p>
  ${item.current.summary ? markup`<p>${item.current.summary}</p>` : null}
  <p class="meta">${dates(item)}</p>
</li>`;
}

function organizationLink(site: Site): Markup {
  const url = httpUrl(site.organizationUrl);
  return url ? markup`<a href="${url}">${site.organization}</a>` : markup`${site.organization}`;
}

function time(date: Date): Markup {
  return markup`<time datetime="${date.toISOString()}">${date.toISOString().slice(0, 10)}</time>`;
}

function dates(item: FactCheckSummary): Markup {
  return markup`Published ${time(item.publishedAt)}${item.modifiedAt ? markup`, corrected ${time(item.modifiedAt)}` : null}`;
}

function articleSource(article: FactCheck['article'], url: string | null): Markup {
  const name = article.title ?? article.publisher ?? url;
  if (!name) return markup``;
  const title = url ? markup`<a href="${url}">${name}</a>` : markup`${name}`;
  const publisher = article.title && article.publisher ? markup`, ${article.publisher}` : null;
  return markup`, in ${title}${publisher}${article.publishedAt ? markup`, ${time(article.publishedAt)}` : null}`;
}

function paragraphs(text: string): Markup[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => markup`<p>${paragraph}</p>`);
}

function sourceList(version: FactCheckVersion): Markup {
  if (version.sources.length === 0) return markup`<p>None listed.</p>`;
  return markup`<ul>${version.sources.map((source) => {
    const url = httpUrl(source.url);
    const name = source.title || source.url;
    return markup`<li>${url ? markup`<a href="${url}">${name}</a>` : name}</li>`;
  })}</ul>`;
}

/** The other appearances of the claim given the same verdict: the original links its repeats, each repeat the rest. */
function sameClaim(appearances: SameClaimAppearance[]): Markup | null {
  if (appearances.length === 0) return null;
  return markup`
  <section aria-labelledby="same-claim">
    <h2 id="same-claim">The same claim elsewhere</h2>
    <p>This claim was also made in ${appearances.length === 1 ? 'another article' : 'other articles'}, checked with the same verdict:</p>
    <ul>${appearances.map((appearance) => {
      const { title, publisher, publishedAt } = appearance.article;
      const name = title ?? publisher ?? 'Another article';
      return markup`<li><a href="${FACT_CHECKS_PATH}/${appearance.slug}">${name}</a>${title && publisher ? markup`, ${publisher}` : null}${publishedAt ? markup`, ${time(publishedAt)}` : null}${appearance.original ? markup` (the first fact check of this claim)` : null}</li>`;
    })}</ul>
  </section>`;
}

function history(factCheck: FactCheck): Markup | null {
  if (factCheck.earlier.length === 0) return null;
  const versions = [factCheck.current, ...factCheck.earlier];
  return markup`
  <section aria-labelledby="corrections">
    <h2 id="corrections">Corrections</h2>
    <p>This fact check was corrected. The versions readers saw before, newest first:</p>
    <ol reversed>${factCheck.earlier.map((version) => {
      const replacedBy = versions.find((other) => other.version === version.version + 1);
      return markup`<li>
      <p>Version ${version.version}, published ${time(version.publishedAt)}: rated <strong>${version.rating}</strong>.${version.summary ? markup` ${version.summary}` : null}</p>
      ${replacedBy?.correctionNote ? markup`<p>Corrected in version ${replacedBy.version}: ${replacedBy.correctionNote}</p>` : null}
    </li>`;
    })}</ol>
  </section>`;
}
