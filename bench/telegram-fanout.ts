// Fan-out benchmark: one story to 2,000 Telegram chats through the outbox, the real grammy stack
// (throttler + auto-retry) and the loopback Bot API emulator enforcing a global limit of 300
// messages/s with 429s. Prints elapsed time against the theoretical minimum (2000 / 300 s), the 429s
// received, and lost and duplicated messages. Then times every command against a store holding
// 50,000 stories, against a bare Bot API round trip measured in the same run.
//
//   npm run bench:telegram [-- --chats 2000 --rate 300 --stories 50000 --store memory|sqlite]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDeliveryWorker } from '../src/delivery/worker.ts';
import { createSilentLogger } from '../src/ops/logger.ts';
import { createTelegramPlatform } from '../src/platforms/telegram/bot.ts';
import { createMemoryStore, createRepositories, openStore, type Store } from '../src/store/index.ts';
import { startTelegramEmulator } from '../test/emulators/telegram.ts';
import { makeStory } from '../test/support/stories.ts';
import { fillStories, median } from './lib/stored-stories.ts';
import { OUTLETS } from '../test/platforms/telegram/harness.ts';

const { values } = parseArgs({
  options: {
    chats: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '300' },
    stories: { type: 'string', default: '50000' },
    store: { type: 'string', default: 'memory' },
    'skip-commands': { type: 'boolean', default: false },
  },
});
const CHATS = Number(values.chats);
const RATE = Number(values.rate);
const STORIES = Number(values.stories);

async function makeStore(): Promise<Store> {
  return values.store === 'sqlite' ? openStore(`sqlite://${join(mkdtempSync(join(tmpdir(), 'kabar-bench-')), 'kabar.sqlite')}`) : createMemoryStore();
}

async function fanout(): Promise<void> {
  const emulator = await startTelegramEmulator({ globalPerSecond: RATE, perChatPerMinute: 20 });
  const store = await makeStore();
  const repos = createRepositories(store);
  const logger = createSilentLogger();
  const platform = createTelegramPlatform({ token: emulator.token, apiRoot: emulator.apiRoot, repos, outlets: OUTLETS, logger, throttle: { globalPerSecond: RATE, perGroupPerMinute: 20 } });
  const worker = createDeliveryWorker({ repos, platforms: [platform], logger, concurrency: 64 });
  // Three chats in four are private, the rest groups (each with its own per-group limit).
  const ids = Array.from({ length: CHATS }, (_, i) => (i % 4 === 3 ? -(1_000_000 + i) : 1_000_000 + i));
  for (const id of ids) {
    emulator.addChat({ id, type: id > 0 ? 'private' : 'supergroup' });
    await repos.subscriptions.put({ target: { platform: 'telegram', chatId: String(id) }, topics: ['triangle'], active: true, createdAt: new Date().toISOString() });
  }
  const story = makeStory('bench-1', { english: { title: 'China and Russia sign a new trade agreement', summary: 'The agreement covers energy & grain.', quotes: ['A new chapter.'] } });
  await repos.stories.put(story);

  const started = performance.now();
  const cpu = process.cpuUsage();
  const queued = await worker.enqueue(story);
  await worker.drain({ timeoutMs: 600_000, pollMs: 20 });
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;

  const counts = new Map<number, number>();
  for (const m of emulator.sent) counts.set(m.chat_id, (counts.get(m.chat_id) ?? 0) + 1);
  const lost = ids.filter((id) => !counts.get(id)).length;
  const duplicated = [...counts.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
  const minimum = CHATS / RATE;
  console.log(`fan-out: ${queued} targets, ${CHATS} chats, limit ${RATE}/s (store: ${store.kind})`);
  console.log(`  elapsed ${elapsed.toFixed(2)} s, theoretical minimum ${minimum.toFixed(2)} s, ratio ${(elapsed / minimum).toFixed(3)} (target ≤ 1.10)`);
  console.log(`  429s received ${emulator.stats.rejected429}, lost ${lost}, duplicated ${duplicated}`);
  // Bot and emulator share this process: CPU near the elapsed time means the machine, not the limit, set the pace.
  console.log(`  CPU ${cpuSeconds.toFixed(2)} s over ${elapsed.toFixed(2)} s (bot + emulator in one process)`);
  await platform.stop();
  await emulator.close();
  await store.close();
}

async function commandLatency(): Promise<void> {
  const emulator = await startTelegramEmulator({ globalPerSecond: 1000, perChatPerMinute: 1000 });
  const store = await makeStore();
  const repos = createRepositories(store);
  const seconds = await fillStories(repos, STORIES, OUTLETS);
  console.log(`commands: ${STORIES} stories stored in ${seconds.toFixed(1)} s (store: ${store.kind})`);
  const platform = createTelegramPlatform({ token: emulator.token, apiRoot: emulator.apiRoot, repos, outlets: OUTLETS, logger: createSilentLogger(), throttle: { globalPerSecond: 1000, perGroupPerMinute: 1000 } });
  await platform.start();
  emulator.addChat({ id: 7, type: 'private' });
  emulator.addChat({ id: -100300, type: 'supergroup', is_forum: true, admins: [7] });

  async function answerMs(chatId: number, text: string, threadId?: number): Promise<number> {
    const before = emulator.sent.length;
    const started = performance.now();
    emulator.sendCommand(chatId, 7, text, threadId ? { threadId } : {});
    while (!emulator.sent.slice(before).some((m) => m.chat_id === chatId)) await new Promise((r) => setImmediate(r));
    return performance.now() - started;
  }
  // The peer: the same path with a bare Bot API round trip (an unknown command's one-line answer).
  const peer: number[] = [];
  for (let i = 0; i < 20; i++) peer.push(await answerMs(7, '/nosuchcommand'));
  const base = median(peer);
  console.log(`  peer (unknown-command round trip): median ${base.toFixed(1)} ms`);
  const lines = ['/start', '/help', '/latest', '/latest russia 10', '/latest wang 10', '/latest kompastv 10', '/quotes wang-yi 10', '/quotes Wang Yi', '/quotes wang', '/quotes lavrof', '/speakers', '/speakers wang', '/subscribe china-russia', '/subscriptions', '/unsubscribe', '/sources'];
  let worst = 0;
  for (const line of lines) {
    const runs: number[] = [];
    for (let i = 0; i < 10; i++) runs.push(await answerMs(i % 2 ? 7 : -100300, line, i % 2 ? undefined : 42));
    worst = Math.max(worst, Math.max(...runs));
    console.log(`  ${line.padEnd(26)} median ${median(runs).toFixed(1)} ms, max ${Math.max(...runs).toFixed(1)} ms, ×${(median(runs) / base).toFixed(2)} of peer`);
  }
  console.log(`  slowest answer ${worst.toFixed(1)} ms (target < 200 ms)`);
  await platform.stop();
  await emulator.close();
  await store.close();
}


await fanout();
if (!values['skip-commands']) await commandLatency();
