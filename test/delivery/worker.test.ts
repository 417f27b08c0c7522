import { describe, expect, it } from 'vitest';
import { createDeliveryWorker } from '../../src/delivery/worker.ts';
import { createRecordingPlatform } from '../../src/delivery/recording-platform.ts';
import type { Subscription, Target } from '../../src/domain/subscription.ts';
import type { Topic } from '../../src/domain/topics.ts';
import { createManualClock } from '../../src/ops/clock.ts';
import { createSilentLogger } from '../../src/ops/logger.ts';
import { createMemoryStore, createRepositories } from '../../src/store/index.ts';
import { makeStory } from '../support/stories.ts';

function sub(chatId: string, topics: Topic[], extra: Partial<Subscription> = {}): Subscription {
  return { target: { platform: 'telegram', chatId }, topics, active: true, createdAt: '2026-11-01T00:00:00Z', ...extra };
}

async function setup(script?: Parameters<typeof createRecordingPlatform>[1]) {
  const store = createMemoryStore();
  const repos = createRepositories(store);
  const clock = createManualClock();
  const platform = createRecordingPlatform('telegram', script);
  const worker = createDeliveryWorker({ repos, platforms: [platform], logger: createSilentLogger(), clock });
  return { store, repos, clock, platform, worker };
}

describe('delivery worker', () => {
  it('sends a story once to each matching subscription and never again', async () => {
    const { repos, platform, worker } = await setup();
    await repos.subscriptions.put(sub('1', ['triangle']));
    await repos.subscriptions.put(sub('2', ['china-russia']));
    await repos.subscriptions.put(sub('3', ['us']));
    const story = makeStory('s1');
    await repos.stories.put(story);
    expect(await worker.enqueue(story)).toBe(2);
    await worker.enqueue(story); // a second enqueue (a re-processed article) adds nothing
    await worker.drain();
    await worker.drain();
    expect(platform.sent.map((s) => s.target).sort()).toEqual(['telegram:1', 'telegram:2']);
    expect(await repos.outbox.pendingStories()).toEqual([]);
  });

  it('waits out retry-after before sending again', async () => {
    const { repos, platform, worker, clock } = await setup((_t, _p, n) => (n === 1 ? { kind: 'retry', afterMs: 30_000, reason: '429' } : undefined));
    await repos.subscriptions.put(sub('1', ['triangle']));
    const story = makeStory('s1');
    await repos.stories.put(story);
    await worker.enqueue(story);
    const first = await worker.runOnce();
    expect(first.retried).toBe(1);
    await worker.runOnce();
    expect(platform.sent).toHaveLength(0); // still inside retry_after
    clock.advance(30_000);
    await worker.runOnce();
    expect(platform.sent).toHaveLength(1);
  });

  it('deactivates the subscription of a target that is gone, and keeps serving the others', async () => {
    const { repos, platform, worker } = await setup((t) => (t.chatId === 'kicked' ? { kind: 'gone', reason: '403 bot was kicked' } : undefined));
    await repos.subscriptions.put(sub('kicked', ['triangle']));
    await repos.subscriptions.put(sub('ok', ['triangle']));
    const story = makeStory('s1');
    await repos.stories.put(story);
    await worker.enqueue(story);
    await worker.drain();
    expect(platform.sent.map((s) => s.target)).toEqual(['telegram:ok']);
    const kicked = await repos.subscriptions.get({ platform: 'telegram', chatId: 'kicked' });
    expect(kicked).toMatchObject({ active: false, inactiveReason: '403 bot was kicked' });
    const next = makeStory('s2');
    await repos.stories.put(next);
    expect(await worker.enqueue(next)).toBe(1);
  });

  it('follows a migrated chat and moves its subscription', async () => {
    const moved: Target = { platform: 'telegram', chatId: '-100200' };
    const { repos, platform, worker } = await setup((t) => (t.chatId === '-200' ? { kind: 'moved', target: moved, reason: 'migrated' } : undefined));
    await repos.subscriptions.put(sub('-200', ['triangle']));
    const story = makeStory('s1');
    await repos.stories.put(story);
    await worker.enqueue(story);
    await worker.drain();
    expect(platform.sent.map((s) => s.target)).toEqual(['telegram:-100200']);
    expect(await repos.subscriptions.get(moved)).toMatchObject({ active: true });
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '-200' })).toBeUndefined();
  });

  it('gives up after repeated failures instead of retrying forever', async () => {
    const { repos, platform, worker, clock } = await setup(() => ({ kind: 'retry', afterMs: 1_000, reason: '502 bad gateway' }));
    await repos.subscriptions.put(sub('1', ['triangle']));
    const story = makeStory('s1');
    await repos.stories.put(story);
    await worker.enqueue(story);
    for (let i = 0; i < 20; i++) {
      await worker.runOnce();
      clock.advance(1_000);
    }
    expect(platform.attempts).toBe(12);
    expect(await repos.outbox.pendingStories()).toEqual([]);
    expect(await repos.outbox.getDelivery('s1', { platform: 'telegram', chatId: '1' })).toMatchObject({ state: 'failed' });
  });

  it('resumes after a crash in the middle of a fan-out: nothing lost, at most the in-flight sends repeated', async () => {
    const store = createMemoryStore();
    const repos = createRepositories(store);
    for (let i = 0; i < 40; i++) await repos.subscriptions.put(sub(String(i), ['triangle']));
    const story = makeStory('s1');
    await repos.stories.put(story);
    // First process: after 10 sends the platform hangs, like a process killed mid-send.
    const delivered: string[] = [];
    const hanging = createRecordingPlatform('telegram', (t, _p, n) => {
      if (n > 10) return new Promise(() => {});
      delivered.push(t.chatId);
      return undefined;
    });
    const first = createDeliveryWorker({ repos, platforms: [hanging], logger: createSilentLogger(), concurrency: 4 });
    await first.enqueue(story);
    void first.runOnce();
    await new Promise((r) => setTimeout(r, 50));
    expect(delivered).toHaveLength(10);
    // Restart: a new worker over the same store.
    const after = createRecordingPlatform('telegram');
    const second = createDeliveryWorker({ repos, platforms: [after], logger: createSilentLogger() });
    await second.drain();
    const all = [...delivered, ...after.sent.map((s) => s.target.split(':')[1])];
    expect(new Set(all).size).toBe(40);
    expect(all.length - 40).toBeLessThanOrEqual(4); // only the sends that were in flight
  });
});
