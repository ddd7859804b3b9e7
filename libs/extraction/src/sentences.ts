/** Pass 3, sentences: where sentences end, given the tokens and the quotes (a quote is never cut in two). */
import { QuotedTokens, Sentence } from './analysed-text';
import { SPEECH_BASES, cueInfo } from './lexicon/reporting-verbs';

/** Words that open a sentence, so that an abbreviation's period before them ends one ("the U.S. He said"). */
const SENTENCE_OPENER =
  /^(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|So|Yet|If|When|While|After|Before|Since|His|Her|Their|Our|My|Its|There|Here|Now|Then|Still|Meanwhile|However|Instead|Asked|According)$/;
export const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);
const OPENING_QUOTE_MARKS = new Set(['“', '"', "''", '‘', '``', '„', '«', "'"]);

/**
 * Sentences, and the sentence of each token. A quote is never cut in two (its own sentence ends stay inside it), and
 * a quote ending in a period ends the sentence unless its attribution follows ("“…,” said Smith.").
 */
export function splitSentences(doc: QuotedTokens): { sentences: Sentence[]; sentenceOf: Int32Array } {
  const { tokens, quoteAt } = doc;
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  let sentenceStart = 0;
  const endSentence = (end: number) => {
    if (end > sentenceStart)
      sentences.push({ firstToken: sentenceStart, endToken: end, paragraph: tokens[sentenceStart].paragraph });
    sentenceStart = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (
      i > sentenceStart &&
      token.paragraph !== tokens[i - 1].paragraph &&
      !(quoteAt[i] >= 0 && quoteAt[i] === quoteAt[i - 1])
    ) {
      endSentence(i);
    }
    if (!next) break;
    // "SPRINGFIELD, Ill. — …": a dateline is where the story was filed, a sentence of its own, nobody's subject
    if (i === sentenceStart && (i === 0 || token.paragraph !== tokens[i - 1].paragraph)) {
      const datelineEnd = endOfDateline(doc, i);
      if (datelineEnd > 0) {
        endSentence(datelineEnd);
        i = datelineEnd - 1;
        continue;
      }
    }
    const quoteIndex = quoteAt[i];
    // "… in the U.S. He says …", "… at 9 p.m. The clerk said …": an abbreviation's period also ends the sentence
    // when a sentence opener follows
    if (
      quoteIndex < 0 &&
      token.kind === 'word' &&
      /\.$/.test(token.text) &&
      /^(?:\p{Lu}\.){2,}$|^(?:Inc|Corp|Co|Jr|Sr|Ltd)\.$|^[ap]\.m\.$/u.test(token.text) &&
      next.kind === 'word' &&
      next.paragraph === token.paragraph &&
      SENTENCE_OPENER.test(next.text) &&
      quoteAt[i + 1] < 0
    ) {
      endSentence(i + 1);
      continue;
    }
    if (
      quoteIndex < 0 &&
      (SENTENCE_END.has(token.text) || (token.text === ':' && next.paragraph !== token.paragraph))
    ) {
      if (
        next.paragraph !== token.paragraph ||
        next.capitalised ||
        OPENING_QUOTE_MARKS.has(next.text) ||
        /^\d/.test(next.text) ||
        next.kind === 'quote' ||
        // "… in the Cuban American community. (Rubio has since dropped out.)": a sentence in brackets after a full stop
        // is one of its own, the writer's aside
        (next.text === '(' && asideInBrackets(doc, i + 1))
      ) {
        // a closing quote right after the period belongs to this sentence
        endSentence(i + 1);
      }
    } else if (
      quoteIndex < 0 &&
      token.text === ')' &&
      (SENTENCE_END.has(tokens[i - 1]?.text ?? '') ||
        (tokens[i - 1]?.kind === 'quote' && SENTENCE_END.has(tokens[i - 2]?.text ?? ''))) &&
      next.paragraph === token.paragraph &&
      (next.capitalised || OPENING_QUOTE_MARKS.has(next.text) || next.kind === 'quote')
    ) {
      // "(Rubio has since dropped out.) Manzano said …": the aside's bracket closes its sentence
      endSentence(i + 1);
    } else if (quoteIndex >= 0 && doc.quotes[quoteIndex].closeToken === i && quoteAt[i + 1] !== quoteIndex) {
      const prev = tokens[i - 1];
      if (
        prev &&
        SENTENCE_END.has(prev.text) &&
        (next.capitalised ||
          (OPENING_QUOTE_MARKS.has(next.text) && next.paragraph === token.paragraph) ||
          (next.text === '(' && asideInBrackets(doc, i + 1))) &&
        !attributionFollows(doc, i + 1)
      ) {
        endSentence(i + 1);
      }
    }
  }
  endSentence(tokens.length);
  sentences.forEach((sentence, sentenceIndex) => {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) sentenceOf[i] = sentenceIndex;
  });
  return { sentences, sentenceOf };
}

