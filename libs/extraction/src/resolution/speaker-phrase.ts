/**
 * Who one source phrase names: a pronoun's antecedent, a document ("the mayor’s order"), a person or organisation
 * the entity index knows ("Johnson", "the mayor"), or, failing those, the phrase itself with a guessed type.
 */
import { AnalysedText, spanOf, TokenRange } from '../analysed-text';
import { Token } from '../text';
import { Entity, EntityIndex } from '../entities/entity-index';
import { isAllCapsAcronym, mediaLike, normTitleKey, titleFromWords } from '../entities/name-words';
import { DOCUMENT_NOUNS, MEDIA_NAMES, ORG_WORDS, PERSON_NOUNS, TITLES } from '../lexicon';
import { SpeakerType } from '../types';
import { fromEntity, ResolvedSpeaker, SpeakerMention } from './resolved-speaker';

const PRONOUN_GENDER: Record<string, 'm' | 'f' | 'n' | 'p' | 'x'> = {
  he: 'm',
  she: 'f',
  it: 'n',
  they: 'p',
  i: 'x',
  we: 'p',
  you: 'x',
  // possessives own a stance ("his criticism of …")
  his: 'm',
  her: 'f',
  its: 'n',
  their: 'p',
  my: 'x',
  our: 'p',
};

