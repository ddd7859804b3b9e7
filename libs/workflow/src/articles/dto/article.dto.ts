import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArticleClaimDto } from './article-claim.dto';
import { ArticleSummaryDto } from './article-summary.dto';
import { QuoteDto } from './quote.dto';

@ApiSchema({ name: 'Article', description: 'An article with its quotes (each with its claims) and all its claims.' })
export class ArticleDto extends ArticleSummaryDto {
  @ApiProperty({ description: 'The article text; every offset indexes into it.' })
  body: string;

  @ApiProperty({ type: () => [QuoteDto] })
  quotes: QuoteDto[];

  @ApiProperty({ type: () => [ArticleClaimDto] })
  claims: ArticleClaimDto[];
}
