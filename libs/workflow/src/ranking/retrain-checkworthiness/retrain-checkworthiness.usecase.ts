import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database } from '@app/database';
import {
  averagePrecision,
  bestThreshold,
  checkThatFileName,
  CheckThatSplit,
  CheckworthinessModel,
  crossValidatedMetrics,
  DEFAULT_TRAINING_HYPER,
  fitInThread,
  metricsAt,
  parseCheckThat,
  roundTo,
  scoresOf,
  stratifiedFolds,
  TrainingExample,
  TrainingHyper,
} from '@app/extraction';
import { done, JobOutcome, skipped } from '../../common/result';
import { CheckworthinessModelsRepository, ModelVersionRow } from '../checkworthiness-models.repository';
import { DeskLabel, DeskLabelsQuery } from '../desk-labels.query';
import { modelDigest, ModelInService } from '../model-in-service';
import { RetrainCheckworthinessCommand } from './retrain-checkworthiness.command';

/** One decision in five is held back from training, always the same ones (by their words), to measure models on. */
const HELD_BACK_ONE_IN = 5;
/** Fewer held-back decisions (or of either kind) than this measure nothing: no switch. */
const MIN_HELD_BACK = 20;
const MIN_HELD_BACK_OF_EACH = 3;
/** The shared data the loop trains on; dev-test, the newest debates, is what it measures on. */
const TRAINING_SPLITS: CheckThatSplit[] = ['train', 'dev'];

export interface Measurement {
  on: string;
  sentences: number;
  averagePrecision: number;
  f1: number;
}

interface Comparison {
  on: string;
  sentences: number;
  positives: number;
  candidate: { averagePrecision: number; f1: number };
  inService: { averagePrecision: number; f1: number; recorded?: boolean };
}

/** A held-back decision's side of the line, fixed by its words: the same sentence is always on the same side. */
export function isHeldBack(text: string): boolean {
  return createHash('sha256').update(text.trim().toLowerCase()).digest()[0] % HELD_BACK_ONE_IN === 0;
}

/**
 * The learning loop's step, run by a scheduled job: when enough desk decisions came in since the last model was
 * trained, fit a new model on the shared data (CheckThat! train and dev) and the desk's decisions (but those held
 * back), measure it against the model in service on the held-back decisions and on the CheckThat! dev-test sentences
 * it was not fitted on, and put it in service only if it is better (average precision worse on neither, up by
 * CHECKWORTHINESS_MIN_GAIN on one: see `decide`). Every model fitted is stored, switched to or not, with its
 * figures. Without the shared data the model is fitted on the desk alone and measured on the held-back slice alone,
 * which the stored figures say. Bounded: the newest CHECKWORTHINESS_RETRAIN_MAX_DECISIONS decisions, a fit in a thread
 * of its own ended after CHECKWORTHINESS_RETRAIN_TIME_LIMIT_SECONDS.
 */
