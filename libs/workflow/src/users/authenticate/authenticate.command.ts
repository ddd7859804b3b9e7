/** Who presents this API key (the part after `Bearer `). */
export class AuthenticateCommand {
  constructor(readonly apiKey: string) {}
}
