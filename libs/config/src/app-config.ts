import { hostname } from 'node:os';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { StartupError } from './startup-error';

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = (typeof value === 'string' ? value : JSON.stringify(value)).trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  return value; // left as a string so validation reports it
};

/**
 * Stacked decorators as one: applied from the last up, as TypeScript applies a stack, so the problems of a bad value
 * are listed in the order they were before.
 */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorate of [...decorators].reverse()) decorate(target, key);
  };
}

/** A whole number read from the environment's text, from `min` (to `max`). */
function IntSetting(min: number, max?: number): PropertyDecorator {
  return stacked(Transform(toNumber), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)]));
}

/** A finite number read from the environment's text, from `min`. */
function NumberSetting(min: number): PropertyDecorator {
  return stacked(Transform(toNumber), IsNumber({ allowNaN: false, allowInfinity: false }), Min(min));
}

/**
 * Every setting the service reads, validated once at boot. Nothing else reads `process.env`.
 * Names are the environment variables; defaults are those of API.md.
 */
export class AppConfig {
  @IsString()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL = 'postgres://postgres@localhost:5432/factcheck';

  /** Connections each process keeps to Postgres at most. */
  @IntSetting(1, 1000)
  DATABASE_POOL_SIZE = 20;

  /** How long a request waits for a free Postgres connection before it is answered 503 (try again). */
  @IntSetting(100)
  DATABASE_CONNECT_TIMEOUT_MS = 10_000;

  @IsString()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL = 'redis://localhost:6379';

  /** Prefix of every BullMQ key; separate deployments (or test suites) sharing one Redis use different ones. */
  @IsString()
  @MinLength(1)
  QUEUE_PREFIX = 'factcheck';

