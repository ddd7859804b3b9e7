/** The claims of a quote: its words split into checkable assertions, each made to read on its own and scored. */
import { heuristicCheckworthiness } from '../fallback-score';
import { hasFactAnchor, uncheckableKind } from './checkable';
import { DescribedBefore, DescribedSubject } from './descriptions';
import { embeddedQuotes, lastNamedSubject } from './embedded-quotes';
import { isClaimLike, splitClaims } from './split-claims';
import { lastWord, NamedBefore, standalone, withoutTitles } from './standalone';
import { normTitleKey } from '../entities/name-words';
import { firstNameGender, lexTag } from '../entities/word-tags';
import { HONORIFICS, PERSON_NOUNS, TITLES } from '../lexicon/speaker-nouns';
import { CheckworthinessScore, ExtractedClaim, QuoteKind, SpeakerType } from '../types';

/** What a claim that is not a checkable assertion keeps of its score: enough to rank the parked ones among themselves. */
const UNCHECKABLE_DISCOUNT = 0.5;

/**
 * The score a claim with nothing to look up in it (no figure, date, name or past event: hasFactAnchor) needs to be
 * taken as an assertion: below it, such claims are mostly views. Chosen on CheckThat! 2024 with the shipped model (F1
 * of the model with this parking is flat from 0.35 to 0.45, and falls on either side); desk-trained versions are
 * fitted on the same data, so their scores are on about the same scale.
 */
const UNANCHORED_MIN_SCORE = 0.4;

export type Scorer = (sentence: string) => CheckworthinessScore;

/** A claim sent to research taken back: parked, its score discounted as an uncheckable one's is. */
export function parked(claim: ExtractedClaim): ExtractedClaim {
  if (!claim.checkworthy) return claim;
  return { ...claim, checkworthiness: discounted(claim.checkworthiness), checkworthy: false };
}

/** What an uncheckable claim keeps of its score, to three decimals. */
function discounted(checkworthiness: number): number {
  return Math.round(checkworthiness * UNCHECKABLE_DISCOUNT * 1000) / 1000;
}

/**
 * A claim's score from its standalone form: the model's, but a fragment, a question or a pure opinion is no assertion
 * to research, however its words score, nor is a claim with nothing to look up in it that the model scores low: it is
 * kept (parked, below the assertions) so that a person can still promote it. Triage scores the same way with the
 * model in service.
 */
export function scoreClaim(standaloneText: string, score: Scorer, frameKept = true): CheckworthinessScore {
  const scored = score(standaloneText);
  // (words whose denial could not be kept in their form say the opposite of the speaker: parked like the rest)
  const checkable =
    frameKept &&
    uncheckableKind(standaloneText) === null &&
    (scored.checkworthiness >= UNANCHORED_MIN_SCORE || hasFactAnchor(standaloneText));
  return {
    checkworthiness: checkable ? Math.round(scored.checkworthiness * 1000) / 1000 : discounted(scored.checkworthiness),
    checkworthy: scored.checkworthy && checkable,
  };
}

export interface ClaimOptions {
  /** How the words are reported: `direct` (the speaker's own words) or reported (`partial`, `indirect`). */
  kind?: QuoteKind;
  /** Who said them, as resolved: first-person words are rewritten to this speaker in the standalone form. */
  speaker?: {
    name: string;
    type: SpeakerType;
    gender?: 'm' | 'f' | 'x';
    title?: string;
    place?: string;
    /** The article's words for a speaker that is a group ("Administration officials"): what a leading "they" is. */
    group?: string;
    /** The article's words for a speaker that is an organisation ("The IMF"): what a leading "it" is. */
    body?: string;
  };
  /** A framing verb ("called") that the first claim needs to make sense: "Trump called X “a disaster”". */
  framing?: string;
  /**
   * Whether the words are what a framing verb takes ("called the plan a giveaway", "accused him of …"): a first claim
   * whose standalone form could not keep the verb is a fragment, parked.
   */
  framedObject?: boolean;
  /** The subject the first claim opens without ("pension costs" of "which she said had risen 30 percent"). */
  subject?: string;
  /** A condition the sentence opens with before the speaker ("If the levy passes,"): the first claim holds under it. */
  condition?: string;
  /** A negated verb the reported words hang on ("didn't think"): the first claim keeps it, the others are parked. */
  denial?: string;
  /** The words are the target of a stance ("denounced the plan to …"), not a proposition of the speaker's: parked. */
  stanceTarget?: boolean;
  /** Whether the words before the quote describe another person without naming them ("his predecessor"). */
  othersDescribed?: { m: boolean; f: boolean };
  /** The one man and the one woman the article names just before the quote: who a "he"/"she" opening it can mean. */
  namedBefore?: NamedBefore;
  /**
   * The full name of the one person of the article a name in the quote means ("Mr. Trump" → "Donald Trump"): a
   * later claim's "he"/"she" can then be named after the subject of the claim before it.
   */
  personNamed?: (name: string, gender: 'm' | 'f') => string | null | undefined;
  /** Whether whom the words were told to could be a "he" or a "she" of them ("Clinton told her she would …"). */
  listener?: { m: boolean; f: boolean };
  /** What the article has named a bare "the <noun>" by the offset given (describedThings). */
  describedBefore?: DescribedBefore;
  /** Whom a description opening the words at the offsets given stands for ("the Florida senator"). */
  describedSubject?: DescribedSubject;
  score?: Scorer;
  idPrefix?: string;
}

