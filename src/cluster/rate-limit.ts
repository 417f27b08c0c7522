import type { Redis } from 'ioredis';
import { systemClock, type Clock } from '../ops/clock.ts';

/** A rate such as 30 per 1000 ms. */
export interface Rate {
  max: number;
  perMs: number;
}

/** Parses `30/1s`, `50/1s`, `20/1m`, `5/500ms`; undefined when the text is not a rate. */
export function parseRate(text: string): Rate | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)?\s*(ms|s|m|h)\s*$/.exec(text);
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[3] as 'ms' | 's' | 'm' | 'h'];
  const max = Number(m[1]);
  const perMs = Number(m[2] ?? '1') * unit;
  return max > 0 && perMs > 0 ? { max, perMs } : undefined;
}

// One global slot schedule on the Redis clock (so instances' clocks need not agree), in whole
// microseconds so slot gaps are exact: each call takes the next slot, max(now, tat), moves tat a
// given room past it (an interval, more for a cold send), and answers it with the Redis time.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, tat)
local nextSlot = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', nextSlot), 'PX', math.ceil((nextSlot - now) / 1000) + 1000)
return {string.format('%.0f', slot), string.format('%.0f', now)}`;

// A platform said "slow down" to all of us: no slot before now + pause, and a marker that lets
// senders already holding a later slot notice and give it up.
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local ms = tonumber(ARGV[1])
local until_ = now + ms * 1000
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > tat then redis.call('SET', KEYS[1], string.format('%.0f', until_), 'PX', ms + 1000) end
if redis.call('PTTL', KEYS[2]) < ms then redis.call('SET', KEYS[2], '1', 'PX', ms) end
return 1`;

export interface SharedRateLimitOptions {
  key: string;
  rate: Rate;
  /**
   * Fraction of the rate the schedule uses at most (default 0.97). Slots are at least
   * `perMs / (max × headroom)` apart, so `max` consecutive slots span more than one period by
   * `slackMs` (31 ms a second): a send may leave up to that much after its slot (a late timer, a busy CPU,
   * the network) and still no window of one period at the platform holds more than `max`.
   */
  headroom?: number;
  /**
   * A sender that wakes later than this after its slot gives the slot up and takes a new one
   * rather than send late (late sends are what bunch up). Default: a quarter of the slack, ≤ 10 ms;
   * the rest of the slack is left for the way from here to the platform.
   */
  lateMs?: number;
  /**
   * A process's first send, or its first after `coldAfterMs` (default 4 s) without one, takes
   * longer to reach the platform (a new connection, code not yet warmed up): its slot is followed
   * by this much more room (default 60 ms, in whole slots) so it cannot arrive on top of the next.
   */
  coldRoomMs?: number;
  coldAfterMs?: number;
  clock?: Clock;
}

/** Thrown by `acquire` when its signal is aborted: no slot was used, so nothing must be sent. */
export class RateSlotAborted extends Error {
  constructor() {
    super('rate slot wait aborted');
    this.name = 'RateSlotAborted';
  }
}

/**
 * Bounds on (Redis clock − local clock), from the Redis time each call reports: the call ran
 * between asking and answering, so each one brackets the offset by its round trip. The tightest
 * recent brackets give the offset to a fraction of a millisecond, whatever a given call's round
 * trip, so a slow answer need not cost a slot. Old brackets are dropped (clocks drift apart), and
 * one that contradicts the others (a clock was stepped) starts over.
 */
function createClockOffset(keepMs = 5_000) {
  let seen: { lo: number; hi: number; at: number }[] = [];
  return {
    observe(redisNow: number, asked: number, answered: number): { lo: number; hi: number } {
      const fresh = { lo: redisNow - answered, hi: redisNow - asked, at: answered };
      seen = seen.filter((s) => answered - s.at <= keepMs && s.lo <= fresh.hi && fresh.lo <= s.hi);
      seen.push(fresh);
      if (seen.length > 64) seen.shift();
      return { lo: Math.max(...seen.map((s) => s.lo)), hi: Math.min(...seen.map((s) => s.hi)) };
    },
  };
}

