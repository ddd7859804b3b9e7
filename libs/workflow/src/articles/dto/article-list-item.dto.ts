import { ApiProperty, ApiSchema, PickType } from '@nestjs/swagger';
import { ArticleSummaryDto } from './article-summary.dto';

@ApiSchema({ name: 'ArticleListItem', description: 'An article as the article list shows it, without its text.' })
export class ArticleListItemDto extends PickType(ArticleSummaryDto, [
  'id',
  'title',
  'url',
  'publisher',
  'publishedAt',
  'status',
] as const) {
  @ApiProperty({ format: 'date-time', description: 'When the service received the article.' })
  receivedAt: string;

  @ApiProperty({ type: 'integer', description: 'How many quotes the extraction found in it.' })
  quoteCount: number;

  @ApiProperty({ type: 'integer', description: 'How many claims it has.' })
  claimCount: number;
}