/** Verbs that say who said something. */
const SAYING = /^(?:say|tell|add|write)$/;

/** The most tokens of a sentence set in brackets as an aside. */
const ASIDE_TOKENS = 80;

/**
 * Whether the tokens from `first` to `end` say who said something outside a quote ("(The figure excludes fees, the
 * company said.)"): an aside that does is someone's words, not the writer's, and a pronoun after it may be its speaker.
 */
/** Whether sentence `range` is a dateline of its own ("FARGO, N.D. —"): a place in capitals first, a dash last. */
export function isDateline(doc: QuotedTokens, range: Sentence): boolean {
  return DATELINE_PLACE.test(doc.tokens[range.firstToken].text) && DASHES.has(doc.tokens[range.endToken - 1].text);
}

export function saysWhoSaid(doc: QuotedTokens, first: number, end: number): boolean {
  const { tokens } = doc;
  for (let i = first; i < end; i++)
    if (tokens[i].kind === 'word' && doc.quoteAt[i] < 0 && SAYING.test(cueInfo(tokens[i].lower)?.base ?? ''))
      return true;
  return false;
}

/**
 * Whether the bracket at `open` encloses whole sentences: a capital opens them and a full stop closes them right
 * before the closing bracket, in one paragraph ("(Rubio has since dropped out of the race.)", "(The figure excludes
 * fees, the company said.)": a sentence of its own, the writer's aside or words it gives to someone, either way not
 * part of the reported words before it).
 */
function asideInBrackets(doc: QuotedTokens, open: number): boolean {
  const { tokens } = doc;
  const first = tokens[open + 1];
  if (!first || !first.capitalised) return false;
  for (let i = open + 1; i < tokens.length && i - open <= ASIDE_TOKENS; i++) {
    if (tokens[i].paragraph !== tokens[open].paragraph || tokens[i].text === '(') return false;
    // (past a quote the full stop closes: "(She claimed to ''retire.'')")
    if (tokens[i].text === ')')
      return (
        SENTENCE_END.has(tokens[i - 1].text) ||
        (tokens[i - 1].kind === 'quote' && SENTENCE_END.has(tokens[i - 2]?.text ?? ''))
      );
  }
  return false;
}

/** Words of a place in capitals ("WASHINGTON", "ST. LOUIS", "BUENA PARK"). */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const DASHES = new Set(['—', '–', '--', '-']);
/** News agencies a dateline names in brackets. */
const WIRE = /^(AP|AFP|UPI|Reuters|CNN|Bloomberg|dpa|Xinhua|TASS|EFE|ANSA|IANS|PTI|CNS|RNS|JTA|KHN)$/;

/**
 * The token after a dateline starting at `from` ("WASHINGTON —", "BUENA PARK, Calif. -", "DENVER (AP) —"), or 0: a
 * place in capitals, a state or country after a comma, a wire in brackets, then a dash, within a dozen tokens.
 */
function endOfDateline(doc: QuotedTokens, from: number): number {
  const { tokens, quoteAt } = doc;
  let i = from;
  // a place is at most three words ("SALT LAKE CITY"); a longer run in capitals is a heading ("CONGRESS HAS ACTED —")
  while (i < tokens.length && i - from < 4 && tokens[i].kind === 'word' && DATELINE_PLACE.test(tokens[i].text)) i++;
  // "Washington (AFP) –": a place in ordinary case only with a wire in brackets after it
  let placeInCapitals = i > from;
  if (!placeInCapitals)
    while (i < tokens.length && i - from < 3 && tokens[i].kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text))
      i++;
  if (i === from || i - from > 3) return 0;
  if (tokens[i]?.text === ',' && placeInCapitals) {
    i++;
    // a state or a date: "BUENA PARK, Calif. -", "WASHINGTON, Dec. 8 (UPI) —"
    while (
      i < tokens.length &&
      i - from < 8 &&
      tokens[i].kind === 'word' &&
      (tokens[i].capitalised || /^\d{1,2}$/.test(tokens[i].text))
    )
      i++;
  }
  if (tokens[i]?.text === '(') {
    const close = i + 2;
    if (tokens[i + 1]?.kind !== 'word' || tokens[close]?.text !== ')') return 0;
    if (!placeInCapitals && !WIRE.test(tokens[i + 1].text)) return 0;
    placeInCapitals = true;
    i = close + 1;
  }
  if (!placeInCapitals) return 0;
  const dash = tokens[i];
  if (!dash || !DASHES.has(dash.text) || dash.paragraph !== tokens[from].paragraph || quoteAt[i] >= 0) return 0;
  return tokens[i + 1]?.paragraph === dash.paragraph ? i + 1 : 0;
}

