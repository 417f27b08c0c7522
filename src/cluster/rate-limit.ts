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

// GCRA on the Redis clock (so instances' clocks need not agree): each call reserves the next free
// slot, `interval` after the previous one, and answers how long to wait for it. Sends come out
// evenly spaced, so no window of `perMs` ever holds more than `max`, whichever instance sends.
const RESERVE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + t[2] / 1000
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, tat)
local interval = tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.3f', slot + interval), 'PX', math.ceil(slot + interval - now + 1000))
return tostring(slot - now)`;

// A platform said "slow down" to all of us: no admission before now + pause (sends that already
// hold a paced slot wait too), and the pacing restarts from there.
const PAUSE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + t[2] / 1000
local until_ = now + tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > tat then redis.call('SET', KEYS[1], tostring(until_), 'PX', tonumber(ARGV[1]) + 1000) end
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if until_ > paused then redis.call('SET', KEYS[2], tostring(until_), 'PX', tonumber(ARGV[1]) + 1000) end
return 1`;

// The hard guarantee, checked just before each send: a log of the sends made in the last `perMs`
// (Redis clock). Pacing alone can bunch sends up when a process wakes late; this never lets more
// than `max` start in any window, and answers how long to wait when the window is full.
const ADMIT = `
local t = redis.call('TIME')
local now = t[1] * 1000 + t[2] / 1000
local window = tonumber(ARGV[1])
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then return {'paused', tostring(paused - now)} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window) + 1000)
  return {'sent', tostring(now)}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {'wait', tostring(tonumber(oldest[2]) + window - now)}`;

export interface SharedRateLimitOptions {
  key: string;
  rate: Rate;
  /**
   * Fraction of the rate actually used (default 0.96): the gap left (40 ms a second) absorbs the
   * delays between a send's turn and its arrival (timers, a busy CPU, the network), so a send that
   * arrives late never crowds the ones after it into the same window at the platform.
   */
  headroom?: number;
  clock?: Clock;
  /** An admission whose answer took longer than this to arrive is not used (default half a slot, ≤ 25 ms). */
  staleMs?: number;
}

/**
 * One rate limit shared by every instance on a Redis: `acquire` waits for this instance's turn.
 * Used per chat platform, whose global limit (Telegram ~30/s, Discord 50/s) counts the bot, not
 * the process.
 */
export function createSharedRateLimit(redis: Redis, opts: SharedRateLimitOptions) {
  const clock = opts.clock ?? systemClock;
  const interval = opts.rate.perMs / opts.rate.max / (opts.headroom ?? 0.96);
  const staleMs = opts.staleMs ?? Math.max(5, Math.min(25, interval / 2));
  // Timers may fire a little early (libuv measures from a cached loop time): sleep until the clock
  // has really passed the moment, never before it.
  async function sleepFully(ms: number, signal?: AbortSignal): Promise<void> {
    const until = clock.now() + Math.ceil(ms);
    for (let left = ms; left > 0 && !signal?.aborted; left = until - clock.now()) await clock.sleep(left, signal);
  }
  return {
    /**
     * Waits for this instance's turn: its paced slot, then room in the window. Call it right before
     * sending. Answers the moment the send was admitted, on the Redis clock (epoch ms).
     */
    async acquire(signal?: AbortSignal): Promise<number> {
      for (;;) {
        const wait = Number(await redis.eval(RESERVE, 1, opts.key, interval.toFixed(3)));
        await sleepFully(wait, signal);
        for (;;) {
          const asked = clock.now();
          const [verdict, ms] = (await redis.eval(ADMIT, 2, `${opts.key}:log`, `${opts.key}:paused`, String(opts.rate.perMs), String(opts.rate.max), `${asked}:${Math.random()}`)) as [string, string];
          if (signal?.aborted) return Number(ms);
          // An answer that took long to reach us (this process was held up) would let the send leave
          // well after its logged time and crowd the sends after it: take a fresh turn instead, and
          // let the stale one count as used.
          if (verdict === 'sent' && clock.now() - asked <= staleMs) return Number(ms);
          // Paused by a 429: wait it out, then queue up for a paced slot again rather than all
          // the waiting sends leaving together when the pause ends.
          if (verdict === 'paused') {
            await sleepFully(Number(ms), signal);
            break;
          }
          if (verdict === 'wait') await sleepFully(Number(ms), signal);
        }
      }
    },
    /** Holds every instance back for `ms` (a 429 with retry_after). */
    async pause(ms: number): Promise<void> {
      await redis.eval(PAUSE, 2, opts.key, `${opts.key}:paused`, String(Math.ceil(ms)));
    },
  };
}
export type SharedRateLimit = ReturnType<typeof createSharedRateLimit>;
