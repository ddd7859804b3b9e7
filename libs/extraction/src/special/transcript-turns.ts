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
  const p = doc.paragraphs[s.para];
  if (s.t0 !== p.t0) return null;
  const q0 = doc.quoteAt[s.t0];
  if (q0 >= 0 && doc.quotes[q0].t0 === s.t0 && transcriptTurn(toks, s.t0 + 1, p.t1)) {
    // '"WALLACE: Let’s start …' — a transcript quoted paragraph by paragraph: the turn is the quote after the colon
    let c = s.t0 + 1;
    while (toks[c].text !== ':') c++;
    const q = doc.quotes[q0];
    const parts: Range[] = q.pieces.map((pc, i) =>
      i === 0 ? { start: toks[c + 1]?.start ?? pc.end, end: pc.end } : { ...pc },
    );
    if (parts[0].end <= parts[0].start) return null;
    return {
      cue: { t0: c, t1: c + 1 },
      source: { t0: s.t0 + 1, t1: c },
      parts,
      quotes: [q0],
      kind: 'direct',
      sentence: si,
    };
  }
  // NAME: at paragraph start, up to 4 name tokens
  let k = s.t0;
  while (k < s.t1 && k - s.t0 < 5 && toks[k].kind === 'w' && toks[k].cap) k++;
  if (k === s.t0 || k >= s.t1 || toks[k].text !== ':' || doc.quoteAt[k] >= 0) return null;
  const after = toks[k + 1];
  if (!after || after.para !== toks[k].para) return null;
  const qi = doc.quoteAt[k + 1];
  // a transcript turn ("PENCE: Well, I think …") runs to the end of its paragraph
  const allCaps = toks.slice(s.t0, k).every((u) => u.text === u.text.toUpperCase() && /\p{Lu}/u.test(u.text));
  if (qi < 0) {
    // labels, not speakers: "The Latest: …", "Clinton: 547", "EMAIL: …", "CORRECTION: …"
    if (/^(the|a|an)$/.test(toks[s.t0].lower)) return null;
    let words = 0;
    for (let m = k + 1; m < p.t1 && words < 3; m++)
      if (toks[m].kind === 'w' && /\p{L}/u.test(toks[m].text) && !toks[m].text.includes('@')) words++;
    if (words < 3) return null;
    if (
      allCaps &&
      !knownTurnName(
        doc,
        toks
          .slice(s.t0, k)
          .map((u) => u.text)
          .join(' '),
        turnNames,
      )
    ) {
      // an unknown label still opens a turn when what follows is somebody talking ("I", "we", "you")
      let talk = false;
      for (let m = k + 1; m < p.t1 && !talk; m++)
        talk = toks[m].kind === 'w' && /^(i|we|you|my|our|me|us)$/.test(toks[m].lower);
      if (!talk) return null;
    }
  }
  const lastSi = allCaps && qi < 0 ? doc.sentenceOf[p.t1 - 1] : si;
  const end = sentenceContentEnd(doc, lastSi, p.t1);
  const parts: Range[] = [{ start: after.start, end }];
  const quotes: number[] = [];
  if (qi >= 0) quotes.push(qi);
  return {
    cue: { t0: k, t1: k + 1 },
    source: { t0: s.t0, t1: k },
    parts,
    quotes,
    kind: qi >= 0 ? 'direct' : 'indirect',
    sentence: si,
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
