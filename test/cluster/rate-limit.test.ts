import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createSharedRateLimit, parseRate } from '../../src/cluster/rate-limit.ts';
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

  it('never admits more than the limit in any window, three instances together', async () => {
    const rate = { max: 10, perMs: 500 };
    const limits = conns.map((c) => createSharedRateLimit(c, { key: `${prefix}:telegram`, rate }));
    const times: number[] = [];
    // Each instance has 4 lanes all wanting to send at once, 36 sends in all.
    await Promise.all(
      limits.flatMap((limit) =>
        Array.from({ length: 4 }, async () => {
          for (let k = 0; k < 3; k++) times.push(await limit.acquire());
        }),
      ),
    );
    // Admission times on the shared (Redis) clock: what the limit promises, free of this process's own
    // scheduling delays after admission.
    expect(times).toHaveLength(36);
    expect(peak(times, rate.perMs)).toBeLessThanOrEqual(rate.max);
    // Paced, not bursty: the first `max` sends are not let out all at once.
    const sorted = [...times].sort((a, b) => a - b);
    expect(sorted[rate.max - 1] - sorted[0]).toBeGreaterThan(rate.perMs * 0.8);
  });

  it('holds every instance back after a pause (a 429 seen by one of them)', async () => {
    const rate = { max: 100, perMs: 1000 };
    const [a, b] = conns.map((c) => createSharedRateLimit(c, { key: `${prefix}:discord`, rate }));
    await a.acquire();
    await a.pause(250);
    const start = performance.now();
    await b.acquire();
    expect(performance.now() - start).toBeGreaterThanOrEqual(200);
  });
});
