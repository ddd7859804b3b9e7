import { LeasedStage } from '@app/database';
import { Actor } from '../../common/actor';

/** Lease the highest-ranked free claim of a stage to the caller. */
export class TakeNextClaimCommand {
  constructor(
    readonly actor: Actor,
    readonly stage: LeasedStage,
  ) {}
}
