import { Injectable } from '@nestjs/common';
import { ClaimOrigin, ClaimStage, CorrectionKind, Database, Queryable } from '@app/database';
import { ArticlesRepository, QuoteRow } from '../../articles/articles.repository';
import { WorkflowError } from '../../common/workflow-error';
import { CorrectionsRepository } from '../../corrections/corrections.repository';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { LeasesRepository } from '../../leases/leases.repository';
import { ClaimListQuery } from '../claim-list.query';
import { ClaimMaker } from '../claim-maker';
import { requireRewritable } from '../claim-rewrite-rules';
import { MAX_STANDALONE_LENGTH, refuseOversized, trimmedSpan } from '../claim-span';
import { ClaimRow, ClaimsRepository } from '../claims.repository';
import { ClaimRewriteDto } from '../dto/claim-rewrite.dto';
import { MergeClaimsCommand } from './merge-claims.command';

/**
 * Merges two claims of an article into one covering both (from the first one's start to the second one's end): they
 * must be in the same quote, or of the same speaker with no other claim and no one else's quote between them (a
 * quote interrupted by its attribution, a statement continued). The merged claim (`origin: merge`) belongs to the first one's quote and
 * speaker, reads as both their standalone forms in turn, and is scored and triaged as every made claim, so into
 * research; the two are dismissed with reason `merged`, kept, naming it. Their leases end. A `claim-merged`
 * correction records the two and the claim covering both. One transaction.
 */
@Injectable()
export class MergeClaimsUseCase {
  constructor(
    private readonly database: Database,
    private readonly articles: ArticlesRepository,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly maker: ClaimMaker,
    private readonly claimList: ClaimListQuery,
    private readonly corrections: CorrectionsRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, otherClaimId }: MergeClaimsCommand): Promise<ClaimRewriteDto> {
    const articleId = await this.claims.articleOf(this.database, claimId);
    if (!articleId) throw WorkflowError.notFound('claim', claimId);
    const merged = await this.database.transaction(async (tx) => {
      const article = await this.articles.lockForClaims(tx, articleId);
      if (!article) throw WorkflowError.notFound('claim', claimId);
      // Locked in the order of their ids, so two merges of the same pair at once cannot deadlock.
      const locked = new Map<string, ClaimRow>();
      for (const id of [claimId, otherClaimId].sort()) {
        const claim = await this.claims.lock(tx, id);
        if (claim) locked.set(id, claim);
      }
      const claim = locked.get(claimId);
      const other = locked.get(otherClaimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (!other) throw WorkflowError.notFound('claim', otherClaimId);
      if (other.articleId !== claim.articleId) {
        throw otherClaimInvalid('must be a claim of the same article');
      }
      requireRewritable(claim, actor);
      requireRewritable(other, actor);
      const [first, second] = [claim, other].sort((a, b) => a.start - b.start || a.end - b.end);
      if (first.quoteId !== second.quoteId && !(await this.nextToEachOther(tx, articleId, first, second))) {
        throw otherClaimInvalid(
          'must be in the same quote, or of the same speaker with no other claim or speaker between them',
        );
      }
      const span = trimmedSpan(article.body, first.start, Math.max(first.end, second.end))!;
      refuseOversized(span, 'otherClaimId');
      for (const each of [first, second]) {
        if (each.leaseId) await this.leases.close(tx, each.id, each.leaseId, 'merged');
      }
      const [id] = await this.maker.store(tx, [
        {
          articleId,
          quoteId: first.quoteId,
          text: span.text,
          standalone: mergedStandalone(first.standalone, second.standalone, span.text),
          start: span.start,
          end: span.end,
          speakerId: first.speakerId,
          origin: ClaimOrigin.Merge,
          addedBy: actor.id,
          derivedFrom: [first.id, second.id],
        },
      ]);
      await this.claims.moveToStage(tx, [first.id, second.id], ClaimStage.Dismissed, {
        dismissedReason: 'merged',
        replacedBy: [id],
      });
      await this.corrections.insert(tx, [
        {
          kind: CorrectionKind.ClaimMerged,
          articleId,
          quoteId: first.quoteId,
          claimId: id,
          actorId: actor.id,
          machine: { claims: [first, second].map(({ id, text, start, end }) => ({ id, text, start, end })) },
          corrected: { text: span.text, start: span.start, end: span.end },
        },
      ]);
      await this.events.record(tx, [
        ...[first, second].map((each) => ({
          type: EventType.ClaimMerged,
          actorId: actor.id,
          articleId,
          claimId: each.id,
          data: { with: each === first ? second.id : first.id, into: id, from: each.stage },
        })),
        {
          type: EventType.ClaimAdded,
          actorId: actor.id,
          articleId,
          claimId: id,
          data: {
            origin: ClaimOrigin.Merge,
            from: [first.id, second.id],
            start: span.start,
            end: span.end,
            quoteId: first.quoteId,
          },
        },
      ]);
      return { id, replaced: [first.id, second.id] };
    });
    await this.maker.triageNow(articleId);
    return {
      replaced: merged.replaced.map((id) => ({ id, stage: ClaimStage.Dismissed, dismissedReason: 'merged' })),
      claims: await this.claimList.summaries(this.database, [merged.id]),
    };
  }

  /**
   * The two claims (of different quotes) are of the same speaker and next to each other: no other claim and no quote
   * of someone else lies between them.
   */
  private async nextToEachOther(tx: Queryable, articleId: string, first: ClaimRow, second: ClaimRow) {
    if (!first.speakerId || first.speakerId !== second.speakerId) return false;
    const gap = { start: first.end, end: second.start };
    const quotes = await tx.query<QuoteRow>(this.articles.quotesSql(articleId));
    const someoneElse = quotes.some(
      (quote) => quote.speakerId !== first.speakerId && quote.start >= gap.start && quote.end <= gap.end,
    );
    return !someoneElse && !(await this.claims.anyLiveWithin(tx, articleId, gap));
  }
}

function otherClaimInvalid(message: string): WorkflowError {
  return WorkflowError.invalid('these two claims cannot be merged', [{ field: 'otherClaimId', message }]);
}

/** Both standalone forms joined, or the merged claim's own words when the two together are longer than one may be. */
function mergedStandalone(first: string, second: string, words: string): string {
  const joined = `${first} ${second}`.replace(/\s+/g, ' ').trim();
  return joined.length <= MAX_STANDALONE_LENGTH ? joined : words;
}
