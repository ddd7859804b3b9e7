import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { FactCheckPage, FactCheckSummary } from '@app/workflow';
import { FACT_CHECKS_PATH, Site } from './fact-check-pages';
import { markup } from './markup';

@ApiSchema({ name: 'JsonFeedAuthor' })
export class JsonFeedAuthorDto {
  @ApiProperty()
  name: string;

  @ApiPropertyOptional()
  url?: string;
}

@ApiSchema({ name: 'JsonFeedItem', description: 'One published fact check, its version in force.' })
export class JsonFeedItemDto {
  @ApiProperty({ description: 'The fact check’s public page, which never changes.' })
  id: string;

  @ApiProperty()
  url: string;

  @ApiPropertyOptional({ description: 'The newsroom’s own page, when the ClaimReview points there.' })
  external_url?: string;

  @ApiProperty({ description: 'The claim reviewed.' })
  title: string;

  @ApiProperty({ description: 'The rating, the summary and who said it.' })
  content_text: string;

  @ApiPropertyOptional()
  summary?: string;

  @ApiProperty({ format: 'date-time', description: 'When its first version was published.' })
  date_published: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When a correction last changed it.' })
  date_modified?: string;

  @ApiProperty({ type: [String], description: 'The rating, as a tag.' })
  tags: string[];
}

@ApiSchema({ name: 'JsonFeed', description: 'JSON Feed 1.1 (https://jsonfeed.org/version/1.1).' })
export class JsonFeedDto {
  @ApiProperty({ enum: ['https://jsonfeed.org/version/1.1'] })
  version: 'https://jsonfeed.org/version/1.1';

  @ApiProperty()
  title: string;

  @ApiProperty()
  home_page_url: string;

  @ApiProperty()
  feed_url: string;

  @ApiProperty()
  description: string;

  @ApiProperty()
  language: string;

  @ApiProperty({ type: () => [JsonFeedAuthorDto], description: 'The organisation (ORGANIZATION_NAME).' })
  authors: JsonFeedAuthorDto[];

  @ApiPropertyOptional({ description: 'The next (older) page, while there is one.' })
  next_url?: string;

  @ApiProperty({ type: () => [JsonFeedItemDto], description: 'Newest first.' })
  items: JsonFeedItemDto[];
}

const pageUrl = (site: Site, item: FactCheckSummary) => `${site.baseUrl}${FACT_CHECKS_PATH}/${item.slug}`;

function contentText(item: FactCheckSummary): string {
  return [`Rating: ${item.current.rating}.`, item.speaker ? `Said by ${item.speaker}.` : null, item.current.summary]
    .filter(Boolean)
    .join(' ');
}

function author(site: Site): JsonFeedAuthorDto {
  return { name: site.organization, ...(site.organizationUrl ? { url: site.organizationUrl } : {}) };
}

/** The JSON Feed of published fact checks; `nextUrl` is the feed's next page (older ones). */
export function jsonFeed(site: Site, page: FactCheckPage, nextUrl: string | null): JsonFeedDto {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${site.organization} fact checks`,
    home_page_url: `${site.baseUrl}${FACT_CHECKS_PATH}`,
    feed_url: `${site.baseUrl}${FACT_CHECKS_PATH}/feed.json`,
    description: `Claims checked by ${site.organization}, newest first.`,
    language: 'en',
    authors: [author(site)],
    ...(nextUrl ? { next_url: nextUrl } : {}),
    items: page.items.map((item) => ({
      id: pageUrl(site, item),
      url: pageUrl(site, item),
      ...(item.reviewUrl !== pageUrl(site, item) ? { external_url: item.reviewUrl } : {}),
      title: item.claimReviewed,
      content_text: contentText(item),
      ...(item.current.summary ? { summary: item.current.summary } : {}),
      date_published: item.publishedAt.toISOString(),
      ...(item.modifiedAt ? { date_modified: item.modifiedAt.toISOString() } : {}),
      tags: [item.current.rating],
    })),
  };
}

/** The Atom feed (RFC 4287) of published fact checks; `nextUrl` is its next page (RFC 5005 `rel="next"`). */
export function atomFeed(site: Site, page: FactCheckPage, nextUrl: string | null): string {
  const updatedOf = (item: FactCheckSummary) => item.modifiedAt ?? item.publishedAt;
  const updated = page.items.reduce<Date>(
    (latest, item) => (updatedOf(item) > latest ? updatedOf(item) : latest),
    new Date(0),
  );
  const home = `${site.baseUrl}${FACT_CHECKS_PATH}`;
  return markup`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>${home}</id>
<title>${site.organization} fact checks</title>
<subtitle>Claims checked by ${site.organization}, newest first.</subtitle>
<updated>${updated.toISOString()}</updated>
<link rel="self" type="application/atom+xml" href="${home}/feed.atom"/>
<link rel="alternate" type="text/html" href="${home}"/>
${nextUrl ? markup`<link rel="next" type="application/atom+xml" href="${nextUrl}"/>` : null}
<author><name>${site.organization}</name>${site.organizationUrl ? markup`<uri>${site.organizationUrl}</uri>` : null}</author>
${page.items.map(
  (item) => markup`<entry>
<id>${pageUrl(site, item)}</id>
<title>${item.claimReviewed}</title>
<link rel="alternate" type="text/html" href="${pageUrl(site, item)}"/>
${item.reviewUrl !== pageUrl(site, item) ? markup`<link rel="related" type="text/html" href="${item.reviewUrl}"/>` : null}
<published>${item.publishedAt.toISOString()}</published>
<updated>${updatedOf(item).toISOString()}</updated>
<category term="${item.current.rating}"/>
<summary>${contentText(item)}</summary>
</entry>
`,
)}</feed>
`.text;
}
