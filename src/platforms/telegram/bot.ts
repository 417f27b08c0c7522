import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { Bot, webhookCallback } from 'grammy';
import type { OutletConfig } from '../../../config/schema.ts';
import type { ChatPlatform } from '../../delivery/platform.ts';
import type { Logger } from '../../ops/logger.ts';
import type { Repositories } from '../../store/index.ts';
import type { Translator } from '../../translate/translator.ts';
import { botCommandList, registerTelegramHandlers } from './handlers.ts';
import { createPostSender } from './send.ts';

/** Methods that put a message in a chat, and so count against Telegram's rate limits. */
const SENDING = new Set(['sendMessage', 'editMessageText', 'sendPhoto', 'sendMediaGroup', 'copyMessage', 'forwardMessage']);

export interface TelegramPlatformOptions {
  token: string;
  /** Bot API base URL without a trailing slash (default the public API); an emulator in tests. */
  apiRoot?: string;
  repos: Repositories;
  outlets: OutletConfig[];
  /** Translates the quotes /quotes shows beyond a post's own. */
  translator?: Translator;
  logger: Logger;
  throttle?: {
    /** Messages per second over all chats; Telegram's documented limit is 30. */
    globalPerSecond?: number;
    /** Messages per minute to one group or channel; Telegram's documented limit is 20. */
    perGroupPerMinute?: number;
  };
  /**
   * 429s with a retry_after up to this many seconds are waited out inside the API call; longer ones
   * go back to the outbox as a retry (so a long ban never holds a delivery lane). Default 5.
   */
  maxInlineRetrySeconds?: number;
  /** Webhook mode instead of long polling: Telegram posts updates to `url`; serve them with `handleWebhook`. */
  webhook?: { url: string; secretToken?: string };
}

/**
 * The Telegram platform: a grammy bot serving the command registry (long polling by default) and
 * the ChatPlatform port the outbox sends posts through.
 *
 * Rate limits: @grammyjs/transformer-throttler keeps sends under the global and per-group limits;
 * @grammyjs/auto-retry, installed outside it, waits out short 429s (each retry goes through the
 * throttler again). It is told to pass on 5xx, network errors and long 429s: the outbox decides
 * those, persisting the delay, instead of a request sleeping for minutes in memory.
 */
export function createTelegramPlatform(opts: TelegramPlatformOptions) {
  const apiRoot = (opts.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const log = opts.logger;
  const bot = new Bot(opts.token, { client: { apiRoot } });
  const perSecond = opts.throttle?.globalPerSecond ?? 30;
  const perMinute = opts.throttle?.perGroupPerMinute ?? 20;
  const throttler = apiThrottler({
    // Evenly spaced, not the default "N per 1 s window": a full window released at once lands on
    // Telegram's edge in a burst and draws 429s; spacing sends 1/N s apart never does.
    global: { minTime: 1000 / perSecond },
    // A 61 s window: the second it takes a burst to arrive keeps the next one out of Telegram's minute.
    // Each group gets its own limiter with a refresh timer; checking it once a second instead of
    // Bottleneck's default 4 times keeps thousands of groups cheap (heartbeatInterval is untyped).
    group: { maxConcurrent: 1, reservoir: perMinute, reservoirRefreshAmount: perMinute, reservoirRefreshInterval: 61_000, ...{ heartbeatInterval: 1000 } },
    // One message at a time per private chat keeps multi-part replies in order; the documented
    // "about one per second" is a long-run average, and spacing a two-part reply by a second reads badly.
    out: { maxConcurrent: 1 },
  });
  // Telegram's limits are on messages: admin checks (getChatMember) must not spend a group's 20 a minute.
  bot.api.config.use((prev, method, payload, signal) => (SENDING.has(method) ? throttler(prev, method, payload, signal) : prev(method, payload, signal)));
  bot.api.config.use(
    autoRetry({ maxDelaySeconds: opts.maxInlineRetrySeconds ?? 5, maxRetryAttempts: 3, rethrowInternalServerErrors: true, rethrowHttpErrors: true }),
  );
  registerTelegramHandlers(bot, { api: bot.api, botId: () => bot.botInfo.id, repos: opts.repos, outlets: opts.outlets, logger: log, ...(opts.translator ? { translator: opts.translator } : {}) });
  bot.catch((err) => log.error({ err: err.error, updateId: err.ctx.update.update_id }, 'telegram update handler failed'));

  const sendPost = createPostSender(bot.api);
  let polling: Promise<void> | undefined;

  const platform = {
    name: 'telegram' as const,
    bot,
    send: sendPost,
    /** Connects (getMe), publishes the command menu, then long-polls (or sets the webhook). Resolves once updates flow. */
    async start(): Promise<void> {
      await bot.init();
      await bot.api.setMyCommands(botCommandList());
      if (opts.webhook) {
        await bot.api.setWebhook(opts.webhook.url, { ...(opts.webhook.secretToken ? { secret_token: opts.webhook.secretToken } : {}), allowed_updates: ['message', 'channel_post', 'my_chat_member'] });
        log.info({ bot: bot.botInfo.username }, 'telegram bot started (webhook)');
        return;
      }
      await new Promise<void>((resolve, reject) => {
        polling = bot
          .start({ allowed_updates: ['message', 'channel_post', 'my_chat_member'], onStart: () => resolve() })
          .catch((err) => {
            log.error({ err }, 'telegram polling stopped with an error');
            reject(err);
          });
      });
      log.info({ bot: bot.botInfo.username }, 'telegram bot started (long polling)');
    },
    async stop(): Promise<void> {
      if (bot.isRunning()) await bot.stop();
      await polling?.catch(() => undefined);
    },
    /** Node http handler for webhook mode (mount it on the ops server). */
    handleWebhook: opts.webhook ? webhookCallback(bot, 'http', { ...(opts.webhook.secretToken ? { secretToken: opts.webhook.secretToken } : {}) }) : undefined,
  } satisfies ChatPlatform & Record<string, unknown>;
  return platform;
}
export type TelegramPlatform = ReturnType<typeof createTelegramPlatform>;
