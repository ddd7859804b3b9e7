import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { ModelInService } from './model-in-service';

/**
 * Registers the build's shipped check-worthiness model as a version (in service unless a desk-trained one is), so that
 * triage records it on the claims it scores. The worker runs it as it starts; idempotent.
 */
@Injectable()
export class RegisterShippedModelUseCase {
  constructor(
    private readonly database: Database,
    private readonly inService: ModelInService,
  ) {}

  execute(): Promise<number> {
    return this.database.transaction((tx) => this.inService.registerShipped(tx));
  }
}
