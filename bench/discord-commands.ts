// Discord benchmark. (1) Every slash command and autocomplete, through the real discord.js client and
// the loopback gateway + REST emulator, against a store holding 50,000 stories; each timed from
// INTERACTION_CREATE to the answer the user sees, against a peer measured in the same run: the
// round trip of an unknown command (same gateway, client and callback path, no store work).
// (2) A fan-out to many channels whose process dies midway; a new process finishes it on the same
// store. Prints lost and duplicated posts.
//
//   npm run bench:discord [-- --stories 50000 --store memory|sqlite --channels 500]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChatPlatform } from '../src/delivery/platform.ts';
import { createDeliveryWorker } from '../src/delivery/worker.ts';
import { createSilentLogger } from '../src/ops/logger.ts';
import { createDiscordPlatform } from '../src/platforms/discord/client.ts';
import { registerCommands } from '../src/platforms/discord/commands.ts';
import { createMemoryStore, createRepositories, openStore, type Store } from '../src/store/index.ts';
import { ChannelKind, Perm, startDiscordEmulator, type InteractionInput } from '../test/emulators/discord.ts';
import { addTestGuild, CH, GUILD, OUTLETS } from '../test/platforms/discord/harness.ts';
import { makeStory } from '../test/support/stories.ts';
import { fillStories, median } from './lib/stored-stories.ts';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '50000' },
    store: { type: 'string', default: 'memory' },
    channels: { type: 'string', default: '500' },
    runs: { type: 'string', default: '10' },
  },
});
const STORIES = Number(values.stories);
const CHANNELS = Number(values.channels);
const RUNS = Number(values.runs);

async function makeStore(): Promise<Store> {
  return values.store === 'sqlite' ? openStore(`sqlite://${join(mkdtempSync(join(tmpdir(), 'kabar-bench-')), 'kabar.sqlite')}`) : createMemoryStore();
}


async function commandLatency(): Promise<void> {
  const emu = await startDiscordEmulator();
  addTestGuild(emu);
  const store = await makeStore();
  const repos = createRepositories(store);
  const seconds = await fillStories(repos, STORIES, OUTLETS);
  console.log(`commands: ${STORIES} stories stored in ${seconds.toFixed(1)} s (store: ${store.kind})`);
  await registerCommands({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot, guildId: GUILD });
  const platform = createDiscordPlatform({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot, repos, outlets: OUTLETS, logger: createSilentLogger() });
  await platform.start();

  const base = { guildId: GUILD, channelId: CH.text };
  const time = async (input: Omit<InteractionInput, 'guildId' | 'channelId'>) => (await emu.sendInteraction({ ...base, ...input })).ms;
  // Warm-up, so neither the peer nor the first command pays for JIT compilation.
  for (let i = 0; i < 30; i++) await time(i % 2 ? { kind: 'command', name: 'nosuchcommand' } : { kind: 'command', name: 'latest' });
  const peerRuns: number[] = [];
  for (let i = 0; i < 20; i++) peerRuns.push(await time({ kind: 'command', name: 'nosuchcommand' }));
  const peer = median(peerRuns);
  console.log(`  peer (unknown-command round trip): median ${peer.toFixed(1)} ms`);

  const manager = Perm.ManageChannels;
  const cases: [string, Omit<InteractionInput, 'guildId' | 'channelId'>][] = [
    ['/help', { kind: 'command', name: 'help' }],
    ['/latest', { kind: 'command', name: 'latest' }],
    ['/latest russia 10', { kind: 'command', name: 'latest', options: { filter: 'russia', n: 10 } }],
    ['/latest wang 10', { kind: 'command', name: 'latest', options: { filter: 'wang', n: 10 } }],
    ['/latest kompastv 10', { kind: 'command', name: 'latest', options: { filter: 'kompastv', n: 10 } }],
    ['/quotes wang-yi 10', { kind: 'command', name: 'quotes', options: { speaker: 'wang-yi', n: 10 } }],
    ['/quotes wang', { kind: 'command', name: 'quotes', options: { speaker: 'wang' } }],
    ['/quotes lavrof (typo)', { kind: 'command', name: 'quotes', options: { speaker: 'lavrof' } }],
    ['/speakers', { kind: 'command', name: 'speakers' }],
    ['/speakers wang', { kind: 'command', name: 'speakers', options: { query: 'wang' } }],
    ['/subscribe (refused)', { kind: 'command', name: 'subscribe', options: { topic: 'russia' } }],
    ['/subscribe china-russia us', { kind: 'command', name: 'subscribe', options: { topic: 'china-russia', 'topic-2': 'us' }, permissions: manager }],
    ['/subscriptions', { kind: 'command', name: 'subscriptions' }],
    ['/unsubscribe us', { kind: 'command', name: 'unsubscribe', options: { topic: 'us' }, permissions: manager }],
    ['/sources', { kind: 'command', name: 'sources' }],
    ['autocomplete speaker "wa"', { kind: 'autocomplete', name: 'quotes', options: { speaker: 'wa' }, focused: 'speaker' }],
    ['autocomplete filter "ru"', { kind: 'autocomplete', name: 'latest', options: { filter: 'ru' }, focused: 'filter' }],
  ];
  let worst = 0;
  for (const [label, input] of cases) {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await time(input));
    worst = Math.max(worst, ...runs);
    console.log(`  ${label.padEnd(28)} median ${median(runs).toFixed(1)} ms, max ${Math.max(...runs).toFixed(1)} ms, ×${(median(runs) / peer).toFixed(2)} of peer`);
  }
  console.log(`  slowest answer ${worst.toFixed(1)} ms (target < 200 ms)`);
  await platform.stop();
  await emu.close();
  await store.close();
}

