import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createSharedRateLimit, parseRate, RateSlotAborted, slotSpacing } from '../../src/cluster/rate-limit.ts';
import { connectRedis, deleteKeys, uniquePrefix } from './support/redis.ts';

const prefix = uniquePrefix('rate');
const conns: Redis[] = [];

beforeAll(() => {
  for (let i = 0; i < 3; i++) conns.push(connectRedis());
});
afterAll(async () => {
  await deleteKeys(conns[0], prefix);
  await Promise.all(conns.map((c) => c.quit()));
});

/** The most sends found in any window of `windowMs` (a sliding window, as strict as a platform can be). */
function peak(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('shared rate limit', () => {
  it('reads the rates people write', () => {
    expect(parseRate('30/1s')).toEqual({ max: 30, perMs: 1000 });
    expect(parseRate('20/1m')).toEqual({ max: 20, perMs: 60_000 });
    expect(parseRate('5/500ms')).toEqual({ max: 5, perMs: 500 });
    expect(parseRate('50/s')).toEqual({ max: 50, perMs: 1000 });
    expect(parseRate('fast')).toBeUndefined();
    expect(parseRate('0/1s')).toBeUndefined();
  });

  it('spaces slots so that sends leaving up to the slack late still fit the limit (Telegram 30/s, Discord 50/s)', () => {
    for (const rate of [{ max: 30, perMs: 1000 }, { max: 50, perMs: 1000 }, { max: 20, perMs: 60_000 }]) {
      const { intervalMs, slackMs } = slotSpacing(rate);
      // At least 0.95 of the limit when the schedule is full…
      expect(rate.perMs / (intervalMs * rate.max)).toBeGreaterThanOrEqual(0.95);
      // …and room for a late timer and the trip to the platform, larger than the lateness allowed.
      expect(slackMs).toBeGreaterThanOrEqual(20);
      expect(createSharedRateLimit(conns[0], { key: `${prefix}:unused`, rate }).lateMs).toBeLessThan(slackMs / 2);
    }
  });

  it('gives three instances slots of one schedule: no window of a period holds more than the limit, even with every send late by up to the slack', async () => {
    const rate = { max: 10, perMs: 500 };
    const limits = conns.map((c) => createSharedRateLimit(c, { key: `${prefix}:telegram`, rate }));
    const { intervalMs, slackMs } = limits[0];
    const slots: number[] = [];
    // Each instance has 4 lanes all wanting to send at once, 36 sends in all.
    await Promise.all(
      limits.flatMap((limit) =>
        Array.from({ length: 4 }, async () => {
          for (let k = 0; k < 3; k++) slots.push(await limit.acquire());
        }),
      ),
    );
    // Slot times on the shared (Redis) clock, not when this process happened to run: what the
    // schedule promises. Whichever slots were used (a late waker gives its own up), they are at
    // least an interval apart, so `max` of them span more than a period plus the slack.
    expect(slots).toHaveLength(36);
    const sorted = [...slots].sort((a, b) => a - b);
    expect(new Set(sorted).size).toBe(36);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(intervalMs - 1e-3);
    for (let i = rate.max; i < sorted.length; i++) expect(sorted[i] - sorted[i - rate.max]).toBeGreaterThanOrEqual(rate.perMs + slackMs - 1e-3);
    // The strictest receiver: each send arrives anywhere in [slot, slot + slack]; the worst case
    // for a window is its first sends as late and its last as early as they can be.
    expect(peak(sorted, rate.perMs + slackMs - 1e-3)).toBeLessThanOrEqual(rate.max); // (less a rounding µs)
    expect(slackMs).toBeGreaterThan(0);
  });

  it('gives up a slot it woke too late for, and sends in a later one', async () => {
    const rate = { max: 10, perMs: 1000 };
    const key = `${prefix}:late`;
    const other = createSharedRateLimit(conns[1], { key, rate, coldRoomMs: 0 });
    // A clock whose first sleep overruns by 100 ms, as a process held up by a busy CPU would.
    let skew = 0;
    let overrun = true;
    const clock = {
      now: () => Date.now() + skew,
      sleep: async (ms: number) => {
        await new Promise((r) => setTimeout(r, ms));
        if (overrun) (skew += 100), (overrun = false);
      },
    };
    const late = createSharedRateLimit(conns[0], { key, rate, clock, coldRoomMs: 0 });
    const first = await other.acquire(); // so the next slot is in the future and must be slept for
    const slot = await late.acquire();
    expect(late.stats().givenUp).toBeGreaterThanOrEqual(1);
    // Not the slot right after `first` (the one it overslept), a later one.
    expect(slot).toBeGreaterThanOrEqual(first + 2 * late.intervalMs - 1e-3);
  });

  it("leaves room after a process's first send, which is slow to arrive (a new connection)", async () => {
    const rate = { max: 30, perMs: 1000 };
    const key = `${prefix}:cold`;
    const a = createSharedRateLimit(conns[0], { key, rate });
    const first = await a.acquire();
    const second = await a.acquire();
    const third = await a.acquire();
    expect(a.stats().cold).toBe(1);
    expect(second - first).toBeGreaterThanOrEqual(a.intervalMs + 60 - 1e-3);
    expect(third - second).toBeGreaterThanOrEqual(a.intervalMs - 1e-3);
  });

  it('holds every instance back after a pause (a 429 seen by one of them), slots already taken included', async () => {
    const rate = { max: 1, perMs: 500 };
    const key = `${prefix}:discord`;
    const [a, b] = conns.map((c) => createSharedRateLimit(c, { key, rate, coldRoomMs: 0 }));
    const first = await a.acquire();
    const waiting = b.acquire(); // takes the next slot, about an interval away
    while (Number(await conns[2].get(key)) < (first + 1.5 * a.intervalMs) * 1000) await new Promise((r) => setTimeout(r, 1));
    const [sec, micro] = await conns[2].time();
    const pausedUntil = Number(sec) * 1000 + Number(micro) / 1000 + 800;
    await a.pause(800);
    const slot = await waiting;
    expect(slot).toBeGreaterThanOrEqual(pausedUntil);
    expect(b.stats().paused).toBe(1);
  });

  it('sends nothing when its wait is aborted', async () => {
    const rate = { max: 1, perMs: 500 };
    const key = `${prefix}:abort`;
    const a = createSharedRateLimit(conns[0], { key, rate });
    await a.acquire();
    const controller = new AbortController();
    const waiting = a.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(RateSlotAborted);
    expect(a.stats().used).toBe(1);
  });
});
