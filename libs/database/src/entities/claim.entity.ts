import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VirtualColumn } from 'typeorm';

export enum ClaimStage {
  Triage = 'triage',
  Research = 'research',
  Review = 'review',
  Published = 'published',
  Dismissed = 'dismissed',
}

/** The stages people work in, each a leased queue. */
export type LeasedStage = ClaimStage.Research | ClaimStage.Review;

@Entity('claims')
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'article_id' })
  articleId: string;

  @Column('uuid', { name: 'quote_id' })
  quoteId: string;

  @Column('int')
  position: number;

  @Column('text')
  text: string;

  @Column('text')
  standalone: string;

  @Column('int', { name: 'start_offset' })
  start: number;

  @Column('int', { name: 'end_offset' })
  end: number;

  @Column('uuid', { name: 'speaker_id', nullable: true })
  speakerId: string | null;

  @Column('real')
  checkworthiness: number;

  @Column('boolean')
  checkworthy: boolean;

  @Column('text', { default: ClaimStage.Triage })
  stage: ClaimStage;

  /** Triaged and found not worth checking: kept in triage, visible and promotable, never dropped. */
  @Column('boolean', { default: false })
  parked: boolean;

  /** Base priority at triage: check-worthiness, the speaker's prominence and the news' recency. */
  @Column('double precision', { default: 0 })
  priority: number;

  /** The queue's sort key: priority aged by waiting time (see claim-priority.ts), raised when overdue. */
  @Column('double precision', { name: 'queue_rank', default: 0 })
  queueRank: number;

  /** MinHash band keys of the claim's words: claims sharing one are candidates for "the same claim". */
  @Column('bigint', { name: 'match_bands', array: true, default: () => "'{}'" })
  matchBands: string[];

  /** Waited past its stage's deadline. */
  @Column('boolean', { default: false })
  overdue: boolean;

  @Column('timestamptz', { name: 'triaged_at', nullable: true })
  triagedAt: Date | null;

  @Column('timestamptz', { name: 'stage_entered_at' })
  stageEnteredAt: Date;

  @Column('uuid', { name: 'lease_id', nullable: true })
  leaseId: string | null;

  @Column('uuid', { name: 'lease_holder_id', nullable: true })
  leaseHolderId: string | null;

  @Column('timestamptz', { name: 'lease_expires_at', nullable: true })
  leaseExpiresAt: Date | null;

  /**
   * Whether the lease was live when the row was read, by the database's clock: a lease whose time is up is over even
   * while its row still names it (its expiry job has not run yet, or Redis lost it). Read-only.
   */
  @VirtualColumn({ type: 'boolean', query: (alias) => `SELECT coalesce(${alias}.lease_expires_at > now(), false)` })
  leaseLive: boolean;

  @Column('text', { name: 'dismissed_reason', nullable: true })
  dismissedReason: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
