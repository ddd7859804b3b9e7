import { Link } from 'react-router';
import { ListedClaim } from '../api/types';
import { describeReservation } from '../lib/reservation';

/**
 * Above the research queue, the claims editors sent back to the reader and still keep for them: their own work, which
 * take-next gives them before anything else.
 */
export function ReturnedClaims({ claims, meId }: { claims: ListedClaim[]; meId: string }) {
  if (claims.length === 0) return null;
  return (
    <section className="returned-claims" aria-labelledby="returned-title" data-testid="returned-claims">
      <h2 id="returned-title">Sent back to you</h2>
      <p className="hint">An editor returned these with a comment; Take next gives them to you first.</p>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id} data-claim-id={claim.id}>
            <Link to={`/claims/${claim.id}`} className="claim-link">
              {claim.standalone || claim.text}
            </Link>{' '}
            <span className="muted">{describeReservation(claim.reservation, meId)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
