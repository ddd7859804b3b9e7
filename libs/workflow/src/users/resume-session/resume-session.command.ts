/** A sign-in session's holder and the hash of the key they opened it with. */
export class ResumeSessionCommand {
  constructor(
    readonly actorId: string,
    readonly apiKeyHash: string,
  ) {}
}
