/** Stance nouns: "his criticism of the plan", "questions about her health", "calls for a recount". */
import { AnalysedText, TokenRange } from '../analysed-text';
import { nounPhraseEndingAt } from '../grammar/noun-phrases';
import { validSource } from '../grammar/plausible-sources';
import { OWNERLESS_STANCE, STANCE_NOUNS } from '../lexicon';
import { RawAttribution } from '../raw-attribution';

/**
 * Stances and statements named by a noun: "his criticism of the plan", "Trump’s attacks on the judge", "questions
 * about her health", "calls for a recount". The content is what they are about; the owner, when there is one, the
 * source.
 */
export function stanceNouns(doc: AnalysedText, si: number): RawAttribution[] {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  const out: RawAttribution[] = [];
  for (let t = s.firstToken; t < s.endToken - 2; t++) {
    const u = toks[t];
    if (u.kind !== 'word' || u.capitalised || doc.quoteAt[t] >= 0) continue;
    const preps = STANCE_NOUNS.get(u.lower);
    const p = toks[t + 1];
    if (!preps || p.kind !== 'word' || !preps.has(p.lower) || doc.quoteAt[t + 1] >= 0) continue;
    // the owner: "his", "Trump’s", "the senator’s"
    let source: TokenRange | null = null;
    let j = t - 1;
    while (
      j >= s.firstToken &&
      toks[j].kind === 'word' &&
      !toks[j].capitalised &&
      /^(repeated|recent|latest|new|harsh|sharp|fierce|withering|public|frequent|earlier|early|strong|vocal|many|several|numerous|renewed|growing|continued|initial|infamous|controversial|own)$/.test(
        toks[j].lower,
      )
    )
      j--;
    if (j >= s.firstToken && /^(his|her|their|its|my|our)$/.test(toks[j].lower))
      source = { firstToken: j, endToken: j + 1 };
    else if (j >= s.firstToken && /^['’]s$/.test(toks[j].text)) {
      const np = nounPhraseEndingAt(doc, j - 1, s.firstToken);
      if (np && validSource(doc, np)) source = { firstToken: np.firstToken, endToken: j + 1 };
    }
    // without an owner, only nouns that nearly always report a stance held by somebody ("questions about her
    // health", "calls for a recount", "criticism of the plan"); "support for", "an attack on", "a comment on" name
    // as often a policy, a military strike or an invitation to comment
    if (!source && !OWNERLESS_STANCE.test(`${u.lower} ${p.lower}`)) continue;
    const c0 = t + 2;
    let c1 = c0;
    // the object: up to the next comma, semicolon, dash or sentence end
    while (c1 < s.endToken && doc.quoteAt[c1] < 0 && !/^[,;:.!?()—–]$|^--$/.test(toks[c1].text) && c1 - c0 < 25) c1++;
    if (c1 <= c0 || toks[c0].kind !== 'word' || c1 - c0 >= 25) continue;
    let quoted = false;
    for (let m = c0; m < c1 && !quoted; m++) quoted = doc.quoteAt[m] >= 0;
    if (quoted) continue;
    out.push({
      cue: { firstToken: t, endToken: t + 2 },
      source,
      parts: [{ start: toks[c0].start, end: toks[c1 - 1].end }],
      quoteIndices: [],
      kind: 'indirect',
      sentenceIndex: si,
      clause: { firstToken: c0, endToken: c1 },
    });
    t = c1;
  }
  return out;
}
