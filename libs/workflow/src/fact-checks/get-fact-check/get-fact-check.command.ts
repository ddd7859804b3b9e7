/** The published fact check a public address names. */
export class GetFactCheckCommand {
  constructor(readonly slug: string) {}
}
