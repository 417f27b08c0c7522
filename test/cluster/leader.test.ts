import { afterAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { startLeadership } from '../../src/cluster/leader.ts';
import { createSilentLogger } from '../../src/ops/logger.ts';
import { connectRedis, deleteKeys, uniquePrefix } from './support/redis.ts';

const prefix = uniquePrefix('leader');
const conns: Redis[] = [];
afterAll(async () => {
  const c = connectRedis();
  await deleteKeys(c, prefix);
  await c.quit();
  for (const x of conns) x.disconnect();
});

/** An instance with a receiver that records whether it is running. */
function instance(owner: string, ttlMs: number) {
  const redis = connectRedis();
  conns.push(redis);
  const state = { running: false, starts: 0 };
  const leadership = startLeadership(redis, { name: 'receiver:telegram', owner, ttlMs, prefix: `${prefix}:`, logger: createSilentLogger() }, {
    lead: async () => {
      state.running = true;
      state.starts++;
    },
    resign: async () => {
      state.running = false;
    },
  });
  return { redis, state, leadership };
}

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('not in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('one receiver per bot', () => {
  it('runs the receiver on one instance, and on another once that one stops or dies', async () => {
    const all = ['a', 'b', 'c'].map((o) => instance(o, 300));
    await Promise.all(all.map((i) => i.leadership.ready()));
    await new Promise((r) => setTimeout(r, 400)); // several renewal rounds: still exactly one
    expect(all.filter((i) => i.state.running)).toHaveLength(1);

    // A clean stop hands over.
    const first = all.find((i) => i.state.running)!;
    await first.leadership.stop();
    expect(first.state.running).toBe(false);
    await until(() => all.filter((i) => i.state.running).length === 1);

    // A crash (the connection gone, nothing released): the lease lapses and a third takes over,
    // while the cut-off one steps down by itself.
    const second = all.find((i) => i.state.running)!;
    second.redis.disconnect();
    await until(() => !second.state.running);
    const third = all.find((i) => i !== first && i !== second)!;
    await until(() => third.state.running);
    expect(all.filter((i) => i.state.running)).toEqual([third]);
    await third.leadership.stop();
    await second.leadership.stop();
  });
});