@Injectable()
export class RetrainCheckworthinessUseCase {
  private readonly logger = new Logger(RetrainCheckworthinessUseCase.name);

  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly models: CheckworthinessModelsRepository,
    private readonly labels: DeskLabelsQuery,
    private readonly inService: ModelInService,
  ) {}

  async execute({ force }: RetrainCheckworthinessCommand): Promise<JobOutcome> {
    const service = await this.database.transaction(async (tx) => {
      await this.inService.registerShipped(tx);
      return (await this.models.inService(tx))!;
    });
    const since = await this.models.decisionsUntil(this.database);
    const needed = this.config.CHECKWORTHINESS_RETRAIN_MIN_DECISIONS;
    const fresh = await this.labels.countAfter(this.database, since, needed);
    if (!force && fresh < needed) return skipped(`${fresh} new desk decisions, ${needed} needed to retrain`);

    const decisions = await this.labels.read(this.database, this.config.CHECKWORTHINESS_RETRAIN_MAX_DECISIONS);
    const heldBack = decisions.filter((decision) => isHeldBack(decision.text));
    const deskTraining = decisions.filter((decision) => !isHeldBack(decision.text));
    const shared = this.readSharedData();
    const examples: TrainingExample[] = [
      ...TRAINING_SPLITS.flatMap((split) => shared?.[split] ?? []),
      ...deskTraining.map(({ text, label }) => ({ text, label, weight: this.config.CHECKWORTHINESS_DESK_WEIGHT })),
    ];
    if (examples.length === 0 || !examples.some((e) => e.label) || examples.every((e) => e.label)) {
      return skipped('nothing to train on: no shared data and no desk decisions of both kinds');
    }
    const serviceModel = await this.models.weights(this.database, service.id);
    const hyper = hyperOf(service, serviceModel);
    const started = Date.now();
    const candidate: CheckworthinessModel = await fitInThread(
      examples,
      hyper,
      this.config.CHECKWORTHINESS_RETRAIN_TIME_LIMIT_SECONDS * 1000,
    );
    const fitSeconds = roundTo((Date.now() - started) / 1000, 1);

    // The threshold is the best on the held-back decisions; the F1 reported for it is cross-validated within them.
    const slice = compareOnSlice(candidate, serviceModel, heldBack);
    candidate.threshold = slice?.threshold ?? serviceModel.threshold;
    const trainedTexts = new Set(deskTraining.map((decision) => normalised(decision.text)));
    const benchmark = shared?.['dev-test']
      ? compareOnDevTest(
          candidate,
          serviceModel,
          shared['dev-test'].filter((e) => !trainedTexts.has(normalised(e.text))),
          service,
        )
      : undefined;
    const verdict = decide(slice?.comparison, benchmark, this.config.CHECKWORTHINESS_MIN_GAIN);

    const measurements: Measurement[] = [
      ...(slice ? [measurementOf(slice.comparison)] : []),
      ...(benchmark ? [measurementOf(benchmark)] : []),
    ];
    const version = {
      origin: 'desk' as const,
      digest: modelDigest(candidate),
      model: { ...candidate, meta: { ...candidate.meta, hyper: hyperRecord(hyper) } },
      trainedAt: new Date(),
      trainingSize: examples.length,
      training: {
        sharedData: shared ? TRAINING_SPLITS.map(checkThatFileName) : [],
        sharedSentences: examples.length - deskTraining.length,
        deskDecisions: deskTraining.length,
        deskWeight: this.config.CHECKWORTHINESS_DESK_WEIGHT,
        heldBack: heldBack.length,
        hyper: hyperRecord(hyper),
        fitSeconds,
      },
      decisionsUntil: newest(decisions),
      evaluation: {
        measurements,
        comparedWith: service.id,
        ...(slice ? { heldBack: slice.comparison } : {}),
        ...(benchmark ? { devTest: benchmark } : { devTest: null }),
        ...(shared ? {} : { note: 'the CheckThat! data is not here: trained on the desk alone, measured on it alone' }),
        switched: verdict.switch,
        reason: verdict.reason,
      },
    };
    const outcome = await this.database.transaction(async (tx) => {
      await this.models.lock(tx);
      const id = await this.models.insert(tx, version);
      const current = await this.models.inService(tx);
      if (!verdict.switch) return { id, switched: false, reason: verdict.reason };
      // Measured against a version that is no longer in service (switched meanwhile): not a measured gain.
      if (current?.id !== service.id) return { id, switched: false, reason: 'the model in service changed meanwhile' };
      await this.models.putInService(tx, id);
      return { id, switched: true, reason: verdict.reason };
    });
    this.logger.log(
      `check-worthiness model ${outcome.id} ${outcome.switched ? 'in service' : 'kept aside'}: ${outcome.reason}`,
    );
    return done(
      `model ${outcome.id} ${outcome.switched ? 'switched to' : 'not switched to'} (${outcome.reason}); ` +
        `trained on ${examples.length} sentences, ${deskTraining.length} of them desk decisions`,
    );
  }

  /** The CheckThat! 2024 files, or undefined when the folder is not here (production without the shared data). */
  private readSharedData(): Partial<Record<CheckThatSplit, TrainingExample[]>> | undefined {
    const dir =
      this.config.CHECKWORTHINESS_DATA_DIR ?? resolve(process.cwd(), '..', 'shared', 'data', 'checkworthiness');
    const splits: CheckThatSplit[] = [...TRAINING_SPLITS, 'dev-test'];
    if (!splits.some((split) => existsSync(join(dir, checkThatFileName(split))))) return undefined;
    const data: Partial<Record<CheckThatSplit, TrainingExample[]>> = {};
    for (const split of splits) {
      const file = join(dir, checkThatFileName(split));
      if (existsSync(file)) data[split] = parseCheckThat(readFileSync(file, 'utf8'), split);
    }
    return data;
  }
}

/** The candidate is fitted the way the model in service was (its features and settings), so only the data differs. */
function hyperOf(service: ModelVersionRow, model: CheckworthinessModel): TrainingHyper {
  const recorded = (service.training.hyper ??
    (model.meta as { hyper?: object } | undefined)?.hyper ??
    {}) as Partial<TrainingHyper>;
  return { ...DEFAULT_TRAINING_HYPER, ...recorded, config: model.config };
}

function hyperRecord(h: TrainingHyper) {
  return { l2: h.l2, posWeight: h.posWeight, maxFeatures: h.maxFeatures, nb: h.nb, maxIter: h.maxIter };
}

function normalised(text: string): string {
  return text.trim().toLowerCase();
}

function newest(decisions: DeskLabel[]): Date | null {
  let latest: Date | null = null;
  for (const { decidedAt } of decisions) if (!latest || decidedAt > latest) latest = decidedAt;
  return latest;
}

