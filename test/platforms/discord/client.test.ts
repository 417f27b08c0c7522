import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, createRepositories } from '../../../src/store/index.ts';
import { makeStory } from '../../support/stories.ts';
import { startHarness, textOf, type Harness } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Repositories whose story and speaker reads take `ms`, standing for a busy remote store. */
function slowRepos(ms: number) {
  const repos = createRepositories(createMemoryStore());
  const latest = repos.stories.latest.bind(repos.stories);
  const list = repos.speakers.list;
  repos.stories.latest = async (q) => {
    await new Promise((r) => setTimeout(r, ms));
    return latest(q);
  };
  repos.speakers.list = async () => {
    await new Promise((r) => setTimeout(r, ms));
    return list();
  };
  return repos;
}

describe('a slow command', () => {
  it('is deferred, then the answer replaces the "thinking" message', async () => {
    const repos = slowRepos(300);
    await repos.stories.put(makeStory('s1'));
    h = await startHarness({ repos, platform: { deferAfterMs: 50 } });
    const r = await h.command('latest');
    expect(r.callback.type).toBe(5);
    expect(textOf(r.message)).toContain('Menlu Tiongkok bertemu Menlu Rusia');
    expect(h.emu.interactionResponses.map((a) => a.kind)).toEqual(['callback', 'edit-original']);
  });

  it('a user mistake found after deferring is still answered privately', async () => {
    h = await startHarness({ repos: slowRepos(300), platform: { deferAfterMs: 50 } });
    const r = await h.command('quotes', { speaker: 'nobody-at-all' });
    expect(r.callback.type).toBe(5);
    expect(r.ephemeral).toBe(true);
    expect(textOf(r.message)).toMatch(/no quotes/i);
    expect(h.emu.interactionResponses.map((a) => a.kind)).toEqual(['callback', 'delete-original', 'followup']);
  });
});

describe('sharding', () => {
  it('runs the shards it is given, each identifying as [id, count] and getting its own guilds', async () => {
    // The test guild lives on shard (id >> 22) % 2; its command arrives through that shard's session.
    h = await startHarness({ emulator: { maxConcurrency: 2 }, platform: { shards: [0, 1], shardCount: 2 } });
    const identifies = h.emu.gatewayLog.filter((g) => g.direction === 'in' && g.op === 2).map((g) => g.d.shard);
    expect(identifies.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(h.platform.client.options.shardCount).toBe(2);
    const r = await h.command('help');
    expect(r.callback.type).toBe(4);
  });

  it("with 'auto', takes the shard count Discord recommends", async () => {
    h = await startHarness({ emulator: { maxConcurrency: 2, recommendedShards: 2 }, platform: { shards: 'auto' } });
    expect(h.platform.client.options.shards).toEqual([0, 1]);
  });
});
