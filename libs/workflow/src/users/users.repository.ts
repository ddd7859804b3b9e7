import { Injectable } from '@nestjs/common';
import { Queryable, Role, sql } from '@app/database';
import { Actor } from '../common/actor';

/** A person as stored, named as the code names it (never their key: only its hash is stored, and never read). */
export interface UserRow {
  id: string;
  name: string;
  role: Role;
  /** The desk they work on, for per-team statistics. */
  team: string | null;
  /** The first 8 characters of their key, to tell keys apart; null for the built-in users, who have no key. */
  keyPrefix: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A person with a live key, whose prefix is therefore known. */
export type LiveUserRow = UserRow & { keyPrefix: string };

/** A new person: who they are and the hash and prefix of their first key. */
export interface NewUser {
  name: string;
  role: Role;
  team: string | null;
  apiKeyHash: string;
  apiKeyPrefix: string;
}

/** The columns of a UserRow, from the `users` table as `person`. */
const USER_COLUMNS = sql`
  person.id, person.name, person.role, person.team, person.api_key_prefix AS "keyPrefix",
  person.created_at AS "createdAt", person.revoked_at AS "revokedAt"`;

/** Users: the people who work the desk (and the service's built-in actors), their roles and their API keys. */
@Injectable()
export class UsersRepository {
  /**
   * Whose live key has this hash: one probe of the unique index on `api_key_hash`, on every request. The key itself
   * never reaches the database.
   */
  async findActorByKeyHash(db: Queryable, apiKeyHash: string): Promise<Actor | null> {
    const [actor] = await db.query<Actor>(
      sql`SELECT id, name, role FROM users WHERE api_key_hash = ${apiKeyHash} AND revoked_at IS NULL`,
    );
    return actor ?? null;
  }

  async get(db: Queryable, id: string): Promise<UserRow | null> {
    const [row] = await db.query<UserRow>(sql`SELECT ${USER_COLUMNS} FROM users person WHERE person.id = ${id}`);
    return row ?? null;
  }

  /**
   * The person, locked for the rest of the transaction (`FOR UPDATE`: their key may change). Taking a lease locks the
   * taker's row too, first of all; so does whatever here goes on to lock their claims.
   */
  async lock(db: Queryable, id: string): Promise<UserRow | null> {
    const [row] = await db.query<UserRow>(
      sql`SELECT ${USER_COLUMNS} FROM users person WHERE person.id = ${id} FOR UPDATE`,
    );
    return row ?? null;
  }

  /**
   * The person, kept from being revoked until the transaction ends (`FOR KEY SHARE` waits for a revocation under way
   * and holds off the next one), without holding up their own takes (`FOR NO KEY UPDATE`).
   */
  async holdAgainstRevoke(db: Queryable, id: string): Promise<UserRow | null> {
    const [row] = await db.query<UserRow>(
      sql`SELECT ${USER_COLUMNS} FROM users person WHERE person.id = ${id} FOR KEY SHARE`,
    );
    return row ?? null;
  }

  /** People with a live key, oldest first. */
  listWithLiveKeys(db: Queryable): Promise<LiveUserRow[]> {
    return db.query<LiveUserRow>(sql`
      SELECT ${USER_COLUMNS} FROM users person
       WHERE person.revoked_at IS NULL AND person.api_key_prefix IS NOT NULL
       ORDER BY person.created_at, person.id`);
  }

  /**
   * People with a live key and one of the roles, by name, with how many claims each holds a live lease on (their open
   * leases, indexed by holder, whose claim still names them and whose expiry is ahead).
   */
  listPeople(db: Queryable, roles: Role[]): Promise<{ id: string; name: string; role: Role; liveLeases: number }[]> {
    return db.query(sql`
      SELECT person.id, person.name, person.role, count(held.id)::int AS "liveLeases"
        FROM users person
        LEFT JOIN leases open_lease ON open_lease.holder_id = person.id AND open_lease.released_at IS NULL
        LEFT JOIN claims held ON held.id = open_lease.claim_id AND held.lease_id = open_lease.id
                             AND held.lease_expires_at > now()
       WHERE person.revoked_at IS NULL AND person.api_key_prefix IS NOT NULL AND person.role = ANY(${roles}::text[])
       GROUP BY person.id
       ORDER BY person.name, person.id`);
  }

  async insert(db: Queryable, user: NewUser): Promise<UserRow> {
    const [row] = await db.query<UserRow>(sql`
      INSERT INTO users AS person (name, role, team, api_key_hash, api_key_prefix)
      VALUES (${user.name}, ${user.role}, ${user.team}, ${user.apiKeyHash}, ${user.apiKeyPrefix})
      RETURNING ${USER_COLUMNS}`);
    return row;
  }

  /** Replaces the person's key: the old one stops working when the transaction commits. */
  async replaceKey(db: Queryable, id: string, key: { apiKeyHash: string; apiKeyPrefix: string }): Promise<void> {
    await db.query(
      sql`UPDATE users SET api_key_hash = ${key.apiKeyHash}, api_key_prefix = ${key.apiKeyPrefix} WHERE id = ${id}`,
    );
  }

  /** Revokes the person's key for good (its hash goes); when it happened, by the database's clock. */
  async revoke(db: Queryable, id: string): Promise<Date> {
    const [{ revokedAt }] = await db.query<{ revokedAt: Date }>(sql`
      UPDATE users SET revoked_at = now(), api_key_hash = NULL WHERE id = ${id} RETURNING revoked_at AS "revokedAt"`);
    return revokedAt;
  }
}
