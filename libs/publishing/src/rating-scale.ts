import { PublishingError, PublishingErrorCode } from './publishing.error';

export interface RatingLevel {
  name: string;
  /** 1 is the worst (least true); higher is better. */
  value: number;
  description: string;
}

/** Levels ordered from the lowest value to the highest. */
export type RatingScale = readonly RatingLevel[];

export const DEFAULT_RATING_SCALE: RatingScale = Object.freeze(
  [
    { name: 'False', value: 1, description: 'The claim is inaccurate.' },
    {
      name: 'Mostly False',
      value: 2,
      description: 'The claim contains an element of truth but ignores facts that would give a different impression.',
    },
    {
      name: 'Half True',
      value: 3,
      description: 'The claim is partially accurate but leaves out important details or takes things out of context.',
    },
    {
      name: 'Mostly True',
      value: 4,
      description: 'The claim is accurate but needs clarification or additional information.',
    },
    { name: 'True', value: 5, description: 'The claim is accurate and nothing significant is missing.' },
  ].map((level) => Object.freeze(level)),
);

/**
 * Reads a rating scale from JSON text (as configuration supplies it) or from an already parsed value: a
 * non-empty array of `{name, value, description?}` with unique names (case-insensitive), unique integer
 * values ≥ 1. Returns the levels sorted by value; throws PublishingError listing every problem.
 */
export function parseRatingScale(input: unknown): RatingScale {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      throw invalid([`rating scale is not valid JSON: ${(error as Error).message}`]);
    }
  }
  if (!Array.isArray(raw)) throw invalid(['rating scale must be a JSON array of {name, value, description}']);
  if (raw.length === 0) throw invalid(['rating scale must have at least one rating']);

  const problems: string[] = [];
  const levels: RatingLevel[] = [];
  const names = new Set<string>();
  const values = new Set<number>();
  raw.forEach((entry: unknown, index) => {
    const at = `rating ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at} must be an object with name and value`);
      return;
    }
    const { name, value, description } = entry as Record<string, unknown>;
    const trimmedName = typeof name === 'string' ? name.trim() : '';
    if (!trimmedName) problems.push(`${at} needs a non-empty name`);
    else if (names.has(trimmedName.toLowerCase())) problems.push(`${at}: the name "${trimmedName}" is used twice`);
    else names.add(trimmedName.toLowerCase());

    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      problems.push(`${at}${trimmedName ? ` ("${trimmedName}")` : ''}: value must be an integer of at least 1`);
    } else if (values.has(value)) problems.push(`${at}: the value ${value} is used twice`);
    else values.add(value);

    if (description !== undefined && typeof description !== 'string')
      problems.push(`${at}: description must be a string`);

    levels.push({
      name: trimmedName,
      value: value as number,
      description: typeof description === 'string' ? description.trim() : '',
    });
  });
  if (problems.length > 0) throw invalid(problems);

  return Object.freeze(levels.sort((a, b) => a.value - b.value).map((level) => Object.freeze(level)));
}

/**
 * The start-up check of RATING_SCALE (passed to loadConfig by every process): a scale the service could not publish
 * with stops it before it runs, with the reasons.
 */
export function ratingScaleProblems(config: { RATING_SCALE?: string }): string[] {
  if (!config.RATING_SCALE) return [];
  try {
    parseRatingScale(config.RATING_SCALE);
    return [];
  } catch (error) {
    return [`RATING_SCALE is not a valid rating scale: ${(error as Error).message}`];
  }
}

/** The level with this name, ignoring case and surrounding spaces. */
export function findRating(scale: RatingScale, name: string): RatingLevel | undefined {
  const wanted = name.trim().toLowerCase();
  return scale.find((level) => level.name.toLowerCase() === wanted);
}

function invalid(problems: string[]): PublishingError {
  return new PublishingError(
    PublishingErrorCode.InvalidRatingScale,
    `invalid rating scale: ${problems.join('; ')}`,
    problems,
  );
}
