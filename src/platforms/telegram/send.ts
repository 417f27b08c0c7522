import { GrammyError, HttpError, type Api } from 'grammy';
import type { SendResult } from '../../domain/delivery.ts';
import type { Post } from '../../domain/post.ts';
import type { Target } from '../../domain/subscription.ts';
import { renderPostHtml } from './render.ts';

/** Backoff for failures Telegram gives no delay for (5xx, network): 2 s, 4 s, … capped at 10 minutes. */
function backoffMs(failures: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, failures - 1), 600_000);
}

/** 400 answers that mean the target can no longer receive posts (not a bug of ours, not temporary). */
const GONE_400 = [/chat not found/i, /message thread not found/i, /topic_deleted|topic was deleted/i, /need administrator rights/i, /not enough rights/i, /CHAT_WRITE_FORBIDDEN/i, /have no rights to send/i];

/**
 * Turns one Bot API failure into the outbox's vocabulary: 429 → retry after `retry_after`; 403
 * (kicked, blocked, removed from channel) and "chat not found" → gone; `migrate_to_chat_id` →
 * moved; 5xx and network → retry with backoff. `failures` counts this delivery's earlier failures.
 */
export function classifySendError(err: unknown, target: Target, failures: number): SendResult {
  if (err instanceof GrammyError) {
    const reason = `${err.error_code}: ${err.description}`;
    if (err.error_code === 429) return { kind: 'retry', afterMs: (err.parameters.retry_after ?? 1) * 1000, reason };
    if (err.parameters.migrate_to_chat_id !== undefined) {
      return { kind: 'moved', target: { platform: 'telegram', chatId: String(err.parameters.migrate_to_chat_id) }, reason };
    }
    if (err.error_code === 403) return { kind: 'gone', reason };
    if (err.error_code === 400 && GONE_400.some((re) => re.test(err.description))) return { kind: 'gone', reason };
    if (err.error_code >= 500) return { kind: 'retry', afterMs: backoffMs(failures), reason };
    // Any other 400 is most likely our own bug (bad HTML): retry slowly so the outbox gives up in time.
    return { kind: 'retry', afterMs: Math.max(backoffMs(failures), 60_000), reason };
  }
  if (err instanceof HttpError) return { kind: 'retry', afterMs: backoffMs(failures), reason: err.message };
  return { kind: 'retry', afterMs: backoffMs(failures), reason: err instanceof Error ? err.message : String(err) };
}

/** The sendMessage options for a post to a target: HTML, forum topic, preview of the original article. */
export function postOptions(target: Target, post: Post) {
  return {
    parse_mode: 'HTML' as const,
    ...(target.threadId ? { message_thread_id: Number(target.threadId) } : {}),
    link_preview_options: /^https?:\/\//i.test(post.url) ? { url: post.url, prefer_small_media: true } : { is_disabled: true },
  };
}

/**
 * Sends posts through a grammy Api and reports the outcome without throwing. Resends of a delivery
 * already sent by this process (same idempotency key) are answered from memory, not sent twice.
 */
export function createPostSender(api: Api, options: { rememberKeys?: number } = {}) {
  const remember = options.rememberKeys ?? 20_000;
  const sentKeys = new Map<string, string>();
  const failures = new Map<string, number>();
  return async function sendPost(target: Target, post: Post, opts: { idempotencyKey: string }): Promise<SendResult> {
    const known = sentKeys.get(opts.idempotencyKey);
    if (known) return { kind: 'sent', messageId: known };
    try {
      const message = await api.sendMessage(target.chatId, renderPostHtml(post), postOptions(target, post));
      const messageId = String(message.message_id);
      failures.delete(opts.idempotencyKey);
      sentKeys.set(opts.idempotencyKey, messageId);
      if (sentKeys.size > remember) sentKeys.delete(sentKeys.keys().next().value!);
      return { kind: 'sent', messageId };
    } catch (err) {
      const n = (failures.get(opts.idempotencyKey) ?? 0) + 1;
      const result = classifySendError(err, target, n);
      if (result.kind === 'retry') failures.set(opts.idempotencyKey, n);
      else failures.delete(opts.idempotencyKey);
      if (failures.size > remember) failures.delete(failures.keys().next().value!);
      return result;
    }
  };
}
