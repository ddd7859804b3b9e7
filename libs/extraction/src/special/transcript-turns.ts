/** Transcript turns: "PENCE: Well, I think …", "Pat Caddell: …", and a transcript quoted paragraph by paragraph. */
import { AnalysedText } from '../analysed-text';
import { sentenceContentEnd } from '../grammar/clauses';
import { Entity } from '../entities/entity';
import { EntityIndex } from '../entities/entity-index';
import { findEntities } from '../entities/find-entities';
import { isCityOrRegion, lexTag } from '../entities/word-tags';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { cueInfo } from '../lexicon/reporting-verbs';
import { Token } from '../tokens';
import { isHeadingLabel } from './headlines';
import { transcriptTurn } from '../quotes';
import { CharRange, RawAttribution } from '../raw-attribution';

/** The turns of one text; it remembers which all-caps labels name a speaker, as each look searches the whole text. */
export class TranscriptTurns {
  private readonly knownNames = new Map<string, boolean>();
  private labelTurns?: Map<string, number>;
  /** Whether any paragraph each label opens reports what someone said. */
  private readonly labelReports = new Map<string, boolean>();
  /** Whether each turn label, as written, names a person (see isSpeakerLabel). */
  private readonly personLabels = new Map<string, boolean>();
  private nameTails?: Set<string>;
  /** The tokens of the last turn found that runs to its paragraph's end: the speaker's words after the colon. */
  private lastTurn?: { firstToken: number; endToken: number };

  constructor(private readonly doc: AnalysedText) {}

