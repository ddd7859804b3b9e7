/**
 * Pass 9, resolution: the speaker of each attribution, in text order so that a pronoun resolves against the
 * speakers before it. Attributions that inherit their speaker (a quote continued) are left to the assembly.
 */
import { AnalysedText, spanOf } from '../analysed-text';
import { EntityIndex, SpeakerMention } from '../entities/entity-index';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';
import { DocumentSpeakers } from './document-speakers';
import { ResolvedSpeaker } from './resolved-speaker';
import { PhraseResolution, resolveSpeaker } from './speaker-phrase';

export function resolveSpeakers(
  doc: AnalysedText,
  attributions: RawAttribution[],
  entities: EntityIndex,
  budget: TimeBudget,
): Map<RawAttribution, ResolvedSpeaker | null> {
  const { tokens, sentenceOf } = doc;
  const speakers = new Map<number, SpeakerMention[]>();
  const context: PhraseResolution = {
    doc,
    entities,
    speakers,
    documents: new DocumentSpeakers(doc, entities, speakers),
  };
  const resolved = new Map<RawAttribution, ResolvedSpeaker | null>();
  const recent: { sentence: number; speaker: ResolvedSpeaker }[] = [];
  for (const attribution of attributions) {
    budget.check();
    if (attribution.inheritFrom) continue;
    const source = attribution.source;
    let speaker: ResolvedSpeaker | null = null;
    if (source) {
      speaker = resolveSpeaker(context, source);
      // "Trump, who said …": the mention is the relative pronoun, the name that of its antecedent
      if (attribution.relative) speaker = { ...speaker, mention: spanOf(doc, attribution.relative) };
      // "It also states that …": "it"/"they" after a document or organisation speaker refers back to it
      const first = tokens[source.firstToken].lower;
      if (source.endToken - source.firstToken === 1 && /^(it|they|its|their)$/.test(first)) {
        const sentenceIndex = sentenceOf[source.firstToken];
        for (let i = recent.length - 1; i >= 0; i--) {
          const earlier = recent[i];
          if (sentenceIndex - earlier.sentence > 3) break;
          if (
            earlier.speaker.type !== 'person' &&
            earlier.speaker.type !== 'unknown' &&
            (first === 'it' || first === 'its' || earlier.speaker.type !== 'document')
          ) {
            speaker = { ...earlier.speaker, mention: speaker.mention };
            break;
          }
        }
      }
      // "WALLACE: …" — the speaker of a transcript turn is a person (an acronym would not be introduced by a colon turn)
      if (
        attribution.cue &&
        tokens[attribution.cue.firstToken].text === ':' &&
        speaker.type === 'organization' &&
        !speaker.entity?.words.some((word) => word.length > 1 && word !== tokens[source.firstToken].lower)
      ) {
        const label = speaker.mention.text;
        if (/^\p{Lu}{4,}$/u.test(label))
          speaker = { ...speaker, type: 'person', name: label[0] + label.slice(1).toLowerCase(), entity: undefined };
      }
      recent.push({ sentence: sentenceOf[source.firstToken], speaker });
    }
    resolved.set(attribution, speaker);
    if (speaker?.entity && source) {
      const sentence = sentenceOf[source.firstToken];
      const mention = { start: tokens[source.firstToken].start, entity: speaker.entity, sentence };
      const inSentence = context.speakers.get(sentence);
      if (inSentence) inSentence.push(mention);
      else context.speakers.set(sentence, [mention]);
    }
  }
  return resolved;
}
