import { redisOptionsFromUrl } from './redis-options';

describe('redisOptionsFromUrl', () => {
  it('reads host, port, credentials and the database index', () => {
    expect(redisOptionsFromUrl('redis://user:p%40ss@cache.internal:6380/3')).toEqual({
      host: 'cache.internal',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 3,
    });
  });

  it('defaults to port 6379 and database 0, and turns on TLS for rediss', () => {
    expect(redisOptionsFromUrl('redis://localhost')).toEqual({ host: 'localhost', port: 6379 });
    expect(redisOptionsFromUrl('rediss://secure.example:6390')).toMatchObject({ tls: {} });
  });
});
