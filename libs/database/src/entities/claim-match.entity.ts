import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A claim that says the same as an earlier one. `linked` was near-exact and linked by triage; `suggested` waits for
 * a person, who `confirmed` or `rejected` it.
 */
export type ClaimMatchStatus = 'linked' | 'suggested' | 'confirmed' | 'rejected';

@Entity('claim_matches')
export class ClaimMatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('uuid', { name: 'matched_claim_id' })
  matchedClaimId: string;

  @Column('real')
  similarity: number;

  @Column('text')
  status: ClaimMatchStatus;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
