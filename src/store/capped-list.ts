import type { KV } from './kv.ts';
import { createSerial } from './serial.ts';

/**
 * A newest-first list of ids kept under one key, capped in length. Writes in one process are
 * serialised per key so two concurrent updates never lose each other.
 */
export function createCappedLists(kv: KV, cap: number) {
  const queues = new Map<string, ReturnType<typeof createSerial>>();
  function serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    let queue = queues.get(key);
    if (!queue) queues.set(key, (queue = createSerial()));
    return queue(work);
  }
  return {
    async read(key: string): Promise<string[]> {
      return (await kv.get<string[]>(key)) ?? [];
    },
    /** Puts `id` first (moving it if present). */
    push(key: string, id: string): Promise<void> {
      return serial(key, async () => {
        const list = (await kv.get<string[]>(key)) ?? [];
        const next = [id, ...list.filter((x) => x !== id)].slice(0, cap);
        await kv.set(key, next);
      });
    },
    remove(key: string, id: string): Promise<void> {
      return serial(key, async () => {
        const list = (await kv.get<string[]>(key)) ?? [];
        if (list.includes(id)) await kv.set(key, list.filter((x) => x !== id));
      });
    },
  };
}