async function restartFanout(): Promise<void> {
  const emu = await startDiscordEmulator({ bucketLimit: 10_000 });
  const ids = Array.from({ length: CHANNELS }, (_, i) => String(820000000000000000n + BigInt(i)));
  emu.addGuild({ id: '800000000000000009', name: 'Many', channels: ids.map((id, i) => ({ id, type: i % 25 === 7 ? ChannelKind.forum : i % 3 ? ChannelKind.text : ChannelKind.announcement, name: `c${i}` })) });
  const store = await makeStore();
  const repos = createRepositories(store);
  for (const id of ids) await repos.subscriptions.put({ target: { platform: 'discord', chatId: id }, topics: ['triangle'], active: true, createdAt: new Date().toISOString() });
  const story = makeStory('fan-1');
  await repos.stories.put(story);
  // Both processes run the gateway as `kabar run` does: channel kinds come from its cache.
  const make = async () => {
    const p = createDiscordPlatform({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot, repos, outlets: OUTLETS, logger: createSilentLogger() });
    await p.start();
    return p;
  };

  // The first process dies after 40% of the sends: from then on, every other post reaches Discord
  // without its outcome being recorded, the rest never leave.
  const first = await make();
  let calls = 0;
  const crashAt = Math.floor(CHANNELS * 0.4);
  const crashing: ChatPlatform = {
    name: 'discord',
    async send(target, post, opts) {
      if (++calls <= crashAt) return first.send(target, post, opts);
      if (calls % 2) await first.send(target, post, opts);
      return new Promise(() => {});
    },
  };
  const started = performance.now();
  const doomed = createDeliveryWorker({ repos, platforms: [crashing], logger: createSilentLogger(), concurrency: 32 });
  await doomed.enqueue(story);
  void doomed.runOnce();
  while (calls < crashAt + 32) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 100));
  const beforeRestart = emu.messages.length;

  const second = await make();
  const worker = createDeliveryWorker({ repos, platforms: [second], logger: createSilentLogger(), concurrency: 32 });
  await worker.drain({ timeoutMs: 120_000, pollMs: 20 });
  const elapsed = (performance.now() - started) / 1000;
  const perTarget = new Map<string, number>();
  for (const id of ids) {
    const count = emu.messagesIn(id).length + emu.threadsOf(id).length;
    perTarget.set(id, count);
  }
  const lost = ids.filter((id) => !perTarget.get(id)).length;
  const duplicated = [...perTarget.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
  const resent = emu.requests.filter((r) => r.method === 'POST' && r.status === 200).length - emu.messages.filter((m) => !m.threadName).length;
  console.log(`restart mid-fan-out: ${CHANNELS} channels (text, announcement, forum), ${beforeRestart} posted before the crash (store: ${store.kind})`);
  console.log(`  lost ${lost}, duplicated ${duplicated}, resends answered from the nonce ${resent}, total ${elapsed.toFixed(2)} s`);
  // @discordjs/rest keeps to Discord's global 50 requests/s, so the floor is one request per post at that rate.
  console.log(`  floor at 50 requests/s: ${(CHANNELS / 50).toFixed(2)} s, ratio ${(elapsed / (CHANNELS / 50)).toFixed(2)}`);
  await first.stop();
  await second.stop();
  await emu.close();
  await store.close();
}

await commandLatency();
await restartFanout();
