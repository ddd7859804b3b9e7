/**
 * Whether a noun phrase can be a speaker: a pronoun, a name, or a noun for people, groups, outlets or documents,
 * and not a time ("Thursday morning") or a bare function word.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { lexTag } from '../entities/word-tags';
import {
  AUX_ADV,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  MEDIA_HEADS,
  NP_STOP,
  ORG_WORDS,
  PERSON_NOUNS,
  TIME_NOUNS,
  cueInfo,
} from '../lexicon';

export const NUMBER_WORD =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand)$/;

/** A plausible speaker: pronoun, name, or a noun for people, groups, outlets or documents. */
export function validSource(doc: AnalysedText, np: TokenRange | null): boolean {
  if (!np) return false;
  const toks = doc.tokens;
  if (isTimeNp(doc, np)) return false;
  let h = np.endToken - 1;
  while (h > np.firstToken && toks[h].kind !== 'word') h--;
  for (let i = np.firstToken + 1; i < np.endToken; i++)
    if (/^(of|for|at)$/.test(toks[i].lower)) {
      h = i - 1;
      break;
    }
  const head = toks[h];
  if (head.kind !== 'word') return false;
  if (/^(he|she|they|i|we|it|you|who)$/.test(head.lower)) return true;
  if (/^\d+-year-old$/.test(head.lower)) return true;
  if (isShare(doc, np)) return true;
  // groups and quantities of people: "the two sides", "both", "several", "others", "another"
  if (!head.capitalised || np.endToken - np.firstToken === 1 || /^(the|all|both)$/i.test(toks[np.firstToken].text)) {
    if (
      /^(sides|both|several|others|another|many|some|few|most|everyone|everybody|someone|somebody|nobody|anyone|folks|groups|parties|campaigns|camps|teams|families|couples|public|electorate|audience|crowd|establishment|administration|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/.test(
        head.lower,
      ) &&
      !/^(it|this|that|there)$/.test(toks[np.firstToken].lower)
    ) {
      // a bare number word is a group only with a determiner or as the whole subject ("The two spoke", "Several said")
      return true;
    }
  }
  if (/^\d/.test(head.text)) return false;
  if (head.capitalised) {
    if (np.endToken - np.firstToken === 1 && (FUNCTION_WORDS.has(head.lower) || AUX_ADV.has(head.lower))) return false;
    // "Contrary to his claim", "Ironically, …": a sentence-initial adjective or adverb is not a name
    if (
      np.endToken - np.firstToken === 1 &&
      (np.firstToken === 0 || doc.sentenceOf[np.firstToken - 1] !== doc.sentenceOf[np.firstToken]) &&
      (/Adjective|Adverb|Conjunction|Preposition/.test(lexTag(head.lower) ?? '') || /ly$/.test(head.lower))
    )
      return false;
    return true;
  }
  const hl = head.lower.replace(/['’]s$/, '');
  if (
    PERSON_NOUNS.has(hl) ||
    ORG_WORDS.has(hl) ||
    DOCUMENT_NOUNS.has(hl) ||
    MEDIA_HEADS.has(hl) ||
    isDocumentLike(doc, np)
  )
    return true;
  // poll shares: "47 percent (of voters)", "half of GOP primary voters", "a majority"
  if (/^(percent|majority|plurality|half|third|thirds|quarter|fifth|most)$/.test(hl)) return true;
  if (/(?:ers|ists|ians|ors|ents|ants|ees|ives|ies)$/.test(hl) && !cueInfo(hl)) return true;
  if (lexTag(hl) === 'Actor') return true;
  return false;
}

/**
 * Next to a quote ("“…,” the organizer said" / "“…,” said a longtime adviser to Trump") the noun phrase is the
 * speaker unless it is plainly not a noun phrase: any common-noun head will do.
 */
export function plausibleNextToQuote(doc: AnalysedText, np: TokenRange): boolean {
  if (validSource(doc, np)) return true;
  if (isTimeNp(doc, np)) return false;
  const toks = doc.tokens;
  let h = np.endToken - 1;
  for (let i = np.firstToken + 1; i < np.endToken; i++)
    if (/^(of|for|at|in|with|from)$/.test(toks[i].lower)) {
      h = i - 1;
      break;
    }
  const head = toks[h];
  if (head.kind !== 'word' || NP_STOP.has(head.lower) || FUNCTION_WORDS.has(head.lower) || AUX_ADV.has(head.lower))
    return false;
  if (/^\d+$/.test(head.text)) return false;
  const tag = lexTag(head.lower);
  if (tag && /Verb|Tense|Infinitive|Gerund|Modal|Copula|Adverb|Preposition|Conjunction|Pronoun|Determiner/.test(tag))
    return false;
  // a determiner or a name must start it: "the organizer", "one Trump confidant"
  const first = toks[np.firstToken];
  return /^(the|a|an|one|another|this|that|his|her|their|its|our|my)$/.test(first.lower) || first.capitalised;
}

/** A noun phrase whose head is a plain noun (not a verb, pronoun or function word). */
export function nounHeaded(doc: AnalysedText, np: TokenRange): boolean {
  const toks = doc.tokens;
  let h = np.endToken - 1;
  for (let i = np.firstToken + 1; i < np.endToken; i++)
    if (/^(of|for|at|in|with|from|by)$/.test(toks[i].lower)) {
      h = i - 1;
      break;
    }
  const head = toks[h];
  if (
    head.kind !== 'word' ||
    NP_STOP.has(head.lower) ||
    FUNCTION_WORDS.has(head.lower) ||
    AUX_ADV.has(head.lower) ||
    isTimeNp(doc, np)
  )
    return false;
  const tag = lexTag(head.lower);
  return !(
    tag &&
    /Verb|Tense|Infinitive|Gerund|Modal|Copula|Adverb|Preposition|Conjunction|Pronoun|Determiner/.test(tag) &&
    !/Noun|Singular|Plural/.test(tag)
  );
}

/** "A new CNN poll", "the report", "exit polls": a document-like source. */
export function isDocumentLike(doc: AnalysedText, np: TokenRange): boolean {
  let h = np.endToken - 1;
  for (let i = np.firstToken + 1; i < np.endToken; i++)
    if (/^(of|for|by|from|in|on)$/.test(doc.tokens[i].lower)) {
      h = i - 1;
      break;
    }
  const hl = doc.tokens[h].lower.replace(/['’]s$/, '');
  return (
    DOCUMENT_NOUNS.has(hl) ||
    /^(polls|surveys|studies|reports|results|numbers|figures|statistics|records|documents|emails|data|filings|returns|tally|count|analysis|search|estimates)$/.test(
      hl,
    )
  );
}

/** "six in 10 (voters)", "one in four", "three-in-five GOP insiders", "55 percent", "a majority": a share of a group. */
export function isShare(doc: AnalysedText, np: TokenRange): boolean {
  const toks = doc.tokens;
  for (let k = np.firstToken; k < np.endToken; k++) {
    const l = toks[k].lower;
    if (
      l === 'in' &&
      k > np.firstToken &&
      k + 1 < np.endToken &&
      NUMBER_WORD.test(toks[k - 1].lower) &&
      NUMBER_WORD.test(toks[k + 1].lower)
    )
      return true;
    if (/^\p{L}+-in-\p{L}+$|^\d+-in-\d+$/u.test(l)) return true;
    if (l === 'percent' || l === '%') return true;
  }
  return false;
}

/** "Thursday morning", "August", "last week": a time, not a speaker. */
export function isTimeNp(doc: AnalysedText, np: TokenRange): boolean {
  const toks = doc.tokens;
  const w = toks[np.firstToken].lower;
  if (TIME_NOUNS.has(w)) return true;
  if (
    /^(last|this|next|early|late|earlier|later)$/.test(w) &&
    np.endToken - np.firstToken >= 2 &&
    TIME_NOUNS.has(toks[np.firstToken + 1].lower)
  )
    return true;
  return false;
}
