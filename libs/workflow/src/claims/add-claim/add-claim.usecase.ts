import { Injectable } from '@nestjs/common';
import { ArticleStatus, ClaimOrigin, CorrectionKind, Database, Queryable } from '@app/database';
import { ArticlesRepository, QuoteRow, SpeakerRow } from '../../articles/articles.repository';
import { articleVoice } from '../../articles/article-voice';
import { SpeakerChoice } from '../../articles/speaker-choice';
import { speakerNameKey } from '../../articles/speaker-name-key';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { CorrectionsRepository } from '../../corrections/corrections.repository';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { Idempotency } from '../../idempotency/idempotency';
import { ClaimMaker } from '../claim-maker';
import { claimSpan, TextSpan } from '../claim-span';
import { ClaimViewQuery } from '../claim-view.query';
import { ClaimsRepository } from '../claims.repository';
import { ClaimDetailDto } from '../dto/claim-detail.dto';
import { AddClaimCommand } from './add-claim.command';

/** The claim added, or for a retry with the same Idempotency-Key, the claim the first request added. */
export interface AddClaimResult {
  replayed: boolean;
  claim: ClaimDetailDto;
}

/** Who said the words, as a quote row names them; `id` null for a speaker of type `unknown` (kept by name only). */
type QuoteSpeaker = Pick<SpeakerRow, 'name' | 'type' | 'title'> & { id: string | null };

/**
 * Adds a claim a person chose from any span of an article (`origin: hand`). Every claim belongs to a quote: a span
 * inside a quote belongs to it (the innermost, when quotes nest) and to its speaker; a span outside every quote (a
 * quote marked nobody's is none), or given another speaker than its quote's, gets a quote of its own, made by hand,
 * with that speaker: `statement` for words no quote encloses, whose speaker is by default the publication (`media`),
 * or the article's first author when it names no publisher. The claim is scored like the extraction's and triaged like them, except that a claim a
 * person chose goes to research even when the model would park it: choosing it was the triage. `claim.added` with
 * the actor, and a `claim-added` correction (the machine gave nothing there); `claim.ready` follows from triage.
 */
@Injectable()
export class AddClaimUseCase {
  constructor(
    private readonly database: Database,
    private readonly idempotency: Idempotency,
    private readonly articles: ArticlesRepository,
    private readonly claims: ClaimsRepository,
    private readonly maker: ClaimMaker,
    private readonly claimView: ClaimViewQuery,
    private readonly corrections: CorrectionsRepository,
    private readonly events: EventLog,
  ) {}

  async execute(command: AddClaimCommand): Promise<AddClaimResult> {
    const { articleId, idempotency } = command;
    const result = await this.idempotency.runOnce(idempotency, async (tx) => {
      const claimId = await this.add(tx, command);
      return { first: claimId, replay: { outcome: 'created', body: { id: claimId } } };
    });
    const claimId = result.replayed ? result.answer.body.id : result.answer;
    if (!result.replayed) await this.maker.triageNow(articleId);
    const claim = await this.claimView.get(this.database, claimId);
    if (!claim) throw WorkflowError.notFound('claim', claimId);
    return { replayed: result.replayed, claim };
  }

