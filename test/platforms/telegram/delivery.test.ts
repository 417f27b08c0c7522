import { afterEach, describe, expect, it } from 'vitest';
import { createDeliveryWorker } from '../../../src/delivery/worker.ts';
import type { Subscription } from '../../../src/domain/subscription.ts';
import type { Topic } from '../../../src/domain/topics.ts';
import { createManualClock } from '../../../src/ops/clock.ts';
import { createSilentLogger } from '../../../src/ops/logger.ts';
import { createTelegramPlatform } from '../../../src/platforms/telegram/bot.ts';
import { createMemoryStore, createRepositories, type Store } from '../../../src/store/index.ts';
import type { KV } from '../../../src/store/kv.ts';
import { startTelegramEmulator, type TelegramEmulator } from '../../emulators/telegram.ts';
import { makeStory } from '../../support/stories.ts';
import { OUTLETS } from './harness.ts';

let emulator: TelegramEmulator;
afterEach(() => emulator?.close());

function sub(chatId: number, topics: Topic[] = ['triangle'], threadId?: number): Subscription {
  return { target: { platform: 'telegram', chatId: String(chatId), ...(threadId ? { threadId: String(threadId) } : {}) }, topics, active: true, createdAt: '2026-11-01T00:00:00Z' };
}

async function setup(opts: { store?: Store; globalPerSecond?: number; concurrency?: number; manualClock?: boolean } = {}) {
  emulator ??= await startTelegramEmulator({ globalPerSecond: opts.globalPerSecond ?? 1000, perChatPerMinute: 1000 });
  const store = opts.store ?? createMemoryStore();
  const repos = createRepositories(store);
  const logger = createSilentLogger();
  const platform = createTelegramPlatform({ token: emulator.token, apiRoot: emulator.apiRoot, repos, outlets: OUTLETS, logger, throttle: { globalPerSecond: opts.globalPerSecond ?? 1000, perGroupPerMinute: 1000 } });
  const clock = opts.manualClock ? createManualClock(Date.now()) : undefined;
  const worker = createDeliveryWorker({ repos, platforms: [platform], logger, concurrency: opts.concurrency ?? 16, ...(clock ? { clock } : {}) });
  return { repos, platform, worker, store };
}

const story = makeStory('s1', {
  title: 'Menlu <Tiongkok> & Rusia',
  english: { title: 'China & Russia: "no third party" <talks>', summary: 'The ministers met in Beijing & agreed on more cooperation.', quotes: ['Our cooperation is not aimed at any third party.'] },
});

describe('posting through the outbox', () => {
  it('posts an escaped HTML post with a preview of the original, into the forum topic that subscribed', async () => {
    emulator = await startTelegramEmulator({ globalPerSecond: 1000 });
    emulator.addChat({ id: 5, type: 'private' });
    emulator.addChat({ id: -100300, type: 'supergroup', is_forum: true });
    const { repos, worker } = await setup();
    await repos.subscriptions.put(sub(5));
    await repos.subscriptions.put(sub(-100300, ['china-russia'], 42));
    await repos.stories.put(story);
    expect(await worker.enqueue(story)).toBe(2);
    await worker.drain({ timeoutMs: 10_000 });
    const [dm] = emulator.messagesTo(5);
    expect(dm.text).toContain('<b><a href="https://www.kompas.tv/internasional/s1">China &amp; Russia: &quot;no third party&quot; &lt;talks&gt;</a></b>');
    expect(dm.plain).toContain('— Wang Yi, Menteri Luar Negeri China');
    expect(dm.plain).toContain('#china #russia #china_russia #triangle');
    expect(dm.plain).toContain('KompasTV · 20 Nov 2026, 02:30 UTC');
    expect(dm.link_preview_options?.url).toBe('https://www.kompas.tv/internasional/s1');
    const topic = emulator.messagesTo(-100300);
    expect(topic).toHaveLength(1);
    expect(topic[0].message_thread_id).toBe(42);
  });

  it('marks an untranslated post', async () => {
    emulator = await startTelegramEmulator({ globalPerSecond: 1000 });
    emulator.addChat({ id: 5, type: 'private' });
    const { repos, worker } = await setup();
    await repos.subscriptions.put(sub(5));
    const plain = makeStory('s2');
    await repos.stories.put(plain);
    await worker.enqueue(plain);
    await worker.drain({ timeoutMs: 10_000 });
    expect(emulator.messagesTo(5)[0].plain).toMatch(/Not yet translated/);
  });
});

