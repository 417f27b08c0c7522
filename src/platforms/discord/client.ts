import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { OutletConfig } from '../../../config/schema.ts';
import type { ChatPlatform } from '../../delivery/platform.ts';
import type { Logger } from '../../ops/logger.ts';
import type { Repositories } from '../../store/index.ts';
import type { Translator } from '../../translate/translator.ts';
import { createInteractionHandler } from './interactions.ts';
import { createDiscordSender } from './send.ts';

export interface DiscordPlatformOptions {
  token: string;
  applicationId: string;
  /** REST base (DISCORD_API_ROOT), e.g. http://127.0.0.1:PORT/api; the gateway URL comes from GET /gateway/bot. */
  apiRoot?: string;
  repos: Repositories;
  outlets: OutletConfig[];
  /** Translates the quotes /quotes shows beyond a post's own. */
  translator?: Translator;
  logger: Logger;
  /** Shard ids this process runs ('auto' asks Discord); with shardCount, for several instances. */
  shards?: number[] | 'auto';
  shardCount?: number;
  /** How long start() waits for the gateway to be ready. */
  readyTimeoutMs?: number;
  /** How long a command may take before its answer is deferred (default 1.5 s; Discord allows 3 s). */
  deferAfterMs?: number;
}

/**
 * The Discord platform: a discord.js client with the Guilds intent only (no privileged intents),
 * serving slash commands and autocomplete from the shared registry, and the outbox's `send`.
 *
 * Targets: `{ platform: 'discord', chatId }` where chatId is the channel the message goes to. A
 * thread is a channel in Discord, so a subscription made in a thread has the thread's id as chatId
 * (no threadId); a forum channel's id as chatId means one new post per story.
 */
export function createDiscordPlatform(opts: DiscordPlatformOptions): ChatPlatform & { client: Client; start(): Promise<void>; stop(): Promise<void> } {
  const logger = opts.logger;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...(opts.apiRoot ? { api: opts.apiRoot } : {}) },
    // A second guard behind every payload's own allowed_mentions: nothing kabar sends pings anyone.
    allowedMentions: { parse: [] },
    ...(opts.shards !== undefined ? { shards: opts.shards } : {}),
    ...(opts.shardCount !== undefined ? { shardCount: opts.shardCount } : {}),
  });
  // Sends work before (and without) the gateway: the outbox may run in a process that does not log in.
  client.rest.setToken(opts.token);
  const sender = createDiscordSender({
    rest: client.rest,
    logger,
    knownChannel: (id) => {
      const channel = client.channels.cache.get(id);
      return channel ? { type: channel.type, ...('guildId' in channel && channel.guildId ? { guildId: channel.guildId } : {}) } : undefined;
    },
  });
  client.on(Events.InteractionCreate, createInteractionHandler({ repos: opts.repos, outlets: opts.outlets, logger, ...(opts.translator ? { translator: opts.translator } : {}), ...(opts.deferAfterMs !== undefined ? { deferAfterMs: opts.deferAfterMs } : {}) }));
  client.on(Events.ChannelDelete, (channel) => sender.forget(channel.id));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'discord shard disconnected and will not reconnect'));

  let started = false;
  return {
    name: 'discord',
    client,
    send: (target, post, options) => sender.send(target, post, options),
    async start() {
      if (started) return;
      started = true;
      const timeoutMs = opts.readyTimeoutMs ?? 60_000;
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        timer = setTimeout(() => reject(new Error(`discord gateway not ready after ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await client.login(opts.token);
        await ready;
      } finally {
        clearTimeout(timer);
      }
      logger.info({ guilds: client.guilds.cache.size, shards: client.options.shards }, 'discord connected');
    },
    async stop() {
      started = false;
      await client.destroy();
    },
  };
}
