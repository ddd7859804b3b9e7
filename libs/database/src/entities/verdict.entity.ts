import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum VerdictStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Approved = 'approved',
  Published = 'published',
}

export interface VerdictSource {
  url: string;
  title?: string;
}

@Entity('verdicts')
export class Verdict {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('int', { default: 1 })
  version: number;

  @Column('text', { default: VerdictStatus.Draft })
  status: VerdictStatus;

  @Column('text', { nullable: true })
  rating: string | null;

  @Column('int', { name: 'rating_value', nullable: true })
  ratingValue: number | null;

  @Column('text', { nullable: true })
  summary: string | null;

  @Column('text', { nullable: true })
  explanation: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  sources: VerdictSource[];

  @Column('uuid', { name: 'author_id' })
  authorId: string;

  @Column('uuid', { name: 'reviewer_id', nullable: true })
  reviewerId: string | null;

  /** The editor's comment when the verdict was last sent back. */
  @Column('text', { name: 'review_comment', nullable: true })
  reviewComment: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  /** Why this version corrects the one before it. */
  @Column('text', { name: 'correction_note', nullable: true })
  correctionNote: string | null;

  /** When a correction replaced this published version. */
  @Column('timestamptz', { name: 'superseded_at', nullable: true })
  supersededAt: Date | null;

  @Column('jsonb', { name: 'claim_review', nullable: true })
  claimReview: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
