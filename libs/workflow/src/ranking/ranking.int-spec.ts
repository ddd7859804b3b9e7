import { randomUUID } from 'node:crypto';
import { ClaimStage, Role, sql } from '@app/database';
import { createScorer, fitCheckworthiness, scoreClaim, SHIPPED_CHECKWORTHINESS_MODEL } from '@app/extraction';
import { startWorkflow, WorkflowHarness } from '@app/testing';
import { TriageArticleClaimsCommand } from '../claims/triage-article-claims/triage-article-claims.command';
import { TriageArticleClaimsUseCase } from '../claims/triage-article-claims/triage-article-claims.usecase';
import { CheckworthinessModelsRepository } from './checkworthiness-models.repository';
import { DeskLabelsQuery } from './desk-labels.query';
import { modelDigest, SHIPPED_DIGEST } from './model-in-service';
import { RegisterShippedModelUseCase } from './register-shipped-model.usecase';
import { RetrainCheckworthinessCommand } from './retrain-checkworthiness/retrain-checkworthiness.command';
import { RetrainCheckworthinessUseCase } from './retrain-checkworthiness/retrain-checkworthiness.usecase';

describe('ranking: desk decisions as labels, model versions, triage with the version in service', () => {
  let workflow: WorkflowHarness;
  const query = <Row>(statement: ReturnType<typeof sql>) => workflow.database.query<Row>(statement);

  beforeAll(async () => {
    workflow = await startWorkflow({
      CHECKWORTHINESS_RETRAIN_MIN_DECISIONS: '1000',
      // No CheckThat! files here: a retraining would have the desk alone.
      CHECKWORTHINESS_DATA_DIR: '/nonexistent',
    });
  });

  afterAll(() => workflow?.close());

  /** A claim in a stage, with the columns a decision leaves. */
  async function claim(text: string, fields: { stage?: ClaimStage; parked?: boolean; quoteId?: string } = {}) {
    const made = await workflow.rows.claim({ text, ...fields });
    return made;
  }

  it('reads what the desk decided as labels, one per claim, and leaves out what says nothing about worth', async () => {
    const editor = await workflow.rows.user({ role: Role.Editor });
    const published = await claim(`Crime fell 20 percent ${randomUUID()}`, { stage: ClaimStage.Published });
    const researched = await claim(`Taxes rose 3 percent ${randomUUID()}`, { stage: ClaimStage.Review });
    const dismissed = await claim(`What a day ${randomUUID()}`, { stage: ClaimStage.Dismissed });
    const promoted = await claim(`Rents doubled ${randomUUID()}`, { stage: ClaimStage.Research });
    await query(
      sql`INSERT INTO events (type, actor_id, claim_id) VALUES ('claim.promoted', ${editor.id}, ${promoted.id})`,
    );
    const corrected = await claim(`Wages fell ${randomUUID()}`, { stage: ClaimStage.Research });
    await query(sql`
      INSERT INTO corrections (kind, article_id, claim_id, actor_id, machine, corrected)
      VALUES ('claim-standalone', ${corrected.articleId}, ${corrected.id}, ${editor.id}, '{}', '{}')`);
    const made = await claim(`Jobs grew ${randomUUID()}`, { stage: ClaimStage.Research });
    await query(sql`UPDATE claims SET origin = 'hand', added_by = ${editor.id} WHERE id = ${made.id}`);
    // Not labels: the model alone sent it to research; replaced by its split; its quote is nobody's; still in triage.
    const byModel = await claim(`Exports rose ${randomUUID()}`, { stage: ClaimStage.Research });
    const split = await claim(`Prices rose and fell ${randomUUID()}`, { stage: ClaimStage.Dismissed });
    await query(sql`UPDATE claims SET replaced_by = ARRAY[${made.id}]::uuid[] WHERE id = ${split.id}`);
    const notAQuote = await claim(`The forum drew 14 million ${randomUUID()}`, { stage: ClaimStage.Dismissed });
    await query(sql`UPDATE quotes SET not_a_quote = true WHERE id = ${notAQuote.quoteId}`);
    const parked = await claim(`We shall see ${randomUUID()}`, { parked: true });

    const labels = await workflow.get(DeskLabelsQuery).read(workflow.database, 100);
    const byId = new Map(labels.map((label) => [label.claimId, label]));
    expect(
      [published, researched, dismissed, promoted, corrected, made].map((c) => {
        const label = byId.get(c.id);
        return label && { label: label.label, reason: label.reason };
      }),
    ).toEqual([
      { label: true, reason: 'published' },
      { label: true, reason: 'researched' },
      { label: false, reason: 'dismissed' },
      { label: true, reason: 'promoted' },
      { label: true, reason: 'corrected' },
      { label: true, reason: 'made' },
    ]);
    for (const left of [byModel, split, notAQuote, parked]) expect(byId.has(left.id)).toBe(false);
    expect(byId.get(published.id)!.text).toMatch(/^Crime fell 20 percent/);

    // Bounded: the newest first, no more than asked; counted after a time.
    expect(await workflow.get(DeskLabelsQuery).read(workflow.database, 2)).toHaveLength(2);
    const future = new Date(Date.now() + 3_600_000);
    expect(await workflow.get(DeskLabelsQuery).countAfter(workflow.database, future, 10)).toBe(0);
    expect(await workflow.get(DeskLabelsQuery).countAfter(workflow.database, null, 3)).toBe(3);
  });

  it('registers the shipped model once, in service while no desk-trained model is', async () => {
    const register = workflow.get(RegisterShippedModelUseCase);
    const id = await register.execute();
    expect(await register.execute()).toBe(id);
    const versions = await query<{ id: number; origin: string; digest: string; inService: boolean }>(
      sql`SELECT id, origin, digest, in_service AS "inService" FROM checkworthiness_models`,
    );
    expect(versions).toEqual([{ id, origin: 'shipped', digest: SHIPPED_DIGEST, inService: true }]);
  });

  it('triage scores with a desk-trained version in service and records it; a worker sees a switch at its next job', async () => {
    const models = workflow.get(CheckworthinessModelsRepository);
    // A model that finds everything about rents worth checking and nothing else.
    const desk = fitCheckworthiness(
      [
        ...Array.from({ length: 20 }, (_, i) => ({ text: `Rents rose ${i} percent in the city`, label: true })),
        ...Array.from({ length: 20 }, (_, i) => ({ text: `The weather was fine on day ${i}`, label: false })),
      ],
      { ...SHIPPED_CHECKWORTHINESS_MODEL_HYPER, maxIter: 50 },
    );
    const deskId = await workflow.database.transaction(async (tx) => {
      const id = await models.insert(tx, {
        origin: 'desk',
        digest: modelDigest(desk),
        model: desk,
        trainedAt: new Date(),
        trainingSize: 40,
        training: {},
        decisionsUntil: new Date(),
        evaluation: {},
      });
      await models.putInService(tx, id);
      return id;
    });
    const text = 'Rents rose 12 percent in the city last year';
    const fresh = await claim(`${text}`, { stage: ClaimStage.Triage });
    await query(
      sql`UPDATE claims SET triaged_at = NULL, checkworthiness = 0.01, checkworthy = false WHERE id = ${fresh.id}`,
    );
    await workflow.get(TriageArticleClaimsUseCase).execute(new TriageArticleClaimsCommand(fresh.articleId));
    const [stored] = await query<{ checkworthiness: number; checkworthy: boolean; model: number; stage: string }>(sql`
      SELECT checkworthiness, checkworthy, checkworthiness_model AS model, stage FROM claims WHERE id = ${fresh.id}`);
    const scorer = createScorer(desk);
    const expected = scoreClaim(text, (t) => ({
      checkworthiness: scorer.score(t),
      checkworthy: scorer.score(t) >= scorer.threshold,
    }));
    expect(stored).toMatchObject({ model: deskId, checkworthy: expected.checkworthy });
    expect(stored.checkworthiness).toBeCloseTo(expected.checkworthiness, 3);

    // The shipped model back in service: triage keeps extraction's score and records the shipped version.
    const shippedId = await workflow.get(RegisterShippedModelUseCase).execute();
    await workflow.database.transaction((tx) => models.putInService(tx, shippedId));
    const next = await claim(`Unemployment fell to 4 percent ${randomUUID()}`, { stage: ClaimStage.Triage });
    await query(sql`UPDATE claims SET triaged_at = NULL, checkworthiness = 0.42 WHERE id = ${next.id}`);
    await workflow.get(TriageArticleClaimsUseCase).execute(new TriageArticleClaimsCommand(next.articleId));
    const [kept] = await query<{ checkworthiness: number; model: number }>(
      sql`SELECT checkworthiness, checkworthiness_model AS model FROM claims WHERE id = ${next.id}`,
    );
    expect(kept).toEqual({ checkworthiness: 0.42, model: shippedId });
  });

  it('retrains only when enough new decisions came in, and without the shared data measures on the desk alone', async () => {
    for (let i = 0; i < 6; i++) {
      await claim(`The minimum wage rose to ${10 + i} dollars`, { stage: ClaimStage.Published });
      await claim(`Thank you all for coming tonight, number ${i}`, { stage: ClaimStage.Dismissed });
    }
    const retrain = workflow.get(RetrainCheckworthinessUseCase);
    expect(await retrain.execute(new RetrainCheckworthinessCommand())).toEqual({
      status: 'skipped',
      reason: expect.stringMatching(/^\d+ new desk decisions, 1000 needed to retrain$/),
    });
    const outcome = await retrain.execute(new RetrainCheckworthinessCommand(true));
    expect(outcome.status).toBe('done');
    const [version] = await query<{ evaluation: Record<string, unknown>; inService: boolean; training: object }>(sql`
      SELECT evaluation, in_service AS "inService", training FROM checkworthiness_models
       ORDER BY id DESC LIMIT 1`);
    // A handful of decisions: too few held back to measure a gain on, so nothing is switched.
    expect(version).toMatchObject({
      inService: false,
      training: { sharedData: [], sharedSentences: 0 },
      evaluation: {
        switched: false,
        devTest: null,
        note: expect.stringMatching(/trained on the desk alone/),
        reason: expect.stringMatching(/too few held-back decisions/),
      },
    });
  });
});

const SHIPPED_CHECKWORTHINESS_MODEL_HYPER = {
  config: SHIPPED_CHECKWORTHINESS_MODEL.config,
  l2: 3e-5,
  posWeight: 2,
  maxFeatures: 60000,
  nb: 0,
};
