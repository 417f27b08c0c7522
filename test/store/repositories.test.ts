import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, type Store } from '../../src/store/index.ts';
import { makeStory } from '../support/stories.ts';
import { STORE_KINDS, openTestStore } from '../support/stores.ts';

describe.each(STORE_KINDS)('repositories on %s', (kind) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('keeps stories with newest-first indexes by topic, outlet and speaker', async () => {
    store = await openTestStore(kind);
    const repos = createRepositories(store);
    await repos.stories.put(makeStory('old', { publishedAt: '2026-11-01T00:00:00Z' }));
    await repos.stories.put(makeStory('us', { publishedAt: '2026-11-02T00:00:00Z', topics: ['us'] }));
    await repos.stories.put(makeStory('new', { publishedAt: '2026-11-03T00:00:00Z' }));
    expect((await repos.stories.latest({ limit: 10 })).map((s) => s.id)).toEqual(['new', 'us', 'old']);
    expect((await repos.stories.latest({ topic: 'china-russia', limit: 10 })).map((s) => s.id)).toEqual(['new', 'old']);
    expect((await repos.stories.latest({ speaker: 'wang-yi', limit: 1 })).map((s) => s.id)).toEqual(['new']);
    expect((await repos.stories.latest({ outlet: 'kompastv', limit: 10 })).length).toBe(3);
    expect(await repos.stories.get('missing')).toBeUndefined();
  });

  it('keeps subscriptions, lists only active ones, and moves a migrated chat', async () => {
    store = await openTestStore(kind);
    const repos = createRepositories(store);
    const a = { platform: 'telegram' as const, chatId: '-100' };
    const b = { platform: 'discord' as const, chatId: '42', threadId: '7' };
    await Promise.all([
      repos.subscriptions.put({ target: a, topics: ['triangle'], active: true, createdAt: 'x' }),
      repos.subscriptions.put({ target: b, topics: ['us'], active: true, createdAt: 'x' }),
    ]);
    expect((await repos.subscriptions.listActive()).length).toBe(2);
    await repos.subscriptions.deactivate(b, 'deleted channel');
    expect((await repos.subscriptions.listActive()).map((s) => s.target)).toEqual([a]);
    await repos.subscriptions.move(a, { platform: 'telegram', chatId: '-100999' });
    expect((await repos.subscriptions.listActive()).map((s) => s.target.chatId)).toEqual(['-100999']);
  });

  it('keeps outbox records and source state across a reopen of the same store', async () => {
    store = await openTestStore(kind);
    const repos = createRepositories(store);
    const t = { platform: 'telegram' as const, chatId: '1' };
    await repos.outbox.enqueue('s1', [t], new Date());
    await repos.outbox.putDelivery({ storyId: 's1', target: t, state: 'sending', attempts: 1, notBefore: 0 });
    await repos.sources.put({ sourceId: 'kompastv:feed', initialized: true, consecutiveFailures: 2, etag: '"abc"' });
    await repos.seen.add('kompastv:feed', 'https://example.id/a');
    expect(await repos.outbox.pendingStories()).toEqual(['s1']);
    expect(await repos.outbox.getDelivery('s1', t)).toMatchObject({ state: 'sending', attempts: 1 });
    expect(await repos.sources.get('kompastv:feed')).toMatchObject({ etag: '"abc"', consecutiveFailures: 2 });
    expect(await repos.seen.hasMany('kompastv:feed', ['https://example.id/a', 'https://example.id/b'])).toEqual([true, false]);
    await repos.outbox.complete('s1');
    expect(await repos.outbox.pendingStories()).toEqual([]);
  });

  it('merges speaker aliases and lists every speaker', async () => {
    store = await openTestStore(kind);
    const repos = createRepositories(store);
    await repos.speakers.upsert({ slug: 'wang-yi', name: 'Wang Yi', aliases: ['Wang'] });
    await repos.speakers.upsert({ slug: 'wang-yi', name: 'Wang Yi', aliases: ['Menlu Wang'], role: 'Menteri Luar Negeri China' });
    await repos.speakers.upsert({ slug: 'zhang-hanhui', name: 'Zhang Hanhui', aliases: [] });
    expect(await repos.speakers.get('wang-yi')).toMatchObject({ aliases: ['Wang', 'Menlu Wang'], role: 'Menteri Luar Negeri China' });
    expect((await repos.speakers.list()).map((s) => s.slug).sort()).toEqual(['wang-yi', 'zhang-hanhui']);
  });
});
