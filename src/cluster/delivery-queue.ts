import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Delivery } from '../domain/delivery.ts';
import type { Story } from '../domain/story.ts';
import { parseTargetKey, targetKey, type PlatformName, type Target } from '../domain/subscription.ts';
import { matchingTargets } from '../delivery/match.ts';
import type { ChatPlatform } from '../delivery/platform.ts';
import { sendDelivery, type RunStats, type SendContext, type SendOutcome } from '../delivery/worker.ts';
import { systemClock, type Clock } from '../ops/clock.ts';
import type { Logger } from '../ops/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { Repositories } from '../store/index.ts';
import type { Leases } from './leases.ts';
import { createSharedRateLimit, type Rate, type SharedRateLimit } from './rate-limit.ts';

export interface DeliveryJob {
  storyId: string;
  /** The target key the delivery record is stored under (`telegram:-100123`). */
  target: string;
}

export interface DeliveryQueueOptions {
  /** An ioredis connection with `maxRetriesPerRequest: null` (BullMQ's blocking reads need it). */
  connection: Redis;
  /** Key prefix of the queues and the shared limits; one per deployment (tests use their own). */
  prefix: string;
  repos: Repositories;
  platforms: ChatPlatform[];
  logger: Logger;
  metrics?: Metrics;
  clock?: Clock;
  /** One limit per platform, shared by every instance; a platform without one is not limited here. */
  rates?: Partial<Record<PlatformName, Rate>>;
  /**
   * Jobs each instance works on at once per platform (default 8). Most of them wait for a rate slot;
   * enough lanes keep the shared limit busy when a send is slow.
   */
  concurrency?: number;
  maxAttempts?: number;
  /** How soon a job held by a crashed instance is handed to another. */
  lockDurationMs?: number;
  /** How often pending fan-outs are re-queued and finished ones closed (one instance per period). */
  sweepEveryMs?: number;
  /** With leases, only one instance sweeps per period. */
  leases?: Leases;
}

const TERMINAL = new Set<Delivery['state']>(['sent', 'gone', 'failed']);

/** A BullMQ job id for a (story, target) pair: stable, and free of ':' which BullMQ refuses. */
export function jobIdFor(storyId: string, target: string): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/\|/g, '%7C');
  return `${escape(storyId)}|${escape(target)}`;
}

/**
 * Delivery on BullMQ, for several instances sharing a Redis. The outbox records stay the source of
 * truth (a fan-out per story, a delivery record written before and after each send, by the same
 * `sendDelivery` as the local worker); the queue only spreads the sends across instances. One job
 * per (story, target), deduplicated by its id; one queue and one shared rate limit per platform.
 * A crashed instance's jobs return to the queue when their lock expires; pending fan-outs are
 * re-queued by a periodic sweep, so a crash between recording a fan-out and queueing it loses nothing.
 */
