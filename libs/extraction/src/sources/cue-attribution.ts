/** The attribution of one cue: who it points at (the source) and what it reports (a quote, a clause or both). */
import { AnalysedText, TokenRange } from '../analysed-text';
import { Cue, PARTICLES_OF_VERB } from '../cues';
import { isVerbalWord, lexTag } from '../entities/word-tags';
import {
  canFollowInvertedAttribution,
  clauseEnd,
  isFiniteClause,
  punctuationInsideClosingMark,
  looksLikeClause,
  reportsNothing,
  sentenceContentEnd,
  skipAdjuncts,
  startsNonComplement,
} from '../grammar/clauses';
import { hasName, isNameRun, nounPhraseStartingAt } from '../grammar/noun-phrases';
import { isDocumentLike, isNounHeaded, plausibleNextToQuote, validSource } from '../grammar/plausible-sources';
import { looksLikeTitle } from '../grammar/quoted-words';
import { hasAppositiveBefore, sentenceSubject, subjectBefore } from '../grammar/subjects';
import {
  endsClause,
  overlapsQuote,
  onlyFinalPunctuation,
  wordsOnlyInQuotes,
  noWordsBetween,
  quoteEndsBefore,
} from '../grammar/token-runs';
import {
  ADJUNCT_PREPS,
  AMBIGUOUS_CUES,
  AUX_ADV,
  LISTENER_VERBS,
  QUOTE_ONLY_BASES,
  SPEECH_BASES,
  STANCE_BASES,
  cueInfo,
} from '../lexicon';
import { Range, RawAttribution } from '../raw-attribution';
import { passiveAsk } from '../special/asked-questions';

export const SAY_LIKE =
  /^(say|add|write|note|explain|argue|claim|insist|warn|report|state|suggest|predict|acknowledge|admit|concede|caution|contend|assert|maintain|complain|counter|reply|respond|recall|announce|declare|confirm|stress|emphasize)$/;

export const DOC_VERBS = /^(show|find|suggest|indicate|reveal|estimate|project|predict|conclude|confirm)$/;
export const BELIEF_VERBS =
  /^(think|believe|feel|know|fear|hope|expect|worry|doubt|suspect|assume|guess|suppose|bet|understand|realize|recognize|agree|predict|acknowledge|insist|argue|claim|warn)$/;

