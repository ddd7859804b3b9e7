import { Injectable } from '@nestjs/common';
import { Queryable, sql, SQLQuery } from '@app/database';
import type { CheckworthinessModel } from '@app/extraction';

export type ModelOrigin = 'shipped' | 'desk';

/** A model version without its weights. */
export interface ModelVersionRow {
  id: number;
  origin: ModelOrigin;
  digest: string;
  trainedAt: Date;
  trainingSize: number;
  training: Record<string, unknown>;
  decisionsUntil: Date | null;
  evaluation: Record<string, unknown>;
  inService: boolean;
  activatedAt: Date | null;
}

/** A version to store: what its row will say, with its weights. */
export type NewModelVersion = Omit<ModelVersionRow, 'id' | 'inService' | 'activatedAt'> & {
  model: CheckworthinessModel;
};

const VERSION_COLUMNS = sql`
  id, origin, digest, trained_at AS "trainedAt", training_size AS "trainingSize", training,
  decisions_until AS "decisionsUntil", evaluation, in_service AS "inService", activated_at AS "activatedAt"`;

/** The check-worthiness model versions: the one in service, their weights, new ones and the switch between them. */
@Injectable()
export class CheckworthinessModelsRepository {
  /** The id and digest of the version in service (no row when none is). */
  inServiceSql(): SQLQuery {
    return sql`SELECT id, digest FROM checkworthiness_models WHERE in_service`;
  }

  async inService(db: Queryable): Promise<ModelVersionRow | undefined> {
    const [row] = await db.query<ModelVersionRow>(
      sql`SELECT ${VERSION_COLUMNS} FROM checkworthiness_models WHERE in_service`,
    );
    return row;
  }

  async weights(db: Queryable, id: number): Promise<CheckworthinessModel> {
    const [row] = await db.query<{ model: CheckworthinessModel }>(
      sql`SELECT model FROM checkworthiness_models WHERE id = ${id}`,
    );
    if (!row) throw new Error(`check-worthiness model ${id} not found`);
    return row.model;
  }

  /** The newest desk decision any stored version was trained on: retraining counts the decisions after it. */
  async decisionsUntil(db: Queryable): Promise<Date | null> {
    const [row] = await db.query<{ until: Date | null }>(
      sql`SELECT max(decisions_until) AS until FROM checkworthiness_models`,
    );
    return row.until;
  }

  /**
   * Stores a version (not in service); the version already stored with the same weights when there is one, which
   * then counts the decisions this one was trained on as seen (so the same data does not retrain again).
   */
  async insert(db: Queryable, version: NewModelVersion): Promise<number> {
    const [row] = await db.query<{ id: number }>(sql`
      INSERT INTO checkworthiness_models (origin, digest, model, trained_at, training_size, training, decisions_until,
                                         evaluation)
      VALUES (${version.origin}, ${version.digest}, ${JSON.stringify(version.model)}::jsonb, ${version.trainedAt},
              ${version.trainingSize}, ${JSON.stringify(version.training)}::jsonb, ${version.decisionsUntil},
              ${JSON.stringify(version.evaluation)}::jsonb)
      ON CONFLICT (digest) DO UPDATE
        SET decisions_until = greatest(checkworthiness_models.decisions_until, EXCLUDED.decisions_until)
      RETURNING id`);
    return row.id;
  }

  /** Puts a version in service, taking the one in service out, in one statement. */
  async putInService(db: Queryable, id: number): Promise<void> {
    // Out first, then in: the unique index on the one in service is checked after each statement.
    await db.query(sql`UPDATE checkworthiness_models SET in_service = false WHERE in_service AND id <> ${id}`);
    await db.query(sql`
      UPDATE checkworthiness_models SET in_service = true, activated_at = now() WHERE id = ${id} AND NOT in_service`);
  }

  /** Serialises the writers of versions (workers starting, retrainings) for the rest of the transaction. */
  async lock(db: Queryable): Promise<void> {
    await db.query(sql`SELECT pg_advisory_xact_lock(hashtext('checkworthiness_models'))`);
  }
}
