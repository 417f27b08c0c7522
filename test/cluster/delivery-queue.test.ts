import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createDeliveryQueue, jobIdFor, type DeliveryQueue } from '../../src/cluster/delivery-queue.ts';
import { createRecordingPlatform } from '../../src/delivery/recording-platform.ts';
import type { SendResult } from '../../src/domain/delivery.ts';
import type { PlatformName, Subscription, Target } from '../../src/domain/subscription.ts';
import { createSilentLogger } from '../../src/ops/logger.ts';
import { createMemoryStore, createRepositories, type Repositories } from '../../src/store/index.ts';
import { makeStory } from '../support/stories.ts';
import { connectRedis, deleteKeys, uniquePrefix } from './support/redis.ts';

type Script = (target: Target, n: number) => SendResult | undefined;

const open: { conns: Redis[]; queues: DeliveryQueue[]; prefixes: string[] } = { conns: [], queues: [], prefixes: [] };

afterEach(async () => {
  await Promise.all(open.queues.splice(0).map((q) => q.close()));
  for (const p of open.prefixes.splice(0)) await deleteKeys(open.conns[0], p);
  await Promise.all(open.conns.splice(0).map((c) => c.quit()));
});

/** Several instances over one store and one Redis prefix, each with its own recording platforms. */
async function cluster(count: number, script?: Script) {
  const store = createMemoryStore();
  const repos = createRepositories(store);
  const prefix = uniquePrefix('dq');
  open.prefixes.push(prefix);
  const instances = [];
  for (let i = 0; i < count; i++) {
    const connection = connectRedis();
    open.conns.push(connection);
    const telegram = createRecordingPlatform('telegram', script && ((t, _p, n) => script(t, n)));
    const discord = createRecordingPlatform('discord', script && ((t, _p, n) => script(t, n)));
    const queue = createDeliveryQueue({ connection, prefix, repos, platforms: [telegram, discord], logger: createSilentLogger(), concurrency: 3, lockDurationMs: 2_000 });
    open.queues.push(queue);
    instances.push({ queue, telegram, discord });
  }
  return { repos, instances };
}

function sub(platform: PlatformName, chatId: string, extra: Partial<Subscription> = {}): Subscription {
  return { target: { platform, chatId }, topics: ['china-russia'], active: true, createdAt: '2026-11-01T00:00:00Z', ...extra };
}

async function subscribe(repos: Repositories, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await repos.subscriptions.put(sub(i % 2 ? 'discord' : 'telegram', `-100${i}`));
}

function allSent(instances: { telegram: { sent: { target: string; storyId: string }[] }; discord: { sent: { target: string; storyId: string }[] } }[]) {
  return instances.flatMap((i) => [...i.telegram.sent, ...i.discord.sent]).map((s) => `${s.storyId}>${s.target}`);
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('delivery queue shared by several instances', () => {
  it('sends each story once to each subscriber, whichever instance takes the job', async () => {
    const { repos, instances } = await cluster(2);
    await subscribe(repos, 40);
    const stories = ['s1', 's2', 's3'].map((id) => makeStory(id));
    for (const s of stories) await repos.stories.put(s);
    for (const q of instances) await q.queue.start();
    // Both instances process every article (as after a crash and re-poll): the job ids deduplicate.
    for (const s of stories) for (const { queue } of instances) expect(await queue.enqueue(s)).toBe(40);
    await waitFor(() => allSent(instances).length >= 120);
    await instances[0].queue.drain({ timeoutMs: 5_000 });
    const sent = allSent(instances);
    expect(sent).toHaveLength(120);
    expect(new Set(sent).size).toBe(120);
    expect(await repos.outbox.pendingStories()).toEqual([]);
    expect(await repos.outbox.getDelivery('s1', { platform: 'discord', chatId: '-1001' })).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('re-queues a fan-out that was recorded but never queued (a crash in between)', async () => {
    const { repos, instances } = await cluster(1);
    await subscribe(repos, 6);
    const story = makeStory('orphan');
    await repos.stories.put(story);
    // The process that recorded the fan-out died before queueing it.
    const targets = (await repos.subscriptions.listActive()).map((s) => s.target);
    await repos.outbox.enqueue(story.id, targets, new Date());
    const [{ queue, telegram, discord }] = instances;
    await queue.start();
    await queue.runOnce(); // the start-up sweep
    await waitFor(() => telegram.sent.length + discord.sent.length >= 6);
    await queue.drain({ timeoutMs: 5_000 });
    expect(await repos.outbox.pendingStories()).toEqual([]);
  });

  it('waits out a 429 and deactivates a subscriber that is gone', async () => {
    const { repos, instances } = await cluster(2, (t, n) => {
      if (t.chatId === '-1000') return { kind: 'gone', reason: '403 bot was kicked from the group chat' };
      if (t.chatId === '-1002' && n <= 2) return { kind: 'retry', afterMs: 300, reason: '429 Too Many Requests: retry after 0.3' };
      return undefined;
    });
    await subscribe(repos, 4);
    const story = makeStory('s1');
    await repos.stories.put(story);
    for (const q of instances) await q.queue.start();
    await instances[0].queue.enqueue(story);
    await instances[1].queue.drain({ timeoutMs: 10_000 });
    expect(allSent(instances).sort()).toEqual(['s1>discord:-1001', 's1>discord:-1003', 's1>telegram:-1002']);
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '-1000' })).toMatchObject({ active: false });
    expect(await repos.outbox.getDelivery('s1', { platform: 'telegram', chatId: '-1002' })).toMatchObject({ state: 'sent' });
  });

  it('names jobs without the colon BullMQ refuses, one name per pair', () => {
    expect(jobIdFor('s1', 'telegram:-100:7')).not.toContain(':');
    expect(jobIdFor('a:b', 'c')).not.toBe(jobIdFor('a', 'b:c'));
    expect(jobIdFor('a|b', 'c')).not.toBe(jobIdFor('a', 'b|c'));
  });
});
