import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { COMPLETE_DRAFT, dismissAllClaims } from './support/claim-state';
import { expectProblem } from './support/problems';

type Person = { id: string; name: string; apiKey: string };
type Reservation = { userId: string; name: string; until: string } | null;

const HOUR = 3600_000;

/**
 * A claim an editor sends back returns to its author: kept for them for RETURN_RESERVE_HOURS, first in their
 * take-next, in nobody else's (by take-next or by id), visible in the claim and the queue with whom it is kept for
 * and until when. An editor may give it to someone else (the reservation ends, recorded); revoking the author ends
 * it; when its time is up it is an ordinary claim. The next holder of a draft sees whose draft they inherit.
 */
describe('a sent-back claim returns to its author', () => {
  let service: TestService;
  let ann: Person;
  let bo: Person;
  let cy: Person;
  let edna: Person;

  beforeAll(async () => {
    service = await startTestService();
    ann = await createUserKey(service, 'factchecker', 'Ann Author');
    bo = await createUserKey(service, 'factchecker', 'Bo Other');
    cy = await createUserKey(service, 'factchecker', 'Cy Third');
    edna = await createUserKey(service, 'editor', 'Edna Editor');
  });

  afterAll(() => service?.stop());

  beforeEach(() => dismissAllClaims(service));

  /** The author writes and submits the claim's verdict, and the editor sends it back. */
  async function sendBack(claimId: string, author: Person = ann): Promise<void> {
    await service.http(author.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(author.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(author.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/reject`).send({ comment: 'Add a source.' }).expect(200);
  }
  const view = async (claimId: string, key = edna.apiKey) =>
    (await service.http(key).get(`/v1/claims/${claimId}`).expect(200)).body as {
      stage: string;
      lease: { holderId: string } | null;
      reservation: Reservation;
      draftInheritedFrom: { id: string; name: string } | null;
      history: { type: string; actor: { id: string | null }; data: Record<string, unknown> }[];
    };
  const takeNext = (person: Person) => service.http(person.apiKey).post('/v1/queue/research/next');
  const endReservationTime = (claimId: string) =>
    service.query(`UPDATE claims SET reserved_until = now() - interval '1 second' WHERE id = $1`, [claimId]);

  it('keeps it for its author: first in their take-next, in nobody else’s, shown with whom and until when', async () => {
    const [top, second, sentBack] = await seedResearchClaims(service, 3);
    // The sent-back claim ranks last, so that coming first in its author's take-next is the reservation's doing.
    await service.query('UPDATE claims SET queue_rank = queue_rank - 10 WHERE id = $1', [sentBack]);
    const before = Date.now();
    await sendBack(sentBack);

    const kept = await view(sentBack);
    expect(kept.stage).toBe('research');
    expect(kept.lease).toBeNull();
    expect(kept.reservation).toEqual({ userId: ann.id, name: 'Ann Author', until: expect.any(String) });
    const until = Date.parse(kept.reservation!.until);
    expect(until).toBeGreaterThanOrEqual(before + 24 * HOUR - 60_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 24 * HOUR + 60_000);
    expect(kept.history.filter((event) => event.type === 'claim.reserved')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: edna.id }),
        data: { userId: ann.id, name: 'Ann Author', until: kept.reservation!.until },
      }),
    ]);

    // The queue shows it, and the author's own returned work is one filter away.
    const queue = await service.http(bo.apiKey).get('/v1/claims?stage=research').expect(200);
    const listed = queue.body.items as { id: string; reservation: Reservation }[];
    expect(listed.find((item) => item.id === sentBack)!.reservation).toEqual(kept.reservation);
    expect(listed.find((item) => item.id === top)!.reservation).toBeNull();
    const returned = await service.http(ann.apiKey).get(`/v1/claims?reservedFor=${ann.id}`).expect(200);
    expect(returned.body.items.map((item: { id: string }) => item.id)).toEqual([sentBack]);
    const none = await service.http(ann.apiKey).get(`/v1/claims?reservedFor=${bo.id}`).expect(200);
    expect(none.body.items).toEqual([]);

    // Nobody else gets it: take-next passes over it, taking it by id is refused with whom it is kept for.
    const bos = [(await takeNext(bo).expect(200)).body.id, (await takeNext(bo).expect(200)).body.id];
    expect(bos.sort()).toEqual([top, second].sort());
    await takeNext(bo).expect(204);
    const refused = await service.http(cy.apiKey).post(`/v1/claims/${sentBack}/lease`).expect(409);
    expectProblem(refused, 409);
    expect(refused.body.type).toBe('/problems/claim-reserved');
    expect(refused.body.detail).toMatch(/Ann Author/);
    expect(refused.body.reservation).toEqual(kept.reservation);

    // Its author's take-next gives it to them, their own draft: nothing inherited.
    const taken = await takeNext(ann).expect(200);
    expect(taken.body.id).toBe(sentBack);
    expect(taken.body.lease).toMatchObject({ holderId: ann.id });
    expect(taken.body.draftInheritedFrom).toBeNull();
    expect(taken.body.verdict).toMatchObject({ status: 'draft', reviewComment: 'Add a source.' });
  });

  it('comes before a higher-ranked claim in its author’s take-next, and stays theirs after they give it back', async () => {
    const [sentBack, other] = await seedResearchClaims(service, 2);
    await service.query('UPDATE claims SET queue_rank = queue_rank - 10 WHERE id = $1', [sentBack]);
    await sendBack(sentBack);

    expect((await takeNext(ann).expect(200)).body.id).toBe(sentBack);
    await service.http(ann.apiKey).delete(`/v1/claims/${sentBack}/lease`).expect(204);
    expect((await view(sentBack)).reservation).toMatchObject({ userId: ann.id });
    expect((await takeNext(bo).expect(200)).body.id).toBe(other);
    await takeNext(bo).expect(204);
    expect((await takeNext(ann).expect(200)).body.id).toBe(sentBack);
  });

  it('is an ordinary claim once the reservation’s time is up, whose next holder sees whose draft they inherit', async () => {
    const [sentBack] = await seedResearchClaims(service, 1);
    await sendBack(sentBack);
    await takeNext(bo).expect(204);

    await endReservationTime(sentBack);
    expect((await view(sentBack)).reservation).toBeNull();
    const listed = await service.http(bo.apiKey).get('/v1/claims?stage=research').expect(200);
    expect(listed.body.items.find((item: { id: string }) => item.id === sentBack).reservation).toBeNull();
    expect((await service.http(ann.apiKey).get(`/v1/claims?reservedFor=${ann.id}`).expect(200)).body.items).toEqual([]);

    const taken = await takeNext(bo).expect(200);
    expect(taken.body.id).toBe(sentBack);
    expect(taken.body.draftInheritedFrom).toEqual({ id: ann.id, name: 'Ann Author' });
    // Still inherited once the new holder has written in it.
    await service.http(bo.apiKey).put(`/v1/claims/${sentBack}/verdict`).send({ summary: 'Rewritten.' }).expect(200);
    expect((await view(sentBack, bo.apiKey)).draftInheritedFrom).toEqual({ id: ann.id, name: 'Ann Author' });
  });

  it('names the last other writer of a draft that changed hands, and nobody when the holder wrote it alone', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(ann.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ summary: 'Ann’s start.' }).expect(200);
    expect((await view(claimId)).draftInheritedFrom).toBeNull();
    await service.http(ann.apiKey).delete(`/v1/claims/${claimId}/lease`).expect(204);
    expect((await view(claimId)).draftInheritedFrom).toBeNull();

    const bos = await service.http(bo.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    expect(bos.body.draftInheritedFrom).toEqual({ id: ann.id, name: 'Ann Author' });
    await service.http(bo.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ summary: 'Bo’s turn.' }).expect(200);
    await service.http(bo.apiKey).delete(`/v1/claims/${claimId}/lease`).expect(204);

    // Ann started the draft, but Bo wrote it last: she inherits Bo's changes.
    const anns = await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    expect(anns.body.draftInheritedFrom).toEqual({ id: bo.id, name: 'Bo Other' });
  });

  it('ends when an editor gives it to someone else (recorded), and stays when they give it to its author', async () => {
    const [toAuthor, toOther] = await seedResearchClaims(service, 2);
    await sendBack(toAuthor);
    await sendBack(toOther);

    const own = await service
      .http(edna.apiKey)
      .post(`/v1/claims/${toAuthor}/assign`)
      .send({ userId: ann.id })
      .expect(200);
    expect(own.body.lease).toMatchObject({ holderId: ann.id });
    expect(own.body.reservation).toMatchObject({ userId: ann.id });
    expect(own.body.history.map((event: { type: string }) => event.type)).not.toContain('claim.reservation-ended');

    const given = await service
      .http(edna.apiKey)
      .post(`/v1/claims/${toOther}/assign`)
      .send({ userId: bo.id })
      .expect(200);
    expect(given.body.lease).toMatchObject({ holderId: bo.id });
    expect(given.body.reservation).toBeNull();
    expect(given.body.draftInheritedFrom).toEqual({ id: ann.id, name: 'Ann Author' });
    expect(given.body.history.filter((event: { type: string }) => event.type === 'claim.reservation-ended')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: edna.id }),
        data: { userId: ann.id, name: 'Ann Author', reason: 'reassigned' },
      }),
    ]);
    // Given back, it is anyone's.
    await service.http(bo.apiKey).delete(`/v1/claims/${toOther}/lease`).expect(204);
    expect((await takeNext(cy).expect(200)).body.id).toBe(toOther);
  });

  it('ends when an editor takes it themselves (recorded), where a fact-checker is refused', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await sendBack(claimId);
    await service.http(bo.apiKey).post(`/v1/claims/${claimId}/lease`).expect(409);
    const taken = await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    expect(taken.body.lease).toMatchObject({ holderId: edna.id });
    expect(taken.body.reservation).toBeNull();
    expect(taken.body.history.filter((event: { type: string }) => event.type === 'claim.reservation-ended')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: edna.id }),
        data: { userId: ann.id, name: 'Ann Author', reason: 'taken' },
      }),
    ]);
  });

  it('waits for an author at their lease limit, who gets it first once they give one back', async () => {
    const [sentBack, ...others] = await seedResearchClaims(service, 5);
    await sendBack(sentBack);
    for (const claimId of others.slice(0, 3)) {
      await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    }
    const full = await takeNext(ann).expect(409);
    expect(full.body.type).toBe('/problems/lease-limit');
    // Still kept for them: another fact-checker gets the remaining free claim, then nothing.
    expect((await takeNext(bo).expect(200)).body.id).toBe(others[3]);
    await takeNext(bo).expect(204);
    expect((await view(sentBack)).reservation).toMatchObject({ userId: ann.id });

    await service.http(ann.apiKey).delete(`/v1/claims/${others[0]}/lease`).expect(204);
    expect((await takeNext(ann).expect(200)).body.id).toBe(sentBack);
  });

  it('ends when the author is revoked, and a send-back to a revoked author reserves nothing', async () => {
    const leaving = await createUserKey(service, 'factchecker', 'Lee Leaving');
    const gone = await createUserKey(service, 'factchecker', 'Gus Gone');
    const [kept, late] = await seedResearchClaims(service, 2);
    await service.http(gone.apiKey).post(`/v1/claims/${late}/lease`).expect(200);
    await sendBack(kept, leaving);
    expect((await view(kept)).reservation).toMatchObject({ userId: leaving.id });
    await service.http().delete(`/v1/users/${leaving.id}`).expect(204);
    const after = await view(kept);
    expect(after.reservation).toBeNull();
    expect(after.history.filter((event) => event.type === 'claim.reservation-ended')).toEqual([
      expect.objectContaining({ data: { userId: leaving.id, name: 'Lee Leaving', reason: 'revoked' } }),
    ]);
    expect((await takeNext(bo).expect(200)).body.id).toBe(kept);

    await service.http(gone.apiKey).put(`/v1/claims/${late}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(gone.apiKey).post(`/v1/claims/${late}/submit`).expect(200);
    await service.http().delete(`/v1/users/${gone.id}`).expect(204);
    await service.http(edna.apiKey).post(`/v1/claims/${late}/lease`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${late}/reject`).send({ comment: 'Redo.' }).expect(200);
    const unkept = await view(late);
    expect(unkept.reservation).toBeNull();
    expect(unkept.history.map((event) => event.type)).not.toContain('claim.reserved');
    expect((await takeNext(cy).expect(200)).body.id).toBe(late);
  });

  it('stays kept for its author when an editor breaks their lease', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await sendBack(claimId);
    await takeNext(ann).expect(200);
    const broken = await service.http(edna.apiKey).post(`/v1/claims/${claimId}/break-lease`).expect(200);
    expect(broken.body.lease).toBeNull();
    expect(broken.body.reservation).toMatchObject({ userId: ann.id });
    await takeNext(bo).expect(204);
    expect((await takeNext(ann).expect(200)).body.id).toBe(claimId);
  });

  it('is not dismissed by another fact-checker while kept for its author (409 claim-reserved); an editor may', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await sendBack(claimId);
    const refused = await service
      .http(bo.apiKey)
      .post(`/v1/claims/${claimId}/dismiss`)
      .send({ reason: 'Not a claim' })
      .expect(409);
    expect(refused.body.type).toBe('/problems/claim-reserved');
    expect(await view(claimId)).toMatchObject({ stage: 'research', reservation: { userId: ann.id } });
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/dismiss`).send({ reason: 'Not a claim' }).expect(200);
  });

  it('ends when the claim leaves research: submitted again, it is kept for nobody', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await sendBack(claimId);
    await takeNext(ann).expect(200);
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    const [row] = await service.query('SELECT reserved_for, reserved_until FROM claims WHERE id = $1', [claimId]);
    expect(row).toEqual({ reserved_for: null, reserved_until: null });
    expect((await view(claimId)).reservation).toBeNull();
  });

  it('never hands a reserved claim to two take-nexts at once, nor to anyone but its author', async () => {
    for (let round = 0; round < 5; round++) {
      await dismissAllClaims(service);
      const [sentBack, free] = await seedResearchClaims(service, 2);
      await service.query('UPDATE claims SET queue_rank = queue_rank + 10 WHERE id = $1', [sentBack]);
      await sendBack(sentBack);
      const [anns, bos, cys] = await Promise.all([takeNext(ann), takeNext(bo), takeNext(cy)]);
      expect(anns.status).toBe(200);
      expect(anns.body.id).toBe(sentBack);
      // The one free claim goes to exactly one of the others; neither gets the reserved one.
      const others = [bos, cys];
      expect(others.map((answer) => answer.status).sort()).toEqual([200, 204]);
      expect(others.find((answer) => answer.status === 200)!.body.id).toBe(free);
    }
    // Two take-nexts of the author at once: one gets the claim kept for them, the other the next claim.
    await dismissAllClaims(service);
    const [sentBack, free] = await seedResearchClaims(service, 2);
    await service.query('UPDATE claims SET queue_rank = queue_rank - 10 WHERE id = $1', [sentBack]);
    await sendBack(sentBack);
    const both = await Promise.all([takeNext(ann), takeNext(ann)]);
    expect(both.map((answer) => answer.status)).toEqual([200, 200]);
    expect(both.map((answer) => answer.body.id).sort()).toEqual([sentBack, free].sort());
  });

  it('lists the people an editor can assign from, with the claims they hold, and never a key', async () => {
    const ingrid = await createUserKey(service, 'ingester', 'Ingrid Feed');
    const [held] = await seedResearchClaims(service, 1);
    await service.http(bo.apiKey).post(`/v1/claims/${held}/lease`).expect(200);

    const people = await service.http(edna.apiKey).get('/v1/people?role=factchecker').expect(200);
    const items = people.body.items as { id: string; name: string; role: string; liveLeases: number }[];
    expect(items.find((person) => person.id === bo.id)).toEqual({
      id: bo.id,
      name: 'Bo Other',
      role: 'factchecker',
      liveLeases: 1,
    });
    expect(items.find((person) => person.id === cy.id)).toMatchObject({ liveLeases: 0 });
    expect(items.find((person) => person.id === edna.id)).toMatchObject({ role: 'editor' });
    expect(items.map((person) => person.id)).not.toContain(ingrid.id);
    const names = items.map((person) => person.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    for (const person of items) expect(Object.keys(person).sort()).toEqual(['id', 'liveLeases', 'name', 'role']);
    expect(JSON.stringify(people.body)).not.toMatch(/fck_|apiKey|keyPrefix|team/);

    const editors = await service.http(edna.apiKey).get('/v1/people?role=editor').expect(200);
    expect(editors.body.items.map((person: { role: string }) => person.role)).not.toContain('factchecker');
    const everyone = await service.http(edna.apiKey).get('/v1/people').expect(200);
    expect(everyone.body.items.map((person: { id: string }) => person.id)).toContain(ingrid.id);

    // A lease that ran out is not counted; a revoked person is not listed.
    await service.query(`UPDATE claims SET lease_expires_at = now() - interval '1 second' WHERE id = $1`, [held]);
    const after = await service.http(edna.apiKey).get('/v1/people?role=factchecker').expect(200);
    expect(after.body.items.find((person: { id: string }) => person.id === bo.id).liveLeases).toBe(0);
    await service.http().delete(`/v1/users/${ingrid.id}`).expect(204);
    const revoked = await service.http(edna.apiKey).get('/v1/people').expect(200);
    expect(revoked.body.items.map((person: { id: string }) => person.id)).not.toContain(ingrid.id);

    expectProblem(await service.http(bo.apiKey).get('/v1/people').expect(403), 403);
    const bad = await service.http(edna.apiKey).get('/v1/people?role=intern').expect(400);
    expectProblem(bad, 400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
  });
});

describe('a sent-back claim with RETURN_RESERVE_HOURS=0', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ env: { RETURN_RESERVE_HOURS: '0' } });
  });

  afterAll(() => service?.stop());

  it('is kept for nobody: anyone’s take-next may get it at once', async () => {
    const ann = await createUserKey(service, 'factchecker', 'Ann Author');
    const bo = await createUserKey(service, 'factchecker', 'Bo Other');
    const edna = await createUserKey(service, 'editor', 'Edna Editor');
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(ann.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/reject`).send({ comment: 'Redo.' }).expect(200);

    const claim = (await service.http(edna.apiKey).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(claim.reservation).toBeNull();
    expect(claim.history.map((event: { type: string }) => event.type)).not.toContain('claim.reserved');
    const taken = await service.http(bo.apiKey).post('/v1/queue/research/next').expect(200);
    expect(taken.body.id).toBe(claimId);
    expect(taken.body.draftInheritedFrom).toEqual({ id: ann.id, name: 'Ann Author' });
  });
});
