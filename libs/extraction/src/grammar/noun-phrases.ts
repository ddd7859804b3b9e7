/**
 * Noun phrases around a cue: the phrase ending at a token (a subject, read backwards from its verb) or starting at one
 * (an inverted "said Smith", "according to the order"). Both stop at quotes and take at most a dozen words.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { lexTag } from '../entities/word-tags';
import { ADJUNCT_PREPS, FUNCTION_WORDS, NP_STOP } from '../lexicon/function-words';
import { TITLES } from '../lexicon/speaker-nouns';
import { cueInfo } from '../lexicon/reporting-verbs';
import { Token } from '../tokens';

const PRONOUN = /^(he|she|they|i|we|it|you)$/;

/** The noun phrase whose last token is `last`, starting no earlier than `earliest`. */
export function nounPhraseEndingAt(doc: AnalysedText, last: number, earliest: number): TokenRange | null {
  const { tokens } = doc;
  // skip a parenthetical "(D-Ill.)"
  if (last >= earliest && tokens[last].text === ')') {
    let open = last - 1;
    while (open >= earliest && tokens[open].text !== '(' && last - open < 12) open--;
    if (open >= earliest && tokens[open].text === '(') last = open - 1;
  }
  if (last < earliest || doc.quoteAt[last] >= 0) return null;
  const lastToken = tokens[last];
  if (lastToken.kind !== 'word') return null;
  if (PRONOUN.test(lastToken.lower)) return { firstToken: last, endToken: last + 1 };
  if (!isPhraseWord(lastToken, tokens[last - 1], tokens[last + 1])) return null;
  let start = last;
  let steps = 0;
  while (start - 1 >= earliest && steps < 12) {
    const before = tokens[start - 1];
    if (doc.quoteAt[start - 1] >= 0) break;
    // "Secretary of State", "spokesman for Clinton": a preposition after a word of the phrase stays in it
    if (
      before.kind === 'word' &&
      /^(of|for|at)$/.test(before.lower) &&
      start - 2 >= earliest &&
      isPhraseWord(tokens[start - 2]) &&
      tokens[start - 2].capitalised
    ) {
      start--;
      steps++;
      continue;
    }
    if (
      before.kind === 'word' &&
      /^(of|for|at)$/.test(before.lower) &&
      start - 2 >= earliest &&
      isPhraseWord(tokens[start - 2]) &&
      !NP_STOP.has(tokens[start - 2].lower)
    ) {
      start--;
      steps++;
      continue;
    }
    if (
      before.kind === 'word' &&
      /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|many|most|several|two|three|four|other|another|both|all|one|no)$/.test(
        before.lower,
      )
    ) {
      start--;
      // a determiner starts the phrase
      break;
    }
    if (before.text === '-' || before.text === '&' || before.text === '/') {
      start--;
      steps++;
      continue;
    }
    if (before.text === ')') {
      let open = start - 2;
      while (open >= earliest && tokens[open].text !== '(' && start - open < 12) open--;
      if (open >= earliest && tokens[open].text === '(' && open > earliest) {
        start = open;
        steps++;
        continue;
      }
      break;
    }
    if (!isPhraseWord(before, tokens[start - 2], tokens[start])) break;
    // sentence-initial capitalised function/adverb word: "Separately Trump said"
    if (before.capitalised && (start - 1 === earliest || doc.sentenceOf[start - 2] !== doc.sentenceOf[start - 1])) {
      const tag = lexTag(before.lower);
      if (tag && /Adverb|Conjunction|Preposition|Determiner/.test(tag)) break;
    }
    start--;
    steps++;
  }
  // trim leading possessive-less junk like "and"
  while (
    start <= last &&
    tokens[start].kind === 'word' &&
    NP_STOP.has(tokens[start].lower) &&
    !/^(the|a|an)$/.test(tokens[start].lower)
  )
    start++;
  if (start > last) return null;
  return { firstToken: start, endToken: last + 1 };
}

