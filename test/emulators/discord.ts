// A loopback Discord: REST (v10) and gateway, speaking the real wire shapes so the real discord.js
// client and @discordjs/rest run against it unchanged. It records every request, message, interaction
// answer and command registration so tests assert on what Discord would have seen.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const ChannelKind = { text: 0, announcement: 5, publicThread: 11, forum: 15 } as const;

/** Permission bits the emulator understands (as Discord numbers them). */
export const Perm = {
  ManageChannels: 1n << 4n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  SendMessagesInThreads: 1n << 38n,
  UseApplicationCommands: 1n << 31n,
} as const;
const MEMBER_PERMS = Perm.ViewChannel | Perm.SendMessages | Perm.EmbedLinks | Perm.ReadMessageHistory | Perm.UseApplicationCommands;
/** The bot may mention everyone, so a missing allowed_mentions really would ping. */
const BOT_PERMS = MEMBER_PERMS | Perm.MentionEveryone | Perm.SendMessagesInThreads;

export interface EmuChannel {
  id: string;
  type: number;
  name: string;
  /** For threads: the text or forum channel they live in. */
  parentId?: string;
  /** An overwrite denies the Moderator role Manage Channels here. */
  lockedForModerators?: boolean;
}
export interface EmuGuild {
  id: string;
  name: string;
  channels: EmuChannel[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: any;
  status: number;
  at: number;
}
export interface Recorded {
  id: string;
  channelId: string;
  /** The body the client sent (content, embeds, allowed_mentions, nonce, ...). */
  body: any;
  /** Whether Discord would have pinged @everyone/@here for this message. */
  pingsEveryone: boolean;
  /** Set for the first message of a forum post (the thread created for it). */
  threadName?: string;
  at: number;
}
export interface InteractionAnswer {
  interactionId: string;
  kind: 'callback' | 'edit-original' | 'followup' | 'delete-original';
  type?: number;
  data: any;
  at: number;
}
export interface InteractionInput {
  kind: 'command' | 'autocomplete';
  name: string;
  /** Option values by name; for autocomplete, `focused` names the option being typed. */
  options?: Record<string, string | number>;
  focused?: string;
  guildId: string;
  channelId: string;
  user?: { id: string; username: string };
  /** Extra permission bits of the member (e.g. Perm.ManageChannels). */
  permissions?: bigint;
}
export interface InteractionResult {
  /** The first callback (type 4, 5 or 8). */
  callback: { type: number; data?: any };
  /** What the user finally sees: the type 4 data, or the edit after a deferral (type 5). */
  message?: any;
  /** Autocomplete choices (type 8). */
  choices?: { name: string; value: string | number }[];
  ephemeral: boolean;
  /** From dispatch to the answer the user sees. */
  ms: number;
}

export interface DiscordEmulatorOptions {
  token?: string;
  applicationId?: string;
  heartbeatIntervalMs?: number;
  /** Per-bucket request allowance a window (the X-RateLimit-* headers). */
  bucketLimit?: number;
  /** retry_after of an injected 429, seconds. */
  retryAfterSec?: number;
  /** session_start_limit.max_concurrency: how many shards may identify at once. */
  maxConcurrency?: number;
  /** The shard count GET /gateway/bot recommends. */
  recommendedShards?: number;
}

/** Every emulated guild has a Moderator role with Manage Channels; members with that bit carry it. */
const moderatorRole = (guildId: string) => String(BigInt(guildId) + 7n);

const EPOCH = 1420070400000n;
let counter = 0n;
/** A time-ordered snowflake, as Discord makes them. */
export function snowflake(): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - EPOCH) << 22n) | (1n << 17n) | counter).toString();
}

const LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, total: 6000, content: 2000, embeds: 10 };

