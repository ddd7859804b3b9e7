/** Transcript turns: "PENCE: Well, I think …", "Pat Caddell: …", and a transcript quoted paragraph by paragraph. */
import { AnalysedText } from '../analysed-text';
import { sentenceContentEnd } from '../grammar/clauses';
import { transcriptTurn } from '../quotes';
import { Range, RawAttribution } from '../raw-attribution';

export function colonAttribution(
  doc: AnalysedText,
  si: number,
  turnNames: Map<string, boolean>,
): RawAttribution | null {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  const p = doc.paragraphs[s.paragraph];
  if (s.firstToken !== p.firstToken) return null;
  const q0 = doc.quoteAt[s.firstToken];
  if (q0 >= 0 && doc.quotes[q0].openToken === s.firstToken && transcriptTurn(toks, s.firstToken + 1, p.endToken)) {
    // '"WALLACE: Let’s start …' — a transcript quoted paragraph by paragraph: the turn is the quote after the colon
    let c = s.firstToken + 1;
    while (toks[c].text !== ':') c++;
    const q = doc.quotes[q0];
    const parts: Range[] = q.pieces.map((pc, i) =>
      i === 0 ? { start: toks[c + 1]?.start ?? pc.end, end: pc.end } : { ...pc },
    );
    if (parts[0].end <= parts[0].start) return null;
    return {
      cue: { firstToken: c, endToken: c + 1 },
      source: { firstToken: s.firstToken + 1, endToken: c },
      parts,
      quoteIndices: [q0],
      kind: 'direct',
      sentenceIndex: si,
    };
  }
  // NAME: at paragraph start, up to 4 name tokens
  let k = s.firstToken;
  while (k < s.endToken && k - s.firstToken < 5 && toks[k].kind === 'word' && toks[k].capitalised) k++;
  if (k === s.firstToken || k >= s.endToken || toks[k].text !== ':' || doc.quoteAt[k] >= 0) return null;
  const after = toks[k + 1];
  if (!after || after.paragraph !== toks[k].paragraph) return null;
  const qi = doc.quoteAt[k + 1];
  // a transcript turn ("PENCE: Well, I think …") runs to the end of its paragraph
  const allCaps = toks.slice(s.firstToken, k).every((u) => u.text === u.text.toUpperCase() && /\p{Lu}/u.test(u.text));
  if (qi < 0) {
    // labels, not speakers: "The Latest: …", "Clinton: 547", "EMAIL: …", "CORRECTION: …"
    if (/^(the|a|an)$/.test(toks[s.firstToken].lower)) return null;
    let words = 0;
    for (let m = k + 1; m < p.endToken && words < 3; m++)
      if (toks[m].kind === 'word' && /\p{L}/u.test(toks[m].text) && !toks[m].text.includes('@')) words++;
    if (words < 3) return null;
    if (
      allCaps &&
      !knownTurnName(
        doc,
        toks
          .slice(s.firstToken, k)
          .map((u) => u.text)
          .join(' '),
        turnNames,
      )
    ) {
      // an unknown label still opens a turn when what follows is somebody talking ("I", "we", "you")
      let talk = false;
      for (let m = k + 1; m < p.endToken && !talk; m++)
        talk = toks[m].kind === 'word' && /^(i|we|you|my|our|me|us)$/.test(toks[m].lower);
      if (!talk) return null;
    }
  }
  const lastSi = allCaps && qi < 0 ? doc.sentenceOf[p.endToken - 1] : si;
  const end = sentenceContentEnd(doc, lastSi, p.endToken);
  const parts: Range[] = [{ start: after.start, end }];
  const quotes: number[] = [];
  if (qi >= 0) quotes.push(qi);
  return {
    cue: { firstToken: k, endToken: k + 1 },
    source: { firstToken: s.firstToken, endToken: k },
    parts,
    quoteIndices: quotes,
    kind: qi >= 0 ? 'direct' : 'indirect',
    sentenceIndex: si,
  };
}

/** An all-caps turn label is a speaker when it names someone in the text ("Ramos") or opens several turns. */
export function knownTurnName(doc: AnalysedText, name: string, turnNames: Map<string, boolean>): boolean {
  // Each look searches the whole text: asked once per name, however many turns it opens.
  let known = turnNames.get(name);
  if (known === undefined) {
    const title = name
      .split(' ')
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ');
    let n = 0;
    for (let i = doc.text.indexOf(name + ':'); i >= 0 && n < 2; i = doc.text.indexOf(name + ':', i + 1)) n++;
    known = doc.text.includes(title) || n >= 2;
    turnNames.set(name, known);
  }
  return known;
}
