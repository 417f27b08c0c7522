import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback Telegram Bot API for tests and benchmarks: `POST /bot{token}/{method}` with JSON, the
 * real answer shapes (`{ok, result}` / `{ok:false, error_code, description, parameters}`), long
 * polling, rate limits answered with 429 + retry_after, kicked bots, migrated groups, and a record
 * of every message.
 */

export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';

export interface EmulatedChat {
  id: number;
  type: ChatType;
  title?: string;
  username?: string;
  first_name?: string;
  is_forum?: boolean;
  /** User ids of the chat's admins (the first one is the creator). */
  admins: number[];
  /** Whether the bot is an admin there (and so may post in a channel). */
  botIsAdmin: boolean;
  kicked?: boolean;
  migratedTo?: number;
}

export interface RecordedMessage {
  message_id: number;
  chat_id: number;
  message_thread_id?: number;
  /** The text as sent (HTML when parse_mode is HTML). */
  text: string;
  /** The text a reader sees: tags removed, entities decoded. */
  plain: string;
  parse_mode?: string;
  link_preview_options?: { url?: string; is_disabled?: boolean };
  at: number;
}

export interface TelegramEmulatorOptions {
  token?: string;
  /** Messages per second accepted over all chats; default 30. */
  globalPerSecond?: number;
  /**
   * How many messages may arrive at once over the global rate (the token bucket's size). Telegram
   * does not publish it; the default, a tenth of a second's worth, keeps "N / rate" an honest minimum.
   */
  globalBurst?: number;
  /** Messages per minute accepted per group, supergroup or channel; default 20. */
  perChatPerMinute?: number;
  bot?: { id: number; username: string };
}

type Json = Record<string, any>;
type ApiAnswer = { status: number; body: Json };

const ok = (result: unknown): ApiAnswer => ({ status: 200, body: { ok: true, result } });
const fail = (status: number, description: string, parameters?: Json): ApiAnswer => ({
  status,
  body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) },
});

