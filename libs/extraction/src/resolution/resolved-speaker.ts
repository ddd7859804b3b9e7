/** A speaker as resolution finds it: the public shape, with what pronouns and claims further on need. */
import { Entity, Gender } from '../entities/entity';
import { ExtractedSpeaker, Span } from '../types';

export interface ResolvedSpeaker extends ExtractedSpeaker {
  entity?: Entity;
  gender: Gender;
  /** The place the speaker represents, for claims: "our city" is this place. */
  place?: string;
}

/** The speaker a known entity makes, named as the text first named it in full, at this mention. */
export function speakerOfEntity(entity: Entity, mention: Span): ResolvedSpeaker {
  const speaker: ResolvedSpeaker = {
    name: entity.name,
    type: entity.type,
    mention,
    entity,
    gender: entity.gender,
    place: entity.place,
  };
  if (entity.title) speaker.title = entity.title;
  return speaker;
}