  @IntSetting(0, 65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_API_KEY must be at least 16 characters' })
  ADMIN_API_KEY?: string;

  @IntSetting(1)
  LEASE_SECONDS = 1800;

  /** Claims one person may hold leases on at once, research and review together: nobody empties a queue alone. */
  @IntSetting(1)
  MAX_LEASES_PER_PERSON = 3;

  /** How long a claim sent back by an editor stays reserved for its author (first in their queue only); 0: not at all. */
  @NumberSetting(0)
  RETURN_RESERVE_HOURS = 24;

  @Transform(toBool)
  @IsBoolean()
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS = false;

  @IntSetting(100)
  WEBHOOK_TIMEOUT_MS = 10000;

  /** Allow `POST /v1/articles {url}` to fetch pages on loopback and private addresses (tests, intranets). */
  @Transform(toBool)
  @IsBoolean()
  ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS = false;

  /** How long fetching an article's page may take, redirects and the whole body included (then 504). */
  @IntSetting(100, 60_000)
  ARTICLE_FETCH_TIMEOUT_MS = 10000;

  /** Pages each API process fetches at once (each holds up to 2 MB while it arrives); one more is a 503 (try again). */
  @IntSetting(1, 1000)
  ARTICLE_FETCH_CONCURRENCY = 16;

  /** Multiplies the webhook retry schedule (1 = real delays; tests use a tiny factor). */
  @NumberSetting(0)
  WEBHOOK_RETRY_SCALE = 1;

  /** The JSON rating scale, `[{name, value, description}]`, ordered worst to best; the built-in one when absent. */
  @IsOptional()
  @IsString()
  RATING_SCALE?: string;

  /** The organisation that publishes verdicts: the ClaimReview `author`. */
  @IsString()
  @MinLength(1)
  ORGANIZATION_NAME = 'Fact-check desk';

  @IsOptional()
  @IsUrl({ require_tld: false })
  ORGANIZATION_URL?: string;

  /** Where readers find published verdicts: `<PUBLIC_BASE_URL>/fact-checks/<slug>`, a ClaimReview's default `url`. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL?: string;

  @IntSetting(1, 64)
  WORKER_CONCURRENCY = 4;

  /** The worker's own port for /health and /metrics; 0 picks a free one (several workers on one host). */
  @IntSetting(0, 65535)
  WORKER_HEALTH_PORT = 3001;

  /** Webhook deliveries each worker process makes at once: they wait on the network, not the CPU. */
  @IntSetting(1, 512)
  WEBHOOK_CONCURRENCY = 32;

  /** How long a worker's lock on a job lasts without renewal; a worker silent for longer loses the job. */
  @IntSetting(100)
  WORKER_LOCK_MS = 30000;

  /** How often workers look for jobs whose worker died (stalled) to run them again. */
  @IntSetting(100)
  WORKER_STALLED_INTERVAL_MS = 30000;

  /** How many times a job may stall before BullMQ fails it (the reconciler then re-adds it from Postgres). */
  @IntSetting(1)
  WORKER_MAX_STALLED = 3;

  /** How long a stopping worker may take to finish its jobs before it exits anyway. */
  @IntSetting(100)
  WORKER_SHUTDOWN_GRACE_MS = 60000;

  /** Names this process in the audit trail and logs; host:pid when unset. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  WORKER_NAME?: string;

  /** How often the outbox relay looks for work when no notification wakes it. */
  @IntSetting(10)
  OUTBOX_POLL_MS = 1000;

  /** How often the reconciler compares Postgres with the queues and re-adds what is missing. */
  @IntSetting(1)
  RECONCILE_SECONDS = 300;

  /** How many times an article's extraction is tried before it is marked failed. */
  @IntSetting(1)
  EXTRACT_ATTEMPTS = 3;

  /** Threads each process runs extraction and page reading in, off its event loop; 0: the cores less one, at most 4. */
  @IntSetting(0, 64)
  EXTRACTION_THREADS = 0;

  /** An article whose extraction takes longer is stopped and marked failed with the reason. */
  @NumberSetting(0.1)
  EXTRACTION_TIME_LIMIT_SECONDS = 20;

  /** A submitted page that takes longer to read is refused (422). */
  @NumberSetting(0.1)
  HTML_TIME_LIMIT_SECONDS = 10;

  /** Heap of each extraction thread; work that needs more is stopped like work that takes too long. */
  @IntSetting(64)
  EXTRACTION_MEMORY_MB = 1024;

  /**
   * Where an article's claims come from when its submission does not say (`claimsFrom`): `quotes`, or `all` (also the
   * check-worthy statements of the article's own voice, spoken by its publication or byline author).
   */
  @IsIn(['quotes', 'all'], { message: 'CLAIMS_FROM must be "quotes" or "all"' })
  CLAIMS_FROM: 'quotes' | 'all' = 'quotes';

  /** A claim waiting longer than this in research is overdue: its priority rises and `claim.overdue` goes out. */
  @NumberSetting(0.001)
  RESEARCH_DEADLINE_MINUTES = 24 * 60;

  /** The same for review. */
  @NumberSetting(0.001)
  REVIEW_DEADLINE_MINUTES = 8 * 60;

  /** How often claims past their deadline are looked for: how late, at most, a claim is marked overdue. */
  @NumberSetting(0.1)
  DEADLINE_SWEEP_SECONDS = 60;

  /** The service level: hours from a claim entering research to its verdict being published. */
  @NumberSetting(0)
  PUBLISH_SLA_HOURS = 48;

  /** How often the worker looks whether enough new desk decisions came in to retrain the check-worthiness model. */
  @NumberSetting(0.01)
  CHECKWORTHINESS_RETRAIN_CHECK_MINUTES = 60;

  /** Desk decisions newer than the last trained model needed before a retraining runs. */
  @IntSetting(1)
  CHECKWORTHINESS_RETRAIN_MIN_DECISIONS = 200;

  /** The newest desk decisions a retraining reads at most. */
  @IntSetting(10, 1_000_000)
  CHECKWORTHINESS_RETRAIN_MAX_DECISIONS = 20000;

  /** How long a retraining's fit may take before it is stopped (and nothing changes). */
  @NumberSetting(1)
  CHECKWORTHINESS_RETRAIN_TIME_LIMIT_SECONDS = 900;

  /** How much one desk decision counts in training against one sentence of the shared data. */
  @NumberSetting(0.01)
  CHECKWORTHINESS_DESK_WEIGHT = 10;

  /**
   * A retrained model goes into service only if its average precision is this much higher on the held-back desk
   * decisions or on CheckThat! dev-test, and lower on neither.
   */
  @NumberSetting(0)
  CHECKWORTHINESS_MIN_GAIN = 0.005;

  /**
   * The CheckThat! 2024 files a retraining trains on (train, dev) and measures on (dev-test); `../shared/data/
   * checkworthiness` from the working directory when unset. Without them it trains and measures on the desk alone.
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  CHECKWORTHINESS_DATA_DIR?: string;

  /** Requests per minute the API answers for one API key (or one address without a key) before it says 429. */
  @IntSetting(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** The built web desk (index.html and assets/) the API serves at `/`; `dist/web` of this install when unset. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  WEB_DESK_DIR?: string;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  get workerName(): string {
    return this.WORKER_NAME ?? `${hostname()}:${process.pid}`;
  }

  get publicBaseUrl(): string {
    return (this.PUBLIC_BASE_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }
}

export class ConfigError extends StartupError {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * A check of settings whose rules belong to another part of the service (RATING_SCALE to publishing, say): returns
 * the problems it finds, worded like those of the schema, naming the variable.
 */
export type ConfigCheck = (config: AppConfig) => string[];

/** A key, or a URL that may carry a password: a bad value is named in the error, never printed. */
const MAY_HOLD_A_SECRET = /KEY|SECRET|PASSWORD|TOKEN|_URL$/;

/**
 * Reads and validates the configuration, then runs the given checks; throws a ConfigError naming every bad variable.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  checks: readonly ConfigCheck[] = [],
): AppConfig {
  const known = Object.keys(new AppConfig());
  const given = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, given);
  const problems = validateSync(config, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) && !MAY_HOLD_A_SECRET.test(error.property)
        ? `${message} (got ${JSON.stringify(error.value)})`
        : message,
    ),
  );
  for (const check of checks) problems.push(...check(config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
