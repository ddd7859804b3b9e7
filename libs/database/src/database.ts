import { createHash } from 'node:crypto';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import sql, { SQLQuery } from '@databases/sql';
import { Pool, PoolClient, QueryResult } from 'pg';
import { AppConfig } from '@app/config';
import { unavailableOr } from './postgres-errors';

export { sql };
export type { SQLQuery };

/** Postgres' placeholders: every value of a statement is a parameter, never text in the SQL. */
const POSTGRES_FORMAT = {
  escapeIdentifier: (name: string) => `"${name.replace(/"/g, '""')}"`,
  formatValue: (value: unknown, index: number) => ({ placeholder: `$${index + 1}`, value }),
};

/** Statements marked by `prepare`. */
const TO_PREPARE = new WeakSet<SQLQuery>();

/**
 * Marks a statement to be prepared once on each connection and then only bound and executed, wherever it runs (alone,
 * in a pipeline, in a transaction): for a statement run for every article or claim whose text is always the same
 * (values are parameters, lists are arrays) and whose plan does not depend on the values, since after five executions
 * Postgres may keep one generic plan for all of them. Planning such statements (an INSERT from `unnest`, an UPDATE by
 * id) costs Postgres as much as running them.
 */
export function prepare(statement: SQLQuery): SQLQuery {
  TO_PREPARE.add(statement);
  return statement;
}

/** Where statements run: the pool (each statement on its own), or one transaction. */
export interface Queryable {
  /** The rows of one statement, typed by the caller as the columns it selects. */
  query<Row>(statement: SQLQuery): Promise<Row[]>;
  /**
   * Several statements in one round trip (node-postgres' pipelining), in order, in one transaction: each sees what
   * the ones before it wrote, and any failure undoes them all. The rows of each, in order.
   */
  pipeline(statements: SQLQuery[]): Promise<unknown[][]>;
}

/**
 * The service's one way to Postgres: parameterised statements built with the `sql` tag (fragments compose, values
 * stay parameters), typed rows, transactions, and pipelines that send a transaction's statements in one round trip.
 * Repositories take a `Queryable` — this pool, or the transaction a use case opened — so a use case decides what
 * runs together. The clock of leases, deadlines and events is the database's (`now()`).
 */
@Injectable()
export class Database implements Queryable, OnApplicationShutdown {
  private readonly pool: Pool;

  constructor(config: AppConfig) {
    this.pool = openPool(config);
  }

  query<Row>(statement: SQLQuery): Promise<Row[]> {
    return run<Row>(this.pool, statement);
  }

  /**
   * `prepared`: the statements are prepared once on each connection and then only bound and executed, for a hot path
   * whose statements' planning costs more than running them (take-next: 2.2 ms of planning against 0.6 ms of
   * execution). Only for statements whose best plan does not depend on their values: after five executions Postgres
   * may keep one generic plan for all of them.
   */
  async pipeline(statements: SQLQuery[], { prepared = false }: { prepared?: boolean } = {}): Promise<unknown[][]> {
    const client = await connect(this.pool);
    try {
      // BEGIN and COMMIT go in the same round trip; after a failure Postgres answers the COMMIT with a rollback.
      const [, ...results] = await pipelined(
        client,
        [sql`BEGIN`, ...statements, sql`COMMIT`],
        (index) => prepared && index > 0 && index <= statements.length,
      );
      return results.slice(0, -1);
    } finally {
      client.release();
    }
  }

  /**
   * Runs `work` in a transaction on one connection: committed when it resolves, rolled back when it throws. BEGIN is
   * not waited for: it goes to Postgres with the transaction's first statements (the connection pipelines), so it
   * costs no round trip of its own; if it fails, so do they.
   */
  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await connect(this.pool);
    const tx = new Transaction(client);
    let failure: unknown;
    const begun = client.query('BEGIN');
    // Its failure is the one reported when nothing else failed first (below); never an unhandled rejection.
    begun.catch(() => undefined);
    try {
      const result = await work(tx);
      await begun;
      await client.query('COMMIT');
      return result;
    } catch (error) {
      failure = error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A connection that failed mid-transaction is not handed out again.
      client.release(failure instanceof Error && !('code' in failure) ? failure : undefined);
    }
  }

  /** Last of the shutdown: the workers and the relay finish what they hold (beforeApplicationShutdown) first. */
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/** A client of the pool; no connection in time, or no server, is DatabaseUnavailableError. */
async function connect(pool: Pool): Promise<PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw unavailableOr(error);
  }
}

function openPool(config: AppConfig): Pool {
  const pool = new Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
    // A connection once opened is kept. Closed after 10 s idle (pg's default), connections were opened again at every
    // burst of requests, and a new one costs a backend started with cold caches (tens of ms on a busy machine, many
    // opened at once): that was most of take-next's tail. The pool never grows past DATABASE_POOL_SIZE, which
    // Postgres' max_connections is sized for anyway.
    idleTimeoutMillis: 0,
    // Queries a client is given before earlier ones answer are sent at once (see `pipeline`).
    pipeline: true,
    application_name: 'factcheck',
  });
  // A client that loses its connection (Postgres restarting) is dropped by the pool when idle, and fails its queries
  // when in use; either way its own 'error' event has nothing to add, and unheard it would end the process.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

class Transaction implements Queryable {
  constructor(private readonly client: PoolClient) {}

  query<Row>(statement: SQLQuery): Promise<Row[]> {
    return run<Row>(this.client, statement);
  }

  pipeline(statements: SQLQuery[]): Promise<unknown[][]> {
    return pipelined(this.client, statements);
  }
}

/**
 * Sends the statements without waiting between them. In a transaction, a statement that fails makes those after it
 * fail as well ("transaction is aborted"), so the first failure, in order, is the one reported.
 */
async function pipelined(
  client: PoolClient,
  statements: SQLQuery[],
  prepared: (index: number) => boolean = () => false,
): Promise<unknown[][]> {
  const results = await Promise.allSettled(
    statements.map((statement, index) => run(client, statement, prepared(index))),
  );
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown[]>).value);
}

async function run<Row>(target: Pool | PoolClient, statement: SQLQuery, prepared = false): Promise<Row[]> {
  const { text, values } = statement.format(POSTGRES_FORMAT);
  try {
    const result: QueryResult =
      prepared || TO_PREPARE.has(statement)
        ? await target.query({ name: preparedName(text), text, values })
        : await target.query(text, values);
    return result.rows as Row[];
  } catch (error) {
    throw unavailableOr(error);
  }
}

/** A prepared statement's name, from its text: the same text has the same name on every connection, and no other. */
function preparedName(text: string): string {
  return `p${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}
