import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Queryable } from '@app/database';
import {
  CheckworthinessModel,
  CheckworthinessScorer,
  createScorer,
  scoreClaim,
  SHIPPED_CHECKWORTHINESS_MODEL,
} from '@app/extraction';
import { CheckworthinessModelsRepository } from './checkworthiness-models.repository';

/** A version's identity: what triage reads from the database on every job, in the same round trip as its claims. */
export interface VersionInService {
  id: number;
  digest: string;
}

/** How triage scores: with the version in service, or (when it is the shipped one) by keeping extraction's scores. */
export interface TriageScoring {
  /** The version to record on the claims; null while no version is registered. */
  modelId: number | null;
  /** Scores a standalone form as extraction does (scoreClaim); undefined when extraction's scores are the model's. */
  score?: (text: string) => { checkworthiness: number; checkworthy: boolean };
}

/** The digest of a model's weights: one version per distinct model, whoever stores it. */
export function modelDigest(model: CheckworthinessModel): string {
  const { config, bias, threshold, indices, weights, scale } = model;
  return createHash('sha256')
    .update(JSON.stringify({ config, bias, threshold, indices, weights, scale }))
    .digest('hex');
}

export const SHIPPED_DIGEST = modelDigest(SHIPPED_CHECKWORTHINESS_MODEL);

/**
 * The check-worthiness model in service, for triage. Which version is in service is read from Postgres with every
 * triage job (a one-row index read in the job's first round trip), so every worker scores with the new version from
 * its next job after a switch; the weights of a version are read once and kept (one version at a time). Extraction
 * scores with the shipped model in its threads; triage rescores a claim when another version is in service.
 */
@Injectable()
export class ModelInService {
  private loaded?: { id: number; scorer: CheckworthinessScorer };

  constructor(private readonly models: CheckworthinessModelsRepository) {}

  async scoring(db: Queryable, inService: VersionInService | undefined): Promise<TriageScoring> {
    if (!inService) return { modelId: null };
    if (inService.digest === SHIPPED_DIGEST) return { modelId: inService.id };
    if (this.loaded?.id !== inService.id) {
      this.loaded = { id: inService.id, scorer: createScorer(await this.models.weights(db, inService.id)) };
    }
    const { scorer } = this.loaded;
    const byModel = (text: string) => {
      const p = scorer.score(text);
      return { checkworthiness: p, checkworthy: p >= scorer.threshold };
    };
    return { modelId: inService.id, score: (text) => scoreClaim(text, byModel) };
  }

  /**
   * Registers the shipped model as a version, and puts it in service when no version is, or when the one in service
   * is an earlier release's shipped model (a desk-trained version stays: it was measured better than a shipped one).
   * Idempotent; workers starting together take turns (an advisory lock).
   */
  async registerShipped(db: Queryable): Promise<number> {
    await this.models.lock(db);
    const meta = (SHIPPED_CHECKWORTHINESS_MODEL.meta ?? {}) as ShippedMeta;
    const devTest = meta.evaluation?.devTest;
    const id = await this.models.insert(db, {
      origin: 'shipped',
      digest: SHIPPED_DIGEST,
      model: SHIPPED_CHECKWORTHINESS_MODEL,
      // The weights are the build's: when it was built is not known here, so the time it was first registered.
      trainedAt: new Date(),
      trainingSize: meta.trainingSize ?? 0,
      training: { sharedData: meta.trainedOn ?? [], deskDecisions: 0 },
      decisionsUntil: null,
      evaluation: devTest
        ? {
            averagePrecision: devTest.averagePrecision,
            f1: devTest.f1,
            measurements: [
              {
                on: `CheckThat! 2024 dev-test, ${meta.evaluation?.protocol ?? 'held out'}`,
                sentences: devTest.n ?? 0,
                averagePrecision: devTest.averagePrecision,
                f1: devTest.f1,
              },
            ],
          }
        : { measurements: [] },
    });
    const current = await this.models.inService(db);
    if (!current || (current.origin === 'shipped' && current.id !== id)) await this.models.putInService(db, id);
    return id;
  }
}

interface ShippedMeta {
  trainedOn?: string[];
  trainingSize?: number;
  evaluation?: { protocol?: string; devTest?: { f1: number; averagePrecision: number; n?: number } };
}
