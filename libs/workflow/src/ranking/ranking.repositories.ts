import { CheckworthinessModelsRepository } from './checkworthiness-models.repository';
import { DeskLabelsQuery } from './desk-labels.query';
import { ModelInService } from './model-in-service';

/**
 * The repositories and query classes of ranking: each the one place that owns its SQL; and the model in service, one
 * per process, shared by triage and the retraining.
 */
export const RANKING_REPOSITORIES = [CheckworthinessModelsRepository, DeskLabelsQuery, ModelInService];
