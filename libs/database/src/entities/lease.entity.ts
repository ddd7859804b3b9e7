import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type LeaseReleaseReason = 'released' | 'expired' | 'submitted' | 'approved' | 'rejected' | 'dismissed';

/** Every lease ever held; the live one is also mirrored on its claim row so take-next reads one table. */
@Entity('leases')
export class Lease {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('uuid', { name: 'holder_id' })
  holderId: string;

  @Column('text')
  stage: 'research' | 'review';

  @Column('timestamptz', { name: 'acquired_at' })
  acquiredAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'released_at', nullable: true })
  releasedAt: Date | null;

  @Column('text', { name: 'release_reason', nullable: true })
  releaseReason: LeaseReleaseReason | null;
}
