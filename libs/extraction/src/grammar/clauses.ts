/**
 * Clauses: where reported content starts and ends around a cue, the adjuncts skipped on the way ("on Monday",
 * "in a statement") and the complements that report nothing ("spoke to reporters").
 */
import { AnalysedText } from '../analysed-text';
import { cueAt } from '../cues';
import { isVerbalWord } from '../entities/word-tags';
import { nounPhraseStartingAt } from './noun-phrases';
import { looksLikeTitle } from './quoted-words';
import { ADJUNCT_PREPS, SPEECH_BASES, TIME_WORDS } from '../lexicon';
import { SENTENCE_END } from '../sentences';
import { Token } from '../text';

/** End (exclusive token index) of a complement clause starting at k. */
export function clauseEnd(doc: AnalysedText, k: number, t1: number, nextCueT: number): number {
  const toks = doc.tokens;
  let end = t1;
  // stop before a following attribution: ", adding …", ", according to …", "and told …", ", he said"
  for (let m = k + 1; m < t1; m++) {
    // a comma typed inside the closing quote ("… was “corrupt,” noting that …") breaks the clause after the mark
    const inner = innerPunctClose(doc, m);
    if (doc.quoteAt[m] >= 0 && !inner) continue;
    const u = inner ?? toks[m];
    const cut = inner ? m + 1 : m;
    if (
      u.text === ',' ||
      u.text === ';' ||
      u.text === '—' ||
      u.text === '--' ||
      u.lower === 'and' ||
      u.lower === 'but'
    ) {
      const n1 = toks[m + 1];
      if (!n1) break;
      const c = cueAt(doc, m + 1);
      if (
        c &&
        (/ing$/.test(n1.lower) ||
          c.sourceAfter ||
          ((u.lower === 'and' || u.lower === 'but') && SPEECH_BASES.has(c.base)))
      ) {
        end = cut;
        break;
      }
      if (u.text === ';') {
        end = cut;
        break;
      }
      if (inner) continue;
      // ", he said." / ", Smith said."
      const np = nounPhraseStartingAt(doc, m + 1, t1);
      if (np && np.endToken < t1) {
        const c2 = cueAt(doc, np.endToken);
        if (c2 && m + 1 < nextCueT + 5) {
          end = m;
          break;
        }
      }
    }
  }
  // trim final punctuation
  let e = end - 1;
  while (e > k && doc.quoteAt[e] < 0 && toks[e].kind === 'punct' && /^[.,;:!?…\-—–(]$|^\.\.\.$|^--$/.test(toks[e].text))
    e--;
  return e + 1;
}

/** The comma or semicolon just inside a closing quote mark at token m, if m closes a quote that way. */
export function innerPunctClose(doc: AnalysedText, m: number): Token | null {
  const qi = doc.quoteAt[m];
  if (qi < 0 || doc.quotes[qi].closeToken !== m || doc.tokens[m].kind !== 'quote') return null;
  const p = doc.tokens[m - 1];
  return p && (p.text === ',' || p.text === ';') ? p : null;
}

/** Skip time words and short prepositional adjuncts ("on Monday", "in a statement") after a cue. */
export function skipAdjuncts(doc: AnalysedText, k: number, t1: number, greedy: boolean): number {
  const toks = doc.tokens;
  let guard = 0;
  while (k < t1 && guard++ < 6) {
    const u = toks[k];
    if (u.kind !== 'word' || doc.quoteAt[k] >= 0) break;
    if (TIME_WORDS.has(u.lower)) {
      k++;
      // "Friday afternoon"
      if (k < t1 && /^(morning|afternoon|evening|night)$/.test(toks[k].lower)) k++;
      continue;
    }
    if (
      /^(last|this|next|earlier|late)$/.test(u.lower) &&
      toks[k + 1] &&
      /^(week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|spring|summer|fall|winter)$/.test(
        toks[k + 1].lower,
      )
    ) {
      k += 2;
      continue;
    }
    // "wants to build a wall": an infinitive is the complement, not an adjunct
    if (
      u.lower === 'to' &&
      toks[k + 1] &&
      toks[k + 1].kind === 'word' &&
      !toks[k + 1].capitalised &&
      !/^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|reporters|supporters|voters)$/.test(
        toks[k + 1].lower,
      )
    )
      break;
    if (ADJUNCT_PREPS.has(u.lower) && u.lower !== 'that') {
      // a prepositional phrase accepted only if followed by "that", a comma, a quote, or (greedy) the sentence end
      let m = k + 1;
      let titleLen = 0;
      for (;;) {
        while (
          m < t1 &&
          m - k - titleLen <= 8 &&
          toks[m].kind === 'word' &&
          doc.quoteAt[m] < 0 &&
          toks[m].lower !== 'that' &&
          !ADJUNCT_PREPS.has(toks[m].lower)
        )
          m++;
        // a title inside the adjunct: 'said on ABC’s “This Week” that …'
        const tq = m < t1 ? doc.quoteAt[m] : -1;
        if (
          tq >= 0 &&
          doc.quotes[tq].openToken === m &&
          m > k + 1 &&
          looksLikeTitle(doc, tq) &&
          doc.quotes[tq].closeToken + 1 < t1
        ) {
          titleLen += doc.quotes[tq].closeToken + 1 - m;
          m = doc.quotes[tq].closeToken + 1;
          if (toks[m].text === ',' && toks[m + 1]?.lower === 'that') m++;
          continue;
        }
        break;
      }
      if (
        m < t1 &&
        m - k - titleLen <= 8 &&
        m > k + 1 &&
        (toks[m].lower === 'that' ||
          toks[m].text === ',' ||
          toks[m].text === ':' ||
          (doc.quoteAt[m] >= 0 && doc.quotes[doc.quoteAt[m]].openToken === m) ||
          ADJUNCT_PREPS.has(toks[m].lower))
      ) {
        k = m;
        continue;
      }
      if (greedy && m > k + 1 && (m >= t1 || SENTENCE_END.has(toks[m].text))) {
        k = m;
        continue;
      }
      break;
    }
    break;
  }
  return k;
}

