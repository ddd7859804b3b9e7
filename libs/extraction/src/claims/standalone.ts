/**
 * Making a claim read on its own, only where the rewrite is sure: the speaker's "I", "me" and "my" become the speaker's
 * full name (or the one name the article gives a person it titles or gives a sex: "Mr. Obama") when the verb still
 * agrees, a leading "he"/"she" is named when the person is certain and of that gender.
 * Everything else keeps the claim's own words: "we", "us" and "our" often mean a country, a party or an institution, a
 * title is not a name to make a possessive of, and a change of capital letter alone is no rewrite.
 */
import { normTitleKey, orgLike } from '../entities/name-words';
import { firstNameGender, isVerbalWord, lexTag } from '../entities/word-tags';
import { HONORIFICS, PERSON_NOUNS, TITLES } from '../lexicon/speaker-nouns';
import { opensWithSubject, uncheckableKind } from './checkable';
import { countWords } from './words';
import { wordTable } from '../lexicon/word-set';

/**
 * The one man and the one woman named just before the words, and whether anyone else at all is (a person whose gender
 * nothing gives included): who a "he"/"she" of them can mean.
 */
export interface NamedBefore {
  m?: string;
  f?: string;
  anyone?: boolean;
}

interface Resolver {
  /** Full name of the speaker, if known. */
  speakerName?: string;
  speakerType?: string;
  gender?: 'm' | 'f' | 'x';
  /** The speaker's title ("Mayor"), which says what kind of place `place` is. */
  title?: string;
  /** Place the speaker governs or represents ("Chicago" for the mayor of Chicago). */
  place?: string;
  /** "he"/"she" at the start of reported (not quoted) content refers back to the speaker. */
  reported?: boolean;
  /** The article's words for a speaker that is a group: a "they" opening their reported words is that group. */
  group?: string;
  /** The article's words for a speaker that is an organisation: an "it" opening its reported words is that body. */
  body?: string;
  /**
   * The named subject of the claim before this one in the same quote: a claim opening with "he"/"she" refers to it
   * when the name's gender agrees ("Joe Biden has driven the surge because he imported more virus").
   */
  antecedent?: string;
  /**
   * The full name of the one person of the article the antecedent names, for a "he" (`m`) and for a "she" (`f`); null
   * when two of that gender share its name ("Mr. Bush" of Jeb and George W.: then nobody is named).
   */
  antecedentFor?: { m?: string | null; f?: string | null };
  /** The one man and the one woman the article names just before the quote, for a "he"/"she" opening its first claim. */
  namedBefore?: NamedBefore;
  /** Whether whom reported words were told to could be a "he" or a "she" of them: then it is not sure who is. */
  listener?: { m: boolean; f: boolean };
  /** A verb that frames the claim as the speaker's words: "Trump called X “a disaster”". */
  framing?: string;
  /**
   * A negated verb of saying or thinking the reported words hang on ("didn't think", "do not believe"): without it the
   * words say the opposite of what the speaker did, so the standalone form keeps it.
   */
  denial?: string;
  /** Whether the words before the quote describe another person without naming them ("his predecessor"). */
  othersDescribed?: { m: boolean; f: boolean };
  /** The name the article gives, before the claim, to a bare "the <noun>" (see describedThings). */
  described?: (noun: string) => string | undefined;
  /** The description of a person the claim opens with and the name of whom it stands for (describedSubjects). */
  describedSubject?: { phrase: string; name: string };
  /** A condition the sentence opens with before the speaker ("If the levy passes,"): the form opens with it. */
  condition?: string;
}

/**
 * Rewrite a claim so that it reads on its own where that is sure; otherwise return its own words.
 * `protectFrom` (an offset into `claim`): words from there on are somebody else's, quoted inside the claim ("Biden said
 * that police ‘become the enemy’"), and keep their own first person. `ownFrom`: where the claim's own words start,
 * after the words it shares with the claims beside it ("Kim Schrier has a plan to " before "double income taxes").
 */
