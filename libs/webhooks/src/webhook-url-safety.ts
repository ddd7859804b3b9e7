import { promises as dns, LookupAddress, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { WebhookUrlError, WebhookUrlErrorCode } from './webhook.errors';

/** Resolves every address of a host name; `dns.promises.lookup(host, {all: true})` by default. */
export type WebhookDnsLookup = (hostname: string, options: { all: true; family?: number }) => Promise<LookupAddress[]>;

const defaultLookup: WebhookDnsLookup = (hostname, options) => dns.lookup(hostname, options);

export interface WebhookUrlPolicy {
  /** Allow loopback, private and other non-public addresses (tests, intranets). */
  allowPrivateNetworks: boolean;
  lookup?: WebhookDnsLookup;
  /** Who calls out through the guard, for its refusals: webhooks by default. */
  caller?: GuardedCaller;
}

/** What the address is, the setting that allows private networks, and why credentials have no place in it. */
export interface GuardedCaller {
  subject: string;
  setting: string;
  whyNoCredentials: string;
}

const WEBHOOK_CALLER: GuardedCaller = {
  subject: 'webhook URL',
  setting: 'WEBHOOKS_ALLOW_PRIVATE_NETWORKS',
  whyNoCredentials: 'receivers authenticate deliveries by their signature',
};

/**
 * True only for globally routable unicast addresses. Everything ipaddr.js classifies as special (loopback,
 * RFC 1918, link-local including 169.254.169.254, CGNAT, multicast, broadcast, unspecified, reserved,
 * documentation, ULA fc00::/7, ...) is refused. IPv4 inside IPv6 (mapped, translated, NAT64, 6to4) is judged
 * by the embedded IPv4 address; Teredo and IPv6 outside 2000::/3 are refused outright.
 */
export function isPublicAddress(ip: string): boolean {
  const literal = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(literal)) return false;
  const address = ipaddr.process(literal);
  if (address.kind() === 'ipv4') return address.range() === 'unicast';

  const v6 = address as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded) return embedded.range() === 'unicast';
  return v6.range() === 'unicast' && v6.match(GLOBAL_UNICAST_V6);
}

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const p = address.parts;
  const fromWords = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  if (address.range() === 'rfc6145' || address.match(NAT64_WELL_KNOWN)) return fromWords(p[6], p[7]);
  if (address.range() === '6to4') return fromWords(p[1], p[2]);
  return undefined;
}

/**
 * Refuses a webhook URL that is not plain http(s), carries credentials, or whose host is (or resolves, for
 * any of its addresses, to) a non-public address. Throws WebhookUrlError; resolves when the URL is fine.
 * Delivery checks addresses again at connect time (see createWebhookAgent), which is what stops DNS rebinding.
 */
export async function assertSafeWebhookUrl(url: string, policy: WebhookUrlPolicy): Promise<void> {
  const parsed = assertWebhookUrlShape(url, policy);
  const host = hostOf(parsed);
  if (ipaddr.isValid(host)) return;

  let addresses: LookupAddress[];
  try {
    addresses = await (policy.lookup ?? defaultLookup)(host, { all: true });
  } catch (error) {
    throw new WebhookUrlError(
      WebhookUrlErrorCode.UnresolvableHost,
      `webhook host ${host} could not be resolved: ${(error as Error).message}`,
    );
  }
  if (addresses.length === 0) {
    throw new WebhookUrlError(WebhookUrlErrorCode.UnresolvableHost, `webhook host ${host} has no addresses`);
  }
  if (!policy.allowPrivateNetworks) assertAllPublic(host, addresses, policy.caller);
}

/** The checks that need no DNS: URL syntax, protocol, credentials, and an IP-literal host. */
export function assertWebhookUrlShape(
  url: string,
  policy: Pick<WebhookUrlPolicy, 'allowPrivateNetworks' | 'caller'>,
): URL {
  const { subject, whyNoCredentials } = policy.caller ?? WEBHOOK_CALLER;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WebhookUrlError(WebhookUrlErrorCode.InvalidUrl, `${subject} is not a valid absolute URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new WebhookUrlError(
      WebhookUrlErrorCode.UnsupportedProtocol,
      `${subject} must use http or https, not ${parsed.protocol.replace(/:$/, '')}`,
    );
  }
  if (parsed.username || parsed.password) {
    throw new WebhookUrlError(
      WebhookUrlErrorCode.CredentialsInUrl,
      `${subject} must not contain credentials; ${whyNoCredentials}`,
    );
  }
  const host = hostOf(parsed);
  if (!host) throw new WebhookUrlError(WebhookUrlErrorCode.InvalidUrl, `${subject} has no host: ${url}`);
  if (!policy.allowPrivateNetworks && ipaddr.isValid(host) && !isPublicAddress(host)) {
    throw privateAddressError(host, host, policy.caller);
  }
  return parsed;
}

/**
 * A `lookup` for net/tls connect options that fails the connection when any resolved address is non-public.
 * Checking at connect time (rather than only when the URL was saved) defeats DNS rebinding.
 */
export function createGuardedLookup(policy: WebhookUrlPolicy): LookupFunction {
  const lookup = policy.lookup ?? defaultLookup;
  return (hostname, options: LookupOptions, callback) => {
    lookup(hostname, { all: true, family: typeof options.family === 'number' ? options.family : undefined }).then(
      (addresses) => {
        if (addresses.length === 0) {
          callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '');
          return;
        }
        if (!policy.allowPrivateNetworks) {
          try {
            assertAllPublic(hostname, addresses, policy.caller);
          } catch (error) {
            callback(error as WebhookUrlError, '');
            return;
          }
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

function assertAllPublic(host: string, addresses: LookupAddress[], caller = WEBHOOK_CALLER): void {
  const refused = addresses.find(({ address }) => !isPublicAddress(address));
  if (refused) throw privateAddressError(host, refused.address, caller);
}

function privateAddressError(host: string, address: string, caller = WEBHOOK_CALLER): WebhookUrlError {
  const where = host === address ? `${address}` : `${host} (resolves to ${address})`;
  return new WebhookUrlError(
    WebhookUrlErrorCode.PrivateAddress,
    `${caller.subject} points at a non-public address: ${where}; set ${caller.setting}=true to allow private networks`,
  );
}

function hostOf(url: URL): string {
  const host = url.hostname;
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
