// Cluster delivery benchmark. One story fans out to many Telegram chats and Discord channels, sent by
// 1 and then 3 instance processes sharing one Redis and the same global limits (Telegram 30/s,
// Discord 50/s by default). For each run it prints the rate the emulators received as a ratio of the
// limit (the goal: ≥ 0.95 and never above 1.0), the most sends started (by the instances) and received
// (by the emulators) in any sliding window of the limit's period, the 429s the emulators answered, and
// each instance's peak RSS and CPU. The peer is the single instance, measured in the same run.
//
//   npm run bench:cluster [-- --telegram 30/1s --discord 50/1s --seconds 15]
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { createDeliveryQueue } from '../src/cluster/delivery-queue.ts';
import { parseRate, type Rate } from '../src/cluster/rate-limit.ts';
import type { Subscription } from '../src/domain/subscription.ts';
import { createSilentLogger } from '../src/ops/logger.ts';
import { createRepositories, openStore } from '../src/store/index.ts';
import { ChannelKind, startDiscordEmulator } from '../test/emulators/discord.ts';
import { startTelegramEmulator } from '../test/emulators/telegram.ts';
import type { InstanceConfig } from '../test/cluster/support/instance.ts';
import { deleteKeys, uniquePrefix } from '../test/cluster/support/redis.ts';
import { spawnInstance, stopInstance, type RunningInstance } from '../test/cluster/support/spawn-instance.ts';
import { makeStory } from '../test/support/stories.ts';

const { values } = parseArgs({
  options: {
    telegram: { type: 'string', default: '30/1s' },
    discord: { type: 'string', default: '50/1s' },
    seconds: { type: 'string', default: '15' },
    redis: { type: 'string', default: process.env.KABAR_TEST_REDIS ?? 'redis://127.0.0.1:6379' },
  },
});
const TELEGRAM = parseRate(values.telegram)!;
const DISCORD = parseRate(values.discord)!;
const SECONDS = Number(values.seconds);
const perSecond = (r: Rate) => (r.max * 1000) / r.perMs;

/** Most events in any window of `windowMs` (sliding, the strictest reading of a limit). */
function peak(times: number[], windowMs: number): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** Median, 99th percentile and largest of a list. */
function spread(values: number[]): [number, number, number] {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor(q * v.length))] ?? NaN;
  return [at(0.5), at(0.99), v[v.length - 1] ?? NaN];
}

