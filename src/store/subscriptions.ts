import { targetKey, type Subscription, type Target } from '../domain/subscription.ts';
import type { KV } from './kv.ts';

/**
 * Subscriptions by target, plus an index of every target key. The index is read once per story
 * fan-out; its updates are serialised in this process.
 */
export function createSubscriptionRepo(kv: KV) {
  let chain: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  }
  const subKey = (t: Target) => `sub:${targetKey(t)}`;
  async function index(): Promise<string[]> {
    return (await kv.get<string[]>('index')) ?? [];
  }
  return {
    get: (target: Target) => kv.get<Subscription>(subKey(target)),
    put(sub: Subscription): Promise<void> {
      return serial(async () => {
        await kv.set(subKey(sub.target), sub);
        const keys = await index();
        const key = targetKey(sub.target);
        if (!keys.includes(key)) await kv.set('index', [...keys, key]);
      });
    },
    delete(target: Target): Promise<void> {
      return serial(async () => {
        await kv.delete(subKey(target));
        const key = targetKey(target);
        const keys = await index();
        if (keys.includes(key)) await kv.set('index', keys.filter((k) => k !== key));
      });
    },
    /** Every active subscription (read in one batch). */
    async listActive(): Promise<Subscription[]> {
      const keys = await index();
      const subs = await kv.getMany<Subscription>(keys.map((k) => `sub:${k}`));
      return subs.filter((s): s is Subscription => !!s && s.active);
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
