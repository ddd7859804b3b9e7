/**
 * Noun phrases around a cue: the phrase ending right before a token (a subject) or starting at one (an inverted
 * "said Smith", "according to the order").
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { lexTag } from '../entities/word-tags';
import { ADJUNCT_PREPS, FUNCTION_WORDS, NP_STOP, TITLES, cueInfo } from '../lexicon';
import { Token } from '../text';

// ---------------------------------------------------------------------------------------------------------------
// noun phrases

export function isNpWord(doc: AnalysedText, t: Token, allowCap = true, prev?: Token, next?: Token): boolean {
  // a bare apostrophe after a plural or a name in -s is a possessive: "Sanders’ campaign", "the voters’ choice"
  if (
    t.kind === 'quote' &&
    (t.text === '’' || t.text === "'") &&
    prev?.kind === 'word' &&
    /s$/i.test(prev.text) &&
    prev.end === t.start &&
    next?.kind === 'word' &&
    next.start > t.end
  )
    return true;
  if (t.kind !== 'word') return false;
  // a past form right after a name is its verb, whatever the lexicon says ("Clinton celebrated in Florida")
  if (
    !t.capitalised &&
    prev?.kind === 'word' &&
    prev.capitalised &&
    /[^e]ed$/.test(t.lower) &&
    !cueInfo(t.lower) &&
    /^(?:Adjective)?$/.test(lexTag(t.lower) ?? '') &&
    (!next || next.kind !== 'word' || ADJUNCT_PREPS.has(next.lower) || NP_STOP.has(next.lower))
  )
    return false;
  if (
    prev &&
    prev.kind === 'word' &&
    !t.capitalised &&
    /^(the|a|an|his|her|their|its|our|my|your|this|that|['’]s|new|executive|recent|latest)$/.test(prev.lower) &&
    !NP_STOP.has(t.lower)
  )
    return true;
  if (t.capitalised) return allowCap;
  if (NP_STOP.has(t.lower)) return false;
  if (/^['’]s$/.test(t.lower)) return true;
  // a name or a possessive before a noun: "the Clinton campaign", "Sanders’ campaign", "Trump’s campaign"
  const owner =
    !!prev &&
    ((prev.capitalised && prev.kind === 'word') ||
      /^['’]s$/.test(prev.lower) ||
      (prev.kind === 'quote' && /^['’]$/.test(prev.text)));
  if (
    cueInfo(t.lower) &&
    !/s$/.test(t.lower) &&
    !(
      owner &&
      next &&
      next.kind === 'word' &&
      !NP_STOP.has(next.lower) &&
      (!cueInfo(next.lower) || cueInfo(t.lower)!.base === t.lower)
    )
  ) {
    // a noun between a name and the verb: "the Clinton campaign said", "the Trump campaign has"
    if (!(
      owner &&
      cueInfo(t.lower)!.base === t.lower &&
      next &&
      next.kind === 'word' &&
      /^(said|says|told|tells|added|wrote|is|was|has|had|will|would)$/.test(next.lower)
    ))
      return false;
  }
  const tag = lexTag(t.lower);
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

/** NP whose last token is j. */
export function npEndingAt(doc: AnalysedText, j: number, limit: number): TokenRange | null {
  const toks = doc.tokens;
  // skip a parenthetical "(D-Ill.)"
  if (j >= limit && toks[j].text === ')') {
    let k = j - 1;
    while (k >= limit && toks[k].text !== '(' && j - k < 12) k--;
    if (k >= limit && toks[k].text === '(') j = k - 1;
  }
  if (j < limit || doc.quoteAt[j] >= 0) return null;
  const last = toks[j];
  if (last.kind !== 'word') return null;
  if (/^(he|she|they|i|we|it|you)$/.test(last.lower)) return { firstToken: j, endToken: j + 1 };
  if (!isNpWord(doc, last, true, toks[j - 1], toks[j + 1])) return null;
  let k = j;
  let n = 0;
  while (k - 1 >= limit && n < 12) {
    const u = toks[k - 1];
    if (doc.quoteAt[k - 1] >= 0) break;
    if (
      u.kind === 'word' &&
      /^(of|for|at)$/.test(u.lower) &&
      k - 2 >= limit &&
      isNpWord(doc, toks[k - 2]) &&
      !toks[k - 2].capitalised === false
    ) {
      k--;
      n++;
      continue;
    }
    if (
      u.kind === 'word' &&
      /^(of|for|at)$/.test(u.lower) &&
      k - 2 >= limit &&
      isNpWord(doc, toks[k - 2]) &&
      !NP_STOP.has(toks[k - 2].lower)
    ) {
      k--;
      n++;
      continue;
    }
    if (
      u.kind === 'word' &&
      /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|many|most|several|two|three|four|other|another|both|all|one|no)$/.test(
        u.lower,
      )
    ) {
      k--;
      n++;
      // a determiner starts the NP
      break;
    }
    if (u.text === '-' || u.text === '&' || u.text === '/') {
      k--;
      n++;
      continue;
    }
    if (u.text === ')') {
      let m = k - 2;
      while (m >= limit && toks[m].text !== '(' && k - m < 12) m--;
      if (m >= limit && toks[m].text === '(' && m > limit) {
        k = m;
        n++;
        continue;
      }
      break;
    }
    if (!isNpWord(doc, u, true, toks[k - 2], toks[k])) break;
    // sentence-initial capitalised function/adverb word: "Separately Trump said"
    if (u.capitalised && (k - 1 === limit || doc.sentenceOf[k - 2] !== doc.sentenceOf[k - 1])) {
      const tag = lexTag(u.lower);
      if (tag && /Adverb|Conjunction|Preposition|Determiner/.test(tag)) break;
    }
    k--;
    n++;
  }
  // trim leading possessive-less junk like "and"
  while (k <= j && toks[k].kind === 'word' && NP_STOP.has(toks[k].lower) && !/^(the|a|an)$/.test(toks[k].lower)) k++;
  if (k > j) return null;
  return { firstToken: k, endToken: j + 1 };
}

