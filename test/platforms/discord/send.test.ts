import { afterEach, describe, expect, it } from 'vitest';
import { createDeliveryWorker } from '../../../src/delivery/worker.ts';
import type { ChatPlatform } from '../../../src/delivery/platform.ts';
import type { Subscription } from '../../../src/domain/subscription.ts';
import type { Topic } from '../../../src/domain/topics.ts';
import { createSilentLogger } from '../../../src/ops/logger.ts';
import { createDiscordPlatform } from '../../../src/platforms/discord/client.ts';
import { createMemoryStore, createRepositories, type Repositories } from '../../../src/store/index.ts';
import { ChannelKind, startDiscordEmulator, type DiscordEmulator } from '../../emulators/discord.ts';
import { makeStory } from '../../support/stories.ts';
import { CH, OUTLETS, createCapturingLogger, startHarness, type Harness } from './harness.ts';

const sub = (chatId: string, topics: Topic[] = ['triangle']): Subscription => ({ target: { platform: 'discord', chatId }, topics, active: true, createdAt: '2026-11-01T00:00:00Z' });

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function deliver(harness: Harness, ...stories: ReturnType<typeof makeStory>[]) {
  const worker = createDeliveryWorker({ repos: harness.repos, platforms: [harness.platform], logger: createSilentLogger() });
  for (const story of stories) {
    await harness.repos.stories.put(story);
    await worker.enqueue(story);
  }
  return worker.drain({ timeoutMs: 10_000, pollMs: 20 });
}

describe('discord posts through the outbox', () => {
  it('posts one embed in a text channel, an announcement channel and a thread, and one forum post per story', async () => {
    h = await startHarness({ gateway: false });
    for (const id of [CH.text, CH.announcement, CH.thread, CH.forum]) await h.repos.subscriptions.put(sub(id));
    const stats = await deliver(h, makeStory('s1'), makeStory('s2'));
    expect(stats.sent).toBe(8);
    for (const id of [CH.text, CH.announcement, CH.thread]) {
      const posted = h.emu.messagesIn(id);
      expect(posted).toHaveLength(2);
      expect(posted[0].body.embeds[0]).toMatchObject({ url: 'https://www.kompas.tv/internasional/s1', footer: { text: expect.stringContaining('story s1') } });
      expect(posted[0].body.nonce).toHaveLength(25);
      expect(posted[0].body.enforce_nonce).toBe(true);
    }
    const threads = h.emu.threadsOf(CH.forum);
    expect(threads.map((t) => t.name)).toEqual(['Menlu Tiongkok bertemu Menlu Rusia di Beijing (s1)', 'Menlu Tiongkok bertemu Menlu Rusia di Beijing (s2)']);
    expect(h.emu.messages.filter((m) => m.threadName)).toHaveLength(2);
  });

  it('pings nobody when an article contains @everyone', async () => {
    h = await startHarness({ gateway: false });
    await h.repos.subscriptions.put(sub(CH.text));
    const story = makeStory('ping', {
      title: '@everyone Menlu bertemu',
      summary: { sentences: ['@here lihat ini <@&123456789012345678>'], text: '@here lihat ini <@&123456789012345678> @everyone' },
    });
    await deliver(h, story);
    const [message] = h.emu.messagesIn(CH.text);
    expect(message.body.allowed_mentions).toEqual({ parse: [] });
    expect(message.pingsEveryone).toBe(false);
    expect(message.body.embeds[0].title).toContain('@everyone');
  });

  it('waits out a 429 inside @discordjs/rest and posts exactly once', async () => {
    h = await startHarness({ gateway: false });
    await h.repos.subscriptions.put(sub(CH.text));
    h.emu.rateLimit(`POST /channels/${CH.text}/messages`, 2);
    const stats = await deliver(h, makeStory('s1'));
    expect(stats).toMatchObject({ sent: 1, retried: 0 });
    expect(h.emu.messagesIn(CH.text)).toHaveLength(1);
    const statuses = h.emu.requests.filter((r) => r.path === `/channels/${CH.text}/messages`).map((r) => r.status);
    expect(statuses).toEqual([429, 429, 200]);
  });

  it('deactivates the subscription of a deleted channel, with a log line, and keeps serving the others', async () => {
    h = await startHarness({ gateway: false });
    await h.repos.subscriptions.put(sub(CH.doomed));
    await h.repos.subscriptions.put(sub(CH.text));
    h.emu.deleteChannel(CH.doomed);
    const { logger, lines } = createCapturingLogger();
    const logged = createDeliveryWorker({ repos: h.repos, platforms: [h.platform], logger });
    const story = makeStory('s1');
    await h.repos.stories.put(story);
    await logged.enqueue(story);
    const stats = await logged.drain({ timeoutMs: 5_000, pollMs: 20 });
    expect(stats).toMatchObject({ sent: 1, gone: 1 });
    expect(await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.doomed })).toMatchObject({ active: false, inactiveReason: expect.stringContaining('404') });
    expect(lines.some((l) => l.level === 40 && /gone/.test(l.msg) && l.target === `discord:${CH.doomed}`)).toBe(true);
    const next = makeStory('s2');
    await h.repos.stories.put(next);
    expect(await logged.enqueue(next)).toBe(1);
  });

  it('treats lost access (403 Missing Access) as gone', async () => {
    h = await startHarness({ gateway: false });
    await h.repos.subscriptions.put(sub(CH.announcement));
    h.emu.revokeAccess(CH.announcement);
    const stats = await deliver(h, makeStory('s1'));
    expect(stats.gone).toBe(1);
    expect(await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.announcement })).toMatchObject({ active: false, inactiveReason: expect.stringContaining('403') });
  });

  it('a resend with the same idempotency key returns the first message instead of a second one', async () => {
    h = await startHarness({ gateway: false });
    const post = { storyId: 's1', title: 'A title', url: 'https://example.com/a', outlets: [], publishedAt: '2026-11-20T02:30:00Z', summary: 'x', quotes: [], topics: ['china' as const], translated: true };
    for (const chatId of [CH.text, CH.forum]) {
      const first = await h.platform.send({ platform: 'discord', chatId }, post, { idempotencyKey: `s1:discord:${chatId}` });
      const again = await h.platform.send({ platform: 'discord', chatId }, post, { idempotencyKey: `s1:discord:${chatId}` });
      expect(first.kind).toBe('sent');
      expect(again).toEqual(first);
    }
    expect(h.emu.messagesIn(CH.text)).toHaveLength(1);
    expect(h.emu.threadsOf(CH.forum)).toHaveLength(1);
  });

  it('keeps an oversized story within Discord limits so it is accepted', async () => {
    h = await startHarness({ gateway: false });
    await h.repos.subscriptions.put(sub(CH.text));
    const long = 'Kalimat yang sangat panjang tentang diplomasi. '.repeat(300);
    const story = makeStory('big', {
      title: 'Judul '.repeat(100),
      summary: { sentences: [long], text: long },
      quotes: Array.from({ length: 30 }, (_, i) => ({ text: long.slice(0, 2000), speaker: `Pembicara ${i}`, speakerSlug: `p-${i}`, role: 'Juru bicara', cue: 'ujar', paragraph: i, articleIds: ['a-big'] })),
    });
    const stats = await deliver(h, story);
    expect(stats.sent).toBe(1);
    expect(h.emu.messagesIn(CH.text)).toHaveLength(1);
  });
});

