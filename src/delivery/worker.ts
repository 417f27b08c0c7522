import type { Delivery, SendResult } from '../domain/delivery.ts';
import type { Story } from '../domain/story.ts';
import { targetKey, type Target } from '../domain/subscription.ts';
import type { Logger } from '../ops/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import { systemClock, type Clock } from '../ops/clock.ts';
import type { Repositories } from '../store/index.ts';
import { matchingTargets } from './match.ts';
import type { ChatPlatform } from './platform.ts';
import { storyToPost } from './post.ts';

export interface DeliveryWorkerOptions {
  repos: Repositories;
  platforms: ChatPlatform[];
  logger: Logger;
  metrics?: Metrics;
  clock?: Clock;
  /** Sends in flight at once; the platform adapters throttle to their own limits. */
  concurrency?: number;
  /** Attempts before a delivery is given up (a target that keeps failing for other reasons than "gone"). */
  maxAttempts?: number;
}

export interface RunStats {
  sent: number;
  retried: number;
  gone: number;
  failed: number;
}

/** Backoff for a failed send with no retry-after of its own: 2 s, 4 s, … capped at 10 minutes. */
function backoffMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 600_000);
}

/** What one delivery needs: the store, the platforms by name, and where to report. */
export interface SendContext {
  repos: Repositories;
  platforms: Map<string, ChatPlatform>;
  logger: Logger;
  metrics?: Metrics;
  clock: Clock;
  maxAttempts: number;
}

export type SendOutcome = 'sent' | 'gone' | 'failed' | 'retry' | 'moved';

/**
 * Makes one attempt at one (story, target) delivery: persists `sending`, calls the platform,
 * persists the outcome. Shared by the local outbox worker and the cluster's queue workers, so a
 * delivery is recorded the same way whoever sends it. Returns the record as it now stands.
 */
export async function sendDelivery(
  ctx: SendContext,
  story: Story,
  key: Target,
  existing: Delivery | undefined,
  /** Called between persisting `sending` and the platform call (the cluster waits for its rate slot here). */
  beforeSend?: (target: Target) => Promise<void>,
): Promise<{ outcome: SendOutcome; delivery: Delivery }> {
  const { repos } = ctx;
  const delivery: Delivery = existing ?? { storyId: story.id, target: key, state: 'pending', attempts: 0, notBefore: 0 };
  const target = delivery.sendTo ?? delivery.target;
  const platform = ctx.platforms.get(target.platform);
  if (!platform) {
    const failed: Delivery = { ...delivery, state: 'failed', lastError: `platform ${target.platform} is not configured` };
    await repos.outbox.putDelivery(failed);
    return { outcome: 'failed', delivery: failed };
  }
  const attempt: Delivery = { ...delivery, state: 'sending', attempts: delivery.attempts + 1 };
  await repos.outbox.putDelivery(attempt);
  let result: SendResult;
  try {
    await beforeSend?.(target);
    result = await platform.send(target, storyToPost(story), { idempotencyKey: `${story.id}:${targetKey(key)}` });
  } catch (err) {
    result = { kind: 'retry', afterMs: backoffMs(attempt.attempts), reason: (err as Error).message };
  }
  return recordOutcome(ctx, attempt, result);
}

async function recordOutcome(ctx: SendContext, attempt: Delivery, result: SendResult): Promise<{ outcome: SendOutcome; delivery: Delivery }> {
  const { repos } = ctx;
  const now = ctx.clock.now();
  const target = attempt.sendTo ?? attempt.target;
  const log = ctx.logger.child({ storyId: attempt.storyId, target: targetKey(target) });
  const save = async (outcome: SendOutcome, delivery: Delivery) => {
    await repos.outbox.putDelivery(delivery);
    return { outcome, delivery };
  };
  switch (result.kind) {
    case 'sent':
      ctx.metrics?.deliveriesSent.inc({ platform: target.platform });
      return save('sent', { ...attempt, state: 'sent', sentAt: new Date(now).toISOString(), ...(result.messageId ? { messageId: result.messageId } : {}) });
    case 'gone': {
      const saved = await save('gone', { ...attempt, state: 'gone', lastError: result.reason });
      await repos.subscriptions.deactivate(target, result.reason);
      ctx.metrics?.deliveriesFailed.inc({ platform: target.platform });
      log.warn({ reason: result.reason }, 'target is gone; its subscription is deactivated (re-run /subscribe there to resume)');
      return saved;
    }
    case 'moved':
      await repos.subscriptions.move(target, result.target);
      log.info({ to: targetKey(result.target), reason: result.reason }, 'chat moved; subscription follows it');
      return save('moved', { ...attempt, state: 'pending', sendTo: result.target, notBefore: now, attempts: attempt.attempts - 1 });
    case 'retry':
      if (attempt.attempts >= ctx.maxAttempts) {
        ctx.metrics?.deliveriesFailed.inc({ platform: target.platform });
        log.error({ reason: result.reason, attempts: attempt.attempts }, 'delivery given up after repeated failures');
        return save('failed', { ...attempt, state: 'failed', lastError: result.reason });
      }
      return save('retry', { ...attempt, state: 'pending', notBefore: now + Math.max(result.afterMs, 0), lastError: result.reason });
  }
}

