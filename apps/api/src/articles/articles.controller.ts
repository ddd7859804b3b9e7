import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Role } from '@app/database';
import {
  Actor,
  AddClaimCommand,
  AddClaimUseCase,
  ArticleDto,
  ArticlePageDto,
  ArticleReceivedDto,
  ClaimDetailDto,
  GetArticleCommand,
  GetArticleUseCase,
  IngestArticleCommand,
  IngestArticleUseCase,
  ListArticlesCommand,
  ListArticlesUseCase,
} from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import {
  AcceptsIdempotencyKey,
  IdempotencyKey,
  REPLAYED_HEADER,
  replayedResponse,
} from '../idempotency/idempotency-key';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { AddClaimDto } from './add-claim.dto';
import { ListArticlesQueryDto } from './list-articles.dto';
import { SubmitArticleDto } from './submit-article.dto';

@ApiTags('Articles')
@Controller('v1/articles')
@RequireRole(Role.Ingester)
export class ArticlesController {
  constructor(
    private readonly ingestArticle: IngestArticleUseCase,
    private readonly getArticle: GetArticleUseCase,
    private readonly listArticles: ListArticlesUseCase,
    private readonly addClaim: AddClaimUseCase,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Submit an article',
    description:
      'Either `body` (plain text) or `html` (a page or fragment; the article text is taken out of it), or only `url`: ' +
      'the page is then fetched during the request (HTML or plain text, at most 2 MB, 5 redirects and ' +
      '`ARTICLE_FETCH_TIMEOUT_MS`; loopback and private addresses refused, each redirect checked again) and its text ' +
      'taken out as for `html`. The article is stored and its extraction scheduled in one transaction; a fetch that ' +
      'fails stores nothing. The same article again (the same `url`, or without a url the same body) answers 200 with ' +
      'the existing article and creates nothing; a url posted alone is fetched again and compared. The same url with ' +
      'a different text (the body, or the text taken out of the html or the fetched page) is a 409 naming the article ' +
      'stored under it.',
  })
  @ApiProblem(
    409,
    'The url is stored with a different text (`type`: `/problems/article-text-changed`): `article` is `{id, url}` of the ' +
      'article stored under it; nothing was stored.',
  )
  // Above AcceptsIdempotencyKey, so that this 422 (which says all three) is the one documented.
  @ApiProblem(
    422,
    'The `html` page (or the fetched one) was refused (`type`: `/problems/too-complex`, `limit`: `nested-too-deep`, ' +
      '`too-many-elements` or `time-budget`); the page at `url` is not taken (`type`: `/problems/page-refused`, ' +
      '`reason`: `private-address` (loopback, private, link-local… or a name resolving to one), `bad-address` (not ' +
      'http(s), credentials), `too-many-redirects` (over 5), `not-html` (neither HTML nor plain text), `too-large` ' +
      '(over 2 MB) or `no-text`; `url` is the address at fault, a redirect’s included); or the Idempotency-Key was ' +
      'used before for a different request. Nothing was stored.',
  )
  @ApiProblem(
    502,
    'The site of `url` could not be reached (`type`: `/problems/page-unavailable`, `reason`: `unreachable`) or ' +
      'answered with an error (`reason`: `http-status`, its status in `siteStatus`); nothing was stored.',
  )
  @ApiProblem(
    503,
    'No thread was free to read the page in time, or this process is fetching as many pages as it may ' +
      '(`ARTICLE_FETCH_CONCURRENCY`); nothing was stored; try again after `Retry-After` seconds.',
  )
  @ApiProblem(
    504,
    'The page at `url` was not fetched within `ARTICLE_FETCH_TIMEOUT_MS` (`type`: `/problems/page-timeout`); ' +
      'nothing was stored.',
  )
  @AcceptsIdempotencyKey('A retry with the same key and request replays the first answer.')
  @ApiAcceptedResponse({
    description: 'Stored; extraction is scheduled.',
    type: ArticleReceivedDto,
    headers: { Location: { description: '`/v1/articles/<id>`', schema: { type: 'string' } } },
  })
  @ApiOkResponse({ description: 'The article was submitted before: the existing article.', type: ArticleDto })
  async submit(
    @Body() dto: SubmitArticleDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ArticleReceivedDto | ArticleDto> {
    const result = await this.ingestArticle.execute(new IngestArticleCommand(actor.id, dto, idempotencyKey));
    if (result.created) {
      response.status(202).setHeader('Location', `/v1/articles/${result.article.id}`);
    } else {
      response.status(200);
    }
    return result.article;
  }

  @Get()
  // Browsing is reading the desk's work, as listing claims is; an ingester reads back an article by its id.
  @RequireRole(Role.FactChecker)
  @ApiOperation({
    summary: 'Everything ingested, newest first',
    description:
      'Newest received first; filters combine; page with `cursor`. Each article with how many quotes and claims it has.',
  })
  @ApiOkResponse({ type: ArticlePageDto })
  list(@Query() query: ListArticlesQueryDto): Promise<ArticlePageDto> {
    return this.listArticles.execute(new ListArticlesCommand(query));
  }

  @Get(':id')
  @ApiOperation({
    summary: 'An article with its quotes and claims',
    description: 'Poll `status` (`received` → `extracting` → `extracted`, or `failed` with `failureReason`).',
  })
  @ApiOkResponse({ type: ArticleDto })
  get(@Param('id') id: string): Promise<ArticleDto> {
    return this.getArticle.execute(new GetArticleCommand(id));
  }

  @Post(':id/claims')
  @RequireRole(Role.FactChecker)
  @ApiOperation({
    summary: 'Add a claim by hand from any span of the article',
    description:
      'Quoted or not: a span inside a quote belongs to that quote and its speaker; a span outside every quote (the ' +
      'article’s own voice, say) gets a quote of kind `statement` whose speaker is the publication (`media`), or ' +
      'the first author when the article names no publisher. A `speaker` other than the quote’s gives the span a ' +
      'quote of its own with that speaker. The claim (`origin: hand`) is scored for check-worthiness as the ' +
      'extraction’s are, matched with earlier claims and goes straight to research, whatever its score: a person ' +
      'chose it. `claim.added` (with who) and `claim.ready` go in its history.',
  })
  @AcceptsIdempotencyKey('A retry with the same key and request answers 200 with the claim the first request added.')
  @ApiCreatedResponse({
    description: 'The claim added, in research.',
    type: ClaimDetailDto,
    headers: { Location: { description: '`/v1/claims/<id>`', schema: { type: 'string' } } },
  })
  @replayedResponse('A retry: the claim the first request added, as it is now.', ClaimDetailDto)
  @ApiProblem(
    400,
    'The span is outside the article’s text (`errors[]` names `start` or `end`), empty, only white space, longer ' +
      'than 1000 characters or cuts a character in two; the speaker is not one of the article’s speakers ' +
      '(`speaker.speakerId`) or has no name or type.',
  )
  @ApiProblem(404, 'No such article.')
  @ApiProblem(409, 'The article is still being extracted, or a claim already covers exactly this span (`claim.id`).')
  async addClaimByHand(
    @Param('id') id: string,
    @Body() dto: AddClaimDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClaimDetailDto> {
    const result = await this.addClaim.execute(new AddClaimCommand(actor, id, dto, idempotencyKey));
    if (result.replayed) response.status(200).setHeader(REPLAYED_HEADER, 'true');
    else response.status(201).setHeader('Location', `/v1/claims/${result.claim.id}`);
    return result.claim;
  }
}