describe('restart in the middle of a fan-out', () => {
  it('loses nothing and duplicates nothing: resends carry the same nonce', async () => {
    const emu: DiscordEmulator = await startDiscordEmulator();
    const channels = Array.from({ length: 30 }, (_, i) => ({ id: String(820000000000000000n + BigInt(i)), type: i % 10 === 7 ? ChannelKind.forum : i % 3 === 0 ? ChannelKind.announcement : ChannelKind.text, name: `c${i}` }));
    emu.addGuild({ id: '800000000000000009', name: 'Many', channels });
    const repos: Repositories = createRepositories(createMemoryStore());
    for (const c of channels) await repos.subscriptions.put(sub(c.id));
    const stories = [makeStory('r1'), makeStory('r2')];
    for (const s of stories) await repos.stories.put(s);
    const make = () => createDiscordPlatform({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot, repos, outlets: OUTLETS, logger: createSilentLogger() });

    // The first process dies mid-fan-out: after 10 sends, posts to odd-numbered channels reach
    // Discord but their outcome is never recorded, the others never leave; neither ever returns.
    const first = make();
    let calls = 0;
    const crashing: ChatPlatform = {
      name: 'discord',
      async send(target, post, opts) {
        const n = ++calls;
        if (n <= 10) return first.send(target, post, opts);
        if (BigInt(target.chatId) % 2n === 1n) await first.send(target, post, opts);
        return new Promise(() => {});
      },
    };
    const doomed = createDeliveryWorker({ repos, platforms: [crashing], logger: createSilentLogger() });
    for (const s of stories) await doomed.enqueue(s);
    void doomed.runOnce();
    await new Promise((r) => setTimeout(r, 500));
    expect(emu.messages.length).toBeGreaterThan(10);
    expect(emu.messages.length).toBeLessThan(60);

    // A new process: a fresh platform and worker on the same store.
    const second = make();
    const worker = createDeliveryWorker({ repos, platforms: [second], logger: createSilentLogger() });
    await worker.drain({ timeoutMs: 10_000, pollMs: 20 });
    for (const c of channels) {
      if (c.type === ChannelKind.forum) {
        expect(emu.threadsOf(c.id).map((t) => t.name.slice(-4)).sort()).toEqual(['(r1)', '(r2)']);
        continue;
      }
      const posted = emu.messagesIn(c.id).map((m) => String(m.body.embeds[0].footer.text).split(' ')[1]);
      expect(posted.sort()).toEqual(['r1', 'r2']);
    }
    expect(emu.messages).toHaveLength(60);
    // Some posts really were sent twice; the nonce made Discord hand back the first message.
    const posts = emu.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200);
    const textDeliveries = channels.filter((c) => c.type !== ChannelKind.forum).length * stories.length;
    expect(posts.length).toBeGreaterThan(textDeliveries);
    expect(await repos.outbox.pendingStories()).toEqual([]);
    await first.stop();
    await second.stop();
    await emu.close();
  });
});
