/**
 * The person a claim's opening description stands for ("The Florida senator voted against it" → "Marco Rubio voted
 * against it"), resolved as the same words would be as a speaker: an office and a place the article gives with a
 * name, or the one person of the sentences before whom the description fits (resolveSpeaker).
 */
import { firstTokenFrom } from '../analysed-text';
import { lastWord } from '../claims/standalone';
import { DescribedSubject } from '../claims/descriptions';
import { titleFromWords } from '../entities/name-words';
import { isVerbalWord } from '../entities/word-tags';
import { PhraseResolution, resolveSpeaker, ROLE_HEAD } from './speaker-phrase';

/**
 * Lower-case words that may stand between "the" and the office without making it another person than the one the
 * article has been speaking of ("the next president", "the junior senator" may be someone else; "the presumptive
 * nominee" is the one the article named).
 */
const SAME_PERSON_MODIFIERS = new Set(['presidential', 'presumptive']);

/** Roles anyone the article names may have: no title says who holds them. */
const CANDIDACY = /^(?:candidate|nominee)$/;

/** What a holder of any office must or should do. */
const GENERIC_DUTY = /^(?:must|should|needs? to|has to|have to|ought to)\b/;

/** The most words read between "the" and the office ("the Republican presidential nominee"). */
const MAX_MODIFIERS = 3;

export function describedSubjects(context: PhraseResolution): DescribedSubject {
  const { doc } = context;
  const { tokens } = doc;
  return (start, end, speaker) => {
    let first = firstTokenFrom(doc, start);
    if (tokens[first]?.lower === 'that') first++;
    if (!/^(?:the|this)$/.test(tokens[first]?.lower ?? '')) return undefined;
    // "the 45-year-old had sold …": the one person the article has given that age ("Karen Whitlow, 45,")
    const aged = tokens[first + 1];
    if (aged && /^\d{1,3}-year-old$/i.test(aged.text) && aged.end <= end) {
      const after = tokens[first + 2];
      if (
        !after ||
        !(
          /^['’]s$/.test(after.text) ||
          isVerbalWord(after.lower) ||
          /^(?:had|has|was|is|would|will)$/.test(after.lower)
        )
      )
        return undefined;
      const person = resolveSpeaker(context, { firstToken: first, endToken: first + 2 }).entity;
      if (person?.type !== 'person' || !/\s/.test(person.name)) return undefined;
      if (speaker && lastWord(person.name) === lastWord(speaker)) return undefined;
      return { phrase: doc.text.slice(tokens[first].start, aged.end), name: person.name };
    }
    // the office: capitalised modifiers (a place, a party) or a few that keep the person, then a role noun
    let head = first + 1;
    while (
      head < tokens.length &&
      head - first <= MAX_MODIFIERS &&
      tokens[head].kind === 'word' &&
      (tokens[head].capitalised || SAME_PERSON_MODIFIERS.has(tokens[head].lower)) &&
      !ROLE_HEAD.test(tokens[head].lower)
    )
      head++;
    const role = tokens[head];
    if (!role || role.kind !== 'word' || role.capitalised || !ROLE_HEAD.test(role.lower) || role.end > end)
      return undefined;
    // the subject or its owner: a verb or a possessive follows, not another noun ("the senator race", "the candidate
    // forums") nor a clause that narrows it ("the senator who wrote the bill" is whoever wrote it)
    const next = tokens[head + 1];
    if (!next || !(/^['’]s$/.test(next.text) || isVerbalWord(next.lower))) return undefined;
    // "The nominee has to win Ohio": what any holder must do is no claim about the one the article names
    if (CANDIDACY.test(role.lower) && GENERIC_DUTY.test(doc.text.slice(next.start, next.start + 20))) return undefined;
    const entity = resolveSpeaker(context, { firstToken: first, endToken: head + 1 }).entity;
    // a full name only: a surname alone or the description's own words say no more than it
    if (entity?.type !== 'person' || !/\s/.test(entity.name)) return undefined;
    // whoever speaks describes someone else ("the candidate knew …" in his aide's words is not the aide); and an
    // office is held by one the article titles so ("the judge" is no candidate), a candidacy by anyone
    if (speaker && lastWord(entity.name) === lastWord(speaker)) return undefined;
    const office = titleFromWords([role.lower]);
    if (!CANDIDACY.test(role.lower) && (!office || entity.title !== office)) return undefined;
    return { phrase: doc.text.slice(tokens[first].start, role.end), name: entity.name };
  };
}
