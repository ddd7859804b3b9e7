/**
 * Attribution: for every reporting cue ("said", "told", "according to", a colon), find who is speaking (the source
 * noun phrase) and what is reported (a quote, a clause, or both), PolNeAR-style.
 */
import { Token, Paragraph } from './text';
import { QuoteSpan, transcriptTurn } from './quotes';
import {
  QUOTE_ONLY_BASES,
  STANCE_BASES,
  STANCE_PARTICLES,
  AUX_ADV,
  LISTENER_VERBS,
  NP_STOP,
  PHRASE_CUES,
  SPEECH_BASES,
  AMBIGUOUS_CUES,
  cueInfo,
  PERSON_NOUNS,
  ORG_WORDS,
  DOCUMENT_NOUNS,
  MEDIA_HEADS,
  FUNCTION_WORDS,
  TITLES,
} from './lexicon';
import { isVerbalWord, lexTag } from './entities';
import { ExtractionLimitError, ExtractionLimits, LimitKind, TimeBudget } from './limits';

export interface Sentence {
  t0: number;
  t1: number;
  para: number;
}

export interface Range {
  start: number;
  end: number;
}

export interface RawAttribution {
  cue: { t0: number; t1: number } | null;
  source: { t0: number; t1: number } | null;
  /** Pieces of reported content (char ranges). */
  parts: Range[];
  /** Quote indices the content includes. */
  quotes: number[];
  kind: 'direct' | 'partial' | 'indirect';
  sentence: number;
  /** Set when the speaker is inherited from an earlier attribution (a quote continued in the next paragraph). */
  inheritFrom?: RawAttribution;
  /** Token index of the clause content start (for indirect/partial). */
  clause?: { t0: number; t1: number };
  /** "Trump, who said …": the relative pronoun the verb points at (`source` is its antecedent). */
  relative?: { t0: number; t1: number };
}

const DOC_VERBS = /^(show|find|suggest|indicate|reveal|estimate|project|predict|conclude|confirm)$/;
const BELIEF_VERBS =
  /^(think|believe|feel|know|fear|hope|expect|worry|doubt|suspect|assume|guess|suppose|bet|understand|realize|recognize|agree|predict|acknowledge|insist|argue|claim|warn)$/;
const SAY_LIKE =
  /^(say|add|write|note|explain|argue|claim|insist|warn|report|state|suggest|predict|acknowledge|admit|concede|caution|contend|assert|maintain|complain|counter|reply|respond|recall|announce|declare|confirm|stress|emphasize)$/;
const PHRASE_BY_FIRST = new Map<string, typeof PHRASE_CUES>();
for (const pc of PHRASE_CUES) PHRASE_BY_FIRST.set(pc.words[0], [...(PHRASE_BY_FIRST.get(pc.words[0]) ?? []), pc]);
const NO_PHRASES: typeof PHRASE_CUES = [];
const SENTENCE_OPENER =
  /^(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|So|Yet|If|When|While|After|Before|Since|His|Her|Their|Our|My|Its|There|Here|Now|Then|Still|Meanwhile|However|Instead|Asked|According)$/;
const ABOUT = new Set(['about']);
const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand)$/;
const PARTICLES = new Map(Object.entries(STANCE_PARTICLES).map(([k, v]) => [k, new Set(v.split('|'))]));
const SENT_END = new Set(['.', '!', '?', '…', '...']);
const OPEN_Q = new Set(['“', '"', "''", '‘', '``', '„', '«', "'"]);
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'repeatedly',
  'afterward',
  'afterwards',
  'also',
  'then',
  'once',
  'twice',
  'privately',
  'publicly',
  'separately',
  'frequently',
  'often',
  'flatly',
  'bluntly',
  'simply',
]);
/** Adjectives that hold a stance about something, with the prepositions that introduce it. */
const STANCE_ADJECTIVES = new Map(
  Object.entries({
    critical: 'of',
    supportive: 'of',
    skeptical: 'of|about',
    sceptical: 'of|about',
    wary: 'of',
    proud: 'of',
    aware: 'of',
    fond: 'of',
    afraid: 'of',
    fearful: 'of',
    dismissive: 'of',
    contemptuous: 'of',
    tolerant: 'of',
    respectful: 'of',
    concerned: 'about',
    worried: 'about',
    optimistic: 'about',
    pessimistic: 'about',
    confident: 'about|in|of',
    passionate: 'about',
    enthusiastic: 'about',
    angry: 'about|at|with',
    upset: 'about|with',
    nervous: 'about',
    excited: 'about',
    frustrated: 'with|by',
    clear: 'about',
    vague: 'about',
    coy: 'about',
    silent: 'on|about',
    quiet: 'about|on',
    open: 'about|to',
    candid: 'about',
    adamant: 'about',
    unhappy: 'with|about',
    happy: 'with|about',
    disappointed: 'in|with|by',
    furious: 'about|at|with',
    unsure: 'about|of',
    certain: 'of|about',
    convinced: 'of',
    doubtful: 'about|of',
    hopeful: 'about|of',
    bullish: 'on|about',
    bearish: 'on|about',
    outspoken: 'about|on',
    focused: 'on',
    opposed: 'to',
    committed: 'to',
    sympathetic: 'to',
    hostile: 'to',
    receptive: 'to',
    grateful: 'for',
    thankful: 'for',
    eager: 'for',
    anxious: 'about',
    alarmed: 'by|about',
    troubled: 'by',
    outraged: 'by|at|over',
    offended: 'by',
    impressed: 'by|with',
    encouraged: 'by',
    disturbed: 'by',
  }).map(([k, v]) => [k, new Set(v.split('|'))]),
);
/** Nouns that name a stance or a statement, with the prepositions that introduce what it is about. */
const STANCE_NOUNS = new Map(
  Object.entries({
    criticism: 'of',
    critique: 'of',
    attack: 'on|against',
    attacks: 'on|against',
    support: 'for',
    opposition: 'to',
    endorsement: 'of',
    comments: 'about|on',
    comment: 'about|on',
    remarks: 'about|on',
    views: 'on|of|about',
    view: 'of|on',
    position: 'on',
    stance: 'on',
    concerns: 'about|over',
    concern: 'about|over',
    claims: 'about|of',
    claim: 'of|about',
    call: 'for',
    calls: 'for',
    demand: 'for',
    demands: 'for',
    praise: 'for|of',
    embrace: 'of',
    rejection: 'of',
    condemnation: 'of',
    denunciation: 'of',
    description: 'of',
    characterization: 'of',
    assessment: 'of',
    prediction: 'of',
    promise: 'of',
    promises: 'of',
    questions: 'about',
    allegations: 'of|about',
    accusations: 'of|against',
    proposal: 'for',
    proposals: 'for',
    vision: 'for|of',
    message: 'of|about',
    disdain: 'for',
    contempt: 'for',
    enthusiasm: 'for',
    skepticism: 'about|of',
    adulation: 'of',
    mention: 'of',
    references: 'to',
    reference: 'to',
  }).map(([k, v]) => [k, new Set(v.split('|'))]),
);
const OWNERLESS_STANCE =
  /^(?:questions about|concerns about|concern about|criticism of|critique of|opposition to|endorsement of|calls for|demands for|comments about|remarks about|accusations of|allegations of|rejection of|stance on|enthusiasm for|praise for|praise of|embrace of|denunciation of|condemnation of|prediction of|attacks on|attacks against|skepticism about|disdain for|contempt for)$/;
const TIME_NOUNS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow january february march april ' +
    'may june july august september october november december week weekend month year morning afternoon evening night'
  ).split(' '),
);
const ADJUNCT_PREPS = new Set([
  'in',
  'on',
  'at',
  'during',
  'via',
  'through',
  'last',
  'this',
  'earlier',
  'late',
  'before',
  'after',
  'over',
  'with',
  'from',
  'to',
  'while',
  'when',
  'under',
  'of',
]);

type Cue = { t0: number; t1: number; sourceAfter: boolean; base: string; strength: 'strong' | 'weak' };

/** Verbs that report an impression with nobody named ("seemed", "is expected to"): see raisingAttributions. */
const RAISING_VERB = /^(?:seem|seems|seemed|appear|appears|appeared|expected)$/;

export class Attributor {
  sentences: Sentence[] = [];
  /** The reporting cues of each sentence, in order. */
  private readonly sentenceCues: Cue[][];
  private readonly knownTurnNames = new Map<string, boolean>();
  sentOf: Int32Array;
  inQuote: Int32Array;

  constructor(
    private text: string,
    private tokens: Token[],
    private paragraphs: Paragraph[],
    private quotes: QuoteSpan[],
    private readonly limits: ExtractionLimits,
    private readonly budget: TimeBudget,
  ) {
    this.inQuote = new Int32Array(tokens.length).fill(-1);
    quotes.forEach((q, qi) => {
      for (let t = q.t0; t <= q.t1 && t < tokens.length; t++) this.inQuote[t] = qi;
    });
    this.sentOf = new Int32Array(tokens.length);
    this.splitSentences();
    this.sentenceCues = this.sentences.map((s) => this.findCues(s));
    this.checkWork();
  }

  private findCues(s: Sentence): Cue[] {
    const cues: Cue[] = [];
    for (let t = s.t0; t < s.t1; t++) {
      const c = this.cueAt(t);
      if (c) {
        cues.push({ t0: t, ...c });
        t = c.t1 - 1;
      }
    }
    return cues;
  }

  /**
   * Refuses, before any analysis, a text whose sentences would cost more than the bounds (see EXTRACTION_LIMITS):
   * too many quote marks in one sentence, or too many scans of its sentences for its length.
   */
  private checkWork() {
    let work = 0;
    this.sentences.forEach((s, si) => {
      let marks = 0;
      let anchors = this.sentenceCues[si].length;
      for (let t = s.t0; t < s.t1; t++) {
        const token = this.tokens[t];
        if (token.kind === 'q') marks++;
        else if (RAISING_VERB.test(token.lower)) anchors++;
      }
      if (marks > this.limits.maxQuoteMarksPerSentence) {
        throw new ExtractionLimitError(
          LimitKind.QuoteMarks,
          `a sentence has ${marks.toLocaleString('en')} quote marks; at most ${this.limits.maxQuoteMarksPerSentence} are read in one sentence`,
        );
      }
      work += (s.t1 - s.t0) * (1 + anchors + marks);
    });
    const perToken = work / Math.max(1, this.tokens.length);
    if (this.tokens.length >= 1_000 && perToken > this.limits.maxScansPerToken) {
      throw new ExtractionLimitError(
        LimitKind.ScanWork,
        `the text packs so many quotes and reporting verbs into its sentences that analysing it would take ${Math.round(perToken)} scans per word; at most ${this.limits.maxScansPerToken} are made`,
      );
    }
  }

  private splitSentences() {
    const toks = this.tokens;
    let s0 = 0;
    const push = (end: number) => {
      if (end > s0) this.sentences.push({ t0: s0, t1: end, para: toks[s0].para });
      s0 = end;
    };
    for (let t = 0; t < toks.length; t++) {
      const tok = toks[t];
      const next = toks[t + 1];
      if (
        t > s0 &&
        tok.para !== toks[t - 1].para &&
        !(this.inQuote[t] >= 0 && this.inQuote[t] === this.inQuote[t - 1])
      ) {
        push(t);
      }
      if (!next) break;
      const qi = this.inQuote[t];
      // "… in the U.S. He says …": an abbreviation's period also ends the sentence when a sentence opener follows
      if (
        qi < 0 &&
        tok.kind === 'w' &&
        /\.$/.test(tok.text) &&
        /^(?:\p{Lu}\.){2,}$|^(?:Inc|Corp|Co|Jr|Sr|Ltd)\.$/u.test(tok.text) &&
        next.kind === 'w' &&
        next.para === tok.para &&
        SENTENCE_OPENER.test(next.text) &&
        this.inQuote[t + 1] < 0
      ) {
        push(t + 1);
        continue;
      }
      if (qi < 0 && (SENT_END.has(tok.text) || (tok.text === ':' && next.para !== tok.para))) {
        if (next.para !== tok.para || next.cap || OPEN_Q.has(next.text) || /^\d/.test(next.text) || next.kind === 'q') {
          // a closing quote right after the period belongs to this sentence
          push(t + 1);
        }
      } else if (qi >= 0 && this.quotes[qi].t1 === t && this.inQuote[t + 1] !== qi) {
        const prev = toks[t - 1];
        if (
          prev &&
          SENT_END.has(prev.text) &&
          (next.cap || (OPEN_Q.has(next.text) && next.para === tok.para)) &&
          !this.startsAttribution(t + 1)
        ) {
          push(t + 1);
        }
      }
    }
    push(toks.length);
    this.sentences.forEach((s, si) => {
      for (let t = s.t0; t < s.t1; t++) this.sentOf[t] = si;
    });
  }

