/**
 * Whether a claim is a checkable assertion: a clause with a subject and a finite verb whose frame is intact, not a
 * question, not a fragment cut out of a longer sentence ("to bus in supporters", "fellow senators to vote against
 * it", "thousands of new jobs"), and not a pure opinion (a speaker's belief or feeling, a judgement with nothing in
 * it to check, an exhortation). Only checkable assertions are sent to research; the rest are parked.
 *
 * The judgement reads the words only (no lexicon of topics): it is grammar, and a few closed lists of the words that
 * make a sentence a judgement rather than a statement of fact.
 */
import { IRREGULAR_PAST, SAME_FORM_PAST } from '../lexicon/verb-forms';
import { lexTag } from '../entities/word-tags';
import { hasVerbWord, sentenceRanges } from './split-claims';

export type Uncheckable = 'question' | 'fragment' | 'opinion';

/** Longest claim the judgement reads word by word; a longer one is taken as an assertion (it has room for one). */
const MAX_JUDGED = 1500;

/** A subject (a pronoun or up to two words) and an auxiliary, negated or not, with nothing after but "either" or "too". */
const ELLIPSIS =
  /^["“‘(]?(?:[\p{L}’'-]+\s+){1,2}?(?:(?:never|not|also|still|just|already|really|certainly|simply)\s+)?(?:is|are|am|was|were|has|have|had|do|does|did|will|would|can|could|should|must|may|might|shall)(?:n[’']t|\s+not)?(?:\s+(?:either|too|so|yet|again|already))?[\s.!,;"”’)]*$/iu;

/**
 * A noun phrase (opening with a determiner, or a name) before a relative clause that ends the claim: "the raids,
 * which are …", "Dana Whitfield, who has run …".
 */
