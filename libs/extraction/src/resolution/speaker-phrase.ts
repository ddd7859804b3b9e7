/**
 * Who one source phrase names: a pronoun's antecedent, a document ("the mayor’s order"), a person or organisation
 * the entity index knows ("Johnson", "the mayor"), or, failing those, the phrase itself with a guessed type.
 */
import { AnalysedText, spanOf } from '../analysed-text';
import { Token } from '../text';
import { Entity, EntityIndex, isAllCapsAcronym, mediaLike, normTitleKey, titleFromWords } from '../entities';
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
  src: { t0: number; t1: number },
  ents: EntityIndex,
  speakerMentions: Map<number, SpeakerMention[]>,
  docNames: Map<string, string>,
): ResolvedSpeaker {
  const mention = spanOf(text, tokens, src.t0, src.t1);
  const words = tokens.slice(src.t0, src.t1).filter((t) => t.kind === 'w');
  const lowers = words.map((t) => t.lower);
  // pronouns
  if (words.length === 1 && PRONOUN_GENDER[lowers[0]] !== undefined) {
    const g = PRONOUN_GENDER[lowers[0]];
    if (g === 'x' && lowers[0] !== 'you') {
      return { name: mention.text, type: 'person', mention, gender: 'x' };
    }
    const e = ents.resolvePronoun(src.t0, g, speakerMentions);
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
  if (/^(percent|majority|plurality|half|third|thirds|quarter|fifth|most)$/.test(headLower) && !head.cap)
    return { name: mention.text, type: 'unknown', mention, gender: 'x' };
  // documents: "the mayor’s order", "a memo", "the report"
  if (DOCUMENT_NOUNS.has(headLower) && !head.cap) {
    const possIdx = words.findIndex((w) => /^['’]s$/.test(w.text));
    let name = mention.text.replace(/^(the|a|an|this|that|its|his|her|their)\s+/i, '');
    if (possIdx > 0 && possIdx < headIdx) {
      const possWords = words.slice(0, possIdx);
      const ownerText = possWords.map((w) => w.text).join(' ');
      const title = titleFromWords(possWords.map((w) => normTitleKey(w.text)).filter((w) => w !== 'the'));
      let owner: Entity | undefined;
      if (
        title &&
        !possWords.some((w) => w.cap && !TITLES[normTitleKey(w.text)] && !/^(the|a|an|this|that)$/.test(w.lower))
      )
        owner = ents.findByTitle(title, mention.start);
      if (!owner) {
        const m = ents.mentionAt(src.t0, src.t0 + possIdx);
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
  const m = ents.mentionAt(src.t0, src.t1);
  const headTok = tokenIndexOf(tokens, head, src.t0, src.t1);
  if (m && m.t0 <= headTok && m.t1 > headTok) return fromEntity(m.entity, mention);
  {
    // a name ends the phrase: "White House press secretary Josh Earnest", "former secretary of state Hillary Clinton",
    // "a top strategist, John Weaver"
    let e = src.t1 - 1;
    if (tokens[e].text === ')') while (e > src.t0 && tokens[e].text !== '(') e--;
    while (e > src.t0 && tokens[e].kind !== 'w') e--;
    const inside = ents.mentionsIn(src.t0, src.t1);
    const endM = inside.find((x) => x.t1 - 1 === e || (x.t0 <= headTok && x.t1 > headTok));
    if (endM && endM.entity.type === 'person') return fromEntity(endM.entity, mention);
  }
  const capWords = words.filter((w) => w.cap && !/^(The|A|An)$/.test(w.text));
  if (mediaLike(words.map((w) => w.text)) || MEDIA_NAMES.has(lowers.join(' ').replace(/^the /, ''))) {
    return { name: capWords.map((w) => w.text).join(' ') || mention.text, type: 'media', mention, gender: 'x' };
  }
  // surname only
  if (capWords.length && head.cap) {
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
  if (capWords.length && words.some((w) => ORG_WORDS.has(w.lower) && w.cap)) type = 'organization';
  if (PERSON_NOUNS.has(headLower) && (!head.cap || words.length === 1)) type = 'person';
  if (type === 'unknown' && capWords.length && head.cap) type = 'person';
  const name =
    type === 'person' && capWords.length && head.cap
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