describe('rate limits and failures', () => {
  it('rides out a 429 storm: every chat gets the post exactly once', async () => {
    emulator = await startTelegramEmulator({ globalPerSecond: 1000 });
    for (let i = 1; i <= 20; i++) emulator.addChat({ id: i, type: 'private' });
    emulator.storm(25, 1);
    const { repos, worker } = await setup();
    for (let i = 1; i <= 20; i++) await repos.subscriptions.put(sub(i));
    await repos.stories.put(story);
    await worker.enqueue(story);
    await worker.drain({ timeoutMs: 20_000 });
    expect(emulator.stats.rejected429).toBe(25);
    for (let i = 1; i <= 20; i++) expect(emulator.messagesTo(i), `chat ${i}`).toHaveLength(1);
  });

  it('hands a long retry_after back to the outbox instead of sleeping on it', async () => {
    emulator = await startTelegramEmulator({ globalPerSecond: 1000 });
    emulator.addChat({ id: 5, type: 'private' });
    emulator.storm(1, 120);
    const { repos, worker } = await setup({ manualClock: true });
    await repos.subscriptions.put(sub(5));
    await repos.stories.put(story);
    await worker.enqueue(story);
    const first = await worker.runOnce();
    expect(first.retried).toBe(1);
    const delivery = await repos.outbox.getDelivery('s1', { platform: 'telegram', chatId: '5' });
    expect(delivery).toMatchObject({ state: 'pending', lastError: expect.stringContaining('429') });
    expect(delivery!.notBefore - Date.now()).toBeGreaterThan(100_000);
    await worker.drain({ timeoutMs: 600_000 });
    expect(emulator.messagesTo(5)).toHaveLength(1);
  });

  it('deactivates the subscription of a chat that kicked the bot, and serves the rest', async () => {
    emulator = await startTelegramEmulator({ globalPerSecond: 1000 });
    emulator.addChat({ id: -200, type: 'group' });
    emulator.addChat({ id: 5, type: 'private' });
    emulator.kick(-200);
    const { repos, worker } = await setup();
    await repos.subscriptions.put(sub(-200));
    await repos.subscriptions.put(sub(5));
    await repos.subscriptions.put(sub(77)); // a chat Telegram does not know: "chat not found"
    await repos.stories.put(story);
    await worker.enqueue(story);
    const stats = await worker.drain({ timeoutMs: 10_000 });
    expect(stats.gone).toBe(2);
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '-200' })).toMatchObject({ active: false, inactiveReason: expect.stringContaining('403') });
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '77' })).toMatchObject({ active: false, inactiveReason: expect.stringContaining('chat not found') });
    expect(emulator.messagesTo(5)).toHaveLength(1);
  });

  it('follows a group migrated to a supergroup', async () => {
    emulator = await startTelegramEmulator({ globalPerSecond: 1000 });
    emulator.addChat({ id: -200, type: 'group' });
    emulator.migrate(-200, -100200);
    const { repos, worker } = await setup();
    await repos.subscriptions.put(sub(-200));
    await repos.stories.put(story);
    await worker.enqueue(story);
    await worker.drain({ timeoutMs: 10_000 });
    expect(emulator.messagesTo(-100200)).toHaveLength(1);
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '-100200' })).toMatchObject({ active: true });
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '-200' })).toBeUndefined();
  });
});

/** A store whose every operation hangs once `crash()` is called: a process that died mid-fan-out. */
function crashable(store: Store): Store & { crash(): void } {
  let dead = false;
  const hang = <T>(work: () => Promise<T>): Promise<T> => (dead ? new Promise<T>(() => {}) : work());
  return {
    kind: store.kind,
    namespace(name: string): KV {
      const kv = store.namespace(name);
      return {
        get: (k) => hang(() => kv.get(k)),
        getMany: (k) => hang(() => kv.getMany(k)),
        set: (k, v, t) => hang(() => kv.set(k, v, t)),
        delete: (k) => hang(() => kv.delete(k)),
      };
    },
    close: () => store.close(),
    crash: () => {
      dead = true;
    },
  };
}

describe('restart in the middle of a fan-out', () => {
  it('loses nothing and re-sends at most the posts that were in flight', async () => {
    const CHATS = 120;
    const CONCURRENCY = 4;
    emulator = await startTelegramEmulator({ globalPerSecond: 200 });
    for (let i = 1; i <= CHATS; i++) emulator.addChat({ id: i, type: 'private' });
    const durable = createMemoryStore();
    const first = crashable(durable);
    const before = await setup({ store: first, globalPerSecond: 200, concurrency: CONCURRENCY });
    for (let i = 1; i <= CHATS; i++) await before.repos.subscriptions.put(sub(i));
    await before.repos.stories.put(story);
    await before.worker.enqueue(story);
    void before.worker.drain({ timeoutMs: 60_000 });
    while (emulator.sent.length < CHATS / 3) await new Promise((r) => setTimeout(r, 5));
    first.crash();
    const sentAtCrash = emulator.sent.length;
    expect(sentAtCrash).toBeLessThan(CHATS);

    const after = await setup({ store: durable, globalPerSecond: 200, concurrency: CONCURRENCY });
    await after.worker.drain({ timeoutMs: 30_000 });
    const counts = Array.from({ length: CHATS }, (_, i) => emulator.messagesTo(i + 1).length);
    expect(counts.filter((c) => c === 0), 'lost').toHaveLength(0);
    expect(Math.max(...counts), 'no chat gets it more than twice').toBeLessThanOrEqual(2);
    const duplicates = counts.filter((c) => c === 2).length;
    expect(duplicates, 'only the sends in flight at the crash are repeated').toBeLessThanOrEqual(CONCURRENCY);
    expect(await durable.namespace('outbox').get('pending')).toEqual([]);
  });
});
