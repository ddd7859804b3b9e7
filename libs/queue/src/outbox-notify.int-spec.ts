import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@app/testing';

/**
 * The outbox wakes the relay (NOTIFY outbox) for work due now or soon, and not for work due later: a notifying commit
 * holds a lock for the whole server until it is on disk, and take-next schedules the end of every lease it grants.
 */
describe('outbox notifications', () => {
  let database: TestDatabase;
  let listener: Client;
  let writer: Client;
  const received: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    listener = new Client({ connectionString: database.url });
    writer = new Client({ connectionString: database.url });
    await Promise.all([listener.connect(), writer.connect()]);
    listener.on('notification', (message) => received.push(message.channel));
    await listener.query('LISTEN outbox');
  });

  afterAll(async () => {
    await Promise.all([listener.end(), writer.end()]);
    await database.drop();
  });

  /** Inserts rows due at `runAts` (SQL expressions) in one statement; how many notifications the commit sent. */
  const notificationsFor = async (...runAts: string[]): Promise<number> => {
    const before = received.length;
    await writer.query(
      `INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
       SELECT 'leases', 'expire-lease', gen_random_uuid()::text, '{}', run_at
         FROM (VALUES ${runAts.map((runAt) => `((${runAt})::timestamptz)`).join(', ')}) AS due(run_at)`,
    );
    // A notification arrives on the listener's connection soon after the commit; a round trip on it makes sure
    // everything sent before is read.
    await listener.query('SELECT 1');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await listener.query('SELECT 1');
    return received.length - before;
  };

  it('wakes the relay for a job due now, in a minute, or among later ones', async () => {
    expect(await notificationsFor('NULL')).toBe(1);
    expect(await notificationsFor(`now() + interval '1 minute'`)).toBe(1);
    expect(await notificationsFor(`now() + interval '30 minutes'`, 'NULL')).toBe(1);
  });

  it('does not notify for jobs due later than five minutes from now, such as the end of a lease', async () => {
    expect(await notificationsFor(`now() + interval '30 minutes'`)).toBe(0);
    expect(await notificationsFor(`now() + interval '6 minutes'`, `now() + interval '1 day'`)).toBe(0);
  });
});
