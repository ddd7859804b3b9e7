/** Retrain the check-worthiness model on the desk's decisions if enough came in since the last model. */
export class RetrainCheckworthinessCommand {
  /** Retrain whatever the number of new decisions (the command line, tests). */
  constructor(readonly force = false) {}
}