/** The schedule's numbers for a rate: the gap between slots and the lateness it absorbs. */
export function slotSpacing(rate: Rate, headroom = 0.97): { intervalMs: number; slackMs: number } {
  const intervalUs = Math.ceil((rate.perMs * 1000) / (rate.max * headroom));
  return { intervalMs: intervalUs / 1000, slackMs: (rate.max * intervalUs) / 1000 - rate.perMs };
}

/**
 * One rate limit shared by every instance on a Redis: `acquire` waits for this sender's slot in a
 * global schedule. Used per chat platform, whose global limit (Telegram ~30/s, Discord 50/s)
 * counts the bot, not the process.
 */
export function createSharedRateLimit(redis: Redis, opts: SharedRateLimitOptions) {
  const clock = opts.clock ?? systemClock;
  const { intervalMs, slackMs } = slotSpacing(opts.rate, opts.headroom);
  const intervalUs = Math.round(intervalMs * 1000);
  const lateMs = opts.lateMs ?? Math.min(10, slackMs / 4);
  const pausedKey = `${opts.key}:paused`;
  const offset = createClockOffset();
  const coldSlots = Math.ceil((opts.coldRoomMs ?? 60) / intervalMs);
  const coldAfterMs = opts.coldAfterMs ?? 4_000;
  let lastSlotAt = -Infinity;
  const stats = { used: 0, givenUp: 0, paused: 0, cold: 0 };
  // Timers may fire a little early (libuv measures from a cached loop time): sleep until the clock
  // has really passed the moment, never before it.
  async function sleepUntil(at: number, signal?: AbortSignal): Promise<void> {
    for (let left = at - clock.now(); left > 0 && !signal?.aborted; left = at - clock.now()) await clock.sleep(Math.ceil(left), signal);
  }
  /** Takes the next slot; answers it on the Redis clock and the local window it falls in. */
  async function reserve(): Promise<{ slot: number; earliest: number; latest: number }> {
    const asked = clock.now();
    // Only one send in this process is the cold one; the lanes beside it find the connection open.
    const cold = asked - lastSlotAt > coldAfterMs;
    lastSlotAt = asked;
    if (cold) stats.cold++;
    const [slotUs, nowUs] = (await redis.eval(RESERVE, 1, opts.key, String(intervalUs * (cold ? 1 + coldSlots : 1)))) as [string, string];
    const slot = Number(slotUs) / 1000;
    const { lo, hi } = offset.observe(Number(nowUs) / 1000, asked, clock.now());
    return { slot, earliest: slot - hi, latest: slot - lo };
  }
  return {
    intervalMs,
    slackMs,
    lateMs,
    /** Slots used, given up (woke too late), given up to a pause, and taken with cold room, since the start. */
    stats: () => ({ ...stats }),
    /**
     * Waits for this sender's slot and answers it (Redis clock, epoch ms). Call it right before
     * sending; the send must follow at once. Throws RateSlotAborted when the signal aborts.
     */
    async acquire(signal?: AbortSignal): Promise<number> {
      for (;;) {
        if (signal?.aborted) throw new RateSlotAborted();
        const { slot, earliest, latest } = await reserve();
        // A pause (a 429) raised after this slot was taken holds it too: look shortly before it.
        // Slots due within a few ms are not checked; a round trip then would make them late.
        if (latest - clock.now() > 3 * lateMs) {
          await sleepUntil(latest - 2 * lateMs, signal);
          const pausedMs = await redis.pttl(pausedKey);
          if (pausedMs > 0) {
            stats.paused++;
            await sleepUntil(clock.now() + pausedMs, signal);
            continue;
          }
        }
        // Never before the slot (on any reading of the clocks), and not much after it.
        await sleepUntil(latest, signal);
        if (signal?.aborted) throw new RateSlotAborted();
        if (clock.now() - earliest <= lateMs) {
          stats.used++;
          return slot;
        }
        stats.givenUp++;
      }
    },
    /** Holds every instance back for `ms` (a 429 with retry_after). */
    async pause(ms: number): Promise<void> {
      if (!(ms > 0)) return;
      await redis.eval(PAUSE, 2, opts.key, pausedKey, String(Math.ceil(ms)));
    },
  };
}
export type SharedRateLimit = ReturnType<typeof createSharedRateLimit>;
