import { Injectable } from '@nestjs/common';
import type { RatingScaleDto } from '../dto/rating-scale.dto';
import { RatingScaleProvider } from '../rating-scale.provider';

/** The rating scale in force, worst to best, with its bounds (the ClaimReview's worstRating and bestRating). */
@Injectable()
export class GetRatingScaleUseCase {
  constructor(private readonly ratings: RatingScaleProvider) {}

  execute(): Promise<RatingScaleDto> {
    const values = this.ratings.scale.map((level) => level.value);
    return Promise.resolve({
      worstRating: Math.min(...values),
      bestRating: Math.max(...values),
      items: [...this.ratings.scale],
    });
  }
}
