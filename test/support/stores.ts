import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.ts';

/** The stores every repository test runs against; CI starts Redis and PostgreSQL (see .ci/run). */
export const STORE_KINDS = ['sqlite', 'redis', 'postgres'] as const;

export const REDIS_URL = process.env.KABAR_TEST_REDIS ?? 'redis://127.0.0.1:6379';
export const POSTGRES_URL = process.env.KABAR_TEST_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** Opens a fresh, isolated store of the given kind (its own file or its own key namespace). */
export async function openTestStore(kind: (typeof STORE_KINDS)[number]): Promise<Store> {
  const namespace = `t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  if (kind === 'sqlite') return openStore(`sqlite://${join(mkdtempSync(join(tmpdir(), 'kabar-')), 'kabar.sqlite')}`);
  return openStore(kind === 'redis' ? REDIS_URL : POSTGRES_URL, { namespace });
}
