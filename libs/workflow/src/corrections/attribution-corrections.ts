import { Injectable } from '@nestjs/common';
import { CorrectionKind, Queryable } from '@app/database';
import { ArticlesRepository } from '../articles/articles.repository';
import { speakerNameKey } from '../articles/speaker-name-key';
import { ClaimRow } from '../claims/claims.repository';
import { Actor } from '../common/actor';
import { WorkflowError } from '../common/workflow-error';
import { EventLog } from '../events/event-log';
import { EventType } from '../events/event-type';
import { TextSpan } from '../claims/claim-span';
import { AttributedSpeaker, CorrectableQuote, CorrectionsRepository } from './corrections.repository';
import { SpeakerChoice } from '../articles/speaker-choice';

/** A change of a quote's attribution: the new speaker and mention, each when it changes. */
export interface AttributionChange {
  speaker?: AttributedSpeaker;
  mention?: TextSpan;
}

/**
 * Corrects who said a quote and where the article names them, for both ways in (a claim's speaker is its quote's):
 * finds or creates the speaker a person names, writes the attribution, lists the correction and puts it in the
 * history of every claim of the quote.
 */
@Injectable()
export class AttributionCorrections {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly corrections: CorrectionsRepository,
    private readonly events: EventLog,
  ) {}

  /**
   * The speaker a person chose: one of the article's (400 naming speaker.speakerId otherwise), or the speaker of that
   * name and type, stored as the extraction stores them (an `unknown` speaker has no row of its own, as there).
   */
  async resolveSpeaker(db: Queryable, articleId: string, choice: SpeakerChoice): Promise<AttributedSpeaker> {
    if ('speakerId' in choice) {
      const known = await this.articles.speakerOfArticle(db, articleId, choice.speakerId);
      if (!known) {
        throw WorkflowError.invalid('the speaker is not one of the article’s', [
          { field: 'speaker.speakerId', message: 'must be a speaker quoted in this article' },
        ]);
      }
      return known;
    }
    if (choice.type === 'unknown') return { id: null, ...choice };
    const stored = await this.articles.upsertSpeaker(db, { ...choice, nameKey: speakerNameKey(choice.name) });
    // The quote names them with the title the person gave, whatever the shared row kept from before.
    return { ...stored, title: choice.title };
  }

  /** The quote's speaker as a view names it; null when the machine named none. */
  currentSpeaker(quote: CorrectableQuote): AttributedSpeaker | null {
    return quote.speakerName
      ? {
          id: quote.speakerId,
          name: quote.speakerName,
          type: quote.speakerType ?? 'unknown',
          title: quote.speakerTitle,
        }
      : null;
  }

  currentMention(quote: CorrectableQuote): TextSpan | null {
    return quote.mentionStart === null || quote.mentionEnd === null || quote.mentionText === null
      ? null
      : { text: quote.mentionText, start: quote.mentionStart, end: quote.mentionEnd };
  }

  /** Leaves out what would not change the attribution, so that a form saved as loaded records nothing. */
  changes(quote: CorrectableQuote, wanted: AttributionChange): AttributionChange {
    const speaker = this.currentSpeaker(quote);
    const mention = this.currentMention(quote);
    return {
      ...(wanted.speaker && !sameSpeaker(wanted.speaker, speaker) ? { speaker: wanted.speaker } : {}),
      ...(wanted.mention && (wanted.mention.start !== mention?.start || wanted.mention.end !== mention?.end)
        ? { mention: wanted.mention }
        : {}),
    };
  }

  /**
   * Writes the change (nothing when it changes nothing), lists each corrected field with the machine's value and puts
   * `quote.corrected` in the history of every claim of the quote. `viaClaimId`: the claim it was corrected from.
   */
  async apply(
    db: Queryable,
    actor: Actor,
    quote: CorrectableQuote,
    claims: Pick<ClaimRow, 'id'>[],
    change: AttributionChange,
    viaClaimId: string | null,
  ): Promise<void> {
    if (!change.speaker && !change.mention) return;
    await this.corrections.correctAttribution(db, quote.id, change);
    const machine = quote.machine ?? { speaker: this.currentSpeaker(quote), mention: this.currentMention(quote) };
    const base = { articleId: quote.articleId, quoteId: quote.id, claimId: viaClaimId, actorId: actor.id };
    await this.corrections.insert(db, [
      ...(change.speaker
        ? [
            {
              ...base,
              kind: CorrectionKind.Speaker,
              machine: { speaker: machine.speaker },
              corrected: { speaker: change.speaker },
            },
          ]
        : []),
      ...(change.mention
        ? [
            {
              ...base,
              kind: CorrectionKind.Mention,
              machine: { mention: machine.mention },
              corrected: { mention: change.mention },
            },
          ]
        : []),
    ]);
    const data = {
      quoteId: quote.id,
      ...(change.speaker ? { speaker: { from: this.currentSpeaker(quote), to: change.speaker } } : {}),
      ...(change.mention ? { mention: { from: this.currentMention(quote), to: change.mention } } : {}),
    };
    await this.events.record(
      db,
      claims.map((claim) => ({
        type: EventType.QuoteCorrected,
        actorId: actor.id,
        articleId: quote.articleId,
        claimId: claim.id,
        data,
      })),
    );
  }
}

function sameSpeaker(a: AttributedSpeaker, b: AttributedSpeaker | null): boolean {
  return b !== null && a.id === b.id && a.name === b.name && a.type === b.type && a.title === b.title;
}
