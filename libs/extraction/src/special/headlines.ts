/** Headlines: the short first paragraph of a text, title case, quoting whoever it starts with. */
import { AnalysedText, TokenRange } from '../analysed-text';
import { firstNameGender, isVerbalWord, lexTag } from '../entities/word-tags';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { cueInfo } from '../lexicon/reporting-verbs';
import { DOCUMENT_NOUNS } from '../lexicon/speaker-nouns';
import { Token } from '../tokens';

/** The first paragraph of a multi-paragraph text when it is short: the headline. */
export function isHeadline(doc: AnalysedText, paragraphIndex: number): boolean {
  if (paragraphIndex !== 0 || doc.paragraphs.length < 2) return false;
  const first = doc.paragraphs[0];
  return first.endToken - first.firstToken <= 40;
}

/**
 * The subject of a headline that quotes somebody, before its first quote at `quoteStart`: the words before its colon
 * ("Warren Hammers Wells Fargo CEO: ‘You Should Be …’"), or before its first verb ("Black Lawmakers Rip …").
 */
export function headlineSource(doc: AnalysedText, paragraphIndex: number, quoteStart: number): TokenRange | null {
  const { tokens } = doc;
  const paragraph = doc.paragraphs[paragraphIndex];
  for (let i = paragraph.firstToken + 1; i < quoteStart && i - paragraph.firstToken <= 10; i++) {
    if (tokens[i].text !== ':' || doc.quoteAt[i] >= 0) continue;
    // "Chicago: ‘…’" says where the news is, not who speaks: the story below names the speaker
    const place = i - paragraph.firstToken === 1 && /^(City|Region)$/.test(lexTag(tokens[i - 1].lower) ?? '');
    if (place) return null;
    // "Warren Hammers Wells Fargo CEO: ‘…’": a heading before the colon may still start with who is quoted
    if (!isHeadingLabel(tokens.slice(paragraph.firstToken, i))) return headlineName(doc, paragraph.firstToken, i);
    break;
  }
  for (let i = paragraph.firstToken + 1; i < quoteStart && i - paragraph.firstToken <= 8; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.quoteAt[i] >= 0) return null;
    const word = token.lower;
    const verb = (isVerbalWord(word) && !/ed$/.test(word)) || (/[^s]s$/.test(word) && !!cueInfo(word));
    if (!verb) continue;
    let end = i;
    while (
      end > paragraph.firstToken + 1 &&
      /^(just|now|also|still|again|finally|reportedly|officially)$/.test(tokens[end - 1].lower)
    )
      end--;
    return headlineName(doc, paragraph.firstToken, end);
  }
  return null;
}

/** Tokens [from, to) as a headline's subject: a few title-case words, unquoted. */
function headlineName(doc: AnalysedText, from: number, to: number): TokenRange | null {
  if (to <= from || to - from > 8) return null;
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i];
    if (doc.quoteAt[i] >= 0) return null;
    if (token.kind === 'word' && !token.capitalised && !/^(of|the|and|for|on|in|at|['’]s)$/.test(token.lower))
      return null;
  }
  return { firstToken: from, endToken: to };
}

/** Last words of the labels a paper sets before its own notes, credits and sections. */
const NEWSROOM_LABEL =
  /^(correction|corrections|clarification|contributing|contributors|editing|reporting|notice|update|updates|note|disclosure|advertisement|related|credits?|brief|briefs|briefing|roundup|digest|explainer|analysis|recap|notebook|preview|newsletter|podcast|opinion|editorial|commentary)$/;

/**
 * Whether the words before a colon are a heading rather than somebody's name: a capitalised function word inside
 * them ("Stealth Over Health:"), a verb among three or more words, four or more words with no first name ("Veto Power
 * Impedes Peace Efforts:"), or one common noun or verb ("Analysis:", "Update:"). All-caps labels are left to the transcript rules.
 */
export function isHeadingLabel(label: Token[]): boolean {
  const words = label.filter((token) => token.kind === 'word');
  // the paper's own furniture: "Correction: …", "Contributing: …", "Paid Notice: Deaths …", "Delegate Update: …"
  if (words.length && words.length <= 3 && NEWSROOM_LABEL.test(words[words.length - 1].lower)) return true;
  if (!words.length || words.every((token) => token.text === token.text.toUpperCase())) return false;
  if (words.slice(1).some((token) => token.capitalised && FUNCTION_WORDS.has(token.lower))) return true;
  if (words.length >= 3 && words.some((token) => /^(PresentTense|PastTense|Gerund)$/.test(lexTag(token.lower) ?? '')))
    return true;
  if (words.length >= 4 && !words.some((token) => firstNameGender(token.text) !== null)) return true;
  // "Poll: …" is a document speaking, as "the poll shows" is
  return (
    words.length === 1 &&
    /^(Singular|Plural|Uncountable|Infinitive)$/.test(lexTag(words[0].lower) ?? '') &&
    firstNameGender(words[0].text) === null &&
    !DOCUMENT_NOUNS.has(words[0].lower)
  );
}