/**
 * The checkable claims in the stretches `parts` of `text` (a quote's words): each split into separate assertions,
 * with exact spans and a standalone form. Questions, greetings and fragments without a verb are left out.
 */
export function claimsOf(
  text: string,
  parts: { start: number; end: number }[],
  options: ClaimOptions = {},
): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  // the speaker as the standalone form reads them: the name and type renamed, the rest (gender, title, place, the
  // words a leading "they"/"it" stands for) as they are
  const { name: speakerName, type: speakerType, ...aboutSpeaker } = options.speaker ?? {};
  const resolver = {
    speakerName,
    speakerType,
    ...aboutSpeaker,
    reported: (options.kind ?? 'direct') !== 'direct',
    listener: options.listener,
  };
  const score = options.score ?? heuristicCheckworthiness;
  const idPrefix = options.idPrefix ?? 'q';
  // whether a name has come in the quote before a claim, read on from where the last claim left off (linear work)
  let nameCame = false;
  let readTo = parts[0]?.start ?? 0;
  // whether a claim of a partial quote lies inside its quote marks, its words the speaker's own (read on the same way)
  let quoteDepth = 0;
  let quotesReadTo = parts[0]?.start ?? 0;
  // the named subject of a claim before, which a later claim's "he"/"she" may mean: kept across the parts of a broken
  // quote and across claims that name nobody, until other words name someone else
  let antecedent: string | undefined;
  let antecedentFor: { m?: string | null; f?: string | null } | undefined;
  let partEnd: number | undefined;
  for (const part of parts) {
    const embedded = embeddedQuotes(text, part.start, part.end);
    // ("…,” Ms. Ruiz said of Tom Bell. “He …": the narration between two parts may name another)
    if (
      antecedent !== undefined &&
      partEnd !== undefined &&
      namesAnother(text.slice(partEnd, part.start), speakerName, options.personNamed)
    ) {
      antecedent = undefined;
      antecedentFor = undefined;
    }
    partEnd = part.end;
    for (const claim of splitClaims(text, part.start, part.end)) {
      const first = part === parts[0] && claim.start === part.start && !claim.context;
      // (the reported words open with their verb, their subject before the speaker)
      if (options.subject && first) claim.context = `${options.subject} `;
      const condition = first ? options.condition : undefined;
      if (!isClaimLike(claim.context ? claim.context + claim.text : claim.text)) continue;
      // a quotation inside the quote: its words are the quoted person's ("Quotes Trump as saying, “I’ll …”")
      const inner = embedded.find((quote) => claim.start > quote.open && claim.start < quote.close);
      const framing = embedded.find((quote) => quote.open >= claim.start && quote.open < claim.end);
      // (nothing of the quote's own speaker applies to them)
      for (; quotesReadTo < claim.start; quotesReadTo++) {
        const mark = text[quotesReadTo];
        if (mark === '“') quoteDepth++;
        else if (mark === '”') quoteDepth = Math.max(0, quoteDepth - 1);
        else if (mark === '"') quoteDepth = quoteDepth > 0 ? 0 : 1;
        // ('' … '' marks a quotation where the paper has no double quote mark)
        else if (mark === "'" && text[quotesReadTo + 1] === "'") {
          quoteDepth = quoteDepth > 0 ? 0 : 1;
          quotesReadTo++;
        }
      }
      // "“He’s not being perceived as a leftist,” Rosenberg said": in the speaker's own words "he" is someone else
      const ownWords = resolver.reported && options.kind === 'partial' && quoteDepth > 0;
      const claimResolver = inner
        ? { speakerName: inner.speaker, speakerType: 'person', reported: false }
        : ownWords
          ? { ...resolver, reported: false }
          : resolver;
      const context = claim.context ?? '';
      const withinLookback = claim.start - parts[0].start < NAME_LOOKBACK;
      if (withinLookback && !nameCame && claim.start > readTo) {
        // a few characters back, so that a name cut by the last reading point is still read whole
        nameCame = namesSomeone(text.slice(Math.max(parts[0].start, readTo - NAME_OVERLAP), claim.start));
        readTo = claim.start;
      }
      // the claim opening the quote (past its marks and a "that"): the one a framing or negated verb is of
      const opening = part === parts[0] && OPENING.test(text.slice(part.start, claim.start));
      // "denied that A and that B": each "that" clause is denied
      const denied =
        opening ||
        (!!options.denial?.endsWith(' that') &&
          AND_THAT_BEFORE.test(text.slice(Math.max(part.start, claim.start - 12), claim.start)));
      const standaloneText = standalone(
        context + claim.text,
        {
          ...claimResolver,
          antecedent,
          antecedentFor,
          framing: opening ? options.framing : undefined,
          denial: denied ? options.denial : undefined,
          othersDescribed: options.othersDescribed,
          described: options.describedBefore && ((noun: string) => options.describedBefore!(noun, claim.start)),
          describedSubject: options.describedSubject?.(claim.start, claim.end, speakerName),
          condition,
          // the person a "he"/"she" opening the quote means is also the one a later claim's means, while no other
          // name has come between
          namedBefore:
            claim.start === parts[0].start || (withinLookback && !nameCame) ? options.namedBefore : undefined,
        },
        framing ? context.length + framing.open - claim.start : undefined,
        context.length,
      );
      const subject = lastNamedSubject(claim.text)?.name;
      if (subject) {
        antecedent = subject;
        antecedentFor = options.personNamed && {
          m: options.personNamed(subject, 'm'),
          f: options.personNamed(subject, 'f'),
        };
      } else if (
        // (only a subject named before can be forgotten)
        antecedent !== undefined &&
        !/^(he|she)\b/i.test(claim.text) &&
        namesAnother(claim.text, speakerName, options.personNamed)
      ) {
        antecedent = undefined;
        antecedentFor = undefined;
      }
      claims.push({
        id: `${idPrefix}c${claims.length}`,
        text: claim.text,
        standalone: standaloneText,
        start: claim.start,
        end: claim.end,
        ...scoreClaim(
          standaloneText,
          score,
          !options.stanceTarget &&
            (!options.denial || standaloneText.includes(options.denial)) &&
            // ("him a master at …", "tribalism" of "what he called tribalism": no frame, no sentence)
            !(opening && options.framedObject && !(options.framing && standaloneText.includes(` ${options.framing} `))),
        ),
      });
    }
  }
  return claims;
}

