import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum Role {
  Ingester = 'ingester',
  FactChecker = 'factchecker',
  Editor = 'editor',
  Admin = 'admin',
}

/** Each role may do everything the roles before it may. */
export const ROLE_ORDER: readonly Role[] = [Role.Ingester, Role.FactChecker, Role.Editor, Role.Admin];

export function roleAllows(held: Role, required: Role): boolean {
  return ROLE_ORDER.indexOf(held) >= ROLE_ORDER.indexOf(required);
}

/** The service itself, as the actor of automatic changes (lease expiry, triage). */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';
/** Whoever presents ADMIN_API_KEY. */
export const ENVIRONMENT_ADMIN_ID = '00000000-0000-0000-0000-000000000001';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  role: Role;

  /** The desk a person works on, for per-team statistics. */
  @Column('text', { nullable: true })
  team: string | null;

  @Column('text', { name: 'api_key_hash', nullable: true, select: false })
  apiKeyHash: string | null;

  @Column('text', { name: 'api_key_prefix', nullable: true })
  apiKeyPrefix: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