/** Sends per second between the first and the last send. */
function rateOf(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  return t.length < 2 ? 0 : ((t.length - 1) * 1000) / (t[t.length - 1] - t[0]);
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface SlotStats {
  used: number;
  givenUp: number;
  paused: number;
  cold: number;
}

interface PlatformResult {
  sent: number;
  /** Messages per second the emulator received, over the limit. */
  ratio: number;
  /** Most messages the emulator received in any window of the limit's period. */
  peak: number;
  /** Most sends kabar started in any such window (its own clocks, before the network). */
  sendPeak: number;
  rejected: number;
  /** The instances' slots in the shared schedule: used, given up (woke too late), given up to a pause, cold. */
  slots: SlotStats;
  /** Milliseconds from a send's start in kabar to its arrival at the emulator: median, 99th percentile, most. */
  transit: [number, number, number];
}

interface RunResult {
  instances: number;
  telegram: PlatformResult;
  discord: PlatformResult;
  rssMb: number[];
  /** CPU seconds each instance spent during the sends. */
  cpu: number[];
  seconds: number;
}

async function runWith(instanceCount: number): Promise<RunResult> {
  const prefix = uniquePrefix('bench');
  const redis = new Redis(values.redis, { maxRetriesPerRequest: null });
  // The emulators allow more than the limit, so what is measured is kabar's own pacing; the
  // Telegram emulator's token bucket is set to the limit itself, so an overshoot shows as 429s.
  const telegram = await startTelegramEmulator({ globalPerSecond: perSecond(TELEGRAM), perChatPerMinute: 1000 });
  const discord = await startDiscordEmulator({ bucketLimit: 1000 });
  const chats = Math.ceil(perSecond(TELEGRAM) * SECONDS);
  const channels = Math.ceil(perSecond(DISCORD) * SECONDS);
  const subs: Subscription[] = [];
  for (let i = 0; i < chats; i++) {
    const id = -1_002_000_000 - i;
    telegram.addChat({ id, type: 'supergroup', title: `Grup ${i}`, admins: [1], botIsAdmin: true });
    subs.push({ target: { platform: 'telegram', chatId: String(id) }, topics: ['china-russia'], active: true, createdAt: '2026-11-01T00:00:00Z' });
  }
  const channelIds = Array.from({ length: channels }, (_, i) => String(710_000_000_000_000_000n + BigInt(i)));
  discord.addGuild({ id: '810000000000000000', name: 'Bench', channels: channelIds.map((id) => ({ id, type: ChannelKind.text, name: `c${id.slice(-4)}` })) });
  for (const id of channelIds) subs.push({ target: { platform: 'discord', chatId: id }, topics: ['china-russia'], active: true, createdAt: '2026-11-01T00:00:00Z' });

  const store = await openStore(values.redis, { namespace: prefix });
  const repos = createRepositories(store);
  for (const s of subs) await repos.subscriptions.put(s);
  const story = makeStory('bench-1');
  await repos.stories.put(story);

  const logDir = mkdtempSync(join(tmpdir(), 'kabar-bench-'));
  const sendLog = join(logDir, 'sends.log');
  const running: RunningInstance[] = [];
  try {
    for (let i = 0; i < instanceCount; i++) {
      const config: InstanceConfig = {
        instance: `b${i + 1}`,
        redisUrl: values.redis,
        prefix,
        outlets: [],
        schedule: '*/5 * * * *',
        telegram: { apiRoot: telegram.apiRoot, token: telegram.token },
        discord: { apiRoot: discord.apiRoot, token: discord.token },
        telegramRate: values.telegram,
        discordRate: values.discord,
        leaseTtlMs: 30_000,
        lockDurationMs: 30_000,
      };
      running.push(await spawnInstance(config, join(logDir, `b${i + 1}.log`), { env: { KT_SEND_LOG: sendLog } }));
    }
    // The bench process only queues (no workers here): the instances do every send.
    const producer = createDeliveryQueue({ connection: redis, prefix: `${prefix}:bull`, repos, platforms: [{ name: 'telegram', send: async () => ({ kind: 'sent' }) }, { name: 'discord', send: async () => ({ kind: 'sent' }) }], logger: createSilentLogger() });
    const cpuBefore = running.map((r) => cpuSeconds(r.child.pid!));
    const started = Date.now();
    await producer.enqueue(story);
    const deadline = Date.now() + SECONDS * 4_000;
    while (telegram.sent.length < chats || discord.messages.length < channels) {
      if (Date.now() > deadline) throw new Error(`timed out: telegram ${telegram.sent.length}/${chats}, discord ${discord.messages.length}/${channels}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const rssMb = running.map((r) => peakRssMb(r.child.pid!));
    const cpu = running.map((r, i) => cpuSeconds(r.child.pid!) - cpuBefore[i]);
    const seconds = (Date.now() - started) / 1000;
    await producer.close();
    // Stopped first: each instance writes how it used its slots to the send log as it stops.
    for (const r of running) await stopInstance(r);
    const tTimes = telegram.sent.map((m) => m.at);
    const dTimes = discord.messages.map((m) => m.at);
    const lines = readFileSync(sendLog, 'utf8').trim().split('\n').map((l) => l.split(' '));
    const starts = lines.filter(([p]) => p !== 'slots');
    const slots = (name: string) => lines.filter(([k, p]) => k === 'slots' && p === name).map(([, , , json]) => JSON.parse(json) as SlotStats);
    const slotSum = (name: string) => slots(name).reduce((a, b) => ({ used: a.used + b.used, givenUp: a.givenUp + b.givenUp, paused: a.paused + b.paused, cold: a.cold + b.cold }), { used: 0, givenUp: 0, paused: 0, cold: 0 });
    const startsOf = (name: string) => starts.filter(([p]) => p === name).map(([, t]) => Number(t));
    // Each chat gets one message, so a start pairs with the arrival for the same chat.
    const transit = (name: string, arrivals: Map<string, number>) => spread(starts.filter(([p]) => p === name).map(([, t, chat]) => (arrivals.get(chat) ?? NaN) - Number(t)).filter((d) => !Number.isNaN(d)));
    const tTransit = transit('telegram', new Map(telegram.sent.map((m) => [String(m.chat_id), m.at])));
    const dTransit = transit('discord', new Map(discord.messages.map((m) => [m.channelId, m.at])));
    return {
      instances: instanceCount,
      telegram: { sent: tTimes.length, ratio: rateOf(tTimes) / perSecond(TELEGRAM), peak: peak(tTimes, TELEGRAM.perMs), sendPeak: peak(startsOf('telegram'), TELEGRAM.perMs), rejected: telegram.stats.rejected429, transit: tTransit, slots: slotSum('telegram') },
      discord: { sent: dTimes.length, ratio: rateOf(dTimes) / perSecond(DISCORD), peak: peak(dTimes, DISCORD.perMs), sendPeak: peak(startsOf('discord'), DISCORD.perMs), rejected: discord.requests.filter((r) => r.status === 429).length, transit: dTransit, slots: slotSum('discord') },
      rssMb,
      cpu,
      seconds,
    };
  } finally {
    for (const r of running) await stopInstance(r);
    await store.close();
    await telegram.close();
    await discord.close();
    await deleteKeys(redis, prefix);
    await redis.quit();
  }
}

const probe = new Redis(values.redis, { maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
try {
  await probe.connect();
  await probe.ping();
  probe.disconnect();
} catch {
  console.log(`bench:cluster skipped: no Redis at ${values.redis} (start one, or pass --redis URL)`);
  process.exit(0);
}

console.log(`limits: telegram ${values.telegram} (${perSecond(TELEGRAM)}/s), discord ${values.discord} (${perSecond(DISCORD)}/s); ~${SECONDS} s of sends per platform per run`);
const results: RunResult[] = [];
for (const n of [1, 3]) {
  const r = await runWith(n);
  results.push(r);
  for (const [name, p, rate] of [['telegram', r.telegram, TELEGRAM], ['discord', r.discord, DISCORD]] as const) {
    console.log(
      `${n} instance${n > 1 ? 's' : ' '}  ${name.padEnd(8)} sent ${String(p.sent).padStart(4)}  rate/limit ${p.ratio.toFixed(3)}  ` +
        `most in any ${rate.perMs} ms: started ${p.sendPeak}/${rate.max}, received ${p.peak}/${rate.max}  429s ${p.rejected}  ` +
        `start→arrival ms p50/p99/max ${p.transit.map((d) => d.toFixed(0)).join('/')}  ` +
        `slots given up late ${p.slots.givenUp}, to a pause ${p.slots.paused}, cold ${p.slots.cold}`,
    );
  }
  console.log(
    `${n} instance${n > 1 ? 's' : ' '}  per instance: peak RSS ${r.rssMb.map((m) => `${m.toFixed(0)} MB`).join(', ')}; ` +
      `CPU ${r.cpu.map((c) => `${((c / r.seconds) * 100).toFixed(0)}%`).join(', ')} over ${r.seconds.toFixed(1)} s`,
  );
}
const [one, three] = results;
console.log(
  `3 vs 1 instance: telegram ${(three.telegram.ratio / one.telegram.ratio).toFixed(3)}×, discord ${(three.discord.ratio / one.discord.ratio).toFixed(3)}× ` +
    `(the limit is shared, so ≈1.0 is right: more instances must not mean more than the limit)`,
);
// Judged where the platform counts: the most messages the emulators received in any window (their
// own timestamps, which also carry the bench process's scheduling delays), the 429s they answered,
// and the sends kabar let out.
const within = (p: PlatformResult, rate: Rate) => p.ratio >= 0.95 && p.ratio <= 1.0 && p.rejected === 0 && p.sendPeak <= rate.max && p.peak <= rate.max;
const ok = results.every((r) => within(r.telegram, TELEGRAM) && within(r.discord, DISCORD));
console.log(ok ? 'target met: ≥ 0.95 of the limit, never above it' : 'TARGET MISSED (see above)');
console.log(`machine load while measuring (1/5/15 min): ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${(await import('node:os')).cpus().length} CPUs`);
process.exit(0);
