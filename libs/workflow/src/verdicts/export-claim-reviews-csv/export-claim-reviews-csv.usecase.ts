import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { publishedPage } from '../published-page';
import { PublishedVersionRow, VerdictsRepository } from '../verdicts.repository';
import { ExportClaimReviewsCsvCommand } from './export-claim-reviews-csv.command';

/** A page of the CSV export: RFC 4180 text with a header row, and the cursor of the next page (null on the last). */
export interface ClaimReviewsCsv {
  text: string;
  nextCursor: string | null;
}

const COLUMNS: [string, (version: PublishedVersionRow) => string | number | null][] = [
  ['claim_id', (version) => version.claimId],
  ['version', (version) => version.version],
  ['published_at', (version) => version.publishedAt.toISOString()],
  ['superseded_at', (version) => version.supersededAt?.toISOString() ?? ''],
  ['speaker', (version) => version.speakerName],
  ['claim', (version) => version.standalone || version.claimText],
  ['rating', (version) => version.rating],
  ['rating_value', (version) => version.ratingValue],
  ['summary', (version) => version.summary],
  ['sources', (version) => version.sources.map((source) => source.url).join(' ')],
  ['correction_note', (version) => version.correctionNote],
  ['article_url', (version) => version.articleUrl],
  ['article_title', (version) => version.articleTitle],
  ['publisher', (version) => version.publisher],
  ['review_url', (version) => version.claimReview.url],
];

/** Published verdicts for spreadsheets: every version in publication order, a row each, paged as the feed is. */
@Injectable()
export class ExportClaimReviewsCsvUseCase {
  constructor(
    private readonly database: Database,
    private readonly verdicts: VerdictsRepository,
  ) {}

  async execute(command: ExportClaimReviewsCsvCommand): Promise<ClaimReviewsCsv> {
    const { versions, nextCursor } = await publishedPage(this.database, this.verdicts, command);
    const lines = [
      COLUMNS.map(([name]) => name).join(','),
      ...versions.map((version) => COLUMNS.map(([, value]) => csvField(value(version))).join(',')),
    ];
    return { text: lines.join('\r\n') + '\r\n', nextCursor };
  }
}

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