/** Real Discord's checks on message bodies, so an over-long embed fails here as it would there. */
function validateMessage(body: any): string | undefined {
  if (typeof body?.content === 'string' && body.content.length > LIMITS.content) return 'content: Must be 2000 or fewer in length.';
  if (body?.nonce !== undefined && String(body.nonce).length > 25) return 'nonce: Must be 25 or fewer in length.';
  const embeds: any[] = body?.embeds ?? [];
  if (embeds.length > LIMITS.embeds) return 'embeds: Must be 10 or fewer in length.';
  let total = 0;
  for (const e of embeds) {
    const len = (s: unknown) => (typeof s === 'string' ? [...s].length : 0);
    if (len(e.title) > LIMITS.title) return 'embeds.title: Must be 256 or fewer in length.';
    if (len(e.description) > LIMITS.description) return 'embeds.description: Must be 4096 or fewer in length.';
    if ((e.fields ?? []).length > LIMITS.fields) return 'embeds.fields: Must be 25 or fewer in length.';
    for (const f of e.fields ?? []) {
      if (!f.name || len(f.name) > LIMITS.fieldName) return 'embeds.fields.name: Must be between 1 and 256 in length.';
      if (!f.value || len(f.value) > LIMITS.fieldValue) return 'embeds.fields.value: Must be between 1 and 1024 in length.';
      total += len(f.name) + len(f.value);
    }
    if (len(e.footer?.text) > LIMITS.footer) return 'embeds.footer.text: Must be 2048 or fewer in length.';
    if (len(e.author?.name) > LIMITS.author) return 'embeds.author.name: Must be 256 or fewer in length.';
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  }
  if (total > LIMITS.total) return 'embeds: Embed size exceeds maximum size of 6000';
  return undefined;
}

/** Would Discord ping @everyone/@here? Only from content, and only when allowed_mentions lets it. */
function pingsEveryone(body: any): boolean {
  const content: string = body?.content ?? '';
  if (!/@(everyone|here)/.test(content)) return false;
  const allowed = body?.allowed_mentions;
  if (!allowed) return true;
  return (allowed.parse ?? []).includes('everyone');
}

