import type { SendResult } from '../domain/delivery.ts';
import type { Post } from '../domain/post.ts';
import { targetKey, type PlatformName, type Target } from '../domain/subscription.ts';
import type { ChatPlatform } from './platform.ts';

export interface RecordedSend {
  target: string;
  storyId: string;
  idempotencyKey: string;
  post: Post;
}

/**
 * A working fake platform that records every post. `script` can answer a send differently
 * (retry, gone, moved, or a promise that never settles to stand for a crash mid-send).
 */
export function createRecordingPlatform(
  name: PlatformName = 'console',
  script?: (target: Target, post: Post, n: number) => SendResult | Promise<SendResult> | undefined,
): ChatPlatform & { sent: RecordedSend[]; attempts: number } {
  const platform = {
    name,
    sent: [] as RecordedSend[],
    attempts: 0,
    async send(target: Target, post: Post, opts: { idempotencyKey: string }): Promise<SendResult> {
      const n = ++platform.attempts;
      const scripted = await script?.(target, post, n);
      if (scripted && scripted.kind !== 'sent') return scripted;
      platform.sent.push({ target: targetKey(target), storyId: post.storyId, idempotencyKey: opts.idempotencyKey, post });
      return { kind: 'sent', messageId: String(platform.sent.length) };
    },
  };
  return platform;
}
