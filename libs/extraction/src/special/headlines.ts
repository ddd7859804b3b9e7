/** Headlines: the short first paragraph of a text, title case, quoting whoever it starts with. */
import { AnalysedText, TokenRange } from '../analysed-text';
import { isVerbalWord, lexTag } from '../entities/word-tags';
import { cueInfo } from '../lexicon/reporting-verbs';

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
    return place ? null : headlineName(doc, paragraph.firstToken, i);
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
