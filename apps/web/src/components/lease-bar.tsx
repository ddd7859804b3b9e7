import { LeaseClock, describeRemaining, formatRemaining, isRunningOut } from '../lib/lease-clock';
import { Notice } from './ui';

/** Who holds the claim and, when it is you, how long is left; taking, extending and giving it back. */
export function LeaseBar(props: {
  mine: boolean;
  takenByOther: boolean;
  /** Who holds it, when someone else does ("Held by Ann until 15:04"). */
  holder?: string | null;
  /** Why the reader may not take it though nobody holds it (kept for the author it was sent back to). */
  takeBlocked?: string | null;
  remaining: number;
  clock: LeaseClock | null;
  lost: string | null;
  error: string | null;
  onTake: () => void;
  onExtend: () => void;
  onRelease: () => void;
}) {
  const { mine, takenByOther, remaining, clock, lost, error } = props;
  const warn = mine && clock && isRunningOut(clock, clock.deadline - remaining);
  return (
    <div className={`lease-bar${warn ? ' lease-warning' : ''}`} aria-label="Your lease on this claim" role="region">
      {mine ? (
        <>
          <p>
            This claim is yours for{' '}
            <strong className="countdown" data-testid="lease-countdown" aria-hidden="true">
              {formatRemaining(remaining)}
            </strong>
            <span className="visually-hidden">{describeRemaining(remaining)}</span>; the lease is extended while you
            work on this page.
          </p>
          <div className="actions">
            <button type="button" className="button-secondary" onClick={props.onExtend}>
              Extend now
            </button>
            <button type="button" className="button-secondary" onClick={props.onRelease}>
              Give it back
            </button>
          </div>
        </>
      ) : takenByOther ? (
        <p data-testid="lease-holder">{props.holder ?? 'Someone else is working on this claim.'}</p>
      ) : props.takeBlocked ? (
        <p data-testid="take-blocked">Nobody is working on this claim. {props.takeBlocked}</p>
      ) : (
        <>
          <p>Nobody is working on this claim.</p>
          <div className="actions">
            <button type="button" onClick={props.onTake}>
              Take this one
            </button>
          </div>
        </>
      )}
      {lost && <Notice tone="warning">{lost}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