/** Both models on the held-back decisions: average precision, and F1 (the candidate's cross-validated, see above). */
function compareOnSlice(
  candidate: CheckworthinessModel,
  service: CheckworthinessModel,
  heldBack: DeskLabel[],
): { threshold: number; comparison: Comparison } | undefined {
  const labels = heldBack.map((decision) => decision.label);
  const positives = labels.filter(Boolean).length;
  if (heldBack.length === 0) return undefined;
  const texts = heldBack.map((decision) => decision.text);
  const candidateScores = scoresOf(candidate, texts);
  const serviceScores = scoresOf(service, texts);
  const folds = Math.min(5, positives, heldBack.length - positives);
  const candidateF1 =
    folds >= 2
      ? crossValidatedMetrics(candidateScores, labels, stratifiedFolds(labels, folds)).metrics.f1
      : metricsAt(candidateScores, labels, service.threshold).f1;
  return {
    threshold: positives > 0 && positives < heldBack.length ? bestThreshold(candidateScores, labels).threshold : 0.5,
    comparison: {
      on: `${heldBack.length} held-back desk decisions`,
      sentences: heldBack.length,
      positives,
      candidate: { averagePrecision: roundTo(averagePrecision(candidateScores, labels)), f1: roundTo(candidateF1) },
      inService: {
        averagePrecision: roundTo(averagePrecision(serviceScores, labels)),
        f1: roundTo(metricsAt(serviceScores, labels, service.threshold).f1),
      },
    },
  };
}

/**
 * Both models on the dev-test sentences the candidate was not fitted on, each called at its own threshold. A model in
 * service that was itself fitted on dev-test (the shipped one is) cannot be measured there: its cross-validated figure
 * from its training stands in.
 */
function compareOnDevTest(
  candidate: CheckworthinessModel,
  service: CheckworthinessModel,
  devTest: TrainingExample[],
  serviceVersion: ModelVersionRow,
): Comparison {
  const labels = devTest.map((e) => e.label);
  const texts = devTest.map((e) => e.text);
  const candidateScores = scoresOf(candidate, texts);
  const sawDevTest = ((serviceVersion.training.sharedData as string[] | undefined) ?? []).some((name) =>
    name.includes('dev-test'),
  );
  const recorded = serviceVersion.evaluation as { averagePrecision?: number; f1?: number };
  let inService: Comparison['inService'];
  if (sawDevTest && recorded.averagePrecision !== undefined) {
    inService = { averagePrecision: recorded.averagePrecision, f1: recorded.f1 ?? 0, recorded: true };
  } else {
    const serviceScores = scoresOf(service, texts);
    inService = {
      averagePrecision: roundTo(averagePrecision(serviceScores, labels)),
      f1: roundTo(metricsAt(serviceScores, labels, service.threshold).f1),
    };
  }
  return {
    on: `CheckThat! 2024 dev-test, ${devTest.length} sentences not trained on`,
    sentences: devTest.length,
    positives: labels.filter(Boolean).length,
    candidate: {
      averagePrecision: roundTo(averagePrecision(candidateScores, labels)),
      f1: roundTo(metricsAt(candidateScores, labels, candidate.threshold).f1),
    },
    inService,
  };
}

/**
 * Better means: worse on neither measure, and better on at least one by `minGain` (average precision). The held-back
 * decisions are few at first (tens), so their figure moves in coarse steps; dev-test keeps a candidate that fits the
 * desk's noise from being switched to on a lucky draw of them.
 */
function decide(
  slice: Comparison | undefined,
  devTest: Comparison | undefined,
  minGain: number,
): { switch: boolean; reason: string } {
  if (
    !slice ||
    slice.sentences < MIN_HELD_BACK ||
    Math.min(slice.positives, slice.sentences - slice.positives) < MIN_HELD_BACK_OF_EACH
  ) {
    return {
      switch: false,
      reason:
        `too few held-back decisions to measure on (${slice?.sentences ?? 0}; ${MIN_HELD_BACK}, ` +
        `${MIN_HELD_BACK_OF_EACH} of each kind, needed)`,
    };
  }
  const figures = [slice, ...(devTest ? [devTest] : [])].map(
    (c) => `${c.on}: average precision ${c.inService.averagePrecision} -> ${c.candidate.averagePrecision}`,
  );
  const gains = [slice, ...(devTest ? [devTest] : [])].map(
    (c) => c.candidate.averagePrecision - c.inService.averagePrecision,
  );
  const absent = devTest ? '' : '; dev-test absent, measured on the desk alone';
  if (gains.some((gain) => gain < 0)) return { switch: false, reason: `worse on one: ${figures.join('; ')}${absent}` };
  if (gains.every((gain) => gain < minGain)) {
    return { switch: false, reason: `a gain under ${minGain}: ${figures.join('; ')}${absent}` };
  }
  return { switch: true, reason: `better: ${figures.join('; ')}${absent}` };
}

function measurementOf(comparison: Comparison): Measurement {
  return {
    on: comparison.on,
    sentences: comparison.sentences,
    averagePrecision: comparison.candidate.averagePrecision,
    f1: comparison.candidate.f1,
  };
}