/** The longest description set off by commas after a name, in tokens. */
const APPOSITIVE_TOKENS = 14;

/**
 * The closing comma of a description or name set off after the comma at `comma` ("Ann Roe, a city official, said"),
 * or 0: words, with abbreviations, a bracket, a hyphen or a nickname in quote marks, then a comma.
 */
function appositiveEnd(doc: QuotedTokens, comma: number): number {
  const { tokens } = doc;
  for (let i = comma + 1; i < Math.min(tokens.length, comma + APPOSITIVE_TOKENS); i++) {
    const token = tokens[i];
    if (token.paragraph !== tokens[comma].paragraph) return 0;
    if (token.text === ',') return i > comma + 1 ? i : 0;
    if (token.kind !== 'word' && token.kind !== 'quote' && !/^[()\-.’']$/.test(token.text)) return 0;
  }
  return 0;
}

/** "…,” said Smith" / "…” Smith said." — the words from `from` on attribute a quote (and report nothing else). */
function attributionFollows(doc: QuotedTokens, from: number): boolean {
  const { tokens, quoteAt } = doc;
  let limit = from + 7;
  for (let i = from; i < Math.min(tokens.length, limit); i++) {
    const token = tokens[i];
    if (token.paragraph !== tokens[from].paragraph) return false;
    // "…!” Scott’s niece, state Del. Marcia Price, shouted.": a description or name set off by commas after the first
    if (token.text === ',' && i > from && limit === from + 7) {
      const close = appositiveEnd(doc, i);
      if (close > 0) {
        limit += close - i;
        i = close;
        continue;
      }
    }
    if (
      token.kind === 'quote' ||
      (token.kind === 'punct' && token.text !== '(' && token.text !== ')' && token.text !== '-')
    )
      return false;
    // "…weeks.” It is astounding that Trump demands accountability.", "…” O'Malley's move was first reported by
    // MSNBC.": a clause of its own before the verb, not a speaker's name ("Residents who were evacuated said.",
    // "That is what the clerk said." still attribute it)
    if (
      /^(?:is|are|was|were)$/.test(token.lower) &&
      !/^(?:who|which|that)$/.test(tokens[i - 1]?.lower ?? '') &&
      !(/^that$/i.test(tokens[from].text) && tokens[i + 1]?.lower === 'what')
    )
      return false;
    const cue = cueInfo(token.lower);
    // ("FBI data do not support that claim.": after a determiner the word is a noun)
    const noun = /^(?:the|a|an|that|this|these|those|his|her|its|their|our|my|your)$/.test(tokens[i - 1]?.lower ?? '');
    if (cue && SPEECH_BASES.has(cue.base) && !token.capitalised && !noun) {
      // the cue must close the sentence: "Johnson said." / "said Johnson, …" / "he told reporters."
      for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
        const after = tokens[j];
        // "…done.” He added, “In this case …”": after a finished sentence, an attribution that runs into a new
        // quote introduces that quote
        if (
          after.kind === 'punct' &&
          /^[,:]$/.test(after.text) &&
          tokens[j + 1] &&
          quoteAt[j + 1] >= 0 &&
          doc.quotes[quoteAt[j + 1]].openToken === j + 1
        )
          return false;
        if (after.kind === 'punct' && /^[.,;!?]$/.test(after.text)) return true;
        // “…” Trump called the senator a “nasty guy”: words between the verb and a quote are its complement
        if (after.kind === 'quote') return j === i + 1;
        if (after.paragraph !== token.paragraph) return true;
        if (after.kind === 'word' && /^(that|whether|if|how|why|what)$/.test(after.lower)) return false;
        // "…day.” João Silva insisted the ruling was wrong.": a subject of its own and its verb right after the cue
        // are a clause it reports, a sentence of its own
        // ("He said randomized trials were needed.", "He said he would run.")
        if (
          after.kind === 'word' &&
          /^(is|are|was|were|has|have|had|will|would|can|could|should|did|does)$/.test(after.lower) &&
          j >= i + 2 &&
          j <= i + 5 &&
          // (not a clause of time after the attribution: "Klopp said after the match had ended.")
          !tokens
            .slice(i + 1, j)
            .some((word) => /^(?:after|before|when|while|as|because|since|until|once)$/.test(word.lower))
        )
          return false;
      }
      return false;
    }
  }
  return false;
}
