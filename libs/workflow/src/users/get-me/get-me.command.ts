import { Actor } from '../../common/actor';

/** Whom the caller's key belongs to. */
export class GetMeCommand {
  constructor(readonly actor: Actor) {}
}
