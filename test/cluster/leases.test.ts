import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createLeases, cycleOf } from '../../src/cluster/leases.ts';
import { connectRedis, deleteKeys, uniquePrefix } from './support/redis.ts';

const CYCLE = 60_000;
let redis: Redis;
const prefix = uniquePrefix('lease');

beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await deleteKeys(redis, prefix);
  await redis.quit();
});

function instances(now: () => number, ttlMs = 5_000) {
  return ['a', 'b', 'c'].map((owner) => createLeases(redis, { owner, ttlMs, prefix: `${prefix}:`, now }));
}

describe('poll leases', () => {
  it('lets exactly one of several instances run a job per cycle, even when they ask at once', async () => {
    let now = 10 * CYCLE;
    const leases = instances(() => now);
    const runs: string[] = [];
    const outcomes = await Promise.all(
      leases.map((l, i) => l.runExclusive('poll:antara', CYCLE, async () => {
        runs.push(`i${i}`);
        await new Promise((r) => setTimeout(r, 20));
      })),
    );
    expect(runs).toHaveLength(1);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    // An instance whose cron fires later in the same cycle skips it.
    now += 5_000;
    const late = await leases[2].runExclusive('poll:antara', CYCLE, async () => runs.push('late'));
    expect(late).toMatchObject({ ran: false, reason: 'done' });
    // The next cycle runs again, once.
    now += CYCLE;
    const next = await Promise.all(leases.map((l) => l.runExclusive('poll:antara', CYCLE, async () => runs.push('next'))));
    expect(next.filter((o) => o.ran)).toHaveLength(1);
    expect(runs.filter((r) => r === 'next')).toHaveLength(1);
  });

  it("hands a crashed holder's job to another instance once the lease expires, in the same cycle", async () => {
    const now = () => 20 * CYCLE;
    const [a, b] = instances(now, 300);
    let releaseA!: () => void;
    // "a" takes the lease and never finishes (a process that died mid-poll stops renewing).
    const hung = a.runExclusive('poll:kompas', CYCLE, () => new Promise<void>((r) => (releaseA = r)));
    await new Promise((r) => setTimeout(r, 30));
    expect(await b.runExclusive('poll:kompas', CYCLE, async () => 'b')).toMatchObject({ ran: false, reason: 'held' });
    releaseA(); // finishes cleanly: the cycle is done, b keeps skipping
    await hung;
    expect(await b.runExclusive('poll:kompas', CYCLE, async () => 'b')).toMatchObject({ ran: false, reason: 'done' });

    // A real crash: the lease key stays until its expiry, nobody renews it, no done marker.
    await redis.set(`${prefix}:held:poll:detik`, 'dead#1', 'PX', 300);
    expect(await b.runExclusive('poll:detik', CYCLE, async () => 'b')).toMatchObject({ ran: false, reason: 'held' });
    await new Promise((r) => setTimeout(r, 350));
    expect(await b.runExclusive('poll:detik', CYCLE, async () => 'b')).toMatchObject({ ran: true, value: 'b' });
  });

  it('keeps a long job leased past its ttl by renewing it', async () => {
    const now = () => 30 * CYCLE;
    const [a, b] = instances(now, 150);
    const long = a.runExclusive('poll:tempo', CYCLE, () => new Promise((r) => setTimeout(() => r('a'), 500)));
    await new Promise((r) => setTimeout(r, 300)); // two ttls later the lease is still held
    expect(await b.runExclusive('poll:tempo', CYCLE, async () => 'b')).toMatchObject({ ran: false, reason: 'held' });
    expect(await long).toMatchObject({ ran: true, value: 'a', leaseLost: false });
  });

  it('counts a late firing or a start-up poll in the cycle under way', () => {
    const boundary = 1_000 * CYCLE;
    expect(cycleOf(boundary + 40, CYCLE)).toBe(cycleOf(boundary, CYCLE));
    expect(cycleOf(boundary + CYCLE - 1, CYCLE)).toBe(cycleOf(boundary, CYCLE));
    expect(cycleOf(boundary + CYCLE, CYCLE)).toBe(cycleOf(boundary, CYCLE) + 1);
  });
});