export function standalone(whole: string, resolver: Resolver, protectFrom?: number, ownFrom = 0): string {
  const own = whole.slice(ownFrom).trim();
  // a claim this long is no sentence to rewrite, and the rules below look back along it for each pronoun
  if (whole.length > MAX_REWRITTEN) return own;
  // narration the claim's span ran into past a closing quote mark ("You winning?” she said") is left out
  const kept = wordsOfTheQuote(whole.slice(ownFrom));
  const claim = whole.slice(0, ownFrom + kept.to);
  const cut = protectFrom !== undefined && protectFrom > 0 && protectFrom < claim.length ? protectFrom : claim.length;
  let text = rewrite(claim.slice(0, cut), resolver) + claim.slice(cut);
  const framer = resolver.framing && framingSubject(resolver);
  // "described as “…”", "called a charlatan by fellow physicians": the verb has no object the speaker named
  const object = /^[^“”"‘]*/.exec(own)![0];
  // ("accused X of …": the object and its "of" before the quoted words)
  const framed = !/^accus/i.test(resolver.framing ?? '') || /^[^,;:]{1,80}\sof\s/.test(object);
  // the speaker's own words quoted after the object ("called the levy “a tax on the poor”"), or words that without
  // their verb are no sentence ("reported a 14 percent drop in sales", "called the plan a giveaway to insurers")
  const needsVerb =
    (object.length < own.length && FRAMES_A_QUOTE.test(resolver.framing ?? '')) || uncheckableKind(own) === 'fragment';
  // ("called him a master at …": the frame needs whom the pronoun means, or the words stay a fragment)
  const pronoun = OBJECT_PRONOUN.exec(text.trimStart());
  const objectName = pronoun && framer ? framedPerson(pronoun[1], framer, resolver) : undefined;
  if (
    framer &&
    framed &&
    needsVerb &&
    // ("a liar by her rivals", not "a hoax perpetrated by China": an agent right after the object is the verb's own)
    !/^(?:as|by|to|of|for|with)\b|^(?:\S+\s+){1,3}by\s/i.test(object) &&
    (!pronoun || objectName) &&
    // (a speaker found to be the one the words are about is the wrong speaker: "Trump accused Mr. Trump of …")
    !namesAgain(own.split(/\s+/, 6).join(' '), framer)
  ) {
    const words = text.trim();
    const named = pronoun && objectName ? objectName + words.slice(pronoun[1].length) : words;
    text = `${framer} ${resolver.framing} ${named}`;
  }
  // "Sanders said he didn’t think the accord went far enough": the speaker and the negated verb before the words
  const denier = resolver.denial && (framingSubject(resolver, resolver.denial) ?? resolver.speakerName);
  if (denier) {
    // "Ann Roe denied that she took the money": after the name, the speaker's own "he"/"she" stays a pronoun
    const pronoun = /^(he|she|they)\b/i.exec(claim.trimStart());
    const body = text.trim();
    const own = pronoun && body.startsWith(`${denier} `) ? pronoun[1].toLowerCase() + body.slice(denier.length) : body;
    text = `${denier} ${agreeing(resolver.denial!, denier, resolver)} ${own}`;
  }
  // (put before the words once they are rewritten: in front it would hide their opening "she" from the rewrite, "If
  // the levy passes, Lint said, she will resign" is "If the levy passes, Mara Lint will resign")
  if (resolver.condition) text = `${resolver.condition} ${text.trimStart()}`;
  const rewritten = finish(text);
  // the claim's own words, with only the quote marks its edges cut off put right
  if (!denier && (sameWords(rewritten, own) || garbled(rewritten, own))) return balanceQuotes(own);
  return rewritten;
}

/** Verbs whose object and complement are the speaker's words, quoted or not: "called the levy “a tax on the poor”". */
const FRAMES_A_QUOTE = /^(?:call|describ|label|dub|brand|term|accus)/i;

/**
 * A pronoun that is a framing verb's object, whom the frame leaves unnamed: "him", "them", "her “third-rate”", "it"
 * (a possessive, "his record", "her plan", reads as the framer's own; "those advocating …" says whom).
 */
const OBJECT_PRONOUN =
  /^(him|them|it|me|us|you|(?:this|these|those)(?=\s+(?:["“‘']|(?:a|an|the|as)\b))|her(?=\s+(?:["“‘']|(?:a|an|the|as|of|for|to)\b)))\b/i;

/**
 * Whom a framing verb's "him"/"her" means, when sure: the one person of that gender the article names just before the
 * words, who is not the framer ("Ms. Ruiz called him a fraud" after "Tom Bell" alone was named). Null otherwise.
 */
function framedPerson(pronoun: string, framer: string, resolver: Resolver): string | null {
  const gender = /^him$/i.test(pronoun) ? 'm' : /^her$/i.test(pronoun) ? 'f' : null;
  const named = gender && resolver.namedBefore?.[gender];
  if (!named || lastWord(withoutTitles(named)) === lastWord(withoutTitles(framer))) return null;
  const name = withoutTitles(named);
  return isFullName(name) ? name : null;
}

/** The longest claim (with the words it shares) that is rewritten; a standalone form may have 2000 characters. */
const MAX_REWRITTEN = 1500;

/**
 * The claim without the narration its span ran into past a closing quote mark that closes nothing in it: "You
 * winning?” she said", "… domain,” Scott Pruitt". The whole claim otherwise.
 */
function wordsOfTheQuote(claim: string): { from: number; to: number } {
  let open = 0;
  for (let i = 0; i < claim.length; i++) {
    if (claim[i] === '“') open++;
    else if (claim[i] === '”' && open) open--;
    else if (claim[i] === '”') {
      const before = claim.slice(0, i).replace(/[\s,;:—–-]+$/, '');
      return countWords(before) && NARRATION_AFTER.test(claim.slice(i + 1))
        ? { from: 0, to: before.length }
        : { from: 0, to: claim.length };
    }
  }
  return { from: 0, to: claim.length };
}

/** What follows a quote as narration: "she said", ", Scott Pruitt", "he added." */
const NARRATION_AFTER =
  /^[\s,]*(?:(?:he|she|they|I|we|it)\s+(?:said|says|added|asked|wrote|explained|insisted|noted)|(?:[A-Z][\w.’'-]*\s*){1,4}(?:said|says|added|wrote)?)[\s.,]*$/;

/** Only letters and digits, lower case: what is left when capitals, punctuation and quote marks are set aside. */
function sameWords(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isWordChar(a, i)) i++;
    while (j < b.length && !isWordChar(b, j)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i].toLowerCase() !== b[j].toLowerCase()) return false;
    // a word ends on one side where it goes on on the other ("rate s" against "rates")
    if (isWordChar(a, i + 1) !== isWordChar(b, j + 1)) return false;
    i++;
    j++;
  }
}

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && /[\p{L}\p{N}]/u.test(text[at]);
}

/** A rewrite that doubled a word or an abbreviation ("U.S. U.S.", "Trump’s’s") the claim did not have twice. */
function garbled(rewritten: string, own: string): boolean {
  const doubled = (text: string) =>
    text.match(/(?:^|\s)([\p{L}.’']+)\s+\1(?=[\s,.;:!?]|$)|[’']s[’']s?\b/giu)?.length ?? 0;
  return doubled(rewritten) > doubled(own);
}

function finish(claim: string): string {
  let text = claim.trim();
  // "that" opening reported content ("that he would …"), not the demonstrative ("That number is wrong") nor a clause
  // opening a sentence as its subject ("That I ever backed the levy is nonsense")
  const that = /^that\s+(\S+)/.exec(text);
  if (that && (CLAUSE_OPENER.has(that[1].toLowerCase()) || /^\p{Lu}/u.test(that[1]))) text = text.slice(5).trim();
  // quote marks at the edges, but not the apostrophe of a possessive ("the decision was Omar Reyes’")
  text = text.replace(/\s+/g, ' ').replace(/^["“”‘’']+|(?<!s)["“”‘’']+$|(?<=s)["“”‘]+$/g, '');
  text = balanceQuotes(text).replace(/[\s,;:—–-]+$/, '');
  if (text) text = text[0].toUpperCase() + text.slice(1);
  if (text && !/[.!?]$/.test(text)) text += '.';
  return text;
}

const CLAUSE_OPENER = new Set(
  'i we you he she they it there the a an this these those his her their its our my your'.split(' '),
);

function rewrite(claim: string, resolver: Resolver): string {
  // "Quotes Donald Trump as saying, “…”": what Trump is quoted as saying
  let text = (resolver.reported ? claim : withoutVocative(claim)).replace(
    /^(\s*)[Qq]uot(?:es|ed|ing)\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+as\s+saying,?\s*/,
    '$1$2 said: ',
  );
  // editorial insertions: "we (American businesses) go" -> "American businesses go"; "[Sanders] should" -> "Sanders should"
  text = text.replace(
    /\b(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Tt]hem|[Hh]im|[Hh]er|[Uu]s|[Mm]e)\s+\(([A-Za-z][^()]{1,60})\)/g,
    '$1',
  );
  text = text.replace(/\b([Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Tt]he)\s+\(([a-z][^()]{1,40})\)\s+/g, '$1 $2 ');
  // ("She [Hillary Clinton] is right": the name the writer put in stands for the pronoun)
  text = text.replace(/\b(?:[Hh]e|[Ss]he|[Hh]im|[Tt]hey|[Tt]hem|[Ii]t)\s+\[(\p{Lu}[^[\]]{1,60})\]/gu, '$1');
  // ("[emphasis added]" is the writer's note, no words of the claim)
  text = text.replace(/\s*\[emphasis (?:added|mine)\]/gi, '').replace(/\[([A-Za-z][^[\]]{1,60})\]/g, '$1');
  text = placeWords(text, resolver);
  // a description opening the claim named first, so that the pronouns after it see the name ("The kids do not like
  // him" is not "Trump’s kids do not like Donald Trump")
  text = leadingPerson(leadingDescription(text, resolver), resolver);
  const person = personOf(resolver);
  // "I want to assure our community": with "we", "our" or "you" left as they are, the claim still speaks from where
  // its speaker stood, and naming the "I" alone would mix two voices ("you know" and "you see" are only fillers)
  const voices = text.replace(/\byou (?:know|see)\b/gi, '');
  // ("US" is the country: "us" counts only in lower case)
  // (a "he" inside the claim first: once the "I" is a name, that name would stand before it)
  text = innerPronoun(text, resolver);
  if (person && !/\b(?:[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?)\b/.test(voices)) text = firstPerson(text, person);
  return leadingGroup(leadingPronoun(text, resolver), resolver);
}

/**
 * Spoken words without the person they were addressed to: "Senator Vance, the state is facing a deficit" is "the
 * state is facing a deficit". Not when the words go on to say "you" (whom the address names), nor before words with
 * no subject of their own ("Senator Vance, a Democrat, voted …" is apposition), nor when the name opens a list of
 * subjects ("Grace, Tom and I founded the company": Grace founded it too).
 */
function withoutVocative(claim: string): string {
  const match = VOCATIVE.exec(claim);
  if (!match) return claim;
  const [address, lead, , title, name] = match;
  const rest = claim.slice(address.length);
  // (an address is a title before a name, a word only ever used to address people, or a first name alone)
  const tag = name && lexTag(name.toLowerCase());
  const addresses =
    !!title || !name || (!name.includes(' ') && firstNameGender(name) !== null && (!tag || /Name/.test(tag)));
  if (
    !addresses ||
    /\b(?:you|your|yours|yourself)\b/i.test(rest) ||
    COORDINATED_SUBJECT.test(rest) ||
    !opensWithSubject(rest)
  )
    return claim;
  return lead + rest;
}

/** Words after a name and its comma that go on with a list of subjects: "Tom and I", "Tom, Ann …", "my wife and I". */
const COORDINATED_SUBJECT = /^(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*(?:,|and\b)|(?:\S+\s+){0,3}and\s+(?:I|we)\b)/u;

/** A leading address and its comma: "Senator Vance, ", "Mr. President, ", "Folks, ", "Dana, ". */
const VOCATIVE =
  /^(\s*["“‘]?)([Ll]adies and gentlemen|[Mm]y friends|Folks|(?:(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Senator|Governor|Congressman|Congresswoman|Madam|Mister|Mayor|President|Secretary|Judge)\.?\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)),\s+/u;

/**
 * The first "he"/"him"/"his"/"she"/"her" inside a claim that names nobody before it, when the person is as certain
 * as for a leading one ("The sooner he releases his returns, the better" is "The sooner Donald Trump releases his
 * returns …"). Later ones stay pronouns: the name now stands before them. A contraction not sure of its verb, a "her"
 * that may be object or possessive, or a capitalised word before the pronoun (which may be its antecedent) leave the
 * claim as written.
 */
function innerPronoun(claim: string, resolver: Resolver): string {
  const match = INNER_PRONOUN.exec(claim);
  if (!match || !/^(?:he|him|his|she|her)$/i.test(match[1]) || LEADING_PRONOUN.test(claim)) return claim;
  const before = claim.slice(0, match.index);
  const after = claim.slice(match.index + match[0].length);
  // a "her" is read as "him" or as "his" where the words beside it say which, else the claim stays as written
  const role = /^her$/i.test(match[1]) ? herRole(before, after) : match[1].toLowerCase();
  if (!role) return claim;
  const gender = /^(?:she|her)$/i.test(match[1]) ? 'f' : 'm';
  // in reported words an object "him" is as often whom the speaker spoke of as the speaker ("Christie said that was
  // part of having to run against him"), and so is any pronoun of words framed by the speaker's verb ("called him
  // a moderate")
  // (these guards hold whoever speaks: a body, a group or a document is never the "he", but whom they speak of need
  // not be the one named before either: "The club said the striker would earn $2 million after he passes a medical")
  if (resolver.reported && (role === 'him' || resolver.framing)) return claim;
  // nor when the sentences before describe someone else without a name: "Asked about his predecessor, Trump said the
  // economy was a disaster when he left office"
  if (resolver.reported && resolver.othersDescribed?.[gender]) return claim;
  // and the speaker only when the speaker is the one person of that gender named just before the words: "Reid said he
  // had spoken with Sanders about accusations that his backers …" is about Sanders's backers
  const namedJustBefore = resolver.namedBefore?.[gender];
  if (
    resolver.reported &&
    !(
      namedJustBefore &&
      resolver.speakerName &&
      lastWord(namedJustBefore) === lastWord(withoutTitles(resolver.speakerName))
    )
  )
    return claim;
  // and only in a clause with its subject: "to keep his hands up", "insights into the pride he takes" read as nothing
  // on their own, whatever is named in them
  if (resolver.reported && !opensWithSubject(claim.replace(/^\s*that\s+/i, ''))) return claim;
  // "I still think she’s going to win": a contraction after "he"/"she" made whole, when it is sure
  const contraction = match[2]
    ? contractedVerb(match[2].slice(1), claim.slice(match.index + match[0].length), match[2][0])
    : '';
  if (contraction === null || (match[2] && !/^(?:he|she)$/i.test(match[1]))) return claim;
  // "his Jake Sullivan’s account": a name after it says who already; "the levy, he said, was …" is narration
  if (/^\s+\p{Lu}/u.test(after) || /^\s+(?:said|says|added|told|wrote|asked)\b/.test(after)) return claim;
  // a name, a title or a quoted person before the pronoun may be the one it means ("I" is the speaker, and a word
  // that opens a sentence without being a name, "The", "If", "Once", is no name); so may a person named by a noun
  // ("The governor broke his promise", "Every worker knows he …"); and a clause opening the claim may hold a "he" that
  // its main clause names after it ("When he took office, the governor …")
  // ("Trump’s kids", a possessive, is a name even where "trump" is a word)
  for (const word of before.matchAll(/\p{Lu}[\p{L}.’'-]*/gu))
    if (
      word[0] !== 'I' &&
      !(word.index === 0 && !/[’']s$/.test(word[0]) && NOT_A_FIRST_NAME.test(lexTag(word[0].toLowerCase()) ?? ''))
    )
      return claim;
  if (/[“"‘]/.test(before) || SUBORDINATE_OPENER.test(before)) return claim;
  for (const word of before.toLowerCase().matchAll(/[a-z]+/g))
    if (PERSON_NOUNS.has(word[0]) || TITLES[normTitleKey(word[0])] || QUANTIFIED_PERSON.test(word[0])) return claim;
  const name = certainPerson(gender, resolver, /^(?:he|she)$/.test(role));
  // "… when he was the version of Donald Trump that …": a person the claim names after it is someone else
  if (!name || namesAgain(after, name)) return claim;
  const replaced = role === 'his' ? possessive(name) : name + contraction;
  return before + replaced + claim.slice(match.index + match[0].length);
}

/**
 * Whether a "he" or "she" of reported words may be their speaker: not when the speaker is a body, a document, a group
 * ("experts", "Administration officials") or an anonymous source, who tells of others. Such a speaker is then no
 * candidate for the pronoun (certainPerson); whom else it means is no surer for that.
 */
function mayBeTheSpeaker(resolver: Resolver): boolean {
  if (resolver.speakerType === 'organization' || resolver.speakerType === 'document') return false;
  if (resolver.speakerType !== 'person' || !resolver.speakerName) return true;
  const last = lastWord(resolver.speakerName);
  return !resolver.group && !/^sources?$/.test(last) && !(/[^s]s$/.test(last) && PERSON_NOUNS.has(last));
}

/**
 * Whether a "her" is an object ("him": "whisked her away", "voted for her", "told her that") or a possessive ("his":
 * "in her calf", "and her staff"): null where either may be ("met her demands", "gave her money").
 */
function herRole(before: string, after: string): 'him' | 'his' | null {
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  // ("committed to her did so": a verb after it is the next clause's)
  if (!next || OBJECT_FOLLOWER.test(next) || /^(?:Modal|Copula)$/.test(lexTag(next) ?? '')) return 'him';
  // (an adverb is no noun it could own: "disagree with her more")
  if (/Adverb|Comparative/.test(lexTag(next) ?? '')) return null;
  // (a word of its noun phrase after it: after a preposition, a conjunction or nothing, it says whose that is)
  const previous = /([a-z]+)\W*$/i.exec(before)?.[1].toLowerCase();
  return !previous || /^(?:and|or|but|that|to)$/.test(previous) || lexTag(previous) === 'Preposition' ? 'his' : null;
}

/** Words that after "her" end the noun phrase it is: "her away", "her to", "her the award", "her and". */
const OBJECT_FOLLOWER =
  /^(?:to|for|from|with|about|away|up|down|out|off|in|into|on|onto|at|as|that|this|the|a|an|and|or|but|of|over|by|if|because|when|after|before|than|yesterday|today|now|again|too|did|does|do|has|had|have)$/;

/** Words that open a clause that may come before the one its pronoun's person is named in. */
const SUBORDINATE_OPENER =
  /^\s*(?:when|whenever|if|unless|after|before|although|though|because|since|as|while|once|until|whether)\b/i;

/** Words for anyone or everyone: "Every worker knows he could lose his job". */
const QUANTIFIED_PERSON = /^(?:every|each|any|anyone|anybody|everyone|everybody|someone|somebody|nobody|no-one)$/;

/** The first third-person singular pronoun of a person, as a word ("[T]he" is none), with its contraction. */
const INNER_PRONOUN = /(?<![\p{L}\][’'-])(he|him|his|himself|she|her|hers|herself)\b([’'][a-z]+)?/iu;

/**
 * Reported words of a group opening with "they": the group said it of itself ("Administration officials said they
 * hoped the move …" is "Administration officials hoped the move …"). The verb agrees already: both are plural.
 */
function leadingGroup(claim: string, resolver: Resolver): string {
  if (!resolver.reported) return claim;
  if (resolver.body && /^\s*(?:that\s+)?(?:its?|the)\s/i.test(claim)) return leadingBody(claim, resolver.body);
  if (!resolver.group) return claim;
  const match = /^(\s*(?:that\s+)?)they(?:[’'](re|ve|ll)\b)?(?=\s)/i.exec(claim);
  if (!match) return claim;
  const verb = match[2] ? { re: ' are', ve: ' have', ll: ' will' }[match[2].toLowerCase()] : '';
  return match[1] + resolver.group + verb + claim.slice(match[0].length);
}

/**
 * Reported words of an organisation opening with "it" or "its": the organisation said it of itself ("The IMF said it
 * is lowering its forecast"), unless the "it" is the empty subject of "it is likely that …", "it will take weeks", "it
 * seems", which is nobody.
 */
function leadingBody(claim: string, body: string): string {
  // "The Red Cross said the organisation was sending 3,000 blankets", "The Harbor Authority said the authority would
  // …": "organisation", or the head of the body's own name (not "the agency": as often another one)
  const noun = /^(\s*(?:that\s+)?)the\s+([a-z]+)(?=\s+(?:is|was|has|had|will|would|plans|expects)\b)/i.exec(claim);
  if (noun && (/^organi[sz]ation$/i.test(noun[2]) || lastWord(body) === noun[2].toLowerCase()))
    return noun[1] + body + claim.slice(noun[0].length);
  const match = /^(\s*(?:that\s+)?)(it|its)\s+([\s\S]*)$/i.exec(claim);
  if (!match) return claim;
  const rest = match[3];
  if (match[2].toLowerCase() === 'its')
    return opensWithSubject(claim.slice(match[1].length)) ? match[1] + possessive(body) + ' ' + rest : claim;
  if (EMPTY_IT.test(rest)) return claim;
  // a verb must follow: a progressive after "is"/"was", a modal or "has" and a verb, or a verb in the past or present
  const [first, second] = rest.split(/\s+/, 2).map((word) => word.toLowerCase());
  const progressive = /^(?:is|was)$/.test(first) && /ing$/.test(second ?? '');
  // ("would", "could" are left out: "it would encourage investors" is as often the plan the body spoke of; but not
  // before what only the body itself does: "it would cut 1,800 jobs", "it would appeal the ruling")
  const auxiliary =
    /^(?:will|has|had|plans|intends|expects|hopes|wants)$/.test(first) ||
    (first === 'would' && (BODY_ACTS.test(second ?? '') || CUTS_JOBS.test(rest.slice(first.length).trim())));
  const verb = /PastTense|PresentTense/.test(lexTag(first) ?? '') && !/^(?:is|was|isn't|wasn't)$/.test(first);
  return progressive || auxiliary || verb ? match[1] + body + ' ' + rest : claim;
}

/** What an organisation does that a plan or a policy does not: "it would appeal", "it would hire 300 workers". */
const BODY_ACTS =
  /^(?:appeal|hire|eliminate|lay|sue|contest|comply|cooperate|investigate|announce|publish|release|resume|suspend|recall|acquire|sell|close|relocate|spend|invest|pay|refund|apologi[sz]e|respond|review|shut|buy|merge)$/;
/** Cutting jobs, which a body does and a plan does not: "it would cut 1,200 jobs" (not "it would cut waiting times"). */
const CUTS_JOBS =
  /^cut\s+(?:about\s+|some\s+|nearly\s+|up\s+to\s+|more\s+than\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:jobs|workers|positions|employees|staff)\b/i;

/** What follows an "it" that stands for nothing: "it is likely that", "it will take weeks", "it seems", "it remains". */
const EMPTY_IT =
  /^(?:(?:will|would|could|may|might|can|should|must|did|does|do)\s+(?:not\s+)?(?:be|take|cost|require|make|appear|seem|look|matter)\b|(?:has|had)\s+been\b|(?:takes|took|seems|seemed|appears|appeared|remains|remained|matters|mattered|looks|looked|means|meant|makes|made|depends|depended|follows|followed|happens|happened)\b)/i;

/**
 * A claim opening with "the <noun>" as its subject, which the article has named one way only before it: "The
 * program has expanded …" is "The EB-5 program has expanded …".
 */
function leadingDescription(claim: string, resolver: Resolver): string {
  const match = /^(\s*)[Tt]he\s+([a-z]{3,})(?=(\s*,)|\s+([a-z]+))/.exec(claim);
  if (!match || !resolver.described) return claim;
  // the noun is the subject's head: a comma, a verb or a relative clause follows, not another noun
  const next = match[4];
  if (!match[3] && !(next && (isVerbalWord(next) || /^(?:which|who|that)$/.test(next)))) return claim;
  const name = resolver.described(match[2]);
  return name ? match[1] + name + claim.slice(match[0].length) : claim;
}

/**
 * A claim opening with a description of a person ("the Florida senator", "The Republican nominee’s plan"): the
 * person's name, when the article makes certain whom it stands for (describedSubjects).
 */
function leadingPerson(claim: string, resolver: Resolver): string {
  const described = resolver.describedSubject;
  const lead = /^\s*(?:that\s+)?/i.exec(claim)![0];
  if (!described || !claim.startsWith(described.phrase, lead.length)) return claim;
  return lead + described.name + claim.slice(lead.length + described.phrase.length);
}

/** A speaker the claim may name: a person's full name and the gender the text or the first name gives. */
interface Person {
  name: string;
  gender: 'm' | 'f' | 'x';
}

function personOf(resolver: Resolver): Person | null {
  if (resolver.speakerType !== 'person' || !resolver.speakerName) return null;
  const name = withoutTitles(resolver.speakerName);
  // a place the speaker was wrongly found to be ("United States") is nobody's "I"
  if (/Country|City|Place|Region/.test(lexTag(name.toLowerCase()) ?? '')) return null;
  return isFullName(name) || speakersSurname(name, resolver) ? { name, gender: genderOf(name, resolver.gender) } : null;
}

/**
 * The speaker's one name as the article gives it, when it is sure to be a person's ("Mr. Obama", "President Obama",
 * the article naming them no other way): a person the text gives a sex or a title, named by a capitalised word that is
 * no title, rank, place or word for people. Only the speaker's: of anyone else a lone name says too little.
 */
function speakersSurname(name: string, resolver: Resolver): boolean {
  if (resolver.speakerType !== 'person' || !resolver.speakerName || name !== withoutTitles(resolver.speakerName))
    return false;
  if (!/^\p{Lu}\p{Ll}+(?:[’'-]\p{Lu}\p{Ll}+)?$/u.test(name)) return false;
  const key = normTitleKey(name);
  if (TITLES[key] || HONORIFICS[key] || RANKS.has(key) || PERSON_NOUNS.has(name.toLowerCase()) || orgLike([name]))
    return false;
  // (a word the lexicon knows as anything but a name is not sure to be one: "Chinese", "Young", "Price")
  const tag = lexTag(name.toLowerCase());
  if (tag !== undefined && !/Name|Person/.test(tag)) return false;
  return resolver.gender === 'm' || resolver.gender === 'f' || !!resolver.title;
}

/** Ranks and qualifiers that come before a name without being a title of office. */
const RANKS = new Set(['retired', 'former', 'lt', 'gen', 'adm', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'us', 'state']);

/** "President Donald Trump" -> "Donald Trump", "Retired Lt. Gen. Ann Hale" -> "Ann Hale"; a lone title is left as it is. */
export function withoutTitles(name: string): string {
  const words = name.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1) {
    const key = normTitleKey(words[first]);
    if (!TITLES[key] && !HONORIFICS[key] && !RANKS.has(key)) break;
    first++;
  }
  return words.slice(first).join(' ');
}

function genderOf(name: string, known?: 'm' | 'f' | 'x'): 'm' | 'f' | 'x' {
  if (known === 'm' || known === 'f') return known;
  return firstNameGender(name.split(/\s+/)[0]) ?? 'x';
}

/** Lower-case words a name may hold: "Charles de Gaulle", "Ludwig van Beethoven". */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'del',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'bin',
  'al',
  'el',
]);

/** Lexicon tags a first name does not have: "Neither Clinton", "Retired Lt. Gen. …", "Level I". */
const NOT_A_FIRST_NAME =
  /Determiner|Conjunction|Preposition|Pronoun|Adverb|PastTense|Participle|Gerund|Modal|Copula|QuestionWord|Ordinal|Cardinal|Value/;

/**
 * A person's full name, fit to stand for "I" and to take a possessive: two words or more, capitalised, with no title
 * ("Retired", "Sen.", "Mr."), no possessive and nothing a first name never is.
 */
function isFullName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || /[’']s\b|\d/.test(name)) return false;
  for (const [index, word] of words.entries()) {
    if (index > 0 && NAME_PARTICLES.has(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return false;
    const key = normTitleKey(word);
    if (TITLES[key] || HONORIFICS[key] || RANKS.has(key)) return false;
  }
  const first = words[0];
  if (firstNameGender(first) === null && NOT_A_FIRST_NAME.test(lexTag(first.toLowerCase()) ?? '')) return false;
  return !orgLike(words);
}

/**
 * The negated verb group agreeing with the name put before it: "they don't think" of one person or body becomes
 * "doesn't think" ("Susan Page doesn't think"); of a group it stays.
 */
function agreeing(verb: string, subject: string, resolver: Resolver): string {
  const last = subject.split(/\s+/).pop()!.toLowerCase();
  // (a pronoun or a common noun keeps the verb the article gave it: "they don't", "most don't")
  const plural =
    !!resolver.group ||
    !/^\p{Lu}/u.test(subject) ||
    /^(?:i|we|you|they)$/.test(last) ||
    lexTag(last) === 'Plural' ||
    /(?:ans|ats|ists|ers|als|ies)$/.test(last);
  return plural ? verb : verb.replace(/^do(?=n['’]t\b| not\b)/i, 'does');
}

/** A negated verb group that agrees with any subject: "didn't think", "did not say", "never believed". */
const NEGATED_VERB = /^(?:(?:did|do|does)(?:n['’]t| not)|never)\s/i;

/** The speaker named before a framing verb: a person's full name, or an organisation's capitalised name. */
function framingSubject(resolver: Resolver, verb = resolver.framing ?? ''): string | null {
  const name = resolver.speakerName;
  // (a verb that agrees with a named subject: "called", "calls", "didn't think", "does not believe")
  if (!name || !(/(?:ed|s)$/.test(verb) || NEGATED_VERB.test(verb))) return null;
  if (resolver.speakerType === 'person') return personOf(resolver)?.name ?? null;
  // "the Association of Flight Attendants called …": the body's name keeps the article's "the"
  const the = /^the\s+(.+)$/i.exec(resolver.body ?? '');
  if (the && the[1].toLowerCase() === name.toLowerCase()) return `The ${the[1]}`;
  return name
    .split(/\s+/)
    .every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && /^(?:of|for|and|the|on)$/.test(word)))
    ? name
    : null;
}

/** "our city" of a mayor is the city, "our state" of a governor the state: the only "our" that is sure. */
function placeWords(text: string, resolver: Resolver): string {
  const place = resolver.place;
  const kind = resolver.title === 'Mayor' ? 'city|town' : resolver.title === 'Governor' ? 'state' : null;
  if (!place || !kind) return text;
  return text
    .replace(/\b[Oo]ur (?:people|residents|citizens|constituents)\b/g, `${place} residents`)
    .replace(new RegExp(`\\b[Oo]ur (?:${kind})\\b`, 'g'), place);
}

/** Auxiliaries an inverted "I" follows ("Neither do I", "So am I"), with their third-person form. */
const INVERTING = wordTable<string>({
  do: 'does',
  did: 'did',
  am: 'is',
  have: 'has',
  had: 'had',
  was: 'was',
  can: 'can',
  could: 'could',
  will: 'will',
  would: 'would',
  should: 'should',
});

/** A subject's verb after "I" and its form after a name: "I am" -> "is", "I don’t" -> "doesn’t". */
const AGREEING = wordTable<string>({
  am: 'is',
  have: 'has',
  do: 'does',
  go: 'goes',
  "haven't": "hasn't",
  "don't": "doesn't",
  "ain't": '',
  be: '',
});

/** Verbs whose form after "I" is already right after a name: modals, past tenses, negated modals. */
const ANY_PERSON =
  /^(?:can|could|will|would|shall|should|may|might|must|ought|did|had|was|were|used|cannot|(?:can|couldn|won|wouldn|shouldn|didn|hadn|wasn|weren|mustn)'t)$/;

/** Past and present alike ("I put", "I read"): which one is meant cannot be told, so no rewrite. */
const PAST_OR_PRESENT = /^(?:put|cut|set|hit|let|read|quit|spread|cost|hurt|beat|bet|shut|split|burst|cast|thrust)$/;

/** Present-tense verbs the lexicon files under nouns or adjectives ("I hope", "I mean", "I pay"). */
const PRESENT_VERBS = new Set(
  `pay hope feel mean fear doubt care wish worry vote plan work fight love hate trust promise support need want
   struggle guarantee guess suspect respect answer demand favor favour oppose question stand run look win lose tell
   raise serve disagree recall refuse regret count back own`.split(/\s+/),
);

/** A second verb after "and"/"but"/"or" in the same sentence, past an adverb, and the word after it. */
const SHARED_VERB =
  /^([^.;:!?]*?\s(?:and|but|or)\s+(?:(?:also|still|then|now|never|always|[a-z]+ly)\s+)?)([a-z]+)\s+([\w$’']+)/;

/** What opens a verb's object: "support lower taxes", "love my team", "pay $40". */
const OBJECT_START =
  /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|it|them|him|us|all|every|no|more|less|lower|higher|\$?\d[\d,.]*)$/i;

/** Words that may come between "I" and its verb ("I really think", "I also have"). */
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:just|really|also|still|never|always|only|even|already|certainly|actually|simply|truly|personally|strongly|firmly|honestly|often|sometimes|frankly|genuinely|definitely|absolutely|fully|totally)$/;

/**
 * "I"/"me"/"my"/"mine"/"myself" as the speaker: the first one becomes the full name, later ones a pronoun of the
 * speaker's gender (when the claim has no other of that gender) or the name again. Any occurrence that cannot be
 * rewritten with the verb agreeing leaves the whole claim as written.
 */
function firstPerson(claim: string, person: Person): string {
  const inverted =
    /^(\s*)(?:neither|nor)\s+(do|did|am|have|had|was|can|could|will|would|should)\s+I\s*([.!?]?)\s*$/i.exec(claim);
  if (inverted) {
    const verb = INVERTING[inverted[2].toLowerCase()];
    return `${inverted[1]}${person.name} ${verb === 'can' ? 'cannot' : verb + ' not'} either${inverted[3]}`;
  }
  const pronounFree =
    person.gender === 'm'
      ? !/\b(?:he|him|his|himself)\b/i.test(claim)
      : person.gender === 'f' && !/\b(?:she|her|hers|herself)\b/i.test(claim);
  const edits: { start: number; end: number; text: string }[] = [];
  const FIRST = /\b(I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b(?:[’'](m|ve|ll|d)\b)?/g;
  let match: RegExpExecArray | null;
  while ((match = FIRST.exec(claim))) {
    const pronoun = match[1].toLowerCase();
    const before = claim.slice(0, match.index);
    const previous = /([\p{L}’']+)[^\p{L}’']*$/u.exec(before)?.[1] ?? '';
    const adjacent = /[\p{L}’']\s+$/u.test(before);
    // "Level I", "World War I": a numeral after a capitalised word that does not open the claim or a clause
    if (
      pronoun === 'i' &&
      adjacent &&
      /^\p{Lu}/u.test(previous) &&
      !/(?:^|[.!?:;,"“‘—–(]\s*)[\p{L}’']+\s+$/u.test(before)
    )
      continue;
    // words quoted inside the claim are quoted as they were said; "I Am Legend" is a title
    if (insideQuotation(claim, match.index)) return claim;
    if (pronoun === 'i' && !match[2] && /^\s+\p{Lu}\p{Ll}/u.test(claim.slice(match.index + 1))) return claim;
    const first = edits.length === 0;
    // a second mention is a pronoun of the speaker's gender, never the name again ("X thinks X ought to")
    const use = (kind: 'subj' | 'obj' | 'poss' | 'refl'): string | null => {
      if (kind === 'refl') return person.gender === 'm' ? 'himself' : person.gender === 'f' ? 'herself' : null;
      if (first) return kind === 'poss' ? possessive(person.name) : person.name;
      if (!pronounFree) return null;
      const male = person.gender === 'm';
      return kind === 'subj' ? (male ? 'he' : 'she') : kind === 'obj' ? (male ? 'him' : 'her') : male ? 'his' : 'her';
    };
    const atSentenceStart = /(?:^|[.!?]["”’]?)\s*$/.test(before);
    const cap = (word: string) => (atSentenceStart ? word[0].toUpperCase() + word.slice(1) : word);
    const end = match.index + match[0].length;
    if (pronoun === 'i') {
      const subject = use('subj');
      if (!subject) return claim;
      const after = claim.slice(end);
      if (match[2]) {
        const contraction = match[2];
        let verb = contraction === 'm' ? 'is' : contraction === 've' ? 'has' : contraction === 'll' ? 'will' : null;
        if (!verb) {
          const next = /^\s+([a-z]+)/.exec(after)?.[1] ?? '';
          const tag = lexTag(next) ?? '';
          verb = /PastTense|Participle/.test(tag)
            ? 'had'
            : tag === 'Infinitive' || /^(?:rather|better)$/.test(next)
              ? 'would'
              : null;
        }
        if (!verb) return claim;
        edits.push({ start: match.index, end, text: `${cap(subject)} ${verb}` });
        continue;
      }
      const previousLower = adjacent ? previous.toLowerCase() : '';
      if (INVERTING[previousLower] !== undefined) return claim;
      const verb = verbAfter(after);
      if (/^(?:and|or|nor)$/.test(previousLower) || verb?.word === 'and') {
        edits.push({ start: match.index, end, text: cap(subject) });
        continue;
      }
      if (!verb) {
        // "more than I", "as much as I": the name stands where the pronoun stood
        if (/^(?:than|as)$/.test(previousLower) && /^\s*(?:[,.;:!?)—–]|$)/.test(after)) {
          edits.push({ start: match.index, end, text: subject });
          continue;
        }
        return claim;
      }
      const agreed = thirdPersonVerb(verb.word);
      // "I mean, …", "I guess of …", "I sort of felt": a turn of phrase, not a verb to make agree
      const afterVerb = after.slice(verb.offset + verb.word.length);
      if (agreed === null || /^(?:\s*[,)—–]|\s+of\b)/.test(afterVerb)) return claim;
      edits.push({ start: match.index, end, text: cap(subject) });
      if (agreed !== verb.word) {
        edits.push({ start: end + verb.offset, end: end + verb.offset + verb.word.length, text: agreed });
        // "I am a Democrat but support lower taxes": a verb the "I" shares after "and"/"but" agrees too, or the claim
        // stays as written
        const afterAgreed = end + verb.offset + verb.word.length;
        const shared = SHARED_VERB.exec(claim.slice(afterAgreed));
        // (not a verb of an infinitive or a modal before it: "I am trying to save lives and prevent attacks")
        if (
          shared &&
          (lexTag(shared[2]) === 'Infinitive' || PRESENT_VERBS.has(shared[2])) &&
          !/\b(?:to|will|would|can|could|should|must|may|might|do|does|did)\s/.test(shared[1])
        ) {
          if (!OBJECT_START.test(shared[3])) return claim;
          const at = afterAgreed + shared[1].length;
          edits.push({ start: at, end: at + shared[2].length, text: thirdPerson(shared[2]) });
        }
      }
      continue;
    }
    if (match[2]) return claim;
    if (pronoun === 'me') {
      // "Let me say", "Believe me": a turn of phrase, not somebody the claim is about
      if (/^(?:let|believe|trust|excuse|pardon|forgive)$/i.test(previous) && adjacent) return claim;
      const object = use('obj');
      if (!object) return claim;
      edits.push({ start: match.index, end, text: object });
    } else if (pronoun === 'my') {
      // "My God", and "My" in a title ("Memoirs: My Years in Office")
      const next = claim.slice(end);
      if (/^\s+(?:god|goodness|gosh|lord)\b/i.test(next) || /^\s+\p{Lu}/u.test(next)) return claim;
      const owner = use('poss');
      if (!owner) return claim;
      edits.push({ start: match.index, end, text: cap(owner) });
    } else if (pronoun === 'mine') {
      // "the mine", "a coal mine": the noun
      if (
        adjacent &&
        /^(?:the|a|this|that|each|every|its|their|his|her|our|your|coal|gold|silver|copper|salt|land)$/i.test(previous)
      )
        continue;
      if (!first && !pronounFree) return claim;
      edits.push({
        start: match.index,
        end,
        text: first ? possessive(person.name) : person.gender === 'm' ? 'his' : 'hers',
      });
    } else {
      const reflexive = use('refl');
      if (!reflexive) return claim;
      edits.push({ start: match.index, end, text: reflexive });
    }
  }
  let text = claim;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

/** Whether `at` lies inside a quotation the claim itself holds: “…”, "…", ''…'' or ‘…’. */
function insideQuotation(claim: string, at: number): boolean {
  let curly = 0;
  let straight = false;
  let doubledSingle = false;
  let single = false;
  // a mark opening the claim quotes the speaker's own words, the claim itself
  const opening = /^\s*["“‘]/.exec(claim)?.[0].length ?? 0;
  for (let i = opening; i < at; i++) {
    const char = claim[i];
    if (char === '“') curly++;
    else if (char === '”') curly = Math.max(0, curly - 1);
    else if (char === '"') straight = !straight;
    else if (char === "'" && claim[i + 1] === "'") {
      doubledSingle = !doubledSingle;
      i++;
    } else if (char === '‘' && (i === 0 || /[\s([—–“"]/.test(claim[i - 1]))) single = true;
    else if (char === '’' && single && !/\p{L}/u.test(claim[i + 1] ?? '')) single = false;
  }
  return curly > 0 || straight || doubledSingle || single;
}

function possessive(name: string): string {
  return name + (/s$/.test(name) ? '’' : '’s');
}

/** The verb after a subject, past the adverbs that may stand between ("I really think"): its word and offset. */
function verbAfter(after: string): { word: string; offset: number } | null {
  const WORD = /\s+([A-Za-z]+(?:[’'][a-z]+)?)/y;
  let at = 0;
  for (let i = 0; i < 4; i++) {
    WORD.lastIndex = at;
    const match = WORD.exec(after);
    if (!match) return null;
    const word = match[1];
    const offset = at + match[0].length - word.length;
    const lower = word.toLowerCase();
    // "easily", "truly": -ly words the lexicon does not list as verbs ("apply", "rely" it does)
    const adverb = BETWEEN_SUBJECT_AND_VERB.test(lower) || (/ly$/.test(lower) && !isVerbalWord(lower));
    if (!adverb || i === 3) return { word, offset };
    at = WORD.lastIndex;
  }
  return null;
}

/** The verb's form after a third-person singular subject, or null when that form is not sure. */
function thirdPersonVerb(verb: string): string | null {
  if (/^\p{Lu}/u.test(verb)) return null;
  const plain = verb.replace('’', "'");
  const curly = verb.includes('’');
  const agreed = AGREEING[plain];
  if (agreed !== undefined) return agreed ? (curly ? agreed.replace("'", '’') : agreed) : null;
  if (ANY_PERSON.test(plain) || plain === 'and') return verb;
  if (PAST_OR_PRESENT.test(plain) || plain.includes("'")) return null;
  const tag = lexTag(plain) ?? '';
  if (/PastTense/.test(tag) || (/ed$/.test(plain) && !tag)) return verb;
  if (tag === 'Infinitive' || PRESENT_VERBS.has(plain)) return thirdPerson(plain);
  return null;
}

function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return verb + 'es';
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
  return verb + 's';
}

/**
 * The one person all the names mean ("Trump" and "Donald Trump" are one), by their fullest name, when one of them is
 * known to be of the pronoun's gender; null if they are several people or none is known to agree.
 */
function onePerson(candidates: { name: string; agrees: boolean }[]): string | null {
  let fullest: string | null = null;
  let agrees = false;
  for (const { name, agrees: known } of candidates) {
    if (fullest && lastWord(name) !== lastWord(fullest)) return null;
    if (!fullest || name.length > fullest.length) fullest = name;
    agrees ||= known;
  }
  return agrees ? fullest : null;
}

/**
 * Whether `text` names the person again by their last name ("… accused Mr. Trump" for Donald J. Trump), not counting
 * a name that begins another one ("the Clinton Foundation") or is followed by "himself"/"herself".
 */
function namesAgain(text: string, name: string): boolean {
  const last = lastWord(name);
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(last); at >= 0; at = lower.indexOf(last, at + 1)) {
    const from = at + last.length;
    if (isWordChar(text, at - 1) || isWordChar(text, from)) continue;
    // "the Clinton Foundation", "Trump himself": a name inside another's, or the same person again
    if (!/^(?:[’']s)?\s+(?:\p{Lu}|(?:him|her)self\b)/u.test(text.slice(from, from + 12))) return true;
  }
  return false;
}

/** A name's last word, lower-cased: what tells two people's names apart. */
export function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * A claim opening with "he"/"she": named when exactly one person it can mean is certain and of that gender — the
 * speaker of reported words ("Smith said she would …") or the named subject of the claim before ("… because he …").
 */
function leadingPronoun(claim: string, resolver: Resolver): string {
  const match = LEADING_PRONOUN.exec(claim);
  if (!match) return claim;
  const pronoun = match[2].toLowerCase();
  // "his mother was born …", "her plan would …": a possessive opening the claim, before a noun
  const owner = pronoun === 'his' || pronoun === 'her';
  if (owner && (match[3] || !opensWithSubject(claim.slice(match[1].length)))) return claim;
  const gender = pronoun === 'he' || pronoun === 'his' ? 'm' : 'f';
  const name = certainPerson(gender, resolver, !owner);
  if (!name) return claim;
  const after = claim.slice(match[0].length);
  // "he accused Mr. Trump of …": a person the claim names after its pronoun is someone else than the pronoun
  if (namesAgain(after, name)) return claim;
  if (owner) return match[1] + possessive(name) + after;
  const verb = match[3] ? contractedVerb(match[3], after, match[0][match[0].length - match[3].length - 1]) : '';
  if (verb === null) return claim;
  return match[1] + name + verb + after;
}

/**
 * The verb a contraction after "he"/"she" stands for, with its space (" will", " would", " has", " is"), or null
 * when it is not sure: "he’s been" is "has", "he’s ready" is "is"; "he’s reduced" could be either, but a participle
 * that names a state of mind, before a preposition, a clause or the end, is "is" ("she’s thrilled to", "he’s
 * convinced that"); "he’d" is "would" only before a bare verb.
 */
function contractedVerb(contraction: string, after: string, apostrophe = '’'): string | null {
  const lower = contraction.toLowerCase();
  if (lower === 'll') return ' will';
  if (lower === 'd') {
    // "he’d veto it" is "would"; "he’d been named", "she’d voted" is "had"
    const word = /^\s+([a-z]+)/.exec(after)?.[1] ?? '';
    const tag = lexTag(word);
    if (tag === 'Infinitive') return ' would';
    return word === 'been' || /PastTense|Participle/.test(tag ?? '') ? ' had' : null;
  }
  if (lower !== 's') return null;
  // (past an adverb: "he’s never supported", "she’s already said"; and past a quote mark, which opens the words
  // quoted, not a new clause: "he’s “made a lot of money”" is "has")
  const next =
    /^(?:\s+(?:never|already|always|just|also|long|ever|not|still|since|often|only|even|[a-z]+ly))*\s+["“‘']?([a-z]+)([\s\S]*)/.exec(
      after,
    );
  const word = next?.[1] ?? '';
  // (a participle the same as its verb: "he’s become", "she’s come", "he’s run")
  if (/^(?:been|got|gotten|had|become|come|run)$/.test(word)) return ' has';
  if (/PastTense|Participle/.test(lexTag(word) ?? '') || /(?:ed|en)$/.test(word)) {
    const state =
      STATE_PARTICIPLES.has(word) &&
      /^(?:\s+(?:to|that|about|with|by|at|of|in)\b|\s*[,.;:!?]|\s*$)/.test(next?.[2] ?? '');
    if (state) return ' is';
    // "he’s not demonstrated", "she’s never supported": the contraction may stay after the name, which an adverb
    // keeps from reading as a possessive ("Ana Ruiz’s never supported it")
    return /^\s+(?:not|never|already|always|just|also|ever|still|only|even)\s/.test(after) ? `${apostrophe}s` : null;
  }
  return ' is';
}

/**
 * The person a "he" or "she" of the claim is sure to mean, or null: everyone it can mean is the speaker of reported
 * words (whatever their name, unless of the other gender), the named subject of the claim before, the one person of
 * that gender named just before the quote, and they must all be one person (a speaker whose gender the text does not
 * give can only stand in the way, unless a subject pronoun can mean nobody else). `subject`: the pronoun is "he" or
 * "she", not "his" or "her".
 */
function certainPerson(gender: 'm' | 'f', resolver: Resolver, subject = true): string | null {
  if (resolver.reported && resolver.listener?.[gender]) return null;
  const candidates: { name: string; agrees: boolean }[] = [];
  if (resolver.reported && resolver.speakerType === 'person' && resolver.speakerName && mayBeTheSpeaker(resolver)) {
    const name = withoutTitles(resolver.speakerName);
    const speakerGender = genderOf(name, resolver.gender);
    // (a speaker whose gender nothing gives is the pronoun's person when nobody else can be: "Finance minister Pekka
    // Laine said he expected …", no one else named and no description of another before it)
    // (a person with a title only: a place or a thing taken for a person has none)
    const alone =
      speakerGender === 'x' &&
      subject &&
      !!resolver.title &&
      !resolver.othersDescribed?.[gender] &&
      !resolver.antecedent &&
      !resolver.namedBefore?.m &&
      !resolver.namedBefore?.f &&
      !resolver.namedBefore?.anyone;
    if (speakerGender !== (gender === 'm' ? 'f' : 'm'))
      candidates.push({ name, agrees: speakerGender === gender || alone });
  }
  // in someone's own words a "he"/"she" is never the speaker ("… ,” Ms. Ruiz said. “She tried to …")
  const speaker = !resolver.reported && resolver.speakerName ? lastWord(withoutTitles(resolver.speakerName)) : null;
  const isTheSpeaker = (name?: string) => !!speaker && !!name && lastWord(name) === speaker;
  const said = resolver.antecedent;
  const isSpeaker = isTheSpeaker(said);
  const resolved = resolver.antecedentFor?.[gender];
  if (resolved === null && !isSpeaker) return null;
  const antecedent = resolved ?? said;
  // (a name the article's people resolved is of that gender already; one it did not must say so by its first name)
  if (antecedent && !isSpeaker && isFullName(antecedent) && (!!resolved || genderOf(antecedent) === gender))
    candidates.push({ name: antecedent, agrees: true });
  const before = resolver.namedBefore?.[gender];
  if (before && !isTheSpeaker(before)) candidates.push({ name: withoutTitles(before), agrees: true });
  const name = onePerson(candidates);
  return name && (isFullName(name) || speakersSurname(name, resolver)) ? name : null;
}

/**
 * "he"/"she"/"his"/"her" opening a claim, after a connective "that" or a word that opens a sentence without being its
 * subject ("Perhaps she made it up", "Now, he is …"); with the contraction after it.
 */
const LEADING_PRONOUN =
  /^(\s*(?:that\s+)?(?:(?:and|but|so|now|then|maybe|perhaps|mostly|also|still|yet|again|today|instead)\b,?\s+)?)(he|she|his|her)\b(?:[’'](s|ll|d)\b)?/i;

/** Participles that after "he’s"/"she’s" say how the person is, not what they have done. */
const STATE_PARTICIPLES = new Set(
  `thrilled determined prepared worried excited satisfied pleased convinced unconvinced concerned committed
   disappointed delighted interested frustrated surprised scared tired married supposed entitled qualified opposed
   involved engaged focused dedicated honored honoured proud confused embarrassed annoyed amazed shocked
   troubled encouraged open`.split(/\s+/),
);

/**
 * Quote marks left without their partner by the claim's edges: a closing mark with no opening one is dropped, an
 * opening one the claim's end cut off is closed at the end ("police ‘become the enemy’").
 */
function balanceQuotes(text: string): string {
  const drop = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    // "the ‘60s", "‘em": an apostrophe before a decade or a clipped word opens no quote
    if (char === '‘' && (i === 0 || /[\s([—–“"-]/.test(text[i - 1])) && !/^‘(?:\d0s|em\b)/.test(text.slice(i, i + 5)))
      stack.push(i);
    else if (char === '’' && !/\p{L}/u.test(text[i + 1] ?? '') && stack.length && text[stack[stack.length - 1]] === '‘')
      stack.pop();
    else if (char === '“') stack.push(i);
    else if (char === '”') {
      // a straight mark may stand for either curly one ("“exposed for raping a 13-year-old" in retaliation")
      if (stack.length && /[“"]/.test(text[stack[stack.length - 1]])) stack.pop();
      else drop.add(i);
    } else if (char === '"') {
      const opening = i === 0 || /[\s([—–-]/.test(text[i - 1]);
      if (!opening && stack.length && /[“"]/.test(text[stack[stack.length - 1]])) stack.pop();
      else if (opening) stack.push(i);
      else drop.add(i);
    }
  }
  let close = '';
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const char = text[stack[depth]];
    close += char === '“' ? '”' : char === '‘' ? '’' : '"';
  }
  if (!drop.size && !close) return text;
  let balanced = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) balanced += text[i];
  balanced = balanced.replace(/\s{2,}/g, ' ').trim();
  if (close) {
    const finalPunctuation = /[.!?]*$/.exec(balanced)!;
    balanced = balanced.slice(0, finalPunctuation.index) + close + finalPunctuation[0];
  }
  return balanced;
}
