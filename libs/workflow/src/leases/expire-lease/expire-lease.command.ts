/** End a lease whose time is up (the job its opening scheduled). */
export class ExpireLeaseCommand {
  constructor(readonly leaseId: string) {}
}
