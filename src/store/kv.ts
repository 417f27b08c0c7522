/** The storage port: a namespaced key-value map. Repositories build on it; only src/store knows keyv. */
export interface KV {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Whether KABAR_STORE names Redis, where several instances coordinate (src/cluster). */
export function isClusterStore(storeUrl: string): boolean {
  return /^rediss?:/.test(storeUrl);
}

export type StoreKind = 'sqlite' | 'redis' | 'postgres' | 'memory';

export interface Store {
  kind: StoreKind;
  /** A view of the store whose keys are prefixed with `name:`. */
  namespace(name: string): KV;
  close(): Promise<void>;
}

/** Prefixes every key of `kv` with `prefix:`; namespaces nest. */
export function prefixed(kv: KV, prefix: string): KV {
  const k = (key: string) => `${prefix}:${key}`;
  return {
    get: (key) => kv.get(k(key)),
    getMany: (keys) => kv.getMany(keys.map(k)),
    set: (key, value, ttlMs) => kv.set(k(key), value, ttlMs),
    delete: (key) => kv.delete(k(key)),
  };
}

/** A working in-memory store for tests; values are JSON round-tripped like a real backend would. */
export function createMemoryStore(): Store & { size(): number } {
  const data = new Map<string, { json: string; expires?: number }>();
  const read = (key: string) => {
    const entry = data.get(key);
    if (!entry) return undefined;
    if (entry.expires !== undefined && entry.expires <= Date.now()) {
      data.delete(key);
      return undefined;
    }
    return JSON.parse(entry.json);
  };
  const root: KV = {
    async get(key) {
      return read(key);
    },
    async getMany(keys) {
      return keys.map(read);
    },
    async set(key, value, ttlMs) {
      data.set(key, { json: JSON.stringify(value), expires: ttlMs ? Date.now() + ttlMs : undefined });
    },
    async delete(key) {
      data.delete(key);
    },
  };
  return {
    kind: 'memory',
    namespace: (name) => prefixed(root, name),
    close: async () => {},
    size: () => data.size,
  };
}
