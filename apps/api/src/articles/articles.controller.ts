import { BadRequestException, Body, Controller, Get, Headers, Param, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import { Role } from '@app/database';
import { Actor, GetArticleUseCase, IngestArticleUseCase } from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import { problem } from '../problems/problem';
import { SubmitArticleDto } from './submit-article.dto';

@Controller('v1/articles')
@RequireRole(Role.Ingester)
export class ArticlesController {
  constructor(
    private readonly ingestArticle: IngestArticleUseCase,
    private readonly getArticle: GetArticleUseCase,
  ) {}

  @Post()
  async submit(
    @Body() dto: SubmitArticleDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
      throw new BadRequestException(
        problem(400, 'Idempotency-Key must be 1 to 255 visible ASCII characters.', {
          type: '/problems/validation',
          errors: [{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
        }),
      );
    }
    if (dto.body !== undefined && dto.html !== undefined) {
      throw new BadRequestException(
        problem(400, 'Send either body (plain text) or html, not both.', {
          type: '/problems/validation',
          errors: [{ field: 'html', message: 'must not be given together with body' }],
        }),
      );
    }
    const result = await this.ingestArticle.execute({ actorId: actor.id, idempotencyKey, article: dto });
    response.status(result.statusCode);
    if (result.statusCode === 202) response.setHeader('Location', `/v1/articles/${result.body.id}`);
    return result.body;
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.getArticle.execute(id);
  }
}