  /** "…,” said Smith" / "…” Smith said." — the words after a quote attribute it (and report nothing else). */
  private startsAttribution(t: number): boolean {
    const toks = this.tokens;
    for (let k = t; k < Math.min(toks.length, t + 7); k++) {
      const u = toks[k];
      if (u.para !== toks[t].para) return false;
      if (u.kind === 'q' || (u.kind === 'p' && u.text !== '(' && u.text !== ')' && u.text !== '-')) return false;
      const ci = cueInfo(u.lower);
      if (ci && SPEECH_BASES.has(ci.base) && !u.cap) {
        // the cue must close the sentence: "Johnson said." / "said Johnson, …" / "he told reporters."
        for (let m = k + 1; m < Math.min(toks.length, k + 8); m++) {
          const v = toks[m];
          // "…done.” He added, “In this case …”": after a finished sentence, an attribution that runs into a new
          // quote introduces that quote
          if (
            v.kind === 'p' &&
            /^[,:]$/.test(v.text) &&
            toks[m + 1] &&
            this.inQuote[m + 1] >= 0 &&
            this.quotes[this.inQuote[m + 1]].t0 === m + 1
          )
            return false;
          if (v.kind === 'p' && /^[.,;!?]$/.test(v.text)) return true;
          // “…” Trump called the senator a “nasty guy”: words between the verb and a quote are its complement
          if (v.kind === 'q') return m === k + 1;
          if (v.para !== u.para) return true;
          if (v.kind === 'w' && /^(that|whether|if|how|why|what)$/.test(v.lower)) return false;
        }
        return false;
      }
    }
    return false;
  }

  analyze(): RawAttribution[] {
    const out: RawAttribution[] = [];
    const usedQuotes = new Set<number>();
    for (let si = 0; si < this.sentences.length; si++) {
      this.budget.check();
      const found = this.analyzeSentence(si, usedQuotes);
      for (const a of found) {
        a.quotes.forEach((q) => usedQuotes.add(q));
        out.push(a);
      }
    }
    this.continuations(out, usedQuotes);
    this.claimInnerQuotes(out, usedQuotes);
    this.leftovers(out, usedQuotes);
    out.sort((a, b) => a.parts[0].start - b.parts[0].start);
    return out;
  }

  /**
   * Quotes no cue claimed. Newsrooms quote people without a verb next to every quote (the speaker was named in the
   * paragraph before, or the quote is a fragment inside a sentence about them); such quotes are still somebody's
   * words. Titles and one-word scare quotes are not. The speaker is found from the sentence (its subject) or from the
   * attributions around the quote.
   */
  private leftovers(out: RawAttribution[], used: Set<number>) {
    const toks = this.tokens;
    const groups: number[][] = [];
    const lastGroup = new Map<number, number[]>();
    for (let qi = 0; qi < this.quotes.length; qi++) {
      this.budget.check();
      if (used.has(qi)) continue;
      const q = this.quotes[qi];
      if (
        !this.speechLike(qi) &&
        !(this.isHeadline(this.tokens[q.t0].para) && (q.style === 'double' || this.tokens[q.t0].text === '‘'))
      )
        continue;
      const si = this.sentOf[q.t0];
      // quotes of one sentence go together when only a few words stand between them (“criminals” and “rapists”)
      const arr = lastGroup.get(si);
      if (arr && this.fewWordsBetween(this.quotes[arr[arr.length - 1]].t1 + 1, q.t0)) arr.push(qi);
      else {
        const g = [qi];
        groups.push(g);
        lastGroup.set(si, g);
      }
    }
    if (!groups.length) return;
    const attributed = out.filter((a) => a.source || a.inheritFrom).sort((a, b) => a.parts[0].start - b.parts[0].start);
    for (const qis of groups) {
      const si = this.sentOf[this.quotes[qis[0]].t0];
      const s = this.sentences[si];
      const first = this.quotes[qis[0]];
      const last = this.quotes[qis[qis.length - 1]];
      const whole = this.onlyPunctBefore(s.t0, first.t0) && this.onlyQuotes(first.t0, s.t1);
      const parts = qis.flatMap((qi) => this.quotes[qi].pieces);
      const a: RawAttribution = {
        cue: null,
        source: null,
        parts,
        quotes: qis,
        kind: whole ? 'direct' : 'partial',
        sentence: si,
      };
      void last;
      if (this.isHeadline(s.para)) {
        // a headline quotes whoever the headline starts with ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud’",
        // "Warren Hammers Wells Fargo CEO: ‘You Should Be …’"); without a recognisable subject, nobody
        const src = this.headlineSource(s.para, first.t0);
        if (!src) continue;
        a.source = src;
        qis.forEach((qi) => used.add(qi));
        out.push(a);
        continue;
      }
      if (!whole) {
        // a fragment inside a sentence: the sentence's subject said it ("Huckabee is labeling the order “a blatant abuse”")
        const subj = this.sentenceSubject(si, first.t0);
        if (subj && this.validSource(subj) && !this.isInsideQuote(subj)) a.source = subj;
      }
      if (!a.source) {
        const from = this.nearbyAttribution(attributed, first.start, toks[first.t0].para);
        if (from) a.inheritFrom = from.inheritFrom ?? from;
      }
      // short stretches with nobody to pin them on are more often slogans, names and scare quotes than quotations
      const words = qis.reduce((n, qi) => n + this.wordCount(qi), 0);
      if (!a.source && !a.inheritFrom && words < (whole ? 10 : 4)) continue;
      if (whole && words < 10) continue;
      qis.forEach((qi) => used.add(qi));
      out.push(a);
    }
  }

  /** The subject of a headline that quotes somebody: the words before its colon, or before its first verb. */
  private headlineSource(para: number, qt0: number): { t0: number; t1: number } | null {
    const toks = this.tokens;
    const p = this.paragraphs[para];
    for (let k = p.t0 + 1; k < qt0 && k - p.t0 <= 10; k++) {
      if (toks[k].text === ':' && this.inQuote[k] < 0) return this.validHeadlineNp(p.t0, k);
    }
    for (let k = p.t0 + 1; k < qt0 && k - p.t0 <= 8; k++) {
      const u = toks[k];
      if (u.kind !== 'w' || this.inQuote[k] >= 0) return null;
      const l = u.lower;
      const verb = (isVerbalWord(l) && !/ed$/.test(l)) || (/[^s]s$/.test(l) && !!cueInfo(l));
      if (!verb) continue;
      let e = k;
      while (e > p.t0 + 1 && /^(just|now|also|still|again|finally|reportedly|officially)$/.test(toks[e - 1].lower)) e--;
      return this.validHeadlineNp(p.t0, e);
    }
    return null;
  }

