import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiClient, describeError } from '../api/client';
import { ClaimDetail } from '../api/types';
import { useLastActivity, useNow } from '../lib/hooks';
import { LeaseClock, leaseClock, remainingMs, shouldExtend } from '../lib/lease-clock';

export interface LeaseKeeper {
  clock: LeaseClock | null;
  remaining: number;
  /** Why the lease ended while the page was open, if it did. */
  lost: string | null;
  error: string | null;
  extend: () => Promise<void>;
  release: () => Promise<void>;
}

/**
 * Keeps the caller's lease on a claim while they work: counts it down, extends it (POST …/lease again) in its
 * last stretch if the person did something on the page recently, and reports when it ran out.
 */
export function useLease(
  api: ApiClient,
  claimId: string,
  held: { expiresAt: string; serverDate: string | null } | null,
  onChange: () => void,
): LeaseKeeper {
  const [clock, setClock] = useState<LeaseClock | null>(null);
  const [lost, setLost] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const extending = useRef(false);
  const lastActivity = useLastActivity();
  const now = useNow(1000);

  const heldUntil = held?.expiresAt;
  const serverDate = held?.serverDate ?? null;
  useEffect(() => {
    if (heldUntil) {
      const next = leaseClock(heldUntil, serverDate, Date.now());
      // Keep a longer duration seen at an extension: a reload part-way through would shrink the extension window.
      setClock((previous) =>
        previous && previous.durationMs > next.durationMs ? { ...next, durationMs: previous.durationMs } : next,
      );
      setLost(null);
    } else {
      setClock(null);
    }
  }, [heldUntil, serverDate]);

  const extend = useCallback(async () => {
    if (extending.current) return;
    extending.current = true;
    try {
      const response = await api.post<ClaimDetail>(`/v1/claims/${claimId}/lease`);
      if (response.data.lease) setClock(leaseClock(response.data.lease.expiresAt, response.date, Date.now()));
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
      onChange();
    } finally {
      extending.current = false;
    }
  }, [api, claimId, onChange]);

  const release = useCallback(async () => {
    try {
      await api.delete(`/v1/claims/${claimId}/lease`);
      setClock(null);
      onChange();
    } catch (caught) {
      setError(describeError(caught));
    }
  }, [api, claimId, onChange]);

  useEffect(() => {
    if (!clock) return;
    if (remainingMs(clock, now) <= 0) {
      setClock(null);
      setLost(
        'Your lease ran out: the claim went back to the queue. Your saved draft is kept; take the claim again to go on.',
      );
      onChange();
    } else if (shouldExtend(clock, now, lastActivity.current)) {
      void extend();
    }
  }, [now, clock, extend, onChange, lastActivity]);

  return { clock, remaining: clock ? remainingMs(clock, now) : 0, lost, error, extend, release };
}
