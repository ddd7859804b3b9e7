import { ExportClaimReviewsCommand } from '../export-claim-reviews/export-claim-reviews.command';

/** A page of every published version, in publication order, as CSV rows: the same pages as the feed's. */
export class ExportClaimReviewsCsvCommand extends ExportClaimReviewsCommand {}
