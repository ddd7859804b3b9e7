import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole schema of the first release. Stages, statuses and roles are text with CHECK constraints rather than
 * enum types so that later migrations can add values inside a transaction.
 */
export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ingester', 'factchecker', 'editor', 'admin')),
        api_key_hash text UNIQUE,
        api_key_prefix text,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      -- Actors that have no key of their own: the service itself, and whoever holds ADMIN_API_KEY.
      INSERT INTO users (id, name, role) VALUES
        ('00000000-0000-0000-0000-000000000000', 'system', 'admin'),
        ('00000000-0000-0000-0000-000000000001', 'admin (ADMIN_API_KEY)', 'admin');

      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text,
        url_key text,
        body_hash text NOT NULL,
        title text,
        body text NOT NULL,
        source_format text NOT NULL CHECK (source_format IN ('text', 'html')),
        publisher text,
        published_at timestamptz,
        authors text[] NOT NULL DEFAULT '{}',
        language text NOT NULL DEFAULT 'en',
        status text NOT NULL DEFAULT 'received'
          CHECK (status IN ('received', 'extracting', 'extracted', 'failed')),
        failure_reason text,
        submitted_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        extracted_at timestamptz
      );
      CREATE UNIQUE INDEX articles_url_key_unique ON articles (url_key) WHERE url_key IS NOT NULL;
      CREATE UNIQUE INDEX articles_body_hash_unique_without_url ON articles (body_hash) WHERE url_key IS NULL;
      CREATE INDEX articles_body_hash ON articles (body_hash);
      CREATE INDEX articles_unfinished ON articles (created_at) WHERE status IN ('received', 'extracting');

      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id),
        key text NOT NULL,
        request_hash text NOT NULL,
        status_code int NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      );

      CREATE TABLE speakers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        name_key text NOT NULL,
        type text NOT NULL CHECK (type IN ('person', 'organization', 'document', 'media', 'unknown')),
        title text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (name_key, type)
      );

      CREATE TABLE quotes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position int NOT NULL,
        text text NOT NULL,
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
        speaker_id uuid REFERENCES speakers(id),
        speaker_name text,
        speaker_type text,
        speaker_title text,
        mention_text text,
        mention_start int,
        mention_end int,
        cue_text text,
        cue_start int,
        cue_end int,
        UNIQUE (article_id, position)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker_id);

      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote_id uuid NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        position int NOT NULL,
        text text NOT NULL,
        standalone text NOT NULL,
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        speaker_id uuid REFERENCES speakers(id),
        checkworthiness real NOT NULL CHECK (checkworthiness BETWEEN 0 AND 1),
        checkworthy boolean NOT NULL,
        stage text NOT NULL DEFAULT 'triage'
          CHECK (stage IN ('triage', 'research', 'review', 'published', 'dismissed')),
        parked boolean NOT NULL DEFAULT false,
        priority double precision NOT NULL DEFAULT 0,
        triaged_at timestamptz,
        stage_entered_at timestamptz NOT NULL DEFAULT now(),
        lease_id uuid,
        lease_holder_id uuid REFERENCES users(id),
        lease_expires_at timestamptz,
        dismissed_reason text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (quote_id, position),
        CHECK ((lease_id IS NULL) = (lease_holder_id IS NULL) AND (lease_id IS NULL) = (lease_expires_at IS NULL))
      );
      -- take-next: the highest priority claim of a stage.
      CREATE INDEX claims_queue ON claims (stage, priority DESC, created_at, id);
      CREATE INDEX claims_article ON claims (article_id);
      CREATE INDEX claims_speaker ON claims (speaker_id);
      CREATE INDEX claims_untriaged ON claims (article_id) WHERE triaged_at IS NULL;

      CREATE TABLE leases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        holder_id uuid NOT NULL REFERENCES users(id),
        stage text NOT NULL CHECK (stage IN ('research', 'review')),
        acquired_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        released_at timestamptz,
        release_reason text
      );
      -- At most one live lease per claim, whatever the application does.
      CREATE UNIQUE INDEX leases_one_open_per_claim ON leases (claim_id) WHERE released_at IS NULL;

      CREATE TABLE verdicts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        version int NOT NULL DEFAULT 1,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'published')),
        rating text,
        rating_value int,
        summary text,
        explanation text,
        sources jsonb NOT NULL DEFAULT '[]',
        author_id uuid NOT NULL REFERENCES users(id),
        reviewer_id uuid REFERENCES users(id),
        review_comment text,
        submitted_at timestamptz,
        approved_at timestamptz,
        published_at timestamptz,
        claim_review jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (claim_id, version)
      );
      CREATE INDEX verdicts_unpublished ON verdicts (approved_at) WHERE status = 'approved';

      CREATE TABLE events (
        id bigserial PRIMARY KEY,
        type text NOT NULL,
        actor_id uuid REFERENCES users(id),
        article_id uuid,
        claim_id uuid,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX events_claim ON events (claim_id, id) WHERE claim_id IS NOT NULL;
      CREATE INDEX events_article ON events (article_id, id) WHERE article_id IS NOT NULL;
      CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'events are append-only'; END $$;
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON events
        FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();

      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        queue text NOT NULL,
        job_name text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        run_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      );
      CREATE INDEX outbox_pending ON outbox (id) WHERE dispatched_at IS NULL;
      CREATE INDEX outbox_dispatched ON outbox (dispatched_at) WHERE dispatched_at IS NOT NULL;
      -- Wakes the relay as soon as a transaction that wrote work commits.
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('outbox', ''); RETURN NULL; END $$;
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        description text,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        disabled_reason text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      );
      CREATE INDEX webhook_subscriptions_events ON webhook_subscriptions USING gin (events) WHERE active;

      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions(id),
        event_id bigint NOT NULL REFERENCES events(id),
        event_type text NOT NULL,
        message_id text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        round int NOT NULL DEFAULT 0,
        last_status_code int,
        last_error text,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (subscription_id, event_id)
      );
      CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at DESC);
      CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (created_at) WHERE status = 'pending';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE webhook_deliveries;
      DROP TABLE webhook_subscriptions;
      DROP TABLE outbox;
      DROP FUNCTION outbox_notify CASCADE;
      DROP TABLE events;
      DROP FUNCTION events_append_only CASCADE;
      DROP TABLE verdicts;
      DROP TABLE leases;
      DROP TABLE claims;
      DROP TABLE quotes;
      DROP TABLE speakers;
      DROP TABLE idempotency_keys;
      DROP TABLE articles;
      DROP TABLE users;
    `);
  }
}
