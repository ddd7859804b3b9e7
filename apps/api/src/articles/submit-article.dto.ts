import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ClaimsFrom } from '@app/database';
import { CLAIMS_FROM } from '@app/extraction';
import { ArticleSubmission } from '@app/workflow';
import { DATE_TIME_FORMS, IsDateTime } from '../problems/date-time';
import { IsCleanText } from '../problems/text-validators';

/** The shape of a submission; that it has a body, html or a url, not body and html, is IngestArticleCommand's to check. */
@ApiSchema({
  name: 'SubmitArticle',
  description: 'Either `body` or `html`, not both, or only `url` (the page is fetched); the rest is optional.',
})
export class SubmitArticleDto implements ArticleSubmission {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsCleanText()
  title?: string;

  @ApiPropertyOptional({
    minLength: 1,
    description: 'The article as plain text; offsets in the extraction index into exactly this string.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @IsCleanText()
  body?: string;

  @ApiPropertyOptional({
    minLength: 1,
    description: 'A whole page or a fragment; the article text is taken out of it (no markup kept).',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @IsCleanText()
  html?: string;

  @ApiPropertyOptional({
    maxLength: 2048,
    example: 'https://news.example/story',
    description:
      'http(s); the same url again is the same article. Alone (no `body`, no `html`), the page there is fetched and ' +
      'its article text taken out.',
  })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2048)
  @IsCleanText()
  url?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  publisher?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    example: '2026-09-06T12:00:00Z',
    description: `When the article was published: ${DATE_TIME_FORMS}.`,
  })
  @IsOptional()
  @IsDateTime()
  publishedAt?: Date;

  @ApiPropertyOptional({ type: [String], maxItems: 100, description: 'Each at most 300 characters.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  @IsCleanText({ each: true })
  authors?: string[];

  @ApiPropertyOptional({ example: 'en', description: 'A language tag; `en` when absent.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, {
    message: 'language must be a language tag such as "en" or "en-US"',
  })
  language?: string;

  @ApiPropertyOptional({
    enum: [...CLAIMS_FROM],
    description:
      'Where the claims come from: `quotes` (what people are quoted saying), or `all`: also the check-worthy ' +
      'statements of the article’s own voice, as quotes of kind `statement` spoken by the publisher (`media`) or, ' +
      'without one, the first author. `CLAIMS_FROM` (default `quotes`) when absent. Kept with the article: the same ' +
      'article sent again with another `claimsFrom` is a 409.',
  })
  @IsOptional()
  @IsIn(CLAIMS_FROM, { message: 'claimsFrom must be "quotes" or "all"' })
  claimsFrom?: ClaimsFrom;
}
