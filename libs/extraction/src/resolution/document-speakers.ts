/**
 * Documents as speakers: "the mayor’s order" is named after its owner ("Brandon Johnson’s executive order"), and "the
 * order" further on gets the same name.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { Entity } from '../entities/entity';
import { EntityIndex } from '../entities/entity-index';
import { normTitleKey, titleFromWords } from '../entities/name-words';
import { TITLES } from '../lexicon/speaker-nouns';
import { Span } from '../types';
import { Token } from '../tokens';
import { ResolvedSpeaker } from './resolved-speaker';

export class DocumentSpeakers {
  /** The name given to each document noun so far, by the noun ("order" -> "Brandon Johnson’s executive order"). */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly doc: AnalysedText,
    private readonly entities: EntityIndex,
  ) {}

  /**
   * The speaker of a source phrase headed by a document noun. `words` are its word tokens, `headIndex` the head's
   * position among them and `headNoun` its lower-case form.
   */
  speaker(source: TokenRange, mention: Span, words: Token[], headIndex: number, headNoun: string): ResolvedSpeaker {
    const possessive = words.findIndex((word) => /^['’]s$/.test(word.text));
    let name = mention.text.replace(/^(the|a|an|this|that|its|his|her|their)\s+/i, '');
    if (possessive > 0 && possessive < headIndex) {
      const ownerWords = words.slice(0, possessive);
      const ownerText = ownerWords.map((word) => word.text).join(' ');
      const title = titleFromWords(ownerWords.map((word) => normTitleKey(word.text)).filter((word) => word !== 'the'));
      let owner: Entity | undefined;
      // "the mayor’s order": the person with that title, when no other capitalised word names the owner
      if (
        title &&
        !ownerWords.some(
          (word) => word.capitalised && !TITLES[normTitleKey(word.text)] && !/^(the|a|an|this|that)$/.test(word.lower),
        )
      )
        owner = this.entities.findByTitle(title, mention.start);
      if (!owner) owner = this.entities.mentionAt(source.firstToken, source.firstToken + possessive)?.entity;
      const rest = this.doc.text.slice(words[possessive + 1].start, words[headIndex].end);
      name = owner ? `${owner.name}’s ${rest}` : `${ownerText.replace(/^the\s+/i, '')}’s ${rest}`;
      this.names.set(headNoun, name);
    } else if (this.names.has(headNoun) && /^(the|this|that|its)$/i.test(words[0].text)) {
      name = this.names.get(headNoun)!;
    }
    return { name, type: 'document', mention, gender: 'x' };
  }
}
