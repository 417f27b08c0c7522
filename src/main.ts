import type { Settings } from './config.ts';
import { CONFIG_DIR } from './config.ts';
import { loadKnowledge } from './analysis/index.ts';
import type { Cluster } from './cluster/index.ts';
import type { ChatPlatform } from './delivery/platform.ts';
import { createDeliveryWorker, type DeliveryWorker } from './delivery/worker.ts';
import type { Subscription } from './domain/subscription.ts';
import { isTopic } from './domain/topics.ts';
import { createFetcher } from './ingest/fetcher.ts';
import { startOpsServer } from './ops/http.ts';
import type { Logger } from './ops/logger.ts';
import { createMetrics, type Metrics } from './ops/metrics.ts';
import { pollOutlet, type PollOutletDeps } from './pipeline/poll-outlet.ts';
import { scheduleOutlets } from './pipeline/scheduler.ts';
import { createConsolePlatform } from './platforms/console/console.ts';
import { createRepositories, isClusterStore, openStore, type Repositories, type Store } from './store/index.ts';
import { createTranslator, type Translator } from './translate/index.ts';

export interface BotOptions {
  logger: Logger;
  /** Where the console platform prints posts (stdout by default). */
  write?: (text: string) => void;
  /** Chat platforms built by the caller (cli.ts), so main stays free of discord.js and grammy. */
  platforms?: (repos: Repositories, translator: Translator) => Promise<ChatPlatform[]>;
  /** How often due deliveries are sent (retries, resumed fan-outs). */
  deliveryIntervalMs?: number;
}

export interface RunningBot {
  repos: Repositories;
  metrics: Metrics;
  /** Polls every enabled outlet once and sends what is due; used at start and by `kabar poll --once`. */
  pollAll(): Promise<void>;
  stop(): Promise<void>;
  httpPort?: number;
}

const CONSOLE_TARGET = { platform: 'console' as const, chatId: 'stdout' };

export interface Pipeline {
  store: Store;
  repos: Repositories;
  metrics: Metrics;
  platforms: ChatPlatform[];
  worker: DeliveryWorker;
  /** Coordination with other instances, when the store is Redis. */
  cluster?: Cluster;
  deps: PollOutletDeps;
  translator: Translator;
}

/** The composition root: builds every adapter from the settings. */
export async function buildPipeline(settings: Settings, options: BotOptions): Promise<Pipeline> {
  const { env } = settings;
  const logger = options.logger;
  const store = await openStore(env.KABAR_STORE);
  const repos = createRepositories(store);
  const metrics = createMetrics();
  const translator = createTranslator(env, { kv: repos.kv('translate'), logger, metrics });
  const chatPlatforms = (await options.platforms?.(repos, translator)) ?? [];
  const platforms = chatPlatforms.length > 0 ? chatPlatforms : [createConsolePlatform(options.write)];
  if (chatPlatforms.length === 0) await ensureConsoleSubscription(repos, env.KABAR_CONSOLE_TOPICS);
  // On Redis, instances share leases and (unless KABAR_DELIVERY_QUEUE=local) one delivery queue.
  // (loaded only then: BullMQ and ioredis are not needed by a single instance)
  const cluster = isClusterStore(env.KABAR_STORE) ? await (await import('./cluster/index.ts')).openCluster({ env, repos, platforms, logger, metrics }) : undefined;
  const worker: DeliveryWorker = cluster?.delivery ?? createDeliveryWorker({ repos, platforms, logger, metrics });
  const outletNames = new Map(settings.outlets.map((o) => [o.id, o.name]));
  const deps: PollOutletDeps = {
    repos,
    knowledge: loadKnowledge(CONFIG_DIR),
    translator,
    worker,
    logger,
    metrics,
    now: () => new Date(),
    outletName: (id) => outletNames.get(id) ?? id,
    fetcher: createFetcher(),
  };
  return { store, repos, metrics, platforms, worker, ...(cluster ? { cluster } : {}), deps, translator };
}

/** Starts polling on schedule, delivery, the ops server and the chat platforms. */
export async function startBot(settings: Settings, options: BotOptions): Promise<RunningBot> {
  const { env } = settings;
  const logger = options.logger;
  const { store, repos, metrics, platforms, worker, cluster, deps, translator } = await buildPipeline(settings, options);

  const pollOne = async (outlet: (typeof settings.outlets)[number]) => {
    const poll = async () => {
      const result = await pollOutlet(outlet, deps);
      if (result.newItems > 0) logger.info(result, 'outlet polled');
    };
    if (cluster) await cluster.pollExclusive(outlet, poll);
    else await poll();
    await worker.runOnce();
  };
  const pollAll = async () => {
    await Promise.all(settings.outlets.filter((o) => o.enabled).map((o) => pollOne(o).catch((err) => logger.error({ err, outlet: o.id }, 'outlet poll failed'))));
  };

  // With several instances, what must run once per bot (Telegram long polling, an unsharded
  // Discord gateway) runs on the instance holding the lead; sends work everywhere.
  for (const p of platforms) await (cluster ? cluster.startReceiver(p) : p.start?.());
  await cluster?.delivery?.start();
  let stopping = false;
  let delivering: Promise<unknown> = Promise.resolve();
  const deliveryTimer = setInterval(() => {
    if (!stopping) delivering = worker.runOnce().catch((err) => logger.error({ err }, 'delivery run failed'));
  }, options.deliveryIntervalMs ?? 1_000);
  const scheduler = scheduleOutlets(settings.outlets, pollOne, logger);
  const ops = env.KABAR_HTTP_PORT !== undefined
    ? await startOpsServer({ port: env.KABAR_HTTP_PORT, metrics, routes: platforms.flatMap((p) => (p.webhook ? [p.webhook] : [])), health: async () => ({ ok: !stopping, store: store.kind, outlets: settings.outlets.length, pending: (await repos.outbox.pendingStories()).length }) })
    : undefined;
  logger.info({ store: store.kind, outlets: settings.outlets.length, platforms: platforms.map((p) => p.name), translator: translator.kind, httpPort: ops?.port, instance: cluster?.instance }, 'kabar started');
  const firstPoll = pollAll();

  return {
    repos,
    metrics,
    pollAll,
    ...(ops ? { httpPort: ops.port } : {}),
    async stop() {
      stopping = true;
      clearInterval(deliveryTimer);
      await scheduler.stop();
      await firstPoll.catch(() => undefined);
      await delivering;
      await cluster?.close(); // hands over any lead first, so another instance resumes receiving
      for (const p of platforms) await p.stop?.();
      await ops?.close();
      await translator.close?.();
      await store.close();
      logger.info('kabar stopped');
    },
  };
}

/** Without chat tokens, posts go to stdout for the topics in KABAR_CONSOLE_TOPICS. */
async function ensureConsoleSubscription(repos: Repositories, topicsSetting: string): Promise<void> {
  const topics = topicsSetting.split(',').map((t) => t.trim()).filter(isTopic);
  const existing = await repos.subscriptions.get(CONSOLE_TARGET);
  if (existing && existing.active && existing.topics.join() === topics.join()) return;
  const sub: Subscription = { target: CONSOLE_TARGET, topics, active: true, createdAt: new Date().toISOString(), createdBy: 'console' };
  await repos.subscriptions.put(sub);
}
