import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SpeakerType } from './speaker.entity';

@Entity('quotes')
export class Quote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'article_id' })
  articleId: string;

  /** Order in the article; with articleId the natural key that makes re-extraction idempotent. */
  @Column('int')
  position: number;

  @Column('text')
  text: string;

  @Column('int', { name: 'start_offset' })
  start: number;

  @Column('int', { name: 'end_offset' })
  end: number;

  @Column('text')
  kind: 'direct' | 'partial' | 'indirect';

  @Column('uuid', { name: 'speaker_id', nullable: true })
  speakerId: string | null;

  @Column('text', { name: 'speaker_name', nullable: true })
  speakerName: string | null;

  @Column('text', { name: 'speaker_type', nullable: true })
  speakerType: SpeakerType | null;

  @Column('text', { name: 'speaker_title', nullable: true })
  speakerTitle: string | null;

  @Column('text', { name: 'mention_text', nullable: true })
  mentionText: string | null;

  @Column('int', { name: 'mention_start', nullable: true })
  mentionStart: number | null;

  @Column('int', { name: 'mention_end', nullable: true })
  mentionEnd: number | null;

  @Column('text', { name: 'cue_text', nullable: true })
  cueText: string | null;

  @Column('int', { name: 'cue_start', nullable: true })
  cueStart: number | null;

  @Column('int', { name: 'cue_end', nullable: true })
  cueEnd: number | null;
}
