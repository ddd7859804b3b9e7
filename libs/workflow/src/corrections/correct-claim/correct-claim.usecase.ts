import { Injectable } from '@nestjs/common';
import { ClaimOrigin, CorrectionKind, Database, Queryable } from '@app/database';
import { claimFingerprint } from '@app/extraction';
import { ClaimMatchesRepository } from '../../claims/claim-matches.repository';
import { repeatBands } from '../../claims/claim-matching';
import { ClaimViewQuery } from '../../claims/claim-view.query';
import { ClaimRow, ClaimsRepository } from '../../claims/claims.repository';
import { ClaimDetailDto } from '../../claims/dto/claim-detail.dto';
import { WorkflowError } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { AttributionCorrections } from '../attribution-corrections';
import { publishedOnly, refuseClosed, requireAttributionCorrector, requireCorrector } from '../correction-rules';
import { CorrectableQuote, CorrectionsRepository, MachineWords, NewCorrection } from '../corrections.repository';
import { CorrectClaimCommand } from './correct-claim.command';

/**
 * Corrects a claim the extraction got wrong, before it is published: its words (a span of its quote, whose offsets
 * follow), its standalone form (the repeat index follows it), its speaker (its quote's, so every claim of the quote
 * follows). The machine's output is kept beside the correction, every changed field is listed in the corrections with
 * the machine's value and is an event of the claim's history with who changed it. Values equal to the current ones
 * change nothing and record nothing.
 */
@Injectable()
export class CorrectClaimUseCase {
  constructor(
    private readonly database: Database,
    private readonly corrections: CorrectionsRepository,
    private readonly attribution: AttributionCorrections,
    private readonly claims: ClaimsRepository,
    private readonly claimMatches: ClaimMatchesRepository,
    private readonly claimView: ClaimViewQuery,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, text, standalone, speaker }: CorrectClaimCommand): Promise<ClaimDetailDto> {
    return this.database.transaction(async (tx) => {
      // The quote is locked before its claims, as correcting a quote does, so the two never wait on each other.
      const quoteId = await this.corrections.quoteOf(tx, claimId);
      const quote = quoteId ? await this.corrections.lockQuote(tx, quoteId) : null;
      if (!quote) throw WorkflowError.notFound('claim', claimId);
      const quoteClaims = await this.corrections.lockClaimsOfQuote(tx, quote.id);
      const claim = quoteClaims.find((row) => row.id === claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      refuseClosed([claim], `claim ${claimId}`);
      requireCorrector(actor, [claim], `claim ${claimId}`);

      const before: MachineWords = {
        text: claim.text,
        standalone: claim.standalone,
        start: claim.start,
        end: claim.end,
      };
      const after: MachineWords = { ...before };
      if (text !== undefined && text !== claim.text) {
        const span = spanInQuote(await this.corrections.articleText(tx, quote.articleId), quote, text, claim.start);
        if (!span) {
          throw WorkflowError.invalid('the text is not in the claim’s quote', [
            {
              field: 'text',
              message: 'must be words of the claim’s quote exactly as the article has them (a span of its text)',
            },
          ]);
        }
        Object.assign(after, { text, ...span });
      }
      if (standalone !== undefined) after.standalone = standalone;
      // A claim a person made (by hand, a split, a merge) has no machine output: its corrections list none.
      const fromMachine = claim.origin === ClaimOrigin.Extraction;
      const machine = fromMachine ? (claim.machine ?? before) : null;
      const corrected: NewCorrection[] = [];
      const base = { articleId: claim.articleId, quoteId: quote.id, claimId, actorId: actor.id };
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (after.text !== before.text || after.start !== before.start) {
        changes.text = { from: span(before), to: span(after) };
        corrected.push({
          ...base,
          kind: CorrectionKind.ClaimText,
          machine: machine && span(machine),
          corrected: span(after),
        });
      }
      if (after.standalone !== before.standalone) {
        changes.standalone = { from: before.standalone, to: after.standalone };
        corrected.push({
          ...base,
          kind: CorrectionKind.ClaimStandalone,
          machine: machine && { standalone: machine.standalone },
          corrected: { standalone: after.standalone },
        });
      }
      if (corrected.length > 0) {
        await this.corrections.correctClaim(tx, claimId, after, fromMachine);
        await this.followInRepeatIndex(tx, claim, after);
        await this.corrections.insert(tx, corrected);
        await this.events.record(tx, [
          { type: EventType.ClaimCorrected, actorId: actor.id, articleId: claim.articleId, claimId, data: changes },
        ]);
      }

      if (speaker) {
        refuseClosed(publishedOnly(quoteClaims), `a claim of quote ${quote.id}`);
        requireAttributionCorrector(actor, quoteClaims, `quote ${quote.id}`);
        const change = this.attribution.changes(quote, {
          speaker: await this.attribution.resolveSpeaker(tx, quote.articleId, speaker),
        });
        await this.attribution.apply(tx, actor, quote, quoteClaims, change, claimId);
      }
      return (await this.claimView.get(tx, claimId))!;
    });
  }

  /**
   * A triaged claim keeps the normalised words of its standalone form (which later claims' similarity is measured on)
   * and, unless it is itself a repeat, their MinHash bands in the repeat index: both follow the corrected words, so
   * later claims are matched with what the claim now says. An untriaged claim gets both at triage.
   */
  private async followInRepeatIndex(tx: Queryable, claim: ClaimRow, words: MachineWords): Promise<void> {
    if (!claim.triagedAt) return;
    const fingerprint = claimFingerprint(words.standalone || words.text);
    await this.corrections.setMatchKey(tx, claim.id, fingerprint.key);
    await this.claims.setMatchBands(
      tx,
      claim.id,
      repeatBands(fingerprint.bands, await this.claimMatches.ofClaim(tx, claim.id)),
    );
  }
}

function span(words: MachineWords): { text: string; start: number; end: number } {
  return { text: words.text, start: words.start, end: words.end };
}

/**
 * Where the words are in the quote (its span of the article's text); of several places, the one nearest the claim's
 * present start. Null when the quote does not have them.
 */
function spanInQuote(
  body: string,
  quote: CorrectableQuote,
  words: string,
  near: number,
): { start: number; end: number } | null {
  let best: number | null = null;
  for (let at = body.indexOf(words, quote.start); at !== -1 && at + words.length <= quote.end;) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
    at = body.indexOf(words, at + 1);
  }
  return best === null ? null : { start: best, end: best + words.length };
}
