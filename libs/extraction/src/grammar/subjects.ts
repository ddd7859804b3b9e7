/**
 * Subjects: who a cue's sentence is about when the source stands before the verb, past auxiliaries, appositions
 * ("Smith, a spokesman for the campaign, said") and relative clauses ("Democrats in Iowa who watched … said").
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { cueAt } from '../cues';
import { lexTag } from '../entities/word-tags';
import { hasName, isPronounNp, nameRun, npEndingAt, npStartingAt } from './noun-phrases';
import { NUMBER_WORD, validSource } from './plausible-sources';
import { ADJUNCT_PREPS, AUX_ADV } from '../lexicon';
import { SENT_END } from '../sentences';

/** The subject noun phrase ending right before token `end` (exclusive), walking backwards. */
export function subjectBefore(doc: AnalysedText, end: number, limit: number): TokenRange | null {
  const toks = doc.tokens;
  let j = end - 1;
  // skip auxiliaries and adverbs: "has also said"
  while (
    j >= limit &&
    toks[j].kind === 'word' &&
    !toks[j].capitalised &&
    AUX_ADV.has(toks[j].lower) &&
    !/^(who|which|that)$/.test(toks[j].lower)
  )
    j--;
  if (j < limit) return null;
  // relative pronoun: "Johnson, who said" -> Johnson
  if (toks[j].kind === 'word' && /^(who|which|that)$/.test(toks[j].lower)) {
    if (toks[j].lower === 'that') return null;
    let k = j - 1;
    if (k >= limit && toks[k].text === ',') k--;
    const np = npEndingAt(doc, k, limit);
    return np;
  }
  // appositive: "Rucker Culpepper, who runs …, said" / "Meeks (D-N.Y.), chairman of the PAC, said"
  if (toks[j].text === ',') {
    const long = longAppositiveSubject(doc, j, limit);
    if (long) return long;
    for (let k = j - 1; k >= Math.max(limit, j - 30); k--) {
      if (doc.quoteAt[k] >= 0) break;
      if (toks[k].text === ',' || (k > limit && toks[k].text === '(' && false)) {
        const np = npEndingAt(doc, k - 1, limit);
        const seg0 = toks[k + 1];
        if (np && seg0 && seg0.kind === 'word' && (hasName(doc, np) || isPronounNp(doc, np))) return np;
        // "a top strategist, John Weaver, said": a description with the name in apposition
        if (np && nameRun(doc, k + 1, j) && validSource(doc, np)) return { firstToken: np.firstToken, endToken: j };
        break;
      }
      if (SENT_END.has(toks[k].text)) break;
    }
    return null;
  }
  if (/^(—|–|-|--)$/.test(toks[j].text)) return longAppositiveSubject(doc, j, limit);
  const np0 = npEndingAt(doc, j, limit);
  const np = np0 ? shareBefore(doc, np0, limit) : np0;
  if (np && !validSource(doc, np)) {
    // "Experts on North Korea and nuclear nonproliferation said", "elected officials from both parties say"
    let cur = np;
    for (let n = 0; n < 3; n++) {
      let b = cur.firstToken - 1;
      if (
        b - 1 < limit ||
        toks[b].kind !== 'word' ||
        !/^(on|in|from|at|of|for|with|across|around|and)$/.test(toks[b].lower) ||
        doc.quoteAt[b] >= 0
      )
        break;
      const prev = npEndingAt(doc, b - 1, limit);
      if (!prev) break;
      if (
        toks[b].lower !== 'and' &&
        validSource(doc, prev) &&
        !isPronounNp(doc, prev) &&
        (!toks[prev.endToken - 1].capitalised || prev.endToken - 1 === limit)
      )
        return { firstToken: prev.firstToken, endToken: np.endToken };
      cur = prev;
    }
    // "Democrats in Iowa who watched the Saturday debate said": the subject is the noun before "who"
    for (let k = np.firstToken - 1; k > limit && np.firstToken - k <= 12; k--) {
      const u = toks[k];
      if (doc.quoteAt[k] >= 0 || u.kind !== 'word') break;
      if (u.lower !== 'who') continue;
      let subj = npEndingAt(doc, k - 1, limit);
      // "Democrats in Iowa", "voters from Ohio"
      while (subj && subj.firstToken - 2 >= limit && /^(in|from|at|of)$/.test(toks[subj.firstToken - 1].lower)) {
        const more = npEndingAt(doc, subj.firstToken - 2, limit);
        if (!more || !validSource(doc, more)) break;
        subj = { firstToken: more.firstToken, endToken: subj.endToken };
      }
      if (subj && validSource(doc, subj)) return { firstToken: subj.firstToken, endToken: np.endToken };
      break;
    }
  }
  return np;
}

