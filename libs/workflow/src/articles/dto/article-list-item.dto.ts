import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArticleStatus } from '@app/database';

@ApiSchema({ name: 'ArticleListItem', description: 'An article as the article list shows it, without its text.' })
export class ArticleListItemDto {
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

  @ApiProperty({ enum: ArticleStatus, enumName: 'ArticleStatus' })
  status: ArticleStatus;

  @ApiProperty({ format: 'date-time', description: 'When the service received the article.' })
  receivedAt: string;

  @ApiProperty({ type: 'integer', description: 'How many quotes the extraction found in it.' })
  quoteCount: number;

  @ApiProperty({ type: 'integer', description: 'How many claims it has.' })
  claimCount: number;
}
