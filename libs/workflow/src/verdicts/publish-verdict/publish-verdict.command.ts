/** Publish an approved verdict version (the publish stage's job). */
export class PublishVerdictCommand {
  constructor(readonly verdictId: string) {}
}
