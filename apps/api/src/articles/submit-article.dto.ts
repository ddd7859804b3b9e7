import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsCleanText } from '../problems/text-validators';

export class SubmitArticleDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsCleanText()
  title?: string;

  /** The article as plain text; offsets in the extraction index into exactly this string. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @IsCleanText()
  body?: string;

  /** A whole page or a fragment; the article text is taken out of it. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @IsCleanText()
  html?: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  @IsCleanText()
  url?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  publisher?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'publishedAt must be an ISO 8601 date-time such as 2026-09-06T12:00:00Z' })
  publishedAt?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  @IsCleanText({ each: true })
  authors?: string[];

  @IsOptional()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { message: 'language must be a language tag such as "en" or "en-US"' })
  language?: string;
}
