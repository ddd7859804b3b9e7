import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Work to hand to BullMQ, written in the same transaction as the state change that caused it. */
@Entity('outbox')
export class OutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('text')
  queue: string;

  @Column('text', { name: 'job_name' })
  jobName: string;

  @Column('text', { name: 'job_id' })
  jobId: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  /** When set, the job is added delayed until then. */
  @Column('timestamptz', { name: 'run_at', nullable: true })
  runAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'dispatched_at', nullable: true })
  dispatchedAt: Date | null;
}