/** A finite clause: a few words with a verb after its first word ("the progress is real"). */
export function finiteClause(doc: AnalysedText, c0: number, c1: number): boolean {
  if (c1 - c0 < 3) return false;
  const first = doc.tokens[c0];
  if (first.kind !== 'word' || /^(to|about|of|so|how|what|in|on|at|for|with)$/.test(first.lower)) return false;
  for (let k = c0 + 1; k < Math.min(c1, c0 + 12); k++) {
    const u = doc.tokens[k];
    if (
      u.kind === 'word' &&
      doc.quoteAt[k] < 0 &&
      (isVerbalWord(u.lower) ||
        /^(is|are|was|were|will|would|can|could|should|has|have|had|does|did|do|n't|n’t|’s|'s|’re|'re|’ll|'ll)$/.test(
          u.lower,
        ))
    )
      return true;
  }
  return false;
}

/** Complements that do not report anything: "said goodbye", "support from donors", "wants more". */
export function startsNonComplement(doc: AnalysedText, c0: number, c1: number): boolean {
  const t = doc.tokens[c0];
  if (t.kind === 'quote') return false;
  // "spoke to reporters", "spoke on Monday": a listener or an adjunct, nothing reported
  const n1 = doc.tokens[c0 + 1];
  if (
    t.lower === 'to' &&
    (!n1 ||
      n1.capitalised ||
      /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|reporters|supporters|voters|him|them|me|us)$/.test(
        n1.lower,
      ))
  )
    return true;
  if (
    /^(on|with|for|last|this|next|early|earlier|late|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|too|briefly|privately|publicly)$/.test(
      t.lower,
    )
  )
    return true;
  if (
    /^(by|from|in|at|into|during|after|before|since|until|while|when|because|as|so|up|down|out|off|over|back|away|here|there|now|then|more|less|much|it|this|itself|himself|herself|themselves|him|her|them|me|us|you)$/.test(
      t.lower,
    )
  ) {
    // pronoun objects are content only when something follows ("urged them to vote")
    if (/^(it|this|him|her|them|me|us|you)$/.test(t.lower) && c1 - c0 > 1) return false;
    return true;
  }
  return false;
}

export function looksLikeClause(doc: AnalysedText, c0: number, c1: number): boolean {
  // at least 3 words, and not just a noun phrase followed by a preposition ("said goodbye to")
  let words = 0;
  for (let k = c0; k < c1; k++) if (doc.tokens[k].kind === 'word') words++;
  if (words < 3) return false;
  const first = doc.tokens[c0];
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

/** Where a fronted clause starts: skip a leading conjunction or adverbial opener. */
export function clauseStart(doc: AnalysedText, t0: number, limit: number): number {
  return t0;
}

/** End offset of reported content that runs to the end of the sentence / paragraph (final period excluded). */
export function sentenceContentEnd(doc: AnalysedText, si: number, tLimit: number): number {
  const toks = doc.tokens;
  const s = doc.sentences[si];
  let e = Math.min(s.endToken, tLimit) - 1;
  while (
    e > s.firstToken &&
    toks[e].kind === 'punct' &&
    /^[.,;:!?…\-—–)]$|^\.\.\.$|^--$/.test(toks[e].text) &&
    doc.quoteAt[e] < 0
  )
    e--;
  return toks[e].end;
}

/**
 * What may follow an inverted attribution after a quote: the sentence end, a comma, another quote, or an adjunct
 * ("in a statement", "as he closed out", "on Monday", "of the Clinton-Trump race").
 */
export function attributionTailOk(doc: AnalysedText, t: number, t1: number): boolean {
  const toks = doc.tokens;
  if (t >= t1) return true;
  const u = toks[t];
  if (u.kind === 'punct' || u.kind === 'quote') return u.text !== "'s" && u.text !== '’s';
  if (
    u.kind === 'word' &&
    /^(in|at|on|during|after|before|as|while|when|of|about|to|from|via|through|with|who|last|this|earlier|recently|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|because|since|but|and|though|although|referring|speaking|adding|noting|citing|asked|told)$/.test(
      u.lower,
    )
  )
    return true;
  return false;
}

/** Tokens [t, t1) hold no quote and no strong cue: a trailing adjunct or clause that reports nothing of its own. */
export function reportsNothing(doc: AnalysedText, t: number, t1: number): boolean {
  for (let k = t; k < t1; k++) {
    if (doc.quoteAt[k] >= 0) return false;
    const c = doc.tokens[k].kind === 'word' ? cueAt(doc, k) : null;
    if (c && (c.strength === 'strong' || c.sourceAfter)) return false;
  }
  return true;
}
