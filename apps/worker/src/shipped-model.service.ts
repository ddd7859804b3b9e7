import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RegisterShippedModelUseCase } from '@app/workflow';

/** Registers the build's check-worthiness model as the worker starts (see RegisterShippedModelUseCase). */
@Injectable()
export class ShippedModelService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ShippedModelService.name);

  constructor(private readonly register: RegisterShippedModelUseCase) {}

  async onApplicationBootstrap(): Promise<void> {
    // Not fatal: until it is registered, triage keeps extraction's scores and records no version; the retraining
    // job registers it too.
    await this.register
      .execute()
      .catch((error: Error) =>
        this.logger.warn(`registering the shipped check-worthiness model failed: ${error.message}`),
      );
  }
}
