import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'RatingLevel' })
export class RatingLevelDto {
  @ApiProperty({ example: 'Mostly False' })
  name: string;

  @ApiProperty({ description: 'The ClaimReview ratingValue; 1 is the worst (least true).', example: 2 })
  value: number;

  @ApiProperty()
  description: string;
}

@ApiSchema({ name: 'RatingScale', description: 'The rating scale in force (RATING_SCALE), worst to best.' })
export class RatingScaleDto {
  @ApiProperty()
  worstRating: number;

  @ApiProperty()
  bestRating: number;

  @ApiProperty({ type: () => [RatingLevelDto] })
  items: RatingLevelDto[];
}
