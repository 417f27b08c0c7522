import { createHash } from 'node:crypto';
import type { KV } from '../store/kv.ts';

/** Six months: long enough for a story reprocessed or a quote repeated by other outlets, short enough to bound the store. */
export const CACHE_TTL_MS = 180 * 24 * 3600 * 1000;

export interface TranslationCache {
  /** The cache key of one text as sent, in one language pair, under one glossary version. */
  keyOf(text: string, source: string, target: string, variant: string): string;
  getMany(keys: string[]): Promise<(string | undefined)[]>;
  set(key: string, translated: string): Promise<void>;
}

/** Translations of exactly what was sent (names already tokenised, glossary applied), in the KV under `tr:`. */
export function createTranslationCache(kv: KV, ttlMs = CACHE_TTL_MS): TranslationCache {
  return {
    keyOf: (text, source, target, variant) =>
      `tr:${createHash('sha256').update(`${source}\u0000${target}\u0000${variant}\u0000${text}`).digest('hex')}`,
    async getMany(keys) {
      if (keys.length === 0) return [];
      const values = await kv.getMany<{ t: string }>(keys);
      return values.map((v) => (v && typeof v.t === 'string' ? v.t : undefined));
    },
    set: (key, translated) => kv.set(key, { t: translated }, ttlMs),
  };
}