  /** The turn a sentence opens, when it opens its paragraph with a speaker's name and a colon. */
  attribution(sentenceIndex: number): RawAttribution | null {
    const { doc } = this;
    const { tokens } = doc;
    const sentence = doc.sentences[sentenceIndex];
    const paragraph = doc.paragraphs[sentence.paragraph];
    if (sentence.firstToken !== paragraph.firstToken) return null;
    if (isAnswerParagraph(doc, sentence.paragraph)) {
      // an interview set as its questions' paragraphs and the answers after them, with no labels: the answer is a
      // turn of the one it is with
      this.lastTurn = { firstToken: paragraph.firstToken, endToken: paragraph.endToken };
      const end = sentenceContentEnd(doc, doc.sentenceOf[paragraph.endToken - 1], paragraph.endToken);
      return {
        cue: null,
        source: null,
        parts: [{ start: tokens[paragraph.firstToken].start, end }],
        quoteIndices: [],
        kind: 'direct',
        sentenceIndex,
      };
    }
    const firstQuote = doc.quoteAt[sentence.firstToken];
    if (
      firstQuote >= 0 &&
      doc.quotes[firstQuote].openToken === sentence.firstToken &&
      transcriptTurn(tokens, sentence.firstToken + 1, paragraph.endToken)
    ) {
      // '"WALLACE: Let’s start …' — a transcript quoted paragraph by paragraph: the turn is the quote after the colon
      let colon = sentence.firstToken + 1;
      while (tokens[colon].text !== ':') colon++;
      const quote = doc.quotes[firstQuote];
      const parts: CharRange[] = quote.pieces.map((piece, i) =>
        i === 0 ? { start: tokens[colon + 1]?.start ?? piece.end, end: piece.end } : { ...piece },
      );
      if (parts[0].end <= parts[0].start) return null;
      return {
        cue: { firstToken: colon, endToken: colon + 1 },
        source: { firstToken: sentence.firstToken + 1, endToken: colon },
        parts,
        quoteIndices: [firstQuote],
        kind: 'direct',
        sentenceIndex,
      };
    }
    // NAME: at paragraph start, up to 4 name tokens
    let colon = sentence.firstToken;
    while (
      colon < sentence.endToken &&
      colon - sentence.firstToken < 5 &&
      tokens[colon].kind === 'word' &&
      tokens[colon].capitalised
    )
      colon++;
    if (
      colon === sentence.firstToken ||
      colon >= sentence.endToken ||
      tokens[colon].text !== ':' ||
      doc.quoteAt[colon] >= 0
    )
      return null;
    const after = tokens[colon + 1];
    if (!after || after.paragraph !== tokens[colon].paragraph) return null;
    // "Chicago: ‘…’" heads a story about a place; a city, a state or a country takes no turns, nor does a dateline
    // written with a colon ("HONG KONG: The city’s leader said …", "KUALA LUMPUR: …", "NEW DELHI: …")
    const label = tokens.slice(sentence.firstToken, colon);
    if (isPlaceLabel(label)) return null;
    // "Poll: Wealthy Voters …", "Veto Power Impedes Peace Efforts: …": a heading, not a speaker's turn
    if (isHeadingLabel(label)) return null;
    const quoteIndex = doc.quoteAt[colon + 1];
    const answer = isAnswerLabel(doc, sentence.firstToken, colon);
    // a transcript turn ("PENCE: Well, I think …") runs to the end of its paragraph
    const nameTokens = tokens.slice(sentence.firstToken, colon);
    const allCaps = nameTokens.every((token) => token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text));
    if (quoteIndex < 0) {
      // labels, not speakers: "The Latest: …", "Clinton: 547", "EMAIL: …", "CORRECTION: …" (but "A: How busy it
      // is.", an answer after an interview's first "Q:")
      if (/^(the|a|an)$/.test(tokens[sentence.firstToken].lower) && !answer) return null;
      // "Q: How has the cut affected you?": an interview's question is the paper's own, "Q" names nobody
      if (colon - sentence.firstToken === 1 && tokens[sentence.firstToken].text === 'Q') return null;
      let words = 0;
      for (let i = colon + 1; i < paragraph.endToken && words < 3; i++)
        if (tokens[i].kind === 'word' && /\p{L}/u.test(tokens[i].text) && !tokens[i].text.includes('@')) words++;
      if (words < 3) return null;
      const labelText = nameTokens.map((token) => token.text).join(' ');
      // "HARBOURTON: Floods have closed …" paragraph after paragraph: a label the text knows only by repeating it, that
      // names nobody, whose paragraph does not open talking and that no other label answers (as a transcript's
      // "MODERATOR:" and "VANCE:" do), is a dateline the lexicon does not know as a place
      // (and whose paragraphs report what others said, as a news story's do: "…, the ministry said"; not a lone
      // speaker's transcript, "OKONKWO: The deficit fell by half in two years." paragraph after paragraph)
      if (
        allCaps &&
        !this.namedInText(labelText) &&
        !this.otherLabel(labelText) &&
        !this.isSpeakerLabel(nameTokens, colon + 1, paragraph.endToken) &&
        this.reportsOthers(labelText)
      )
        return null;
      if (allCaps && !this.isKnownName(labelText)) {
        // an unknown label still opens a turn when what follows is somebody talking ("I", "we", "you")
        let talk = false;
        for (let i = colon + 1; i < paragraph.endToken && !talk; i++)
          talk = tokens[i].kind === 'word' && /^(i|we|you|my|our|me|us)$/.test(tokens[i].lower);
        if (!talk) return null;
      }
    }
    // (so does one whose label, a name, opens several paragraphs, as an interview writes its turns: "Alvarado: Club
    // volleyball. Kids play 11 months a year now …"; not "Rating: False. The county spent …", a form's field)
    const named = /Name|Person/.test(lexTag(nameTokens[nameTokens.length - 1].lower) ?? 'Name');
    const wholeParagraph =
      allCaps || answer || (named && this.turnsOf(nameTokens.map((token) => token.text).join(' ')) >= 2);
    const lastSentence = wholeParagraph && quoteIndex < 0 ? doc.sentenceOf[paragraph.endToken - 1] : sentenceIndex;
    const end = sentenceContentEnd(doc, lastSentence, paragraph.endToken);
    // (the turn's words are its speaker's, a verb of saying in them included, when the label is someone who talks:
    // an interview's "A", a person's name, or a label whose turn opens talking; not a label that may be a place the
    // lexicon does not know, as a dateline repeated paragraph by paragraph is: "PUTRAJAYA: Officials said …")
    if (wholeParagraph && quoteIndex < 0 && (answer || this.isSpeakerLabel(nameTokens, colon + 1, paragraph.endToken)))
      this.lastTurn = { firstToken: colon + 1, endToken: paragraph.endToken };
    return {
      cue: { firstToken: colon, endToken: colon + 1 },
      source: { firstToken: sentence.firstToken, endToken: colon },
      parts: [{ start: after.start, end }],
      quoteIndices: quoteIndex >= 0 ? [quoteIndex] : [],
      // (a transcript's turn is the speaker's own words, quote marks or not: "He" in "A: He's making a populist
      // argument" is somebody else)
      kind: quoteIndex >= 0 || wholeParagraph ? 'direct' : 'indirect',
      sentenceIndex,
    };
  }

  /**
   * Whether the token stands in the words of a turn found so far ("OKORO: Well, I think … the senator calls it …"):
   * the turn's speaker says them, so a verb of saying in them reports nobody else's words, as inside quote marks.
   */
  speaksAt(token: number): boolean {
    const turn = this.lastTurn;
    return !!turn && turn.firstToken <= token && token < turn.endToken;
  }

  /**
   * Whether a turn's label names someone who talks: a word of it is a name the lexicon knows ("PAT CADDELL"), the
   * text names the person with more words before it ("Sen. Ann Okoro" for "OKORO"), or the turn opens talking, "I",
   * "we" or "you" before any verb of saying in its first sentence ("VANTERPOOL: Well, I think …", not "PUTRAJAYA:
   * The minister said we …").
   */
  private isSpeakerLabel(label: Token[], from: number, end: number): boolean {
    const { doc } = this;
    const { tokens } = doc;
    const sentence = doc.sentenceOf[from];
    for (let at = from; at < end && doc.sentenceOf[at] === sentence; at++) {
      if (tokens[at].kind !== 'word') continue;
      if (/^(i|we|you|my|our|me|us)$/.test(tokens[at].lower)) return true;
      if (cueInfo(tokens[at].lower)) break;
    }
    const name = label.map((token) => token.lower).join(' ');
    let person = this.personLabels.get(name);
    if (person === undefined) {
      person =
        label.some((token) => /Name|Person/.test(lexTag(token.lower) ?? '')) ||
        this.namedAfterWord().has(label[0].lower);
      this.personLabels.set(name, person);
    }
    return person;
  }

  /**
   * The words the text writes after a capitalised word that is no function word, as a name's later words ("Sen. Ann
   * Okoro": "ann", "okoro"; "in Putrajaya", "At Okoro’s" name nobody), found in one pass.
   */
  private namedAfterWord(): Set<string> {
    if (!this.nameTails) {
      this.nameTails = new Set();
      const { tokens } = this.doc;
      for (let at = 1; at < tokens.length; at++) {
        const before = tokens[at - 1];
        if (tokens[at].kind !== 'word' || before.kind !== 'word' || !before.capitalised) continue;
        if (before.paragraph === tokens[at].paragraph && !FUNCTION_WORDS.has(before.lower.replace(/\.$/, '')))
          this.nameTails.add(tokens[at].lower);
      }
    }
    return this.nameTails;
  }

  /** How many paragraphs open with the label and a colon ("Alvarado: …"), counting to two. */
  private turnsOf(label: string): number {
    if (!this.labelTurns) {
      // one pass over the paragraphs' openings, so that many labels cost no more than one
      this.labelTurns = new Map();
      const { tokens } = this.doc;
      for (const paragraph of this.doc.paragraphs) {
        let colon = paragraph.firstToken;
        while (colon < paragraph.endToken && colon - paragraph.firstToken < 5 && tokens[colon].kind === 'word') colon++;
        if (colon === paragraph.firstToken || tokens[colon]?.text !== ':') continue;
        const opening = tokens
          .slice(paragraph.firstToken, colon)
          .map((token) => token.text)
          .join(' ');
        this.labelTurns.set(opening, Math.min(2, (this.labelTurns.get(opening) ?? 0) + 1));
        if (!this.labelReports.get(opening))
          this.labelReports.set(opening, reportsSpeech(this.doc, colon + 1, paragraph.endToken));
      }
    }
    return this.labelTurns.get(label) ?? 0;
  }

  /** Whether a paragraph a label opens reports, outside quotes, what someone said ("…, the ministry said"). */
  private reportsOthers(label: string): boolean {
    this.turnsOf(label);
    return this.labelReports.get(label) ?? false;
  }

  /** Whether another label in capitals than `label` opens a paragraph with a colon. */
  private otherLabel(label: string): boolean {
    this.turnsOf(label);
    for (const other of this.labelTurns?.keys() ?? [])
      if (other !== label && other === other.toUpperCase() && /\p{Lu}/u.test(other)) return true;
    return false;
  }

  /** An all-caps turn label is a speaker when it names someone in the text ("Ramos") or opens several turns. */
  private isKnownName(name: string): boolean {
    const { text } = this.doc;
    let known = this.knownNames.get(name);
    if (known === undefined) {
      let turns = 0;
      for (let at = text.indexOf(name + ':'); at >= 0 && turns < 2; at = text.indexOf(name + ':', at + 1)) turns++;
      known = this.namedInText(name) || turns >= 2;
      this.knownNames.set(name, known);
    }
    return known;
  }

  /** Whether the text writes an all-caps label in ordinary case too ("RAMOS" and "Ramos"). */
  private namedInText(name: string): boolean {
    const titleCase = name
      .split(' ')
      .map((word) => word[0] + word.slice(1).toLowerCase())
      .join(' ');
    return this.doc.text.includes(titleCase);
  }
}