/** NP starting at token i going forward (inverted "said Smith", "according to the order"). */
export function npStartingAt(doc: AnalysedText, i: number, limit: number): TokenRange | null {
  const toks = doc.tokens;
  if (i >= limit || doc.quoteAt[i] >= 0) return null;
  const first = toks[i];
  if (first.kind !== 'word') return null;
  if (/^(he|she|they|i|we|it|you)$/.test(first.lower)) return { firstToken: i, endToken: i + 1 };
  let k = i;
  if (/^(the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|one|two|several|other)$/.test(first.lower))
    k++;
  let sawHead = false;
  while (k < limit && k - i < 14) {
    const u = toks[k];
    if (doc.quoteAt[k] >= 0) break;
    if (u.lower === 'of' && sawHead && k + 1 < limit && TITLES[`${toks[k - 1].lower} of ${toks[k + 1].lower}`]) {
      // "former secretary of state Hillary Clinton"
      k += 2;
      continue;
    }
    if (
      u.kind === 'word' &&
      /^(of|for|at)$/.test(u.lower) &&
      sawHead &&
      k + 1 < limit &&
      toks[k + 1].kind === 'word' &&
      (toks[k + 1].capitalised || /^(the|a|an|its|his|her|their)$/.test(toks[k + 1].lower))
    ) {
      k++;
      continue;
    }
    if (u.kind === 'word' && /^(the|a|an)$/.test(u.lower) && k > i && /^(of|for|at)$/.test(toks[k - 1].lower)) {
      k++;
      continue;
    }
    if (u.text === '(') {
      let m = k + 1;
      while (m < limit && toks[m].text !== ')' && m - k < 12) m++;
      if (m < limit && toks[m].text === ')') {
        k = m + 1;
        continue;
      }
      break;
    }
    if (u.text === '-' || u.text === '&' || u.text === '/') {
      k++;
      continue;
    }
    if (!isNpWord(doc, u, true, toks[k - 1], toks[k + 1])) {
      // a verb-like first word used as a modifier: "according to state law", "said campaign officials"
      const n = toks[k + 1];
      const nt = n ? lexTag(n.lower) : undefined;
      if (!(
        k === i &&
        u.kind === 'word' &&
        !NP_STOP.has(u.lower) &&
        !FUNCTION_WORDS.has(u.lower) &&
        !ADJUNCT_PREPS.has(u.lower) &&
        !/Preposition|Adverb|Pronoun|Determiner/.test(lexTag(u.lower) ?? '') &&
        n &&
        n.kind === 'word' &&
        doc.quoteAt[k + 1] < 0 &&
        !NP_STOP.has(n.lower) &&
        !cueInfo(n.lower) &&
        (!nt || /Noun|Singular|Plural|Actor/.test(nt))
      ))
        break;
    }
    sawHead = true;
    k++;
  }
  // do not end on "of"/"for"/"-"
  while (
    k > i &&
    (toks[k - 1].kind !== 'word' || /^(of|for|at|the|a|an)$/.test(toks[k - 1].lower)) &&
    toks[k - 1].text !== ')'
  )
    k--;
  if (k <= i) return null;
  return { firstToken: i, endToken: k };
}

/** Tokens [a, b) are a short run of capitalised words (a name, maybe with initials). */
export function nameRun(doc: AnalysedText, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 5) return false;
  for (let k = a; k < b; k++) {
    const u = doc.tokens[k];
    if (u.kind !== 'word' || !u.capitalised || doc.quoteAt[k] >= 0 || FUNCTION_WORDS.has(u.lower)) return false;
  }
  return true;
}

export function hasName(doc: AnalysedText, np: TokenRange): boolean {
  for (let k = np.firstToken; k < np.endToken; k++) if (doc.tokens[k].capitalised && k > np.firstToken) return true;
  const t = doc.tokens[np.firstToken];
  return t.capitalised && !/^(the|a|an|this|that)$/.test(t.lower);
}

export function isPronounNp(doc: AnalysedText, np: TokenRange): boolean {
  return np.endToken - np.firstToken === 1 && /^(he|she|they|i|we|it|you)$/.test(doc.tokens[np.firstToken].lower);
}
