import { Controller, Get } from '@nestjs/common';
import { Role } from '@app/database';
import { RatingScaleProvider } from '@app/workflow';
import { RequireRole } from '../auth/auth.decorators';

@Controller('v1/ratings')
@RequireRole(Role.Ingester)
export class RatingsController {
  constructor(private readonly ratings: RatingScaleProvider) {}

  /** Ordered worst to best; `value` is the ClaimReview ratingValue. */
  @Get()
  list() {
    const values = this.ratings.scale.map((level) => level.value);
    return { worstRating: Math.min(...values), bestRating: Math.max(...values), items: this.ratings.scale };
  }
}