export function createDeliveryQueue(opts: DeliveryQueueOptions) {
  const { repos, logger, connection, prefix } = opts;
  const clock = opts.clock ?? systemClock;
  const platforms = new Map(opts.platforms.map((p) => [p.name, p]));
  const send: SendContext = { repos, platforms, logger, metrics: opts.metrics, clock, maxAttempts: opts.maxAttempts ?? 12 };
  const queues = new Map<string, Queue<DeliveryJob>>();
  const limits = new Map<string, SharedRateLimit>();
  for (const [name, rate] of Object.entries(opts.rates ?? {})) {
    if (rate) limits.set(name, createSharedRateLimit(connection, { key: `${prefix}:rate:${name}`, rate, clock }));
  }
  const workers: Worker<DeliveryJob>[] = [];
  const sweepEveryMs = opts.sweepEveryMs ?? 15_000;
  let lastSweep = -Infinity;
  let stats: RunStats = { sent: 0, retried: 0, gone: 0, failed: 0 };

  function queueFor(platform: string): Queue<DeliveryJob> {
    let q = queues.get(platform);
    if (!q) {
      q = new Queue<DeliveryJob>(`deliver-${platform}`, {
        connection,
        prefix,
        defaultJobOptions: {
          // Kept an hour so a re-queue of a finished pair is recognised; failed jobs go at once so
          // the sweep can queue them again (a failure here is Redis trouble, not the platform's).
          removeOnComplete: { age: 3600 },
          removeOnFail: true,
          attempts: 5,
          backoff: { type: 'exponential', delay: 1_000 },
        },
      });
      q.on('error', (err) => logger.warn({ err: String(err), platform }, 'delivery queue connection trouble'));
      queues.set(platform, q);
    }
    return q;
  }

  async function addJobs(storyId: string, targets: Target[]): Promise<void> {
    const byPlatform = new Map<string, Target[]>();
    for (const t of targets) byPlatform.set(t.platform, [...(byPlatform.get(t.platform) ?? []), t]);
    for (const [platform, list] of byPlatform) {
      await queueFor(platform).addBulk(
        list.map((t) => ({ name: 'deliver', data: { storyId, target: targetKey(t) }, opts: { jobId: jobIdFor(storyId, targetKey(t)) } })),
      );
    }
  }

  /** Records the story's targets in the outbox, then queues one job per target. */
  async function enqueue(story: Story): Promise<number> {
    const targets = await matchingTargets(repos, story, platforms);
    await repos.outbox.enqueue(story.id, targets, new Date(clock.now()));
    // The recorded fan-out, not this call's match: a second enqueue (an article processed again
    // after a crash) re-queues the first one's targets, which the job ids deduplicate.
    const fanout = await repos.outbox.fanout(story.id);
    if (fanout) await addJobs(story.id, fanout.targets);
    return targets.length;
  }

  /** Re-queues the open deliveries of every pending fan-out; drops finished ones from the pending list. */
  async function sweep(): Promise<{ open: number }> {
    let open = 0;
    for (const storyId of await repos.outbox.pendingStories()) {
      const fanout = await repos.outbox.fanout(storyId);
      if (!fanout || !(await repos.stories.get(storyId))) {
        logger.error({ storyId }, 'outbox names a story that is not stored; dropping it from the queue');
        await repos.outbox.complete(storyId);
        continue;
      }
      const deliveries = await repos.outbox.getDeliveries(storyId, fanout.targets);
      const openTargets = fanout.targets.filter((_, i) => !deliveries[i] || !TERMINAL.has(deliveries[i]!.state));
      if (openTargets.length === 0) await repos.outbox.complete(storyId);
      else await addJobs(storyId, openTargets);
      open += openTargets.length;
    }
    opts.metrics?.deliveriesPending.set((await repos.outbox.pendingStories()).length);
    return { open };
  }

  async function process(job: Job<DeliveryJob>, token: string | undefined, signal?: AbortSignal): Promise<SendOutcome | Delivery['state'] | 'no-story'> {
    const { storyId } = job.data;
    const key = parseTargetKey(job.data.target);
    const story = await repos.stories.get(storyId);
    if (!story) {
      logger.error({ storyId }, 'delivery job names a story that is not stored; dropping it');
      return 'no-story';
    }
    // A moved chat is followed at once, but only a few hops.
    for (let hop = 0; hop < 3; hop++) {
      const existing = await repos.outbox.getDelivery(storyId, key);
      if (existing && TERMINAL.has(existing.state)) return existing.state; // done before (a re-queue, or a crash after the send was recorded)
      if (existing?.state === 'pending' && existing.notBefore > clock.now()) return delay(job, token, existing.notBefore);
      const platform = (existing?.sendTo ?? key).platform;
      // The slot is taken after `sending` is recorded, right before the call, so nothing slow sits
      // between the turn and the send.
      const { outcome, delivery } = await sendDelivery(send, story, key, existing, async (t) => {
        await limits.get(t.platform)?.acquire(signal);
      });
      count(outcome);
      if (outcome === 'moved') continue;
      if (outcome === 'retry') {
        // A 429 speaks for the bot as a whole: every instance holds back, not just this job.
        if (/\b429\b|too many requests|rate limit/i.test(delivery.lastError ?? '')) await limits.get(platform)?.pause(delivery.notBefore - clock.now());
        return delay(job, token, delivery.notBefore);
      }
      return outcome;
    }
    return delay(job, token, clock.now() + 1_000);
  }

  async function delay(job: Job<DeliveryJob>, token: string | undefined, until: number): Promise<never> {
    await job.moveToDelayed(Math.max(until, Date.now() + 1), token);
    throw new DelayedError();
  }

  function count(outcome: SendOutcome) {
    const k = ({ sent: 'sent', gone: 'gone', failed: 'failed', retry: 'retried', moved: 'retried' } as const)[outcome];
    stats[k]++;
  }

  return {
    enqueue,
    /** Starts this instance's queue workers, one per configured platform. */
    async start(): Promise<void> {
      for (const name of platforms.keys()) {
        const worker = new Worker<DeliveryJob>(`deliver-${name}`, (job, token, signal) => process(job, token, signal), {
          connection,
          prefix,
          concurrency: opts.concurrency ?? 8,
          lockDuration: opts.lockDurationMs ?? 30_000,
          stalledInterval: Math.max(500, Math.floor((opts.lockDurationMs ?? 30_000) / 2)),
          // A job may be caught in several crashes; it is never dropped for that (the record guards resends).
          maxStalledCount: 10,
        });
        worker.on('error', (err) => logger.warn({ err: String(err), platform: name }, 'delivery worker connection trouble'));
        worker.on('failed', (job, err) => logger.error({ err: String(err), jobId: job?.id, platform: name }, 'delivery job failed; the sweep queues it again'));
        workers.push(worker);
      }
      await Promise.all(workers.map((w) => w.waitUntilReady()));
    },
    /**
     * Re-queues pending fan-outs at most once per sweep period (and at the first call, so a start
     * resumes what a previous run left). Answers what this instance sent since the last call.
     */
    async runOnce(): Promise<RunStats> {
      if (clock.now() - lastSweep >= sweepEveryMs) {
        lastSweep = clock.now();
        if (opts.leases) await opts.leases.runExclusive('delivery-sweep', sweepEveryMs, () => sweep());
        else await sweep();
      }
      const out = stats;
      stats = { sent: 0, retried: 0, gone: 0, failed: 0 };
      return out;
    },
    /** Sweeps until no fan-out is pending (or the timeout passes); the workers do the sending. */
    async drain(options: { timeoutMs?: number; pollMs?: number } = {}): Promise<RunStats> {
      const deadline = clock.now() + (options.timeoutMs ?? 60_000);
      const before = { ...stats };
      while ((await sweep()).open > 0 && clock.now() < deadline) await clock.sleep(options.pollMs ?? 200);
      return { sent: stats.sent - before.sent, retried: stats.retried - before.retried, gone: stats.gone - before.gone, failed: stats.failed - before.failed };
    },
    /** Stops taking jobs, lets the ones in hand finish, closes the queues. */
    async close(): Promise<void> {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
    /** This instance's use of each platform's shared limit: slots used, given up, cold (for the benchmark). */
    rateStats(): Record<string, ReturnType<SharedRateLimit['stats']>> {
      return Object.fromEntries([...limits].map(([name, limit]) => [name, limit.stats()]));
    },
    /** Counts of jobs by state per platform queue (for health and tests). */
    async counts(): Promise<Record<string, Record<string, number>>> {
      const out: Record<string, Record<string, number>> = {};
      for (const name of new Set([...platforms.keys(), ...queues.keys()])) out[name] = await queueFor(name).getJobCounts();
      return out;
    },
  };
}
export type DeliveryQueue = ReturnType<typeof createDeliveryQueue>;
