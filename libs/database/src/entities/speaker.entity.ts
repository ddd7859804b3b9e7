import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SpeakerType = 'person' | 'organization' | 'document' | 'media' | 'unknown';

/** A person or body quoted anywhere; one row per (normalised name, type) across all articles. */
@Entity('speakers')
export class Speaker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'name_key' })
  nameKey: string;

  @Column('text')
  type: SpeakerType;

  @Column('text', { nullable: true })
  title: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