/** The noun phrase starting at token `first`, ending before `bound` (inverted "said Smith", "according to the order"). */
export function nounPhraseStartingAt(doc: AnalysedText, first: number, bound: number): TokenRange | null {
  const { tokens } = doc;
  if (first >= bound || doc.quoteAt[first] >= 0) return null;
  const firstToken = tokens[first];
  if (firstToken.kind !== 'word') return null;
  if (PRONOUN.test(firstToken.lower)) return { firstToken: first, endToken: first + 1 };
  let end = first;
  if (
    /^(the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|one|two|several|other)$/.test(firstToken.lower)
  )
    end++;
  let sawHead = false;
  while (end < bound && end - first < 14) {
    const token = tokens[end];
    if (doc.quoteAt[end] >= 0) break;
    if (
      token.lower === 'of' &&
      sawHead &&
      end + 1 < bound &&
      TITLES[`${tokens[end - 1].lower} of ${tokens[end + 1].lower}`]
    ) {
      // "former secretary of state Hillary Clinton"
      end += 2;
      continue;
    }
    if (
      token.kind === 'word' &&
      /^(of|for|at)$/.test(token.lower) &&
      sawHead &&
      end + 1 < bound &&
      tokens[end + 1].kind === 'word' &&
      (tokens[end + 1].capitalised || /^(the|a|an|its|his|her|their)$/.test(tokens[end + 1].lower))
    ) {
      end++;
      continue;
    }
    if (
      token.kind === 'word' &&
      /^(the|a|an)$/.test(token.lower) &&
      end > first &&
      /^(of|for|at)$/.test(tokens[end - 1].lower)
    ) {
      end++;
      continue;
    }
    if (token.text === '(') {
      let close = end + 1;
      while (close < bound && tokens[close].text !== ')' && close - end < 12) close++;
      if (close < bound && tokens[close].text === ')') {
        end = close + 1;
        continue;
      }
      break;
    }
    if (token.text === '-' || token.text === '&' || token.text === '/') {
      end++;
      continue;
    }
    if (!isPhraseWord(token, tokens[end - 1], tokens[end + 1])) {
      // a verb-like first word used as a modifier: "according to state law", "said campaign officials"
      const next = tokens[end + 1];
      const nextTag = next ? lexTag(next.lower) : undefined;
      if (!(
        end === first &&
        token.kind === 'word' &&
        !NP_STOP.has(token.lower) &&
        !FUNCTION_WORDS.has(token.lower) &&
        !ADJUNCT_PREPS.has(token.lower) &&
        !/Preposition|Adverb|Pronoun|Determiner/.test(lexTag(token.lower) ?? '') &&
        next &&
        next.kind === 'word' &&
        doc.quoteAt[end + 1] < 0 &&
        !NP_STOP.has(next.lower) &&
        !cueInfo(next.lower) &&
        (!nextTag || /Noun|Singular|Plural|Actor/.test(nextTag))
      ))
        break;
    }
    sawHead = true;
    end++;
  }
  // do not end on "of"/"for"/"-"
  while (
    end > first &&
    (tokens[end - 1].kind !== 'word' || /^(of|for|at|the|a|an)$/.test(tokens[end - 1].lower)) &&
    tokens[end - 1].text !== ')'
  )
    end--;
  if (end <= first) return null;
  return { firstToken: first, endToken: end };
}

