import { targetKey, type Subscription, type Target } from '../domain/subscription.ts';
import type { KV } from './kv.ts';
import { createSerial } from './serial.ts';

/**
 * The index of target keys is split into buckets so adding one subscription rewrites a small list,
 * not one list of every subscription (10,000 subscriptions would make that quadratic).
 */
const BUCKETS = 64;

function bucketOf(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return `index:${h % BUCKETS}`;
}

/**
 * Subscriptions by target, plus a bucketed index of every target key. The index is read once per
 * story fan-out; its updates are serialised in this process.
 */
export function createSubscriptionRepo(kv: KV) {
  const serial = createSerial();
  const subKey = (t: Target) => `sub:${targetKey(t)}`;
  async function allKeys(): Promise<string[]> {
    const buckets = await kv.getMany<string[]>(Array.from({ length: BUCKETS }, (_, i) => `index:${i}`));
    return buckets.flatMap((b) => b ?? []);
  }
  return {
    get: (target: Target) => kv.get<Subscription>(subKey(target)),
    put(sub: Subscription): Promise<void> {
      return serial(async () => {
        await kv.set(subKey(sub.target), sub);
        const key = targetKey(sub.target);
        const bucket = bucketOf(key);
        const keys = (await kv.get<string[]>(bucket)) ?? [];
        if (!keys.includes(key)) await kv.set(bucket, [...keys, key]);
      });
    },
    delete(target: Target): Promise<void> {
      return serial(async () => {
        await kv.delete(subKey(target));
        const key = targetKey(target);
        const bucket = bucketOf(key);
        const keys = (await kv.get<string[]>(bucket)) ?? [];
        if (keys.includes(key)) await kv.set(bucket, keys.filter((k) => k !== key));
      });
    },
    /** Every active subscription (read in one batch). */
    async listActive(): Promise<Subscription[]> {
      const keys = await allKeys();
      const subs = await kv.getMany<Subscription>(keys.map((k) => `sub:${k}`));
      return subs.filter((s): s is Subscription => !!s && s.active);
    },
    /** The active subscriptions that pass `keep`, read a bucket at a time so 10,000 are never all in memory. */
    async filterActive(keep: (sub: Subscription) => boolean): Promise<Subscription[]> {
      const kept: Subscription[] = [];
      for (let i = 0; i < BUCKETS; i++) {
        const keys = (await kv.get<string[]>(`index:${i}`)) ?? [];
        if (keys.length === 0) continue;
        for (const sub of await kv.getMany<Subscription>(keys.map((k) => `sub:${k}`))) if (sub?.active && keep(sub)) kept.push(sub);
      }
      return kept;
    },
    /** Marks a subscription inactive (bot kicked, channel deleted) and keeps why. */
    async deactivate(target: Target, reason: string): Promise<void> {
      const sub = await kv.get<Subscription>(subKey(target));
      if (sub?.active) await kv.set(subKey(target), { ...sub, active: false, inactiveReason: reason });
    },
    /** Moves a subscription to a new target (a Telegram group migrated to a supergroup). */
    async move(from: Target, to: Target): Promise<void> {
      const sub = await kv.get<Subscription>(subKey(from));
      if (!sub) return;
      await this.put({ ...sub, target: to });
      await this.delete(from);
    },
  };
}
export type SubscriptionRepo = ReturnType<typeof createSubscriptionRepo>;
