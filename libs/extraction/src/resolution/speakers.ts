/**
 * Pass 8, resolution: the speaker of each attribution, in text order so that a pronoun resolves against the
 * speakers before it. Attributions that inherit their speaker (a quote continued) are left to the assembly.
 */
import { AnalysedText, spanOf } from '../analysed-text';
import { EntityIndex } from '../entities/entity-index';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';
import { ResolvedSpeaker, SpeakerMention } from './resolved-speaker';
import { resolveSpeaker } from './speaker-phrase';

export function resolveSpeakers(
  doc: AnalysedText,
  raws: RawAttribution[],
  ents: EntityIndex,
  budget: TimeBudget,
): Map<RawAttribution, ResolvedSpeaker | null> {
  const { text, tokens } = doc;
  const sentenceOf = doc.sentenceOf;
  // speakers resolved so far, by sentence: what a pronoun further on may refer back to
  const speakerMentions = new Map<number, SpeakerMention[]>();
  const resolved = new Map<RawAttribution, ResolvedSpeaker | null>();
  const docNames = new Map<string, string>();
  const recent: { sentence: number; speaker: ResolvedSpeaker }[] = [];

  // speakers first (in text order, so that pronouns resolve against earlier speakers), then inherited ones
  for (const raw of raws) {
    budget.check();
    if (raw.inheritFrom) continue;
    let speaker: ResolvedSpeaker | null = null;
    if (raw.source) {
      speaker = resolveSpeaker(text, tokens, raw.source, ents, speakerMentions, docNames);
      // "Trump, who said …": the mention is the relative pronoun, the name that of its antecedent
      if (raw.relative)
        speaker = { ...speaker, mention: spanOf(text, tokens, raw.relative.firstToken, raw.relative.endToken) };
      // "It also states that …": "it"/"they" after a document or organisation speaker refers back to it
      const w = tokens[raw.source.firstToken].lower;
      if (raw.source.endToken - raw.source.firstToken === 1 && /^(it|they|its|their)$/.test(w)) {
        const si = sentenceOf[raw.source.firstToken];
        for (let k = recent.length - 1; k >= 0; k--) {
          const r = recent[k];
          if (si - r.sentence > 3) break;
          if (
            r.speaker.type !== 'person' &&
            r.speaker.type !== 'unknown' &&
            (w === 'it' || w === 'its' ? true : r.speaker.type !== 'document')
          ) {
            speaker = { ...r.speaker, mention: speaker.mention };
            break;
          }
        }
      }
      // "WALLACE: …" — the speaker of a transcript turn is a person (an acronym would not be introduced by a colon turn)
      if (
        raw.cue &&
        tokens[raw.cue.firstToken].text === ':' &&
        speaker.type === 'organization' &&
        !speaker.entity?.words.some((w) => w.length > 1 && w !== tokens[raw.source!.firstToken].lower)
      ) {
        const m = speaker.mention.text;
        if (/^\p{Lu}{4,}$/u.test(m))
          speaker = { ...speaker, type: 'person', name: m[0] + m.slice(1).toLowerCase(), entity: undefined };
      }
      recent.push({ sentence: sentenceOf[raw.source.firstToken], speaker });
    }
    resolved.set(raw, speaker);
    if (speaker?.entity && raw.source) {
      const sentence = sentenceOf[raw.source.firstToken];
      const mention = { start: tokens[raw.source.firstToken].start, entity: speaker.entity, sentence };
      const inSentence = speakerMentions.get(sentence);
      if (inSentence) inSentence.push(mention);
      else speakerMentions.set(sentence, [mention]);
    }
  }
  return resolved;
}