/** What may stand in a quote before its opening claim: quote marks, spaces and a "that". */
const OPENING = /^[\s"“‘'(]*(?:that\s+)?$/i;
/** The "and that" a second denied clause follows. */
const AND_THAT_BEFORE = /\band\s+that\s+$/i;

/** How far into a quote a claim may start and still take the person named before the quote (bounded work). */
const NAME_LOOKBACK = 1500;
/** Longer than a title and a name ("Sen. Ortiz", "Dana Whitfield") cut in two by where the last claim was read to. */
const NAME_OVERLAP = 64;

/** Whether the words name a person: a title and a name ("Sen. Ortiz"), or two capitalised words ("Dana Whitfield"). */
function namesSomeone(words: string): boolean {
  return /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+\p{Lu}|\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(words);
}

/**
 * Whether words name a person other than the speaker, whom a later "he"/"she" could mean as well: a title before a
 * capitalised word, a first name the lexicon knows, or a name the article gives one of its people; also a person
 * named by a noun ("the governor", "his wife"). A name with the speaker's last word is the speaker.
 */
function namesAnother(
  words: string,
  speakerName: string | undefined,
  personNamed?: (name: string, gender: 'm' | 'f') => string | null | undefined,
): boolean {
  const speakerLast = speakerName ? lastWord(withoutTitles(speakerName)) : undefined;
  for (const run of words.matchAll(NAME_RUN)) {
    const name = run[0].replace(/[’']s$/, '');
    if (name === 'I' || lastWord(name) === speakerLast) continue;
    const first = name.split(/\s+/)[0];
    if (TITLE_BEFORE.test(words.slice(Math.max(0, run.index - 8), run.index))) return true;
    if (
      firstNameGender(first) !== null &&
      !(run.index === 0 && lexTag(first.toLowerCase()) && !/Name/.test(lexTag(first.toLowerCase())!))
    )
      return true;
    if (personNamed && (personNamed(name, 'm') !== undefined || personNamed(name, 'f') !== undefined)) return true;
  }
  for (const word of words.toLowerCase().matchAll(/[a-z]+/g))
    if (
      (PERSON_NOUNS.has(word[0]) && !/s$/.test(word[0]) && !NOT_ONE_PERSON.test(word[0])) ||
      TITLES[normTitleKey(word[0])] ||
      HONORIFICS[normTitleKey(word[0])]
    )
      return true;
  return false;
}

/** A run of capitalised words that may be a name. */
const NAME_RUN = /(?<![\p{L}])\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}/gu;

/** A title just before a name: "Sen. ", "Mrs. ". */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor)\.?\s+$/;

/** Person nouns for several or for anyone: no "he" or "she" is them. */
const NOT_ONE_PERSON = /^(?:men|women|people|many|some|few|most|all|everyone|everybody|anyone|anybody|nobody)$/;
