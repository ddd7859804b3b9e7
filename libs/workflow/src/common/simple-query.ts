import type { Client, QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Several statements sent as one query, in one round trip, on one pooled connection, and run as one implicit
 * transaction; a result each. Postgres takes no parameters in such a query, so values go in as literals escaped by
 * the driver (`literal`): for the hottest reads and writes of the desk, where each round trip shows in latency.
 */
export async function simpleQuery(
  dataSource: DataSource,
  statements: (literal: (value: string) => string) => string[],
): Promise<QueryResult[]> {
  const [client, release] = (await (dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
    Client,
    (error?: Error) => void,
  ];
  try {
    const sql = statements((value) => client.escapeLiteral(value)).join(';\n');
    const results = (await client.query(sql)) as unknown as QueryResult | QueryResult[];
    release();
    return Array.isArray(results) ? results : [results];
  } catch (error) {
    release(error as Error); // a connection that failed is not handed out again
    throw error;
  }
}
