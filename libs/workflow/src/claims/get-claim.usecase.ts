import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Article, Claim, Quote, Verdict } from '@app/database';
import { verdictView } from '../common/views';
import { assertUuid, WorkflowError } from '../common/workflow-error';
import { claimListItem } from './claim-views';
import { matchesOf } from './claim-matches.usecase';

/** One claim with everything a fact-checker needs: quote, speaker, article, lease, verdicts and history. */
@Injectable()
export class GetClaimUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string) {
    assertUuid('claim', id);
    const manager = this.dataSource.manager;
    // Every part is looked up by the claim's id, all at once: one round trip's wait, not two.
    const [claim, quote, article, verdicts, history, matches] = await Promise.all([
      manager.findOneBy(Claim, { id }),
      manager.createQueryBuilder(Quote, 'quote').innerJoin(Claim, 'claim', 'claim.quote_id = quote.id').where('claim.id = :id', { id }).getOne(),
      manager.createQueryBuilder(Article, 'article').innerJoin(Claim, 'claim', 'claim.article_id = article.id').where('claim.id = :id', { id }).getOne(),
      manager.find(Verdict, { where: { claimId: id }, order: { version: 'DESC' } }),
      this.history(id),
      matchesOf(manager, id),
    ]);
    if (!claim || !quote || !article) throw WorkflowError.notFound('claim', id);
    return {
      ...claimListItem(claim, quote, article),
      quote: {
        id: quote.id,
        text: quote.text,
        kind: quote.kind,
        start: quote.start,
        end: quote.end,
        mention:
          quote.mentionStart === null ? null : { text: quote.mentionText, start: quote.mentionStart, end: quote.mentionEnd },
        cue: quote.cueStart === null ? null : { text: quote.cueText, start: quote.cueStart, end: quote.cueEnd },
      },
      dismissedReason: claim.dismissedReason,
      verdict: verdicts[0] ? verdictView(verdicts[0]) : null,
      verdicts: verdicts.map(verdictView),
      history,
      matches,
    };
  }

  async history(claimId: string) {
    const rows: { id: string; type: string; actor_id: string | null; actor_name: string | null; data: unknown; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT event.id, event.type, event.actor_id, actor.name AS actor_name, event.data, event.created_at
           FROM events event LEFT JOIN users actor ON actor.id = event.actor_id
          WHERE event.claim_id = $1 ORDER BY event.id`,
        [claimId],
      );
    return rows.map((row) => ({
      id: String(row.id),
      type: row.type,
      actor: { id: row.actor_id, name: row.actor_name },
      data: row.data,
      at: new Date(row.created_at).toISOString(),
    }));
  }
}
