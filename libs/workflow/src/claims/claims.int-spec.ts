import { randomBytes, randomUUID } from 'node:crypto';
import { ClaimStage, Role, sql } from '@app/database';
import { startWorkflow, WorkflowHarness } from '@app/testing';
import { Actor } from '../common/actor';
import { WorkflowErrorCode } from '../common/workflow-error';
import { LeaseClaimCommand } from '../leases/lease-claim/lease-claim.command';
import { LeaseClaimUseCase } from '../leases/lease-claim/lease-claim.usecase';
import { BANDS, claimFingerprint } from '@app/extraction';
import { ClaimMatchesRepository } from './claim-matches.repository';
import { OVERDUE_BOOST, queueRank } from './claim-priority';
import { DecideClaimMatchCommand } from './decide-claim-match/decide-claim-match.command';
import { DecideClaimMatchUseCase } from './decide-claim-match/decide-claim-match.usecase';
import { DismissClaimCommand } from './dismiss-claim/dismiss-claim.command';
import { DismissClaimUseCase } from './dismiss-claim/dismiss-claim.usecase';
import { ListClaimsCommand } from './list-claims/list-claims.command';
import { ListClaimsUseCase } from './list-claims/list-claims.usecase';
import { PromoteClaimCommand } from './promote-claim/promote-claim.command';
import { PromoteClaimUseCase } from './promote-claim/promote-claim.usecase';
import { SweepDeadlinesCommand } from './sweep-deadlines/sweep-deadlines.command';
import { SweepDeadlinesUseCase } from './sweep-deadlines/sweep-deadlines.usecase';
import { TriageArticleClaimsCommand } from './triage-article-claims/triage-article-claims.command';
import { TriageArticleClaimsUseCase } from './triage-article-claims/triage-article-claims.usecase';

interface StoredClaim {
  stage: ClaimStage;
  parked: boolean;
  priority: number;
  queueRank: number;
  overdue: boolean;
  stageEnteredAt: Date;
  triaged: boolean;
  bands: string[];
  dismissedReason: string | null;
}