/**
 * The outbox worker. `enqueue` records a story's targets; `runOnce` sends what is due. Each
 * delivery is written as `sending` before the platform call and as its outcome after it, so a
 * restart resumes every unfinished delivery and re-sends at most the one that was in flight.
 */
export function createDeliveryWorker(opts: DeliveryWorkerOptions) {
  const { repos, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const concurrency = opts.concurrency ?? 16;
  const maxAttempts = opts.maxAttempts ?? 12;
  const platforms = new Map(opts.platforms.map((p) => [p.name, p]));
  let running: Promise<RunStats> | undefined;

  async function enqueue(story: Story): Promise<number> {
    const targets = await matchingTargets(repos, story, platforms);
    await repos.outbox.enqueue(story.id, targets, new Date(clock.now()));
    return targets.length;
  }

  const send: SendContext = { repos, platforms, logger, metrics: opts.metrics, clock, maxAttempts };
  const countAs = { sent: 'sent', gone: 'gone', failed: 'failed', retry: 'retried', moved: 'retried' } as const;

  async function deliverOne(story: Story, key: Target, existing: Delivery | undefined, stats: RunStats): Promise<void> {
    const { outcome } = await sendDelivery(send, story, key, existing);
    stats[countAs[outcome]]++;
  }

  /** Sends every due delivery of one story; true when the story has nothing left to do. */
  async function runStory(storyId: string, stats: RunStats): Promise<boolean> {
    const fanout = await repos.outbox.fanout(storyId);
    const story = await repos.stories.get(storyId);
    if (!fanout || !story) {
      logger.error({ storyId }, 'outbox names a story that is not stored; dropping it from the queue');
      return true;
    }
    const deliveries = await repos.outbox.getDeliveries(storyId, fanout.targets);
    const now = clock.now();
    const open = fanout.targets
      .map((target, i) => ({ target, delivery: deliveries[i] }))
      .filter(({ delivery }) => !delivery || delivery.state === 'pending' || delivery.state === 'sending');
    const due = open.filter(({ delivery }) => !delivery || delivery.notBefore <= now);
    let next = 0;
    const lane = async () => {
      while (next < due.length) {
        const { target, delivery } = due[next++];
        await deliverOne(story, target, delivery, stats);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, lane));
    if (open.length > due.length) return false;
    const after = await repos.outbox.getDeliveries(storyId, fanout.targets);
    return after.every((d) => d && d.state !== 'pending' && d.state !== 'sending');
  }

  async function runOnceInner(): Promise<RunStats> {
    const stats: RunStats = { sent: 0, retried: 0, gone: 0, failed: 0 };
    const pending = await repos.outbox.pendingStories();
    opts.metrics?.deliveriesPending.set(pending.length);
    for (const storyId of pending) {
      try {
        if (await runStory(storyId, stats)) await repos.outbox.complete(storyId);
      } catch (err) {
        logger.error({ err, storyId }, 'delivery run failed for a story; it stays queued');
      }
    }
    return stats;
  }

  return {
    enqueue,
    /** Sends every delivery that is due now. Concurrent calls share one run. */
    runOnce(): Promise<RunStats> {
      running ??= runOnceInner().finally(() => {
        running = undefined;
      });
      return running;
    },
    /** Runs until nothing is pending (or the timeout passes), waiting out retry delays. */
    async drain(options: { timeoutMs?: number; pollMs?: number } = {}): Promise<RunStats> {
      const deadline = clock.now() + (options.timeoutMs ?? 60_000);
      const total: RunStats = { sent: 0, retried: 0, gone: 0, failed: 0 };
      for (;;) {
        const stats = await this.runOnce();
        for (const k of Object.keys(total) as (keyof RunStats)[]) total[k] += stats[k];
        if ((await repos.outbox.pendingStories()).length === 0 || clock.now() >= deadline) return total;
        await clock.sleep(options.pollMs ?? 100);
      }
    },
  };
}
export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