export function resolveSpeaker(
  text: string,
  tokens: Token[],
  src: TokenRange,
  ents: EntityIndex,
  speakerMentions: Map<number, SpeakerMention[]>,
  docNames: Map<string, string>,
): ResolvedSpeaker {
  const mention = spanOf(text, tokens, src.firstToken, src.endToken);
  const words = tokens.slice(src.firstToken, src.endToken).filter((t) => t.kind === 'word');
  const lowers = words.map((t) => t.lower);
  // pronouns
  if (words.length === 1 && PRONOUN_GENDER[lowers[0]] !== undefined) {
    const g = PRONOUN_GENDER[lowers[0]];
    if (g === 'x' && lowers[0] !== 'you') {
      return { name: mention.text, type: 'person', mention, gender: 'x' };
    }
    const e = ents.resolvePronoun(src.firstToken, g, speakerMentions);
    if (e) return fromEntity(e, mention);
    const type: SpeakerType = g === 'm' || g === 'f' ? 'person' : 'unknown';
    return { name: mention.text, type, mention, gender: g === 'm' || g === 'f' ? g : 'x' };
  }
  // a source of marks only (a bracket, a stray quote mark) names nobody
  if (words.length === 0) return { name: mention.text, type: 'unknown', mention, gender: 'x' };
  // head word: last word before a post-modifier ("a spokesman for the campaign" -> spokesman)
  let headIdx = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (/^(of|for|at|on|from|with|in)$/.test(words[i].lower)) {
      headIdx = i - 1;
      break;
    }
  }
  const head = words[headIdx];
  const headLower = head.lower.replace(/[’']s$/, '');
  // "half of GOP primary voters", "47 percent of Democrats": a share of a group, not the group's name
  if (/^(percent|majority|plurality|half|third|thirds|quarter|fifth|most)$/.test(headLower) && !head.capitalised)
    return { name: mention.text, type: 'unknown', mention, gender: 'x' };
  // documents: "the mayor’s order", "a memo", "the report"
  if (DOCUMENT_NOUNS.has(headLower) && !head.capitalised) {
    const possIdx = words.findIndex((w) => /^['’]s$/.test(w.text));
    let name = mention.text.replace(/^(the|a|an|this|that|its|his|her|their)\s+/i, '');
    if (possIdx > 0 && possIdx < headIdx) {
      const possWords = words.slice(0, possIdx);
      const ownerText = possWords.map((w) => w.text).join(' ');
      const title = titleFromWords(possWords.map((w) => normTitleKey(w.text)).filter((w) => w !== 'the'));
      let owner: Entity | undefined;
      if (
        title &&
        !possWords.some(
          (w) => w.capitalised && !TITLES[normTitleKey(w.text)] && !/^(the|a|an|this|that)$/.test(w.lower),
        )
      )
        owner = ents.findByTitle(title, mention.start);
      if (!owner) {
        const m = ents.mentionAt(src.firstToken, src.firstToken + possIdx);
        owner = m?.entity;
      }
      const rest = text.slice(words[possIdx + 1].start, words[headIdx].end);
      name = owner ? `${owner.name}’s ${rest}` : `${ownerText.replace(/^the\s+/i, '')}’s ${rest}`;
      docNames.set(headLower, name);
    } else if (docNames.has(headLower) && /^(the|this|that|its)$/i.test(words[0].text)) {
      name = docNames.get(headLower)!;
    }
    return { name, type: 'document', mention, gender: 'x' };
  }
  // a known person / organisation / outlet in the phrase
  const m = ents.mentionAt(src.firstToken, src.endToken);
  const headTok = tokenIndexOf(tokens, head, src.firstToken, src.endToken);
  if (m && m.firstToken <= headTok && m.endToken > headTok) return fromEntity(m.entity, mention);
  {
    // a name ends the phrase: "White House press secretary Josh Earnest", "former secretary of state Hillary Clinton",
    // "a top strategist, John Weaver"
    let e = src.endToken - 1;
    if (tokens[e].text === ')') while (e > src.firstToken && tokens[e].text !== '(') e--;
    while (e > src.firstToken && tokens[e].kind !== 'word') e--;
    const inside = ents.mentionsIn(src.firstToken, src.endToken);
    const endM = inside.find((x) => x.endToken - 1 === e || (x.firstToken <= headTok && x.endToken > headTok));
    if (endM && endM.entity.type === 'person') return fromEntity(endM.entity, mention);
  }
  const capWords = words.filter((w) => w.capitalised && !/^(The|A|An)$/.test(w.text));
  if (mediaLike(words.map((w) => w.text)) || MEDIA_NAMES.has(lowers.join(' ').replace(/^the /, ''))) {
    return { name: capWords.map((w) => w.text).join(' ') || mention.text, type: 'media', mention, gender: 'x' };
  }
  // surname only
  if (capWords.length && head.capitalised) {
    const e = ents.findByWords(
      capWords.filter((w) => !TITLES[normTitleKey(w.text)]).map((w) => w.text),
      mention.start,
    );
    if (e) return fromEntity(e, mention);
  }
  // "the mayor", "the governor"
  const title = titleFromWords(lowers.filter((w) => w !== 'the'));
  if (title && !capWords.some((w) => !TITLES[normTitleKey(w.text)])) {
    const e = ents.findByTitle(title, mention.start);
    if (e && /^(the|this|that)$/.test(lowers[0])) return fromEntity(e, mention);
  }
  if (m) return fromEntity(m.entity, mention);
  let type: SpeakerType = 'unknown';
  if (ORG_WORDS.has(headLower) || (words.length === 1 && isAllCapsAcronym(head.text))) type = 'organization';
  if (capWords.length && words.some((w) => ORG_WORDS.has(w.lower) && w.capitalised)) type = 'organization';
  if (PERSON_NOUNS.has(headLower) && (!head.capitalised || words.length === 1)) type = 'person';
  if (type === 'unknown' && capWords.length && head.capitalised) type = 'person';
  const name =
    type === 'person' && capWords.length && head.capitalised
      ? capWords
          .filter((w) => !TITLES[normTitleKey(w.text)])
          .map((w) => w.text)
          .join(' ') || mention.text
      : mention.text;
  return { name, type, mention, gender: 'x', title: title && type === 'person' ? title : undefined };
}

function tokenIndexOf(tokens: Token[], tok: Token, t0: number, t1: number): number {
  for (let i = t0; i < t1; i++) if (tokens[i] === tok) return i;
  return -1;
}
