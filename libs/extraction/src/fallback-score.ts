/**
 * A small check-worthiness heuristic: what `claimsOf` scores with when given no scorer, and the fixed, cheap scorer
 * the eval and bench scripts extract with, so that their figures are about the extraction and not the model.
 * Numbers, comparisons and factual verbs raise the score.
 */
import { CheckworthinessScore } from './types';

export function heuristicCheckworthiness(sentence: string): CheckworthinessScore {
  const s = sentence.trim();
  let x = -1.2;
  if (/\d/.test(s)) x += 1.2;
  if (/\b(percent|%|million|billion|trillion|thousand|hundred|dollars?|\$)/i.test(s)) x += 0.8;
  if (
    /\b(more|less|fewer|most|least|highest|lowest|largest|smallest|increase[ds]?|decrease[ds]?|doubled|tripled|rose|fell|grew|cut|never|always|every|all|none|no one|first|only)\b/i.test(
      s,
    )
  )
    x += 0.5;
  if (/\b(is|are|was|were|has|have|had|will|did)\b/i.test(s)) x += 0.3;
  if (
    /\b(law|tax|taxes|crime|jobs?|unemployment|economy|immigra\w*|police|vote[sd]?|election|budget|deficit|health|court|order|federal|government)\b/i.test(
      s,
    )
  )
    x += 0.5;
  if (/\b(I think|I believe|I feel|we hope|I hope|maybe|perhaps|should|must|need to|want to|going to)\b/i.test(s))
    x -= 0.5;
  if (/\?$/.test(s)) x -= 1.5;
  if (s.split(/\s+/).length < 6) x -= 0.6;
  const p = 1 / (1 + Math.exp(-x));
  return { checkworthiness: Math.round(p * 1000) / 1000, checkworthy: p >= 0.5 };
}
