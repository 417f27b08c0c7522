import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import { createMemoryStore, prefixed, type KV, type Store, type StoreKind } from './kv.ts';

/**
 * Opens the store named by a KABAR_STORE URL: sqlite://PATH (default), redis://…, postgresql://…,
 * or memory:// for tests.
 */
export async function openStore(url: string, options: { namespace?: string } = {}): Promise<Store> {
  if (url.startsWith('memory:')) return createMemoryStore();
  const { kind, keyv } = await connect(url, options.namespace ?? 'kabar');
  keyv.on('error', () => {
    /* keyv re-throws on the awaited call; the listener only stops an unhandled 'error' event */
  });
  const root: KV = {
    async get<T>(key: string) {
      return (await keyv.get(key)) as T | undefined;
    },
    async getMany<T>(keys: string[]) {
      if (keys.length === 0) return [];
      return (await keyv.getMany(keys)) as (T | undefined)[];
    },
    async set(key, value, ttlMs) {
      await keyv.set(key, value, ttlMs);
    },
    async delete(key) {
      await keyv.delete(key);
    },
  };
  return {
    kind,
    namespace: (name) => prefixed(root, name),
    close: () => keyv.disconnect(),
  };
}

async function connect(url: string, namespace: string): Promise<{ kind: StoreKind; keyv: Keyv }> {
  // One Keyv namespace per deployment (tests use their own); kabar prefixes keys itself below it,
  // so one adapter serves every repository.
  const opts = { namespace };
  if (url.startsWith('sqlite:')) {
    const path = resolve(url.replace(/^sqlite:(\/\/)?/, '') || './data/kabar.sqlite');
    mkdirSync(dirname(path), { recursive: true });
    const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 10_000 });
    // WAL with NORMAL sync: a crash loses at most the last commit's fsync, never consistency,
    // and sends are not held up by one fsync per write.
    await adapter.query('PRAGMA journal_mode=WAL');
    await adapter.query('PRAGMA synchronous=NORMAL');
    return { kind: 'sqlite', keyv: new Keyv({ store: adapter, ...opts }) };
  }
  if (url.startsWith('redis:') || url.startsWith('rediss:')) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    return { kind: 'redis', keyv: new Keyv({ store: new KeyvRedis(url), ...opts }) };
  }
  if (url.startsWith('postgres:') || url.startsWith('postgresql:')) {
    const { default: KeyvPostgres } = await import('@keyv/postgres');
    return { kind: 'postgres', keyv: new Keyv({ store: new KeyvPostgres({ uri: url }), ...opts }) };
  }
  throw new Error(`KABAR_STORE: unsupported store URL scheme in "${redactUrl(url)}" (use sqlite://, redis:// or postgresql://)`);
}

/** Hides a password in a connection URL before it reaches a log or an error. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]*):([^@]*)@/, '//$1:***@');
}
