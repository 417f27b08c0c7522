import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import type { Env, OutletConfig } from '../../config/schema.ts';
import type { ChatPlatform } from '../delivery/platform.ts';
import type { Logger } from '../ops/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { Repositories } from '../store/index.ts';
import { createDeliveryQueue, type DeliveryQueue } from './delivery-queue.ts';
import { startLeadership, type Leadership } from './leader.ts';
import { createLeases, type Leases } from './leases.ts';
import { parseRate } from './rate-limit.ts';
import { cycleMsOf } from './schedule-cycle.ts';

export { createLeases, cycleOf, type Leases, type ExclusiveOutcome } from './leases.ts';
export { createDeliveryQueue, jobIdFor, type DeliveryQueue } from './delivery-queue.ts';
export { createSharedRateLimit, parseRate, type Rate } from './rate-limit.ts';
export { discordShardOptions, parseShards, type ShardPlan } from './shards.ts';
export { startLeadership, type Leadership } from './leader.ts';
export { cycleMsOf } from './schedule-cycle.ts';

export { isClusterStore } from '../store/kv.ts';

export interface ClusterOptions {
  env: Env;
  repos: Repositories;
  platforms: ChatPlatform[];
  logger: Logger;
  metrics?: Metrics;
  /** Key prefix on Redis; one per deployment (tests use their own). */
  prefix?: string;
  leaseTtlMs?: number;
  /** How soon a crashed instance's delivery jobs go to another (BullMQ lock duration). */
  lockDurationMs?: number;
  sweepEveryMs?: number;
  /** Jobs each instance works on at once per platform. */
  concurrency?: number;
}

export interface Cluster {
  instance: string;
  leases: Leases;
  /** The shared delivery queue, unless KABAR_DELIVERY_QUEUE=local. */
  delivery?: DeliveryQueue;
  /** Runs one outlet's poll only if no other instance polled it this cycle. */
  pollExclusive(outlet: OutletConfig, poll: () => Promise<void>): Promise<void>;
  /**
   * Starts a platform's update receiver here only if it must run once per bot (Telegram long
   * polling; Discord without DISCORD_SHARDS) and this instance holds the lead; elsewhere at once.
   */
  startReceiver(platform: ChatPlatform): Promise<void>;
  close(): Promise<void>;
}

/**
 * Coordination for several instances on one Redis (KABAR_STORE=redis://…): poll leases per
 * outlet, and the delivery queue with one rate limit per platform shared by all instances.
 */
export async function openCluster(opts: ClusterOptions): Promise<Cluster> {
  const { env, logger } = opts;
  const prefix = opts.prefix ?? 'kabar';
  const instance = env.KABAR_INSTANCE ?? `${hostname()}:${process.pid}`;
  // BullMQ's blocking reads need maxRetriesPerRequest null; leases and limits share the connection.
  const redis = new Redis(env.KABAR_STORE, { maxRetriesPerRequest: null, lazyConnect: false });
  redis.on('error', (err) => logger.warn({ err: String(err) }, 'cluster redis connection trouble'));
  const leases = createLeases(redis, { owner: instance, ttlMs: opts.leaseTtlMs ?? 30_000, prefix: `${prefix}:lease:` });
  const rates = {
    telegram: parseRate(env.KABAR_TELEGRAM_RATE),
    discord: parseRate(env.KABAR_DISCORD_RATE),
  };
  const delivery = env.KABAR_DELIVERY_QUEUE === 'bullmq'
    ? createDeliveryQueue({ connection: redis, prefix: `${prefix}:bull`, repos: opts.repos, platforms: opts.platforms, logger, metrics: opts.metrics, rates, leases,
        ...(opts.lockDurationMs ? { lockDurationMs: opts.lockDurationMs } : {}),
        ...(opts.sweepEveryMs ? { sweepEveryMs: opts.sweepEveryMs } : {}),
        ...(opts.concurrency ? { concurrency: opts.concurrency } : {}) })
    : undefined;
  const cycles = new Map<string, number>();
  const leaderships: Leadership[] = [];
  const log = logger.child({ instance });
  return {
    instance,
    leases,
    ...(delivery ? { delivery } : {}),
    async pollExclusive(outlet, poll) {
      let cycleMs = cycles.get(outlet.schedule);
      if (cycleMs === undefined) cycles.set(outlet.schedule, (cycleMs = await cycleMsOf(outlet.schedule)));
      const outcome = await leases.runExclusive(`poll:${outlet.id}`, cycleMs, () => poll());
      if (!outcome.ran) log.debug({ outlet: outlet.id, cycle: outcome.cycle, reason: outcome.reason }, 'outlet polled by another instance this cycle');
      else if (outcome.leaseLost) log.warn({ outlet: outlet.id }, 'poll outlasted its lease; another instance may have polled too');
    },
    async startReceiver(platform) {
      if (!platform.start) return;
      const single = (platform.name === 'telegram' && !env.TELEGRAM_WEBHOOK_URL) || (platform.name === 'discord' && !env.DISCORD_SHARDS);
      if (!single) return platform.start();
      const leadership = startLeadership(redis, { name: `receiver:${platform.name}`, owner: instance, prefix: `${prefix}:`, logger: log }, {
        lead: () => platform.start!(),
        resign: async () => platform.stop?.(),
      });
      leaderships.push(leadership);
      await leadership.ready();
    },
    async close() {
      for (const l of leaderships) await l.stop();
      await delivery?.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
