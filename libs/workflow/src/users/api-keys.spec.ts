import * as crypto from 'node:crypto';
import { AppConfig } from '@app/config';
import { Database, ENVIRONMENT_ADMIN_ID, Role, SQLQuery } from '@app/database';
import { generateApiKey, hashApiKey, sameKey } from './api-keys';
import { AuthenticateCommand } from './authenticate/authenticate.command';
import { AuthenticateUseCase } from './authenticate/authenticate.usecase';
import { UsersRepository } from './users.repository';

jest.mock('node:crypto', () => {
  const actual = jest.requireActual('node:crypto');
  return { ...actual, timingSafeEqual: jest.fn(actual.timingSafeEqual) };
});

const timingSafeEqual = crypto.timingSafeEqual as jest.MockedFunction<typeof crypto.timingSafeEqual>;

describe('API keys', () => {
  beforeEach(() => timingSafeEqual.mockClear());

  it('are 256 random bits, never the same twice', () => {
    const keys = Array.from({ length: 100 }, generateApiKey);
    expect(new Set(keys).size).toBe(100);
    for (const key of keys) {
      expect(key).toMatch(/^fck_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(key.slice(4), 'base64url')).toHaveLength(32);
    }
  });

  it('are stored as the hex SHA-256 of the key', () => {
    const key = generateApiKey();
    expect(hashApiKey(key)).toBe(crypto.createHash('sha256').update(key).digest('hex'));
    expect(hashApiKey(key)).not.toContain(key.slice(4));
  });

  it('compare with timingSafeEqual over two 32-byte digests, whatever the lengths given', () => {
    for (const [given, expected] of [
      ['short', 'a-much-longer-admin-key-of-the-environment'],
      ['a-much-longer-admin-key-of-the-environment', 'a-much-longer-admin-key-of-the-environment'],
      ['', 'x'.repeat(600)],
    ]) {
      timingSafeEqual.mockClear();
      expect(sameKey(given, expected)).toBe(given === expected);
      expect(timingSafeEqual).toHaveBeenCalledTimes(1);
      const [left, right] = timingSafeEqual.mock.calls[0] as [Buffer, Buffer];
      expect([left.length, right.length]).toEqual([32, 32]);
      expect(left).toEqual(crypto.createHash('sha256').update(given).digest());
      expect(right).toEqual(crypto.createHash('sha256').update(expected).digest());
    }
  });
});

describe('AuthenticateUseCase', () => {
  const adminKey = 'environment-admin-key-0123456789';
  const config = Object.assign(new AppConfig(), { ADMIN_API_KEY: adminKey });

  function withRows(rows: unknown[]) {
    const query = jest.fn<Promise<unknown[]>, [SQLQuery]>().mockResolvedValue(rows);
    const database = { query } as unknown as Database;
    return { useCase: new AuthenticateUseCase(database, config, new UsersRepository()), query };
  }

  /** A statement as Postgres receives it: its text with placeholders, and the values bound to them. */
  const sent = (statement: SQLQuery) =>
    statement.format({
      escapeIdentifier: (name) => `"${name}"`,
      formatValue: (value, index) => ({ placeholder: `$${index + 1}`, value }),
    });

  beforeEach(() => timingSafeEqual.mockClear());

  it('takes ADMIN_API_KEY after a constant-time comparison, without asking the database', async () => {
    const { useCase, query } = withRows([]);
    await expect(useCase.execute(new AuthenticateCommand(adminKey))).resolves.toEqual({
      id: ENVIRONMENT_ADMIN_ID,
      name: 'admin',
      role: Role.Admin,
    });
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    expect(query).not.toHaveBeenCalled();
  });

  it('compares the environment key in constant time even for a key of another length', async () => {
    const { useCase } = withRows([]);
    await expect(useCase.execute(new AuthenticateCommand('x'))).resolves.toBeNull();
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    const [left, right] = timingSafeEqual.mock.calls[0] as [Buffer, Buffer];
    expect(left.length).toBe(right.length);
  });

  it('looks a user key up by its hash only: the key itself never reaches the database', async () => {
    const key = generateApiKey();
    const { useCase, query } = withRows([{ id: 'user-1', name: 'Fiona', role: Role.FactChecker }]);
    await expect(useCase.execute(new AuthenticateCommand(key))).resolves.toEqual({
      id: 'user-1',
      name: 'Fiona',
      role: Role.FactChecker,
    });
    expect(query).toHaveBeenCalledTimes(1);
    const { text: sql, values: params } = sent(query.mock.calls[0][0]);
    expect(sql).toMatch(/WHERE api_key_hash = \$1 AND revoked_at IS NULL/);
    expect(params).toEqual([hashApiKey(key)]);
    expect(JSON.stringify([sql, params])).not.toContain(key);
    expect(JSON.stringify([sql, params])).not.toContain(key.slice(4, 20));
  });

  it('answers null for a key with no live user', async () => {
    const { useCase } = withRows([]);
    await expect(useCase.execute(new AuthenticateCommand(generateApiKey()))).resolves.toBeNull();
  });
});