/** Can this token be part of a speaker's noun phrase, given its neighbours? */
function isPhraseWord(token: Token, prev?: Token, next?: Token): boolean {
  // a bare apostrophe after a plural or a name in -s is a possessive: "Sanders’ campaign", "the voters’ choice"
  if (
    token.kind === 'quote' &&
    (token.text === '’' || token.text === "'") &&
    prev?.kind === 'word' &&
    /s$/i.test(prev.text) &&
    prev.end === token.start &&
    next?.kind === 'word' &&
    next.start > token.end
  )
    return true;
  if (token.kind !== 'word') return false;
  // a past form right after a name is its verb, whatever the lexicon says ("Clinton celebrated in Florida")
  if (
    !token.capitalised &&
    prev?.kind === 'word' &&
    prev.capitalised &&
    /[^e]ed$/.test(token.lower) &&
    !cueInfo(token.lower) &&
    /^(?:Adjective)?$/.test(lexTag(token.lower) ?? '') &&
    (!next || next.kind !== 'word' || ADJUNCT_PREPS.has(next.lower) || NP_STOP.has(next.lower))
  )
    return false;
  if (
    prev &&
    prev.kind === 'word' &&
    !token.capitalised &&
    /^(the|a|an|his|her|their|its|our|my|your|this|that|['’]s|new|executive|recent|latest)$/.test(prev.lower) &&
    !NP_STOP.has(token.lower)
  )
    return true;
  if (token.capitalised) return true;
  if (NP_STOP.has(token.lower)) return false;
  if (/^['’]s$/.test(token.lower)) return true;
  // a name or a possessive before a noun: "the Clinton campaign", "Sanders’ campaign", "Trump’s campaign"
  const owner =
    !!prev &&
    ((prev.capitalised && prev.kind === 'word') ||
      /^['’]s$/.test(prev.lower) ||
      (prev.kind === 'quote' && /^['’]$/.test(prev.text)));
  const cue = cueInfo(token.lower);
  if (
    cue &&
    !/s$/.test(token.lower) &&
    !(
      owner &&
      next &&
      next.kind === 'word' &&
      !NP_STOP.has(next.lower) &&
      (!cueInfo(next.lower) || cue.base === token.lower)
    )
  ) {
    // a noun between a name and the verb: "the Clinton campaign said", "the Trump campaign has"
    if (!(
      owner &&
      cue.base === token.lower &&
      next &&
      next.kind === 'word' &&
      /^(said|says|told|tells|added|wrote|is|was|has|had|will|would)$/.test(next.lower)
    ))
      return false;
  }
  const tag = lexTag(token.lower);
  // a gerund modifying a noun or after a capitalised modifier is part of the phrase: "fundraising documents say",
  // "Exit polling shows"
  if (
    tag === 'Gerund' &&
    ((next?.kind === 'word' &&
      /^(Singular|Plural|Noun|Actor)$/.test(lexTag(next.lower) ?? '') &&
      !cueInfo(next.lower)) ||
      (prev?.kind === 'word' && prev.capitalised))
  )
    return true;
  if (
    tag &&
    /Verb|Tense|Infinitive|Gerund|Modal|Copula|Preposition|Conjunction|Adverb/.test(tag) &&
    !/Noun|Actor/.test(tag)
  ) {
    // a bare verb form between capitalised words is a noun in a compound: "Republican party boss Reince Priebus"
    if (!(
      tag === 'Infinitive' &&
      prev &&
      prev.capitalised &&
      prev.kind === 'word' &&
      next &&
      next.kind === 'word' &&
      (!NP_STOP.has(next.lower) || /^(said|says|told|tells)$/.test(next.lower))
    ))
      return false;
  }
  return true;
}

/** Tokens [from, to) are a short run of capitalised words (a name, maybe with initials). */
export function isNameRun(doc: AnalysedText, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i];
    if (token.kind !== 'word' || !token.capitalised || doc.quoteAt[i] >= 0 || FUNCTION_WORDS.has(token.lower))
      return false;
  }
  return true;
}

/** A capitalised word after the first, or a first word that is not a capitalised determiner. */
export function hasName(doc: AnalysedText, phrase: TokenRange): boolean {
  for (let i = phrase.firstToken; i < phrase.endToken; i++)
    if (doc.tokens[i].capitalised && i > phrase.firstToken) return true;
  const first = doc.tokens[phrase.firstToken];
  return first.capitalised && !/^(the|a|an|this|that)$/.test(first.lower);
}

export function isPronounPhrase(doc: AnalysedText, phrase: TokenRange): boolean {
  return phrase.endToken - phrase.firstToken === 1 && PRONOUN.test(doc.tokens[phrase.firstToken].lower);
}