/** Extend a subject ending in a number back over "six in" / "More than six in" ("More than six in 10 said"). */
export function shareBefore(doc: AnalysedText, np: TokenRange, limit: number): TokenRange {
  const toks = doc.tokens;
  let k = np.firstToken;
  if (!(
    k - 2 >= limit &&
    toks[k - 1].lower === 'in' &&
    NUMBER_WORD.test(toks[k - 2].lower) &&
    NUMBER_WORD.test(toks[k].lower)
  ))
    return np;
  k -= 2;
  if (k - 2 >= limit && /^(more|less|fewer)$/.test(toks[k - 2].lower) && toks[k - 1].lower === 'than') k -= 2;
  else if (
    k - 1 >= limit &&
    /^(nearly|almost|about|roughly|some|only|just|over|under|around|approximately|fully)$/.test(toks[k - 1].lower)
  )
    k -= 1;
  return { firstToken: k, endToken: np.endToken };
}

/** "Name, description," right before token t: a subject with its apposition. */
export function appositiveBefore(doc: AnalysedText, t: number, limit: number): boolean {
  const np = subjectBefore(doc, t, limit);
  if (!np || np.firstToken === np.endToken) return false;
  const toks = doc.tokens;
  // the appositive branch returns the name before the first comma; make sure it starts the sentence (or follows an
  // opener like "But")
  for (let k = limit; k < np.firstToken; k++)
    if (toks[k].kind === 'word' && !/^(but|and|so|meanwhile|still|also)$/i.test(toks[k].text)) return false;
  return toks[np.endToken]?.text === ',' && hasName(doc, np);
}

/**
 * "Angelique Brunner, a developer and spokeswoman for the coalition, which is made up of investors, said …" /
 * "Kall -- co-editor of a book on the debates -- said …": a name opening the sentence, then a long apposition that
 * reports nothing, up to the punctuation at `j` right before the verb.
 */
export function longAppositiveSubject(doc: AnalysedText, j: number, limit: number): TokenRange | null {
  const toks = doc.tokens;
  let k = limit;
  while (
    k < j &&
    (toks[k].kind !== 'word' || /^(but|and|so|meanwhile|still|also|yet)$/i.test(toks[k].text)) &&
    doc.quoteAt[k] < 0
  )
    k++;
  if (k >= j || doc.quoteAt[k] >= 0) return null;
  let np = npStartingAt(doc, k, j);
  // a dateline: "WASHINGTON -- President Obama, dedicating the museum, said …"
  if (
    np &&
    /^(—|–|-|--)$/.test(toks[np.endToken]?.text ?? '') &&
    toks.slice(np.firstToken, np.endToken).every((u) => u.kind !== 'word' || u.text === u.text.toUpperCase())
  ) {
    np = np.endToken + 1 < j ? npStartingAt(doc, np.endToken + 1, j) : null;
  }
  if (!np || !hasName(doc, np) || !/^[,—–-]$|^--$/.test(toks[np.endToken]?.text ?? '') || j - np.endToken > 45)
    return null;
  for (let m = np.endToken; m < j; m++) {
    if (doc.quoteAt[m] >= 0 || SENT_END.has(toks[m].text)) return null;
    const c = toks[m].kind === 'word' && !toks[m].capitalised ? cueAt(doc, m) : null;
    // a cue inside a relative clause ("who said …") is part of the apposition
    if (
      c &&
      c.strength === 'strong' &&
      !/^(who|which|that)$/.test(toks[m - 1]?.lower ?? '') &&
      !/^(who|which|that)$/.test(toks[m - 2]?.lower ?? '')
    )
      return null;
  }
  return np;
}

export function sentenceSubject(doc: AnalysedText, si: number, before: number): TokenRange | null {
  // the subject of the sentence: its first noun phrase, after any introductory phrase ("After the signing,")
  const s = doc.sentences[si];
  const toks = doc.tokens;
  let k = s.firstToken;
  while (
    k < before &&
    (toks[k].kind !== 'word' ||
      /^(but|and|so|yet|still|however|meanwhile|instead|now|then|also|indeed|separately|later|earlier|nonetheless|nevertheless|moreover)$/.test(
        toks[k].lower,
      ))
  ) {
    if (doc.quoteAt[k] >= 0) return null;
    k++;
  }
  if (k >= before) return null;
  const w = toks[k];
  const tag = lexTag(w.lower);
  const intro =
    ADJUNCT_PREPS.has(w.lower) ||
    /^(when|while|as|if|although|though|because|since|after|before|until|unless|once|asked|given|like|unlike|amid|despite|among|according|following|speaking|appearing|responding|asked|by|for|into|into|about|against|without|within|across)$/.test(
      w.lower,
    ) ||
    /ing$/.test(w.lower) ||
    (!!tag &&
      /Preposition|Conjunction|Adverb|Gerund|PastTense/.test(tag) &&
      !w.capitalised === false &&
      !/Noun|Actor|Name/.test(tag));
  if (intro) {
    let m = k + 1;
    while (m < Math.min(before, k + 20) && !(toks[m].text === ',' && doc.quoteAt[m] < 0)) m++;
    if (m >= before || toks[m].text !== ',') return null;
    k = m + 1;
  }
  const np = npStartingAt(doc, k, before);
  if (np && np.endToken <= before && validSource(doc, np)) return np;
  return null;
}