/**
 * Whether a turn's label is a place: a city, a state or a country ("Chicago", "HONG KONG", "NEW DELHI"), or a city
 * the lexicon does not know by its name ("MEXICO CITY").
 */
function isPlaceLabel(label: Token[]): boolean {
  const words = label.map((token) => token.lower).join(' ');
  if (isCityOrRegion(words) || lexTag(words) === 'Country') return true;
  return label.length > 1 && label[label.length - 1].lower === 'city';
}

/** Where each text's interview questions begin, found once a text. */
const questionStarts = new WeakMap<AnalysedText, number>();

/**
 * Where an interview's first question starts ("Q: …" opening a paragraph, or the first of the paragraphs that are
 * questions to the one interviewed: see unlabelledInterview), or -1.
 */
export function firstQuestion(doc: AnalysedText): number {
  let found = questionStarts.get(doc);
  if (found === undefined) {
    const { tokens } = doc;
    const question = doc.paragraphs.find(
      ({ firstToken }) =>
        tokens[firstToken]?.text === 'Q' && tokens[firstToken + 1]?.text === ':' && doc.quoteAt[firstToken] < 0,
    );
    const unlabelled = unlabelledInterview(doc).first;
    found = question ? question.firstToken : unlabelled >= 0 ? doc.paragraphs[unlabelled].firstToken : -1;
    questionStarts.set(doc, found);
  }
  return found;
}

