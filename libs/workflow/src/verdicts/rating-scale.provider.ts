import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DEFAULT_RATING_SCALE, findRating, parseRatingScale, RatingLevel, RatingScale } from '@app/publishing';
import { WorkflowError } from '../common/workflow-error';

/** The rating scale in force: RATING_SCALE from the environment, or the built-in False … True. */
@Injectable()
export class RatingScaleProvider {
  readonly scale: RatingScale;

  constructor(config: AppConfig) {
    this.scale = config.RATING_SCALE ? parseRatingScale(config.RATING_SCALE) : DEFAULT_RATING_SCALE;
  }

  /** The level a verdict names (ignoring case); a rating not on the scale is refused, naming the ones that are. */
  level(name: string): RatingLevel {
    const level = findRating(this.scale, name);
    if (!level) {
      throw WorkflowError.invalid(`rating "${name}" is not on the rating scale`, [
        { field: 'rating', message: `must be one of: ${this.scale.map((each) => each.name).join(', ')}` },
      ]);
    }
    return level;
  }
}
