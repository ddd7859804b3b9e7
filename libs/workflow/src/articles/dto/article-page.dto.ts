import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArticleListItemDto } from './article-list-item.dto';

@ApiSchema({ name: 'ArticlePage' })
export class ArticlePageDto {
  @ApiProperty({ type: () => [ArticleListItemDto] })
  items: ArticleListItemDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor: string | null;
}
