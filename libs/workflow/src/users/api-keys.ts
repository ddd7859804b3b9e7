import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Keys are 256 random bits; a fast hash is enough for such keys (nothing to brute-force), and lookups stay O(1). */
export function generateApiKey(): string {
  return `fck_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares in constant time, whatever the lengths. */
export function sameKey(given: string, expected: string): boolean {
  return timingSafeEqual(
    createHash('sha256').update(given, 'utf8').digest(),
    createHash('sha256').update(expected, 'utf8').digest(),
  );
}
