// Steady-state memory of `kabar run` with 100 sources, 10,000 subscriptions and 50,000 stored stories,
// against the same program on an empty store with one source (the peer), measured in this one run.
// Usage: npm run bench:memory [-- --seconds 60]
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/config.ts';
import { createRepositories, openStore } from '../src/store/index.ts';
import { startOutletEmulator, type OutletEmulator } from '../test/emulators/outlets.ts';
import { generateArticle, rssFeed } from '../test/support/articles.ts';
import { makeStory } from '../test/support/stories.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, stories: { type: 'string', default: '50000' }, subs: { type: 'string', default: '10000' }, sources: { type: 'string', default: '100' } } });
const SECONDS = Number(values.seconds);
const STORIES = Number(values.stories);
const SUBS = Number(values.subs);
const SOURCES = Number(values.sources);

async function buildState(dir: string): Promise<string> {
  const url = `sqlite://${join(dir, 'kabar.sqlite')}`;
  const store = await openStore(url);
  const repos = createRepositories(store);
  const raw = store.namespace('stories');
  const started = Date.now();
  const direct = STORIES - 500;
  for (let i = 0; i < direct; i += 500) {
    await Promise.all(Array.from({ length: Math.min(500, direct - i) }, (_, k) => raw.set(`story:b${i + k}`, makeStory(`b${i + k}`))));
  }
  // The newest 500 go through the repository so the indexes are real.
  for (let i = direct; i < STORIES; i++) await repos.stories.put(makeStory(`b${i}`, { publishedAt: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString() }));
  for (let i = 0; i < SUBS; i++) {
    await repos.subscriptions.put({ target: { platform: 'telegram', chatId: String(-1000 - i) }, topics: i % 2 ? ['triangle'] : ['china', 'us'], active: true, createdAt: new Date().toISOString() });
  }
  await store.close();
  console.log(`state: ${STORIES} stories, ${SUBS} subscriptions built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return url;
}

function outletsFile(dir: string, emulator: OutletEmulator, count: number): string {
  const outlets = Array.from({ length: count }, (_, i) => ({
    id: `outlet-${i}`,
    name: `Outlet ${i}`,
    schedule: '*/10 * * * * *',
    // Each outlet on its own loopback address, as real outlets are on their own hosts.
    sources: [{ type: 'feed', url: `${emulator.url.replace('127.0.0.1', `127.0.0.${2 + i}`)}/o${i}/rss` }],
  }));
  const path = join(dir, `outlets-${count}.json`);
  writeFileSync(path, JSON.stringify({ outlets }));
  return path;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** Runs `kabar run` for SECONDS and returns its peak and final RSS (MB) over the last half. */
async function measure(env: Record<string, string>, onTick: (t: number) => void): Promise<{ peak: number; last: number }> {
  const proc = // The same flag as `npm start` and the Docker image.
  spawn(process.execPath, ['--max-semi-space-size=2', resolve(REPO_ROOT, 'bin/kabar.js'), 'run'], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', KABAR_LOG_LEVEL: 'warn', ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}), ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  let peak = 0;
  let last = 0;
  for (let t = 0; t < SECONDS; t++) {
    await new Promise((r) => setTimeout(r, 1000));
    onTick(t);
    last = rssOf(proc.pid!);
    if (t >= SECONDS / 2) peak = Math.max(peak, last);
  }
  if (env.KABAR_HTTP_PORT) {
    const metrics = await (await fetch(`http://127.0.0.1:${env.KABAR_HTTP_PORT}/metrics`)).text();
    const pick = (name: string) => (Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(metrics)?.[1] ?? NaN) / 1048576).toFixed(1);
    console.log(`  heap used ${pick('kabar_process_nodejs_heap_size_used_bytes')} MB, heap total ${pick('kabar_process_nodejs_heap_size_total_bytes')} MB, external ${pick('kabar_process_nodejs_external_memory_bytes')} MB`);
  }
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
  return { peak, last };
}

const emulator = await startOutletEmulator({ host: '0.0.0.0' });
const dir = mkdtempSync(join(tmpdir(), 'kabar-bench-mem-'));
let published = 0;
const feeds = new Map<number, { n: number; article: ReturnType<typeof generateArticle> }[]>();
const publish = (source: number) => {
  const n = ++published;
  const article = generateArticle(n);
  emulator.setPage(`/internasional/${n}/${article.slug}`, article.html);
  const items = [...(feeds.get(source) ?? []), { n, article }].slice(-20);
  feeds.set(source, items);
  emulator.setFeed(`/o${source}/rss`, rssFeed(emulator.url, items));
};
for (let i = 0; i < SOURCES; i++) publish(i);

const emptyDir = mkdtempSync(join(tmpdir(), 'kabar-bench-mem-peer-'));
const peer = await measure({ KABAR_STORE: `sqlite://${join(emptyDir, 'kabar.sqlite')}`, KABAR_OUTLETS: outletsFile(emptyDir, emulator, 1), KABAR_HTTP_PORT: '39872' }, () => {});
const storeUrl = await buildState(dir);
// New articles keep arriving on a few sources each second, so polling, extraction, analysis and fan-out all run.
const full = await measure({ KABAR_STORE: storeUrl, KABAR_OUTLETS: outletsFile(dir, emulator, SOURCES), KABAR_HTTP_PORT: '39871' }, (t) => {
  if (t % 2 === 0) publish(t % SOURCES);
});
await emulator.close();

console.log(`peer  (empty store, 1 source):                      peak RSS ${peer.peak.toFixed(1)} MB`);
console.log(`kabar (${SOURCES} sources, ${SUBS} subs, ${STORIES} stories):  peak RSS ${full.peak.toFixed(1)} MB, last ${full.last.toFixed(1)} MB`);
console.log(`ratio kabar/peer: ${(full.peak / peer.peak).toFixed(2)}×   target ≤ 150 MB: ${full.peak <= 150 ? 'met' : 'NOT met'}`);
