import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Actor, hashApiKey, ResumeSessionCommand, ResumeSessionUseCase } from '@app/workflow';
import { ServiceQueues } from '@app/queue';

/** A dashboard session ends after this long without a request. */
const SESSION_IDLE_SECONDS = 15 * 60;

interface StoredSession {
  actorId: string;
  /** The SHA-256 of the key the session was opened with: rotating or revoking that key ends the session. */
  keyHash: string;
}

/**
 * Sign-in sessions for the queue dashboard, whose pages a browser opens without an Authorization header. The
 * cookie carries a random token, never the API key; Redis keeps only the token's SHA-256 with the holder and the
 * hash of their key, for SESSION_IDLE_SECONDS after the last request. Kept in Redis, so every API process behind a
 * load balancer knows every session and a restart ends none.
 */
@Injectable()
export class BoardSessions {
  constructor(
    private readonly queues: ServiceQueues,
    private readonly config: AppConfig,
    private readonly resumeSession: ResumeSessionUseCase,
  ) {}

  async open(actor: Actor, apiKey: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const session: StoredSession = { actorId: actor.id, keyHash: hashApiKey(apiKey) };
    await this.queues.redis.set(this.keyOf(token), JSON.stringify(session), 'EX', SESSION_IDLE_SECONDS);
    return token;
  }

  /** The session's holder as they are now: null when the session expired or their key changed since. */
  async resolve(token: string): Promise<Actor | null> {
    const key = this.keyOf(token);
    const stored = await this.queues.redis.get(key);
    if (!stored) return null;
    const session = JSON.parse(stored) as StoredSession;
    const actor = await this.resumeSession.execute(new ResumeSessionCommand(session.actorId, session.keyHash));
    if (!actor) {
      await this.queues.redis.del(key);
      return null;
    }
    await this.queues.redis.expire(key, SESSION_IDLE_SECONDS);
    return actor;
  }

  async close(token: string): Promise<void> {
    await this.queues.redis.del(this.keyOf(token));
  }

  private keyOf(token: string): string {
    return `${this.config.QUEUE_PREFIX}:queue-board:session:${createHash('sha256').update(token).digest('hex')}`;
  }
}
