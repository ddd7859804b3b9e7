import { Injectable } from '@nestjs/common';
import { ClaimOrigin, ClaimStage, CorrectionKind, Database } from '@app/database';
import { ArticlesRepository } from '../../articles/articles.repository';
import { WorkflowError } from '../../common/workflow-error';
import { CorrectionsRepository } from '../../corrections/corrections.repository';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { LeasesRepository } from '../../leases/leases.repository';
import { ClaimListQuery } from '../claim-list.query';
import { ClaimMaker } from '../claim-maker';
import { requireRewritable } from '../claim-rewrite-rules';
import { checkOffset, trimmedSpan } from '../claim-span';
import { ClaimsRepository } from '../claims.repository';
import { ClaimRewriteDto } from '../dto/claim-rewrite.dto';
import { SplitClaimCommand } from './split-claim.command';

/**
 * Splits a claim in two at an offset inside it: the two parts (the words before and after the offset, without the
 * white space around them) become claims of the same quote and speaker (`origin: split`, scored and triaged as
 * every made claim, so into research), and the original is dismissed with reason `split`, kept, naming its parts.
 * Its lease, the holder's or one an editor takes over, ends; its verdict drafts stay with it. A `claim-split`
 * correction records the claim and its parts. One transaction.
 */
@Injectable()
export class SplitClaimUseCase {
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

  async execute({ actor, claimId, at }: SplitClaimCommand): Promise<ClaimRewriteDto> {
    const articleId = await this.claims.articleOf(this.database, claimId);
    if (!articleId) throw WorkflowError.notFound('claim', claimId);
    const parts = await this.database.transaction(async (tx) => {
      // The article first, as adding a claim locks it: positions in its quotes are taken one at a time.
      const article = await this.articles.lockForClaims(tx, articleId);
      const claim = await this.claims.lock(tx, claimId);
      if (!article || !claim) throw WorkflowError.notFound('claim', claimId);
      requireRewritable(claim, actor);
      checkOffset(article.body, at, 'at');
      const before = at > claim.start && at < claim.end ? trimmedSpan(article.body, claim.start, at) : null;
      const after = before ? trimmedSpan(article.body, at, claim.end) : null;
      if (!before || !after) {
        throw WorkflowError.invalid('the split leaves a part with no words', [
          {
            field: 'at',
            message: `must fall inside the claim (${claim.start} to ${claim.end}) with words on either side`,
          },
        ]);
      }
      if (claim.leaseId) await this.leases.close(tx, claimId, claim.leaseId, 'split');
      const ids = await this.maker.store(
        tx,
        [before, after].map((span) => ({
          articleId,
          quoteId: claim.quoteId,
          text: span.text,
          standalone: span.text.replace(/\s+/g, ' '),
          start: span.start,
          end: span.end,
          speakerId: claim.speakerId,
          origin: ClaimOrigin.Split,
          addedBy: actor.id,
          derivedFrom: [claimId],
        })),
      );
      await this.claims.moveToStage(tx, [claimId], ClaimStage.Dismissed, { dismissedReason: 'split', replacedBy: ids });
      await this.corrections.insert(tx, [
        {
          kind: CorrectionKind.ClaimSplit,
          articleId,
          quoteId: claim.quoteId,
          claimId,
          actorId: actor.id,
          machine: { text: claim.text, start: claim.start, end: claim.end },
          corrected: { claims: [before, after].map((span, index) => ({ id: ids[index], ...span })) },
        },
      ]);
      await this.events.record(tx, [
        {
          type: EventType.ClaimSplit,
          actorId: actor.id,
          articleId,
          claimId,
          data: { at, parts: ids, from: claim.stage },
        },
        ...[before, after].map((span, index) => ({
          type: EventType.ClaimAdded,
          actorId: actor.id,
          articleId,
          claimId: ids[index],
          data: {
            origin: ClaimOrigin.Split,
            from: [claimId],
            start: span.start,
            end: span.end,
            quoteId: claim.quoteId,
          },
        })),
      ]);
      return ids;
    });
    await this.maker.triageNow(articleId);
    return {
      replaced: [{ id: claimId, stage: ClaimStage.Dismissed, dismissedReason: 'split' }],
      claims: await this.claimList.summaries(this.database, parts),
    };
  }
}