/** An interview set without labels: its first question's paragraph (or -1, none) and its answers' paragraphs. */
interface UnlabelledInterview {
  first: number;
  answers: Set<number>;
}

/** Each text's interview set without labels, found once a text. */
const unlabelledInterviews = new WeakMap<AnalysedText, UnlabelledInterview>();

/**
 * An interview set without labels, each question a paragraph of its own and the answer after it ("How has the cut
 * affected you?" / "It has been hard for me. …"): questions of one sentence ending with "?", put to "you", no quote
 * marks; each answer the paragraphs right after its question that read as the one interviewed talking (see
 * isAnswerText), up to the next question or the first that does not (the article's own words again). Two questions
 * answered at least, and an introduction before the first that names whom the interview is with; or none.
 */
function unlabelledInterview(doc: AnalysedText): UnlabelledInterview {
  let found = unlabelledInterviews.get(doc);
  if (!found) {
    const { tokens, paragraphs } = doc;
    const isQuestion = (index: number) => {
      const paragraph = paragraphs[index];
      const last = paragraph.endToken - 1;
      if (last < paragraph.firstToken || tokens[last].text !== '?') return false;
      if (doc.sentenceOf[paragraph.firstToken] !== doc.sentenceOf[last]) return false;
      if (last - paragraph.firstToken > MAX_QUESTION_TOKENS) return false;
      let you = false;
      for (let at = paragraph.firstToken; at <= last; at++) {
        if (doc.quoteAt[at] >= 0 || tokens[at].kind === 'quote') return false;
        if (/^(?:you|your)$/.test(tokens[at].lower)) you = true;
      }
      return you;
    };
    found = { first: -1, answers: new Set<number>() };
    let questions = 0;
    // (a "Q:" interview is read by its labels)
    const labelled = paragraphs.some(
      ({ firstToken }) => tokens[firstToken]?.text === 'Q' && tokens[firstToken + 1]?.text === ':',
    );
    for (let index = 0; index + 1 < paragraphs.length && !labelled; index++) {
      if (!isQuestion(index)) continue;
      let next = index + 1;
      for (; next < paragraphs.length && !isQuestion(next) && isAnswerText(doc, next); next++) found.answers.add(next);
      if (next === index + 1) continue;
      if (found.first < 0) found.first = index;
      questions++;
      index = next - 1;
    }
    // (and whom it is with, named before the first question: "Are you eligible …?" / "The state energy office said
    // …" / "How do you apply …?" / "Officials said …" asks the reader, and what follows are the article's words)
    if (questions < 2 || !intervieweeOf(doc, findEntities(doc), undefined, paragraphs[found.first].firstToken))
      found = { first: -1, answers: new Set<number>() };
    unlabelledInterviews.set(doc, found);
  }
  return found;
}

