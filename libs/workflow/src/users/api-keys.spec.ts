import * as crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { ENVIRONMENT_ADMIN_ID, Role } from '@app/database';
import { generateApiKey, hashApiKey, sameKey } from './api-keys';
import { AuthenticateUseCase } from './authenticate.usecase';

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
    const query = jest.fn().mockResolvedValue(rows);
    return { useCase: new AuthenticateUseCase({ query } as unknown as DataSource, config), query };
  }

  beforeEach(() => timingSafeEqual.mockClear());

  it('takes ADMIN_API_KEY after a constant-time comparison, without asking the database', async () => {
    const { useCase, query } = withRows([]);
    await expect(useCase.execute(adminKey)).resolves.toEqual({
      id: ENVIRONMENT_ADMIN_ID,
      name: 'admin',
      role: Role.Admin,
    });
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    expect(query).not.toHaveBeenCalled();
  });

  it('compares the environment key in constant time even for a key of another length', async () => {
    const { useCase } = withRows([]);
    await expect(useCase.execute('x')).resolves.toBeNull();
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    const [left, right] = timingSafeEqual.mock.calls[0] as [Buffer, Buffer];
    expect(left.length).toBe(right.length);
  });

  it('looks a user key up by its hash only: the key itself never reaches the database', async () => {
    const key = generateApiKey();
    const { useCase, query } = withRows([{ id: 'user-1', name: 'Fiona', role: Role.FactChecker }]);
    await expect(useCase.execute(key)).resolves.toEqual({ id: 'user-1', name: 'Fiona', role: Role.FactChecker });
    expect(query).toHaveBeenCalledTimes(1);
    const [sql, params] = query.mock.calls[0] as [string, unknown[]];
    expect(sql).toMatch(/WHERE api_key_hash = \$1 AND revoked_at IS NULL/);
    expect(params).toEqual([hashApiKey(key)]);
    expect(JSON.stringify([sql, params])).not.toContain(key);
    expect(JSON.stringify([sql, params])).not.toContain(key.slice(4, 20));
  });

  it('answers null for a key with no live user', async () => {
    const { useCase } = withRows([]);
    await expect(useCase.execute(generateApiKey())).resolves.toBeNull();
  });
});
