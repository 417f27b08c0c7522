import { createHash } from 'node:crypto';
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { SendResult } from '../../domain/delivery.ts';
import type { Post } from '../../domain/post.ts';
import type { Target } from '../../domain/subscription.ts';
import type { Logger } from '../../ops/logger.ts';
import { forumThreadName, renderPost } from './render.ts';

/** Channel types that take a thread (post) per message instead of messages: forum and media. */
const THREAD_ONLY = new Set([15, 16]);

/** Discord error codes that mean "this target is no longer ours to post to". */
const GONE_CODES: Record<number, string> = {
  10003: 'unknown channel (deleted)',
  10004: 'unknown guild (bot removed)',
  50001: 'missing access to the channel',
  50013: 'missing permissions in the channel',
  50008: 'the channel cannot take messages',
  50083: 'the thread is archived and locked',
};

/** A nonce of ≤25 characters that is the same for every resend of one delivery. */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 25);
}

export interface ChannelInfo {
  type: number;
  guildId?: string;
}

export interface DiscordSenderOptions {
  rest: REST;
  logger: Logger;
  /** What the gateway cache already knows about a channel; saves a GET per target. */
  knownChannel?: (id: string) => ChannelInfo | undefined;
}

/**
 * Posts story embeds over @discordjs/rest (which waits out 429s itself). Each send carries a nonce
 * with `enforce_nonce`, so a resend after a crash returns the first message instead of a second one.
 * Forum channels get one post (thread) per story; before creating one, an existing post of the same
 * story is looked for, since thread creation takes no nonce.
 */
export function createDiscordSender(opts: DiscordSenderOptions) {
  const { rest, logger } = opts;
  const channels = new Map<string, ChannelInfo>();

  async function channelInfo(id: string): Promise<ChannelInfo> {
    const cached = channels.get(id) ?? opts.knownChannel?.(id);
    if (cached) return cached;
    const raw = (await rest.get(Routes.channel(id))) as { type: number; guild_id?: string };
    const info = { type: raw.type, ...(raw.guild_id ? { guildId: raw.guild_id } : {}) };
    channels.set(id, info);
    return info;
  }

  async function findForumPost(forumId: string, guildId: string | undefined, name: string, storyId: string): Promise<string | undefined> {
    if (!guildId) return undefined;
    const { threads } = (await rest.get(Routes.guildActiveThreads(guildId))) as { threads: { id: string; parent_id?: string; name: string }[] };
    for (const thread of threads.filter((t) => t.parent_id === forumId && t.name === name)) {
      // A forum post's first message has the thread's id; its footer names the story.
      const starter = (await rest.get(Routes.channelMessage(thread.id, thread.id)).catch(() => undefined)) as { embeds?: { footer?: { text?: string } }[] } | undefined;
      const footer = starter?.embeds?.[0]?.footer?.text ?? '';
      if (footer === `story ${storyId}` || footer.startsWith(`story ${storyId} `)) return thread.id;
    }
    return undefined;
  }

  async function postToForum(forumId: string, info: ChannelInfo, post: Post): Promise<string> {
    const name = forumThreadName(post);
    const existing = await findForumPost(forumId, info.guildId, name, post.storyId);
    if (existing) return existing;
    const thread = (await rest.post(Routes.threads(forumId), { body: { name, auto_archive_duration: 10080, message: renderPost(post) } })) as { id: string };
    return thread.id;
  }

  function classify(err: unknown, channelId: string): SendResult {
    if (err instanceof DiscordAPIError) {
      const known = typeof err.code === 'number' ? GONE_CODES[err.code] : undefined;
      if (err.status === 403 || err.status === 404 || known) return { kind: 'gone', reason: `discord ${err.status} ${known ?? err.message}` };
      if (err.status >= 500) return { kind: 'retry', afterMs: 10_000, reason: `discord ${err.status}` };
      // Any other 4xx is our payload's fault: keep it queued for a while and say so loudly.
      logger.error({ status: err.status, code: err.code, channelId, err: err.message }, 'discord refused a post; it stays queued');
      return { kind: 'retry', afterMs: 60_000, reason: `discord ${err.status} ${err.code}: ${err.message}` };
    }
    const status = (err as { status?: number }).status;
    return { kind: 'retry', afterMs: status && status >= 500 ? 10_000 : 5_000, reason: `network: ${(err as Error).message}` };
  }

  return {
    /** Sends one post to a channel, thread or forum; never throws for an API answer. */
    async send(target: Target, post: Post, options: { idempotencyKey: string }): Promise<SendResult> {
      // A thread is a channel of its own: the target's chatId is the thread's id (threadId wins if set).
      const channelId = target.threadId ?? target.chatId;
      try {
        const info = await channelInfo(channelId);
        if (THREAD_ONLY.has(info.type)) return { kind: 'sent', messageId: await postToForum(channelId, info, post) };
        const body = { ...renderPost(post), nonce: nonceFor(options.idempotencyKey), enforce_nonce: true };
        const message = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
        return { kind: 'sent', messageId: message.id };
      } catch (err) {
        const result = classify(err, channelId);
        if (result.kind === 'gone') channels.delete(channelId);
        return result;
      }
    },
    /** Forgets cached channel kinds (a channel was converted). */
    forget(channelId: string) {
      channels.delete(channelId);
    },
  };
}
export type DiscordSender = ReturnType<typeof createDiscordSender>;