/** Starts the emulator on 127.0.0.1 and an ephemeral port. */
export async function startDiscordEmulator(options: DiscordEmulatorOptions = {}) {
  const token = options.token ?? 'emulated-discord-token';
  const applicationId = options.applicationId ?? '900000000000000001';
  const botUser = { id: applicationId, username: 'kabar', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 };
  const heartbeatInterval = options.heartbeatIntervalMs ?? 41_250;
  const bucketLimit = options.bucketLimit ?? 50;
  const retryAfterSec = options.retryAfterSec ?? 0.2;

  const guilds = new Map<string, EmuGuild>();
  const channels = new Map<string, EmuChannel & { guildId: string }>();
  const deleted = new Set<string>();
  const revoked = new Set<string>();
  const requests: RecordedRequest[] = [];
  const messages: Recorded[] = [];
  const byId = new Map<string, any>();
  const nonces = new Map<string, { message: any; at: number }>();
  const interactionResponses: InteractionAnswer[] = [];
  const commands = { global: [] as any[], guild: new Map<string, any[]>() };
  const gatewayLog: { direction: 'in' | 'out'; op: number; t?: string; d?: any; at: number }[] = [];
  const injected429 = new Map<string, number>();
  const buckets = new Map<string, { used: number; resetAt: number }>();
  const pending = new Map<string, { token: string; input: InteractionInput; /** performance.now() at dispatch. */ sentAt: number; answered: boolean; resolve(r: InteractionResult): void; result?: Partial<InteractionResult> }>();
  const sessions = new Set<{ ws: WebSocket; seq: number; shard: [number, number]; ready: boolean }>();

  const channelJson = (c: EmuChannel & { guildId: string }) => ({
    id: c.id,
    type: c.type,
    name: c.name,
    guild_id: c.guildId,
    position: 0,
    permission_overwrites: c.lockedForModerators ? [{ id: moderatorRole(c.guildId), type: 0, allow: '0', deny: Perm.ManageChannels.toString() }] : [],
    nsfw: false,
    parent_id: c.parentId ?? null,
    ...(c.type === ChannelKind.publicThread
      ? { owner_id: (c as any).ownerId ?? botUser.id, thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false, archive_timestamp: new Date().toISOString() }, message_count: 1, member_count: 1 }
      : { topic: null, last_message_id: null, rate_limit_per_user: 0 }),
    ...(c.type === ChannelKind.forum ? { available_tags: [], default_reaction_emoji: null, flags: 0 } : {}),
  });

  function guildCreate(g: EmuGuild) {
    const own = [...channels.values()].filter((c) => c.guildId === g.id);
    return {
      id: g.id,
      name: g.name,
      icon: null,
      owner_id: '100000000000000001',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        { id: g.id, name: '@everyone', permissions: MEMBER_PERMS.toString(), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
        { id: moderatorRole(g.id), name: 'Moderator', permissions: (MEMBER_PERMS | Perm.ManageChannels).toString(), position: 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      preferred_locale: 'en-US',
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      channels: own.filter((c) => c.type !== ChannelKind.publicThread).map(channelJson),
      threads: own.filter((c) => c.type === ChannelKind.publicThread).map(channelJson),
      premium_tier: 0,
      nsfw_level: 0,
    };
  }

  // ---- gateway -------------------------------------------------------------------------------
  function sendOp(session: { ws: WebSocket; seq: number }, payload: { op: number; t?: string; d?: any }) {
    const frame = payload.op === 0 ? { ...payload, s: ++session.seq } : { ...payload, s: null, t: null };
    gatewayLog.push({ direction: 'out', op: payload.op, t: payload.t, d: payload.d, at: Date.now() });
    session.ws.send(JSON.stringify(frame));
  }
  const inShard = (guildId: string, shard: [number, number]) => Number((BigInt(guildId) >> 22n) % BigInt(shard[1])) === shard[0];

  function onGatewayConnection(ws: WebSocket) {
    const session = { ws, seq: 0, shard: [0, 1] as [number, number], ready: false };
    sessions.add(session);
    ws.on('close', () => sessions.delete(session));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw));
      gatewayLog.push({ direction: 'in', op: payload.op, d: payload.op === 2 ? { ...payload.d, token: '[token]' } : payload.d, at: Date.now() });
      switch (payload.op) {
        case 1:
          sendOp(session, { op: 11 });
          return;
        case 2: {
          if (payload.d?.token !== token) return ws.close(4004, 'Authentication failed.');
          const privileged = (1 << 1) | (1 << 8) | (1 << 15);
          if (payload.d.intents & privileged) return ws.close(4014, 'Disallowed intent(s).');
          session.shard = payload.d.shard ?? [0, 1];
          const mine = [...guilds.values()].filter((g) => inShard(g.id, session.shard));
          sendOp(session, {
            op: 0,
            t: 'READY',
            d: {
              v: 10,
              user: botUser,
              guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
              session_id: randomBytes(16).toString('hex'),
              resume_gateway_url: wsUrl,
              shard: session.shard,
              application: { id: applicationId, flags: 0 },
              user_settings: {},
              private_channels: [],
              relationships: [],
              presences: [],
              guild_join_requests: [],
              geo_ordered_rtc_regions: [],
            },
          });
          for (const g of mine) sendOp(session, { op: 0, t: 'GUILD_CREATE', d: guildCreate(g) });
          session.ready = true;
          return;
        }
        case 6:
          // No session replay here: ask the client to identify afresh, as Discord does for an old session.
          sendOp(session, { op: 9, d: false });
          return;
      }
    });
    sendOp(session, { op: 10, d: { heartbeat_interval: heartbeatInterval } });
  }

  function dispatch(t: string, d: any, guildId: string) {
    let delivered = false;
    for (const s of sessions) {
      if (!s.ready || !inShard(guildId, s.shard)) continue;
      sendOp(s, { op: 0, t, d });
      delivered = true;
    }
    return delivered;
  }

  const userOf = (input: InteractionInput) => {
    const u = input.user ?? { id: '300000000000000001', username: 'reader' };
    return { ...u, discriminator: '0', global_name: u.username, avatar: null };
  };

  // ---- REST helpers --------------------------------------------------------------------------
  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    if (status === 204 || body === undefined) {
      // discord.js parses any body whose content-type says JSON; an empty 204 must say nothing.
      res.writeHead(status === 200 ? 204 : status, headers);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
  const error = (message: string, code: number, extra: Record<string, unknown> = {}) => ({ message, code, ...extra });

  function rateHeaders(bucketKey: string): Record<string, string> {
    const now = Date.now();
    let b = buckets.get(bucketKey);
    if (!b || b.resetAt <= now) {
      b = { used: 0, resetAt: now + 1000 };
      buckets.set(bucketKey, b);
    }
    b.used++;
    return {
      'x-ratelimit-limit': String(bucketLimit),
      'x-ratelimit-remaining': String(Math.max(bucketLimit - b.used, 0)),
      'x-ratelimit-reset': ((b.resetAt) / 1000).toFixed(3),
      'x-ratelimit-reset-after': ((b.resetAt - now) / 1000).toFixed(3),
      'x-ratelimit-bucket': Buffer.from(bucketKey).toString('hex').slice(0, 32),
    };
  }

  function makeMessage(channelId: string, body: any, author = botUser, extra: Record<string, unknown> = {}) {
    const message = {
      id: snowflake(),
      type: 0,
      channel_id: channelId,
      author,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      attachments: [],
      components: body?.components ?? [],
      mentions: [],
      mention_roles: [],
      mention_everyone: pingsEveryone(body),
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body?.flags ?? 0,
      ...(body?.nonce !== undefined ? { nonce: body.nonce } : {}),
      ...extra,
    };
    byId.set(message.id, message);
    return message;
  }

  function canPost(channelId: string): { status: number; body: unknown } | undefined {
    const c = channels.get(channelId);
    if (!c || deleted.has(channelId)) return { status: 404, body: error('Unknown Channel', 10003) };
    const parentRevoked = c.parentId && revoked.has(c.parentId);
    if (revoked.has(channelId) || parentRevoked) return { status: 403, body: error('Missing Access', 50001) };
    return undefined;
  }

  function createChannelMessage(channelId: string, body: any): { status: number; body: any } {
    const blocked = canPost(channelId);
    if (blocked) return blocked;
    const c = channels.get(channelId)!;
    if (c.type === ChannelKind.forum) return { status: 400, body: error('Cannot send messages in a non-text channel', 50008) };
    const invalid = validateMessage(body);
    if (invalid) return { status: 400, body: error('Invalid Form Body', 50035, { errors: { _errors: [{ code: 'BASE_TYPE_INVALID', message: invalid }] } }) };
    if (body?.enforce_nonce && body.nonce !== undefined) {
      const key = `${channelId}:${body.nonce}`;
      const seen = nonces.get(key);
      // Discord keeps enforced nonces for a few minutes: the resend gets the original message back.
      if (seen && Date.now() - seen.at < 5 * 60_000) return { status: 200, body: seen.message };
    }
    const message = makeMessage(channelId, body);
    messages.push({ id: message.id, channelId, body, pingsEveryone: message.mention_everyone, at: Date.now() });
    if (body?.enforce_nonce && body.nonce !== undefined) nonces.set(`${channelId}:${body.nonce}`, { message, at: Date.now() });
    return { status: 200, body: message };
  }

  function createThread(parentId: string, body: any): { status: number; body: any } {
    const blocked = canPost(parentId);
    if (blocked) return blocked;
    const parent = channels.get(parentId)!;
    if (parent.type === ChannelKind.forum && !body?.message) return { status: 400, body: error('Invalid Form Body', 50035) };
    const name = String(body?.name ?? '');
    if (!name || name.length > 100) return { status: 400, body: error('Invalid Form Body', 50035, { errors: { name: { _errors: [{ message: 'Must be between 1 and 100 in length.' }] } } }) };
    const invalid = body?.message && validateMessage(body.message);
    if (invalid) return { status: 400, body: error('Invalid Form Body', 50035, { errors: { _errors: [{ message: invalid }] } }) };
    const id = snowflake();
    const thread = { id, type: ChannelKind.publicThread, name, parentId, guildId: parent.guildId, ownerId: botUser.id };
    channels.set(id, thread);
    const json = channelJson(thread);
    if (body?.message) {
      // A forum post's first message shares the thread's id.
      const message = { ...makeMessage(id, body.message), id };
      byId.set(id, message);
      messages.push({ id, channelId: id, body: body.message, pingsEveryone: message.mention_everyone, threadName: name, at: Date.now() });
      dispatch('THREAD_CREATE', { ...json, newly_created: true }, parent.guildId);
      return { status: 201, body: { ...json, message } };
    }
    dispatch('THREAD_CREATE', { ...json, newly_created: true }, parent.guildId);
    return { status: 201, body: json };
  }

  function answerInteraction(id: string, tokenInPath: string, body: any): { status: number; body?: any } {
    const p = pending.get(id);
    if (!p || p.token !== tokenInPath) return { status: 404, body: error('Unknown interaction', 10062) };
    if (p.answered) return { status: 400, body: error('Interaction has already been acknowledged.', 40060) };
    if (performance.now() - p.sentAt > 3000) return { status: 404, body: error('Unknown interaction', 10062) };
    if (body?.type === 4 || body?.type === 8) {
      const invalid = body.type === 4 ? validateMessage(body.data) : undefined;
      if (invalid) return { status: 400, body: error('Invalid Form Body', 50035, { errors: { _errors: [{ message: invalid }] } }) };
    }
    p.answered = true;
    interactionResponses.push({ interactionId: id, kind: 'callback', type: body?.type, data: body?.data, at: Date.now() });
    const ms = performance.now() - p.sentAt;
    const ephemeral = ((body?.data?.flags ?? 0) & 64) === 64;
    if (body?.type === 4) p.resolve({ callback: body, message: body.data, ephemeral, ms });
    else if (body?.type === 8) p.resolve({ callback: body, choices: body.data?.choices ?? [], ephemeral: false, ms });
    else p.result = { callback: body, ephemeral };
    return { status: 204 };
  }

  function findByToken(tokenInPath: string) {
    for (const [id, p] of pending) if (p.token === tokenInPath) return { id, p };
    return undefined;
  }

  // ---- REST routing --------------------------------------------------------------------------
  async function readBody(req: IncomingMessage): Promise<any> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return { _raw: text };
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api(\/v\d+)?/, '');
    const body = await readBody(req);
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method, path, query: url.search, body, status, at: Date.now() });
      send(res, status, payload, headers);
    };
    const routeKey = `${method} ${path}`;
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    // Interaction callbacks and webhooks authenticate by token in the path, not the bot token.
    const tokenRoute = parts[0] === 'interactions' || parts[0] === 'webhooks';
    if (!tokenRoute && req.headers.authorization !== `Bot ${token}`) return reply(401, error('401: Unauthorized', 0));
    const bucketKey = `${method} ${parts.slice(0, 2).join('/')}/${parts[2] ?? ''}`;
    const headers = rateHeaders(bucketKey);
    const forced = injected429.get(routeKey);
    if (forced) {
      injected429.set(routeKey, forced - 1);
      return reply(429, { message: 'You are being rate limited.', retry_after: retryAfterSec, global: false }, {
        ...headers,
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(retryAfterSec),
        'x-ratelimit-scope': 'user',
        'retry-after': String(retryAfterSec),
      });
    }

    const [a, b, c, d, e] = parts;
    if (method === 'GET' && a === 'gateway') return reply(200, b === 'bot' ? { url: wsUrl, shards: options.recommendedShards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: options.maxConcurrency ?? 1 } } : { url: wsUrl }, headers);
    if (method === 'GET' && a === 'users' && b === '@me') return reply(200, botUser, headers);
    if (a === 'applications' && b === applicationId) {
      const list = c === 'commands' ? 'global' : c === 'guilds' && e === 'commands' ? d : undefined;
      if (list === undefined) return reply(404, error('404: Not Found', 0));
      const current = list === 'global' ? commands.global : (commands.guild.get(list) ?? []);
      if (method === 'GET') return reply(200, current, headers);
      if (method === 'PUT') {
        if (!Array.isArray(body) || body.length > 100) return reply(400, error('Invalid Form Body', 50035));
        const saved = body.map((cmd: any) => ({ id: snowflake(), application_id: applicationId, version: snowflake(), type: 1, ...(list === 'global' ? {} : { guild_id: list }), ...cmd }));
        if (list === 'global') commands.global = saved;
        else commands.guild.set(list, saved);
        return reply(200, saved, headers);
      }
    }
    if (method === 'POST' && a === 'interactions' && d === 'callback') {
      const out = answerInteraction(b, c, body);
      return reply(out.status, out.body, headers);
    }
    if (a === 'webhooks' && b === applicationId) {
      const found = findByToken(c);
      if (!found) return reply(404, error('Unknown Webhook', 10015));
      const { id, p } = found;
      if (method === 'PATCH' && d === 'messages' && e === '@original') {
        const invalid = validateMessage(body);
        if (invalid) return reply(400, error('Invalid Form Body', 50035, { errors: { _errors: [{ message: invalid }] } }));
        interactionResponses.push({ interactionId: id, kind: 'edit-original', data: body, at: Date.now() });
        if (p.result && !p.result.message) {
          p.result.message = body;
          p.resolve({ ...(p.result as InteractionResult), ms: performance.now() - p.sentAt });
        }
        return reply(200, makeMessage(p.input.channelId, body, botUser, { webhook_id: applicationId, interaction: { id, type: 2, name: p.input.name, user: userOf(p.input) } }), headers);
      }
      if (method === 'DELETE' && d === 'messages' && e === '@original') {
        interactionResponses.push({ interactionId: id, kind: 'delete-original', data: undefined, at: Date.now() });
        return reply(204);
      }
      if (method === 'POST' && !d) {
        const invalid = validateMessage(body);
        if (invalid) return reply(400, error('Invalid Form Body', 50035, { errors: { _errors: [{ message: invalid }] } }));
        interactionResponses.push({ interactionId: id, kind: 'followup', data: body, at: Date.now() });
        if (p.result && !p.result.message) {
          p.result.message = body;
          p.result.ephemeral = ((body?.flags ?? 0) & 64) === 64;
          p.resolve({ ...(p.result as InteractionResult), ms: performance.now() - p.sentAt });
        }
        return reply(200, makeMessage(p.input.channelId, body, botUser, { webhook_id: applicationId }), headers);
      }
    }
    if (a === 'channels' && b) {
      if (method === 'GET' && !c) {
        const blocked = canPost(b);
        if (blocked) return reply(blocked.status, blocked.body, headers);
        return reply(200, channelJson(channels.get(b)!), headers);
      }
      if (method === 'POST' && c === 'messages' && !d) {
        const out = createChannelMessage(b, body);
        return reply(out.status, out.body, headers);
      }
      if (method === 'GET' && c === 'messages' && d) {
        const blocked = canPost(b);
        if (blocked) return reply(blocked.status, blocked.body, headers);
        const m = byId.get(d);
        return m && m.channel_id === b ? reply(200, m, headers) : reply(404, error('Unknown Message', 10008), headers);
      }
      if (method === 'POST' && c === 'threads') {
        const out = createThread(b, body);
        return reply(out.status, out.body, headers);
      }
    }
    if (method === 'GET' && a === 'guilds' && b && c === 'threads' && d === 'active') {
      const threads = [...channels.values()].filter((ch) => ch.guildId === b && ch.type === ChannelKind.publicThread && !deleted.has(ch.id));
      return reply(200, { threads: threads.map(channelJson), members: [] }, headers);
    }
    return reply(404, error('404: Not Found', 0));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, error(`emulator error: ${(err as Error).message}`, 0));
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/gateway')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => onGatewayConnection(ws));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const wsUrl = `ws://127.0.0.1:${port}/gateway`;

  function interactionPayload(input: InteractionInput, id: string, itoken: string) {
    const channel = channels.get(input.channelId);
    if (!channel) throw new Error(`emulator: no channel ${input.channelId}`);
    const user = userOf(input);
    const registered = [...(commands.guild.get(input.guildId) ?? []), ...commands.global].find((c) => c.name === input.name);
    const specs: any[] = registered?.options ?? [];
    const typeOf = (name: string, value: string | number) => specs.find((o) => o.name === name)?.type ?? (typeof value === 'number' ? 4 : 3);
    const options = Object.entries(input.options ?? {}).map(([name, value]) => ({
      name,
      type: typeOf(name, value),
      value,
      ...(input.kind === 'autocomplete' && input.focused === name ? { focused: true } : {}),
    }));
    const bits = MEMBER_PERMS | (input.permissions ?? 0n);
    const permissions = bits.toString();
    const roles = bits & Perm.ManageChannels ? [moderatorRole(input.guildId)] : [];
    // Channel options arrive with the channel resolved, carrying the member's permissions there.
    const picked = options.filter((o) => o.type === 7).map((o) => channels.get(String(o.value))).filter((c): c is EmuChannel & { guildId: string } => !!c);
    const resolved = picked.length ? { resolved: { channels: Object.fromEntries(picked.map((c) => [c.id, { ...channelJson(c), permissions }])) } } : {};
    return {
      id,
      application_id: applicationId,
      type: input.kind === 'command' ? 2 : 4,
      token: itoken,
      version: 1,
      guild_id: input.guildId,
      guild: { id: input.guildId, locale: 'en-US', features: [] },
      channel_id: input.channelId,
      channel: channelJson(channel),
      member: { user, roles, permissions, joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false },
      app_permissions: BOT_PERMS.toString(),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': input.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      data: { id: registered?.id ?? snowflake(), name: input.name, type: 1, guild_id: input.guildId, options, ...resolved },
    };
  }

  return {
    apiRoot: `http://127.0.0.1:${port}/api`,
    wsUrl,
    token,
    applicationId,
    botUser,
    requests,
    messages,
    interactionResponses,
    commands,
    gatewayLog,
    /** Adds a guild (with its channels and threads) and tells connected sessions about it. */
    addGuild(guild: EmuGuild) {
      guilds.set(guild.id, guild);
      for (const c of guild.channels) channels.set(c.id, { ...c, guildId: guild.id });
      dispatch('GUILD_CREATE', guildCreate(guild), guild.id);
    },
    deleteChannel(id: string) {
      deleted.add(id);
      const c = channels.get(id);
      if (c) dispatch('CHANNEL_DELETE', channelJson(c), c.guildId);
    },
    /** The bot loses View Channel/Send Messages there: posts get 403 Missing Access. */
    revokeAccess(channelId: string) {
      revoked.add(channelId);
    },
    /** The next `count` requests to `route` ("POST /channels/ID/messages") get 429 with retry_after. */
    rateLimit(routeKey: string, count: number) {
      injected429.set(routeKey, count);
    },
    messagesIn(channelId: string) {
      return messages.filter((m) => m.channelId === channelId);
    },
    /** Threads the bot created under a forum or text channel. */
    threadsOf(parentId: string) {
      return [...channels.values()].filter((c) => c.parentId === parentId);
    },
    /** Whether a gateway session has identified (and got its guilds). */
    get connected() {
      return [...sessions].some((s) => s.ready);
    },
    /** Dispatches INTERACTION_CREATE and resolves with what the user ends up seeing. */
    sendInteraction(input: InteractionInput, timeoutMs = 5000): Promise<InteractionResult> {
      const id = snowflake();
      const itoken = `aW50ZXJhY3Rpb246${randomBytes(24).toString('hex')}`;
      return new Promise<InteractionResult>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.get(id)!.resolve = () => {};
          reject(new Error(`emulator: interaction /${input.name} got no answer in ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          token: itoken,
          input,
          sentAt: performance.now(),
          answered: false,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
        if (!dispatch('INTERACTION_CREATE', interactionPayload(input, id, itoken), input.guildId)) {
          clearTimeout(timer);
          reject(new Error('emulator: no gateway session is connected'));
        }
      });
    },
    /** Closes every gateway session as Discord does on a restart, without stopping the server. */
    dropSessions() {
      for (const s of sessions) s.ws.close(4000, 'Unknown error');
    },
    async close() {
      for (const s of sessions) s.ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type DiscordEmulator = Awaited<ReturnType<typeof startDiscordEmulator>>;
