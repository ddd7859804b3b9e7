/** What the delivery log offers for one delivery, and how it shows the message and the answer. */

interface DeliveryState {
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
}

/**
 * `again` for a finished delivery (sent again from the first step of the schedule), `now` for one waiting for its
 * next attempt after a failure, nothing while an attempt is under way or due (the API would refuse it).
 */
export function retryOffer(delivery: DeliveryState, now: number): 'again' | 'now' | null {
  if (delivery.status !== 'pending') return 'again';
  const next = delivery.nextAttemptAt ? Date.parse(delivery.nextAttemptAt) : Number.NaN;
  return delivery.attempts > 0 && next > now ? 'now' : null;
}

/** A message as sent, indented when it is JSON (it always is, unless the stored text was cut), else as it is. */
export function formatPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
