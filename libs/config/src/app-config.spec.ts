import { AppConfig, ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@localhost:5432/factcheck');
    expect(config.REDIS_URL).toBe('redis://localhost:6379');
    expect(config.PORT).toBe(3000);
    expect(config.LEASE_SECONDS).toBe(1800);
    expect(config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(config.ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(config.publicBaseUrl).toBe('http://localhost:3000');
  });

  it('reads numbers and booleans from strings', () => {
    const config = loadConfig({
      PORT: '8080',
      LEASE_SECONDS: '60',
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
      ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS: 'yes',
    });
    expect(config.PORT).toBe(8080);
    expect(config.LEASE_SECONDS).toBe(60);
    expect(config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS).toBe(true);
    expect(config.ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS).toBe(true);
  });

  it('names every bad variable', () => {
    expect(() =>
      loadConfig({ LEASE_SECONDS: '-5', DATABASE_URL: 'mysql://x', WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'maybe' }),
    ).toThrow(ConfigError);
    expect(() => loadConfig({ LEASE_SECONDS: '-5', DATABASE_URL: 'mysql://x' })).toThrow(
      /LEASE_SECONDS[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*LEASE_SECONDS/,
    );
  });

  it('refuses a short admin key', () => {
    expect(() => loadConfig({ ADMIN_API_KEY: 'short' })).toThrow(/ADMIN_API_KEY/);
  });

  it('names a bad key or URL without printing its value, which may be a secret', () => {
    const error = (() => {
      try {
        loadConfig({
          ADMIN_API_KEY: 'short-SECRET',
          DATABASE_URL: 'mysql://app:pw-SECRET@db/factcheck',
          REDIS_URL: 'ftp://:pw-SECRET@redis',
        });
      } catch (thrown) {
        return thrown as ConfigError;
      }
    })();
    expect(error?.message).toMatch(/ADMIN_API_KEY[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*ADMIN_API_KEY/);
    expect(error?.message).toContain('REDIS_URL');
    expect(error?.message).not.toContain('SECRET');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL.*\(got "loud"\)/);
  });

  it('runs the checks it is given and reports their problems with its own', () => {
    const scale = '[{"name": "Only", "value": 0}]';
    const check = (config: AppConfig) =>
      config.RATING_SCALE === scale ? ['RATING_SCALE is not a valid rating scale'] : [];
    expect(loadConfig({ RATING_SCALE: '[]' }, [check]).RATING_SCALE).toBe('[]');
    expect(() => loadConfig({ RATING_SCALE: scale }, [check])).toThrow(ConfigError);
    expect(() => loadConfig({ RATING_SCALE: scale, LEASE_SECONDS: '-5' }, [check])).toThrow(
      /LEASE_SECONDS[\s\S]*RATING_SCALE is not a valid rating scale/,
    );
  });
});
