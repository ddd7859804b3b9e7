import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The append-only audit trail (a trigger refuses updates and deletes): who did what, when. */
@Entity('events')
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('text')
  type: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('uuid', { name: 'article_id', nullable: true })
  articleId: string | null;

  @Column('uuid', { name: 'claim_id', nullable: true })
  claimId: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
