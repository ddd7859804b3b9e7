import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  averagePrecision,
  bestThreshold,
  CheckThatSplit,
  checkThatFileName,
  CheckworthinessModel,
  createScorer,
  fitCheckworthiness,
  metricsAt,
  parseCheckThat,
  scoreClaim,
  TrainingExample,
  withDefaultHyper,
} from '@app/extraction';
import { sharedDataDir, waitFor } from '@app/testing';
import { createUserKey, startTestService } from './support/test-service';

/**
 * The learning loop, simulated on the real Postgres and Redis with the worker's scheduled job. A model fitted on
 * CheckThat! train and dev (no dev-test) is in service; a desk promotes and dismisses parked claims whose words are the
 * sentences of one half of dev-test, following their labels (or at random); the scheduled retraining then runs as in
 * production. Following the labels, the model it switches to ranks the OTHER half of dev-test better than the one it
 * started from; fed random decisions, it keeps the model in service. The features are fewer than the shipped model's
 * and the fit shorter (the model in service's settings, which the retraining reuses), so that the test takes a minute.
 */
const DATA_DIR = join(sharedDataDir() ?? '../shared/data', 'checkworthiness');
const SMALL = withDefaultHyper({
  config: { ...withDefaultHyper({}).config, bits: 16, charNgrams: [0, 0], shapeNgrams: [1, 2] },
  maxIter: 100,
});

const read = (split: CheckThatSplit) =>
  parseCheckThat(readFileSync(join(DATA_DIR, checkThatFileName(split)), 'utf8'), split);

interface Figures {
  averagePrecision: number;
  f1: number;
}

function figuresOn(model: CheckworthinessModel, sentences: TrainingExample[]): Figures {
  const scorer = createScorer(model);
  const scores = sentences.map((sentence) => scorer.score(sentence.text));
  const labels = sentences.map((sentence) => sentence.label);
  return { averagePrecision: averagePrecision(scores, labels), f1: metricsAt(scores, labels, model.threshold).f1 };
}

/** Deterministic coin flips (a linear congruential generator): the random desk is the same in every run. */
function coin(seed: number, chanceOfYes: number): () => boolean {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 < chanceOfYes;
  };
}

