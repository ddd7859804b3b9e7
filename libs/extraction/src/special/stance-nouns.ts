/** Stance nouns: "his criticism of the plan", "questions about her health", "calls for a recount". */
import { AnalysedText, TokenRange } from '../analysed-text';
import { nounPhraseEndingAt } from '../grammar/noun-phrases';
import { validSource } from '../grammar/plausible-sources';
import { VIOLENT_ATTACK_MODIFIERS } from '../cues';
import { isCityOrRegion, lexTag } from '../entities/word-tags';
import { OWNERLESS_STANCE, STANCE_NOUNS } from '../lexicon/stance-words';
import { RawAttribution } from '../raw-attribution';

/**
 * Stances and statements named by a noun: "his criticism of the plan", "Trump’s attacks on the judge", "questions
 * about her health", "calls for a recount". The content is what they are about; the owner, when there is one, the
 * source.
 */
export function stanceNounAttributions(doc: AnalysedText, sentenceIndex: number): RawAttribution[] {
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  const found: RawAttribution[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken - 2; i++) {
    const noun = tokens[i];
    if (noun.kind !== 'word' || noun.capitalised || doc.quoteAt[i] >= 0) continue;
    const prepositions = STANCE_NOUNS.get(noun.lower);
    const preposition = tokens[i + 1];
    if (!prepositions || preposition.kind !== 'word' || !prepositions.has(preposition.lower) || doc.quoteAt[i + 1] >= 0)
      continue;
    // the owner: "his", "Trump’s", "the senator’s"
    let source: TokenRange | null = null;
    let ownerEnd = i - 1;
    while (
      ownerEnd >= sentence.firstToken &&
      tokens[ownerEnd].kind === 'word' &&
      !tokens[ownerEnd].capitalised &&
      /^(repeated|recent|latest|new|harsh|sharp|fierce|withering|public|frequent|earlier|early|strong|vocal|many|several|numerous|renewed|growing|continued|initial|infamous|controversial|own)$/.test(
        tokens[ownerEnd].lower,
      )
    )
      ownerEnd--;
    if (ownerEnd >= sentence.firstToken && /^(his|her|their|its|my|our)$/.test(tokens[ownerEnd].lower))
      source = { firstToken: ownerEnd, endToken: ownerEnd + 1 };
    else if (ownerEnd >= sentence.firstToken && /^['’]s$/.test(tokens[ownerEnd].text)) {
      const owner = nounPhraseEndingAt(doc, ownerEnd - 1, sentence.firstToken);
      if (owner && validSource(doc, owner)) source = { firstToken: owner.firstToken, endToken: ownerEnd + 1 };
    }
    // without an owner, only nouns that nearly always report a stance held by somebody ("questions about her
    // health", "calls for a recount", "criticism of the plan"); "support for", "an attack on", "a comment on" name
    // as often a policy, a military strike or an invitation to comment
    if (!source && !OWNERLESS_STANCE.test(`${noun.lower} ${preposition.lower}`)) continue;
    // "terrorist attacks on soft targets", "the 2012 attacks on a diplomatic compound in Benghazi": a deed of violence
    if (/^attacks?$/.test(noun.lower) && !source && violentAttackOn(doc, i, sentence.endToken)) continue;
    // the object: up to the next comma, semicolon, dash, quote or sentence end
    const contentStart = i + 2;
    let contentEnd = contentStart;
    while (
      contentEnd < sentence.endToken &&
      doc.quoteAt[contentEnd] < 0 &&
      !/^[,;:.!?()—–]$|^--$/.test(tokens[contentEnd].text) &&
      contentEnd - contentStart < 25
    )
      contentEnd++;
    if (contentEnd <= contentStart || tokens[contentStart].kind !== 'word' || contentEnd - contentStart >= 25) continue;
    found.push({
      cue: { firstToken: i, endToken: i + 2 },
      source,
      parts: [{ start: tokens[contentStart].start, end: tokens[contentEnd - 1].end }],
      quoteIndices: [],
      kind: 'indirect',
      sentenceIndex,
    });
    i = contentEnd;
  }
  return found;
}

/** Nouns for something said whose "that" clause gives what was said: "Trump’s claim that …", "her promise that …". */
const SAID_THAT_NOUNS = new Set(
  (
    'claim assertion contention argument statement remark comment suggestion prediction conclusion charge accusation ' +
    'allegation insistence promise pledge vow warning declaration boast complaint admission acknowledgment ' +
    'acknowledgement announcement threat assurance observation'
  ).split(' '),
);

/** How many tokens a "that" clause after such a noun may run before it is given up. */
const SAID_THAT_TOKENS = 40;

/**
 * "Donald Trump’s claim that Obama “founded ISIS,”", "Comey’s conclusion that her actions were “extremely careless”":
 * a quote inside the "that" clause of a noun for something said is the words of that noun's owner, not of whoever
 * reports the noun. Only an owned noun (a possessive or "his"/"her"/"their"/"its") and a clause with a quote in it.
 */
export function saidThatNounAttributions(doc: AnalysedText, sentenceIndex: number): RawAttribution[] {
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  const found: RawAttribution[] = [];
  for (let i = sentence.firstToken + 1; i < sentence.endToken - 2; i++) {
    const noun = tokens[i];
    if (noun.kind !== 'word' || noun.capitalised || doc.quoteAt[i] >= 0 || !SAID_THAT_NOUNS.has(noun.lower)) continue;
    if (tokens[i + 1].lower !== 'that' || doc.quoteAt[i + 1] >= 0) continue;
    let source: TokenRange | null = null;
    const owner = tokens[i - 1];
    if (owner.kind === 'word' && /^(his|her|their|its)$/.test(owner.lower)) source = { firstToken: i - 1, endToken: i };
    else if (/^['’]s$/.test(owner.text) && i - 2 >= sentence.firstToken) {
      const phrase = nounPhraseEndingAt(doc, i - 2, sentence.firstToken);
      if (phrase && validSource(doc, phrase) && !overlapsQuote(doc, phrase)) source = phrase;
    }
    if (!source) continue;
    // the clause: up to a comma, semicolon, dash or bracket outside quotes, or the sentence's end
    const contentStart = i + 2;
    let contentEnd = contentStart;
    const quoteIndices: number[] = [];
    while (contentEnd < sentence.endToken && contentEnd - contentStart < SAID_THAT_TOKENS) {
      const quoteIndex = doc.quoteAt[contentEnd];
      if (quoteIndex >= 0) {
        if (quoteIndices[quoteIndices.length - 1] !== quoteIndex) quoteIndices.push(quoteIndex);
      } else if (/^[,;:.!?()—–]$|^--$/.test(tokens[contentEnd].text)) break;
      contentEnd++;
    }
    if (!quoteIndices.length || contentEnd - contentStart >= SAID_THAT_TOKENS) continue;
    if (!quoteInsideClause(doc, contentStart, doc.quotes[quoteIndices[0]].openToken)) continue;
    // a quote that runs on past the clause is not inside it
    if (doc.quotes[quoteIndices[quoteIndices.length - 1]].closeToken >= contentEnd) continue;
    found.push({
      cue: { firstToken: i, endToken: i + 1 },
      source,
      // from "that", as the other reported clauses start
      parts: [{ start: tokens[i + 1].start, end: tokens[contentEnd - 1].end }],
      quoteIndices,
      kind: 'partial',
      sentenceIndex,
    });
    i = contentEnd;
  }
  return found;
}

/**
 * Whether the first quote, at `quoteStart`, is still inside the "that" clause opening at `start`: not after a second
 * finite verb that makes the clause the subject of a new predicate ("Rubio’s claim that Cruz is soft is “simply not
 * true”"), nor after the "as" of a description the reporter frames ("describing his statement that he opposed the war
 * as “a fairy tale”").
 */
function quoteInsideClause(doc: AnalysedText, start: number, quoteStart: number): boolean {
  const { tokens } = doc;
  if (tokens[quoteStart - 1]?.lower === 'as') return false;
  let finite = 0;
  for (let i = start; i < quoteStart; i++)
    if (doc.quoteAt[i] < 0 && /^(is|are|was|were|has|have|had|will|would)$/.test(tokens[i].lower)) finite++;
  return finite < 2;
}

function overlapsQuote(doc: AnalysedText, range: TokenRange): boolean {
  for (let i = range.firstToken; i < range.endToken; i++) if (doc.quoteAt[i] >= 0) return true;
  return false;
}

/** What an attack of violence strikes: places, buildings, forces and crowds, not a person's record or a rival. */
const ATTACKED_PLACES =
  /^(compound|compounds|consulate|consulates|embassy|embassies|airport|airports|station|stations|base|bases|targets|forces|troops|soldiers|civilians|church|churches|mosque|mosques|synagogue|synagogues|school|schools|hospital|hospitals|village|villages|town|towns|city|cities|building|buildings|headquarters|convoy|convoys|ship|ships|positions|checkpoint|checkpoints|police|officers|tourists|crowd|crowds|homes|centers|centres|camp|camps|facilities|facility|outpost|outposts|tower|towers|mission|missions|capital)$/;

/**
 * Whether the attack named at token `at` ("attacks on …") is one of violence: a word of violence or a year before it,
 * or a place, a building or forces for what it struck ("on a U.S. diplomatic compound in Benghazi", "on Americans in
 * Benghazi").
 */
function violentAttackOn(doc: AnalysedText, at: number, sentenceEnd: number): boolean {
  const { tokens } = doc;
  for (let i = at - 1; i >= 0 && at - i <= 3 && doc.sentenceOf[i] === doc.sentenceOf[at]; i--) {
    const token = tokens[i];
    if (token.kind === 'word' && VIOLENT_ATTACK_MODIFIERS.test(token.lower)) return true;
    if (token.kind !== 'word' || /^(the|a|an|his|her|their|its)$/.test(token.lower)) break;
  }
  // the object's head: the last word before a preposition, comma or the sentence end
  for (let i = at + 2; i < sentenceEnd && i - at <= 10; i++) {
    const token = tokens[i];
    if (doc.quoteAt[i] >= 0 || token.kind !== 'word') return false;
    if (ATTACKED_PLACES.test(token.lower)) return true;
    // "on Americans in Benghazi": a place named after the object
    if (/^(in|at|near|outside)$/.test(token.lower) && i > at + 2) {
      const place = tokens[i + 1];
      return (
        !!place &&
        place.kind === 'word' &&
        (isCityOrRegion(place.lower) || /Country|Place|City|Region/.test(lexTag(place.lower) ?? ''))
      );
    }
  }
  return false;
}
