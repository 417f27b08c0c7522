import { createHash } from 'node:crypto';
import type { KV } from './kv.ts';

/** What kabar remembers about one feed or index page between polls. */
export interface SourceState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  /** True once the first poll recorded the items already there (the first poll posts nothing). */
  initialized: boolean;
  consecutiveFailures: number;
  /** Epoch ms before which the source is not polled again (backoff). */
  nextPollAfter?: number;
  disabled?: boolean;
  lastError?: string;
  lastPolledAt?: string;
  lastSuccessAt?: string;
}

export function createSourceStateRepo(kv: KV) {
  return {
    async get(sourceId: string): Promise<SourceState> {
      return (await kv.get<SourceState>(sourceId)) ?? { sourceId, initialized: false, consecutiveFailures: 0 };
    },
    put: (state: SourceState) => kv.set(state.sourceId, state),
  };
}
export type SourceStateRepo = ReturnType<typeof createSourceStateRepo>;

/** Item keys already seen per source, so an item is handled once however often it stays on a feed. */
export function createSeenItemsRepo(kv: KV) {
  const key = (sourceId: string, itemKey: string) => `${sourceId}:${createHash('sha1').update(itemKey).digest('base64url')}`;
  return {
    async has(sourceId: string, itemKey: string): Promise<boolean> {
      return (await kv.get<number>(key(sourceId, itemKey))) !== undefined;
    },
    async hasMany(sourceId: string, itemKeys: string[]): Promise<boolean[]> {
      const values = await kv.getMany<number>(itemKeys.map((k) => key(sourceId, k)));
      return values.map((v) => v !== undefined);
    },
    add: (sourceId: string, itemKey: string) => kv.set(key(sourceId, itemKey), 1),
  };
}
export type SeenItemsRepo = ReturnType<typeof createSeenItemsRepo>;
