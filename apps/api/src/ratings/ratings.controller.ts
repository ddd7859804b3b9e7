import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/database';
import { GetRatingScaleUseCase, RatingScaleDto } from '@app/workflow';
import { RequireRole } from '../auth/auth.decorators';

@ApiTags('ClaimReviews')
@Controller('v1/ratings')
@RequireRole(Role.Ingester)
export class RatingsController {
  constructor(private readonly getRatingScale: GetRatingScaleUseCase) {}

  /** Ordered worst to best; `value` is the ClaimReview ratingValue. */
  @Get()
  @ApiOperation({
    summary: 'The rating scale in force',
    description: 'RATING_SCALE; the default runs from False to True.',
  })
  @ApiOkResponse({ type: RatingScaleDto })
  list(): Promise<RatingScaleDto> {
    return this.getRatingScale.execute();
  }
}
