import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role, User } from '@app/database';
import { Actor } from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import { MeDto, MyVerdictsDto } from './me.responses';

/**
 * The caller: who the key belongs to, so a client (the web desk) can show what the role allows without probing,
 * and the verdicts the caller wrote, so a fact-checker finds the ones an editor sent back.
 */
@ApiTags('Desk')
@Controller('v1/me')
@RequireRole(Role.Ingester)
export class MeController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'Whom the key belongs to',
    description: 'What a client such as the web desk shows by role.',
  })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentActor() actor: Actor) {
    // ADMIN_API_KEY has no user row; its actor is all there is.
    const user = await this.dataSource.manager.findOneBy(User, { id: actor.id });
    return { id: actor.id, name: actor.name, role: actor.role, team: user?.team ?? null };
  }

  /** The latest version of every verdict the caller wrote part of, most recently changed first (at most 200). */
  @Get('verdicts')
  @RequireRole(Role.FactChecker)
  @ApiOperation({
    summary: 'The caller’s verdicts',
    description:
      'The latest version of each verdict the caller wrote part of, with its status and the editor’s comment.',
  })
  @ApiOkResponse({ type: MyVerdictsDto })
  async verdicts(@CurrentActor() actor: Actor) {
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT v.id, v.claim_id, v.version, v.status, v.rating, v.summary, v.review_comment, v.updated_at,
              c.text, c.standalone, c.stage, (c.lease_holder_id = $1 AND c.lease_expires_at > now()) IS TRUE AS leased_by_you,
              q.speaker_name, a.id AS article_id, a.title AS article_title
         FROM verdicts v
         JOIN claims c ON c.id = v.claim_id
         JOIN quotes q ON q.id = c.quote_id
         JOIN articles a ON a.id = c.article_id
        WHERE v.id IN (SELECT verdict_id FROM verdict_authors WHERE user_id = $1)
          AND v.version = (SELECT max(version) FROM verdicts latest WHERE latest.claim_id = v.claim_id)
        ORDER BY v.updated_at DESC
        LIMIT 200`,
      [actor.id],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        claimId: row.claim_id,
        version: row.version,
        status: row.status,
        rating: row.rating,
        summary: row.summary,
        reviewComment: row.review_comment,
        updatedAt: new Date(row.updated_at).toISOString(),
        claim: {
          id: row.claim_id,
          text: row.text,
          standalone: row.standalone,
          stage: row.stage,
          leasedByYou: row.leased_by_you,
          speaker: row.speaker_name,
          article: { id: row.article_id, title: row.article_title },
        },
      })),
    };
  }
}
