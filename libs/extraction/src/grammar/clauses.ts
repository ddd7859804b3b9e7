/**
 * Clauses: where reported content starts and ends around a cue, the adjuncts skipped on the way ("on Monday",
 * "in a statement") and the complements that report nothing ("spoke to reporters").
 */
import { AnalysedText } from '../analysed-text';
import { cueAt } from '../cues';
import { isVerbalWord, lexTag } from '../entities/word-tags';
import { nounPhraseStartingAt } from './noun-phrases';
import { looksLikeTitle } from './quoted-words';
import { ADJUNCT_PREPS, TIME_WORDS } from '../lexicon/function-words';
import { SPEECH_BASES } from '../lexicon/reporting-verbs';
import { SENTENCE_END } from '../sentences';
import { Token } from '../tokens';

/**
 * End (exclusive token index) of a complement clause starting at `start`, within the sentence ending at
 * `sentenceEnd`: before a following attribution, and without its final punctuation. `nextCue` is where the next cue
 * of the sentence starts.
 */
export function clauseEnd(doc: AnalysedText, start: number, sentenceEnd: number, nextCue: number): number {
  const { tokens } = doc;
  let end = sentenceEnd;
  // stop before a following attribution: ", adding …", ", according to …", "and told …", ", he said"
  for (let i = start + 1; i < sentenceEnd; i++) {
    // a comma typed inside the closing quote ("… was “corrupt,” noting that …") breaks the clause after the mark
    const inner = punctuationInsideClosingMark(doc, i);
    if (doc.quoteAt[i] >= 0 && !inner) continue;
    const token = inner ?? tokens[i];
    const cut = inner ? i + 1 : i;
    if (
      token.text === ',' ||
      token.text === ';' ||
      token.text === '—' ||
      token.text === '--' ||
      token.lower === 'and' ||
      token.lower === 'but'
    ) {
      const next = tokens[i + 1];
      if (!next) break;
      const cue = cueAt(doc, i + 1);
      if (
        cue &&
        (/ing$/.test(next.lower) ||
          cue.sourceAfter ||
          ((token.lower === 'and' || token.lower === 'but') && SPEECH_BASES.has(cue.base)))
      ) {
        end = cut;
        break;
      }
      if (token.text === ';') {
        end = cut;
        break;
      }
      if (inner) continue;
      // ", he said." / ", Smith said."
      const speaker = nounPhraseStartingAt(doc, i + 1, sentenceEnd);
      if (speaker && speaker.endToken < sentenceEnd) {
        const verb = cueAt(doc, speaker.endToken);
        if (verb && i + 1 < nextCue + 5) {
          end = i;
          break;
        }
      }
    }
  }
  // trim final punctuation
  let last = end - 1;
  while (
    last > start &&
    doc.quoteAt[last] < 0 &&
    tokens[last].kind === 'punct' &&
    /^[.,;:!?…\-—–(]$|^\.\.\.$|^--$/.test(tokens[last].text)
  )
    last--;
  return last + 1;
}

/** The comma or semicolon just inside the closing quote mark at token `at`, if `at` closes a quote that way. */
export function punctuationInsideClosingMark(doc: AnalysedText, at: number): Token | null {
  const quoteIndex = doc.quoteAt[at];
  if (quoteIndex < 0 || doc.quotes[quoteIndex].closeToken !== at || doc.tokens[at].kind !== 'quote') return null;
  const before = doc.tokens[at - 1];
  return before && (before.text === ',' || before.text === ';') ? before : null;
}

/** Whether the word at `at` takes a possessive "’s" ("Friday’s", "Friday's"), however it was tokenized. */
function possessed(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || next.start !== tokens[at].end) return false;
  if (/^['’]s$/i.test(next.text)) return true;
  const after = tokens[at + 2];
  return /^['’]$/.test(next.text) && !!after && after.start === next.end && after.lower === 's';
}

/** Words that open a clause of their own inside what follows a preposition: "on the show whether he …". */
const CLAUSE_WORDS =
  /^(?:whether|if|how|why|when|where|what|who|which|as|because|since|until|while|before|after|than|so|though|although|unless|but|and|or)$/;

/**
 * Whether the word ending a prepositional phrase makes it the words' time or place by name ("on Thursday", "in
 * Washington", "in July"), after which a subject opens the words. After a common noun a subject and its verb are as
 * often a relative clause of it ("on the call he had with …", "in the statement they released …", "with the answers
 * he was getting"), and are left alone.
 */
function endsOccasion(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  if (!word || word.kind !== 'word') return false;
  // ("on Thursday night", "in a statement Monday morning")
  const partOfDay =
    /^(?:morning|afternoon|evening|night)$/.test(word.lower) && TIME_WORDS.has(tokens[at - 1]?.lower ?? '');
  return word.capitalised || TIME_WORDS.has(word.lower) || partOfDay;
}

/** A subject pronoun and a finite verb at `at`: "it would", "she had", "they said" (a clause, not the adjunct's noun). */
function clauseOpensAt(tokens: Token[], at: number): boolean {
  return (
    /^(?:he|she|it|they|we|i)$/.test(tokens[at]?.lower ?? '') &&
    /^(?:would|will|was|were|is|are|had|has|have|could|can|did|does|do|should|might|may|must|\w+ed)$/.test(
      tokens[at + 1]?.lower ?? '',
    )
  );
}

/**
 * Skip time words and short prepositional adjuncts ("on Monday", "in a statement") after a cue at `from`. `greedy`
 * also takes an adjunct that runs to the end of the sentence.
 */
export function skipAdjuncts(doc: AnalysedText, from: number, sentenceEnd: number, greedy: boolean): number {
  const { tokens } = doc;
  let at = from;
  let guard = 0;
  while (at < sentenceEnd && guard++ < 6) {
    const token = tokens[at];
    if (token.kind !== 'word' || doc.quoteAt[at] >= 0) break;
    // "called Friday’s decision a win": a day owning a noun opens the complement, it is no adjunct
    if (TIME_WORDS.has(token.lower) && possessed(tokens, at)) break;
    if (TIME_WORDS.has(token.lower)) {
      at++;
      // "Friday afternoon"
      if (at < sentenceEnd && /^(morning|afternoon|evening|night)$/.test(tokens[at].lower)) at++;
      continue;
    }
    if (
      /^(last|this|next|earlier|late)$/.test(token.lower) &&
      tokens[at + 1] &&
      /^(week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|spring|summer|fall|winter)$/.test(
        tokens[at + 1].lower,
      )
    ) {
      at += 2;
      continue;
    }
    // "ruled 5-4 that …", "voted 3-0 on Monday that …": a vote's tally before the clause or another adjunct
    if (
      VOTE_TALLY.test(token.text) &&
      at + 1 < sentenceEnd &&
      (tokens[at + 1].lower === 'that' ||
        TIME_WORDS.has(tokens[at + 1].lower) ||
        ADJUNCT_PREPS.has(tokens[at + 1].lower))
    ) {
      at++;
      continue;
    }
    // "voted 11 to 4 that …": the tally written with "to"
    if (
      /^\d{1,3}$/.test(token.text) &&
      tokens[at + 1]?.lower === 'to' &&
      /^\d{1,3}$/.test(tokens[at + 2]?.text ?? '') &&
      at + 3 < sentenceEnd &&
      (tokens[at + 3].lower === 'that' ||
        TIME_WORDS.has(tokens[at + 3].lower) ||
        ADJUNCT_PREPS.has(tokens[at + 3].lower))
    ) {
      at += 3;
      continue;
    }
    // "wants to build a wall": an infinitive is the complement, not an adjunct
    if (
      token.lower === 'to' &&
      tokens[at + 1] &&
      tokens[at + 1].kind === 'word' &&
      !tokens[at + 1].capitalised &&
      !/^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|reporters|supporters|voters)$/.test(
        tokens[at + 1].lower,
      )
    )
      break;
    // "said outside the courthouse that …": a preposition of place the lexicon reads as an adjective, before "that"
    const place = /^(?:outside|inside)$/.test(token.lower) && /^(?:the|a|an)$/.test(tokens[at + 1]?.lower ?? '');
    if ((ADJUNCT_PREPS.has(token.lower) || place) && token.lower !== 'that') {
      // a preposition's phrase ("on Thursday", "in a statement"), not a clause ("when he …") nor "to" or "of"
      // (not "under Obama it was …", "from next year it will …", "over the past year it had …": part of the words)
      const phrase = /^(?:in|on|at|during)$/.test(token.lower);
      // (not a question's clause after it: "discussed on the show whether he …", "on Thursday how surprised he …")
      const opensClause = (end: number) =>
        phrase &&
        clauseOpensAt(tokens, end) &&
        endsOccasion(tokens, end - 1) &&
        !tokens.slice(at + 1, end).some((word) => CLAUSE_WORDS.test(word.lower));
      // a prepositional phrase accepted only if followed by "that", a comma, a quote, or (greedy) the sentence end
      let end = at + 1;
      let titleLength = 0;
      for (;;) {
        while (
          end < sentenceEnd &&
          end - at - titleLength <= 8 &&
          tokens[end].kind === 'word' &&
          doc.quoteAt[end] < 0 &&
          tokens[end].lower !== 'that' &&
          !ADJUNCT_PREPS.has(tokens[end].lower) &&
          !opensClause(end)
        )
          end++;
        // a title inside the adjunct: 'said on ABC’s “This Week” that …', 'said on “Meet the Press” that …'
        const title = end < sentenceEnd ? doc.quoteAt[end] : -1;
        if (
          title >= 0 &&
          doc.quotes[title].openToken === end &&
          (end > at + 1 || /^(that|,)$/.test(tokens[doc.quotes[title].closeToken + 1]?.lower ?? '')) &&
          looksLikeTitle(doc, title) &&
          doc.quotes[title].closeToken + 1 < sentenceEnd
        ) {
          titleLength += doc.quotes[title].closeToken + 1 - end;
          end = doc.quotes[title].closeToken + 1;
          if (tokens[end].text === ',' && tokens[end + 1]?.lower === 'that') end++;
          continue;
        }
        break;
      }
      // "at a stop in Toledo, Ohio, that …": the town's state (or country) between commas is part of the adjunct
      if (end < sentenceEnd && tokens[end].text === ',' && tokens[end - 1].capitalised) {
        let place = end + 1;
        while (place < end + 3 && tokens[place]?.kind === 'word' && tokens[place].capitalised) place++;
        const then = place + 1;
        if (
          place > end + 1 &&
          then < sentenceEnd &&
          tokens[place].text === ',' &&
          (tokens[then].lower === 'that' || doc.quoteAt[then] >= 0)
        )
          end = place;
      }
      if (
        end < sentenceEnd &&
        end - at - titleLength <= 8 &&
        end > at + 1 &&
        (tokens[end].lower === 'that' ||
          // "said on Thursday it would cut …": the clause opens with its subject
          opensClause(end) ||
          (!place && tokens[end].text === ',') ||
          tokens[end].text === ':' ||
          (doc.quoteAt[end] >= 0 && doc.quotes[doc.quoteAt[end]].openToken === end) ||
          ADJUNCT_PREPS.has(tokens[end].lower))
      ) {
        at = end;
        continue;
      }
      if (greedy && end > at + 1 && (end >= sentenceEnd || SENTENCE_END.has(tokens[end].text))) {
        at = end;
        continue;
      }
      break;
    }
    break;
  }
  return at;
}

/** A vote's tally: "5-4", "3–0", "52-48". */
const VOTE_TALLY = /^\d{1,3}[-–]\d{1,3}$/;

/** A finite clause: a few words with a verb after its first word ("the progress is real"). */
export function isFiniteClause(doc: AnalysedText, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const first = doc.tokens[start];
  if (first.kind !== 'word' || /^(to|about|of|so|how|what|in|on|at|for|with)$/.test(first.lower)) return false;
  for (let i = start + 1; i < Math.min(end, start + 12); i++) {
    const token = doc.tokens[i];
    if (
      token.kind === 'word' &&
      doc.quoteAt[i] < 0 &&
      (isVerbalWord(token.lower) ||
        /^(is|are|was|were|will|would|can|could|should|has|have|had|does|did|do|n't|n’t|’s|'s|’re|'re|’ll|'ll)$/.test(
          token.lower,
        ))
    )
      return true;
  }
  return false;
}

const TIME_NOUNS =
  /^(week|weekend|month|year|morning|afternoon|evening|night|time|spring|summer|fall|autumn|winter|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Complements that do not report anything: "said goodbye", "support from donors", "wants more". */
export function startsNonComplement(doc: AnalysedText, start: number, end: number): boolean {
  const first = doc.tokens[start];
  if (first.kind === 'quote') return false;
  // "spoke to reporters", "spoke on Monday": a listener or an adjunct, nothing reported
  const second = doc.tokens[start + 1];
  if (
    first.lower === 'to' &&
    (!second ||
      second.capitalised ||
      /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|reporters|supporters|voters|him|them|me|us)$/.test(
        second.lower,
      ))
  )
    return true;
  // "said this week" is an adjunct, "thought this term would be different" a clause; "there are" opens one too
  if (/^(this|last|next)$/.test(first.lower) && second && !TIME_NOUNS.test(second.lower)) return false;
  if (
    first.lower === 'there' &&
    second &&
    /^(is|are|was|were|will|would|may|might|could|has|have|had)$/.test(second.lower)
  )
    return false;
  if (
    /^(on|with|for|last|this|next|early|earlier|late|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|too|briefly|privately|publicly)$/.test(
      first.lower,
    )
  )
    return true;
  if (
    /^(by|from|in|at|into|during|after|before|since|until|while|when|because|as|so|up|down|out|off|over|back|away|here|there|now|then|more|less|much|it|this|itself|himself|herself|themselves|him|her|them|me|us|you)$/.test(
      first.lower,
    )
  ) {
    // pronoun objects are content only when something follows ("urged them to vote")
    if (/^(it|this|him|her|them|me|us|you)$/.test(first.lower) && end - start > 1) return false;
    return true;
  }
  return false;
}

/** At least 3 words, and not just a noun phrase followed by a preposition ("said goodbye to"). */
export function looksLikeClause(doc: AnalysedText, start: number, end: number): boolean {
  let words = 0;
  for (let i = start; i < end; i++) if (doc.tokens[i].kind === 'word') words++;
  if (words < 3) return false;
  const first = doc.tokens[start];
  if (first.kind !== 'word' && first.kind !== 'quote') return false;
  if (
    /^(so|no|yes|goodbye|hello|thanks|nothing|something|anything|little|much|more|less|it|this|that)$/.test(
      first.lower,
    ) &&
    words < 5
  )
    return false;
  return true;
}

/**
 * End offset (in characters) of reported content that runs to the end of the sentence, or to token `bound` if that
 * comes first; the final period is left out.
 */
export function sentenceContentEnd(doc: AnalysedText, sentenceIndex: number, bound: number): number {
  const { tokens } = doc;
  const sentence = doc.sentences[sentenceIndex];
  let last = Math.min(sentence.endToken, bound) - 1;
  while (
    last > sentence.firstToken &&
    tokens[last].kind === 'punct' &&
    /^[.,;:!?…\-—–)]$|^\.\.\.$|^--$/.test(tokens[last].text) &&
    doc.quoteAt[last] < 0
  )
    last--;
  return tokens[last].end;
}

/**
 * What may follow an inverted attribution after a quote: the sentence end, a comma, another quote, or an adjunct
 * ("in a statement", "as he closed out", "on Monday", "of the Clinton-Trump race").
 */
export function canFollowInvertedAttribution(doc: AnalysedText, at: number, sentenceEnd: number): boolean {
  if (at >= sentenceEnd) return true;
  const token = doc.tokens[at];
  if (token.kind === 'punct' || token.kind === 'quote') return token.text !== "'s" && token.text !== '’s';
  if (
    token.kind === 'word' &&
    /^(in|at|on|during|after|before|as|while|when|of|about|to|from|via|through|with|who|last|this|earlier|recently|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|because|since|but|and|though|although|referring|speaking|adding|noting|citing|asked|told)$/.test(
      token.lower,
    )
  )
    return true;
  return false;
}

/** Tokens [from, to) hold no quote and no strong cue: a trailing adjunct or clause that reports nothing of its own. */
export function reportsNothing(doc: AnalysedText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (doc.quoteAt[i] >= 0) return false;
    const cue = doc.tokens[i].kind === 'word' ? cueAt(doc, i) : null;
    if (cue && (cue.strength === 'strong' || cue.sourceAfter)) return false;
  }
  return true;
}