/** The claim use cases on rows made for each test (no extraction, no API, no Redis): what each writes. */
describe('claims', () => {
  let workflow: WorkflowHarness;
  const rows = <Row>(query: ReturnType<typeof sql>) => workflow.database.query<Row>(query);
  const person = async (role = Role.FactChecker): Promise<Actor> => workflow.rows.user({ role });
  const stored = async (claimId: string): Promise<StoredClaim> =>
    (
      await rows<StoredClaim>(sql`
        SELECT stage, parked, priority, queue_rank AS "queueRank", overdue, stage_entered_at AS "stageEnteredAt",
               triaged_at IS NOT NULL AS triaged, match_bands::text[] AS bands, dismissed_reason AS "dismissedReason"
          FROM claims WHERE id = ${claimId}`)
    )[0];
  const periods = (claimId: string) =>
    rows<{ stage: string; open: boolean }>(sql`
      SELECT stage, left_at IS NULL AS open FROM claim_stage_periods WHERE claim_id = ${claimId} ORDER BY entered_at, id`);
  const eventTypes = async (claimId: string) =>
    (await rows<{ type: string }>(sql`SELECT type FROM events WHERE claim_id = ${claimId} ORDER BY id`)).map(
      (event) => event.type,
    );
  /** An untriaged claim of its own article, as extraction leaves it. */
  const extracted = async (text: string, fields: { checkworthy?: boolean; quoteId?: string } = {}) => {
    const claim = await workflow.rows.claim({ text, quoteId: fields.quoteId });
    const checkworthy = fields.checkworthy ?? true;
    await rows(sql`
      UPDATE claims SET checkworthy = ${checkworthy}, checkworthiness = ${checkworthy ? 0.8 : 0.2} WHERE id = ${claim.id}`);
    return claim;
  };
  const triage = (articleId: string) =>
    workflow.get(TriageArticleClaimsUseCase).execute(new TriageArticleClaimsCommand(articleId));

  beforeAll(async () => {
    workflow = await startWorkflow({ RESEARCH_DEADLINE_MINUTES: '60', REVIEW_DEADLINE_MINUTES: '30' });
  });

  afterAll(() => workflow?.close());

  beforeEach(async () => {
    // Each test starts from an empty desk: earlier tests' claims leave the queues.
    await rows(sql`UPDATE claims SET stage = 'dismissed' WHERE stage IN ('research', 'review')`);
  });

  it('triage ranks an article’s claims, sends the check-worthy to research and parks the rest, at the database’s time', async () => {
    const ready = await extracted(`Unemployment fell to 3 percent in ${randomUUID()}`);
    const parked = await extracted(`We will see what happens ${randomUUID()}`, {
      checkworthy: false,
      quoteId: ready.quoteId,
    });
    expect(await triage(ready.articleId)).toEqual({ status: 'done', detail: '1 ready, 1 parked' });

    const [now] = await rows<{ now: Date }>(sql`SELECT now()`);
    const research = await stored(ready.id);
    expect(research).toMatchObject({ stage: 'research', parked: false, overdue: false, triaged: true });
    expect(Math.abs(research.stageEnteredAt.getTime() - now.now.getTime())).toBeLessThan(5000);
    expect(research.queueRank).toBeCloseTo(queueRank(research.priority, research.stageEnteredAt), 6);
    expect(await periods(ready.id)).toEqual([
      { stage: 'triage', open: false },
      { stage: 'research', open: true },
    ]);
    const kept = await stored(parked.id);
    expect(kept).toMatchObject({ stage: 'triage', parked: true, triaged: true });
    expect(kept.priority).toBeLessThan(research.priority);
    expect(await periods(parked.id)).toEqual([{ stage: 'triage', open: true }]);
    expect(await eventTypes(ready.id)).toEqual(['claim.ready']);
    expect(await eventTypes(parked.id)).toEqual(['claim.parked']);

    expect(await triage(ready.articleId)).toEqual({ status: 'skipped', reason: 'no untriaged claims' });
  });

  it('triage links a repeat of an earlier claim from another article; the repeat stays out of the band index', async () => {
    const words = `The city spent ${randomUUID().slice(0, 8)} million dollars on the new stadium last year`;
    const earlier = await extracted(words);
    await triage(earlier.articleId);
    expect((await stored(earlier.id)).bands).toHaveLength(claimFingerprint(words).bands.length);

    const repeat = await extracted(words);
    expect(await triage(repeat.articleId)).toMatchObject({ status: 'done' });
    expect(
      await rows(sql`
        SELECT matched_claim_id AS "matchedClaimId", status FROM claim_matches WHERE claim_id = ${repeat.id}`),
    ).toEqual([{ matchedClaimId: earlier.id, status: 'linked' }]);
    expect((await stored(repeat.id)).bands).toEqual([]);
  });

  it('scores the earlier claims sharing the most bands first, however many share only one', async () => {
    // Bands of their own (band i's key holds i in its high bits), so nothing else in the database shares them.
    const base = randomBytes(4).readUInt32BE() >>> 1;
    const bands = (offset: number, shared: number) =>
      Array.from({ length: BANDS }, (_, index) => index * 2 ** 32 + (index < shared ? base : base + offset));
    const key = 'budget city council stadium vote';
    const stored = async (claimBands: number[], matchKey: string) => {
      const claim = await workflow.rows.claim({ stage: ClaimStage.Research });
      await rows(sql`
        UPDATE claims SET match_bands = ${claimBands.map(String)}::bigint[], match_key = ${matchKey} WHERE id = ${claim.id}`);
      return claim.id;
    };
    // Twelve earlier claims share one band and are somewhat alike; the last one stored shares twenty and is the same.
    const alike: string[] = [];
    for (let index = 1; index <= 12; index++) alike.push(await stored(bands(index, 1), `${key} city ${index}`));
    const same = await stored(bands(100, 20), key);

    const found = await workflow.get(ClaimMatchesRepository).candidates(
      workflow.database,
      [
        {
          id: randomUUID(),
          bands: bands(0, BANDS),
          key,
          unstored: { articleId: randomUUID(), standalone: 'The council voted on the stadium budget.' },
        },
      ],
      { minLength: 16, maxCandidates: 200, scoredCandidates: 10, minSimilarity: 0.45, perClaim: 5 },
    );
    expect(found[0]).toMatchObject({ matchedClaimId: same, similarity: 1 });
    expect(found.slice(1).every((candidate) => alike.includes(candidate.matchedClaimId))).toBe(true);
  });

  describe('triage matches a paraphrase of an earlier claim', () => {
    /** A word of its own, so that each case's claims match each other and nothing else in the database. */
    const word = () => Array.from(randomBytes(8), (byte) => String.fromCharCode(97 + (byte % 26))).join('');
    const matchesOf = async (earlierText: string, laterText: string) => {
      const earlier = await extracted(earlierText);
      await triage(earlier.articleId);
      const later = await extracted(laterText);
      await triage(later.articleId);
      return {
        earlier,
        matches: await rows<{ matchedClaimId: string; status: string }>(sql`
          SELECT matched_claim_id AS "matchedClaimId", status FROM claim_matches WHERE claim_id = ${later.id}`),
      };
    };

    it('names a place by its demonym: the Chinese are China', async () => {
      const tag = word();
      const { earlier, matches } = await matchesOf(
        `The ${tag} senator says climate change is a hoax invented by the Chinese`,
        `The ${tag} senator says climate change is a hoax perpetrated by China`,
      );
      expect(matches).toEqual([{ matchedClaimId: earlier.id, status: expect.stringMatching(/^(linked|suggested)$/) }]);
    });

    it('reads through a changed preposition: into Chicago is to Chicago', async () => {
      const tag = word();
      const { earlier, matches } = await matchesOf(
        `The president will send the National Guard into Chicago to stop the ${tag} riots`,
        `The president will send the National Guard to Chicago to stop the ${tag} riots`,
      );
      expect(matches).toEqual([{ matchedClaimId: earlier.id, status: 'linked' }]);
    });

    it('links numbers spelt out to the same numbers in digits', async () => {
      const tag = word();
      const { earlier, matches } = await matchesOf(
        `The ${tag} plant cut twelve thousand jobs in three years`,
        `The ${tag} plant cut 12,000 jobs in 3 years`,
      );
      expect(matches).toEqual([{ matchedClaimId: earlier.id, status: 'linked' }]);
    });

    it('matches neither the negation of a claim nor the same claim with another number', async () => {
      const tag = word();
      const negated = await matchesOf(
        `The president will send the National Guard into Chicago to stop the ${tag} riots`,
        `The president will not send the National Guard into Chicago to stop the ${tag} riots`,
      );
      expect(negated.matches).toEqual([]);
      const other = word();
      const renumbered = await matchesOf(
        `The ${other} plant cut twelve thousand jobs in three years`,
        `The ${other} plant cut 15,000 jobs in three years`,
      );
      expect(renumbered.matches).toEqual([]);
    });
  });

  it('lists claims in queue order, filtered, a page at a time', async () => {
    const tag = randomUUID().slice(0, 8);
    const claims = [];
    for (const rank of [0.2, 0.9, 0.5]) {
      const claim = await workflow.rows.claim({
        stage: ClaimStage.Research,
        queueRank: rank,
        text: `Taxes ${tag} ${rank}`,
      });
      claims.push(claim);
    }
    const list = (query: ConstructorParameters<typeof ListClaimsCommand>[0]) =>
      workflow.get(ListClaimsUseCase).execute(new ListClaimsCommand(query));
    const first = await list({ stage: ClaimStage.Research, q: `taxes ${tag}`, limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([claims[1].id, claims[2].id]);
    expect(first.items[0]).toMatchObject({ stage: 'research', speaker: { name: 'Brandon Johnson' }, lease: null });
    const second = await list({ stage: ClaimStage.Research, q: `taxes ${tag}`, limit: 2, cursor: first.nextCursor! });
    expect(second).toEqual({ items: [expect.objectContaining({ id: claims[0].id })], nextCursor: null });
    expect((await list({ articleId: claims[0].articleId })).items.map((item) => item.id)).toEqual([claims[0].id]);
    expect(() => new ListClaimsCommand({ cursor: 'not-one-of-ours' })).toThrow(
      expect.objectContaining({ code: WorkflowErrorCode.Invalid }),
    );
  });

  it('promotes a parked claim to research, with claim.ready, and nothing else', async () => {
    const claim = await workflow.rows.claim({ stage: ClaimStage.Triage, parked: true });
    const actor = await person();
    const promote = (claimId: string) =>
      workflow.get(PromoteClaimUseCase).execute(new PromoteClaimCommand(actor, claimId));
    expect(await promote(claim.id)).toMatchObject({ id: claim.id, stage: 'research', parked: false });
    expect(await stored(claim.id)).toMatchObject({ stage: 'research', parked: false });
    expect(await periods(claim.id)).toEqual([
      { stage: 'triage', open: false },
      { stage: 'research', open: true },
    ]);
    expect(await eventTypes(claim.id)).toEqual(['claim.promoted', 'claim.ready']);
    await expect(promote(claim.id)).rejects.toMatchObject({ code: WorkflowErrorCode.WrongStage });
  });

  it('dismisses a claim with its reason, ending the dismisser’s lease; not one someone else holds', async () => {
    const [ann, bob] = [await person(), await person()];
    const held = await workflow.rows.claim({ stage: ClaimStage.Research });
    await workflow.get(LeaseClaimUseCase).execute(new LeaseClaimCommand(bob, held.id));
    const dismiss = (actor: Actor, claimId: string, reason = ' An opinion. ') =>
      workflow.get(DismissClaimUseCase).execute(new DismissClaimCommand(actor, claimId, reason));
    await expect(dismiss(ann, held.id)).rejects.toMatchObject({ code: WorkflowErrorCode.LeaseHeld });

    expect(await dismiss(bob, held.id)).toEqual({ id: held.id, stage: 'dismissed', dismissedReason: 'An opinion.' });
    expect(await stored(held.id)).toMatchObject({ stage: 'dismissed', dismissedReason: 'An opinion.' });
    expect(await rows(sql`SELECT release_reason AS "reason" FROM leases WHERE claim_id = ${held.id}`)).toEqual([
      { reason: 'dismissed' },
    ]);
    expect(await periods(held.id)).toEqual([
      { stage: 'research', open: false },
      { stage: 'dismissed', open: true },
    ]);
    await expect(dismiss(bob, held.id)).rejects.toMatchObject({ code: WorkflowErrorCode.WrongStage });
    expect(() => new DismissClaimCommand(bob, held.id, '  ')).toThrow(
      expect.objectContaining({ code: WorkflowErrorCode.Invalid }),
    );
  });

  it('decides a suggested match once: confirming takes the claim out of the band index, rejecting puts it back', async () => {
    const actor = await person();
    const decide = (claimId: string, matchId: string, decision: 'confirmed' | 'rejected') =>
      workflow.get(DecideClaimMatchUseCase).execute(new DecideClaimMatchCommand(actor, claimId, matchId, decision));
    const earlier = await workflow.rows.claim({ stage: ClaimStage.Research });
    const later = await workflow.rows.claim({ stage: ClaimStage.Research, text: `Crime fell ${randomUUID()}` });
    const suggest = async (claimId: string, matchedClaimId: string) =>
      (
        await rows<{ id: string }>(sql`
          INSERT INTO claim_matches (claim_id, matched_claim_id, similarity, status)
          VALUES (${claimId}, ${matchedClaimId}, 0.6, 'suggested') RETURNING id`)
      )[0].id;
    const match = await suggest(later.id, earlier.id);
    await rows(sql`UPDATE claims SET match_bands = ${['1', '2']}::bigint[] WHERE id = ${later.id}`);

    expect(await decide(later.id, match, 'confirmed')).toEqual({
      id: match,
      status: 'confirmed',
      matchedClaimId: earlier.id,
    });
    expect((await stored(later.id)).bands).toEqual([]);
    await expect(decide(later.id, match, 'rejected')).rejects.toMatchObject({ code: WorkflowErrorCode.Conflict });
    await expect(decide(earlier.id, match, 'rejected')).rejects.toMatchObject({ code: WorkflowErrorCode.NotFound });

    // Rejected, with no other repeat left, the claim is a first of its kind again.
    await rows(sql`UPDATE claim_matches SET status = 'suggested' WHERE id = ${match}`);
    await decide(later.id, match, 'rejected');
    expect((await stored(later.id)).bands.length).toBeGreaterThan(0);
    expect(await eventTypes(later.id)).toEqual(['match.confirmed', 'match.rejected']);
  });

  it('marks claims past their stage’s deadline overdue, raised by the boost and announced, each once', async () => {
    const due = await workflow.rows.claim({ stage: ClaimStage.Research, queueRank: 0.4 });
    const waiting = await workflow.rows.claim({ stage: ClaimStage.Review, queueRank: 0.4 });
    await rows(sql`UPDATE claims SET stage_entered_at = now() - interval '61 minutes' WHERE id = ${due.id}`);
    await rows(sql`UPDATE claims SET stage_entered_at = now() - interval '29 minutes' WHERE id = ${waiting.id}`);
    const sweep = () => workflow.get(SweepDeadlinesUseCase).execute(new SweepDeadlinesCommand());

    expect(await sweep()).toEqual({ status: 'done', detail: '1 claims overdue' });
    expect(await stored(due.id)).toMatchObject({ overdue: true, queueRank: expect.closeTo(0.4 + OVERDUE_BOOST, 9) });
    expect(await stored(waiting.id)).toMatchObject({ overdue: false, queueRank: expect.closeTo(0.4, 9) });
    expect(await rows(sql`SELECT data FROM events WHERE claim_id = ${due.id} AND type = 'claim.overdue'`)).toEqual([
      { data: { stage: 'research', waitedMinutes: 61 } },
    ]);
    expect(await sweep()).toEqual({ status: 'skipped', reason: 'no claim past its deadline' });
  });
});
