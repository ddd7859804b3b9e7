import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';

@ApiSchema({ name: 'JsonLdOrganization' })
export class JsonLdOrganizationDto {
  @ApiProperty({ enum: ['Organization'] })
  '@type': 'Organization';

  @ApiProperty()
  name: string;

  @ApiPropertyOptional()
  url?: string;
}

@ApiSchema({
  name: 'JsonLdClaimAuthor',
  description: 'The speaker: a Person (with `jobTitle` when known) or an Organization.',
})
export class JsonLdClaimAuthorDto {
  @ApiProperty({ enum: ['Person', 'Organization'] })
  '@type': 'Person' | 'Organization';

  @ApiProperty()
  name: string;

  @ApiPropertyOptional()
  jobTitle?: string;
}

@ApiSchema({ name: 'JsonLdRating' })
export class JsonLdRatingDto {
  @ApiProperty({ enum: ['Rating'] })
  '@type': 'Rating';

  @ApiProperty()
  ratingValue: number;

  @ApiProperty()
  bestRating: number;

  @ApiProperty()
  worstRating: number;

  @ApiProperty({ description: 'The rating’s name, e.g. "Mostly False".' })
  alternateName: string;
}

@ApiSchema({ name: 'JsonLdNewsArticle', description: 'Where the claim appeared.' })
export class JsonLdNewsArticleDto {
  @ApiProperty({ enum: ['NewsArticle'] })
  '@type': 'NewsArticle';

  @ApiPropertyOptional()
  url?: string;

  @ApiPropertyOptional()
  headline?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  datePublished?: string;

  @ApiPropertyOptional({ type: () => JsonLdOrganizationDto })
  publisher?: JsonLdOrganizationDto;
}

@ApiSchema({ name: 'JsonLdClaim' })
@ApiExtraModels(JsonLdNewsArticleDto)
export class JsonLdClaimDto {
  @ApiProperty({ enum: ['Claim'] })
  '@type': 'Claim';

  @ApiPropertyOptional({ type: () => JsonLdClaimAuthorDto })
  author?: JsonLdClaimAuthorDto;

  @ApiPropertyOptional({ format: 'date-time' })
  datePublished?: string;

  @ApiPropertyOptional({
    description:
      'Where the claim appeared: its article; once a repeat of it elsewhere is published with the same verdict, the ' +
      'list of every appearance, the first fact-checked one first.',
    oneOf: [
      { $ref: getSchemaPath(JsonLdNewsArticleDto) },
      { type: 'array', items: { $ref: getSchemaPath(JsonLdNewsArticleDto) } },
    ],
  })
  appearance?: JsonLdNewsArticleDto | JsonLdNewsArticleDto[];
}

@ApiSchema({
  name: 'ClaimReview',
  description:
    'schema.org ClaimReview JSON-LD of a published verdict, in the shape Google documents for fact checks; ready to embed ' +
    'in `<script type="application/ld+json">` (`<`, `>` and `&` are escaped).',
})
export class ClaimReviewDto {
  @ApiProperty({ enum: ['https://schema.org'] })
  '@context': 'https://schema.org';

  @ApiProperty({ enum: ['ClaimReview'] })
  '@type': 'ClaimReview';

  @ApiProperty({
    description:
      'Where readers find the fact check: its public page `<PUBLIC_BASE_URL>/fact-checks/<slug>`, or the newsroom’s own page given on approving.',
  })
  url: string;

  @ApiProperty()
  claimReviewed: string;

  @ApiProperty({ format: 'date-time', description: 'When the first version was published.' })
  datePublished: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When a correction last changed it.' })
  dateModified?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: '1 for the first publication, counting up with each correction.',
  })
  version?: number;

  @ApiProperty({
    type: () => JsonLdOrganizationDto,
    description: 'The fact-checking organisation (ORGANIZATION_NAME, ORGANIZATION_URL).',
  })
  author: JsonLdOrganizationDto;

  @ApiProperty({ type: () => JsonLdRatingDto })
  reviewRating: JsonLdRatingDto;

  @ApiProperty({ type: () => JsonLdClaimDto })
  itemReviewed: JsonLdClaimDto;

  @ApiPropertyOptional({ description: 'The verdict’s summary.' })
  reviewBody?: string;
}
