import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ClaimListItemDto } from './claim-list-item.dto';

@ApiSchema({
  name: 'ArticleSnippet',
  description:
    'The article’s own text around a claim: from where its quote or the claim starts, whichever is first, to where ' +
    'the later of them ends, with whatever interrupts the quote (`“A,” she said, “B.”`), at most 300 characters ' +
    'either side of the claim and 1,200 in all. Unlike `quote.text`, whose parts are joined, its offsets are the ' +
    'article’s: the claim is at `claim.start - snippet.start` to `claim.end - snippet.start`.',
})
export class ArticleSnippetDto {
  @ApiProperty()
  text: string;

  @ApiProperty({ type: 'integer', description: 'Where `text` starts in the article (UTF-16 code units).' })
  start: number;
}

@ApiSchema({
  name: 'ListedClaim',
  description: 'A claim as `GET /v1/claims` lists it: with the article’s words around it.',
})
export class ListedClaimDto extends ClaimListItemDto {
  @ApiProperty({ type: () => ArticleSnippetDto })
  snippet: ArticleSnippetDto;
}
