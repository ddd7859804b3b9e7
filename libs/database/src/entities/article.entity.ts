import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ArticleStatus {
  Received = 'received',
  Extracting = 'extracting',
  Extracted = 'extracted',
  Failed = 'failed',
}

@Entity('articles')
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { nullable: true })
  url: string | null;

  /** The url normalised for deduplication (no fragment, lower-case host). */
  @Column('text', { name: 'url_key', nullable: true })
  urlKey: string | null;

  @Column('text', { name: 'body_hash' })
  bodyHash: string;

  @Column('text', { nullable: true })
  title: string | null;

  @Column('text')
  body: string;

  @Column('text', { name: 'source_format' })
  sourceFormat: 'text' | 'html';

  @Column('text', { nullable: true })
  publisher: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('text', { array: true, default: () => "'{}'" })
  authors: string[];

  @Column('text', { default: 'en' })
  language: string;

  @Column('text', { default: ArticleStatus.Received })
  status: ArticleStatus;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason: string | null;

  @Column('uuid', { name: 'submitted_by' })
  submittedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'extracted_at', nullable: true })
  extractedAt: Date | null;
}