describe('the learning loop (simulated desk, real Postgres and Redis)', () => {
  jest.setTimeout(600_000);
  let base: CheckworthinessModel;
  let halfA: TrainingExample[];
  let halfB: TrainingExample[];

  beforeAll(() => {
    const train = read('train');
    const dev = read('dev');
    const devTest = read('dev-test');
    halfA = devTest.filter((_, index) => index % 2 === 0);
    halfB = devTest.filter((_, index) => index % 2 === 1);
    base = fitCheckworthiness([...train, ...dev], SMALL);
    const devScorer = createScorer(base);
    base.threshold = bestThreshold(
      dev.map((sentence) => devScorer.score(sentence.text)),
      dev.map((sentence) => sentence.label),
    ).threshold;
  });

  /**
   * A service whose model in service is `base`, and a desk that has promoted (worth checking) or dismissed (not)
   * a parked claim for each sentence of half A, through the API; then the worker starts and its scheduled retraining
   * runs. Returns the service and the model in service once the retraining has stored its model.
   */
  async function runLoop(decide: (sentence: TrainingExample) => boolean) {
    const service = await startTestService({
      worker: false,
      env: {
        CHECKWORTHINESS_RETRAIN_CHECK_MINUTES: '0.05',
        CHECKWORTHINESS_RETRAIN_MIN_DECISIONS: '100',
        CHECKWORTHINESS_DATA_DIR: DATA_DIR,
      },
    });
    const [{ id: baseId }] = await service.query<{ id: number }>(
      `INSERT INTO checkworthiness_models (origin, digest, model, trained_at, training_size, training, evaluation,
                                           in_service, activated_at)
       VALUES ('desk', 'base-without-dev-test', $1, now(), $2, $3, '{}', true, now()) RETURNING id`,
      [
        JSON.stringify(base),
        0,
        JSON.stringify({
          sharedData: ['train', 'dev'].map((s) => checkThatFileName(s as CheckThatSplit)),
          hyper: SMALL,
        }),
      ],
    );
    // Parked claims as triage leaves them: one article, one quote per sentence.
    const ingester = await createUserKey(service, 'ingester');
    const [{ id: articleId }] = await service.query<{ id: string }>(
      `INSERT INTO articles (body_hash, body, source_format, status, submitted_by, extracted_at)
       VALUES (md5(random()::text), 'A debate.', 'text', 'extracted', $1, now()) RETURNING id`,
      [ingester.id],
    );
    const claimIds: string[] = [];
    for (const [position, sentence] of halfA.entries()) {
      const [{ id }] = await service.query<{ id: string }>(
        `WITH quote AS (
           INSERT INTO quotes (article_id, position, text, start_offset, end_offset, kind, speaker_name, speaker_type)
           VALUES ($1, $2, $3, 0, length($3), 'direct', 'A Debater', 'person') RETURNING id)
         INSERT INTO claims (article_id, quote_id, position, text, standalone, start_offset, end_offset,
                             checkworthiness, checkworthy, parked, triaged_at, checkworthiness_model)
         SELECT $1, quote.id, 0, $3, $3, 0, length($3), 0.1, false, true, now(), $4 FROM quote RETURNING id`,
        [articleId, position, sentence.text, baseId],
      );
      claimIds.push(id);
    }
    const editor = await createUserKey(service, 'editor');
    for (const [index, sentence] of halfA.entries()) {
      if (decide(sentence)) await service.http(editor.apiKey).post(`/v1/claims/${claimIds[index]}/promote`).expect(200);
      else {
        await service
          .http(editor.apiKey)
          .post(`/v1/claims/${claimIds[index]}/dismiss`)
          .send({ reason: 'Not worth checking.' })
          .expect(200);
      }
    }
    await service.startWorker();
    const [trained] = await waitFor(
      async () => {
        const rows = await service.query<{ id: number; evaluation: Record<string, unknown>; training: object }>(
          `SELECT id, evaluation, training FROM checkworthiness_models WHERE origin = 'desk' AND id <> $1`,
          [baseId],
        );
        return rows.length > 0 && rows;
      },
      { timeoutMs: 300_000, intervalMs: 500, what: 'the retraining' },
    );
    const [inService] = await service.query<{ id: number; model: CheckworthinessModel }>(
      'SELECT id, model FROM checkworthiness_models WHERE in_service',
    );
    return { service, baseId, trained, inService };
  }

  it('switches, following one half of dev-test, to a model that ranks the other half better', async () => {
    const { service, baseId, trained, inService } = await runLoop((sentence) => sentence.label);
    try {
      expect(trained.evaluation).toMatchObject({ switched: true, comparedWith: baseId });
      expect(inService.id).toBe(trained.id);
      const before = figuresOn(base, halfB);
      const after = figuresOn(inService.model, halfB);
      process.stdout.write(
        `learning loop, other half of dev-test (${halfB.length} sentences): average precision ` +
          `${before.averagePrecision.toFixed(4)} -> ${after.averagePrecision.toFixed(4)}, F1 ${before.f1.toFixed(4)} -> ` +
          `${after.f1.toFixed(4)}; ${JSON.stringify(trained.evaluation)}\n`,
      );
      expect(after.averagePrecision).toBeGreaterThan(before.averagePrecision);
      expect(after.f1).toBeGreaterThan(before.f1);

      // Triage scores new claims with the version in service and records it on them.
      const ingester = await createUserKey(service, 'ingester');
      const body = '“Crime fell 20 percent in the city last year, the lowest in three decades,” the mayor said.';
      const { id: articleId } = (await service.http(ingester.apiKey).post('/v1/articles').send({ body }).expect(202))
        .body as { id: string };
      const claims = await waitFor(
        async () => {
          const rows = await service.query<{ standalone: string; checkworthiness: number; model: number }>(
            `SELECT standalone, checkworthiness, checkworthiness_model AS model FROM claims
              WHERE article_id = $1 AND triaged_at IS NOT NULL`,
            [articleId],
          );
          return rows.length > 0 && rows;
        },
        { timeoutMs: 60_000, what: 'the new article triaged' },
      );
      const scorer = createScorer(inService.model);
      const byModel = (text: string) => ({
        checkworthiness: scorer.score(text),
        checkworthy: scorer.score(text) >= scorer.threshold,
      });
      for (const claim of claims) {
        expect(claim.model).toBe(inService.id);
        expect(claim.checkworthiness).toBeCloseTo(scoreClaim(claim.standalone, byModel).checkworthiness, 3);
      }

      // The stats show the model in service with what it was measured on.
      const stats = (await service.http().get('/v1/stats').expect(200)).body;
      expect(stats.checkworthinessModel).toMatchObject({ version: inService.id, origin: 'desk' });
      expect(stats.checkworthinessModel.trainingSize).toBeGreaterThan(20000);
      expect(stats.checkworthinessModel.deskDecisions).toBeGreaterThan(100);
      expect(stats.checkworthinessModel.measured.map((m: { on: string }) => m.on)).toEqual([
        expect.stringMatching(/held-back desk decisions/),
        expect.stringMatching(/dev-test/),
      ]);

      // Nothing new since: the next scheduled runs retrain nothing.
      await new Promise((resolve) => setTimeout(resolve, 8_000));
      const [{ count }] = await service.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM checkworthiness_models WHERE origin = 'desk'`,
      );
      expect(count).toBe(2);
    } finally {
      await service.stop();
    }
  });

  it('keeps the model in service when the desk decides at random', async () => {
    const flip = coin(42, 0.3);
    const { service, baseId, trained, inService } = await runLoop(() => flip());
    try {
      expect(trained.evaluation).toMatchObject({ switched: false, comparedWith: baseId });
      process.stdout.write(`learning loop, random decisions: ${JSON.stringify(trained.evaluation)}\n`);
      expect(inService.id).toBe(baseId);
    } finally {
      await service.stop();
    }
  });
});
