import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiClient, describeError } from '../api/client';
import { ClaimDetail } from '../api/types';
import { useLastActivity, useNow } from '../lib/hooks';
import { LeaseClock, leaseAfterAnswer, leaseClock, remainingMs, shouldExtend } from '../lib/lease-clock';

const RAN_OUT =
  'Your lease ran out: the claim went back to the queue. Your saved draft is kept; take the claim again to go on.';

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
  /** The server's last answer: when the caller's lease on the claim expires (null if they hold none), and its Date. */
  answer: { expiresAt: string | null; serverDate: string | null },
  onChange: () => void,
): LeaseKeeper {
  const [clock, setClock] = useState<LeaseClock | null>(null);
  const [lost, setLost] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const extending = useRef(false);
  const lastActivity = useLastActivity();
  const now = useNow(1000);
  const clockRef = useRef(clock);
  clockRef.current = clock;

  // Another claim on the same page: its lease, if any, is counted afresh, and the last one's end is not news.
  useEffect(() => {
    clockRef.current = null;
    setClock(null);
    setLost(null);
  }, [claimId]);

  const { expiresAt, serverDate } = answer;
  useEffect(() => {
    const next = leaseAfterAnswer(clockRef.current, expiresAt, serverDate, Date.now());
    setClock(next.clock);
    if (next.clock) setLost(null);
    // A refetch can find the lease gone before this page's countdown, a tick behind, reaches 0:00: say so all the same.
    else if (next.ranOut) setLost(RAN_OUT);
  }, [expiresAt, serverDate]);

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
      setLost(RAN_OUT);
      onChange();
    } else if (shouldExtend(clock, now, lastActivity.current)) {
      void extend();
    }
  }, [now, clock, extend, onChange, lastActivity]);

  return { clock, remaining: clock ? remainingMs(clock, now) : 0, lost, error, extend, release };
}