/** Prepositions that open a phrase of place, time, medium, occasion or agent ("in a statement", "by the Senate"). */
const OCCASION_PREPOSITIONS =
  /^(in|at|on|during|by|with|from|into|onto|through|throughout|before|after|since|under|over|via|amid|across|to)$/;
const DETERMINERS = /^(the|a|an|his|her|its|their|our|my|your|this|that|these|those|each|every|some|any|no)$/;
const FINITE_WORDS =
  /^(is|are|was|were|am|be|been|being|has|have|had|will|would|can|could|should|shall|may|might|must|do|does|did|n't|n’t|’s|'s|’re|'re|’ll|'ll|who|which|that|whether|if)$/;

/**
 * Tokens [start, end) are nothing but phrases of place, time, medium or agent, with no verb and no quote in them: "in
 * a statement", "to investors", "at the convention", "by the debate moderators", "recently in New York magazine",
 * "pleasantly into the phone". What follows a reporting verb in this shape is the occasion of the words, not the words.
 */
export function onlyAdjunctPhrases(doc: AnalysedText, start: number, end: number): boolean {
  const { tokens } = doc;
  let at = start;
  // "recently in …", "directly to the camera"
  while (at < end && tokens[at].kind === 'word' && /ly$/.test(tokens[at].lower) && at - start < 2) at++;
  const first = tokens[at];
  if (!first || at >= end || first.kind !== 'word' || !OCCASION_PREPOSITIONS.test(first.lower)) return false;
  // "calling into question his record", "called into doubt": the phrase is the verb's, its object follows
  if (first.lower === 'into' && /^(question|doubt)$/.test(tokens[at + 1]?.lower ?? '')) return false;
  // "to" opens an infinitive ("to comment") unless a determiner, a name or a plural follows it ("to the camera",
  // "to NBC", "to investors")
  if (first.lower === 'to') {
    const next = tokens[at + 1];
    if (
      !next ||
      next.kind !== 'word' ||
      !(next.capitalised || DETERMINERS.test(next.lower) || /Plural/.test(lexTag(next.lower) ?? ''))
    )
      return false;
  }
  for (let i = at + 1; i < end; i++) {
    const token = tokens[i];
    if (doc.quoteAt[i] >= 0) return false;
    if (token.kind !== 'word' && /^[,;:]$|^—$|^--$/.test(token.text)) return false;
  }
  return !hasVerb(doc, at + 1, end);
}

/**
 * Whether tokens [start, end) hold a verb: an auxiliary, a finite or participle form the lexicon knows, a word in
 * -ed or -ing that follows no determiner and is no noun or adjective the lexicon knows, or a reporting verb ("as the
 * crowd roared", "by pointing a finger", "he intended to"; not "in a follow-up interview", "255,000 jobs in July").
 */
export function hasVerb(doc: AnalysedText, start: number, end: number): boolean {
  const { tokens } = doc;
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.quoteAt[i] >= 0 || token.capitalised) continue;
    const lower = token.lower;
    if (FINITE_WORDS.test(lower)) return true;
    const previous = tokens[i - 1];
    if (previous && previous.kind === 'word' && DETERMINERS.test(previous.lower)) continue;
    const tag = lexTag(lower) ?? '';
    if (/PastTense|PresentTense|Gerund|Copula|Modal|Auxiliary/.test(tag)) return true;
    if (/[^e]ing$|[^e]ed$|ied$/.test(lower) && lower.length > 4 && !/Noun|Singular|Plural|Adjective/.test(tag))
      return true;
    if (cueAt(doc, i)) return true;
  }
  return false;
}
