/**
 * A small check-worthiness heuristic: what `claimsOf` scores with when given no scorer, and the fixed, cheap scorer
 * the eval and bench scripts extract with, so that their figures are about the extraction and not the model.
 * Numbers, comparisons and factual verbs raise the score.
 */
import { CheckworthinessScore } from './types';

export function heuristicCheckworthiness(sentence: string): CheckworthinessScore {
  const text = sentence.trim();
  let logit = -1.2;
  if (/\d/.test(text)) logit += 1.2;
  if (/\b(percent|%|million|billion|trillion|thousand|hundred|dollars?|\$)/i.test(text)) logit += 0.8;
  if (
    /\b(more|less|fewer|most|least|highest|lowest|largest|smallest|increase[ds]?|decrease[ds]?|doubled|tripled|rose|fell|grew|cut|never|always|every|all|none|no one|first|only)\b/i.test(
      text,
    )
  )
    logit += 0.5;
  if (/\b(is|are|was|were|has|have|had|will|did)\b/i.test(text)) logit += 0.3;
  if (
    /\b(law|tax|taxes|crime|jobs?|unemployment|economy|immigra\w*|police|vote[sd]?|election|budget|deficit|health|court|order|federal|government)\b/i.test(
      text,
    )
  )
    logit += 0.5;
  if (/\b(I think|I believe|I feel|we hope|I hope|maybe|perhaps|should|must|need to|want to|going to)\b/i.test(text))
    logit -= 0.5;
  if (/\?$/.test(text)) logit -= 1.5;
  if (text.split(/\s+/).length < 6) logit -= 0.6;
  const probability = 1 / (1 + Math.exp(-logit));
  return { checkworthiness: Math.round(probability * 1000) / 1000, checkworthy: probability >= 0.5 };
}
