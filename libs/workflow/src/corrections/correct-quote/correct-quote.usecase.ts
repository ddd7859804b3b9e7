import { Injectable } from '@nestjs/common';
import { ClaimStage, CorrectionKind, Database } from '@app/database';
import { checkOffset } from '../../claims/claim-span';
import { ClaimsRepository } from '../../claims/claims.repository';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { LeasesRepository } from '../../leases/leases.repository';
import { AttributionCorrections } from '../attribution-corrections';
import { publishedOnly, refuseClosed, requireAttributionCorrector } from '../correction-rules';
import { CorrectionsRepository } from '../corrections.repository';
import { CorrectedQuoteDto } from '../dto/corrected-quote.dto';
import { CorrectQuoteCommand } from './correct-quote.command';

/** Why the claims of a quote that is nobody's left the queues. */
export const NOT_A_QUOTE_REASON = 'Not a quote of anyone';

/**
 * Corrects a quote's attribution before any of its claims is published: a different speaker or mention (a span of
 * the article), or "not a quote of anyone": then its claims leave the queues, dismissed with that reason (kept, with
 * their leases ended as a dismissal ends them), and the quote is marked. An editor may, or the fact-checker holding a
 * lease on one of its claims while none of the others is held by someone else or under review. Every change is listed
 * in the corrections and in the history of each of its claims.
 */
@Injectable()
export class CorrectQuoteUseCase {
  constructor(
    private readonly database: Database,
    private readonly corrections: CorrectionsRepository,
    private readonly attribution: AttributionCorrections,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, quoteId, speaker, mention, notAQuote }: CorrectQuoteCommand): Promise<CorrectedQuoteDto> {
    return this.database.transaction(async (tx) => {
      const quote = await this.corrections.lockQuote(tx, quoteId);
      if (!quote) throw WorkflowError.notFound('quote', quoteId);
      const quoteClaims = await this.corrections.lockClaimsOfQuote(tx, quoteId);
      requireAttributionCorrector(actor, quoteClaims, `quote ${quoteId}`);
      if (quote.notAQuote) {
        throw new WorkflowError(WorkflowErrorCode.WrongStage, `quote ${quoteId} is marked as nobody’s quote already`);
      }
      refuseClosed(publishedOnly(quoteClaims), `a claim of quote ${quoteId}`);

      if (notAQuote) {
        await this.corrections.markNotAQuote(tx, quoteId);
        await this.corrections.insert(tx, [
          {
            kind: CorrectionKind.NotAQuote,
            articleId: quote.articleId,
            quoteId,
            claimId: null,
            actorId: actor.id,
            machine: {
              text: quote.text,
              kind: quote.kind,
              speaker: (quote.machine ?? { speaker: this.attribution.currentSpeaker(quote) }).speaker,
            },
            corrected: { notAQuote: true },
          },
        ]);
        const open = quoteClaims.filter((claim) => claim.stage !== ClaimStage.Dismissed);
        for (const claim of open) {
          if (claim.leaseId) await this.leases.close(tx, claim.id, claim.leaseId, 'dismissed');
        }
        await this.claims.moveToStage(
          tx,
          open.map((claim) => claim.id),
          ClaimStage.Dismissed,
          { dismissedReason: NOT_A_QUOTE_REASON },
        );
        await this.events.record(tx, [
          ...quoteClaims.map((claim) => ({
            type: EventType.QuoteCorrected,
            actorId: actor.id,
            articleId: quote.articleId,
            claimId: claim.id,
            data: { quoteId, notAQuote: true },
          })),
          ...open.map((claim) => ({
            type: EventType.ClaimDismissed,
            actorId: actor.id,
            articleId: quote.articleId,
            claimId: claim.id,
            data: { reason: NOT_A_QUOTE_REASON, from: claim.stage, notAQuote: true },
          })),
        ]);
      } else {
        const text = mention || speaker ? await this.corrections.articleText(tx, quote.articleId) : '';
        if (mention) {
          // Within the text and never between the halves of a character, as every span a person gives.
          checkOffset(text, mention.start, 'mention.start');
          checkOffset(text, mention.end, 'mention.end');
          if (!text.slice(mention.start, mention.end).trim()) {
            throw WorkflowError.invalid('the mention is not a span of the article', [
              { field: 'mention.start', message: 'must cover words, not only spaces' },
            ]);
          }
        }
        const change = this.attribution.changes(quote, {
          ...(speaker ? { speaker: await this.attribution.resolveSpeaker(tx, quote.articleId, speaker) } : {}),
          ...(mention ? { mention: { text: text.slice(mention.start, mention.end), ...mention } } : {}),
        });
        await this.attribution.apply(tx, actor, quote, quoteClaims, change, null);
      }

      const corrected = (await this.corrections.lockQuote(tx, quoteId))!;
      const claimsNow = await this.corrections.lockClaimsOfQuote(tx, quoteId);
      return {
        id: corrected.id,
        articleId: corrected.articleId,
        text: corrected.text,
        kind: corrected.kind,
        start: corrected.start,
        end: corrected.end,
        speaker: this.attribution.currentSpeaker(corrected),
        mention: this.attribution.currentMention(corrected),
        notAQuote: corrected.notAQuote,
        claims: claimsNow.map((claim) => ({
          id: claim.id,
          stage: claim.stage,
          dismissedReason: claim.dismissedReason,
        })),
      };
    });
  }
}
