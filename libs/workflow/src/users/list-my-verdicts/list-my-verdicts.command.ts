import { Actor } from '../../common/actor';

/** The verdicts the caller wrote part of. */
export class ListMyVerdictsCommand {
  constructor(readonly actor: Actor) {}
}
