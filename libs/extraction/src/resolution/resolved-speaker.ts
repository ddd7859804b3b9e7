/** A speaker as resolution finds it: the public shape, with what pronouns and claims further on need. */
import { Entity } from '../entities/entity-index';
import { ExtractedSpeaker, Span } from '../types';

export interface ResolvedSpeaker extends ExtractedSpeaker {
  entity?: Entity;
  gender: 'm' | 'f' | 'x';
  place?: string;
}

/** A speaker resolved to a known entity, so far: what a pronoun further on may refer back to. */
export type SpeakerMention = { start: number; entity: Entity; sentence: number };

export function fromEntity(e: Entity, mention: Span): ResolvedSpeaker {
  const sp: ResolvedSpeaker = { name: e.name, type: e.type, mention, entity: e, gender: e.gender, place: e.place };
  if (e.title) sp.title = e.title;
  return sp;
}
