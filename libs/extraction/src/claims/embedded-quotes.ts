/**
 * Somebody else quoted inside a quote ("Quotes Trump as saying, “…”"), and the named subject a later "he" refers to.
 */

interface EmbeddedQuote {
  /** Offset of the opening quote mark and of the end of the quoted words (the closing mark or the text's end). */
  open: number;
  close: number;
  /** Who is quoted: "Quotes Donald Trump as saying, “…”", "Joe Biden said that police ‘become the enemy’". */
  speaker: string;
}

const EMBED_RE =
  /(?:\b[Qq]uot(?:es|ed|ing)\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|\b(?:he|she|they))\s+(?:as\s+saying|said|says|saying|wrote|writes|tweeted|told\s+\w+(?:\s+\w+)?|declared|claimed|stated)(?:\s+(?:that|in\s+his\s+words|in\s+her\s+words))?[,:]?\s*(?:[^“”"‘’\n]{0,60}?)([“"‘])/g;

/**
 * Quotations inside the words of [start, end): somebody named, then a speech verb, then quote marks. Their first
 * person is that somebody's, not the quote's speaker's.
 */
export function embeddedQuotes(text: string, start: number, end: number): EmbeddedQuote[] {
  const span = text.slice(start, end);
  const found: EmbeddedQuote[] = [];
  EMBED_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = EMBED_RE.exec(span))) {
    const who = match[1];
    if (/^(?:I|We|You|It|This|That|There|The|A|An|And|But|So)$/.test(who)) continue;
    const mark = match[2];
    const open = match.index + match[0].length - 1;
    const closer = mark === '“' ? '”' : mark === '‘' ? '’' : '"';
    let close = span.length;
    for (let i = open + 1; i < span.length; i++) {
      // a closing ’ is an apostrophe when a letter follows it
      if (span[i] === closer && !(closer === '’' && /\p{L}/u.test(span[i + 1] ?? ''))) {
        close = i;
        break;
      }
    }
    found.push({ open: start + open, close: start + close, speaker: who });
    EMBED_RE.lastIndex = close + 1;
  }
  return found;
}

/**
 * The person a following "he"/"she"/"they" most likely means: the last name in the claim that is the subject of a
 * verb ("… Joe Biden said that police ‘become the enemy’" -> Joe Biden), else the claim's named subject.
 */
export function lastNamedSubject(claim: string): { name: string; number: 's' | 'p' } | null {
  const speaking =
    /(?:^|[\s,;:“"‘(])((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+(?:(?:also|still|now|just|never|has|have|had|is|are|was|were|will|would|could|can|did|does)\s+)?(?:said|says|told|claimed|argued|wrote|tweeted|announced|insisted|added|stated|declared)\b/g;
  let last: RegExpExecArray | null = null;
  let match: RegExpExecArray | null;
  while ((match = speaking.exec(claim))) last = match;
  if (last && !/^(?:I|We|You|He|She|They|It|This|That|There|These|Those|And|But|So|If|When|While)\b/.test(last[1])) {
    return { name: last[1], number: 's' };
  }
  return namedSubject(claim);
}

/**
 * The named subject a claim opens with ("Joe Biden has …", "The Trump administration …"), if it is a proper name, past
 * an opening adverbial ("By any measure, Joe Biden has …").
 */
function namedSubject(claim: string): { name: string; number: 's' | 'p' } | null {
  const adverbial = OPENING_ADVERBIAL.exec(claim);
  if (adverbial) claim = claim.slice(adverbial[0].length);
  const match =
    /^(?:(?:the|The)\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+((?:also|still|now|just|never|has|have|had|is|are|was|were|will|would|could|can|did|does)\s+)?([a-z]+)/.exec(
      claim,
    );
  if (!match) return null;
  const name = match[1];
  if (
    /^(?:I|We|You|He|She|They|It|The|A|An|This|That|There|These|Those|And|But|So|If|When|While|In|On|At|For|With|As|After|Before|Since|By|From|Of|To|Under|Over|Without|During|Despite|Like|Unlike|Now|Then|Yet|Still|Once|Although|Though|Because|Unless|Until|Whether|Also|Even|Only|Just|Maybe|Perhaps|Here|Every|Each|Some|Any|No|All|Most|Many|Both|Neither|Either|Our|My|Your|His|Her|Its|Their)\b/.test(
      name,
    )
  )
    return null;
  // "the Department of …", "Smith and …": the name goes on; "Joe Biden is a …" is a subject and its verb
  if (!match[2] && /^(?:the|a|an|of|and|to)$/.test(match[3])) return null;
  return {
    name: /^the\s/i.test(match[0]) ? `the ${name}` : name,
    number: /s$/.test(name) && !/ss$/.test(name) && name.split(/\s+/).length === 1 ? 'p' : 's',
  };
}

/** A short phrase opening a claim before its subject: "By any definition, ", "In 2019, ", "Frankly, ". */
const OPENING_ADVERBIAL =
  /^(?:(?:by|in|on|at|for|from|after|before|since|during|under|over|despite|with|without|frankly|clearly|honestly|simply|again|today|now|still|yet|and|but|so)\b[^,;:.!?“”"]{0,40},\s+)/i;
