import { INestApplication, Injectable, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AppConfig, loadConfig, StartupError } from '@app/config';
import { QueueName } from '@app/queue';
import type { JobOutcome } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './processors/stage-processor';
import { processorOfEachQueue, StageWorkers } from './stage-workers';

/** A processor of no consequence: these tests are about which processors there are. */
@Injectable()
abstract class Idle extends StageProcessor {
  constructor(config: AppConfig) {
    super(config);
  }

  protected handle(): Promise<JobOutcome> {
    return Promise.resolve({ status: 'done' });
  }
}

@QueueProcessor(QueueName.Extract)
class Extract extends Idle {}
@QueueProcessor(QueueName.Triage)
class Triage extends Idle {}
@QueueProcessor(QueueName.Publish)
class Publish extends Idle {}
@QueueProcessor(QueueName.Deliver)
class Deliver extends Idle {}
@QueueProcessor(QueueName.Leases)
class Leases extends Idle {}
@QueueProcessor(QueueName.Deadlines)
class Deadlines extends Idle {}
@QueueProcessor(QueueName.Models)
class Models extends Idle {}
@QueueProcessor(QueueName.Triage)
class SecondTriage extends Idle {}

const EVERY_QUEUE = [Extract, Triage, Publish, Deliver, Leases, Deadlines, Models];

async function startWorkers(config: AppConfig, processors: Type[]): Promise<INestApplication> {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [{ provide: AppConfig, useValue: config }, StageWorkers, ...processors],
  }).compile();
  return module.createNestApplication({ logger: false }).init();
}

describe('processorOfEachQueue', () => {
  const declared = (processors: Type[]) =>
    processors.map((processor) => ({
      queue: queueOf.get(processor)!,
      name: processor.name,
      instance: Object.create(processor.prototype as object) as unknown,
    }));
  const queueOf = new Map<Type, QueueName>([
    [Extract, QueueName.Extract],
    [Triage, QueueName.Triage],
    [Publish, QueueName.Publish],
    [Deliver, QueueName.Deliver],
    [Leases, QueueName.Leases],
    [Deadlines, QueueName.Deadlines],
    [Models, QueueName.Models],
    [SecondTriage, QueueName.Triage],
  ]);

  it('gives each queue its one processor', () => {
    const processors = processorOfEachQueue(declared(EVERY_QUEUE));
    expect([...processors.keys()].sort()).toEqual(Object.values(QueueName).sort());
    expect(processors.get(QueueName.Deliver)).toBeInstanceOf(Deliver);
  });

  it('names every queue without a processor and every queue with two', () => {
    const problems = () => processorOfEachQueue(declared([Extract, Triage, SecondTriage, Publish, Deliver]));
    expect(problems).toThrow(StartupError);
    expect(problems).toThrow(
      [
        'The worker cannot start:',
        '  - queue "triage" has 2 processors (Triage, SecondTriage)',
        '  - queue "leases" has no processor: add a class with @QueueProcessor(QueueName.Leases) to the worker module',
        '  - queue "deadlines" has no processor: add a class with @QueueProcessor(QueueName.Deadlines) to the worker module',
        '  - queue "models" has no processor: add a class with @QueueProcessor(QueueName.Models) to the worker module',
      ].join('\n'),
    );
  });

  it('refuses a processor that does not extend StageProcessor', () => {
    const declaredAll = declared(EVERY_QUEUE);
    declaredAll[0] = { ...declaredAll[0], name: 'Plain', instance: {} };
    expect(() => processorOfEachQueue(declaredAll)).toThrow(/Plain, the processor of queue "extract", does not extend/);
  });
});

describe('StageWorkers at start-up', () => {
  it('refuses to start, before any worker runs, when a queue has no processor or two', async () => {
    await expect(
      startWorkers(loadConfig({}), [Extract, Triage, SecondTriage, Publish, Deliver, Leases]),
    ).rejects.toThrow(
      /queue "triage" has 2 processors \(Triage, SecondTriage\)[\s\S]*queue "deadlines" has no processor/,
    );
  });
});
