import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The stored answer to a request sent with an Idempotency-Key, replayed for retries of it. */
@Entity('idempotency_keys')
export class IdempotencyRecord {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @PrimaryColumn('text')
  key: string;

  @Column('text', { name: 'request_hash' })
  requestHash: string;

  @Column('int', { name: 'status_code' })
  statusCode: number;

  @Column('jsonb')
  response: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
