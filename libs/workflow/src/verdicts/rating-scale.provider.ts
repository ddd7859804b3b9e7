import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DEFAULT_RATING_SCALE, parseRatingScale, RatingScale } from '@app/publishing';

/** The rating scale in force: RATING_SCALE from the environment, or the built-in False … True. */
@Injectable()
export class RatingScaleProvider {
  readonly scale: RatingScale;

  constructor(config: AppConfig) {
    this.scale = config.RATING_SCALE ? parseRatingScale(config.RATING_SCALE) : DEFAULT_RATING_SCALE;
  }
}
