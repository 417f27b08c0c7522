import type { Delivery } from '../domain/delivery.ts';
import { parseTargetKey, targetKey, type Target } from '../domain/subscription.ts';
import type { KV } from './kv.ts';
import { createSerial } from './serial.ts';

/** The targets one story goes to, fixed when the story is queued so a restart resumes the same list. */
export interface Fanout {
  storyId: string;
  targets: string[];
  createdAt: string;
}

/**
 * The durable outbox. A fan-out record per story lists its targets; a delivery record per
 * (story, target) is written before and after each send; `pending` lists stories not yet done.
 */
export function createOutboxRepo(kv: KV) {
  const serial = createSerial();
  const deliveryKey = (storyId: string, target: Target) => `delivery:${storyId}:${targetKey(target)}`;
  return {
    /** Records the story's targets, then marks it pending (in that order, so a crash leaves no half record). */
    enqueue(storyId: string, targets: Target[], now: Date): Promise<void> {
      return serial(async () => {
        if (await kv.get<Fanout>(`fanout:${storyId}`)) return;
        await kv.set(`fanout:${storyId}`, { storyId, targets: targets.map(targetKey), createdAt: now.toISOString() });
        const pending = (await kv.get<string[]>('pending')) ?? [];
        if (!pending.includes(storyId)) await kv.set('pending', [...pending, storyId]);
      });
    },
    async pendingStories(): Promise<string[]> {
      return (await kv.get<string[]>('pending')) ?? [];
    },
    async fanout(storyId: string): Promise<{ storyId: string; targets: Target[] } | undefined> {
      const f = await kv.get<Fanout>(`fanout:${storyId}`);
      return f && { storyId, targets: f.targets.map(parseTargetKey) };
    },
    getDelivery: (storyId: string, target: Target) => kv.get<Delivery>(deliveryKey(storyId, target)),
    async getDeliveries(storyId: string, targets: Target[]): Promise<(Delivery | undefined)[]> {
      return kv.getMany<Delivery>(targets.map((t) => deliveryKey(storyId, t)));
    },
    putDelivery: (d: Delivery) => kv.set(deliveryKey(d.storyId, d.target), d),
    /** Drops the story from the pending list once every target is sent or given up. */
    complete(storyId: string): Promise<void> {
      return serial(async () => {
        const pending = (await kv.get<string[]>('pending')) ?? [];
        if (pending.includes(storyId)) await kv.set('pending', pending.filter((id) => id !== storyId));
      });
    },
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
