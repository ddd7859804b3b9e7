import { LookupAddress } from 'node:dns';
import { WebhookDnsLookup, assertSafeWebhookUrl, createGuardedLookup, isPublicAddress } from './webhook-url-safety';
import { WebhookUrlError, WebhookUrlErrorCode } from './webhook.errors';

function fakeDns(records: Record<string, string[]>): WebhookDnsLookup {
  return (hostname) => {
    const addresses = records[hostname];
    if (!addresses) {
      return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    }
    return Promise.resolve(
      addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  };
}

const lookup = fakeDns({
  'news.example': ['93.184.215.14'],
  'dual.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'internal.example': ['10.1.2.3'],
  'sneaky.example': ['93.184.215.14', '192.168.1.10'],
  'metadata.example': ['169.254.169.254'],
});

async function refusal(url: string, allowPrivateNetworks = false): Promise<WebhookUrlErrorCode | undefined> {
  try {
    await assertSafeWebhookUrl(url, { allowPrivateNetworks, lookup });
    return undefined;
  } catch (error) {
    if (error instanceof WebhookUrlError) return error.code;
    throw error;
  }
}

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '::1',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '169.254.169.254',
    'fe80::1',
    'fc00::1',
    'fd12:3456:789a::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '::',
    '224.0.0.1',
    'ff02::1',
    '255.255.255.255',
    '240.0.0.1',
    '192.0.2.1',
    '198.18.0.1',
    '2001:db8::1',
    '64:ff9b::a00:1',
    '2002:7f00:1::1',
    '2001::1',
    '::127.0.0.1',
    'not-an-ip',
    '',
  ])('refuses %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '[2606:4700:4700::1111]',
  ])('accepts %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});

describe('assertSafeWebhookUrl', () => {
  it.each([
    'http://127.0.0.1/hook',
    'http://[::1]:8080/hook',
    'https://10.0.0.5/hook',
    'https://172.16.4.4/hook',
    'https://192.168.0.10/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fe80::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://100.64.0.1/hook',
    'http://0.0.0.0/hook',
    'http://2130706433/hook',
    'http://0x7f.1/hook',
  ])('refuses the private literal %s', async (url) => {
    expect(await refusal(url)).toBe(WebhookUrlErrorCode.PrivateAddress);
  });

  it('refuses a name that resolves to a private address', async () => {
    expect(await refusal('https://internal.example/hook')).toBe(WebhookUrlErrorCode.PrivateAddress);
    expect(await refusal('https://metadata.example/hook')).toBe(WebhookUrlErrorCode.PrivateAddress);
  });

  it('refuses a name when any of its addresses is private', async () => {
    expect(await refusal('https://sneaky.example/hook')).toBe(WebhookUrlErrorCode.PrivateAddress);
  });

  it('explains the refusal with the host and the address', async () => {
    await expect(
      assertSafeWebhookUrl('https://internal.example/hook', { allowPrivateNetworks: false, lookup }),
    ).rejects.toThrow(/internal\.example \(resolves to 10\.1\.2\.3\)/);
  });

  it('names its caller and the switch that allows private networks for it', async () => {
    const caller = {
      subject: 'the article url',
      setting: 'ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS',
      whyNoCredentials: 'x',
    };
    await expect(
      assertSafeWebhookUrl('https://internal.example/story', { allowPrivateNetworks: false, lookup, caller }),
    ).rejects.toThrow(/^the article url points at .*; set ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS=true/);
    await expect(
      assertSafeWebhookUrl('https://internal.example/hook', { allowPrivateNetworks: false, lookup }),
    ).rejects.toThrow(/^webhook URL points at .*; set WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true/);
  });

  it('accepts public hosts and public literals', async () => {
    expect(await refusal('https://news.example/hooks/factcheck?x=1')).toBeUndefined();
    expect(await refusal('http://dual.example:8443/hook')).toBeUndefined();
    expect(await refusal('https://93.184.215.14/hook')).toBeUndefined();
  });

  it('refuses other protocols', async () => {
    expect(await refusal('ftp://news.example/hook')).toBe(WebhookUrlErrorCode.UnsupportedProtocol);
    expect(await refusal('file:///etc/passwd')).toBe(WebhookUrlErrorCode.UnsupportedProtocol);
    expect(await refusal('javascript:alert(1)')).toBe(WebhookUrlErrorCode.UnsupportedProtocol);
    expect(await refusal('ftp://10.0.0.1/hook', true)).toBe(WebhookUrlErrorCode.UnsupportedProtocol);
  });

  it('refuses credentials in the URL', async () => {
    expect(await refusal('https://user:pass@news.example/hook')).toBe(WebhookUrlErrorCode.CredentialsInUrl);
    expect(await refusal('https://token@news.example/hook')).toBe(WebhookUrlErrorCode.CredentialsInUrl);
  });

  it('refuses what is not an absolute URL, and names that do not resolve', async () => {
    expect(await refusal('/relative/hook')).toBe(WebhookUrlErrorCode.InvalidUrl);
    expect(await refusal('not a url')).toBe(WebhookUrlErrorCode.InvalidUrl);
    expect(await refusal('https://nowhere.example/hook')).toBe(WebhookUrlErrorCode.UnresolvableHost);
  });

  it('allows private and loopback targets when private networks are allowed', async () => {
    for (const url of [
      'http://127.0.0.1:3000/hook',
      'http://[::1]/hook',
      'https://internal.example/hook',
      'http://169.254.169.254/',
    ]) {
      expect(await refusal(url, true)).toBeUndefined();
    }
  });
});

describe('createGuardedLookup', () => {
  function resolveWith(guarded: ReturnType<typeof createGuardedLookup>, hostname: string, all: boolean) {
    return new Promise<{ error: Error | null; address: string | LookupAddress[]; family?: number }>((resolve) =>
      guarded(hostname, { all }, (error, address, family) => resolve({ error, address, family })),
    );
  }

  it('answers in the single-address and the all-addresses form net.connect asks for', async () => {
    const guarded = createGuardedLookup({ allowPrivateNetworks: false, lookup });
    expect(await resolveWith(guarded, 'news.example', false)).toEqual({
      error: null,
      address: '93.184.215.14',
      family: 4,
    });
    const all = await resolveWith(guarded, 'dual.example', true);
    expect(all.error).toBeNull();
    expect(all.address).toHaveLength(2);
  });

  it('fails the connection when the name now resolves to a private address', async () => {
    const guarded = createGuardedLookup({ allowPrivateNetworks: false, lookup });
    const { error } = await resolveWith(guarded, 'sneaky.example', true);
    expect(error).toBeInstanceOf(WebhookUrlError);
    expect((error as WebhookUrlError).code).toBe(WebhookUrlErrorCode.PrivateAddress);
  });

  it('passes DNS errors through', async () => {
    const { error } = await resolveWith(
      createGuardedLookup({ allowPrivateNetworks: false, lookup }),
      'nowhere.example',
      false,
    );
    expect((error as NodeJS.ErrnoException).code).toBe('ENOTFOUND');
  });
});