export async function startTelegramEmulator(opts: TelegramEmulatorOptions = {}) {
  const token = opts.token ?? '123456:TEST-token';
  const bot = opts.bot ?? { id: 999, username: 'kabar_test_bot' };
  const globalPerSecond = opts.globalPerSecond ?? 30;
  const globalBurst = opts.globalBurst ?? Math.max(1, Math.ceil(globalPerSecond / 10));
  const perChatPerMinute = opts.perChatPerMinute ?? 20;
  const chats = new Map<number, EmulatedChat>();
  const sent: RecordedMessage[] = [];
  const calls: { method: string; body: Json }[] = [];
  const updates: Json[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let pollers: (() => void)[] = [];
  let forced429: { remaining: number; retryAfter: number } | undefined;
  const stats = { rejected429: 0, requests: 0 };

  // Global limit: a token bucket of `globalBurst`, refilled continuously at the rate.
  let tokens = globalBurst;
  let refilledAt = performance.now();
  const perChat = new Map<number, number[]>();

  function takeGlobal(): number {
    const now = performance.now();
    tokens = Math.min(globalBurst, tokens + ((now - refilledAt) / 1000) * globalPerSecond);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - tokens) / globalPerSecond));
  }

  /** Seconds until the chat may receive another message (private chats are not limited here). */
  function chatWait(chatId: number): number {
    if (chatId > 0) return 0;
    const now = performance.now();
    const window = (perChat.get(chatId) ?? []).filter((t) => now - t < 60_000);
    perChat.set(chatId, window);
    return window.length >= perChatPerMinute ? Math.max(1, Math.ceil((60_000 - (now - window[0])) / 1000)) : 0;
  }

  function chatRef(ref: unknown): EmulatedChat | undefined {
    if (typeof ref === 'string' && ref.startsWith('@')) return [...chats.values()].find((c) => c.username?.toLowerCase() === ref.slice(1).toLowerCase());
    return chats.get(Number(ref));
  }

  function publicChat(c: EmulatedChat): Json {
    const { admins: _a, botIsAdmin: _b, kicked: _k, migratedTo: _m, ...rest } = c;
    return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  }

  function member(c: EmulatedChat, userId: number): Json {
    const user = userId === bot.id ? { id: bot.id, is_bot: true, first_name: 'kabar', username: bot.username } : { id: userId, is_bot: false, first_name: `user${userId}` };
    if (userId === bot.id) {
      if (c.kicked) return { status: 'kicked', user, until_date: 0 };
      return c.botIsAdmin
        ? { status: 'administrator', user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_post_messages: true, can_edit_messages: true, can_delete_messages: true }
        : { status: 'member', user };
    }
    if (c.type === 'private') return { status: c.id === userId ? 'member' : 'left', user };
    if (c.admins[0] === userId) return { status: 'creator', user, is_anonymous: false };
    if (c.admins.includes(userId)) return { status: 'administrator', user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_post_messages: true };
    return { status: 'member', user };
  }

  /** Checks a message can go to a chat: exists, not kicked, not migrated, within rate limits. */
  function checkSend(chatId: unknown): ApiAnswer | EmulatedChat {
    const c = chatRef(chatId);
    if (!c) return fail(400, 'Bad Request: chat not found');
    if (c.kicked) return fail(403, c.type === 'private' ? 'Forbidden: bot was blocked by the user' : c.type === 'channel' ? 'Forbidden: bot is not a member of the channel chat' : 'Forbidden: bot was kicked from the group chat');
    if (c.migratedTo !== undefined) return fail(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: c.migratedTo });
    if (c.type === 'channel' && !c.botIsAdmin) return fail(400, 'Bad Request: need administrator rights in the channel chat');
    if (forced429 && forced429.remaining > 0) {
      forced429.remaining--;
      stats.rejected429++;
      return fail(429, `Too Many Requests: retry after ${forced429.retryAfter}`, { retry_after: forced429.retryAfter });
    }
    const wait = chatWait(c.id) || takeGlobal();
    if (wait === 0 && c.id < 0) perChat.get(c.id)!.push(performance.now());
    if (wait > 0) {
      stats.rejected429++;
      return fail(429, `Too Many Requests: retry after ${wait}`, { retry_after: wait });
    }
    return c;
  }

  function sendMessage(body: Json): ApiAnswer {
    const text = String(body.text ?? '');
    let plain = text;
    if (body.parse_mode === 'HTML') {
      const parsed = parseTelegramHtml(text);
      if ('error' in parsed) return fail(400, parsed.error);
      plain = parsed.text;
    }
    if (!plain.trim()) return fail(400, 'Bad Request: message text is empty');
    if (plain.length > 4096) return fail(400, 'Bad Request: message is too long');
    const target = checkSend(body.chat_id);
    if ('status' in target && 'body' in target) return target;
    const c = target as EmulatedChat;
    if (body.message_thread_id !== undefined && !c.is_forum) return fail(400, 'Bad Request: message thread not found');
    const record: RecordedMessage = {
      message_id: nextMessageId++,
      chat_id: c.id,
      ...(body.message_thread_id !== undefined ? { message_thread_id: Number(body.message_thread_id) } : {}),
      text,
      plain,
      ...(body.parse_mode ? { parse_mode: body.parse_mode } : {}),
      ...(body.link_preview_options ? { link_preview_options: body.link_preview_options } : {}),
      at: Date.now(),
    };
    sent.push(record);
    return ok({
      message_id: record.message_id,
      date: Math.floor(record.at / 1000),
      chat: publicChat(c),
      ...(record.message_thread_id !== undefined ? { message_thread_id: record.message_thread_id, is_topic_message: true } : {}),
      text: plain,
    });
  }

  function handle(method: string, body: Json): ApiAnswer | 'poll' {
    switch (method) {
      case 'getMe':
        return ok({ id: bot.id, is_bot: true, first_name: 'kabar', username: bot.username, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case 'deleteWebhook':
      case 'setWebhook':
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'answerCallbackQuery':
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: '', has_custom_certificate: false, pending_update_count: updates.length });
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        if (offset) updates.splice(0, updates.length, ...updates.filter((u) => u.update_id >= offset));
        if (updates.length) return ok(updates.slice(0, Number(body.limit ?? 100)));
        return Number(body.timeout ?? 0) > 0 ? 'poll' : ok([]);
      }
      case 'sendMessage':
        return sendMessage(body);
      case 'editMessageText': {
        const msg = sent.find((m) => m.message_id === Number(body.message_id) && m.chat_id === chatRef(body.chat_id)?.id);
        if (!msg) return fail(400, 'Bad Request: message to edit not found');
        const target = checkSend(body.chat_id);
        if ('body' in target) return target as ApiAnswer;
        msg.text = String(body.text);
        return ok({ message_id: msg.message_id, chat: publicChat(target as EmulatedChat), text: msg.text });
      }
      case 'getChat': {
        const c = chatRef(body.chat_id);
        if (!c || (c.kicked && c.type !== 'private')) return fail(400, 'Bad Request: chat not found');
        return ok(publicChat(c));
      }
      case 'getChatMember': {
        const c = chatRef(body.chat_id);
        if (!c) return fail(400, 'Bad Request: chat not found');
        if (c.type === 'channel' && !c.botIsAdmin && Number(body.user_id) !== bot.id) return fail(400, 'Bad Request: member list is inaccessible');
        return ok(member(c, Number(body.user_id)));
      }
      case 'getChatAdministrators': {
        const c = chatRef(body.chat_id);
        if (!c) return fail(400, 'Bad Request: chat not found');
        const ids = [...c.admins, ...(c.botIsAdmin ? [bot.id] : [])];
        return ok(ids.map((id) => member(c, id)));
      }
      default:
        return fail(404, 'Not Found: method not found');
    }
  }

  function readBody(req: IncomingMessage): Promise<Json> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve(text ? JSON.parse(text) : {});
        } catch {
          resolve({});
        }
      });
    });
  }

  function answer(res: ServerResponse, a: ApiAnswer): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(a.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(a.body));
  }

  const server = createServer(async (req, res) => {
    const m = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
    const body = await readBody(req);
    stats.requests++;
    if (!m || m[1] !== token) return answer(res, fail(401, 'Unauthorized'));
    const method = m[2];
    calls.push({ method, body });
    const a = handle(method, body);
    if (a !== 'poll') return answer(res, a);
    const timer = setTimeout(() => finish(), Math.min(Number(body.timeout), 50) * 1000);
    const finish = () => {
      clearTimeout(timer);
      pollers = pollers.filter((p) => p !== finish);
      answer(res, ok(updates.slice(0, Number(body.limit ?? 100))));
    };
    pollers.push(finish);
    res.on('close', () => {
      clearTimeout(timer);
      pollers = pollers.filter((p) => p !== finish);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  function addChat(chat: Partial<EmulatedChat> & { id: number; type: ChatType }): EmulatedChat {
    const c: EmulatedChat = { admins: [], botIsAdmin: chat.type !== 'private', ...chat };
    chats.set(c.id, c);
    return c;
  }

  function pushUpdate(update: Json): Json {
    const u = { update_id: nextUpdateId++, ...update };
    updates.push(u);
    for (const p of [...pollers]) p();
    return u;
  }

  const now = () => Math.floor(Date.now() / 1000);

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    bot,
    sent,
    calls,
    stats,
    chats,
    addChat,
    pushUpdate,
    /** Sends a command as a user in a chat (a forum topic when `threadId` is given); returns the update. */
    sendCommand(chatId: number, fromId: number, text: string, extra: { threadId?: number; senderChatId?: number } = {}): Json {
      const c = chats.get(chatId) ?? addChat({ id: chatId, type: chatId > 0 ? 'private' : 'group', ...(chatId > 0 ? { first_name: `user${chatId}` } : { title: `Group ${chatId}` }) });
      const command = text.split(/\s/)[0];
      const message: Json = {
        message_id: nextMessageId++,
        date: now(),
        chat: publicChat(c),
        text,
        entities: command.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: command.length }] : [],
      };
      if (c.type === 'channel') return pushUpdate({ channel_post: { ...message, sender_chat: publicChat(c) } });
      message.from = { id: fromId, is_bot: fromId === 1087968824, first_name: `user${fromId}` };
      if (extra.senderChatId !== undefined) message.sender_chat = publicChat(chats.get(extra.senderChatId) ?? c);
      if (extra.threadId !== undefined) Object.assign(message, { message_thread_id: extra.threadId, is_topic_message: true });
      return pushUpdate({ message });
    },
    /** The bot is removed from the chat (or blocked by the user): sends answer 403. */
    kick(chatId: number): void {
      const c = chats.get(chatId);
      if (c) c.kicked = true;
    },
    /** The group becomes a supergroup with a new id; sends to the old id answer migrate_to_chat_id. */
    migrate(chatId: number, newId: number): EmulatedChat {
      const old = chats.get(chatId);
      if (!old) throw new Error(`no chat ${chatId}`);
      old.migratedTo = newId;
      return addChat({ ...old, id: newId, type: 'supergroup', migratedTo: undefined });
    },
    setAdmins(chatId: number, userIds: number[]): void {
      const c = chats.get(chatId);
      if (c) c.admins = userIds;
    },
    /** The next `count` sends answer 429 with this retry_after, whatever the rate. */
    storm(count: number, retryAfter: number): void {
      forced429 = { remaining: count, retryAfter };
    },
    /** Messages sent to one chat (and forum topic). */
    messagesTo(chatId: number, threadId?: number): RecordedMessage[] {
      return sent.filter((m) => m.chat_id === chatId && (threadId === undefined || m.message_thread_id === threadId));
    },
    async close(): Promise<void> {
      for (const p of [...pollers]) p();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type TelegramEmulator = Awaited<ReturnType<typeof startTelegramEmulator>>;

/** Tags the Bot API accepts in parse_mode HTML. */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji']);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Parses Telegram-style HTML the way the Bot API does: only the known tags, balanced, and only the
 * four named entities (plus numeric ones). Returns the visible text, or the API's error message.
 */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  let text = '';
  const stack: string[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i];
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { error: `Bad Request: can't parse entities: unclosed start tag at byte offset ${i}` };
      const raw = html.slice(i + 1, end);
      const closing = raw.startsWith('/');
      const name = (closing ? raw.slice(1) : raw).trim().split(/\s+/)[0].toLowerCase();
      if (!ALLOWED.has(name)) return { error: `Bad Request: can't parse entities: unsupported start tag "${name}" at byte offset ${i}` };
      if (closing) {
        if (stack.pop() !== name) return { error: `Bad Request: can't parse entities: unmatched end tag at byte offset ${i}, expected "</${stack.at(-1) ?? ''}>"` };
      } else {
        if ((raw.match(/"/g) ?? []).length % 2 === 1 || raw.includes('<')) return { error: `Bad Request: can't parse entities: bad attribute at byte offset ${i}` };
        const attrs = raw.slice(name.length);
        for (const m of attrs.matchAll(/"([^"]*)"/g)) {
          const bad = checkEntities(m[1]);
          if (bad !== undefined) return { error: `Bad Request: can't parse entities: unsupported entity in attribute at byte offset ${i + bad}` };
        }
        stack.push(name);
      }
      i = end + 1;
    } else if (ch === '&') {
      const m = /^&(#\d+|#x[0-9a-f]+|[a-z]+);/i.exec(html.slice(i, i + 12));
      if (!m) return { error: `Bad Request: can't parse entities: unsupported entity at byte offset ${i}` };
      const body = m[1];
      if (body.startsWith('#')) {
        text += String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
      } else if (NAMED[body]) {
        text += NAMED[body];
      } else {
        return { error: `Bad Request: can't parse entities: unsupported entity "&${body};" at byte offset ${i}` };
      }
      i += m[0].length;
    } else if (ch === '>') {
      // Telegram tolerates a bare ">" but kabar's renderer must escape it; treat it as an error to catch bugs.
      return { error: `Bad Request: can't parse entities: unexpected ">" at byte offset ${i}` };
    } else {
      text += ch;
      i++;
    }
  }
  if (stack.length) return { error: `Bad Request: can't parse entities: can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { text };
}

function checkEntities(value: string): number | undefined {
  for (const m of value.matchAll(/&([^;\s]*);?/g)) {
    if (!/^(#\d+|#x[0-9a-f]+|lt|gt|amp|quot)$/i.test(m[1]) || !m[0].endsWith(';')) return m.index;
  }
  return undefined;
}
