import { Controller, Get, Header, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Request, Response } from 'express';
import { AppConfig } from '@app/config';
import {
  GetFactCheckCommand,
  GetFactCheckUseCase,
  ListFactChecksCommand,
  ListFactChecksUseCase,
  WorkflowError,
  WorkflowErrorCode,
} from '@app/workflow';
import { Public } from '../auth/auth.decorators';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { IsIntParam } from '../problems/query-params';
import { atomFeed, JsonFeedDto, jsonFeed } from './fact-check-feeds';
import {
  FACT_CHECK_PAGE_POLICY,
  FACT_CHECKS_PATH,
  factCheckListPage,
  factCheckPage,
  notFoundPage,
  Site,
} from './fact-check-pages';

export class FactCheckListQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IsIntParam('limit', 1, 100)
  limit?: number;

  @ApiPropertyOptional({ maxLength: 200, description: 'From the `rel="next"` link of the page before.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

const HTML = 'text/html; charset=utf-8';
/** Readers and feed readers may keep a page a minute; a correction shows within that. */
const CACHE = 'public, max-age=60';
const htmlContent = (description: string) => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});

/**
 * The published verdicts where readers are, without a key: a page per fact check at a stable address, their list
 * and two feeds. Only what was published is shown; the organisation signs it, no person of the desk is named.
 */
@ApiTags('Fact checks')
@ApiExtraModels(JsonFeedDto)
@Controller(FACT_CHECKS_PATH.slice(1))
@Public()
export class FactChecksController {
  private readonly site: Site;

  constructor(
    config: AppConfig,
    private readonly getFactCheck: GetFactCheckUseCase,
    private readonly listFactChecks: ListFactChecksUseCase,
  ) {
    this.site = {
      organization: config.ORGANIZATION_NAME,
      organizationUrl: config.ORGANIZATION_URL ?? null,
      baseUrl: config.publicBaseUrl,
    };
  }

  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', CACHE)
  @ApiOperation({
    summary: 'The published fact checks (HTML)',
    description: 'Newest first, `limit` a page; the page links to the next with `rel="next"`. No key needed.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse(htmlContent('A page of the list.'))
  async list(@Query() query: FactCheckListQueryDto, @Res({ passthrough: true }) response: Response): Promise<string> {
    const page = await this.listFactChecks.execute(new ListFactChecksCommand(query.cursor, query.limit ?? 20));
    response.setHeader('Content-Security-Policy', FACT_CHECK_PAGE_POLICY);
    return factCheckListPage(this.site, page, this.nextHref('', query.limit, page.nextCursor, false));
  }

  @Get('feed.atom')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @ApiOperation({
    summary: 'The published fact checks as an Atom feed',
    description: 'Newest first, 50 an entry page (`rel="next"` links the older ones). No key needed.',
  })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({
    description: 'An Atom 1.0 feed (RFC 4287).',
    content: { 'application/atom+xml': { schema: { type: 'string' } } },
  })
  async atom(@Query() query: FactCheckListQueryDto): Promise<string> {
    const page = await this.listFactChecks.execute(new ListFactChecksCommand(query.cursor, query.limit ?? 50));
    return atomFeed(this.site, page, this.nextHref('/feed.atom', query.limit, page.nextCursor, true));
  }

  @Get('feed.json')
  @Header('Content-Type', 'application/feed+json; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @ApiOperation({
    summary: 'The published fact checks as a JSON Feed',
    description: 'JSON Feed 1.1, newest first, 50 an item page (`next_url` gives the older ones). No key needed.',
  })
  @ApiProduces('application/feed+json')
  @ApiOkResponse({
    description: 'A JSON Feed 1.1.',
    content: { 'application/feed+json': { schema: { $ref: '#/components/schemas/JsonFeed' } } },
  })
  async json(@Query() query: FactCheckListQueryDto): Promise<JsonFeedDto> {
    const page = await this.listFactChecks.execute(new ListFactChecksCommand(query.cursor, query.limit ?? 50));
    return jsonFeed(this.site, page, this.nextHref('/feed.json', query.limit, page.nextCursor, true));
  }

  @Get(':slug')
  @Header('Cache-Control', CACHE)
  @ApiOperation({
    summary: 'A published fact check (HTML)',
    description:
      'Readable without JavaScript: the claim, the rating, the quote in the article’s text, the speaker, the explanation, ' +
      'the sources and the corrections, with the ClaimReview in `<script type="application/ld+json">`. The slug is ' +
      'set at the first publication and kept through corrections. No key needed. Anything not published is a 404: ' +
      'an HTML page for a browser (`Accept: text/html`), a problem otherwise.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse(htmlContent('The fact check’s page.'))
  @ApiProblem(404, 'No published fact check has this slug (a browser gets an HTML page).')
  async page(
    @Param('slug') slug: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    try {
      const factCheck = await this.getFactCheck.execute(new GetFactCheckCommand(slug));
      response.setHeader('Content-Type', HTML);
      response.setHeader('Content-Security-Policy', FACT_CHECK_PAGE_POLICY);
      return factCheckPage(this.site, factCheck);
    } catch (error) {
      const wantsPage = request.accepts(['json', 'html']) === 'html';
      if (!(error instanceof WorkflowError && error.code === WorkflowErrorCode.NotFound && wantsPage)) throw error;
      response.status(404);
      response.setHeader('Content-Type', HTML);
      response.setHeader('Cache-Control', 'no-cache');
      response.setHeader('Content-Security-Policy', FACT_CHECK_PAGE_POLICY);
      return notFoundPage(this.site);
    }
  }

  /** The address of the next page, relative for the HTML list, absolute (PUBLIC_BASE_URL) for the feeds. */
  private nextHref(path: string, limit: number | undefined, cursor: string | null, absolute: boolean): string | null {
    if (!cursor) return null;
    const query = new URLSearchParams({ ...(limit ? { limit: String(limit) } : {}), cursor });
    return `${absolute ? this.site.baseUrl : ''}${FACT_CHECKS_PATH}${path}?${query}`;
  }
}
