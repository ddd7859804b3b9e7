import { Injectable } from '@nestjs/common';
import { Queryable } from '@app/database';
import { scoreCheckworthiness } from '@app/extraction';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import { ClaimsRepository, MadeClaim } from './claims.repository';
import { TriageArticleClaimsCommand } from './triage-article-claims/triage-article-claims.command';
import { TriageArticleClaimsUseCase } from './triage-article-claims/triage-article-claims.usecase';

/**
 * What adding, splitting and merging claims share: a made claim is scored by the same check-worthiness model as the
 * extraction's, stored in triage with a triage job in the same transaction (the durable path), and once that commits,
 * triaged at once in the request so that the person sees it ranked, matched and in research straight away.
 */
@Injectable()
export class ClaimMaker {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly outbox: OutboxRepository,
    private readonly triage: TriageArticleClaimsUseCase,
  ) {}

  /** Scores and stores the claims with their triage job; their ids, in order. */
  async store(tx: Queryable, claims: Omit<MadeClaim, 'checkworthiness' | 'checkworthy'>[]): Promise<string[]> {
    const ids = await this.claims.insertMade(
      tx,
      claims.map((claim) => ({ ...claim, ...scoreCheckworthiness(claim.standalone) })),
    );
    const { articleId } = claims[0];
    await this.outbox.enqueue(tx, [jobRequest(JobName.TriageArticleClaims, jobId.triageMade(ids[0]), { articleId })]);
    return ids;
  }

  /**
   * Triages the article's new claims now, after the transaction that stored them committed. A failure here loses
   * nothing: the claims are stored and their triage job will run; the answer shows them in triage meanwhile.
   */
  async triageNow(articleId: string): Promise<void> {
    try {
      await this.triage.execute(new TriageArticleClaimsCommand(articleId));
    } catch {
      // The outbox job triages them (see above).
    }
  }
}
