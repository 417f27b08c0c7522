import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SendResult } from '../domain/delivery.ts';
import type { Post } from '../domain/post.ts';
import type { PlatformName, Target } from '../domain/subscription.ts';

/** The port a chat platform implements for the outbox. */
export interface ChatPlatform {
  name: PlatformName;
  /**
   * Sends one post. Never throws for API answers: reports sent, retry (with a delay), gone (kicked,
   * deleted) or moved (migrated chat). `idempotencyKey` is stable across resends of one delivery.
   */
  send(target: Target, post: Post, opts: { idempotencyKey: string }): Promise<SendResult>;
  start?(): Promise<void>;
  /** An HTTP route the ops server mounts (Telegram webhook mode). */
  webhook?: { path: string; handle(req: IncomingMessage, res: ServerResponse): unknown };
  stop?(): Promise<void>;
}