const NOUN_AND_RELATIVE =
  /^["“‘(]?((?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Tt]his|[Tt]hese|[Tt]hose|[Ss]ome|[Mm]any|[Ff]ew|[Bb]oth|[Ee]ach|[Aa]ll|[Nn]o)\s[^,;:—–]{1,70}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}.]+){0,3})),\s+(?:who|which|whose|whom)\s[^,;:—–]*$/u;

/** How many places (the start, then after each comma, colon or dash) a main clause is looked for. */
const MAX_CLAUSE_STARTS = 16;

export function uncheckableKind(claim: string): Uncheckable | null {
  const text = claim.trim();
  if (!text || text.length > MAX_JUDGED) return null;
  if (/\?["”’'»)\]]*$/.test(text)) return 'question';
  const words = tokenize(text);
  if (QUESTION_OPENER.test(text) && !/[.!]$/.test(text)) return 'question';
  // "than they do in the electoral process": the second half of a comparison cut from its first
  if (/^["“‘(]?than\b/i.test(text)) return 'fragment';
  // "to support the nominee, whoever it is", "to agree: at one point shares were up": an infinitive cut from the verb
  // it completes ("declined to", "seemed to"), or "to" cut from "thanks to" (a sentence opening "To win Ohio, …" is
  // written with its capital; "to date", "to be sure", "to put it simply" open a clause)
  const opening = /^["“‘(]?to\s+(\p{Ll}[\p{L}’'-]*)/u.exec(text);
  if (
    opening &&
    !IDIOMATIC_TO.test(text.replace(/^["“‘(]/, '')) &&
    !DETERMINERS.has(opening[1]) &&
    !/^(?:date|him|her|them|us|me|it|you|this|these|those)$/.test(opening[1])
  )
    return 'fragment';
  // "them messianic impulses - it has …": a verb's object, cut from its verb (not a subject said the colloquial way,
  // "Him and Clinton voted …")
  if (
    /^["“‘(]?(?:them|him|me|us|whom)\b(?!\s+and\b)/.test(text.replace(/^["“‘(]?\p{Lu}/u, (c) => c.toLowerCase())) &&
    !/^US\b/.test(text)
  )
    return 'fragment';
  // "of comments he made …", "about his daughter’s job …": a preposition cut from the word it belongs to ("accused
  // her of", "asked about"); "about 40 percent" is a figure, "of course" and "of the 20 million who …, 12 million …"
  // open a clause
  if (
    /^["“‘(]?(?:of\s(?!course\b|(?:the|all|those|these)\s+[\d$]|[\d$])|about\s(?![\d$]|(?:a (?:third|quarter|fifth|half|dozen|million|billion)|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|as many)\b))/.test(
      text,
    )
  )
    return 'fragment';
  // "why he attacked the governor", "whether the minister could keep her pledge": a question reported inside a
  // sentence ("asked why"), cut from it; "who they would vote for", "that have held caucuses": a relative clause cut
  // from its noun (a "that" before a plural verb is no demonstrative)
  if (
    /^["“‘(]?(?:how|why|whether|who|whom|whose|which)\s/.test(text) ||
    /^["“‘(]?that\s+(?:were|are|have|do|don['’]t|aren['’]t|weren['’]t|haven['’]t)\b/.test(text)
  )
    return 'fragment';
  // "… stand by our Constitution, and": cut off before its last clause or noun phrase
  if (CUT_END.test(text)) return 'fragment';
  // "He didn’t.", "It never has", "they were not": a subject and an auxiliary whose verb is in the sentence before
  if (ELLIPSIS.test(text)) return 'fragment';
  // (a quote mark inside a feeling does not change it: "has “enormous respect” for")
  if (OPINION_PHRASE.test(text) || HELD_FEELING.test(text.replace(/["“”]/g, ''))) return 'opinion';
  // "she admired Mr. Prescott", "he has voted with Republicans too often": a feeling about someone in a short claim,
  // or a measure no figure gives
  if (
    (FEELING_VERB.test(text) || TOO_MUCH.test(text)) &&
    text.split(/\s+/).length <= MAX_FEELING_WORDS &&
    !measured(text)
  )
    return 'opinion';
  // a clause on its own that only says what is not known ("she doesn't know why he said that") or that nobody is
  // better (in a longer sentence, what follows is often the claim: "I don't know what it costs, but it's $9 billion")
  if (SIMPLE_JUDGEMENT.test(text) && !/[,;:—–]|\s-\s/.test(text) && !measured(text)) return 'opinion';
  // a verdict on how someone performs: "the clerk has done a terrible job", "they did an amazing job keeping order"
  const performance = JOB_VERDICT.exec(text);
  if (performance && JUDGEMENT_WORDS.has(performance[1].toLowerCase()) && !measured(text)) return 'opinion';
  // a word in quote marks after a copula is the speaker's own characterisation: "the mayor is “obsessed” with …", "it
  // was “premature”" (a verdict on truth, "was “false”", is left alone: it can be checked)
  const quoted = SCARE_QUOTED.exec(text);
  if (
    quoted &&
    !/^(?:true|false|accurate|inaccurate|correct|incorrect|untrue|wrong|truthful|untruthful)$/.test(quoted[1])
  )
    return 'opinion';
  // an exhortation in a later clause: "the fund has run dry and, if not reformed, it should be closed"; what "we",
  // "you" or "I" have to do: "we've got to stand up to …"
  // (a figure makes the first clause a fact to check: "unemployment fell to 4.9 percent, and we must keep it there")
  // (only a figure before the exhortation: a date after it is when the thing ought to be, "should expire on May 1")
  const exhortation = LATER_EXHORTATION.exec(text);
  if ((exhortation && !measured(text.slice(0, exhortation.index))) || HAVE_TO.test(text)) return 'opinion';
  // a prediction: "slow growth risks perpetuating itself"
  // ("carries risks including …", "the risks facing …": the noun)
  if (/\brisks? (?!including\b|involving\b|facing\b)\p{L}+ing\b/u.test(text) && !measured(text)) return 'opinion';
  // a maxim in the generic "you": "when you pay people well, you keep them"
  if (/^["“‘]?(?:when|whenever)\s+you\b[^,;]*,\s*you\b/i.test(text) && !measured(text)) return 'opinion';
  // "Donald Trump, who has mused about …", "both parties, which had fought for months": a noun and its relative
  // clause, cut from the verb they were the subject or object of
  const relative = NOUN_AND_RELATIVE.exec(text);
  // (words before it that hold a verb are a clause, whichever reading finds it; read aside, so that the claim's own
  // words stay the ones kept for hasFactAnchor)
  if (relative && !mainClause(tokenizeAnew(relative[1])) && !hasVerbWord(relative[1])) return 'fragment';
  const main = mainClause(words);
  if (!main) return 'fragment';
  // a figure of speech says how the speaker sees it, not what happened: "the party is at a crossroads", "his hands are
  // tied", "the ruling casts a shadow over the talks" (a figure in the claim is still there to check)
  if (FIGURATIVE.test(text) && !measured(text)) return 'opinion';
  // what must not be let happen: "we cannot allow him to win", "the council can't tolerate delays"
  if ((CANNOT_ALLOW.test(text) || CANNOT_ALLOW_NAMED.test(text)) && !measured(text)) return 'opinion';
  // what would follow if something were so: "if the fund is not independent, it invites fraud", "if he wins, the
  // party no longer stands for anything" (not "if you look at the records, …", which only points to the claim after it;
  // a figure is a rule one can check: "if you earn under $30,000, you pay no tax")
  // (a general condition with what holds under it is a rule or a finding to check: "if the gene is missing, the mice
  // develop diabetes", "if the appeal fails, he faces deportation")
  const hypothetical = HYPOTHETICAL.exec(text);
  if (hypothetical && !measured(text) && !generalRule(hypothetical[0], text.slice(hypothetical[0].length)))
    return 'opinion';
  // a verdict on what is hardest or matters most: "debt is the biggest threat we face", "our main concern is the
  // schools", "divisions were a bigger hurdle than money"
  if (GRAVEST.test(text) && !measured(text)) return 'opinion';
  // which one is the real one: "the real villain here is Tom Ortiz"
  if (REAL_ONE.test(text) && !measured(text)) return 'opinion';
  // whether something suffices, said of what is done or given: "the agency is not doing enough", "the report
  // provides sufficient clarity" (as "30 percent was not enough" is)
  if (SUFFICES.test(text) && !measured(text)) return 'opinion';
  if (opinion(words, main, text)) return 'opinion';
  return null;
}

/**
 * Whether the words open with the subject of their main clause, its verb before any comma: "his mother was born in
 * Ohio", not "his father, Rafael" nor "his piece, he is ready to move on".
 */
export function opensWithSubject(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_JUDGED) return false;
  const words = tokenize(trimmed);
  const main = clauseFrom(words, 0);
  return !!main && main.subject === 0 && !words.slice(0, main.verb).some((word) => word.punct);
}

/**
 * Whether the words hold something a fact-checker can look up: a figure or a date, a name or an acronym ("Obama",
 * "NATO"; a capital opening a sentence only where the lexicon knows the word as a name) other than the subject's
 * own, or a verb in the past ("closed", "was", "had"). A claim with none of them ("we have come so far", "the result has been a
 * movement that …", "Hillary has nobody like that") is more often a view or a generalisation than a fact.
 */
export function hasFactAnchor(claim: string): boolean {
  const text = claim.trim();
  if (MEASURE.test(text) || /\b(?:yesterday|ago|last (?:week|month|year))\b/i.test(text)) return true;
  // sentence by sentence, so that a capital opening the second is not taken for a name
  return sentenceRanges(text, 0, text.length).some(([from, to]) => {
    const sentence = text.slice(from, to);
    const tokens = tokenize(sentence);
    // a past form the lexicon does not list, as the main verb: "the county closed", "you squeezed" (not "we need")
    const main = sentence.length <= MAX_JUDGED ? mainClause(tokens) : null;
    // (an irregular past only right after its subject, and not one that is also the plain form: "we put", "left
    // untouched")
    const verb = main ? tokens[main.verb].lower : '';
    const before = main ? tokens[main.verb - 1] : undefined;
    const irregular =
      IRREGULAR_PAST.has(verb) &&
      !SAME_FORM_PAST.has(verb) &&
      !!before &&
      !before.punct &&
      !PRESENT_BE.test(before.lower);
    if (main && (isPastForm(verb) || irregular)) return true;
    const words = tokens.filter((word) => !word.punct);
    // (a sentence written in capitals, "THIS IS A DISGRACE", has no acronyms to tell apart)
    const shouted = words.filter((word) => /^\p{Lu}{2,}/u.test(word.text)).length * 2 > words.length;
    // a name that is only the main clause's subject is no anchor: a claim about someone names them ("Ortiz is a
    // decent man", "Ortiz knows what voters want"); a name elsewhere is ("the levy hurts Ortiz")
    const subject = new Set(main ? tokens.slice(main.subject, main.verb) : []);
    return words.some(
      (word, at) =>
        (isNameWord(word, at, shouted) && !subject.has(word)) ||
        (words[at - 1]?.lower !== 'to' &&
          (lexTag(word.lower) === 'PastTense' || /^(?:was|were|had|did)(?:n't)?$/.test(word.lower))),
    );
  });
}

/** Whether a word after the verb at `at` may be its object ("dropping carried interest"), not "rose by", "fell 3". */
function objectAfter(words: Word[], at: number): boolean {
  const next = words[at + 1];
  return !!next && !next.punct && !PREPOSITIONS.has(next.lower) && !/^\d/.test(next.text) && !/ly$/.test(next.lower);
}

/** A verb's past: one the lexicon lists, an irregular one, or an "-ed" form. */
function isPastVerb(lower: string): boolean {
  return lexTag(lower) === 'PastTense' || IRREGULAR_PAST.has(lower) || isPastForm(lower);
}

/** A past form ending in -ed that the lexicon does not read as a present or a noun ("need", "speed", "seed"). */
function isPastForm(lower: string): boolean {
  return /ed$/.test(lower) && !/^(?:Infinitive|PresentTense|Noun|Singular|Uncountable)$/.test(lexTag(lower) ?? '');
}

/** A name or an acronym: a capitalised word past the first, or a first word the lexicon knows as a name. */
function isNameWord(word: Word, at: number, shouted: boolean): boolean {
  // an acronym: with its dots ("U.S."), or a word in capitals the lexicon knows only as a name or not at all ("NATO",
  // not "WE" or "GREAT")
  if (/^(?:\p{Lu}\.?){2,}(?:['’]?s)?$/u.test(word.text)) {
    if (word.text.includes('.')) return true;
    if (shouted) return false;
    const tag = lexTag(word.lower.replace(/['’]?s$/, ''));
    return tag === undefined || NAME_TAG.test(tag);
  }
  if (!/^\p{Lu}\p{Ll}/u.test(word.text) || /^I['’]/.test(word.text)) return false;
  if (at > 0) return true;
  return NAME_TAG.test(lexTag(word.lower.replace(/['’]s$/, '')) ?? '');
}

const NAME_TAG = /Name|Person|Place|Country|City|Region|Organization/;

interface Word {
  /** The word as written, or a punctuation mark. */
  text: string;
  lower: string;
  punct: boolean;
}

const TOKEN = /\$?[\p{L}\p{N}]+(?:[.’'\-,][\p{L}\p{N}]+)*(?:[’']s?|%)?|[,;:—–()?!]|--/gu;

/**
 * The words of the last text read, and its main clause: a claim's standalone form is read by uncheckableKind and then
 * by hasFactAnchor (one entry only, so nothing grows; the words are never changed by their readers).
 */
let lastRead: { text: string; words: Word[]; main?: MainClause | null } = { text: '', words: [] };

function tokenize(text: string): Word[] {
  if (text !== lastRead.text) lastRead = { text, words: tokenizeAnew(text) };
  return lastRead.words;
}

function tokenizeAnew(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const punct = !/[\p{L}\p{N}]/u.test(word);
    words.push({ text: word, lower: word.toLowerCase().replace(/’/g, "'"), punct });
  }
  return words;
}

/** "…, and it should …", "…; we must …": a clause after the first that says what ought to be. */
const LATER_EXHORTATION =
  /[,;]\s*(?:and\s+)?(?:it|they|we|he|she|you|I|this|that)\s+(?:should|must|ought)\b(?!\s+(?:say|add|note)\b|\s+have\s+(?:been|[a-z]+(?:ed|en))\b)/;

/**
 * Figures of speech whose words, taken as they stand, are no fact: a crossroads, tied hands, a shadow cast over
 * something, a slippery slope, a wake-up call, going above and beyond or not far enough.
 */
const FIGURATIVE = new RegExp(
  [
    String.raw`\b(?:at|faces?|faced|facing|reach(?:ed|es|ing)?|approach(?:ed|es|ing)?) (?:a|the) crossroads\b`,
    // (not hands bound: "her hands were tied with rope", "they tied his hands behind his back")
    String.raw`\bhands (?:(?:are|were|is|be|been|being|remain|remained|remains|left) )?tied\b(?! (?:with|behind|together|up|to|in front)\b)`,
    String.raw`\b(?:tie[sd]?|tying) (?:his|her|their|our|my|your|its) hands\b(?! (?:with|behind|together|up|to|in front)\b)`,
    String.raw`\bcast(?:s|ing)? (?:a )?(?:long |dark )?(?:shadow|pall|cloud) (?:over|on)\b`,
    String.raw`\babove and beyond\b`,
    String.raw`\b(?:at|on) (?:the )?top of (?:his|her|their|its|my|our|your) game\b`,
    // (not the things themselves: "a vein of gold", "a nerve gas container", "a nerve agent")
    String.raw`\btap(?:s|ped|ping)? into a (?:vein|nerve)\b(?! of (?:gold|silver|copper|ore|coal)\b)`,
    String.raw`\b(?:struck|strikes?|striking|touched|hit) a (?:raw )?(?:nerve|chord)\b(?![ -](?:gas|agents?|cells?|endings?|damage|fibres?|fibers?|centres?|centers?)\b)`,
    String.raw`\b(?:double-edged sword|slippery slope|house of cards|dog whistle|trojan horse|wake-up call|tip of the iceberg|perfect storm|drop in the bucket|power grab)\b`,
    String.raw`\bgame-?changer\b`,
    String.raw`\bplay(?:s|ed|ing)? with fire\b`,
    String.raw`\bwhistl(?:e|es|ed|ing) past the graveyard\b`,
    String.raw`\buphill (?:battle|climb|fight)\b`,
    String.raw`\bbreath(?:e|es|ed|ing) (?:new )?life into\b`,
    // ("on the line for the cost" is liable for it; "on the line with the pilot", "to the tower" a call)
    String.raw`\b(?:is|are|was|were|be|been) on the line\b(?! (?:for|with|to)\b)`,
    String.raw`\b(?:go|goes|gone|going|went) far enough\b`,
    String.raw`\bmov(?:e|es|ed|ing) the needle\b`,
    // (not where they meet: "in crisis talks with the government")
    String.raw`\b(?:is|are|was|were) (?:not )?in (?:a )?crisis\b(?![ -](?:talks|meetings?|mode|management|summits?|sessions?|centres?|centers?|teams?|cabinet)\b)`,
    String.raw`\bgot it (?:all )?(?:wrong|right)\b`,
    String.raw`\bliving in (?:hell|a nightmare)\b`,
  ].join('|'),
  'i',
);

/**
 * "we cannot allow him to …", "I can't tolerate": what the speaker's side will not let happen (not what a rule or a
 * body may not do: "the court cannot allow evidence obtained without a warrant", "the company cannot accept the offer
 * under its bylaws").
 */
const CANNOT_ALLOW =
  /(?:^|[,;:—–]\s*|\b(?:and|but|so|that)\s+)["“‘]?(?:we|i|you|america|this (?:country|nation))(?: (?:simply|just|absolutely|really))? (?:cannot|can['’]t|can not) (?:allow|let|tolerate|accept)\b/i;
/** "… but cannot allow Hillary Clinton to become president": a named person one's side will not let win. */
const CANNOT_ALLOW_NAMED =
  /\b(?:[Cc]annot|[Cc]an['’]t|[Cc]an not|[Mm]ust not) (?:allow|let) \p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}\s+(?:to )?(?:become|win|take power|take office|return to power)\b/u;

/**
 * Whether a condition and what follows it state a rule or a finding: the condition's subject a thing or a kind named
 * by a noun ("the gene", "a patient", "any member"), and what follows it an event said plainly, with no verb of would,
 * will, might or should, nor a state ("is finished").
 */
function generalRule(condition: string, rest: string): boolean {
  // (a state said of it is a verdict: "if the levy fails, the library is finished")
  const opening = rest.trim().split(/\s+/, 6).join(' ');
  return GENERAL_CONDITION.test(condition) && !FORECAST_VERB.test(rest) && !COPULA_WORD.test(opening);
}

/** A copula among the words after a condition: what follows says how something is, not what happens. */
const COPULA_WORD = /\b(?:is|are|was|were|be|been|being)\b|['’](?:s|re)\b/i;

/** "If the gene …", "if a patient …", "if any member …": a condition on a thing or a kind. */
const GENERAL_CONDITION = /^["“‘(]?if\s+(?:the|a|an|any|each|every)\s+(?!(?:same|other)\b)\p{L}/iu;

/** A verb of what would or will be, or ought to: what follows the condition is then a forecast or a wish. */
const FORECAST_VERB =
  /\b(?:would|will|might|may|could|should|must|shall|won['’]t|wouldn['’]t|['’](?:ll|d))\b|\bgo(?:ing|nna)\b/i;

/**
 * A claim that opens with a condition and a comma: "if the plan fails, …" (not "if you look at …", "if you read …",
 * which point to where the claim is found; nor a condition of a participle alone, what the law or a procedure sets:
 * "if convicted, he faces life in prison", "if approved, the merger creates Europe's largest bank").
 */
const HYPOTHETICAL =
  /^["“‘(]?if\s(?!you (?:look|read|consider|check|compare|listen|ask|talk|go back|examine)\b)(?!(?:not\s+)?(?:found|held|seen|taken|given|caught|made|shown|known|\p{L}+ed)\b)[^,;:—–]*,/iu;

/**
 * A problem, a threat or a concern ranked as the biggest, a bigger or a real one, as what something is (or, ranked,
 * has or faces: "faces its gravest threat"; not a fault one has, "the plane had a serious problem with its landing
 * gear", "the bridge has a major problem with corrosion", a fact to check).
 */
const RANKED = String.raw`(?:bigger|greater|larger|biggest|greatest|largest|gravest|worst)`;
const GRAVE_NOUN = String.raw`(?:hurdle|obstacle|problem|challenge|threat|danger|concern|worry|issue)s?\b(?!\s+with\b)`;
const GRAVE = String.raw`(?:${RANKED}|real|major|serious|huge|main|chief|top)\s+${GRAVE_NOUN}`;
const GRAVE_BEFORE = String.raw`\s+(?:(?:one|some) of\s+)?(?:(?:a|an|the|our|their|his|her|its|my|your)\s+)?(?:(?:very|much|far|even|single)\s+)?`;
/**
 * A claim opening with "the real/true <noun> … is" and whom: which one really is, a verdict ("the real extremist here
 * is Ana Ruiz"); not "the real estate market is …", "the real name of the suspect is …", a passive or a figure.
 */
const REAL_ONE =
  /^["“‘]?(?:(?:[Aa]nd|[Bb]ut|[Ss]o)\s+)?[Tt]he\s+(?:real|true)\s+(?!(?:estate|name|names|identity|cost|costs|number|numbers|value|owner|owners|author|id|gdp|income|wages|father|mother|age)\b)[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4}?\s+(?:is|are|was|were)\s+(?:\p{Lu}|(?:him|her|them|me|us|you)\b)/u;

const GRAVEST = new RegExp(
  String.raw`\b(?:is|are|was|were|be|been|being|becomes?|became|remains?|remained)${GRAVE_BEFORE}${GRAVE}` +
    String.raw`|\b(?:has|have|had|faces?|faced|facing)${GRAVE_BEFORE}${RANKED}\s+${GRAVE_NOUN}` +
    // (a ranking in the past as the subject is what a finding names: "the main problem was a faulty valve")
    String.raw`|\b${GRAVE}\s+(?:[\p{L}’'-]+\s+){0,4}?(?:is|are)\b`,
  'iu',
);

/**
 * "(not) doing enough", "provides adequate detail", "offered sufficient answers": a verdict on whether something
 * suffices (what is given is an account: adequate protection, records, heating or training are a finding a test, an
 * inspection or a court makes, "the vaccine provides adequate protection", "the hospital did not keep adequate records").
 */
const SUFFICES =
  /\b(?:(?:do|does|did|done|doing)\s+(?:nearly\s+|anywhere\s+near\s+)?enough\b(?!\s+(?:of|for)\b)|(?:provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:\p{L}+\s+)?(?:sufficient|adequate|insufficient|inadequate)\s+(?:details?|clarity|explanations?|answers?|assurances?|transparency|justifications?|reasons?|guidance|context|information)\b)/iu;

/** "We have to …", "you've got to …", "…, and I have to …": an exhortation of the speaker's side or the listener. */
const HAVE_TO =
  /(?:^|[,;:—–]\s*|\b(?:and|but|so)\s+)["“‘]?(?:we|you|i)(?:(?: (?:just|really|still|also|all|simply))? have|['’]ve) (?:got )?to \p{L}/iu;

/** A copula and one word in quote marks: "is “obsessed”", "was being "sarcastic"". */
const SCARE_QUOTED =
  /\b(?:is|are|was|were|be|been|being|became|become|becomes|seems|seemed)\s+(?:(?:so|very|really|just|too|not|quite|more|most|being)\s+)*["“‘](\p{Ll}+(?:-\p{Ll}+)?)[,.]?["”’]/u;

/** A claim ending on a conjunction, an article or a comma: the rest of it was cut off. */
// (a standalone form's closing full stop does not close it: "… investment income and.")
const CUT_END = /(?:[,;:—–]|--|(?:^|\s)(?:and|or|but|nor|the|a|an))["”’'»)\]]*\.?\s*$/;

/** "Who would have believed …", "Why do they …": a question whose closing mark the claim's span lost. */
const QUESTION_OPENER =
  /^["“‘]?(?:who|why|how come|what if)\s+(?:would|will|did|does|do|is|are|was|were|can|could|should|has|have)\b/i;

/** Finite auxiliaries, modals and copulas. */
const FINITE_AUX = new Set(
  `is are was were am has have had will would can could should must may might shall does did do cannot ain't isn't
   aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't mustn't doesn't didn't don't
   needn't ought`.split(/\s+/),
);

/** A pronoun (or "that", "there") with a contracted verb: "it's", "they're", "I'm", "we've", "she'll", "he'd". */
const CONTRACTED_SUBJECT =
  /^(?:i|you|he|she|it|we|they|that|there|here|what|who|this|everyone|nobody)'(?:s|re|m|ve|ll|d)$/;

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'there', 'who']);

/** Words after which a verb form is an adjective or a noun ("the reported figure", "a planned cut"). */
const DETERMINERS = new Set(
  `the a an this that these those his her its their our my your some any many most no every each such another
   several few both all either neither which whose what`.split(/\s+/),
);

/** Prepositions and subordinators: a clause does not open with them, and a subject phrase does not end in them. */
const PREPOSITIONS = new Set(
  `of to for by than with from about as into onto on at in over under through during without within against between
   among across around toward towards despite via per like unlike upon after before since until while because if
   unless although though whether whereas once including amid`.split(/\s+/),
);

/** Words that open an adverbial of time: "Last week they …", "This year we …". */
const TIME_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'now', 'today', 'yesterday', 'then']);

/** Conjunctions that open a clause of their own after a comma. */
const COORDINATORS = new Set(['and', 'but', 'or', 'so', 'yet', 'nor']);

function isFinite(words: Word[], at: number): boolean {
  const word = words[at];
  if (word.punct) return false;
  const lower = word.lower;
  // "in May", "Will Hurd": a capitalised word inside the claim is a name, not a modal
  if (at > 0 && /^\p{Lu}/u.test(word.text) && !/^(?:I|I['’].*)$/.test(word.text)) return false;
  if (FINITE_AUX.has(lower) || CONTRACTED_SUBJECT.test(lower)) return true;
  // the word before, past adverbs ("he also said", "jointly owned"): a verb needs a subject before it
  let before = at - 1;
  while (before >= 0 && before > at - 4 && !words[before].punct && isAdverb(words[before].lower)) before--;
  if (before < 0) return false;
  const previousWord = words[before];
  const previous = previousWord.lower;
  if (DETERMINERS.has(previous) || previous === 'to') return false;
  // "175 delegates", "3 percent": after a number an "-s" word is its plural noun
  // (not after a numbered name: "Section 230 protects", "Title 42 allows")
  const numbered = before > 0 && /^\p{Lu}/u.test(words[before - 1].text);
  if (/^\d[\d,.]*$/.test(previous) && /s$/.test(lower) && !numbered) return false;
  // a past after a gerund opening the claim: "Spending increased by" (the lexicon reads some pasts as adjectives),
  // not the gerund's object ("dropping carried interest")
  const gerund = before === 0 && /Gerund/.test(lexTag(previous) ?? '') && !/^(?:having|being)$/.test(previous);
  if (gerund && at === 1 && !objectAfter(words, at) && isPastVerb(lower)) return true;
  // "demand hit a record", "Exports fell 3 percent": a past after a bare noun opening the claim, then its object or a
  // figure (the lexicon reads "demand" as a verb, "hit" as a noun)
  // (or a few bare nouns the lexicon reads so, or does not know: "tax fraud cost France …", "Fraud costs the state")
  const nounFirst =
    (at === 1 && /^(?:Infinitive|Singular|Plural|Noun|Uncountable)$/.test(lexTag(previous) ?? '')) ||
    (at <= MAX_BARE_NOUNS &&
      words
        .slice(0, at)
        .every(
          (word) =>
            !word.punct &&
            !DETERMINERS.has(word.lower) &&
            !PREPOSITIONS.has(word.lower) &&
            !SUBJECT_PRONOUNS.has(word.lower) &&
            /^(?:Infinitive|Singular|Plural|Noun|Uncountable|Adjective|None)$/.test(lexTag(word.lower) ?? 'None'),
        ));
  // (not a time: "jobs cut the previous year" is a noun and its participle)
  const objectNext =
    /^(?:a|an|the|its|their|his|her|\d.*)$/.test(words[at + 1]?.lower ?? '') &&
    !/^(?:previous|last|next|following|same|past|whole|entire|year|week|month|day|season|quarter)$/.test(
      words[at + 2]?.lower ?? '',
    );
  // (or a name: "tax fraud cost France …")
  const nameNext = !!words[at + 1] && !words[at + 1].punct && /^\p{Lu}/u.test(words[at + 1].text);
  if (nounFirst && (objectNext || nameNext) && (SAME_FORM_PAST.has(lower) || IRREGULAR_PAST.has(lower))) return true;
  // a present in "-s" the lexicon reads as a plural noun, after a noun phrase opening the clause, then its object or a
  // figure: "Fraud costs the state 2 billion euros", "the levy funds 300 teachers"
  // (not before "that", which opens a relative clause of the noun as often: "programs that exist")
  const presentS =
    /[^s]s$/.test(lower) && /^(?:Infinitive|Singular)$/.test(lexTag(lower.slice(0, -1)) ?? '') && objectNext;
  if (presentS && (nounFirst || opensWithNounPhrase(words, at))) return true;
  // a past in "-ed" after a bare plural opening the claim, then an infinitive, an object or a figure: "companies
  // planned to invest £96 billion", "prices climbed 4 percent" (not "companies founded by immigrants")
  const barePlural = at === 1 && (lexTag(previous) === 'Plural' || (/[^s]s$/.test(previous) && !lexTag(previous)));
  // (a word the lexicon knows as a verb or as a singular noun after "to": "to raise", not "to rubble", "to ashes")
  const infinitiveNext =
    words[at + 1]?.lower === 'to' && /^(?:Infinitive|Singular)$/.test(lexTag(words[at + 2]?.lower ?? '') ?? '');
  const figureNext = /^[\d$£€]/.test(words[at + 1]?.text ?? '');
  if (barePlural && /ed$/.test(lower) && (infinitiveNext || objectNext || figureNext)) return true;
  // a past after a whole noun phrase opening the clause, then its object or a figure: "an experimental pill cut the
  // risk", "Sixty per cent of parents opposed the plan", "a prison place cost the taxpayer £51,000"
  if (
    (/ed$/.test(lower) || SAME_FORM_PAST.has(lower) || IRREGULAR_PAST.has(lower)) &&
    objectOrFigureNext(words, at) &&
    opensWithNounPhrase(words, at)
  )
    return true;
  // after a preposition, an adjective or a possessive the word is a noun or a modifier: "for border controls",
  // "medical cures", "the agency’s plans"; before "by" a past form is a participle ("a plan rebuffed by …")
  // ("the inspector general found": "general" after a noun is part of it)
  const adjective = /Adjective/.test(lexTag(previous) ?? '') && previous !== 'general';
  if (PREPOSITIONS.has(previous) || adjective || /[^\s]['’]s$/.test(previousWord.text))
    if (!CONTRACTED_SUBJECT.test(previous)) return false;
  if (words[at + 1]?.lower === 'by' && /(?:ed|en)$/.test(lower)) return false;
  if (before > 0 && PREPOSITIONS.has(words[before - 1].lower) && !/^\p{Lu}/u.test(previousWord.text)) return false;
  const tag = lexTag(lower) ?? '';
  // "no income taxes was …", "border controls are …": the word before the verb is a noun
  if (/s$/.test(lower) && FINITE_AUX.has(words[at + 1]?.lower ?? '')) return false;
  // "… and reinforce concerns", "to raise taxes": an "-s" word after a bare verb that follows "and", "or", "to" or a
  // modal is its object, a plural noun
  const verbBefore = /Infinitive/.test(lexTag(previous) ?? '') && before === at - 1 && before > 0;
  const afterVerb =
    verbBefore && /^(?:and|or|to|can|could|will|would|may|might|must|should)$/.test(words[before - 1].lower);
  if (afterVerb && tag === 'PresentTense' && /s$/.test(lower)) return false;
  if (tag === 'PastTense' || tag === 'PresentTense') return true;
  // a past the lexicon reads as a noun or an adjective, after a noun ("inflation rose", "the party lost"), and "live"
  // after a plural ("2 million people live in …"): the word before has been read as no determiner, preposition or
  // adjective above
  // ("job cut", "rate cut", "a set of": a past the same as its base is a noun as often, and comes under the rule for
  // plain pasts below)
  if (IRREGULAR_PAST.has(lower) && !SAME_FORM_PAST.has(lower) && !/Adverb/.test(lexTag(previous) ?? '')) return true;
  if (lower === 'live' && (previous === 'people' || /[^s]s$/.test(previous))) return true;
  const beforePrevious = before > 0 ? words[before - 1].lower : '';
  // "3 million people marched", "Three officers fired": a counted plural, then a past in "-ed"
  const countedPlural =
    /ed$/.test(lower) &&
    (lexTag(previous) ?? (/[^s]s$/.test(previous) ? 'Plural' : '')) === 'Plural' &&
    (/^\d/.test(beforePrevious) || CARDINAL.test(beforePrevious)) &&
    // (not a participle before the verb: "Three senators involved in the talks will vote …")
    !laterAuxiliary(words, at);
  const afterSubject =
    SUBJECT_PRONOUNS.has(previous) ||
    // "the campaign planned", "the agency's lawyers argued"
    (!!previousWord &&
      !previousWord.punct &&
      (DETERMINERS.has(beforePrevious) || countedPlural) &&
      (/ed$/.test(lower) || SAME_FORM_PAST.has(lower)) &&
      !/Adjective|Adverb/.test(lexTag(previous) ?? '')) ||
    (!!previousWord &&
      !previousWord.punct &&
      /^\p{Lu}/u.test(previousWord.text) &&
      !/Adjective/.test(lexTag(previous) ?? ''));
  // a verb of belief after a person: "Ms. Ortiz hopes", "he wants"
  if (STANCE_VERBS.has(lower) && afterSubject) return true;
  // a past that is the plain form, after its subject: "the board cut its staff", "she cut the prep time"
  if (SAME_FORM_PAST.has(lower) && (afterSubject || /^(?:he|she|it)$/.test(previous))) return true;
  // a plain verb after a plural or first-person pronoun subject ("we know", "they hoped"); "I" is upper case
  if (tag === 'Infinitive' && /^(?:i|we|you|they|who|that)$/.test(previous)) return true;
  // a plain verb after a plural noun, its subject: "2 million Americans use insulin", "Half of our candidates come
  // from abroad" (the word before has been read as no determiner, preposition or adjective above)
  if (
    tag === 'Infinitive' &&
    lower !== 'like' &&
    (/^(?:Plural|Demonym)$/.test(lexTag(previous) ?? '') ||
      (/[^s]s$/.test(previous) && (!lexTag(previous) || /^\d/.test(beforePrevious)))) &&
    at + 1 < words.length &&
    !words[at + 1].punct
  )
    return true;
  // a verb the lexicon does not list, after a pronoun or a name, with an object or an adjunct after it: "the agency
  // overruled the request", "Apple holds $9 billion"; "police shootings", "jointly owned drones" are no verbs
  if (/^\p{Ll}[\p{Ll}-]+(?:ed|s)$/u.test(word.text) && afterSubject && at + 1 < words.length) {
    const next = words[at + 1];
    const objectAfter =
      DETERMINERS.has(next.lower) ||
      /^(?:\$|\d)/.test(next.text) ||
      /Value/.test(lexTag(next.lower) ?? '') ||
      /^(?:him|her|them|us|me|it|that|up|down|out|off|back|away)$/.test(next.lower) ||
      /^\p{Lu}/u.test(next.text);
    // a past tense takes an adjunct too ("resigned in March"); a plural noun is followed by one as often
    const adjunctAfter = next.punct || PREPOSITIONS.has(next.lower) || /Adverb/.test(lexTag(next.lower) ?? '');
    if (/ed$/.test(lower) ? objectAfter || adjunctAfter : objectAfter && !/Plural|Noun/.test(tag)) return true;
    // "Clinton beats Trump", "Ortiz leads 52 to 48": between a name and a name or a figure, an "-s" word is a verb
    const nameOrFigureAfter = /^(?:\p{Lu}|\$|\d)/u.test(next.text);
    // (a name the lexicon knows, or the last of two capitalised words: not "Democratic contenders Hillary …")
    const name =
      /^\p{Lu}/u.test(previousWord.text) &&
      (/Person|Name|Organization|Country|City|Region|Place/.test(lexTag(previous) ?? '') ||
        /^\p{Lu}/u.test(words[before - 1]?.text ?? ''));
    if (/s$/.test(lower) && name && before === at - 1 && nameOrFigureAfter) return true;
    // "the deal donated millions", "the county closed four clinics": after a determiner and a noun, a past tense
    if (/ed$/.test(lower) && DETERMINERS.has(beforePrevious) && (objectAfter || !/Adjective/.test(tag)) && !next.punct)
      return true;
  }
  // a plural or untagged "-s"/"-ed" word right after "he"/"she"/"it"/"you": "she holds", "you squeezed"
  if (/^(?:he|she|it|you|i|we|they)$/.test(previous) && /^\p{Ll}+(?:ed|s)$/u.test(word.text)) return true;
  return false;
}

function isAdverb(lower: string): boolean {
  return (
    /Adverb/.test(lexTag(lower) ?? '') ||
    (/ly$/.test(lower) && !lexTag(lower)) ||
    /^(?:also|never|not|just|still)$/.test(lower)
  );
}

/** The main clause: where its subject starts and where its finite verb is. */
interface MainClause {
  subject: number;
  verb: number;
}

/**
 * A subject and its finite verb, at the start of the claim or after a comma, colon or dash that ends an opening
 * adverbial ("In 2012, turnout was …") or a clause before it. A claim opening with a finite verb lost its subject; one
 * whose first verb is an infinitive ("fellow senators to vote …") or that only has verbs inside a subordinate clause
 * ("remarks about the plan after she said …") is a fragment.
 */
function mainClause(words: Word[]): MainClause | null {
  if (words !== lastRead.words) return findMainClause(words);
  if (lastRead.main === undefined) lastRead.main = findMainClause(words);
  return lastRead.main;
}

function findMainClause(words: Word[]): MainClause | null {
  let tried = 0;
  for (let start = 0; start < words.length && tried < MAX_CLAUSE_STARTS; start++) {
    if (start > 0) {
      const before = words[start - 1];
      if (!(before.punct && /^(?:,|:|;|—|–|--|\()$/.test(before.text))) continue;
    }
    tried++;
    let from = start;
    while (from < words.length && COORDINATORS.has(words[from].lower)) from++;
    const found = clauseFrom(words, from);
    if (found) return found;
  }
  // an opening adverbial without its comma: "in the year 2000 it would lift …", "Last week they voted …", "when
  // prices rose we cut back" (after a subordinate clause, only once its own verb has come)
  const opener = words[0]?.lower ?? '';
  const subordinate = SUBORDINATORS.has(opener);
  if (words.length && (PREPOSITIONS.has(opener) || TIME_OPENERS.has(opener) || subordinate)) {
    let verbSeen = false;
    for (let at = 1; at < Math.min(words.length, 10); at++) {
      const lower = words[at].lower;
      const subject = /^(?:he|she|it|they|we|i|there)$/.test(lower) || CONTRACTED_SUBJECT.test(lower);
      if (subject && !words[at - 1].punct && !DETERMINERS.has(words[at - 1].lower) && (!subordinate || verbSeen)) {
        const found = clauseFrom(words, at);
        if (found) return found;
      }
      if (isFinite(words, at)) verbSeen = true;
    }
  }
  return null;
}

/** Words that open a clause that is not the main one: "when …", "why …", "how …". */
const SUBORDINATORS = new Set(
  `after before when whenever where why how whether because if unless while although though since until whereas
   once`.split(/\s+/),
);

/** Openings with "to" that are a sentence adverb, not a cut infinitive: "to be sure, …", "to put it simply, …". */
const IDIOMATIC_TO =
  /^to\s+(?:be\s+(?:sure|fair|clear|honest|certain|frank)|put\s+it\s+\w+|my\s+knowledge|this\s+day|that\s+end|the\s+contrary|date)\b/i;

/** What "about" approximates when it opens a claim: "About 40 rabbis …", "about half of the wall …". */
const APPROXIMATED =
  /^(?:[\d$].*|a|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)$/;

const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);

function clauseFrom(words: Word[], start: number): MainClause | null {
  const first = words[start];
  if (!first || first.punct) return null;
  // "as many as 10.3 million people could lose coverage": the figure after it opens the clause
  if (
    first.lower === 'as' &&
    /^(?:many|much|few|little)$/.test(words[start + 1]?.lower ?? '') &&
    words[start + 2]?.lower === 'as' &&
    APPROXIMATED.test(words[start + 3]?.lower ?? '')
  )
    return clauseFrom(words, start + 3);
  if (
    // ("about 40 percent of …", "at least 47 homes" are figures, not prepositions)
    (PREPOSITIONS.has(first.lower) &&
      !(first.lower === 'about' && APPROXIMATED.test(words[start + 1]?.lower ?? '')) &&
      !(
        first.lower === 'at' &&
        /^(?:least|most)$/.test(words[start + 1]?.lower ?? '') &&
        (APPROXIMATED.test(words[start + 2]?.lower ?? '') ||
          /^(?:several|dozens|hundreds|thousands|millions)$/.test(words[start + 2]?.lower ?? ''))
      )) ||
    SUBORDINATORS.has(first.lower) ||
    RELATIVES.has(first.lower) ||
    first.lower === 'what'
  )
    return null;
  if (/Gerund/.test(lexTag(first.lower) ?? '') && !isGerundSubject(words, start)) return null;
  // a finite verb first: the subject was cut off ("has been met with opposition"); "There is", "It's" are subjects
  if (isFinite(words, start) && !CONTRACTED_SUBJECT.test(first.lower) && !SUBJECT_PRONOUNS.has(first.lower))
    return null;
  if (CONTRACTED_SUBJECT.test(first.lower)) return { subject: start, verb: start };
  // inside a relative clause of the subject ("the states that sued", "the support he has"): its verb is not the main
  // one, and an infinitive in it does not end the subject
  // 'verb': a relative clause opened, its verb to come; 'rest': after its verb, until a comma or the main verb
  let relative: 'none' | 'verb' | 'rest' = 'none';
  // whether the relative clause opened with a name ("remarks Trump had made")
  let byName = false;
  for (let at = start + 1; at < words.length; at++) {
    const word = words[at];
    if (word.punct) {
      if (word.text === ',' && relative === 'rest') relative = 'none';
      if (word.text === ',' || word.text === '(' || word.text === ')') continue;
      if (/^(?:—|–|--)$/.test(word.text)) continue;
      return null;
    }
    const previous = words[at - 1];
    if (relative === 'none' && word.lower === 'to' && at + 1 < words.length && infinitiveAfterTo(words[at + 1]))
      return null;
    if (RELATIVES.has(word.lower)) {
      relative = 'verb';
      continue;
    }
    // "a loss that was wider than analysts had expected": a comparison inside the relative clause has its own verb
    if (relative === 'rest' && word.lower === 'than') {
      relative = 'verb';
      continue;
    }
    if (word.lower === 'that' && !previous.punct) {
      const next = words[at + 1];
      if (!next) return null;
      // "no proof that she had …", "so much that it's …": a clause after it is a complement, not the subject's
      const verbNext =
        (isFinite(words, at + 1) && !CONTRACTED_SUBJECT.test(next.lower)) ||
        /ed$/.test(next.lower) ||
        /Tense|Infinitive|Adverb/.test(lexTag(next.lower) ?? '');
      // "countries that stand to benefit …": after a plural noun, a word the lexicon takes for a singular noun is the
      // relative clause's verb
      const nounAsVerb =
        (lexTag(previous.lower) ?? 'Plural') === 'Plural' &&
        /s$/.test(previous.lower) &&
        lexTag(next.lower) === 'Singular' &&
        !/s$/.test(next.lower);
      if (nounAsVerb) {
        relative = 'rest';
        at++;
        continue;
      }
      if (!verbNext) return null;
      relative = 'verb';
      continue;
    }
    // "the pride he takes", "the things I said": a pronoun right after a noun opens a relative clause
    if (
      /^(?:he|she|they|we|i|you)$/.test(word.lower) &&
      !previous.punct &&
      !DETERMINERS.has(previous.lower) &&
      !PREPOSITIONS.has(previous.lower) &&
      !COORDINATORS.has(previous.lower) &&
      !isFinite(words, at - 1)
    ) {
      relative = 'verb';
      continue;
    }
    // "the remarks Trump had made", "the votes Clinton cast": a name right after a plural noun, its verb after it
    if (relative === 'none' && namedRelative(words, at)) {
      relative = 'verb';
      byName = true;
      continue;
    }
    if (relative === 'none' && (SUBORDINATORS.has(word.lower) || (word.lower === 'as' && !previous.punct))) return null;
    // "a report titled Fixing the Roads found …", "a memoir entitled “My Patients Were Presidents”": the title a
    // noun is given is neither the clause's verb nor a clause of its own
    if (/^(?:entitled|titled)$/.test(word.lower) && !previous.punct && /^\p{Lu}/u.test(words[at + 1]?.text ?? '')) {
      while (at + 1 < words.length && (/^\p{Lu}/u.test(words[at + 1].text) || TITLE_LINKS.has(words[at + 1].lower)))
        at++;
      continue;
    }
    // "that joined …", "who resigned …": the relative clause's verb comes right after it
    // ("people who smoke have …": after "who" any word but a determiner, a pronoun, a preposition or an adverb is
    // its verb, though the lexicon read it as a noun)
    const relativeVerb =
      relative === 'verb' &&
      (RELATIVES.has(previous.lower) || previous.lower === 'that') &&
      (/ed$/.test(word.lower) ||
        /Tense|Infinitive/.test(lexTag(word.lower) ?? '') ||
        (previous.lower === 'who' &&
          /^\p{Ll}/u.test(word.text) &&
          // ("the families who councils housed": a plural after "who" is the clause's subject)
          lexTag(word.lower) !== 'Plural' &&
          !(/[^s]s$/.test(word.lower) && lexTag(word.lower) !== 'PresentTense') &&
          !DETERMINERS.has(word.lower) &&
          !PREPOSITIONS.has(word.lower) &&
          !SUBJECT_PRONOUNS.has(word.lower) &&
          !isAdverb(word.lower)));
    if (relativeVerb || isFinite(words, at) || CONTRACTED_SUBJECT.test(word.lower)) {
      if (relative === 'verb') {
        // the relative clause's own verb; the main verb may follow
        relative = 'rest';
        // (its auxiliaries' verbs: "who have not been"; but "who smoke have …": a verb's "have" is the main one)
        while (
          at + 1 < words.length &&
          (/^(?:not|n't|also)$/.test(words[at + 1].lower) ||
            (FINITE_AUX.has(words[at].lower) && /^(?:been|be|being|have)$/.test(words[at + 1].lower)))
        )
          at++;
        // "remarks Trump had made": the participle after the relative clause's auxiliary is still its verb
        if (byName && FINITE_AUX.has(words[at].lower) && lexTag(words[at + 1]?.lower ?? '') === 'PastTense') at++;
        continue;
      }
      // "you know," "I think," between commas: a parenthesis, not the claim's clause
      const after = words[at + 1];
      if (at - start === 1 && (!after || (after.punct && after.text === ',')) && after) return null;
      return { subject: start, verb: at };
    }
  }
  return null;
}

/** The small words a title keeps in lower case: "Fixing the Roads", "The Art of the Deal". */
const TITLE_LINKS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'to', 'with']);

/** Nouns of time, after which a name is the subject: "Last week Clinton said …". */
const TIME_NOUNS =
  /^(?:day|days|week|weeks|month|months|year|years|night|morning|afternoon|evening|weekend|time|times|today|yesterday|tonight|ago|now|then|decade|decades)$/;

/** Whether the name at `at` opens a relative clause of the plural noun before it: "remarks Trump had made". */
function namedRelative(words: Word[], at: number): boolean {
  const word = words[at];
  const previous = words[at - 1];
  if (!previous || previous.punct || !/^\p{Lu}\p{Ll}/u.test(word.text) || !/^\p{Ll}/u.test(previous.text)) return false;
  const previousTag = lexTag(previous.lower) ?? '';
  // (a plural: a singular noun before a name is often a title, "anchor Megyn Kelly was …")
  if (previousTag !== 'Plural' || TIME_NOUNS.test(previous.lower)) return false;
  // the name may have two words ("Hillary Clinton"); its verb is an auxiliary or a past tense
  const verbAt = /^\p{Lu}/u.test(words[at + 1]?.text ?? '') ? at + 2 : at + 1;
  const verb = words[verbAt];
  return !!verb && (FINITE_AUX.has(verb.lower) || lexTag(verb.lower) === 'PastTense');
}

function infinitiveAfterTo(word: Word): boolean {
  if (word.punct || /^\p{Lu}/u.test(word.text) || /^\d/.test(word.text)) return false;
  if (DETERMINERS.has(word.lower) || /^(?:him|her|them|us|me|it|you)$/.test(word.lower)) return false;
  const tag = lexTag(word.lower) ?? '';
  return /Infinitive|Verb/.test(tag) || (!tag && !/s$/.test(word.lower)) || /^(?:be|have|do)$/.test(word.lower);
}

/** "Cutting taxes is …": a gerund opening a subject (a finite verb follows) rather than a participle phrase. */
function isGerundSubject(words: Word[], start: number): boolean {
  for (let at = start + 1; at < Math.min(words.length, start + 12); at++) {
    if (words[at].punct) return false;
    if (FINITE_AUX.has(words[at].lower)) return true;
    // "Spending rose by 10 percent", "Housing starts fell": the gerund is a noun, with a past verb right after it
    // or after one plural noun (not "claiming he won", whose verb has a subject of its own)
    const nounBefore = at === start + 2 && lexTag(words[at - 1].lower) === 'Plural';
    const verb = (at === start + 1 || nounBefore) && isPastVerb(words[at].lower) && !objectAfter(words, at);
    if (verb && isFinite(words, at)) return true;
  }
  return false;
}

/** Verbs of belief, feeling and wish: with a person as subject, what follows is their view. */
const STANCE_VERBS = new Set(
  `think thinks thought believe believes believed feel feels felt hope hopes hoped wish wishes wished want wants
   wanted guess guesses guessed fear fears feared doubt doubts doubted worry worries
   worried love loves loved hate hates hated like likes liked trust trusts trusted expect expects expected agree agrees
   disagree disagrees`.split(/\s+/),
);

/** Adjectives of feeling a person "is": "we are pleased", "she's thrilled". */
const FEELING_ADJECTIVES = new Set(
  `pleased thrilled proud happy glad delighted confident convinced optimistic pessimistic disappointed sad
   saddened excited honored honoured grateful thankful concerned worried afraid hopeful appalled outraged shocked
   disgusted encouraged heartbroken troubled eager sick tired surprised frustrated scared rattled angry upset furious
   nervous anxious annoyed amazed horrified dismayed alarmed disturbed elated sorry uncomfortable unhappy embarrassed
   ashamed stunned relieved frightened terrified satisfied dissatisfied impressed unimpressed`.split(/\s+/),
);

/** "does a great job", "has done an incredible job": the word that judges the job. */
const JOB_VERDICT =
  /\b(?:do|does|did|done|doing)\s+(?:such\s+)?an?\s+(?:(?:very|really|truly|so|pretty)\s+)?([a-z]+)\s+job\b/i;

/** Feelings about what may come, whose "that" clause is no fact: "worried that the plant may close". */
const EXPECTING = /^(?:confident|convinced|optimistic|pessimistic|concerned|worried|afraid|hopeful|nervous|anxious)$/;

/** Adjectives and nouns that are judgements, with nothing to check in them: "is scary", "is a disgrace". */
const JUDGEMENT_WORDS = new Set(
  `good bad great terrible horrible awful wrong right scary ridiculous absurd unbearable outrageous shameful
   disgraceful disgrace smart stupid dumb wonderful fantastic amazing incredible tremendous sad unfair unacceptable
   crazy insane silly pathetic disgusting nonsense shame disaster joke travesty embarrassment embarrassing
   important critical crucial essential vital necessary better best worse worst beautiful ugly nice fine strong
   strongest weak weakest solid mixed irresponsible reckless unbelievable remarkable extraordinary impressive
   courageous brave cowardly despicable deplorable intolerable unconscionable inexcusable troubling disturbing
   heartbreaking tragic tragedy mistake hypocrisy hypocritical laughable clear obvious fraud liar loser winner hero
   justified unjustified unfounded baseless inadequate inappropriate unreasonable surprising unsurprising offensive
   uplifting insulting dishonest shameless appalling outrageous foolish naive arrogant incompetent shocking inspiring
   refreshing encouraging discouraging alarming worrying worrisome frightening charming daunting ill-advised misguided
   divisive biased racist sexist bigoted xenophobic qualified unqualified unfit bizarre unnerving rude mean-spirited
   hateful corrupt crooked dangerous terrific brilliant lazy tough meaningless pointless useless hopeless irrelevant
   delusional egomaniac idiot bully hypocrite clown demagogue bigot coward crook excellent lousy phenomenal
   problem careless compelling convincing unconvincing tempting egregious positive negative helpful unhelpful harmful
   counterproductive instrumental fair sensible wise unwise valuable worthless legitimate illegitimate credible
   appropriate acceptable sloppy honest trustworthy untrustworthy competent capable genuine unhinged extreme radical
   admirable commendable regrettable unfortunate fortunate perfect ideal superb awesome`.split(/\s+/),
);

/** Degree words that may stand between a copula and its judgement: "is just unbearable", "is a little bit scary". */
const DEGREE = new Set(
  `just really so very too quite pretty simply truly absolutely totally completely utterly frankly a an the little bit
   such most more all not never also still kind sort of rather extremely incredibly deeply perhaps probably
   maybe arguably far much even less increasingly nothing thoroughly`.split(/\s+/),
);

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', "isn't", "aren't", "wasn't", "weren't"]);

/**
 * A pure opinion: a person's belief, wish or feeling as the main verb ("she thinks the plan will work", "we are
 * pleased with the ruling"), an exhortation ("the council should resign"), or a judgement with nothing in it to
 * check ("the whole thing is just unbearable"). A number in the claim makes it checkable whatever its frame.
 */
function opinion(words: Word[], main: MainClause, text: string): boolean {
  const subject = words[main.subject];
  const personal =
    SUBJECT_PRONOUNS.has(subject.lower) ||
    CONTRACTED_SUBJECT.test(subject.lower) ||
    (/^\p{Lu}/u.test(subject.text) && !DETERMINERS.has(subject.lower) && main.verb - main.subject <= 4);
  const at = main.verb;
  const verb = words[at].lower;
  const contracted = CONTRACTED_SUBJECT.test(verb);
  // the words after the verb, past auxiliaries, negations and adverbs: "didn't really believe", "is not just"
  let next = at + 1;
  while (next < words.length && (FINITE_AUX.has(words[next].lower) || VERB_GROUP.has(words[next].lower))) next++;
  const head = words[next]?.lower ?? '';
  // what the speaker believes, hopes or feels: a view, whatever it is about ("she thinks the tax rose 4 percent")
  if (personal && (STANCE_VERBS.has(verb) || (VERB_GROUP_OPENERS.test(verb) && STANCE_VERBS.has(head)))) return true;
  // an exhortation: "the board should resign", "we must act", "it needs to stop"
  if (
    /^(?:should|must|ought|shouldn't|mustn't)$/.test(verb) ||
    (/^needs?$/.test(verb) && (words[at + 1]?.lower === 'to' || DETERMINERS.has(words[at + 1]?.lower ?? '')))
  )
    return true;
  // what someone ought to have: "train drivers deserve a 35-hour week"
  if (/^(?:deserve|deserves)$/.test(verb) || (VERB_GROUP_OPENERS.test(verb) && /^deserve$/.test(head))) return true;
  // whether something suffices: "30 percent was not enough", "the funding is inadequate" (a judgement of the figure)
  if (/^(?:is|are|was|were|isn't|aren't|wasn't|weren't)$/.test(verb) || /'s$/.test(verb)) {
    let word = at + 1;
    while (
      word < words.length &&
      /^(?:not|simply|just|still|far|nowhere|near|nearly|clearly|hardly)$/.test(words[word].lower)
    )
      word++;
    const judged = words[word]?.lower ?? '';
    // (only as the claim's last word: "was not enough to win the primary" and "was inadequate, with one guard for
    // every 200 inmates" say what can be counted)
    const closes = word + 1 >= words.length;
    if (/^(?:enough|sufficient|insufficient|adequate|inadequate)$/.test(judged) && closes) return true;
  }
  // a prediction with nothing measurable in it: "the merger will hurt small farms" (a figure or a date can be checked
  // when the time comes: "the deficit will reach $2 billion next year")
  // ("could not" is as often what someone was unable to do: "he could not answer the questions")
  const unable = verb === 'could' && words[at + 1]?.lower === 'not';
  if ((PREDICTING.test(verb) || (contracted && /'ll$/.test(verb)) || wouldContracted(words, at)) && !unable)
    if (!measured(text)) return true;
  // "is going to defend …": a prediction or a promise like "will" (not "they are going to people", a movement; "was
  // going to" is a plan of the past)
  // ("gonna" is "going to" written as said: "they're gonna lose")
  const gonna = head === 'gonna';
  const after = words[gonna ? next + 1 : next + 2];
  const goingTo =
    (gonna || (head === 'going' && words[next + 1]?.lower === 'to')) &&
    !!after &&
    /^\p{Ll}/u.test(after.text) &&
    !DETERMINERS.has(after.lower) &&
    !PREPOSITIONS.has(after.lower) &&
    !/^(?:him|her|them|us|me|it|you)$/.test(after.lower) &&
    !/Plural|Possessive|Place|Country|City/.test(lexTag(after.lower) ?? '');
  if (/^(?:is|are|am|isn't|aren't)$|'(?:s|re|m)$/.test(verb) && goingTo && !measured(text)) return true;
  // what someone is out to do, as the speaker reads it: "the mayor is trying to distract from the audit", "they're
  // trying to rig the vote" (only aims a speaker reads into others: "firefighters are trying to put out the blaze",
  // "the city is trying to hire teachers" are what people are doing; nor the speaker's own effort)
  const trying =
    /^(?:is|are|isn't|aren't)$|'(?:s|re)$/.test(verb) &&
    head === 'trying' &&
    words[next + 1]?.lower === 'to' &&
    !/^(?:i|we)$|^we'/.test(subject.lower) &&
    AIMS_READ_INTO.has(words[next + 2]?.lower ?? '');
  if (trying && !measured(text)) return true;
  // an impression, not a fact: "the mayor seemed irritated", "it sounded like a push poll", "he looked like the dog
  // that caught the car" ("appears to have signalled …" is a fact hedged, and stays)
  const perceived = IMPRESSION.test(verb) ? at : VERB_GROUP_OPENERS.test(verb) && IMPRESSION.test(head) ? next : -1;
  if (perceived >= 0 && !measured(text)) {
    // (only adverbs of degree between: "sounded an early alarm", "looked the other way" are deeds)
    let after = perceived + 1;
    while (after < words.length && IMPRESSION_DEGREE.test(words[after].lower)) after++;
    const word = words[after];
    // (a participle too: "seemed irritated", "looked confused"; a comparison, "seems lower than", "looked more robust
    // than", is a measure)
    const compared = words
      .slice(perceived + 1, after + 1)
      .some((w) => /^(?:more|less|fewer|lower|higher)$/.test(w.lower));
    if (compared || (word && /Comparative/.test(lexTag(word.lower) ?? ''))) return false;
    if (
      word &&
      (/^(?:like|as)$/.test(word.lower) || /Adjective/.test(lexTag(word.lower) ?? '') || /ed$/.test(word.lower))
    )
      return true;
  }
  // a likeness, not a fact: "he embodies the worst of politics", "the bill symbolises a betrayal" (but "symbolises a 5
  // percent rise" can be checked; "represents" is left out: a member represents a district)
  if (CHARACTERISING.test(verb) && !measured(text)) return true;
  // a judgement of how someone acts, not what they did: "the states were exaggerating the rule's reach", "the plan
  // discriminates against fathers" (what they did, "the bank discriminated against borrowers", can be checked)
  const judging = JUDGING_CONDUCT.test(verb) ? verb : JUDGING_CONDUCT.test(head) ? head : null;
  // (the past of the verb itself or after "has", not a passive: "the claims are exaggerated" judges)
  const done = !!judging && /ed$/.test(judging) && (judging === verb || /^(?:has|have|had)(?:n't)?$/.test(verb));
  if (judging && !done && !measured(text)) return true;
  // the same judgement as what the verb's preposition takes: "relies on generalizing", "resorted to fearmongering"
  // (not what someone owns up to: "the school admitted to discriminating against pupils" is an admission to check)
  const conduct =
    words[at + 1] && /^(?:on|to|in)$/.test(words[at + 1].lower) && RESORTING.test(verb)
      ? words[at + 2]?.lower
      : undefined;
  if (conduct && /ing$/.test(conduct) && JUDGING_CONDUCT.test(conduct) && !measured(text)) return true;
  // what the words know: "we know something is very wrong" judges as much as "something is very wrong"
  if (KNOWING.test(verb) || (VERB_GROUP_OPENERS.test(verb) && KNOWING.test(head))) {
    let from = KNOWING.test(verb) ? at + 1 : next + 1;
    if (words[from]?.lower === 'that') from++;
    const known = clauseFrom(words, from);
    if (known && known.verb > at && opinion(words, known, text)) return true;
  }
  // a characterisation: "the senator called the bill “a disgrace”", "describes him as “a fraud”"
  if (
    /^(?:call(?:s|ed)?|describe[sd]?|label(?:s|ed|led)?|brand(?:s|ed)?|dub(?:s|bed)?|deride[sd]?|deem(?:s|ed)?)$/.test(
      verb,
    ) &&
    /["“‘']/.test(text)
  )
    return true;
  const copular =
    COPULAS.has(verb) ||
    verb === 'am' ||
    (contracted && /'(?:s|re|m)$/.test(verb)) ||
    /^(?:be|been)$/.test(words[next - 1]?.lower ?? '');
  if (!copular) return false;
  let complement = next;
  // (an adverb set off by commas too: "is, frankly, a disgrace", "is totally, thoroughly, unqualified")
  const degree = (word: Word | undefined) => !!word && DEGREE.has(word.lower);
  while (
    complement < words.length &&
    (degree(words[complement]) ||
      (words[complement].text === ',' && (degree(words[complement + 1]) || degree(words[complement - 1]))))
  )
    complement++;
  // "was the hands-down winner", "is a huge mistake": adjectives before the judgement noun
  let noun = complement;
  // ("a proven liar", "a dreaded failure": a participle is a modifier there too)
  while (
    noun < complement + 3 &&
    noun + 1 < words.length &&
    (isModifier(words[noun]) || JUDGING_PARTICIPLE.test(words[noun].lower))
  )
    noun++;
  if (noun > complement && JUDGEMENT_NOUNS.has(words[noun].lower) && !/\d/.test(text)) return true;
  const word = words[complement];
  if (!word) return false;
  // how people feel, whoever they are: "we are thrilled", "some judges are eager to …" (a share that feels it is a
  // poll's finding, "61 percent of voters were angry"; what they are glad or angry about may be a fact, "she was
  // dismayed that the clinic had closed", "was disturbed but not surprised that …", not what they fear or hope)
  if (FEELING_ADJECTIVES.has(word.lower)) {
    let after = complement + 1;
    while (
      after < words.length &&
      (/^(?:and|but|not)$/.test(words[after].lower) || FEELING_ADJECTIVES.has(words[after].lower))
    )
      after++;
    const factAfter = words[after]?.lower === 'that' && !EXPECTING.test(word.lower);
    return !countsPeople(words, main.subject, at) && !factAfter;
  }
  // a likeness: "the levy is like a tax on breathing", "he's like the opposite of his father" (not a comparison of
  // fact: "the rules are like those adopted in California", "like the ones in Ohio", "like that of Ohio")
  if (word.lower === 'like' && !measured(text)) return !likenessOfFact(words, complement + 1);
  // a forecast: "the party is bound to lose", "she is unlikely to win the runoff" (a comparison, "more likely to vote
  // for him", is a poll's finding; a duty is no forecast: "bound to honor the contract", "bound to pay under the deal")
  const compared = words.slice(next, complement).some((w) => /^(?:more|less|most)$/.test(w.lower));
  const forecast =
    /^(?:likely|unlikely|poised|bound|destined|doomed)$/.test(word.lower) &&
    words[complement + 1]?.lower === 'to' &&
    !(word.lower === 'bound' && bindingDuty(words, complement + 2));
  if (forecast && !compared && !measured(text)) return true;
  // "is a disgrace", "is just unbearable", "was perhaps more important than …" — but not "is clear that the
  // fund ran dry", a number ("was the best year since 1998") or a fact after it
  if (JUDGEMENT_WORDS.has(word.lower) && !/\d/.test(text) && !findingAfter(words, complement)) {
    // "it is clear from the minutes that …": what is clear is the fact after "that", and where it is found
    if (/^(?:clear|obvious)$/.test(word.lower) && words[complement + 1]?.lower === 'from')
      return !words.slice(complement + 1).some((w) => w.lower === 'that');
    // "was encouraging violence", "is insulting voters": an "-ing" word with an object is a verb, not a judgement
    const after = words[complement + 1];
    if (
      /ing$/.test(word.lower) &&
      after &&
      !after.punct &&
      !PREPOSITIONS.has(after.lower) &&
      !COORDINATORS.has(after.lower)
    )
      return false;
    return after?.lower !== 'that';
  }
  return false;
}

/** Aims a speaker reads into what others are trying to do: "trying to distract", "trying to rig the vote". */
const AIMS_READ_INTO = new Set(
  `distract rig steal hide cover destroy undermine interfere smear silence scare bully divide mislead deceive fool
   trick rewrite erase sabotage suppress intimidate manipulate exploit kill buy screw bash`.split(/\s+/),
);

/** Verbs of a duty: "bound to honor the contract", "bound to pay the fees" (a duty, not a forecast). */
const DUTY_VERBS = new Set(
  `honor honour obey comply abide pay repay respect uphold follow enforce return provide notify disclose accept
   protect defend consult refund reimburse`.split(/\s+/),
);

/** Whether "bound to" from `verb` on is a duty: a duty's verb, or a law or deal it is bound under. */
function bindingDuty(words: Word[], verb: number): boolean {
  return DUTY_VERBS.has(words[verb]?.lower ?? '') || words.slice(verb).some((w) => /^(?:under|by)$/.test(w.lower));
}

/** "like those adopted in California", "like the ones in Ohio", "like that of Ohio": a comparison one can check. */
function likenessOfFact(words: Word[], at: number): boolean {
  const [first, second] = [words[at]?.lower, words[at + 1]?.lower];
  return /^(?:those|these)$/.test(first ?? '') || (first === 'the' && second === 'ones') || second === 'of';
}

/** Plain forms that are also their participle: after "'d" they may be "had" as well as "would" ("she'd run"). */
const SAME_PARTICIPLE = /^(?:come|become|overcome|run|outrun)$/;

/**
 * Whether the contracted verb at `at` is "would": "he'd leave", "they'd just go", "she'd never say" (not "had": "he'd
 * never seen", "she'd left", "we'd cut").
 */
function wouldContracted(words: Word[], at: number): boolean {
  if (!/'d$/.test(words[at].lower)) return false;
  let next = at + 1;
  while (next < words.length && next < at + 4 && !words[next].punct && isAdverb(words[next].lower)) next++;
  const word = words[next];
  if (!word || word.punct || !/^\p{Ll}+$/u.test(word.text)) return false;
  const lower = word.lower;
  if (/(?:ed|en)$/.test(lower) || SAME_FORM_PAST.has(lower) || SAME_PARTICIPLE.test(lower) || IRREGULAR_PAST.has(lower))
    return false;
  return lower === 'rather' || /^(?:Infinitive|Singular)$/.test(lexTag(lower) ?? 'Infinitive');
}

/** Verdicts that, said of a class of people or things or under a law, are a finding ("dangerous to fish"). */
const FINDING_VERDICTS = new Set('dangerous irrelevant qualified unqualified biased'.split(' '));

/**
 * Whether a verdict at `at` is a finding one can check: a class of people or things after its preposition ("dangerous
 * to people with weak immune systems", "biased against Black applicants", "irrelevant to pending cases") or a law it
 * is judged under ("not qualified to serve under the state constitution"); not a verdict on someone ("biased against
 * the tenants", "unqualified to run the port", "is dangerous").
 */
function findingAfter(words: Word[], at: number): boolean {
  if (!FINDING_VERDICTS.has(words[at].lower)) return false;
  const rest = words.slice(at + 1);
  if (rest.some((w, i) => w.lower === 'under' && rest[i + 1] && !rest[i + 1].punct)) return true;
  const [preposition, object, after] = rest;
  if (!object || object.punct || !/^(?:to|against|for|toward|towards)$/.test(preposition?.lower ?? '')) return false;
  // (a verb after "to", "to be president", "to run the port", is what the verdict is on)
  const verb =
    preposition.lower === 'to' &&
    (lexTag(object.lower) === 'Infinitive' || (!!after && DETERMINERS.has(after.lower)) || !after);
  return (
    !verb && !DETERMINERS.has(object.lower) && !/^(?:i|me|we|us|you|he|him|she|her|they|them|it)$/.test(object.lower)
  );
}

/**
 * Whether the words from `from` to `to` count or share out people: "61 percent of voters", "half of the members",
 * "3,000 tenants" (not the numbers of a name: "9/11 families", "Title 42").
 */
function countsPeople(words: Word[], from: number, to: number): boolean {
  return words.slice(from, to).some((word, at, subject) => {
    if (/^(?:percent|half|third|quarter|majority|minority)$/.test(word.lower)) return true;
    const [previous, next] = [subject[at - 1], subject[at + 1]];
    // a share named by a word: "most voters", "many tenants", "some parents" (not "most of it")
    if (
      /^(?:most|many|few)$/.test(word.lower) &&
      next &&
      (lexTag(next.lower) === 'Plural' || /[^s]s$/.test(next.lower))
    )
      return true;
    const named = (previous && /^\d|^\p{Lu}/u.test(previous.text)) || (next && /^\d/.test(next.text));
    return /^\d[\d,.]*%?$/.test(word.text) && !named;
  });
}

/** An adjective (or a hyphenated modifier: "hands-down", "long-term") before a noun. */
function isModifier(word: Word): boolean {
  return !word.punct && (/Adjective/.test(lexTag(word.lower) ?? '') || /^\p{Ll}+-\p{Ll}+$/u.test(word.text));
}

/** Participles that judge the noun after them ("a proven liar", "a dreaded failure"; not "the declared winner"). */
const JUDGING_PARTICIPLE =
  /^(?:proven|dreaded|failed|disgraced|avowed|admitted|so-called|self-proclaimed|bloated|twisted)$/;

/** The judgement words that are nouns: what a copula and adjectives may lead to ("a huge mistake"). */
const JUDGEMENT_NOUNS = new Set(
  `disgrace disaster joke travesty embarrassment mistake tragedy fraud liar loser winner hero failure nonsense shame
   hypocrisy egomaniac idiot bully hypocrite clown demagogue bigot coward crook`.split(/\s+/),
);

/** Verbs that judge how someone acts. */
/** Verbs whose preposition takes a way of acting the speaker judges: "relies on …", "resorted to …", "engaged in …". */
const RESORTING =
  /^(?:rel(?:y|ies|ied|ying)|resort(?:s|ed|ing)?|stoop(?:s|ed|ing)?|descend(?:s|ed|ing)?|engag(?:e|es|ed|ing)|indulg(?:e|es|ed|ing)|turn(?:s|ed|ing)?|trad(?:e|es|ed|ing))$/;

const JUDGING_CONDUCT =
  /^(?:exaggerat|whitewash|discriminat|generaliz|generalis|pander|smear|distort|demoni[sz]|scapegoat|trivializ|trivialis|belittl|disrespect|fearmonger)(?:e|es|ed|ing|s)?$/;

/** Verbs of knowing: what follows them is the speaker's claim, judged as if it stood alone. */
const KNOWING =
  /^(?:know|knows|knew|realize|realizes|realized|realise|realises|realised|understand|understands|understood)$/;

/** Whether a finite auxiliary follows the word at `at` in its clause: the word was a participle, not the verb. */
function laterAuxiliary(words: Word[], at: number): boolean {
  for (let i = at + 1; i < Math.min(words.length, at + 10) && !words[i].punct; i++)
    if (FINITE_AUX.has(words[i].lower)) return true;
  return false;
}

/** Counting words before a plural: "two", "million", "dozen". */
/** Whether the words before `at` are one noun phrase that opens its clause with a determiner or a figure. */
function opensWithNounPhrase(words: Word[], at: number): boolean {
  for (let back = at - 1; back >= 0 && back >= at - MAX_SUBJECT_WORDS; back--) {
    const word = words[back];
    if (word.punct) return false;
    const opens = back === 0 || (words[back - 1].punct && /^[,;:—–(]$/.test(words[back - 1].text));
    if (
      DETERMINERS.has(word.lower) ||
      /^\d/.test(word.lower) ||
      CARDINAL.test(word.lower) ||
      NUMBER_WORD.test(word.lower)
    )
      return opens;
    // (a noun phrase holds no verb and no preposition but "of": "sixty per cent of parents")
    if ((PREPOSITIONS.has(word.lower) && !/^(?:of|per)$/.test(word.lower)) || FINITE_AUX.has(word.lower)) return false;
    if (/PastTense|PresentTense|Adverb|Pronoun/.test(lexTag(word.lower) ?? '')) return false;
  }
  return false;
}

/** The most words a subject noun phrase read back over may have. */
const MAX_SUBJECT_WORDS = 6;
const NUMBER_WORD =
  /^(?:one|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|half)$/;

/**
 * Whether an object or a figure follows the verb at `at`: "cut the risk", "opposed the plan", "rose 3 percent" (not
 * "by" or "to": "a plan endorsed by Democrats", "the agreement needed to prevent …" are participles of a noun).
 */
function objectOrFigureNext(words: Word[], at: number): boolean {
  const next = words[at + 1];
  return !!next && !next.punct && (DETERMINERS.has(next.lower) || /^[\d$£€]/.test(next.text));
}

const CARDINAL =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens)$/;

/** A present of "be" before a participle: "the taxes that are left" is no past. */
const PRESENT_BE = /^(?:am|is|are|be|being|['’]s|['’]re)$/;

/** The most bare nouns (and adjectives) a claim may open with before its verb: "state tax fraud costs …". */
const MAX_BARE_NOUNS = 3;

/** Verbs whose past is their plain form: "the board cut its staff", "the county set a limit". */

/** Adverbs of degree between a verb of impression and what it says: "seemed a little irritated", "sounded so sure". */
const IMPRESSION_DEGREE =
  /^(?:just|really|so|very|too|quite|pretty|rather|increasingly|almost|somewhat|completely|totally|truly|genuinely|even|still|oddly|a|little|bit|kind|sort|of|more|less|much|far)$/;

/** Verbs of how something strikes someone: what follows them is an impression. */
const IMPRESSION = /^(?:seems?|seemed|sounds?|sounded|looks?|looked|seem|sound|look)$/;

/** Verbs that say what something stands for rather than what it did. */
const CHARACTERISING = /^(?:embod(?:y|ies|ied)|epitomi[sz]e[sd]?|symboli[sz]e[sd]?|personifie[sd]|exemplifie[sd])$/;

/** Modals of prediction and possibility. */
const PREDICTING = /^(?:will|would|could|may|might|won't|wouldn't)$/;

/** A figure, an amount or a date: what makes a claim about the future checkable. */
const MEASURE =
  /\d|\b(?:percent|per cent|(?:million|billion|trillion|thousand|hundred|dozen)s?|half|twice|double|triple|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|(?:this|next) (?:week|month|year)|in a few (?:days|weeks|months))\b/i;

/**
 * "100 percent" as a degree, not an amount: "will give 100 percent", "is 100% convinced", "supports him 100 percent"
 * — at the end of the clause or before a word of conviction or readiness (not "a 100 percent rise", "rose 100
 * percent", "100 percent of the seats", "run on 100 percent renewable power", "100 percent funded by tolls").
 */
const WHOLLY =
  /(?<!\b(?:a|an|the|by|to|rose|fell|grew|jumped|dropped|increased|decreased|doubled|up|down|nearly|almost|about|over|than|reach|reached|reaches|reaching|hit|hits|at|on)\s)\b(?:100|110|one hundred|a hundred) ?(?:percent|per cent|%)(?=\s*(?:$|[.,;:!?—–)"”’])|\s+(?:and|but|behind|sure|certain|convinced|confident|committed|right|wrong|honest|true|correct|serious|focused|ready|fit|healthy|dedicated|supportive|clear|on board)\b)/gi;

/** A figure, an amount or a date in the claim, other than "100 percent" said as a degree. */
function measured(text: string): boolean {
  return MEASURE.test(text.replace(WHOLLY, ' '));
}

/** Auxiliaries that take a verb after them: "does not believe", "didn't want", "has always hoped". */
const VERB_GROUP_OPENERS =
  /^(?:do|does|did|don't|doesn't|didn't|has|have|had|hasn't|haven't|hadn't|will|would|won't|wouldn't|can|could|can't|couldn't|may|might|really|also|still|just)$/;

/** Negations and adverbs inside a verb group. */
const VERB_GROUP = new Set(
  `not n't never really also still just truly always certainly strongly personally honestly genuinely do does did be
   been being increasingly deeply firmly sincerely`.split(/\s+/),
);

/**
 * Phrases that make the sentence a view: "in my view", "in our estimation", "it seems", "the sooner …, the better",
 * "it is time to …", "doesn't make any sense", "it's crucial to …", "it was like …", "fed up with", "there is no
 * reason to …", "has enormous respect for" (a feeling for someone, not a fact about them), "cannot be part of …" (what
 * ought to be), "we compare it to …" (a likeness).
 */
/** A feeling held for someone: "has (enormous) respect for", "feels no sympathy for". */
const HELD_FEELING =
  /\b(?:has|have|had|shows?|showed|shown|feels?|felt)(?: (?:no|not|any|much|great|enormous|tremendous|deep|little|real|such|so much|the (?:greatest|utmost|highest|deepest)))* (?:respect|contempt|disdain|admiration|affection|sympathy|empathy|compassion|hatred|animosity|fondness)\b/i;

/** The speaker's own feeling: "I love this city", "we admire her courage" (another's is reported, and may be checked). */
const FEELING_VERB =
  /\b(?:I|we)\s+(?:really\s+|truly\s+|deeply\s+|just\s+|still\s+)?(?:admire|despise|adore|love|hate|detest)\b/i;
/** The longest claim a feeling or a "too" makes a view of: longer ones hold more than the view. */
const MAX_FEELING_WORDS = 16;
/**
 * "too often", "spent too much", "too high": a measure no figure gives (not "too much arsenic", an amount to check,
 * nor "too much money to qualify for …", a threshold).
 */
const TOO_MUCH =
  /\btoo (?:(?:much|many|few|little)(?!\s+(?!(?:on|in|for|at|of|with|by|and|or|but)\b)[\p{L}$\d])|often|far|long|slow|slowly|fast|quickly|late|soon|early|weak|strong|high|low|big|small|expensive|costly)\b(?![^,.;]*\bto \p{L})/iu;

const SIMPLE_JUDGEMENT =
  /\b(?:knows? (?:nothing|little) about\b|(?:do|does)(?:n['’]t| not) (?:know|understand) (?:the first thing|a thing|anything) about\b|(?:do|does)(?:n['’]t| not) (?:really |even |quite )?know (?:what|whether|if|why|how|who|where|when)\b|(?:no one|nobody|nothing)(?:['’]s| is)? (?:(?!other\b)\w+er|more \w+|better|worse) than\b)/i;

const OPINION_PHRASE =
  /\b(?:in (?:my|our|his|her|their) (?:view|opinion|estimation|judgment|judgement)|(?:it|this|that) (?:seems|seemed)|seems (?:like|as though|as if|more|less)|, the (?:better|worse)\b|(?:it['’]s|it is|it was) (?:high |about )?time (?:to|for)\b|(?:doesn['’]t|does not|don['’]t|do not|didn['’]t) make (?:any |much )?sense|\bsick and tired\b|\b(?:does not|doesn['’]t|did not|didn['’]t) (?:necessarily )?mean\b|\bthere(?:['’]s| is| was| are| were)? (?:no|little|not much) (?:point|reason|need|excuse|justification)\b|\bthere(?:['’]s| is| was)? little to\b|\b(?:cannot|can['’]t|can not) be part of\b|\b(?:i|we) (?:cannot|can['’]t|can not) be (?:a|an|the|all|any|our)\b|\b(?:i|we) (?:often |sometimes |always )?compare (?:it|this|that|him|her|them) to\b|\bfed up\b|\b(?:it|this|that)(?:['’]s| is| was) (?:just |almost |kind of |sort of )?like (?:a|an|the|\w+ing)\b|(?:it['’]s|it is|it was) (?:so |very |really |absolutely |more |most )?(?:critical|crucial|essential|vital|important|necessary|imperative|urgent) (?:to|that|for)\b)/i;