  private validHeadlineNp(t0: number, t1: number): { t0: number; t1: number } | null {
    if (t1 <= t0 || t1 - t0 > 8) return null;
    for (let k = t0; k < t1; k++) {
      const u = this.tokens[k];
      if (this.inQuote[k] >= 0) return null;
      if (u.kind === 'w' && !u.cap && !/^(of|the|and|for|on|in|at|['’]s)$/.test(u.lower)) return null;
    }
    return { t0, t1 };
  }

  /** Quotes inside reported content ("John McCain: Anger Appeals to ‘Bad Angels Of Our Nature’") belong to it. */
  private claimInnerQuotes(out: RawAttribution[], used: Set<number>) {
    for (let qi = 0; qi < this.quotes.length; qi++) {
      this.budget.check();
      const q = this.quotes[qi];
      // headlines are all title case and quote single words: every quote in a headline attribution is quoted speech
      if (used.has(qi)) continue;
      const a = out.find((x) => x.parts.some((p) => p.start <= q.start && p.end >= q.pieces[q.pieces.length - 1].end));
      if (!a) continue;
      // inside reported content even a name or a one-word quote is the source's wording ("hailed Trump as “The
      // Comeback Kid”", "rated it “Mostly True.”"); standing alone it would more likely be a title or a scare quote
      if (!this.speechLike(qi) && !this.isHeadline(this.tokens[q.t0].para) && !(a.source && a.cue)) continue;
      a.quotes.push(qi);
      a.quotes.sort((x, y) => x - y);
      if (a.kind === 'indirect') a.kind = 'partial';
      used.add(qi);
    }
  }

  private isInsideQuote(np: { t0: number; t1: number }): boolean {
    for (let k = np.t0; k < np.t1; k++) if (this.inQuote[k] >= 0) return true;
    return false;
  }

  /** The attribution a leftover quote most likely shares its speaker with: same paragraph first, then the one before. */
  private nearbyAttribution(attributed: RawAttribution[], pos: number, para: number): RawAttribution | undefined {
    const toks = this.tokens;
    let before: RawAttribution | undefined;
    let after: RawAttribution | undefined;
    for (const a of attributed) {
      if (a.parts[0].start < pos) before = a;
      else if (!after) after = a;
    }
    const paraOf = (a: RawAttribution) => toks[this.sentences[a.sentence].t0].para;
    if (before && paraOf(before) === para) return before;
    if (after && paraOf(after) === para) return after;
    if (before && para - paraOf(before) <= 1) return before;
    return undefined;
  }

  private fewWordsBetween(a: number, b: number): boolean {
    let n = 0;
    for (let k = a; k < b; k++) if (this.tokens[k].kind === 'w' && this.inQuote[k] < 0) n++;
    return n <= 2;
  }

  private wordCount(qi: number): number {
    const q = this.quotes[qi];
    let words = 0;
    for (let k = q.t0; k <= q.t1 && k < this.tokens.length; k++) if (this.tokens[k].kind === 'w') words++;
    return words;
  }

  /** The first paragraph of a multi-paragraph text when it is short: the headline. */
  private isHeadline(para: number): boolean {
    if (para !== 0 || this.paragraphs.length < 2) return false;
    const p = this.paragraphs[0];
    return p.t1 - p.t0 <= 40;
  }

  /** Is this quote somebody's words (not a title, a name or a one-word scare quote)? */
  private speechLike(qi: number): boolean {
    const words = this.wordCount(qi);
    if (words < 2) return false;
    if (this.looksLikeTitle(qi)) return false;
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // cues

  private cueAt(t: number): { t1: number; sourceAfter: boolean; base: string; strength: 'strong' | 'weak' } | null {
    const toks = this.tokens;
    const tok = toks[t];
    if (tok.kind !== 'w' || this.inQuote[t] >= 0) return null;
    for (const pc of PHRASE_BY_FIRST.get(tok.lower) ?? NO_PHRASES) {
      let ok = true;
      for (let k = 0; k < pc.words.length; k++) {
        const u = toks[t + k];
        if (!u || u.lower !== pc.words[k] || this.inQuote[t + k] >= 0) {
          ok = false;
          break;
        }
      }
      if (ok)
        return { t1: t + pc.words.length, sourceAfter: pc.sourceAfter, base: pc.words.join(' '), strength: 'strong' };
    }
    const ci = cueInfo(tok.lower);
    if (!ci) return null;
    // title-case headlines capitalise their verbs: "Chris Christie Calls Hillary Clinton ‘A Disgrace’"
    // "Asked about …, she said": the participle opening a sentence
    const askedOpener = tok.text === 'Asked' && (t === 0 || this.sentOf[t - 1] !== this.sentOf[t]);
    if (
      tok.cap &&
      !askedOpener &&
      !(t > 0 && toks[t - 1].kind === 'q') &&
      !(this.isHeadline(tok.para) && /[^s]s$/.test(tok.lower) && t > 0 && toks[t - 1].cap && toks[t - 1].kind === 'w')
    )
      return null;
    const prev = toks[t - 1];
    // nouns: "the report", "a call", "his statement"
    if (
      prev &&
      prev.kind === 'w' &&
      /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|no|any|some|every|each|['’]s)$/.test(prev.lower)
    )
      return null;
    // "an official statement", "the first report" — but "a labor official said", "the first lady told"
    if (
      prev &&
      prev.kind === 'w' &&
      /^(new|executive|first|last|final|annual|latest|recent|official|written|public|joint|formal|initial)$/.test(
        prev.lower,
      ) &&
      !/^(said|told|says|tells|added|wrote|asked|explained|noted|argued|warned)$/.test(tok.lower)
    )
      return null;
    if (
      prev &&
      prev.kind === 'w' &&
      prev.lower === 'to' &&
      !/^(went|go|goes|going|want|wants|wanted|continued|continue)$/.test(toks[t - 2]?.lower ?? '')
    ) {
      // infinitives "to say" are cues only after "went on"/"continued"
      if (!(toks[t - 2] && /^(on)$/.test(toks[t - 2].lower))) return null;
    }
    const next = toks[t + 1];
    if (!/^(say|tell|add)$/.test(ci.base) && !this.verbalForm(t, ci.base)) return null;
    // "said" as an adjective ("the said property") or passive "is said to"
    if (
      next &&
      next.lower === 'to' &&
      /^(said|believed|thought|expected|known|reported|seen|shown|found)$/.test(tok.lower)
    ) {
      // passive "is said to" — but not "Sanders said to cheers", "she said to reporters"
      const before = toks[t - 1]?.lower ?? '';
      if (
        /^(is|are|was|were|be|been|being|widely|also|not|generally|often|long|n't|n’t)$/.test(before) ||
        tok.lower !== 'said'
      )
        return null;
    }
    // "call for", "called on", "speaking of"
    let t1 = t + 1;
    if (
      next &&
      next.kind === 'w' &&
      ((/^call/.test(tok.lower) && /^(for|on)$/.test(next.lower)) ||
        (/^speak/.test(tok.lower) && /^(of|about|to|with)$/.test(next.lower)))
    )
      t1 = t + 2;
    else if (next && next.kind === 'w' && PARTICLES.get(ci.base)?.has(next.lower)) t1 = t + 2;
    else if (/^(talk|speak|testify|comment|joke|boast|complain|warn)$/.test(ci.base)) {
      // "talking to voters about …", "spoke at length on Monday about …", "talked openly on social media about …"
      const far = this.particleAfter(t + 1, ABOUT);
      if (far > 0) t1 = far + 1;
    }
    return { t1, sourceAfter: false, base: ci.base, strength: ci.strength };
  }

  /**
   * The particle of a stance verb a few words on, past a listener or adjuncts ("to voters", "openly", "on social media",
   * "at length", "with reporters"): its token index, or -1.
   */
  private particleAfter(k: number, particles: Set<string>): number {
    const toks = this.tokens;
    const start = k;
    let sawPrep = false;
    while (k < toks.length && k - start < 9) {
      const u = toks[k];
      if (u.kind !== 'w' || this.inQuote[k] >= 0 || this.sentOf[k] !== this.sentOf[start]) return -1;
      if (
        particles.has(u.lower) &&
        k > start &&
        (sawPrep || /ly$|^(much|more|at|length|again|publicly|privately|often|briefly|little)$/.test(toks[k - 1].lower))
      )
        return k;
      // "spoke highly of", "talks freely of" (but not "spoke on the condition of")
      if (u.lower === 'of' && k > start && /ly$/.test(toks[k - 1].lower) && toks[k - 1].kind === 'w') return k;
      if (/^(to|with|on|at|in|during|before|after)$/.test(u.lower)) sawPrep = true;
      else if (!sawPrep && !/ly$|^(much|more|little|again|at|length|often|also)$/.test(u.lower)) return -1;
      else if (
        sawPrep &&
        (cueInfo(u.lower) || /^(that|and|but|or|who|which|is|was|are|were|has|have|had|will|would)$/.test(u.lower))
      )
        return -1;
      k++;
    }
    return -1;
  }

  /**
   * Is this stance word used as a verb? "the Trump campaign", "his plans", "support from donors" are nouns; "they
   * support", "Trump plans to", "she will oppose" are verbs.
   */
  private verbalForm(t: number, base: string): boolean {
    const toks = this.tokens;
    const tok = toks[t];
    const prev = toks[t - 1];
    const next = toks[t + 1];
    if (!prev || prev.kind !== 'w') return tok.lower !== base; // after punctuation: participles and past forms only
    if (/^['’]s$/.test(prev.lower) || /^\d/.test(prev.text)) return false;
    const pt = lexTag(prev.lower);
    if (pt && /Adjective|Determiner/.test(pt) && !/Noun|Actor|Verb/.test(pt) && !AUX_ADV.has(prev.lower)) return false;
    if (tok.lower === base) {
      // the bare form needs an auxiliary, "to", or a plural / first- or second-person subject
      if (
        /^(will|would|could|should|may|might|must|can|cannot|did|does|do|n't|n’t|not|to|they|we|i|you|who|also|still|now|often|never|always|generally|strongly|publicly|openly|repeatedly)$/.test(
          prev.lower,
        )
      )
        return true;
      // a plural subject: "voters support", "Polls show" (capitalised only because it opens the sentence)
      const sentenceStart = t < 2 || this.sentOf[t - 2] !== this.sentOf[t - 1];
      if (
        /[^s']s$/.test(prev.lower) &&
        (!prev.cap || (sentenceStart && !/^(this|his|its|has|was|is|as|us|thus|yes)$/.test(prev.lower)))
      )
        return true;
      if (
        /^(democrats|republicans|americans|voters|officials|leaders|critics|supporters|lawmakers|members|data|people|media|police|majority|majorities)$/.test(
          prev.lower,
        )
      )
        return true;
      return false;
    }
    if (/[^s]s$/.test(tok.lower) && next && /^(of|from|on|in|by|for|among|between|against)$/.test(next.lower))
      return false;
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // noun phrases

  private isNpWord(t: Token, allowCap = true, prev?: Token, next?: Token): boolean {
    // a bare apostrophe after a plural or a name in -s is a possessive: "Sanders’ campaign", "the voters’ choice"
    if (
      t.kind === 'q' &&
      (t.text === '’' || t.text === "'") &&
      prev?.kind === 'w' &&
      /s$/i.test(prev.text) &&
      prev.end === t.start &&
      next?.kind === 'w' &&
      next.start > t.end
    )
      return true;
    if (t.kind !== 'w') return false;
    // a past form right after a name is its verb, whatever the lexicon says ("Clinton celebrated in Florida")
    if (
      !t.cap &&
      prev?.kind === 'w' &&
      prev.cap &&
      /[^e]ed$/.test(t.lower) &&
      !cueInfo(t.lower) &&
      /^(?:Adjective)?$/.test(lexTag(t.lower) ?? '') &&
      (!next || next.kind !== 'w' || ADJUNCT_PREPS.has(next.lower) || NP_STOP.has(next.lower))
    )
      return false;
    if (
      prev &&
      prev.kind === 'w' &&
      !t.cap &&
      /^(the|a|an|his|her|their|its|our|my|your|this|that|['’]s|new|executive|recent|latest)$/.test(prev.lower) &&
      !NP_STOP.has(t.lower)
    )
      return true;
    if (t.cap) return allowCap;
    if (NP_STOP.has(t.lower)) return false;
    if (/^['’]s$/.test(t.lower)) return true;
    // a name or a possessive before a noun: "the Clinton campaign", "Sanders’ campaign", "Trump’s campaign"
    const owner =
      !!prev &&
      ((prev.cap && prev.kind === 'w') ||
        /^['’]s$/.test(prev.lower) ||
        (prev.kind === 'q' && /^['’]$/.test(prev.text)));
    if (
      cueInfo(t.lower) &&
      !/s$/.test(t.lower) &&
      !(
        owner &&
        next &&
        next.kind === 'w' &&
        !NP_STOP.has(next.lower) &&
        (!cueInfo(next.lower) || cueInfo(t.lower)!.base === t.lower)
      )
    ) {
      // a noun between a name and the verb: "the Clinton campaign said", "the Trump campaign has"
      if (!(
        owner &&
        cueInfo(t.lower)!.base === t.lower &&
        next &&
        next.kind === 'w' &&
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
        prev.cap &&
        prev.kind === 'w' &&
        next &&
        next.kind === 'w' &&
        (!NP_STOP.has(next.lower) || /^(said|says|told|tells)$/.test(next.lower))
      ))
        return false;
    }
    return true;
  }

  /** The subject noun phrase ending right before token `end` (exclusive), walking backwards. */
  subjectBefore(end: number, limit: number): { t0: number; t1: number } | null {
    const toks = this.tokens;
    let j = end - 1;
    // skip auxiliaries and adverbs: "has also said"
    while (
      j >= limit &&
      toks[j].kind === 'w' &&
      !toks[j].cap &&
      AUX_ADV.has(toks[j].lower) &&
      !/^(who|which|that)$/.test(toks[j].lower)
    )
      j--;
    if (j < limit) return null;
    // relative pronoun: "Johnson, who said" -> Johnson
    if (toks[j].kind === 'w' && /^(who|which|that)$/.test(toks[j].lower)) {
      if (toks[j].lower === 'that') return null;
      let k = j - 1;
      if (k >= limit && toks[k].text === ',') k--;
      const np = this.npEndingAt(k, limit);
      return np;
    }
    // appositive: "Rucker Culpepper, who runs …, said" / "Meeks (D-N.Y.), chairman of the PAC, said"
    if (toks[j].text === ',') {
      const long = this.longAppositiveSubject(j, limit);
      if (long) return long;
      for (let k = j - 1; k >= Math.max(limit, j - 30); k--) {
        if (this.inQuote[k] >= 0) break;
        if (toks[k].text === ',' || (k > limit && toks[k].text === '(' && false)) {
          const np = this.npEndingAt(k - 1, limit);
          const seg0 = toks[k + 1];
          if (np && seg0 && seg0.kind === 'w' && (this.hasName(np) || this.isPronounNp(np))) return np;
          // "a top strategist, John Weaver, said": a description with the name in apposition
          if (np && this.nameRun(k + 1, j) && this.validSource(np)) return { t0: np.t0, t1: j };
          break;
        }
        if (SENT_END.has(toks[k].text)) break;
      }
      return null;
    }
    if (/^(—|–|-|--)$/.test(toks[j].text)) return this.longAppositiveSubject(j, limit);
    const np0 = this.npEndingAt(j, limit);
    const np = np0 ? this.shareBefore(np0, limit) : np0;
    if (np && !this.validSource(np)) {
      // "Experts on North Korea and nuclear nonproliferation said", "elected officials from both parties say"
      let cur = np;
      for (let n = 0; n < 3; n++) {
        let b = cur.t0 - 1;
        if (
          b - 1 < limit ||
          toks[b].kind !== 'w' ||
          !/^(on|in|from|at|of|for|with|across|around|and)$/.test(toks[b].lower) ||
          this.inQuote[b] >= 0
        )
          break;
        const prev = this.npEndingAt(b - 1, limit);
        if (!prev) break;
        if (
          toks[b].lower !== 'and' &&
          this.validSource(prev) &&
          !this.isPronounNp(prev) &&
          (!toks[prev.t1 - 1].cap || prev.t1 - 1 === limit)
        )
          return { t0: prev.t0, t1: np.t1 };
        cur = prev;
      }
      // "Democrats in Iowa who watched the Saturday debate said": the subject is the noun before "who"
      for (let k = np.t0 - 1; k > limit && np.t0 - k <= 12; k--) {
        const u = toks[k];
        if (this.inQuote[k] >= 0 || u.kind !== 'w') break;
        if (u.lower !== 'who') continue;
        let subj = this.npEndingAt(k - 1, limit);
        // "Democrats in Iowa", "voters from Ohio"
        while (subj && subj.t0 - 2 >= limit && /^(in|from|at|of)$/.test(toks[subj.t0 - 1].lower)) {
          const more = this.npEndingAt(subj.t0 - 2, limit);
          if (!more || !this.validSource(more)) break;
          subj = { t0: more.t0, t1: subj.t1 };
        }
        if (subj && this.validSource(subj)) return { t0: subj.t0, t1: np.t1 };
        break;
      }
    }
    return np;
  }

  /** "six in 10 (voters)", "one in four", "three-in-five GOP insiders", "55 percent", "a majority": a share of a group. */
  private isShare(np: { t0: number; t1: number }): boolean {
    const toks = this.tokens;
    for (let k = np.t0; k < np.t1; k++) {
      const l = toks[k].lower;
      if (
        l === 'in' &&
        k > np.t0 &&
        k + 1 < np.t1 &&
        NUMBER_WORD.test(toks[k - 1].lower) &&
        NUMBER_WORD.test(toks[k + 1].lower)
      )
        return true;
      if (/^\p{L}+-in-\p{L}+$|^\d+-in-\d+$/u.test(l)) return true;
      if (l === 'percent' || l === '%') return true;
    }
    return false;
  }

  /** Extend a subject ending in a number back over "six in" / "More than six in" ("More than six in 10 said"). */
  private shareBefore(np: { t0: number; t1: number }, limit: number): { t0: number; t1: number } {
    const toks = this.tokens;
    let k = np.t0;
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
    return { t0: k, t1: np.t1 };
  }

  /** "Name, description," right before token t: a subject with its apposition. */
  private appositiveBefore(t: number, limit: number): boolean {
    const np = this.subjectBefore(t, limit);
    if (!np || np.t0 === np.t1) return false;
    const toks = this.tokens;
    // the appositive branch returns the name before the first comma; make sure it starts the sentence (or follows an
    // opener like "But")
    for (let k = limit; k < np.t0; k++)
      if (toks[k].kind === 'w' && !/^(but|and|so|meanwhile|still|also)$/i.test(toks[k].text)) return false;
    return toks[np.t1]?.text === ',' && this.hasName(np);
  }

  /**
   * "Angelique Brunner, a developer and spokeswoman for the coalition, which is made up of investors, said …" /
   * "Kall -- co-editor of a book on the debates -- said …": a name opening the sentence, then a long apposition that
   * reports nothing, up to the punctuation at `j` right before the verb.
   */
  private longAppositiveSubject(j: number, limit: number): { t0: number; t1: number } | null {
    const toks = this.tokens;
    let k = limit;
    while (
      k < j &&
      (toks[k].kind !== 'w' || /^(but|and|so|meanwhile|still|also|yet)$/i.test(toks[k].text)) &&
      this.inQuote[k] < 0
    )
      k++;
    if (k >= j || this.inQuote[k] >= 0) return null;
    let np = this.npStartingAt(k, j);
    // a dateline: "WASHINGTON -- President Obama, dedicating the museum, said …"
    if (
      np &&
      /^(—|–|-|--)$/.test(toks[np.t1]?.text ?? '') &&
      toks.slice(np.t0, np.t1).every((u) => u.kind !== 'w' || u.text === u.text.toUpperCase())
    ) {
      np = np.t1 + 1 < j ? this.npStartingAt(np.t1 + 1, j) : null;
    }
    if (!np || !this.hasName(np) || !/^[,—–-]$|^--$/.test(toks[np.t1]?.text ?? '') || j - np.t1 > 45) return null;
    for (let m = np.t1; m < j; m++) {
      if (this.inQuote[m] >= 0 || SENT_END.has(toks[m].text)) return null;
      const c = toks[m].kind === 'w' && !toks[m].cap ? this.cueAt(m) : null;
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

  /** A plausible speaker: pronoun, name, or a noun for people, groups, outlets or documents. */
  validSource(np: { t0: number; t1: number } | null): boolean {
    if (!np) return false;
    const toks = this.tokens;
    if (this.isTimeNp(np)) return false;
    let h = np.t1 - 1;
    while (h > np.t0 && toks[h].kind !== 'w') h--;
    for (let i = np.t0 + 1; i < np.t1; i++)
      if (/^(of|for|at)$/.test(toks[i].lower)) {
        h = i - 1;
        break;
      }
    const head = toks[h];
    if (head.kind !== 'w') return false;
    if (/^(he|she|they|i|we|it|you|who)$/.test(head.lower)) return true;
    if (/^\d+-year-old$/.test(head.lower)) return true;
    if (this.isShare(np)) return true;
    // groups and quantities of people: "the two sides", "both", "several", "others", "another"
    if (!head.cap || np.t1 - np.t0 === 1 || /^(the|all|both)$/i.test(toks[np.t0].text)) {
      if (
        /^(sides|both|several|others|another|many|some|few|most|everyone|everybody|someone|somebody|nobody|anyone|folks|groups|parties|campaigns|camps|teams|families|couples|public|electorate|audience|crowd|establishment|administration|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/.test(
          head.lower,
        ) &&
        !/^(it|this|that|there)$/.test(toks[np.t0].lower)
      ) {
        // a bare number word is a group only with a determiner or as the whole subject ("The two spoke", "Several said")
        return true;
      }
    }
    if (/^\d/.test(head.text)) return false;
    if (head.cap) {
      if (np.t1 - np.t0 === 1 && (FUNCTION_WORDS.has(head.lower) || AUX_ADV.has(head.lower))) return false;
      // "Contrary to his claim", "Ironically, …": a sentence-initial adjective or adverb is not a name
      if (
        np.t1 - np.t0 === 1 &&
        (np.t0 === 0 || this.sentOf[np.t0 - 1] !== this.sentOf[np.t0]) &&
        (/Adjective|Adverb|Conjunction|Preposition/.test(lexTag(head.lower) ?? '') || /ly$/.test(head.lower))
      )
        return false;
      return true;
    }
    const hl = head.lower.replace(/['’]s$/, '');
    if (
      PERSON_NOUNS.has(hl) ||
      ORG_WORDS.has(hl) ||
      DOCUMENT_NOUNS.has(hl) ||
      MEDIA_HEADS.has(hl) ||
      this.isDocumentLike(np)
    )
      return true;
    // poll shares: "47 percent (of voters)", "half of GOP primary voters", "a majority"
    if (/^(percent|majority|plurality|half|third|thirds|quarter|fifth|most)$/.test(hl)) return true;
    if (/(?:ers|ists|ians|ors|ents|ants|ees|ives|ies)$/.test(hl) && !cueInfo(hl)) return true;
    if (lexTag(hl) === 'Actor') return true;
    return false;
  }

  /**
   * Next to a quote ("“…,” the organizer said" / "“…,” said a longtime adviser to Trump") the noun phrase is the
   * speaker unless it is plainly not a noun phrase: any common-noun head will do.
   */
  plausibleNextToQuote(np: { t0: number; t1: number }): boolean {
    if (this.validSource(np)) return true;
    if (this.isTimeNp(np)) return false;
    const toks = this.tokens;
    let h = np.t1 - 1;
    for (let i = np.t0 + 1; i < np.t1; i++)
      if (/^(of|for|at|in|with|from)$/.test(toks[i].lower)) {
        h = i - 1;
        break;
      }
    const head = toks[h];
    if (head.kind !== 'w' || NP_STOP.has(head.lower) || FUNCTION_WORDS.has(head.lower) || AUX_ADV.has(head.lower))
      return false;
    if (/^\d+$/.test(head.text)) return false;
    const tag = lexTag(head.lower);
    if (tag && /Verb|Tense|Infinitive|Gerund|Modal|Copula|Adverb|Preposition|Conjunction|Pronoun|Determiner/.test(tag))
      return false;
    // a determiner or a name must start it: "the organizer", "one Trump confidant"
    const first = toks[np.t0];
    return /^(the|a|an|one|another|this|that|his|her|their|its|our|my)$/.test(first.lower) || first.cap;
  }

  /** Tokens [a, b) are a short run of capitalised words (a name, maybe with initials). */
  private nameRun(a: number, b: number): boolean {
    if (b - a < 1 || b - a > 5) return false;
    for (let k = a; k < b; k++) {
      const u = this.tokens[k];
      if (u.kind !== 'w' || !u.cap || this.inQuote[k] >= 0 || FUNCTION_WORDS.has(u.lower)) return false;
    }
    return true;
  }

  /** Tokens [t, t1) hold no quote and no strong cue: a trailing adjunct or clause that reports nothing of its own. */
  private reportsNothing(t: number, t1: number): boolean {
    for (let k = t; k < t1; k++) {
      if (this.inQuote[k] >= 0) return false;
      const c = this.tokens[k].kind === 'w' ? this.cueAt(k) : null;
      if (c && (c.strength === 'strong' || c.sourceAfter)) return false;
    }
    return true;
  }

  /** A noun phrase whose head is a plain noun (not a verb, pronoun or function word). */
  private nounHeaded(np: { t0: number; t1: number }): boolean {
    const toks = this.tokens;
    let h = np.t1 - 1;
    for (let i = np.t0 + 1; i < np.t1; i++)
      if (/^(of|for|at|in|with|from|by)$/.test(toks[i].lower)) {
        h = i - 1;
        break;
      }
    const head = toks[h];
    if (
      head.kind !== 'w' ||
      NP_STOP.has(head.lower) ||
      FUNCTION_WORDS.has(head.lower) ||
      AUX_ADV.has(head.lower) ||
      this.isTimeNp(np)
    )
      return false;
    const tag = lexTag(head.lower);
    return !(
      tag &&
      /Verb|Tense|Infinitive|Gerund|Modal|Copula|Adverb|Preposition|Conjunction|Pronoun|Determiner/.test(tag) &&
      !/Noun|Singular|Plural/.test(tag)
    );
  }

  /** "Thursday morning", "August", "last week": a time, not a speaker. */
  private isTimeNp(np: { t0: number; t1: number }): boolean {
    const toks = this.tokens;
    const w = toks[np.t0].lower;
    if (TIME_NOUNS.has(w)) return true;
    if (
      /^(last|this|next|early|late|earlier|later)$/.test(w) &&
      np.t1 - np.t0 >= 2 &&
      TIME_NOUNS.has(toks[np.t0 + 1].lower)
    )
      return true;
    return false;
  }

  private hasName(np: { t0: number; t1: number }): boolean {
    for (let k = np.t0; k < np.t1; k++) if (this.tokens[k].cap && k > np.t0) return true;
    const t = this.tokens[np.t0];
    return t.cap && !/^(the|a|an|this|that)$/.test(t.lower);
  }

  private isPronounNp(np: { t0: number; t1: number }): boolean {
    return np.t1 - np.t0 === 1 && /^(he|she|they|i|we|it|you)$/.test(this.tokens[np.t0].lower);
  }

  /** NP whose last token is j. */
  npEndingAt(j: number, limit: number): { t0: number; t1: number } | null {
    const toks = this.tokens;
    // skip a parenthetical "(D-Ill.)"
    if (j >= limit && toks[j].text === ')') {
      let k = j - 1;
      while (k >= limit && toks[k].text !== '(' && j - k < 12) k--;
      if (k >= limit && toks[k].text === '(') j = k - 1;
    }
    if (j < limit || this.inQuote[j] >= 0) return null;
    const last = toks[j];
    if (last.kind !== 'w') return null;
    if (/^(he|she|they|i|we|it|you)$/.test(last.lower)) return { t0: j, t1: j + 1 };
    if (!this.isNpWord(last, true, toks[j - 1], toks[j + 1])) return null;
    let k = j;
    let n = 0;
    while (k - 1 >= limit && n < 12) {
      const u = toks[k - 1];
      if (this.inQuote[k - 1] >= 0) break;
      if (
        u.kind === 'w' &&
        /^(of|for|at)$/.test(u.lower) &&
        k - 2 >= limit &&
        this.isNpWord(toks[k - 2]) &&
        !toks[k - 2].cap === false
      ) {
        k--;
        n++;
        continue;
      }
      if (
        u.kind === 'w' &&
        /^(of|for|at)$/.test(u.lower) &&
        k - 2 >= limit &&
        this.isNpWord(toks[k - 2]) &&
        !NP_STOP.has(toks[k - 2].lower)
      ) {
        k--;
        n++;
        continue;
      }
      if (
        u.kind === 'w' &&
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
      if (!this.isNpWord(u, true, toks[k - 2], toks[k])) break;
      // sentence-initial capitalised function/adverb word: "Separately Trump said"
      if (u.cap && (k - 1 === limit || this.sentOf[k - 2] !== this.sentOf[k - 1])) {
        const tag = lexTag(u.lower);
        if (tag && /Adverb|Conjunction|Preposition|Determiner/.test(tag)) break;
      }
      k--;
      n++;
    }
    // trim leading possessive-less junk like "and"
    while (k <= j && toks[k].kind === 'w' && NP_STOP.has(toks[k].lower) && !/^(the|a|an)$/.test(toks[k].lower)) k++;
    if (k > j) return null;
    return { t0: k, t1: j + 1 };
  }

  /** NP starting at token i going forward (inverted "said Smith", "according to the order"). */
  npStartingAt(i: number, limit: number): { t0: number; t1: number } | null {
    const toks = this.tokens;
    if (i >= limit || this.inQuote[i] >= 0) return null;
    const first = toks[i];
    if (first.kind !== 'w') return null;
    if (/^(he|she|they|i|we|it|you)$/.test(first.lower)) return { t0: i, t1: i + 1 };
    let k = i;
    if (/^(the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|one|two|several|other)$/.test(first.lower))
      k++;
    let sawHead = false;
    while (k < limit && k - i < 14) {
      const u = toks[k];
      if (this.inQuote[k] >= 0) break;
      if (u.lower === 'of' && sawHead && k + 1 < limit && TITLES[`${toks[k - 1].lower} of ${toks[k + 1].lower}`]) {
        // "former secretary of state Hillary Clinton"
        k += 2;
        continue;
      }
      if (
        u.kind === 'w' &&
        /^(of|for|at)$/.test(u.lower) &&
        sawHead &&
        k + 1 < limit &&
        toks[k + 1].kind === 'w' &&
        (toks[k + 1].cap || /^(the|a|an|its|his|her|their)$/.test(toks[k + 1].lower))
      ) {
        k++;
        continue;
      }
      if (u.kind === 'w' && /^(the|a|an)$/.test(u.lower) && k > i && /^(of|for|at)$/.test(toks[k - 1].lower)) {
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
      if (!this.isNpWord(u, true, toks[k - 1], toks[k + 1])) {
        // a verb-like first word used as a modifier: "according to state law", "said campaign officials"
        const n = toks[k + 1];
        const nt = n ? lexTag(n.lower) : undefined;
        if (!(
          k === i &&
          u.kind === 'w' &&
          !NP_STOP.has(u.lower) &&
          !FUNCTION_WORDS.has(u.lower) &&
          !ADJUNCT_PREPS.has(u.lower) &&
          !/Preposition|Adverb|Pronoun|Determiner/.test(lexTag(u.lower) ?? '') &&
          n &&
          n.kind === 'w' &&
          this.inQuote[k + 1] < 0 &&
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
      (toks[k - 1].kind !== 'w' || /^(of|for|at|the|a|an)$/.test(toks[k - 1].lower)) &&
      toks[k - 1].text !== ')'
    )
      k--;
    if (k <= i) return null;
    return { t0: i, t1: k };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // sentences

  private analyzeSentence(si: number, usedQuotes: Set<number>): RawAttribution[] {
    const s = this.sentences[si];
    const toks = this.tokens;
    const out: RawAttribution[] = [];
    const cues = this.sentenceCues[si];
    // quotes in this sentence
    const sentQuotes: number[] = [];
    for (let t = s.t0; t < s.t1; t++) {
      const qi = this.inQuote[t];
      // a quote's tokens are consecutive, so a new one shows at its first token
      if (qi >= 0 && qi !== this.inQuote[t - 1] && this.quotes[qi].t0 >= s.t0) sentQuotes.push(qi);
    }
    // colon cue: "PENCE: …", "Pat Caddell: …" at the start of a paragraph
    const colon = this.colonAttribution(si);
    if (colon) out.push(colon);
    const dash = this.dashAttribution(si);
    if (dash) out.push(dash);
    if (!colon && !dash) for (const r of this.raisingAttributions(si)) out.push(r);
    if (!colon && !dash) for (const r of this.stanceAdjectives(si)) out.push(r);
    if (!colon && !dash) for (const r of this.stanceNouns(si)) out.push(r);

    const claimed = new Set<number>([...(colon ? colon.quotes : []), ...(dash ? dash.quotes : [])]);

    // the next cue that can start an attribution of its own (weak cues inside a reported clause — "he had not seen" —
    // rarely do), found from the end so that a sentence full of cues costs one pass
    const nextStrong: Cue[] = [];
    for (let ci = cues.length - 1, found: Cue | undefined; ci >= 0; ci--) {
      nextStrong[ci] = found ?? cues[ci + 1];
      if (cues[ci].strength === 'strong' || cues[ci].sourceAfter) found = cues[ci];
    }
    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci];
      const nextCue = nextStrong[ci];
      const a = this.attributeCue(si, cue, nextCue, sentQuotes, claimed, out);
      if (a) {
        a.quotes.forEach((q) => claimed.add(q));
        out.push(a);
      }
    }
    return out;
  }

  /**
   * Evidential and expectation verbs with nobody named: "Clinton seemed irritated", "the fax machine appears to have
   * been broken", "Trump is expected to win". The reported content is the subject together with its complement.
   */
  private raisingAttributions(si: number): RawAttribution[] {
    const s = this.sentences[si];
    const toks = this.tokens;
    const out: RawAttribution[] = [];
    for (let t = s.t0 + 1; t < s.t1 - 1; t++) {
      const u = toks[t];
      if (u.kind !== 'w' || this.inQuote[t] >= 0) continue;
      let cue: { t0: number; t1: number } | null = null;
      let subjEnd = t;
      if (RAISING_VERB.test(u.lower) && u.lower !== 'expected') {
        cue = { t0: t, t1: t + 1 };
        // "appeared on Fox", "appears in court": only with a complement that describes or reports
        const n = toks[t + 1];
        if (
          !n ||
          n.kind !== 'w' ||
          /^(on|in|at|before|with|for|from|as|alongside|onstage|together|again)$/.test(n.lower)
        )
          continue;
      } else if (
        u.lower === 'expected' &&
        /^(is|are|was|were|be|been|being|’s|'s)$/.test(toks[t - 1].lower) &&
        toks[t + 1]?.lower === 'to'
      ) {
        cue = { t0: t - 1, t1: t + 1 };
        subjEnd = t - 1;
      } else continue;
      let j = subjEnd - 1;
      while (
        j >= s.t0 &&
        toks[j].kind === 'w' &&
        AUX_ADV.has(toks[j].lower) &&
        !/^(who|which|that)$/.test(toks[j].lower)
      )
        j--;
      const np = j >= s.t0 ? this.npEndingAt(j, s.t0) : null;
      if (!np) continue;
      const c1 = this.clauseEnd(cue.t1, s.t1, s.t1);
      if (c1 <= cue.t1) continue;
      const parts: Range[] = [];
      if (!(np.t1 - np.t0 === 1 && /^(it|there)$/.test(toks[np.t0].lower)))
        parts.push({ start: toks[np.t0].start, end: toks[np.t1 - 1].end });
      parts.push({ start: toks[cue.t1].start, end: toks[c1 - 1].end });
      out.push({
        cue,
        source: null,
        parts,
        quotes: [],
        kind: 'indirect',
        sentence: si,
        clause: { t0: cue.t1, t1: c1 },
      });
    }
    return out;
  }

  /**
   * Stances held in an adjective: "Graham has been critical of Trump", "aides were coy about whether …", "Democratic
   * leaders increasingly worried about a lack of passion". The content is what the stance is about.
   */
  private stanceAdjectives(si: number): RawAttribution[] {
    const s = this.sentences[si];
    const toks = this.tokens;
    const out: RawAttribution[] = [];
    for (let t = s.t0 + 1; t < s.t1 - 2; t++) {
      const u = toks[t];
      if (u.kind !== 'w' || u.cap || this.inQuote[t] >= 0) continue;
      const preps = STANCE_ADJECTIVES.get(u.lower);
      const p = toks[t + 1];
      if (!preps || p.kind !== 'w' || !preps.has(p.lower) || this.inQuote[t + 1] >= 0) continue;
      // back over adverbs and a copula to the subject
      let j = t - 1;
      while (
        j > s.t0 &&
        toks[j].kind === 'w' &&
        !toks[j].cap &&
        /^(too|so|very|more|less|most|least|increasingly|deeply|particularly|especially|not|n't|n’t|also|still|already|openly|publicly|privately|sharply|highly|extremely|fairly|quite|rather|somewhat|equally|remained|remain|remains|become|became|becoming|grew|grown|got|seem|seems|seemed|appear|appears|appeared|feel|feels|felt|is|are|was|were|be|been|being|am|has|have|had|will|would|could|should|may|might|’s|'s|’re|'re)$/.test(
          toks[j].lower,
        )
      )
        j--;
      const np = this.npEndingAt(j, s.t0);
      if (!np || !this.validSource(np) || this.isInsideQuote(np)) continue;
      const c0 = t + 2;
      const c1 = this.clauseEnd(c0, s.t1, s.t1);
      if (c1 <= c0 || toks[c0].kind !== 'w') continue;
      // quoted words nearby belong to the speech verbs around, not to a stance
      let quoted = false;
      for (let m = c0; m < c1 && !quoted; m++) quoted = this.inQuote[m] >= 0;
      if (quoted) continue;
      out.push({
        cue: { t0: t, t1: t + 2 },
        source: np,
        parts: [{ start: toks[c0].start, end: toks[c1 - 1].end }],
        quotes: [],
        kind: 'indirect',
        sentence: si,
        clause: { t0: c0, t1: c1 },
      });
      t = c1;
    }
    return out;
  }

  /**
   * Stances and statements named by a noun: "his criticism of the plan", "Trump’s attacks on the judge", "questions
   * about her health", "calls for a recount". The content is what they are about; the owner, when there is one, the
   * source.
   */
  private stanceNouns(si: number): RawAttribution[] {
    const s = this.sentences[si];
    const toks = this.tokens;
    const out: RawAttribution[] = [];
    for (let t = s.t0; t < s.t1 - 2; t++) {
      const u = toks[t];
      if (u.kind !== 'w' || u.cap || this.inQuote[t] >= 0) continue;
      const preps = STANCE_NOUNS.get(u.lower);
      const p = toks[t + 1];
      if (!preps || p.kind !== 'w' || !preps.has(p.lower) || this.inQuote[t + 1] >= 0) continue;
      // the owner: "his", "Trump’s", "the senator’s"
      let source: { t0: number; t1: number } | null = null;
      let j = t - 1;
      while (
        j >= s.t0 &&
        toks[j].kind === 'w' &&
        !toks[j].cap &&
        /^(repeated|recent|latest|new|harsh|sharp|fierce|withering|public|frequent|earlier|early|strong|vocal|many|several|numerous|renewed|growing|continued|initial|infamous|controversial|own)$/.test(
          toks[j].lower,
        )
      )
        j--;
      if (j >= s.t0 && /^(his|her|their|its|my|our)$/.test(toks[j].lower)) source = { t0: j, t1: j + 1 };
      else if (j >= s.t0 && /^['’]s$/.test(toks[j].text)) {
        const np = this.npEndingAt(j - 1, s.t0);
        if (np && this.validSource(np)) source = { t0: np.t0, t1: j + 1 };
      }
      // without an owner, only nouns that nearly always report a stance held by somebody ("questions about her
      // health", "calls for a recount", "criticism of the plan"); "support for", "an attack on", "a comment on" name
      // as often a policy, a military strike or an invitation to comment
      if (!source && !OWNERLESS_STANCE.test(`${u.lower} ${p.lower}`)) continue;
      const c0 = t + 2;
      let c1 = c0;
      // the object: up to the next comma, semicolon, dash or sentence end
      while (c1 < s.t1 && this.inQuote[c1] < 0 && !/^[,;:.!?()—–]$|^--$/.test(toks[c1].text) && c1 - c0 < 25) c1++;
      if (c1 <= c0 || toks[c0].kind !== 'w' || c1 - c0 >= 25) continue;
      let quoted = false;
      for (let m = c0; m < c1 && !quoted; m++) quoted = this.inQuote[m] >= 0;
      if (quoted) continue;
      out.push({
        cue: { t0: t, t1: t + 2 },
        source,
        parts: [{ start: toks[c0].start, end: toks[c1 - 1].end }],
        quotes: [],
        kind: 'indirect',
        sentence: si,
        clause: { t0: c0, t1: c1 },
      });
      t = c1;
    }
    return out;
  }

  /** "“…” ― Sonya Herridge": a quote signed with a dash and a name at the end of the paragraph. */
  private dashAttribution(si: number): RawAttribution | null {
    const s = this.sentences[si];
    const toks = this.tokens;
    for (let t = s.t0; t < s.t1; t++) {
      const qi = this.inQuote[t];
      if (qi < 0 || this.quotes[qi].t1 !== t) continue;
      const d = toks[t + 1];
      if (!d || d.para !== toks[t].para || !/^(―|—|–|-|--)$/.test(d.text)) continue;
      const np = this.npStartingAt(t + 2, s.t1);
      if (!np || !toks[np.t0].cap) continue;
      const after = toks[np.t1];
      if (after && after.para === d.para && !/^[,.(]$/.test(after.text)) continue;
      const q = this.quotes[qi];
      if (!this.onlyPunctBefore(s.t0, q.t0)) continue;
      return {
        cue: { t0: t + 1, t1: t + 2 },
        source: np,
        parts: [...q.pieces],
        quotes: [qi],
        kind: 'direct',
        sentence: si,
      };
    }
    return null;
  }

  private colonAttribution(si: number): RawAttribution | null {
    const s = this.sentences[si];
    const toks = this.tokens;
    const p = this.paragraphs[s.para];
    if (s.t0 !== p.t0) return null;
    const q0 = this.inQuote[s.t0];
    if (q0 >= 0 && this.quotes[q0].t0 === s.t0 && transcriptTurn(toks, s.t0 + 1, p.t1)) {
      // '"WALLACE: Let’s start …' — a transcript quoted paragraph by paragraph: the turn is the quote after the colon
      let c = s.t0 + 1;
      while (toks[c].text !== ':') c++;
      const q = this.quotes[q0];
      const parts: Range[] = q.pieces.map((pc, i) =>
        i === 0 ? { start: toks[c + 1]?.start ?? pc.end, end: pc.end } : { ...pc },
      );
      if (parts[0].end <= parts[0].start) return null;
      return {
        cue: { t0: c, t1: c + 1 },
        source: { t0: s.t0 + 1, t1: c },
        parts,
        quotes: [q0],
        kind: 'direct',
        sentence: si,
      };
    }
    // NAME: at paragraph start, up to 4 name tokens
    let k = s.t0;
    while (k < s.t1 && k - s.t0 < 5 && toks[k].kind === 'w' && toks[k].cap) k++;
    if (k === s.t0 || k >= s.t1 || toks[k].text !== ':' || this.inQuote[k] >= 0) return null;
    const after = toks[k + 1];
    if (!after || after.para !== toks[k].para) return null;
    const qi = this.inQuote[k + 1];
    // a transcript turn ("PENCE: Well, I think …") runs to the end of its paragraph
    const allCaps = toks.slice(s.t0, k).every((u) => u.text === u.text.toUpperCase() && /\p{Lu}/u.test(u.text));
    if (qi < 0) {
      // labels, not speakers: "The Latest: …", "Clinton: 547", "EMAIL: …", "CORRECTION: …"
      if (/^(the|a|an)$/.test(toks[s.t0].lower)) return null;
      let words = 0;
      for (let m = k + 1; m < p.t1 && words < 3; m++)
        if (toks[m].kind === 'w' && /\p{L}/u.test(toks[m].text) && !toks[m].text.includes('@')) words++;
      if (words < 3) return null;
      if (
        allCaps &&
        !this.knownTurnName(
          toks
            .slice(s.t0, k)
            .map((u) => u.text)
            .join(' '),
        )
      ) {
        // an unknown label still opens a turn when what follows is somebody talking ("I", "we", "you")
        let talk = false;
        for (let m = k + 1; m < p.t1 && !talk; m++)
          talk = toks[m].kind === 'w' && /^(i|we|you|my|our|me|us)$/.test(toks[m].lower);
        if (!talk) return null;
      }
    }
    const lastSi = allCaps && qi < 0 ? this.sentOf[p.t1 - 1] : si;
    const end = this.sentenceContentEnd(lastSi, p.t1);
    const parts: Range[] = [{ start: after.start, end }];
    const quotes: number[] = [];
    if (qi >= 0) quotes.push(qi);
    return {
      cue: { t0: k, t1: k + 1 },
      source: { t0: s.t0, t1: k },
      parts,
      quotes,
      kind: qi >= 0 ? 'direct' : 'indirect',
      sentence: si,
    };
  }

  /** An all-caps turn label is a speaker when it names someone in the text ("Ramos") or opens several turns. */
  private knownTurnName(name: string): boolean {
    // Each look searches the whole text: asked once per name, however many turns it opens.
    let known = this.knownTurnNames.get(name);
    if (known === undefined) {
      const title = name
        .split(' ')
        .map((w) => w[0] + w.slice(1).toLowerCase())
        .join(' ');
      let n = 0;
      for (let i = this.text.indexOf(name + ':'); i >= 0 && n < 2; i = this.text.indexOf(name + ':', i + 1)) n++;
      known = this.text.includes(title) || n >= 2;
      this.knownTurnNames.set(name, known);
    }
    return known;
  }

  /** End offset of reported content that runs to the end of the sentence / paragraph (final period excluded). */
  private sentenceContentEnd(si: number, tLimit: number): number {
    const toks = this.tokens;
    const s = this.sentences[si];
    let e = Math.min(s.t1, tLimit) - 1;
    while (
      e > s.t0 &&
      toks[e].kind === 'p' &&
      /^[.,;:!?…\-—–)]$|^\.\.\.$|^--$/.test(toks[e].text) &&
      this.inQuote[e] < 0
    )
      e--;
    return toks[e].end;
  }

  private quoteEndsBefore(t: number, si: number): number {
    // quote index whose closing mark is right before token t (allowing a comma or dash between)
    const toks = this.tokens;
    let k = t - 1;
    const s = this.sentences[si];
    if (k >= s.t0 && (toks[k].text === ',' || toks[k].text === '—' || toks[k].text === '--' || toks[k].text === '–'))
      k--;
    if (k >= s.t0 && this.inQuote[k] >= 0 && this.quotes[this.inQuote[k]].t1 === k) return this.inQuote[k];
    // ",”" — comma before the closing mark is inside the quote; also "”," handled above
    return -1;
  }

  private attributeCue(
    si: number,
    cue: { t0: number; t1: number; sourceAfter: boolean; base: string; strength: 'strong' | 'weak' },
    nextCue: { t0: number } | undefined,
    sentQuotes: number[],
    claimed: Set<number>,
    prior: RawAttribution[],
  ): RawAttribution | null {
    const s = this.sentences[si];
    const toks = this.tokens;
    const isSpeech = SPEECH_BASES.has(cue.base) || cue.sourceAfter;
    const ambiguous = AMBIGUOUS_CUES.has(toks[cue.t0].lower) && cue.t1 - cue.t0 === 1;
    const cueTok = toks[cue.t0];

    let source: { t0: number; t1: number } | null = null;
    let head = cue.t0; // first token of the source+cue group
    let tail = cue.t1; // token after the source+cue group
    let inverted = false;

    // "When asked whether …", "Asked about …", "was asked what …": a question put to somebody, with nobody named asking
    if (cue.base === 'ask' && cue.t1 - cue.t0 === 1) {
      const passive = this.passiveAsk(si, cue.t0);
      if (passive) return passive;
    }
    if (cue.sourceAfter) {
      // "according to X": the source runs to the next comma or the end of the sentence ("according to Democratic
      // and independent analysts", "according to the average of recent polls compiled by Real Clear Politics")
      source = this.npStartingAt(cue.t1, s.t1);
      // "according to" names its source whatever it is ("state law", "officials familiar with the system")
      if (!source || !(this.plausibleNextToQuote(source) || this.nounHeaded(source))) return null;
      let e = source.t1;
      while (e < s.t1 && this.inQuote[e] < 0 && !/^[,;:.!?—–()]$|^--$/.test(toks[e].text) && e - cue.t1 < 25) e++;
      if (e >= s.t1 || /^[,;:.!?—–)]$|^--$/.test(toks[e].text)) source = { t0: source.t0, t1: e };
      tail = source.t1;
      inverted = toks[cue.t0 - 1]?.text === ',';
    } else {
      // inverted "“…,” said Smith" / "…, said Smith."
      const qBefore = this.quoteEndsBefore(cue.t0, si);
      const prevTok = toks[cue.t0 - 1];
      let afterNp = this.npStartingAt(cue.t1, s.t1);
      if (
        (qBefore >= 0 || (prevTok && prevTok.text === ',')) &&
        afterNp &&
        isSpeech &&
        !/^(he|she|they|i|we|it|you)$/.test(toks[afterNp.t0].lower) === false
      ) {
        // "said he" is rare; fall through to normal order
      }
      const notPronoun = !!afterNp && !/^(he|she|they|i|we|it|you|that|this)$/.test(toks[afterNp.t0].lower);
      // "Samantha Phillips, the city’s emergency director, said the heat …": a name and its apposition before the comma
      // are the subject, not a fronted clause
      const appositiveSubject = qBefore < 0 && prevTok?.text === ',' && this.appositiveBefore(cue.t0, s.t0);
      const invertedOk =
        !!afterNp &&
        isSpeech &&
        !appositiveSubject &&
        (((qBefore >= 0 || (prevTok && prevTok.text === ',' && SAY_LIKE.test(cue.base))) &&
          notPronoun &&
          !(LISTENER_VERBS.has(cue.base) && qBefore < 0) &&
          this.plausibleNextToQuote(afterNp) &&
          this.attributionTailOk(afterNp.t1, s.t1)) ||
          ((qBefore >= 0 || (prevTok && prevTok.text === ',' && !LISTENER_VERBS.has(cue.base))) &&
            this.endsClause(afterNp.t1, s.t1) &&
            this.validSource(afterNp)));
      if (afterNp && invertedOk) {
        source = afterNp;
        inverted = true;
        // the source's own modifiers ("a source close to him", "an aide who spoke on condition …") end at a comma
        // "said a top strategist, John Weaver."
        if (toks[afterNp.t1]?.text === ',' && !this.hasName(afterNp)) {
          let n = afterNp.t1 + 1;
          while (n < s.t1 && n - afterNp.t1 <= 5 && toks[n].kind === 'w' && toks[n].cap) n++;
          if (n > afterNp.t1 + 1 && (n >= s.t1 || /^[,.;]$/.test(toks[n].text)) && this.nameRun(afterNp.t1 + 1, n))
            source = afterNp = { t0: afterNp.t0, t1: n };
        }
        let e = afterNp.t1;
        while (e < s.t1 && this.inQuote[e] < 0 && !/^[,;:.!?—–(]$|^--$/.test(toks[e].text) && e - afterNp.t1 < 15) e++;
        tail = e < s.t1 && toks[e].text === ',' ? e : afterNp.t1;
        if (e >= s.t1 || /^[.!?]$/.test(toks[e].text)) tail = e;
      } else {
        // "…, arguing that …": a participle after a comma shares the sentence's subject, not the noun before the comma
        const participle = /ing$/.test(cueTok.lower) && toks[cue.t0 - 1]?.text === ',';
        source = participle ? null : this.subjectBefore(cue.t0, s.t0);
        if (source && !this.validSource(source)) {
          // "“…,” the organizer told them."
          if (!(
            isSpeech &&
            (this.quoteEndsBefore(source.t0, si) >= 0 ||
              /^(say|tell|add|write|tweet|note|explain|argue|claim|insist)$/.test(cue.base)) &&
            this.plausibleNextToQuote(source)
          ))
            return null;
        }
        if (source) head = Math.min(source.t0, cue.t0);
        if (!source) {
          // participles and coordination share the sentence subject: "…, saying …" / "… and told CBS that …"
          const prev = prior.filter((p) => p.sentence === si && p.source && p.cue && p.cue.t0 < cue.t0).pop();
          // "… but has said she will …": the conjunction before the auxiliaries
          let pj = cue.t0 - 1;
          while (
            pj > s.t0 &&
            toks[pj].kind === 'w' &&
            !toks[pj].cap &&
            AUX_ADV.has(toks[pj].lower) &&
            !/^(and|but|then)$/.test(toks[pj].lower)
          )
            pj--;
          const p1 = toks[pj];
          if (participle) {
            // "…, Nefzi said, adding …" shares the attribution's speaker; "…, an architect who said …, saying …"
            // the sentence's subject
            const relative = !!prev?.source && /^(who|which|that)$/.test(toks[prev.source.t1]?.lower ?? '');
            const prevBase = prev?.cue ? (cueInfo(toks[prev.cue.t0].lower)?.base ?? '') : '';
            const usePrev = !!prev?.source && !relative && this.validSource(prev.source) && SPEECH_BASES.has(prevBase);
            const subj = usePrev ? null : this.sentenceSubject(si, cue.t0);
            source = subj && !this.isInsideQuote(subj) ? subj : (prev?.source ?? null);
          } else if (prev && (/ing$/.test(cueTok.lower) || (p1 && /^(and|but|,)$/.test(p1.lower)))) {
            source = prev.source;
          } else if (/ing$/.test(cueTok.lower) || (p1 && /^(and|but|,|then)$/.test(p1.lower))) {
            source = this.sentenceSubject(si, cue.t0);
          }
          if (!source && !inverted) {
            // "“…,” the mayor said in a statement" handled above; otherwise need some source
            if (!(p1 && this.inQuote[cue.t0 - 1] >= 0)) return null;
            return null;
          }
        }
      }
    }

    // ----- content
    // 1. quote right before the group: "“…,” Johnson said."
    let qBefore = this.quoteEndsBefore(head, si);
    if (qBefore < 0 && source && !inverted && isSpeech && source.t0 === head) {
      // "“…,” Fight for $15 organizing director Kendall Fells told …": a long name phrase between quote and verb
      let k = head - 1;
      while (
        k >= s.t0 &&
        head - k <= 8 &&
        this.inQuote[k] < 0 &&
        (toks[k].kind === 'w' || /^[$&\-]$/.test(toks[k].text)) &&
        !cueInfo(toks[k].lower)
      )
        k--;
      if (k >= s.t0 && head - k <= 8 && k < head - 1) {
        const qb = this.quoteEndsBefore(k + 1, si);
        if (qb >= 0 && /^[,—–]$|^--$/.test(toks[k].text) === false) {
          qBefore = qb;
          source = { t0: k + 1, t1: source.t1 };
          head = k + 1;
        }
      }
    }
    const parts: Range[] = [];
    const quotes: number[] = [];
    let kind: RawAttribution['kind'] = 'indirect';
    let clause: { t0: number; t1: number } | undefined;
    // a title before the attribution ("In his book, “Make Your Kid a Millionaire,” McKinley suggested …") is not its content
    if (qBefore >= 0 && this.looksLikeTitle(qBefore) && !this.onlyPunctBefore(s.t0, this.quotes[qBefore].t0))
      qBefore = -1;
    if (qBefore >= 0 && !claimed.has(qBefore) && isSpeech) {
      const q = this.quotes[qBefore];
      // the quote must start the sentence (possibly after an earlier quote chain) to be direct
      const qStartsSentence = q.t0 === s.t0 || this.onlyPunctBefore(s.t0, q.t0);
      if (qStartsSentence) {
        parts.push(...q.pieces);
        quotes.push(qBefore);
        kind = 'direct';
        // broken quote: "“A,” he said, “B.”"
        const after = this.skipAdjuncts(tail, s.t1, false);
        let k = after;
        if (k < s.t1 && toks[k].text === ',') k++;
        if (
          k < s.t1 &&
          this.inQuote[k] >= 0 &&
          this.quotes[this.inQuote[k]].t0 === k &&
          !claimed.has(this.inQuote[k])
        ) {
          const q2 = this.quotes[this.inQuote[k]];
          parts.push(...q2.pieces);
          quotes.push(this.inQuote[k]);
        }
      } else {
        // "He called it “a disaster,” Smith said": the whole fronted clause is the content
        const end = q.end;
        const startTok = this.clauseStart(s.t0, q.t0);
        parts.push({ start: toks[startTok].start, end });
        for (const qi of sentQuotes) if (this.quotes[qi].t0 >= startTok && this.quotes[qi].t1 < head) quotes.push(qi);
        kind = 'partial';
        clause = { t0: startTok, t1: q.t1 + 1 };
      }
    }
    if (!parts.length) {
      // 2. fronted clause without quotes: "The plan will fail, Smith said." — group must end the sentence
      // "Clinton leads by 271 delegates according to a count by The Associated Press."
      const commaBefore =
        head - 1 > s.t0 &&
        (toks[head - 1].text === ',' || (cue.sourceAfter && toks[head - 1].kind === 'w' && this.inQuote[head - 1] < 0));
      const rest = this.skipAdjuncts(tail, s.t1, true);
      // "Sales were great, he said, wiping sweat off his brow." / "…, Nefzi said, adding, “…”"
      const restShort =
        inverted ||
        this.onlyFinalPunct(rest, s.t1) ||
        (toks[rest]?.text === ',' &&
          toks[rest + 1]?.kind === 'w' &&
          this.inQuote[rest + 1] < 0 &&
          this.finiteClause(s.t0, head - 1) &&
          (/ing$/.test(toks[rest + 1].lower) || this.reportsNothing(rest + 1, s.t1)));
      const frontEnd = toks[head - 1]?.text === ',' ? head - 1 : head;
      // "In addition, according to the department, …": an adverbial opener is not the reported clause
      const frontOk =
        !cue.sourceAfter ||
        this.finiteClause(s.t0, frontEnd) ||
        this.onlyFinalPunct(this.skipAdjuncts(tail, s.t1, true), s.t1);
      if (
        commaBefore &&
        restShort &&
        frontOk &&
        (isSpeech || cue.sourceAfter || cue.strength === 'strong') &&
        !(QUOTE_ONLY_BASES.has(cue.base) && !sentQuotes.some((q) => this.quotes[q].t1 < head))
      ) {
        const c0 = this.clauseStart(s.t0, head - 1);
        const c1 = frontEnd;
        if (c1 > c0) {
          parts.push({ start: toks[c0].start, end: toks[c1 - 1].end });
          for (const qi of sentQuotes) if (this.quotes[qi].t0 >= c0 && this.quotes[qi].t1 < c1) quotes.push(qi);
          kind = quotes.length ? (this.onlyQuotes(c0, c1) ? 'direct' : 'partial') : 'indirect';
          clause = { t0: c0, t1: c1 };
        }
      }
    }
    if (!parts.length) {
      // 3. content after the cue: listener, adjuncts, "that", a quote or a clause
      let k = tail;
      if (LISTENER_VERBS.has(cue.base) || cue.base === 'ask') {
        const listener = this.npStartingAt(k, s.t1);
        if (listener && !(toks[k].lower === 'that')) k = listener.t1;
      }
      k = this.skipAdjuncts(k, s.t1, false);
      let sawPunct = false;
      while (
        k < s.t1 &&
        (toks[k].text === ',' || toks[k].text === ':' || toks[k].text === '—' || toks[k].text === '--')
      ) {
        k++;
        sawPunct = true;
      }
      if (k >= s.t1) {
        // "He said:" at the end of a paragraph introduces the next paragraph(s)
        const last = toks[s.t1 - 1];
        if ((last.text === ':' || (last.text === ',' && isSpeech)) && isSpeech) {
          const nextSi = si + 1;
          const ns = this.sentences[nextSi];
          if (ns && ns.para !== s.para) {
            const nq = this.inQuote[ns.t0];
            if (nq >= 0 && !claimed.has(nq)) {
              const q = this.quotes[nq];
              return { cue, source, parts: [...q.pieces], quotes: [nq], kind: 'direct', sentence: si };
            }
            // unquoted block after "X reports:"
            return {
              cue,
              source,
              parts: [{ start: toks[ns.t0].start, end: this.sentenceContentEnd(nextSi, this.paragraphs[ns.para].t1) }],
              quotes: [],
              kind: 'indirect',
              sentence: si,
            };
          }
        }
        return null;
      }
      const qi = this.inQuote[k];
      if (
        qi >= 0 &&
        this.quotes[qi].t0 === k &&
        !claimed.has(qi) &&
        isSpeech &&
        !(this.looksLikeTitle(qi) && ADJUNCT_PREPS.has(toks[k - 1].lower))
      ) {
        const q = this.quotes[qi];
        // direct if the quote runs to the end of the sentence, else partial within a clause
        const afterQ = q.t1 + 1;
        if (
          this.endsClause(afterQ, s.t1) ||
          (nextCue && nextCue.t0 > q.t1 && this.onlyPunctBetween(afterQ, nextCue.t0))
        ) {
          parts.push(...q.pieces);
          quotes.push(qi);
          kind = 'direct';
        }
      }
      if (!parts.length) {
        // clause content
        let c0 = k;
        let c1 = this.clauseEnd(k, s.t1, nextCue ? nextCue.t0 : s.t1);
        // another cue later in the sentence starts its own attribution: stop at the clause break before it
        if (nextCue && nextCue.t0 > k + 1 && nextCue.t0 < c1) {
          for (let m = nextCue.t0 - 1; m > k; m--) {
            if (this.innerPunctClose(m) && m + 1 < nextCue.t0) {
              c1 = m + 1;
              break;
            }
            if (this.inQuote[m] >= 0) continue;
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
              while (e > k + 1 && toks[e - 1].kind === 'p' && this.inQuote[e - 1] < 0) e--;
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
            this.quotes[q].t0 >= c0 &&
            this.quotes[q].t0 < c1 &&
            !claimed.has(q) &&
            !this.looksLikeTitle(q) &&
            !/^so-called$/i.test(toks[this.quotes[q].t0 - 1]?.text ?? ''),
        );
        // stance verbs with a speaker for a subject attribute whatever they take: "Bush criticized the plan"
        const docFinding = DOC_VERBS.test(cue.base) && !!source && this.isDocumentLike(source);
        const belief = BELIEF_VERBS.test(cue.base) && !!source && this.validSource(source) && this.finiteClause(c0, c1);
        // a verb with its preposition names a stance whatever its base: "pushed for free trade", "voted against the bill"
        const particle = cue.t1 - cue.t0 >= 2 && !!PARTICLES.get(cue.base)?.has(toks[cue.t1 - 1].lower);
        const stance =
          (STANCE_BASES.has(cue.base) || docFinding || belief || particle) &&
          !inverted &&
          !!source &&
          this.validSource(source) &&
          toks[c0].kind !== 'p' &&
          !this.startsNonComplement(c0, c1);
        if ((cue.base === 'continue' || QUOTE_ONLY_BASES.has(cue.base)) && !qs.length && !hasThat) return null;
        // "spoke to reporters", "felt betrayed", "member states": these report something only with "that" or a particle
        if (
          /^(speak|talk|feel|state)$/.test(cue.base) &&
          !qs.length &&
          !hasThat &&
          (cue.t1 - cue.t0 < 2 || /^(to|with)$/.test(toks[cue.t1 - 1].lower))
        )
          return null;
        // "maintained a lead", "points for style": these report only a clause or a quote
        if (/^maintain$/.test(cue.base) && !qs.length && !hasThat) return null;
        if (/^points?$/.test(toks[cue.t0].lower) && cue.t1 - cue.t0 < 2 && !qs.length && !hasThat) return null;
        if (stance) {
          // fall through to the content below
        } else if (ambiguous && !hasThat && !qs.length && cue.strength !== 'strong') return null;
        else if (cue.strength === 'weak' && !hasThat && !qs.length) return null;
        else if (!isSpeech && !hasThat && !qs.length && ambiguous) return null;
        // infinitive/NP complements are only reported speech for speech verbs
        else if (!hasThat && !qs.length && !isSpeech) return null;
        else if (!hasThat && !qs.length && toks[c0].lower === 'to') return null;
        else if (!hasThat && !qs.length && !this.looksLikeClause(c0, c1)) return null;
        // a quoted fragment alone after a non-speech verb must look like speech, not a title
        if (qs.length && !isSpeech && !hasThat && !stance) {
          const q = this.quotes[qs[0]];
          if (!ambiguous && cue.strength === 'weak') return null;
          let words = 0;
          for (let k = q.t0; k <= q.t1; k++) if (toks[k].kind === 'w') words++;
          if (words < 3) return null;
        }
        // the content is nothing but a quote another attribution already took: a second reading of the same words
        if (!qs.length && this.onlyQuotes(c0, c1) && this.inQuote[c0] >= 0 && claimed.has(this.inQuote[c0]))
          return null;
        // "Trump, who said he would build a wall, won the primary": the relative clause ends before the main verb
        if (
          source &&
          toks[source.t1]?.text === ',' &&
          /^(who|which)$/.test(toks[source.t1 + 1]?.lower ?? '') &&
          source.t1 + 1 < cue.t0
        ) {
          for (let m = c0 + 1; m < c1 - 1; m++) {
            if (this.inQuote[m] >= 0 || toks[m].text !== ',') continue;
            const v = toks[m + 1];
            if (
              v.kind === 'w' &&
              !v.cap &&
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
            if (this.inQuote[m] < 0 && /^[,;:(—–]$|^--$/.test(toks[m].text)) {
              c1 = m;
              break;
            }
          }
        }
        const endOff = toks[c1 - 1].end;
        parts.push({ start: toks[c0].start, end: endOff });
        quotes.push(...qs);
        kind = qs.length ? (this.onlyQuotes(c0, c1) ? 'direct' : 'partial') : 'indirect';
        clause = { t0: c0, t1: c1 };
        void sawPunct;
      }
    }
    if (!parts.length) return null;
    // "Trump, who said …": the relative pronoun is what the verb points at; the name before it is who that is
    let relative: { t0: number; t1: number } | undefined;
    if (source && !inverted && !cue.sourceAfter) {
      let j = cue.t0 - 1;
      while (
        j > source.t1 &&
        toks[j].kind === 'w' &&
        !toks[j].cap &&
        AUX_ADV.has(toks[j].lower) &&
        !/^(who|which|that)$/.test(toks[j].lower)
      )
        j--;
      if (
        j >= source.t1 &&
        toks[j].kind === 'w' &&
        /^(who|which)$/.test(toks[j].lower) &&
        this.onlyPunctBetween(source.t1, j)
      )
        relative = { t0: j, t1: j + 1 };
    }
    return { cue: { t0: cue.t0, t1: cue.t1 }, source, parts, quotes, kind, sentence: si, clause, relative };
  }

  private passiveAsk(si: number, t: number): RawAttribution | null {
    const s = this.sentences[si];
    const toks = this.tokens;
    if (!/^(asked|being)$/.test(toks[t].lower) && toks[t].lower !== 'asked') return null;
    let j = t - 1;
    while (
      j >= s.t0 &&
      toks[j].kind === 'w' &&
      /^(when|was|were|is|are|been|being|be|after|also|later|repeatedly|once|again|then|twice|if)$/.test(toks[j].lower)
    )
      j--;
    const opener = j < s.t0 || toks[j].text === ',' || (toks[j].kind === 'q' && this.inQuote[j] >= 0);
    const passiveAux = /^(was|were|is|are|been|being|be)$/.test(toks[t - 1]?.lower ?? '');
    if (!opener && !passiveAux) return null;
    const n = toks[t + 1];
    if (!n || n.kind !== 'w' || !/^(whether|if|what|who|whom|how|why|which|when|where|about)$/.test(n.lower))
      return null;
    const c0 = n.lower === 'about' ? t + 2 : t + 1;
    let c1 = c0;
    while (c1 < s.t1 && !/^[,;:.!?—–]$|^--$/.test(toks[c1].text) && this.inQuote[c1] < 0 && c1 - c0 < 40) c1++;
    if (c1 - c0 < 1 || c1 - c0 >= 40) return null;
    return {
      cue: { t0: t, t1: n.lower === 'about' ? t + 2 : t + 1 },
      source: null,
      parts: [{ start: toks[c0].start, end: toks[c1 - 1].end }],
      quotes: [],
      kind: 'indirect',
      sentence: si,
      clause: { t0: c0, t1: c1 },
    };
  }

  /**
   * What may follow an inverted attribution after a quote: the sentence end, a comma, another quote, or an adjunct
   * ("in a statement", "as he closed out", "on Monday", "of the Clinton-Trump race").
   */
  private attributionTailOk(t: number, t1: number): boolean {
    const toks = this.tokens;
    if (t >= t1) return true;
    const u = toks[t];
    if (u.kind === 'p' || u.kind === 'q') return u.text !== "'s" && u.text !== '’s';
    if (
      u.kind === 'w' &&
      /^(in|at|on|during|after|before|as|while|when|of|about|to|from|via|through|with|who|last|this|earlier|recently|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|because|since|but|and|though|although|referring|speaking|adding|noting|citing|asked|told)$/.test(
        u.lower,
      )
    )
      return true;
    return false;
  }

  /** "Fox News Sunday", "The Apprentice": short title-case quotes name things, nobody is quoted. */
  looksLikeTitle(qi: number): boolean {
    const q = this.quotes[qi];
    let words = 0;
    let caps = 0;
    for (let k = q.t0 + 1; k < q.t1; k++) {
      const u = this.tokens[k];
      if (u.kind !== 'w') continue;
      words++;
      if (u.cap || /^\d/.test(u.text) || /^(of|the|a|an|and|in|on|for|to|at|by|with)$/.test(u.lower)) caps++;
    }
    return words > 0 && words <= 6 && caps === words && this.tokens[q.t0 + 1]?.cap === true;
  }

  private onlyFinalPunct(t: number, t1: number): boolean {
    for (let k = t; k < t1; k++) {
      const u = this.tokens[k];
      if (u.kind === 'w' || this.inQuote[k] >= 0 || u.text === ',') return false;
    }
    return true;
  }

  private onlyPunctBefore(t0: number, t: number): boolean {
    for (let k = t0; k < t; k++) if (this.tokens[k].kind === 'w' && this.inQuote[k] < 0) return false;
    return true;
  }

  private onlyPunctBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.tokens[k].kind === 'w') return false;
    return true;
  }

  private onlyQuotes(c0: number, c1: number): boolean {
    for (let k = c0; k < c1; k++) if (this.inQuote[k] < 0 && this.tokens[k].kind === 'w') return false;
    return true;
  }

  /** True when nothing but punctuation (or a short adjunct) remains before the sentence end. */
  private endsClause(t: number, t1: number): boolean {
    const toks = this.tokens;
    for (let k = t; k < t1; k++) {
      const u = toks[k];
      if (u.kind === 'p' && /^[.!?…,;:)\-—–]$|^\.\.\.$|^--$/.test(u.text)) {
        if (u.text === ',' || u.text === ';' || u.text === '—' || u.text === '--') return true;
        continue;
      }
      if (u.kind === 'q' && this.inQuote[k] < 0) continue;
      return false;
    }
    return true;
  }

  /** Skip time words and short prepositional adjuncts ("on Monday", "in a statement") after a cue. */
  skipAdjuncts(k: number, t1: number, greedy: boolean): number {
    const toks = this.tokens;
    let guard = 0;
    while (k < t1 && guard++ < 6) {
      const u = toks[k];
      if (u.kind !== 'w' || this.inQuote[k] >= 0) break;
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
        toks[k + 1].kind === 'w' &&
        !toks[k + 1].cap &&
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
            toks[m].kind === 'w' &&
            this.inQuote[m] < 0 &&
            toks[m].lower !== 'that' &&
            !ADJUNCT_PREPS.has(toks[m].lower)
          )
            m++;
          // a title inside the adjunct: 'said on ABC’s “This Week” that …'
          const tq = m < t1 ? this.inQuote[m] : -1;
          if (
            tq >= 0 &&
            this.quotes[tq].t0 === m &&
            m > k + 1 &&
            this.looksLikeTitle(tq) &&
            this.quotes[tq].t1 + 1 < t1
          ) {
            titleLen += this.quotes[tq].t1 + 1 - m;
            m = this.quotes[tq].t1 + 1;
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
            (this.inQuote[m] >= 0 && this.quotes[this.inQuote[m]].t0 === m) ||
            ADJUNCT_PREPS.has(toks[m].lower))
        ) {
          k = m;
          continue;
        }
        if (greedy && m > k + 1 && (m >= t1 || SENT_END.has(toks[m].text))) {
          k = m;
          continue;
        }
        break;
      }
      break;
    }
    return k;
  }

  /** "A new CNN poll", "the report", "exit polls": a document-like source. */
  private isDocumentLike(np: { t0: number; t1: number }): boolean {
    let h = np.t1 - 1;
    for (let i = np.t0 + 1; i < np.t1; i++)
      if (/^(of|for|by|from|in|on)$/.test(this.tokens[i].lower)) {
        h = i - 1;
        break;
      }
    const hl = this.tokens[h].lower.replace(/['’]s$/, '');
    return (
      DOCUMENT_NOUNS.has(hl) ||
      /^(polls|surveys|studies|reports|results|numbers|figures|statistics|records|documents|emails|data|filings|returns|tally|count|analysis|search|estimates)$/.test(
        hl,
      )
    );
  }

  /** A finite clause: a few words with a verb after its first word ("the progress is real"). */
  private finiteClause(c0: number, c1: number): boolean {
    if (c1 - c0 < 3) return false;
    const first = this.tokens[c0];
    if (first.kind !== 'w' || /^(to|about|of|so|how|what|in|on|at|for|with)$/.test(first.lower)) return false;
    for (let k = c0 + 1; k < Math.min(c1, c0 + 12); k++) {
      const u = this.tokens[k];
      if (
        u.kind === 'w' &&
        this.inQuote[k] < 0 &&
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
  private startsNonComplement(c0: number, c1: number): boolean {
    const t = this.tokens[c0];
    if (t.kind === 'q') return false;
    // "spoke to reporters", "spoke on Monday": a listener or an adjunct, nothing reported
    const n1 = this.tokens[c0 + 1];
    if (
      t.lower === 'to' &&
      (!n1 ||
        n1.cap ||
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

  private looksLikeClause(c0: number, c1: number): boolean {
    // at least 3 words, and not just a noun phrase followed by a preposition ("said goodbye to")
    let words = 0;
    for (let k = c0; k < c1; k++) if (this.tokens[k].kind === 'w') words++;
    if (words < 3) return false;
    const first = this.tokens[c0];
    if (first.kind !== 'w' && first.kind !== 'q') return false;
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
  private clauseStart(t0: number, limit: number): number {
    return t0;
  }

  /** End (exclusive token index) of a complement clause starting at k. */
  private clauseEnd(k: number, t1: number, nextCueT: number): number {
    const toks = this.tokens;
    let end = t1;
    // stop before a following attribution: ", adding …", ", according to …", "and told …", ", he said"
    for (let m = k + 1; m < t1; m++) {
      // a comma typed inside the closing quote ("… was “corrupt,” noting that …") breaks the clause after the mark
      const inner = this.innerPunctClose(m);
      if (this.inQuote[m] >= 0 && !inner) continue;
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
        const c = this.cueAt(m + 1);
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
        const np = this.npStartingAt(m + 1, t1);
        if (np && np.t1 < t1) {
          const c2 = this.cueAt(np.t1);
          if (c2 && m + 1 < nextCueT + 5) {
            end = m;
            break;
          }
        }
      }
    }
    // trim final punctuation
    let e = end - 1;
    while (e > k && this.inQuote[e] < 0 && toks[e].kind === 'p' && /^[.,;:!?…\-—–(]$|^\.\.\.$|^--$/.test(toks[e].text))
      e--;
    return e + 1;
  }

  /** The comma or semicolon just inside a closing quote mark at token m, if m closes a quote that way. */
  private innerPunctClose(m: number): Token | null {
    const qi = this.inQuote[m];
    if (qi < 0 || this.quotes[qi].t1 !== m || this.tokens[m].kind !== 'q') return null;
    const p = this.tokens[m - 1];
    return p && (p.text === ',' || p.text === ';') ? p : null;
  }

  private sentenceSubject(si: number, before: number): { t0: number; t1: number } | null {
    // the subject of the sentence: its first noun phrase, after any introductory phrase ("After the signing,")
    const s = this.sentences[si];
    const toks = this.tokens;
    let k = s.t0;
    while (
      k < before &&
      (toks[k].kind !== 'w' ||
        /^(but|and|so|yet|still|however|meanwhile|instead|now|then|also|indeed|separately|later|earlier|nonetheless|nevertheless|moreover)$/.test(
          toks[k].lower,
        ))
    ) {
      if (this.inQuote[k] >= 0) return null;
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
        !w.cap === false &&
        !/Noun|Actor|Name/.test(tag));
    if (intro) {
      let m = k + 1;
      while (m < Math.min(before, k + 20) && !(toks[m].text === ',' && this.inQuote[m] < 0)) m++;
      if (m >= before || toks[m].text !== ',') return null;
      k = m + 1;
    }
    const np = this.npStartingAt(k, before);
    if (np && np.t1 <= before && this.validSource(np)) return np;
    return null;
  }

  /** Quotes left unattributed that continue an attributed quote: same paragraph (merged) or next paragraph. */
  private continuations(out: RawAttribution[], used: Set<number>) {
    const byQuote = new Map<number, RawAttribution>();
    for (const a of out) for (const q of a.quotes) byQuote.set(q, a);
    let last: RawAttribution | undefined;
    let lastPara = -1;
    const toks = this.tokens;
    for (let qi = 0; qi < this.quotes.length; qi++) {
      this.budget.check();
      const q = this.quotes[qi];
      const para = toks[q.t0].para;
      if (used.has(qi)) {
        const a = byQuote.get(qi);
        if (
          last &&
          a !== last &&
          a?.kind !== 'direct' &&
          this.sentOf[q.t0] === this.sentOf[this.quotes[last.quotes[last.quotes.length - 1]].t1]
        ) {
          // a quote inside the attribution's own sentence ("“A,” said Smith, who noted prices had “cratered.” “B.”")
          // does not break the chain
          continue;
        }
        if (
          a &&
          (a.kind === 'direct' ||
            (a.kind === 'partial' && !!a.source && !!a.cue && a.cue.t0 > q.t1 && a.quotes[a.quotes.length - 1] === qi))
        ) {
          // a partial quote with its own attribution ("Golf clubs are “just scratching out a profit,” Hedge said.") can
          // go on in the next sentence too
          last = a;
          lastPara = toks[this.quotes[a.quotes[a.quotes.length - 1]].t1].para;
        } else last = undefined;
        continue;
      }
      const si = this.sentOf[q.t0];
      const s = this.sentences[si];
      const lastQ0 = last ? this.quotes[last.quotes[last.quotes.length - 1]] : undefined;
      // a title inside the attribution ("he said on “Meet the Press.”") does not break the chain
      if (lastQ0 && this.sentOf[lastQ0.t1] === si && !this.speechLike(qi)) continue;
      // the quote must be the whole sentence, or follow the attribution of the last quote ("“A,” he said in Calif. “B.”")
      const whole =
        (this.onlyPunctBefore(s.t0, q.t0) ||
          (!!lastQ0 && this.sentOf[lastQ0.t1] === si) ||
          this.shortOpenerBefore(s.t0, q.t0)) &&
        (this.endsClauseStrict(q.t1 + 1, s.t1) || (this.wordCount(qi) >= 5 && this.shortTail(q.t1 + 1, s.t1)));
      if (!whole || !last || q.style !== 'double') {
        if (q.t1 - q.t0 > 3) last = undefined;
        continue;
      }
      // something other than quotes between the last attributed quote and this one breaks the chain
      const lastQ = this.quotes[last.quotes[last.quotes.length - 1]];
      if (this.hasWordsOutsideQuotes(lastQ.t1 + 1, q.t0, this.sentOf[lastQ.t1])) {
        last = undefined;
        continue;
      }
      if (para === lastPara) {
        last.parts.push(...q.pieces);
        last.quotes.push(qi);
        used.add(qi);
      } else if (para === lastPara + 1) {
        // the speaker goes on in the next paragraph: one quotation, as PolNeAR and most readers count it
        last.parts.push(...q.pieces);
        last.quotes.push(qi);
        used.add(qi);
        lastPara = toks[q.t1].para;
      } else if (para === lastPara + 1 || para === lastPara) {
        const a: RawAttribution = {
          cue: null,
          source: null,
          parts: [...q.pieces],
          quotes: [qi],
          kind: 'direct',
          sentence: si,
          inheritFrom: last.inheritFrom ?? last,
        };
        out.push(a);
        used.add(qi);
        last = a;
        lastPara = toks[q.t1].para;
      }
    }
  }

  /** "Now, “…”" / "Still, “…”": one or two words and a comma before a quote that opens the rest of the sentence. */
  private shortOpenerBefore(t0: number, t: number): boolean {
    if (t - t0 < 2 || t - t0 > 3 || this.tokens[t - 1].text !== ',') return false;
    for (let k = t0; k < t - 1; k++)
      if (this.tokens[k].kind !== 'w' || this.inQuote[k] >= 0 || cueInfo(this.tokens[k].lower)) return false;
    return true;
  }

  /** A few words after a quote that attribute nothing (", which votes June 7", "or to control the arsenal"). */
  private shortTail(t: number, t1: number): boolean {
    let words = 0;
    for (let k = t; k < t1; k++) {
      const u = this.tokens[k];
      if (this.inQuote[k] >= 0) return false;
      if (u.kind === 'w') {
        words++;
        if (cueInfo(u.lower) && !u.cap) return false;
      }
    }
    return words <= 8;
  }

  private endsClauseStrict(t: number, t1: number): boolean {
    for (let k = t; k < t1; k++) if (this.tokens[k].kind === 'w') return false;
    return true;
  }

  private hasWordsOutsideQuotes(a: number, b: number, allowSentence = -1): boolean {
    for (let k = a; k < b; k++)
      if (this.inQuote[k] < 0 && this.tokens[k].kind === 'w' && this.sentOf[k] !== allowSentence) return true;
    return false;
  }
}
