/** Make one attempt of one round of a delivery (the deliver job's payload). */
export class DeliverWebhookCommand {
  constructor(
    readonly deliveryId: string,
    readonly round: number,
    /** The attempts made before this one. */
    readonly attempt: number,
  ) {}
}