  private async add(tx: Queryable, { actor, articleId, start, end, speaker }: AddClaimCommand): Promise<string> {
    const article = await this.articles.lockForClaims(tx, articleId);
    if (!article) throw WorkflowError.notFound('article', articleId);
    if (article.status === ArticleStatus.Received || article.status === ArticleStatus.Extracting) {
      throw new WorkflowError(
        WorkflowErrorCode.Conflict,
        `article ${articleId} is still being extracted; add claims to it once its quotes are found`,
        { articleStatus: article.status },
      );
    }
    const span = claimSpan(article.body, start, end);
    const existing = await this.claims.findLiveAt(tx, articleId, span);
    if (existing) {
      throw new WorkflowError(WorkflowErrorCode.Conflict, `claim ${existing} already covers this span`, {
        claim: { id: existing },
      });
    }
    // Words a person said are nobody's quote are the article's own: they join no quote nor its ruled-out speaker.
    // The quotes are locked before any speaker row, in the order a correction of a quote takes them.
    const quotes = await this.articles.lockAttributedQuotes(tx, articleId);
    const chosen = speaker ? await this.speaker(tx, articleId, speaker) : null;
    const enclosing = innermostQuote(quotes, span);
    const keepsQuote = enclosing && (!chosen || (chosen.id !== null && chosen.id === enclosing.speakerId));
    const quote = keepsQuote
      ? enclosing
      : await this.articles.insertMadeQuote(tx, {
          articleId,
          text: span.text,
          start: span.start,
          end: span.end,
          kind: enclosing?.kind ?? 'statement',
          ...quoteSpeakerColumns(chosen ?? (await this.articleVoice(tx, article))),
          addedBy: actor.id,
        });
    const [claimId] = await this.maker.store(tx, [
      {
        articleId,
        quoteId: quote.id,
        text: span.text,
        standalone: span.text.replace(/\s+/g, ' '),
        start: span.start,
        end: span.end,
        speakerId: quote.speakerId,
        origin: ClaimOrigin.Hand,
        addedBy: actor.id,
        derivedFrom: [],
      },
    ]);
    const speakerView = quote.speakerName
      ? { id: quote.speakerId, name: quote.speakerName, type: quote.speakerType, title: quote.speakerTitle }
      : null;
    // Where the machine made no claim a person did: the extraction is measured against that too.
    await this.corrections.insert(tx, [
      {
        kind: CorrectionKind.ClaimAdded,
        articleId,
        quoteId: quote.id,
        claimId,
        actorId: actor.id,
        machine: null,
        corrected: { text: span.text, start: span.start, end: span.end, kind: quote.kind, speaker: speakerView },
      },
    ]);
    await this.events.record(tx, [
      {
        type: EventType.ClaimAdded,
        actorId: actor.id,
        articleId,
        claimId,
        data: {
          origin: ClaimOrigin.Hand,
          start: span.start,
          end: span.end,
          quoteId: quote.id,
          quoteKind: quote.kind,
          newQuote: !keepsQuote,
          speaker: speakerView,
        },
      },
    ]);
    return claimId;
  }

  /** The speaker a person chose: one the article quotes, or a name stored once as the extraction stores them. */
  private async speaker(tx: Queryable, articleId: string, choice: SpeakerChoice): Promise<QuoteSpeaker> {
    if ('speakerId' in choice) {
      const found = await this.articles.speakerOfArticle(tx, articleId, choice.speakerId);
      if (!found) {
        throw WorkflowError.invalid('the speaker is not one of the article’s speakers', [
          { field: 'speaker.speakerId', message: 'must be the id of a speaker the article quotes' },
        ]);
      }
      return found;
    }
    // As the extraction does, a speaker of unknown type is no row of its own: the quote names it.
    if (choice.type === 'unknown') return { id: null, name: choice.name, type: choice.type, title: choice.title };
    return this.articles.upsertSpeaker(tx, { ...choice, nameKey: speakerNameKey(choice.name) });
  }

  /** Who speaks in the article's own voice (see articleVoice), stored once as the extraction stores speakers. */
  private async articleVoice(
    tx: Queryable,
    article: { publisher: string | null; authors: string[] },
  ): Promise<QuoteSpeaker | null> {
    const voice = articleVoice(article);
    if (!voice) return null;
    return this.articles.upsertSpeaker(tx, { ...voice, nameKey: speakerNameKey(voice.name), title: null });
  }
}

/** The innermost quote around the span (quotes can nest); none when no quote holds all of it. */
function innermostQuote(quotes: QuoteRow[], span: TextSpan): QuoteRow | null {
  const around = quotes.filter((quote) => quote.start <= span.start && span.end <= quote.end);
  return around.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
}

function quoteSpeakerColumns(
  speaker: QuoteSpeaker | null,
): Pick<QuoteRow, 'speakerId' | 'speakerName' | 'speakerType' | 'speakerTitle'> {
  return {
    speakerId: speaker?.id ?? null,
    speakerName: speaker?.name ?? null,
    speakerType: speaker?.type ?? null,
    speakerTitle: speaker?.title ?? null,
  };
}
