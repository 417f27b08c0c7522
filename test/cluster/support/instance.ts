// One kabar instance for the cluster test and benchmark, run as its own process: the real store,
// leases, delivery queue, scheduler, feed polling and platform senders, against loopback emulators.
// Article analysis is stood in for by storyFromItem (the test is about coordination, not text).
import { appendFileSync } from 'node:fs';
import { REST } from 'discord.js';
import { Api } from 'grammy';
import { envSchema, outletSchema, type OutletConfig } from '../../../config/schema.ts';
import { openCluster } from '../../../src/cluster/index.ts';
import type { ChatPlatform } from '../../../src/delivery/platform.ts';
import { createFetcher } from '../../../src/ingest/fetcher.ts';
import { markSeen, pollSource, sourceIdOf } from '../../../src/ingest/poll.ts';
import { createLogger } from '../../../src/ops/logger.ts';
import { scheduleOutlets } from '../../../src/pipeline/scheduler.ts';
import { createDiscordSender } from '../../../src/platforms/discord/send.ts';
import { createPostSender } from '../../../src/platforms/telegram/send.ts';
import { createRepositories, openStore } from '../../../src/store/index.ts';
import { storyFromItem } from './story-from-item.ts';

/** What the parent passes in KT_CONFIG (JSON). */
export interface InstanceConfig {
  instance: string;
  redisUrl: string;
  prefix: string;
  outlets: { id: string; feedUrl: string }[];
  schedule: string;
  telegram?: { apiRoot: string; token: string };
  discord?: { apiRoot: string; token: string };
  telegramRate: string;
  discordRate: string;
  leaseTtlMs: number;
  lockDurationMs: number;
  concurrency?: number;
}

const config = JSON.parse(process.env.KT_CONFIG ?? '{}') as InstanceConfig;
const logger = createLogger({ level: process.env.KT_LOG_LEVEL ?? 'warn' }).child({ instance: config.instance });
const env = envSchema.parse({
  KABAR_STORE: config.redisUrl,
  KABAR_INSTANCE: config.instance,
  KABAR_TELEGRAM_RATE: config.telegramRate,
  KABAR_DISCORD_RATE: config.discordRate,
});
const store = await openStore(config.redisUrl, { namespace: config.prefix });
const repos = createRepositories(store);

// With KT_SEND_LOG, each send's start time and chat are appended there (the benchmark reads what kabar let
// out, apart from when the emulator got it).
const sendLog = process.env.KT_SEND_LOG;
const logged = (platform: ChatPlatform): ChatPlatform => (!sendLog ? platform : {
  name: platform.name,
  send(target, post, options) {
    appendFileSync(sendLog, `${platform.name} ${Date.now()} ${target.chatId}\n`);
    return platform.send(target, post, options);
  },
});

const platforms: ChatPlatform[] = [];
if (config.telegram) {
  // Send only: the test exercises delivery; commands (long polling) belong to one instance, not all.
  // The platform's own sender over a bare Bot API client: in a cluster the shared limit replaces
  // the per-process throttler (whose scheduling delays bunch sends up after their turn), and there
  // is no inline 429 retry (it would bypass the shared limit; the queue holds every instance back).
  const send = createPostSender(new Api(config.telegram.token, { apiRoot: config.telegram.apiRoot }));
  platforms.push(logged({ name: 'telegram', send }));
}
if (config.discord) {
  const rest = new REST({ api: config.discord.apiRoot, globalRequestsPerSecond: 1000 }).setToken(config.discord.token);
  // A connected client knows its guilds' channels from the gateway; here every channel is a text
  // channel, so no GET /channels/:id precedes a post (as in production, where the cache answers).
  const sender = createDiscordSender({ rest, logger, knownChannel: () => ({ type: 0 }) });
  platforms.push(logged({ name: 'discord', send: sender.send }));
}

const cluster = await openCluster({
  env,
  repos,
  platforms,
  logger,
  prefix: config.prefix,
  leaseTtlMs: config.leaseTtlMs,
  lockDurationMs: config.lockDurationMs,
  ...(config.concurrency ? { concurrency: config.concurrency } : {}),
});
const delivery = cluster.delivery!;
const outlets: OutletConfig[] = config.outlets.map((o) => outletSchema.parse({ id: o.id, name: o.id.toUpperCase(), schedule: config.schedule, sources: [{ type: 'feed', url: o.feedUrl }] }));
const fetcher = createFetcher({ politenessMs: 0, perHostConcurrency: 32 });

async function pollOne(outlet: OutletConfig): Promise<void> {
  await cluster.pollExclusive(outlet, async () => {
    for (const source of outlet.sources) {
      const polled = await pollSource(outlet, source, { fetcher, repos, logger, now: Date.now });
      for (const item of [...polled.items].reverse()) {
        const story = storyFromItem(item, outlet.name);
        if (!(await repos.stories.get(story.id))) await repos.stories.put(story);
        await delivery.enqueue(story);
        await markSeen(repos, sourceIdOf(outlet, source), item.key);
      }
    }
  });
  await delivery.runOnce();
}

await delivery.start();
await Promise.all(outlets.map((o) => pollOne(o).catch((err) => logger.error({ err, outlet: o.id }, 'first poll failed'))));
const scheduler = scheduleOutlets(outlets, pollOne, logger);
process.stdout.write(`ready ${config.instance}\n`);

process.once('SIGTERM', async () => {
  if (sendLog) for (const [name, st] of Object.entries(delivery.rateStats())) appendFileSync(sendLog, `slots ${name} ${config.instance} ${JSON.stringify(st)}\n`);
  await scheduler.stop();
  await cluster.close();
  await store.close();
  process.exit(0);
});
