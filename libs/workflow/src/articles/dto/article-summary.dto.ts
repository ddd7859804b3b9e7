import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArticleStatus, ClaimsFrom } from '@app/database';

@ApiSchema({ name: 'ArticleSummary' })
export class ArticleSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'https://news.example/story' })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  publisher: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;

  @ApiProperty({ type: [String] })
  authors: string[];

  @ApiProperty({ example: 'en' })
  language: string;

  @ApiProperty({
    enum: ['quotes', 'all'],
    description:
      'Where its claims come from: its quotes, or `all`: also the check-worthy statements of its own voice (quotes of ' +
      'kind `statement`).',
  })
  claimsFrom: ClaimsFrom;

  @ApiProperty({ enum: ArticleStatus, enumName: 'ArticleStatus' })
  status: ArticleStatus;

  @ApiProperty({ type: String, nullable: true, description: 'Why extraction failed, when `status` is `failed`.' })
  failureReason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  extractedAt: string | null;
}
