/**
 * Splitting quoted or reported words into separate checkable assertions: sentences, then clauses joined by
 * "but", "; ", "because" and the like, then lists of verb phrases (see list-items.ts).
 */
import { listItems } from './list-items';
import { countWords, hasWords } from './words';
import { IRREGULAR_PAST, SAME_FORM_PAST } from '../lexicon/verb-forms';
import { isVerbalWord, lexTag } from '../entities/word-tags';
import { GREETING_RE } from '../lexicon/function-words';

export interface ClaimSpan {
  start: number;
  end: number;
  text: string;
  /**
   * Words before the span that the claim shares with the claims beside it, for its standalone form: "Kim Schrier has
   * a plan to " for the span "double income taxes" of "… has a plan to eliminate …, double income taxes and put …".
   */
  context?: string;
}

// a connective is a whole word: "That’s why …" keeps its "That’s"; a "that" before a verb is the demonstrative subject
// ("That is why we froze them", "That was the year …"), not a connective
const LEAD_CONNECTIVE =
  /^(?:(?:and|but|or|so|yet|nevertheless|nonetheless|however|also|then|still|instead|meanwhile|moreover|furthermore|plus|because|that(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|does|did|means|meant|shows|showed|seems|seemed|makes|made|remains|happened|happens|changed|proves|proved|explains|explained|matters|mattered|\w+n[’']t)\b)|while|whereas|though|although)\b(?![’'-])[\s,]*)+/i;
/** A clause opening with "if"/"unless" whose commas so far only join more conditions ("If A, and B, and C"). */
const OPEN_CONDITION = /^\W*(?:(?:so|and|but|now)\s+)*(?:if|unless)\b(?:[^,]|,\s+(?:and|or)\b)*$/i;
const SUBJECT_AFTER_AND =
  /^(?:I|we|you|he|she|they|it|this|that|there|these|those|the|our|my|his|her|their|its|every|each|no|all|many|most|some|[A-Z][a-z]+)\b/;

/** Split [start,end) of `text` into sentence-level then clause-level claim spans. */
export function splitClaims(text: string, start: number, end: number): ClaimSpan[] {
  const spans: ClaimSpan[] = [];
  for (const [sentenceStart, sentenceEnd] of sentenceRanges(text, start, end)) {
    for (const [clauseStart, clauseEnd] of clauseRanges(text, sentenceStart, sentenceEnd)) {
      const span = trimSpan(text, clauseStart, clauseEnd);
      if (!span) continue;
      spans.push(...listItems(span));
    }
  }
  return spans;
}

/** The sentences (and lines) of [start, end): a dot after a title, an initial or an abbreviation ends none. */
export function sentenceRanges(text: string, start: number, end: number): [number, number][] {
  const sentences: [number, number][] = [];
  let sentenceStart = start;
  const sentenceBreak = /([.!?…]+)(["'”’)\]]*)\s+(?=["'“‘([]?[\p{Lu}\d])/gu;
  sentenceBreak.lastIndex = start;
  const slice = text.slice(0, end);
  let match: RegExpExecArray | null;
  while ((match = sentenceBreak.exec(slice))) {
    const at = match.index;
    // abbreviations and initials do not end sentences ("Dover, Del." is the state, which may)
    const before = slice.slice(Math.max(start, at - 6), at);
    // ("No. Headline inflation is down": "No" is an answer unless a number follows, as in "No. 5")
    const answer = /\bNo$/.test(before) && !/^\d/.test(slice.slice(at + match[0].length));
    if (
      match[1] === '.' &&
      !answer &&
      !/,\s+Del$/.test(before) &&
      /(?:\b(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Govs?|Dels?|Gen|Lt|Col|Capt|Sgt|Adm|Maj|St|Jr|Sr|No|vs|U\.S|D\.C|Inc|Co|Corp|Mt|Ft|Prof|Rev)|\b\p{Lu})$/u.test(
        before,
      )
    )
      continue;
    // a month abbreviated before its day is a date, not a sentence's end ("through Oct. 10")
    if (match[1] === '.' && MONTH_ABBREVIATION.test(before) && /^\d/.test(slice.slice(at + match[0].length))) continue;
    const breakEnd = at + match[1].length + match[2].length;
    sentences.push([sentenceStart, breakEnd]);
    sentenceStart = at + match[0].length;
  }
  if (sentenceStart < end) sentences.push([sentenceStart, end]);
  // paragraph breaks inside multi-paragraph pieces
  const lines: [number, number][] = [];
  for (const [from, to] of sentences) {
    let lineStart = from;
    for (let i = from; i < to; i++) {
      if (text[i] === '\n') {
        if (i > lineStart) lines.push([lineStart, i]);
        lineStart = i + 1;
      }
    }
    if (lineStart < to) lines.push([lineStart, to]);
  }
  return lines;
}

function clauseRanges(text: string, start: number, end: number): [number, number][] {
  const sentence = text.slice(start, end);
  const cuts: number[] = [];
  // (each test below reads a bounded stretch or goes on from where the last one stopped: a sentence of a hundred
  // thousand joints costs no more than its length)
  const openBracket = bracketDepth(sentence);
  const aside = dashAside(sentence);
  // (a run of spaces is tried from its first space only, "(?<!\s)": tried from each, a run of 20,000 spaces took
  // seconds, each start reading the rest of the run)
  const joint =
    /;\s+|,\s+but\s+|(?<!\s)\s+but\s+(?=\w)|,\s+(?:and|or)\s+(?=\S)|(?<!\s)\s+—\s+(?=[a-z])|(?:,|(?<!\s))\s+(?:while|whereas)\s+(?=\S)|,\s+yet\s+(?=\S)|(?:,|(?<!\s))\s+because\s+(?!of\b)(?=\S)|(?<!\s)\s+and\s+(?=(?:he|she|they|we|I|it)\s+[a-z])|(?:,|(?<!\s))\s+and\s+that\s+(?=\S)/g;
  let match: RegExpExecArray | null;
  while ((match = joint.exec(sentence))) {
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + LOOKAHEAD);
    if (openBracket(match.index)) continue;
    // a dash before a relative clause ("— which is …") or either dash of a pair around an aside ("the goal — the
    // Under2 MOU — has …") joins nothing that stands on its own
    if (/^(?:which|who|whom|whose|where)\b/.test(after) && /—/.test(match[0])) continue;
    if (aside && match.index >= aside.open && match.index < aside.close && !aside.closesBeforeClause(match.index))
      continue;
    // "while"/"whereas"/"because"/"yet" join two assertions only when a clause follows (a subject and its verb):
    // "… for its jets while it sells new jets abroad", not "while in office"
    if (/^,?\s+(?:while|whereas|because|yet)\s/.test(match[0]) && !startsClause(after)) continue;
    if (/^,\s+(?:and|or)/.test(match[0]) && !SUBJECT_AFTER_AND.test(after)) continue;
    // "attacked his wife, Heidi, and his father, Rafael": a noun phrase after ", and" is one more item, not a clause
    if (
      /^,\s+(?:and|or)/.test(match[0]) &&
      /^[a-z]/.test(after) &&
      !/^(?:that|we|you|he|she|they|it)\b/.test(after) &&
      !startsClause(after) &&
      !verbBeforeComma(after)
    )
      continue;
    if (
      /^,\s+(?:and|or)/.test(match[0]) &&
      /^[A-Z][a-z]+\b/.test(after) &&
      !/^(?:I|We|You|He|She|They|It|This|That|There|The|Our|My|His|Her|Their|Its)\b/.test(after)
    ) {
      // ", and Chicago …": only split when a verb follows within a few words
      if (
        !/^\S+(?:\s+\S+){0,2}\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|says|said)\b/.test(
          after,
        )
      )
        continue;
    }
    const clauseFrom = cuts.length ? cuts[cuts.length - 1] - start : 0;
    // "(said) that A and that B": a second reported clause, when a clause follows; not when the "that" it repeats is
    // inside the first ("refused to admit that he erred and that his strategy failed": neither is said)
    if (
      /and\s+that/.test(match[0]) &&
      (INNER_THAT.test(sentence.slice(clauseFrom, match.index)) ||
        !(
          startsClause(after.replace(OPENING_MARKS, '')) ||
          (/^\W*that\s/.test(sentence) &&
            thatClause(after.replace(OPENING_MARKS, ''), sentence.slice(clauseFrom, match.index)))
        ))
    )
      continue;
    // "The governor, who took office in 2019, and the mayor, who …, both backed it": a subject and its relative clause
    // before ", and" is half of a compound subject, not a clause
    if (
      /^,\s+(?:and|or)/.test(match[0]) &&
      match.index - clauseFrom <= LOOKAHEAD &&
      /^[^,;:]{1,60},\s+(?:who|which)\b[^,;:]*$/.test(sentence.slice(clauseFrom, match.index))
    )
      continue;
    // "is not a tax, but instead a fee", "not to escalate but rather to set norms": after a negation, a "but" before a
    // phrase (not a clause) says what is the case instead, one claim; "all but one" and "can't help but" join nothing
    if (
      /but/.test(match[0]) &&
      ((!match[0].startsWith(',') && /\ball$/i.test(sentence.slice(Math.max(0, match.index - 4), match.index))) ||
        (!match[0].startsWith(',') &&
          /(?:n['’]t|not|cannot)\s+help$/i.test(sentence.slice(Math.max(0, match.index - 14), match.index)) &&
          !SUBJECT_AFTER_AND.test(after)) ||
        (NOT_A_CLAUSE.test(after) &&
          !startsClause(after.replace(/^[^,;:]{1,60},\s+/, '')) &&
          !CLAUSE_WORD.test(after.slice(0, LOOKAHEAD)) &&
          /\bnot\b|n['’]t\b/i.test(sentence.slice(Math.max(clauseFrom, match.index - LOOKAHEAD), match.index))))
    )
      continue;
    // "The plan was popular but would cost the state $40 million": "but" before a verb phrase shares the subject before
    // it, and its half alone would be a fragment without one ("would cost the state $40 million")
    if (/but/.test(match[0]) && verbPhraseFollows(after, QUESTION_END.test(sentence))) continue;
    // "The reason … is because it is illegal": the "because" clause is what the copula says, not a second claim
    if (/because/.test(match[0]) && /\b(?:is|was)$/i.test(sentence.slice(Math.max(0, match.index - 4), match.index)))
      continue;
    // "the firm was not cutting jobs because it had to": the negation may deny the reason, not the deed, so the two
    // halves apart would assert what was denied (a comma sets the reason outside it: "did not vote, because …")
    if (
      /^\s+because/.test(match[0]) &&
      /\b(?:not|never)\b|n['’]t\b/i.test(sentence.slice(Math.max(clauseFrom, match.index - LOOKAHEAD), match.index))
    )
      continue;
    // "not only right then, but any time after": both halves of "not only … but" make one claim
    if (
      /but/.test(match[0]) &&
      /\bnot only\b/i.test(sentence.slice(Math.max(clauseFrom, match.index - LOOKAHEAD), match.index))
    )
      continue;
    // (a short first half is kept apart before a second reported clause, "he was disappointed but that the club …",
    // and before what the speaker did besides, "loan defaults rose but would not say by how much")
    if (
      /^\s+but\s+/.test(match[0]) &&
      !endsWithComma(sentence, match.index) &&
      !hasWords(sentence, 0, match.index, 4) &&
      !/^that\s/.test(after) &&
      !SPEAKER_ACT.test(after)
    )
      continue;
    // "a difficult but necessary step": two adjectives of one noun
    if (
      /^\s+but\s+/.test(match[0]) &&
      adjectiveBefore(sentence, match.index) &&
      // ("“painful but necessary” to reach …", "… was difficult but necessary.")
      /^(?:[a-z]+ly\s+)?[a-z]+(?:["”’']?\s+\w|["”’']?[.,;]?["”’']?\s*$)/.test(after)
    ) {
      const next = /^(?:\w+ly\s+)?(\w+)/.exec(after)![1].toLowerCase();
      // (not "difficult but new orders rose 12 percent": a noun and its verb after the second adjective)
      const clause =
        /^(?:[a-z]+ly\s+)?[a-z]+\s+[a-z]+\s+(?:is|are|was|were|has|have|had|will|would|rose|fell|grew|[a-z]+ed)\b/.test(
          after,
        );
      if (/Adjective|Comparative|Superlative/.test(lexTag(next) ?? '') && !clause) continue;
    }
    // "if you don’t comply, and you’re on disability, you won’t be paid": a condition still waiting for its clause
    if (
      /^,\s+(?:and|or)/.test(match[0]) &&
      match.index - clauseFrom <= MAX_CONDITION &&
      OPEN_CONDITION.test(sentence.slice(clauseFrom, match.index))
    )
      continue;
    if (
      !hasWords(after, 0, after.length, 3) ||
      (!hasWords(sentence, clauseFrom, match.index, 3) && !(/but/.test(match[0]) && SPEAKER_ACT.test(after)))
    )
      continue;
    cuts.push(start + match.index);
    cuts.push(start + match.index + match[0].length);
  }
  // "While Rob Portman relies on his super PAC, we don’t have one": an opening contrast clause is a claim of its own
  const lead = /^["“‘(]*(?:While|Whereas|Although|Though)\s+/.exec(sentence);
  if (lead && !cuts.length) {
    const comma = /,\s+/g;
    comma.lastIndex = lead[0].length;
    let commaMatch: RegExpExecArray | null;
    while ((commaMatch = comma.exec(sentence))) {
      const after = sentence.slice(commaMatch.index + commaMatch[0].length, commaMatch.index + LOOKAHEAD);
      if (
        hasWords(sentence, lead[0].length, commaMatch.index, 3) &&
        hasWords(after, 0, after.length, 3) &&
        startsClause(after) &&
        !openBracket(commaMatch.index)
      ) {
        cuts.push(start + commaMatch.index, start + commaMatch.index + commaMatch[0].length);
        break;
      }
    }
  }
  const clauses: [number, number][] = [];
  let clauseStart = start;
  for (let i = 0; i < cuts.length; i += 2) {
    clauses.push([clauseStart, cuts[i]]);
    clauseStart = cuts[i + 1];
  }
  clauses.push([clauseStart, end]);
  return clauses;
}

/**
 * A clause after "but": an opening phrase and a subject pronoun ("but in March she cut …"), or a finite auxiliary
 * among the first words ("but as a result the deficit will grow …"), not one inside a relative ("who I am").
 */
const CLAUSE_WORD =
  /^(?:in|on|at|by|as|for|after|before|since|during|under|with)\s+(?:[\w’'-]+\s+){0,3}(?:I|we|you|he|she|they)\s|^(?:(?!(?:who|what|which|that|it|he|she|they|we|I|you)\b)[\w’'-]+\s+){1,5}(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does)\b/;

/** Words that open a phrase, not a clause, after "not … but": "but rather to …", "but instead a fee", "but as …". */
const NOT_A_CLAUSE =
  /^(?:rather|instead|also|as|to|in|on|of|for|by|at|from|with|because|about|whose|merely|simply|only)\b/i;

/** A "that" after a clause's first word: the clause holds a "that" clause of its own. */
const INNER_THAT = /^\W*\S+\s[\s\S]*\bthat\b/i;

/** Quote marks opening a clause ("and that “no group owns …"). */
const OPENING_MARKS = /^["“‘']+/;

/**
 * Whether words after "and that" are a clause it opens: a verb before their first comma, not right after "that" ("and
 * that does appear …": a demonstrative subject), nor after one singular noun ("and that money was never repaid" may
 * be "that money").
 */
function thatClause(after: string, before: string): boolean {
  if (
    /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does|did|\w+n['’]t)\b/i.test(after)
  )
    return false;
  // (the noun said before: "raised a tax and that tax doubled bills", "that" may point back to it)
  const noun = /^([a-z]+)(?<!s)\s+(?:is|was|has|had|did|does|[a-z]+ed)\b/.exec(after)?.[1];
  if (noun && new RegExp(`\\b${noun}\\b`, 'i').test(before)) return false;
  return verbBeforeComma(after);
}

/** How much of what follows a joint its tests read: a subject, a verb and a few words. */
const LOOKAHEAD = 200;
/** The longest opening condition waited on for its clause ("If A, and B, and C, …"). */
const MAX_CONDITION = 600;

/**
 * Whether a point of the sentence lies inside brackets, for points asked in increasing order: the count goes on
 * from the last point asked.
 */
function bracketDepth(sentence: string): (at: number) => boolean {
  let scanned = 0;
  let depth = 0;
  return (at) => {
    for (; scanned < at; scanned++) {
      if (sentence[scanned] === '(') depth++;
      else if (sentence[scanned] === ')') depth--;
    }
    return depth > 0;
  };
}

/**
 * The one pair of dashes in a sentence around words that are no clause of their own ("the goal — the Under2 MOU —
 * has", "we — and I say we, because we are a team — would have"): joints from the opening dash to the closing one
 * join nothing, except a closing dash that a new clause follows ("— a hard call for the town — and the mill will
 * close").
 */
function dashAside(
  sentence: string,
): { open: number; close: number; closesBeforeClause: (at: number) => boolean } | undefined {
  const dashes = [...sentence.matchAll(/\s+—\s+/g)].slice(0, 3);
  if (dashes.length !== 2) return undefined;
  const [opening, closing] = dashes;
  if (startsClause(sentence.slice(opening.index + opening[0].length, closing.index))) return undefined;
  const afterClosing = sentence.slice(closing.index + closing[0].length, closing.index + LOOKAHEAD);
  const conjunction = /^(?:and|but|or|yet)\s+/.exec(afterClosing);
  const newClause = !!conjunction && startsClause(afterClosing.slice(conjunction[0].length));
  return {
    open: opening.index,
    close: closing.index + 1,
    closesBeforeClause: (at) => newClause && at === closing.index,
  };
}

/**
 * Whether words open with a verb phrase that has no subject of its own: an auxiliary, a verb in the past or present
 * ("but still lost 500", "but raises the deficit"), not a noun before its verb ("but prices rose", "but taxes have"),
 * nor the auxiliary of a question.
 */
function verbPhraseFollows(after: string, question: boolean): boolean {
  const [first = '', second = ''] = after
    .replace(/^(?:(?:still|also|then|now|only|never|not|already|later|quickly|[a-z]+ly)\s+){0,2}/i, '')
    .toLowerCase()
    .split(/\s+/, 2);
  // "… but gave no forecast", "but would not say by how much": what the speaker did after the words, not their subject
  if (SPEAKER_ACT.test(after.replace(/^(?:still|also|then)\s+/i, ''))) return false;
  // ("…, but is this the best they can do?": an auxiliary opening a question has its subject after it)
  // (nor "…, but should he win, …", "but could the state afford …": an inverted condition or question)
  if (FINITE_AUXILIARY.test(first))
    return (
      !question && !/^(?:I|you|he|she|it|we|they|there|the|a|an|this|that|these|those|any|its|their|our)$/i.test(second)
    );
  if (FINITE_AUXILIARY.test(second) || /PastTense/.test(lexTag(second) ?? '')) return false;
  // ("raises", "cuts": plural nouns to the lexicon, verbs before their object)
  return (
    isVerbalWord(first) ||
    IRREGULAR_PAST.has(first) ||
    (/Plural|PresentTense/.test(lexTag(first) ?? '') &&
      /^(?:(?:the|a|an|its|his|her|their|our|my|your|this|these|those)$|\$?\d)/.test(second))
  );
}

/** What a speaker does besides the words reported: "gave no forecast", "declined to comment", "would not say". */
const SPEAKER_ACT =
  /^(?:(?:gave|gives|offered|provided|released|had) no\b|(?:declined|refused) to\b|kept (?:its|their|his|her)\b|added\b|noted\b|stopped short\b|(?:did|does|would|could)(?:n[’']t| not) (?:say|give|provide|elaborate|comment|disclose|specify|explain|identify|name|offer|release|rule out|confirm)\b)/i;

/** A sentence ending with a question mark, inside its closing quote marks. */
const QUESTION_END = /\?["”’')]*\s*$/;

/** A finite auxiliary or modal, negated or not. */
const FINITE_AUXILIARY =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does|did)$|^[a-z]+n[’']t$/;

/** Whether the word before `at` is an adjective as the lexicon tags it. */
function adjectiveBefore(sentence: string, at: number): boolean {
  const word = /(\w+)$/.exec(sentence.slice(Math.max(0, at - 30), at));
  return !!word && /Adjective|Comparative|Superlative/.test(lexTag(word[1].toLowerCase()) ?? '');
}

/** Whether the words before `at` end with a comma (spaces aside). */
function endsWithComma(sentence: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(sentence[i])) i--;
  return sentence[i] === ',';
}

/** A clause opens here: a subject (pronoun, determiner phrase or name) and a verb within a few words. */
/** Whether a verb comes in the words up to the first comma (a dozen at most): "this year 58 percent … came". */
function verbBeforeComma(text: string): boolean {
  // "the mill, which employed 300 people, shut down": a subject and its relative clause, the verb still to come
  if (/^[^,;:—]{1,60},\s+(?:which|who)\b/.test(text)) return true;
  const words = /^[^,;:—]*/.exec(text)![0].split(/\s+/, 12);
  return words.some(
    (word) =>
      isVerbalWord(word.toLowerCase()) ||
      /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does|did)$|n['’]t$|ed$/i.test(
        word,
      ),
  );
}

function startsClause(text: string): boolean {
  const subject =
    /^(?:when\s+|if\s+)?(?:(?:I|we|you|he|she|they|it|there|this|that)\b|(?:\$?\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\s+[\w’'-]+|(?:the|a|an|his|her|their|its|our|my|these|those|some|many|most|no|every|all|both|each|either|neither|several|few)\s+[\w’'-]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})/.exec(
      text,
    );
  if (!subject) return false;
  const rest = text.slice(subject[0].length).replace(/(^|\s)[“”"‘]+/g, '$1');
  return (
    /^(?:\s+[\w’'-]+){0,3}?\s*(?:['’](?:s|re|ve|ll|d|m)\b|\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does|did|don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|isn['’]t|aren['’]t|wasn['’]t|[a-z]+(?:ed|es|s))\b)/.test(
      rest,
    ) ||
    (/^\s+[a-z]+\b/.test(rest) && isVerbalWord((/^\s+([a-z]+)/.exec(rest) ?? ['', ''])[1]))
  );
}

/** A month as news style abbreviates it before a day: "Oct. 10", "Sept. 3". */
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

/** The end of a word whose period is its own: "a.m", "U.S", "Inc", "Jr", "Oct". */
const ABBREVIATION_END = /(?:\b\p{L}\.\p{L}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Jan|Feb|Aug|Sept?|Oct|Nov|Dec))$/u;

function trimSpan(text: string, start: number, end: number): ClaimSpan | null {
  // strip quote marks, whitespace, leading connectives, trailing punctuation
  const leading = /^[\s"“”‘’'`([…—–-]+/;
  for (let guard = 0; guard < 4; guard++) {
    const span = text.slice(start, end);
    const marks = leading.exec(span);
    if (marks && marks[0].length) {
      // "[I]f it was left up to her": a bracket the writer put in for a letter or words is the claim's first word
      const bracket = marks[0].indexOf('[');
      if (bracket >= 0 && /^\[[^\]\n]{1,30}\]/.test(span.slice(bracket))) {
        start += bracket;
        break;
      }
      start += marks[0].length;
      continue;
    }
    // "That I ever backed the levy is nonsense": a "That" opening a sentence is its subject (a clause or a
    // demonstrative), never the connective "that" of reported words
    const connective = /^That\b/.test(span) ? null : LEAD_CONNECTIVE.exec(span);
    if (connective && connective[0].length && connective[0].length < span.length) {
      start += connective[0].length;
      continue;
    }
    break;
  }
  while (end > start && /[\s"“”‘’'`,.;:…—–\-)]/.test(text[end - 1])) {
    if (
      text[end - 1] === ')' &&
      (text.slice(start, end).match(/\(/g)?.length ?? 0) >= (text.slice(start, end).match(/\)/g)?.length ?? 0)
    )
      break;
    end--;
  }
  // keep a closing ? or ! (questions are recognised later); keep a final period out of the span
  if (end < text.length && (text[end] === '?' || text[end] === '!')) end++;
  // but an abbreviation keeps its own period ("by 4 a.m.", "in the U.S.", "Harlow Inc.")
  else if (text[end] === '.' && ABBREVIATION_END.test(text.slice(Math.max(start, end - 6), end))) end++;
  if (end <= start) return null;
  const trimmed = text.slice(start, end);
  if (countWords(trimmed) < 3) return null;
  return { start, end, text: trimmed };
}

/** A subject and its auxiliary alone, the verb left to the question: "I don't.", "It was not." */
const ELLIPTICAL =
  /^(?:i|we|you|he|she|it|they)\s+(?:do|does|did|am|is|are|was|were|have|has|had|can|could|will|would|should)(?:n['’]t|\s+not)?\W*$/i;

export function isClaimLike(span: string): boolean {
  const text = span.trim();
  if (/\?["”’']*$/.test(text)) return false;
  if (GREETING_RE.test(text)) return false;
  if (countWords(text) < 3) return false;
  // an answer that leaves its verb to the question: "I don't.", "We have not." ("Neither do I" is kept: it says
  // whom it agrees with, and reads on its own once named)
  if (ELLIPTICAL.test(text)) return false;
  // a claim needs a verb-like word (a finite verb or copula) — skip bare noun phrases and interjections
  // (a word ending in "s" may be a verb as well: "The plan works")
  return hasVerbWord(text) || /[a-z]+(?:es|s)\b/i.test(text);
}

/**
 * A past the lexicon reads as a noun, written as its present, before what it takes: "The pier cost $40 million",
 * "the strike hurt the economy" (not "the cost of the war").
 */
const SAME_FORM_PAST_BEFORE_OBJECT = new RegExp(
  String.raw`(?<!\b(?:the|a|an|its|his|her|their|our|my|your|this|that|of|to|total|low|high|rising)\s+)\b(?:${[...SAME_FORM_PAST].join('|')})\s+(?:[$£€\d]|(?:the|a|an|him|her|them|us|me|it|his|their|its|our|nearly|almost|about|more|less|over|at|some|many|millions|billions|thousands|hundreds|taxpayers)\b)`,
  'i',
);

/**
 * Whether words hold a verb the lexicon knows, an auxiliary, a past in "-ed" or a contraction: "Prices rose", not
 * "a few of his revelations" (an irregular past the lexicon reads as a noun counts: "Unemployment rose to 6
 * percent"; not "left", which is as often a side: "from the left").
 */
export function hasVerbWord(text: string): boolean {
  const lexVerb = (text.match(/[A-Za-z]+/g) ?? []).some((word) => {
    const lower = word.toLowerCase();
    return isVerbalWord(lower) || (IRREGULAR_PAST.has(lower) && lower !== 'left');
  });
  return (
    lexVerb ||
    SAME_FORM_PAST_BEFORE_OBJECT.test(text) ||
    /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|shall|do|does|did|[a-z]+ed)\b|n['’]t\b|['’](?:s|re|ve|ll|d)\b/i.test(
      text,
    )
  );
}