export function attributeCue(
  doc: AnalysedText,
  si: number,
  cue: Cue,
  nextCue: Cue | undefined,
  sentQuotes: number[],
  claimed: Set<number>,
  prior: RawAttribution[],
): RawAttribution | null {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  const isSpeech = SPEECH_BASES.has(cue.base) || cue.sourceAfter;
  const ambiguous = AMBIGUOUS_CUES.has(toks[cue.firstToken].lower) && cue.endToken - cue.firstToken === 1;
  const cueTok = toks[cue.firstToken];

  let source: TokenRange | null = null;
  let head = cue.firstToken; // first token of the source+cue group
  let tail = cue.endToken; // token after the source+cue group
  let inverted = false;

  // "When asked whether …", "Asked about …", "was asked what …": a question put to somebody, with nobody named asking
  if (cue.base === 'ask' && cue.endToken - cue.firstToken === 1) {
    const passive = passiveAsk(doc, si, cue.firstToken);
    if (passive) return passive;
  }
  if (cue.sourceAfter) {
    // "according to X": the source runs to the next comma or the end of the sentence ("according to Democratic
    // and independent analysts", "according to the average of recent polls compiled by Real Clear Politics")
    source = nounPhraseStartingAt(doc, cue.endToken, s.endToken);
    // "according to" names its source whatever it is ("state law", "officials familiar with the system")
    if (!source || !(plausibleNextToQuote(doc, source) || isNounHeaded(doc, source))) return null;
    let e = source.endToken;
    while (e < s.endToken && doc.quoteAt[e] < 0 && !/^[,;:.!?—–()]$|^--$/.test(toks[e].text) && e - cue.endToken < 25)
      e++;
    if (e >= s.endToken || /^[,;:.!?—–)]$|^--$/.test(toks[e].text))
      source = { firstToken: source.firstToken, endToken: e };
    tail = source.endToken;
    inverted = toks[cue.firstToken - 1]?.text === ',';
  } else {
    // inverted "“…,” said Smith" / "…, said Smith."
    const qBefore = quoteEndsBefore(doc, cue.firstToken, si);
    const prevTok = toks[cue.firstToken - 1];
    let afterNp = nounPhraseStartingAt(doc, cue.endToken, s.endToken);
    if (
      (qBefore >= 0 || (prevTok && prevTok.text === ',')) &&
      afterNp &&
      isSpeech &&
      !/^(he|she|they|i|we|it|you)$/.test(toks[afterNp.firstToken].lower) === false
    ) {
      // "said he" is rare; fall through to normal order
    }
    const notPronoun = !!afterNp && !/^(he|she|they|i|we|it|you|that|this)$/.test(toks[afterNp.firstToken].lower);
    // "Samantha Phillips, the city’s emergency director, said the heat …": a name and its apposition before the comma
    // are the subject, not a fronted clause
    const appositiveSubject =
      qBefore < 0 && prevTok?.text === ',' && hasAppositiveBefore(doc, cue.firstToken, s.firstToken);
    const invertedOk =
      !!afterNp &&
      isSpeech &&
      !appositiveSubject &&
      (((qBefore >= 0 || (prevTok && prevTok.text === ',' && SAY_LIKE.test(cue.base))) &&
        notPronoun &&
        !(LISTENER_VERBS.has(cue.base) && qBefore < 0) &&
        plausibleNextToQuote(doc, afterNp) &&
        canFollowInvertedAttribution(doc, afterNp.endToken, s.endToken)) ||
        ((qBefore >= 0 || (prevTok && prevTok.text === ',' && !LISTENER_VERBS.has(cue.base))) &&
          endsClause(doc, afterNp.endToken, s.endToken) &&
          validSource(doc, afterNp)));
    if (afterNp && invertedOk) {
      source = afterNp;
      inverted = true;
      // the source's own modifiers ("a source close to him", "an aide who spoke on condition …") end at a comma
      // "said a top strategist, John Weaver."
      if (toks[afterNp.endToken]?.text === ',' && !hasName(doc, afterNp)) {
        let n = afterNp.endToken + 1;
        while (n < s.endToken && n - afterNp.endToken <= 5 && toks[n].kind === 'word' && toks[n].capitalised) n++;
        if (
          n > afterNp.endToken + 1 &&
          (n >= s.endToken || /^[,.;]$/.test(toks[n].text)) &&
          isNameRun(doc, afterNp.endToken + 1, n)
        )
          source = afterNp = { firstToken: afterNp.firstToken, endToken: n };
      }
      let e = afterNp.endToken;
      while (
        e < s.endToken &&
        doc.quoteAt[e] < 0 &&
        !/^[,;:.!?—–(]$|^--$/.test(toks[e].text) &&
        e - afterNp.endToken < 15
      )
        e++;
      tail = e < s.endToken && toks[e].text === ',' ? e : afterNp.endToken;
      if (e >= s.endToken || /^[.!?]$/.test(toks[e].text)) tail = e;
    } else {
      // "…, arguing that …": a participle after a comma shares the sentence's subject, not the noun before the comma
      const participle = /ing$/.test(cueTok.lower) && toks[cue.firstToken - 1]?.text === ',';
      source = participle ? null : subjectBefore(doc, cue.firstToken, s.firstToken);
      if (source && !validSource(doc, source)) {
        // "“…,” the organizer told them."
        if (!(
          isSpeech &&
          (quoteEndsBefore(doc, source.firstToken, si) >= 0 ||
            /^(say|tell|add|write|tweet|note|explain|argue|claim|insist)$/.test(cue.base)) &&
          plausibleNextToQuote(doc, source)
        ))
          return null;
      }
      if (source) head = Math.min(source.firstToken, cue.firstToken);
      if (!source) {
        // participles and coordination share the sentence subject: "…, saying …" / "… and told CBS that …"
        const prev = prior
          .filter((p) => p.sentenceIndex === si && p.source && p.cue && p.cue.firstToken < cue.firstToken)
          .pop();
        // "… but has said she will …": the conjunction before the auxiliaries
        let pj = cue.firstToken - 1;
        while (
          pj > s.firstToken &&
          toks[pj].kind === 'word' &&
          !toks[pj].capitalised &&
          AUX_ADV.has(toks[pj].lower) &&
          !/^(and|but|then)$/.test(toks[pj].lower)
        )
          pj--;
        const p1 = toks[pj];
        if (participle) {
          // "…, Nefzi said, adding …" shares the attribution's speaker; "…, an architect who said …, saying …"
          // the sentence's subject
          const relative = !!prev?.source && /^(who|which|that)$/.test(toks[prev.source.endToken]?.lower ?? '');
          const prevBase = prev?.cue ? (cueInfo(toks[prev.cue.firstToken].lower)?.base ?? '') : '';
          const usePrev = !!prev?.source && !relative && validSource(doc, prev.source) && SPEECH_BASES.has(prevBase);
          const subj = usePrev ? null : sentenceSubject(doc, si, cue.firstToken);
          source = subj && !overlapsQuote(doc, subj) ? subj : (prev?.source ?? null);
        } else if (prev && (/ing$/.test(cueTok.lower) || (p1 && /^(and|but|,)$/.test(p1.lower)))) {
          source = prev.source;
        } else if (/ing$/.test(cueTok.lower) || (p1 && /^(and|but|,|then)$/.test(p1.lower))) {
          source = sentenceSubject(doc, si, cue.firstToken);
        }
        if (!source && !inverted) {
          // "“…,” the mayor said in a statement" handled above; otherwise need some source
          if (!(p1 && doc.quoteAt[cue.firstToken - 1] >= 0)) return null;
          return null;
        }
      }
    }
  }

  // ----- content
  // 1. quote right before the group: "“…,” Johnson said."
  let qBefore = quoteEndsBefore(doc, head, si);
  if (qBefore < 0 && source && !inverted && isSpeech && source.firstToken === head) {
    // "“…,” Fight for $15 organizing director Kendall Fells told …": a long name phrase between quote and verb
    let k = head - 1;
    while (
      k >= s.firstToken &&
      head - k <= 8 &&
      doc.quoteAt[k] < 0 &&
      (toks[k].kind === 'word' || /^[$&\-]$/.test(toks[k].text)) &&
      !cueInfo(toks[k].lower)
    )
      k--;
    if (k >= s.firstToken && head - k <= 8 && k < head - 1) {
      const qb = quoteEndsBefore(doc, k + 1, si);
      if (qb >= 0 && /^[,—–]$|^--$/.test(toks[k].text) === false) {
        qBefore = qb;
        source = { firstToken: k + 1, endToken: source.endToken };
        head = k + 1;
      }
    }
  }
  const parts: Range[] = [];
  const quotes: number[] = [];
  let kind: RawAttribution['kind'] = 'indirect';
  let clause: TokenRange | undefined;
  // a title before the attribution ("In his book, “Make Your Kid a Millionaire,” McKinley suggested …") is not its content
  if (
    qBefore >= 0 &&
    looksLikeTitle(doc, qBefore) &&
    !wordsOnlyInQuotes(doc, s.firstToken, doc.quotes[qBefore].openToken)
  )
    qBefore = -1;
  if (qBefore >= 0 && !claimed.has(qBefore) && isSpeech) {
    const q = doc.quotes[qBefore];
    // the quote must start the sentence (possibly after an earlier quote chain) to be direct
    const qStartsSentence = q.openToken === s.firstToken || wordsOnlyInQuotes(doc, s.firstToken, q.openToken);
    if (qStartsSentence) {
      parts.push(...q.pieces);
      quotes.push(qBefore);
      kind = 'direct';
      // broken quote: "“A,” he said, “B.”"
      const after = skipAdjuncts(doc, tail, s.endToken, false);
      let k = after;
      if (k < s.endToken && toks[k].text === ',') k++;
      if (
        k < s.endToken &&
        doc.quoteAt[k] >= 0 &&
        doc.quotes[doc.quoteAt[k]].openToken === k &&
        !claimed.has(doc.quoteAt[k])
      ) {
        const q2 = doc.quotes[doc.quoteAt[k]];
        parts.push(...q2.pieces);
        quotes.push(doc.quoteAt[k]);
      }
    } else {
      // "He called it “a disaster,” Smith said": the whole fronted clause is the content
      const end = q.end;
      const startTok = s.firstToken;
      parts.push({ start: toks[startTok].start, end });
      for (const qi of sentQuotes)
        if (doc.quotes[qi].openToken >= startTok && doc.quotes[qi].closeToken < head) quotes.push(qi);
      kind = 'partial';
      clause = { firstToken: startTok, endToken: q.closeToken + 1 };
    }
  }
  if (!parts.length) {
    // 2. fronted clause without quotes: "The plan will fail, Smith said." — group must end the sentence
    // "Clinton leads by 271 delegates according to a count by The Associated Press."
    const commaBefore =
      head - 1 > s.firstToken &&
      (toks[head - 1].text === ',' || (cue.sourceAfter && toks[head - 1].kind === 'word' && doc.quoteAt[head - 1] < 0));
    const rest = skipAdjuncts(doc, tail, s.endToken, true);
    // "Sales were great, he said, wiping sweat off his brow." / "…, Nefzi said, adding, “…”"
    const restShort =
      inverted ||
      onlyFinalPunctuation(doc, rest, s.endToken) ||
      (toks[rest]?.text === ',' &&
        toks[rest + 1]?.kind === 'word' &&
        doc.quoteAt[rest + 1] < 0 &&
        isFiniteClause(doc, s.firstToken, head - 1) &&
        (/ing$/.test(toks[rest + 1].lower) || reportsNothing(doc, rest + 1, s.endToken)));
    const frontEnd = toks[head - 1]?.text === ',' ? head - 1 : head;
    // "In addition, according to the department, …": an adverbial opener is not the reported clause
    const frontOk =
      !cue.sourceAfter ||
      isFiniteClause(doc, s.firstToken, frontEnd) ||
      onlyFinalPunctuation(doc, skipAdjuncts(doc, tail, s.endToken, true), s.endToken);
    if (
      commaBefore &&
      restShort &&
      frontOk &&
      (isSpeech || cue.sourceAfter || cue.strength === 'strong') &&
      !(QUOTE_ONLY_BASES.has(cue.base) && !sentQuotes.some((q) => doc.quotes[q].closeToken < head))
    ) {
      const c0 = s.firstToken;
      const c1 = frontEnd;
      if (c1 > c0) {
        parts.push({ start: toks[c0].start, end: toks[c1 - 1].end });
        for (const qi of sentQuotes)
          if (doc.quotes[qi].openToken >= c0 && doc.quotes[qi].closeToken < c1) quotes.push(qi);
        kind = quotes.length ? (wordsOnlyInQuotes(doc, c0, c1) ? 'direct' : 'partial') : 'indirect';
        clause = { firstToken: c0, endToken: c1 };
      }
    }
  }
  if (!parts.length) {
    // 3. content after the cue: listener, adjuncts, "that", a quote or a clause
    let k = tail;
    if (LISTENER_VERBS.has(cue.base) || cue.base === 'ask') {
      const listener = nounPhraseStartingAt(doc, k, s.endToken);
      if (listener && !(toks[k].lower === 'that')) k = listener.endToken;
    }
    k = skipAdjuncts(doc, k, s.endToken, false);
    let sawPunct = false;
    while (
      k < s.endToken &&
      (toks[k].text === ',' || toks[k].text === ':' || toks[k].text === '—' || toks[k].text === '--')
    ) {
      k++;
      sawPunct = true;
    }
    if (k >= s.endToken) {
      // "He said:" at the end of a paragraph introduces the next paragraph(s)
      const last = toks[s.endToken - 1];
      if ((last.text === ':' || (last.text === ',' && isSpeech)) && isSpeech) {
        const nextSi = si + 1;
        const ns = doc.sentences[nextSi];
        if (ns && ns.paragraph !== s.paragraph) {
          const nq = doc.quoteAt[ns.firstToken];
          if (nq >= 0 && !claimed.has(nq)) {
            const q = doc.quotes[nq];
            return { cue, source, parts: [...q.pieces], quoteIndices: [nq], kind: 'direct', sentenceIndex: si };
          }
          // unquoted block after "X reports:"
          return {
            cue,
            source,
            parts: [
              {
                start: toks[ns.firstToken].start,
                end: sentenceContentEnd(doc, nextSi, doc.paragraphs[ns.paragraph].endToken),
              },
            ],
            quoteIndices: [],
            kind: 'indirect',
            sentenceIndex: si,
          };
        }
      }
      return null;
    }
    const qi = doc.quoteAt[k];
    if (
      qi >= 0 &&
      doc.quotes[qi].openToken === k &&
      !claimed.has(qi) &&
      isSpeech &&
      !(looksLikeTitle(doc, qi) && ADJUNCT_PREPS.has(toks[k - 1].lower))
    ) {
      const q = doc.quotes[qi];
      // direct if the quote runs to the end of the sentence, else partial within a clause
      const afterQ = q.closeToken + 1;
      if (
        endsClause(doc, afterQ, s.endToken) ||
        (nextCue && nextCue.firstToken > q.closeToken && noWordsBetween(doc, afterQ, nextCue.firstToken))
      ) {
        parts.push(...q.pieces);
        quotes.push(qi);
        kind = 'direct';
      }
    }
    if (!parts.length) {
      // clause content
      let c0 = k;
      let c1 = clauseEnd(doc, k, s.endToken, nextCue ? nextCue.firstToken : s.endToken);
      // another cue later in the sentence starts its own attribution: stop at the clause break before it
      if (nextCue && nextCue.firstToken > k + 1 && nextCue.firstToken < c1) {
        for (let m = nextCue.firstToken - 1; m > k; m--) {
          if (punctuationInsideClosingMark(doc, m) && m + 1 < nextCue.firstToken) {
            c1 = m + 1;
            break;
          }
          if (doc.quoteAt[m] >= 0) continue;
          const u = toks[m];
          if (
            u.text === ',' ||
            u.text === ';' ||
            u.text === '—' ||
            u.text === '--' ||
            u.lower === 'and' ||
            u.lower === 'but' ||
            u.lower === 'while'
          ) {
            let e = m;
            while (e > k + 1 && toks[e - 1].kind === 'punct' && doc.quoteAt[e - 1] < 0) e--;
            c1 = e;
            break;
          }
        }
      }
      if (c1 <= c0) return null;
      const hasThat =
        toks[c0].lower === 'that' ||
        toks[c0].lower === 'whether' ||
        toks[c0].lower === 'if' ||
        toks[c0].lower === 'how' ||
        toks[c0].lower === 'why' ||
        toks[c0].lower === 'what';
      const qs = sentQuotes.filter(
        (q) =>
          doc.quotes[q].openToken >= c0 &&
          doc.quotes[q].openToken < c1 &&
          !claimed.has(q) &&
          !looksLikeTitle(doc, q) &&
          !/^so-called$/i.test(toks[doc.quotes[q].openToken - 1]?.text ?? ''),
      );
      // stance verbs with a speaker for a subject attribute whatever they take: "Bush criticized the plan"
      const docFinding = DOC_VERBS.test(cue.base) && !!source && isDocumentLike(doc, source);
      const belief = BELIEF_VERBS.test(cue.base) && !!source && validSource(doc, source) && isFiniteClause(doc, c0, c1);
      // a verb with its preposition names a stance whatever its base: "pushed for free trade", "voted against the bill"
      const particle =
        cue.endToken - cue.firstToken >= 2 && !!PARTICLES_OF_VERB.get(cue.base)?.has(toks[cue.endToken - 1].lower);
      const stance =
        (STANCE_BASES.has(cue.base) || docFinding || belief || particle) &&
        !inverted &&
        !!source &&
        validSource(doc, source) &&
        toks[c0].kind !== 'punct' &&
        !startsNonComplement(doc, c0, c1);
      if ((cue.base === 'continue' || QUOTE_ONLY_BASES.has(cue.base)) && !qs.length && !hasThat) return null;
      // "spoke to reporters", "felt betrayed", "member states": these report something only with "that" or a particle
      if (
        /^(speak|talk|feel|state)$/.test(cue.base) &&
        !qs.length &&
        !hasThat &&
        (cue.endToken - cue.firstToken < 2 || /^(to|with)$/.test(toks[cue.endToken - 1].lower))
      )
        return null;
      // "maintained a lead", "points for style": these report only a clause or a quote
      if (/^maintain$/.test(cue.base) && !qs.length && !hasThat) return null;
      if (/^points?$/.test(toks[cue.firstToken].lower) && cue.endToken - cue.firstToken < 2 && !qs.length && !hasThat)
        return null;
      if (stance) {
        // fall through to the content below
      } else if (ambiguous && !hasThat && !qs.length && cue.strength !== 'strong') return null;
      else if (cue.strength === 'weak' && !hasThat && !qs.length) return null;
      else if (!isSpeech && !hasThat && !qs.length && ambiguous) return null;
      // infinitive/NP complements are only reported speech for speech verbs
      else if (!hasThat && !qs.length && !isSpeech) return null;
      else if (!hasThat && !qs.length && toks[c0].lower === 'to') return null;
      else if (!hasThat && !qs.length && !looksLikeClause(doc, c0, c1)) return null;
      // a quoted fragment alone after a non-speech verb must look like speech, not a title
      if (qs.length && !isSpeech && !hasThat && !stance) {
        const q = doc.quotes[qs[0]];
        if (!ambiguous && cue.strength === 'weak') return null;
        let words = 0;
        for (let k = q.openToken; k <= q.closeToken; k++) if (toks[k].kind === 'word') words++;
        if (words < 3) return null;
      }
      // the content is nothing but a quote another attribution already took: a second reading of the same words
      if (!qs.length && wordsOnlyInQuotes(doc, c0, c1) && doc.quoteAt[c0] >= 0 && claimed.has(doc.quoteAt[c0]))
        return null;
      // "Trump, who said he would build a wall, won the primary": the relative clause ends before the main verb
      if (
        source &&
        toks[source.endToken]?.text === ',' &&
        /^(who|which)$/.test(toks[source.endToken + 1]?.lower ?? '') &&
        source.endToken + 1 < cue.firstToken
      ) {
        for (let m = c0 + 1; m < c1 - 1; m++) {
          if (doc.quoteAt[m] >= 0 || toks[m].text !== ',') continue;
          const v = toks[m + 1];
          if (
            v.kind === 'word' &&
            !v.capitalised &&
            (isVerbalWord(v.lower) || /Verb|PastTense|PresentTense/.test(lexTag(v.lower) ?? '')) &&
            !/ing$/.test(v.lower)
          ) {
            c1 = m;
            break;
          }
        }
      }
      // the object of a verb and its preposition is a noun phrase: it ends at the first comma ("voted for the Ohio
      // governor, compared to 39 percent for …")
      if (particle && !hasThat && !qs.length) {
        for (let m = c0 + 1; m < c1; m++) {
          if (doc.quoteAt[m] < 0 && /^[,;:(—–]$|^--$/.test(toks[m].text)) {
            c1 = m;
            break;
          }
        }
      }
      const endOff = toks[c1 - 1].end;
      parts.push({ start: toks[c0].start, end: endOff });
      quotes.push(...qs);
      kind = qs.length ? (wordsOnlyInQuotes(doc, c0, c1) ? 'direct' : 'partial') : 'indirect';
      clause = { firstToken: c0, endToken: c1 };
      void sawPunct;
    }
  }
  if (!parts.length) return null;
  // "Trump, who said …": the relative pronoun is what the verb points at; the name before it is who that is
  let relative: TokenRange | undefined;
  if (source && !inverted && !cue.sourceAfter) {
    let j = cue.firstToken - 1;
    while (
      j > source.endToken &&
      toks[j].kind === 'word' &&
      !toks[j].capitalised &&
      AUX_ADV.has(toks[j].lower) &&
      !/^(who|which|that)$/.test(toks[j].lower)
    )
      j--;
    if (
      j >= source.endToken &&
      toks[j].kind === 'word' &&
      /^(who|which)$/.test(toks[j].lower) &&
      noWordsBetween(doc, source.endToken, j)
    )
      relative = { firstToken: j, endToken: j + 1 };
  }
  return {
    cue: { firstToken: cue.firstToken, endToken: cue.endToken },
    source,
    parts,
    quoteIndices: quotes,
    kind,
    sentenceIndex: si,
    clause,
    relative,
  };
}
