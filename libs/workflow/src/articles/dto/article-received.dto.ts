import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArticleStatus } from '@app/database';
import { ArticleSummaryDto } from './article-summary.dto';

@ApiSchema({ name: 'ArticleReceived', description: 'A new article, stored and waiting for extraction.' })
export class ArticleReceivedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ArticleStatus, enumName: 'ArticleStatus', example: ArticleStatus.Received })
  status: ArticleStatus;

  @ApiProperty({ type: () => ArticleSummaryDto })
  article: ArticleSummaryDto;
}