/** The longest question, in tokens, an interview sets as a paragraph of its own. */
const MAX_QUESTION_TOKENS = 50;

/**
 * Whether a paragraph after an interview's question reads as the one interviewed talking: no quote marks (an
 * answer is the words of the one interviewed, unmarked), words in the first person ("I believe we have …", "The
 * owner told me …"), and no opening sentence that reports somebody else ("Officials said …", "Police say …"; "I think
 * …", "My staff told me …" are the speaker's own). "The derby kicks off at 3 p.m. Police said 400 officers …", the
 * article's own closing words, is none.
 */
function isAnswerText(doc: AnalysedText, paragraph: number): boolean {
  const { tokens } = doc;
  const { firstToken, endToken } = doc.paragraphs[paragraph];
  const opening = doc.sentenceOf[firstToken];
  let firstPerson = false;
  for (let at = firstToken; at < endToken; at++) {
    const token = tokens[at];
    if (token.kind === 'quote' || doc.quoteAt[at] >= 0) return false;
    if (token.kind !== 'word') continue;
    if (FIRST_PERSON.test(token.lower)) firstPerson = true;
    else if (!firstPerson && doc.sentenceOf[at] === opening && cueInfo(token.lower)) return false;
  }
  return firstPerson;
}

/** Words of one who talks of themselves. */
const FIRST_PERSON = /^(?:i|me|my|mine|myself|we|us|our|ours|ourselves)$/;

/** Whether the paragraph answers a question of an interview set without labels (see unlabelledInterview). */
export function isAnswerParagraph(doc: AnalysedText, paragraph: number): boolean {
  return unlabelledInterview(doc).answers.has(paragraph);
}

/**
 * Whom an interview's answers are from: the person its introduction, before its first question (token `question`),
 * names most, the last named of those (the interviewer and people named in passing come first: "The Ledger's Paul
 * Benning interviewed Mayor Delia Quint …", "When Hal Brody retired, the board picked Nadia Kovacic …"); only a person
 * whose sex the text shows, never the byline's author nor one named after "By" opening a paragraph. Null when there is
 * none.
 */
export function intervieweeOf(
  doc: AnalysedText,
  entities: EntityIndex,
  author: string | undefined,
  question: number,
): Entity | null {
  const { tokens } = doc;
  const counts = new Map<Entity, number>();
  let best: Entity | null = null;
  for (const mention of entities.mentionsIn(0, question)) {
    const { entity } = mention;
    if (entity.type !== 'person' || entity.gender === 'x' || mention.inQuote || entity.name === author?.trim())
      continue;
    const paragraph = doc.paragraphs[tokens[mention.firstToken].paragraph];
    if (tokens[paragraph.firstToken].lower === 'by' && mention.firstToken - paragraph.firstToken <= 2) continue;
    // ("The Ledger's Paul Benning interviewed …": whoever a paper's possessive names is its reporter)
    if (/^(?:'|’)s$/.test(tokens[mention.firstToken - 1]?.text ?? '')) continue;
    const count = (counts.get(entity) ?? 0) + 1;
    counts.set(entity, count);
    if (!best || count >= (counts.get(best) ?? 0)) best = entity;
  }
  return best;
}

/** Whether the label from `first` to the colon is an interview's "A", after its first question. */
export function isAnswerLabel(doc: AnalysedText, first: number, colon: number): boolean {
  if (colon - first !== 1 || doc.tokens[first].text !== 'A') return false;
  const question = firstQuestion(doc);
  return question >= 0 && question < first;
}

/** Verbs a news story reports speech with ("the ministry said", "officials told reporters"). */
const REPORTING = /^(?:say|tell|add|announce|report|confirm|warn)$/;

/** Whether tokens from `from` to `end` report, outside quotes, what someone said ("…, the ministry said"). */
function reportsSpeech(doc: AnalysedText, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const token = doc.tokens[at];
    if (token.kind === 'word' && doc.quoteAt[at] < 0 && REPORTING.test(cueInfo(token.lower)?.base ?? '')) return true;
  }
  return false;
}
