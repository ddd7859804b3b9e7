import { Controller, Get, Header } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../public.decorator';
import { registry } from '../metrics';
import { QueueGauges } from './queue-gauges';

/** Prometheus metrics of this process, plus the depth and age of every queue read from Redis. */
@Controller('metrics')
@Public()
@SkipThrottle()
export class MetricsController {
  constructor(private readonly queues: QueueGauges) {}

  @Get()
  @Header('Content-Type', registry.contentType)
  async metrics(): Promise<string> {
    await this.queues.refresh();
    return registry.metrics();
  }
}
