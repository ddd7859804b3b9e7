import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions of the check-worthiness model. The model shipped with a release is registered as a version (`shipped`,
 * known by the digest of its weights); the scheduled retraining stores every model it fits (`desk`), switched to or
 * not, with what it was trained on and how it measured against the model then in service. One version at most is in
 * service (the partial unique index): triage scores with it. Each claim keeps the version that scored it
 * (`claims.checkworthiness_model`; null for a claim triaged before versions were kept).
 */
export class CheckworthinessModels1765800000000 implements MigrationInterface {
  name = 'CheckworthinessModels1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE checkworthiness_models (
        id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        origin text NOT NULL CHECK (origin IN ('shipped', 'desk')),
        digest text NOT NULL UNIQUE,
        model jsonb NOT NULL,
        trained_at timestamptz NOT NULL,
        training_size int NOT NULL,
        training jsonb NOT NULL DEFAULT '{}',
        -- The newest desk decision it was trained on: a retraining counts the decisions after it.
        decisions_until timestamptz,
        evaluation jsonb NOT NULL DEFAULT '{}',
        in_service boolean NOT NULL DEFAULT false,
        activated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX checkworthiness_models_one_in_service ON checkworthiness_models ((true)) WHERE in_service;
      ALTER TABLE claims ADD COLUMN checkworthiness_model int REFERENCES checkworthiness_models(id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE claims DROP COLUMN checkworthiness_model;
      DROP TABLE checkworthiness_models;
    `);
  }
}
