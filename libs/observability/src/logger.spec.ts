import fc from 'fast-check';
import { redactUrlSecrets } from './logger';

/** A log line as pino writes it: the text inside a JSON string. */
const line = (url: string) =>
  JSON.stringify({ level: 30, req: { method: 'GET', url }, msg: `request to ${url} completed` });

describe('redactUrlSecrets', () => {
  it.each([
    ['/v1/claims?api_key=SECRET&token=SECRET2&page=2', '/v1/claims?api_key=[redacted]&token=[redacted]&page=2'],
    ['/v1/claims?page=2&apiKey=SECRET', '/v1/claims?page=2&apiKey=[redacted]'],
    ['/v1/claims?APIKEY=SECRET', '/v1/claims?APIKEY=[redacted]'],
    ['/cb?access_token=SECRET&refresh_token=SECRET', '/cb?access_token=[redacted]&refresh_token=[redacted]'],
    ['/hook?X-Signature=SECRET#frag', '/hook?X-Signature=[redacted]#frag'],
    ['/login?user=ann&password=SECRET', '/login?user=ann&password=[redacted]'],
    ['/login?passwd=SECRET;pwd=SECRET&pwd=SECRET', '/login?passwd=[redacted]&pwd=[redacted]'],
    ['/x?client_secret=SECRET&sig=SECRET&auth=SECRET', '/x?client_secret=[redacted]&sig=[redacted]&auth=[redacted]'],
    ['/x?api%5Fkey=SECRET', '/x?api%5Fkey=[redacted]'],
    ['/x?api_key=SEC%22RET%20', '/x?api_key=[redacted]'],
    ['/x?api_key=SECRET?more', '/x?api_key=[redacted]'],
    ['https://app.example/#access_token=SECRET&state=1', 'https://app.example/#access_token=[redacted]&state=1'],
    [
      'postgres://factcheck:SECRET@db:5432/factcheck?sslmode=require',
      'postgres://factcheck:[redacted]@db:5432/factcheck?sslmode=require',
    ],
    ['/v1/claims?q=token&speaker=Key+Person&page=2', '/v1/claims?q=token&speaker=Key+Person&page=2'],
    ['/v1/claims?api_key=&page=2', '/v1/claims?api_key=&page=2'],
  ])('%s', (url, expected) => {
    const redacted = redactUrlSecrets(line(url));
    expect(JSON.parse(redacted)).toEqual(JSON.parse(line(expected)));
    expect(redacted).not.toContain('SECRET');
  });

  it('takes the JSON escapes inside a value with it', () => {
    const redacted = redactUrlSecrets(line('/x?token=SECRET1"SECRET2\\SECRET3\nSECRET4&page=2'));
    expect(redacted).not.toContain('SECRET');
    expect(JSON.parse(redacted).req.url).toBe('/x?token=[redacted]&page=2');
  });

  it('keeps every line valid JSON and leaves lines without credentials as they were', () => {
    const name = fc.oneof(
      fc.constantFrom('page', 'limit', 'q', 'api_key', 'Token', 'x-signature', 'password'),
      fc.string(),
    );
    const query = fc
      .array(fc.tuple(name, fc.string()), { maxLength: 5 })
      .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));
    fc.assert(
      fc.property(query, fc.string(), (search, text) => {
        const original = JSON.stringify({ req: { url: `/v1/claims?${search}` }, msg: text });
        const redacted = redactUrlSecrets(original);
        expect(() => JSON.parse(redacted)).not.toThrow();
        if (!/key|token|secret|passw|pwd|signature|credential|session|jwt|auth|sig|:\/\//i.test(original))
          expect(redacted).toBe(original);
      }),
      { numRuns: 2000 },
    );
  });
});
