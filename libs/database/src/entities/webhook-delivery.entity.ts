import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum DeliveryStatus {
  Pending = 'pending',
  Succeeded = 'succeeded',
  Failed = 'failed',
}

/** One event for one subscription: its exact signed body, and the outcome of every attempt so far. */
@Entity('webhook_deliveries')
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'subscription_id' })
  subscriptionId: string;

  @Column('bigint', { name: 'event_id' })
  eventId: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  /** The `webhook-id` header: the same on every attempt so receivers can deduplicate. */
  @Column('text', { name: 'message_id' })
  messageId: string;

  @Column('text')
  body: string;

  /** Deliveries with the same key (a claim, or an article) go out one after another, in event order. */
  @Column('text', { name: 'ordering_key', nullable: true })
  orderingKey: string | null;

  @Column('text', { default: DeliveryStatus.Pending })
  status: DeliveryStatus;

  @Column('int', { default: 0 })
  attempts: number;

  /** Incremented by each manual retry, so its job id differs from the exhausted one. */
  @Column('int', { default: 0 })
  round: number;

  @Column('int', { name: 'last_status_code', nullable: true })
  lastStatusCode: number | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt: Date | null;
}
