import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { REDIS_URL } from '../../support/stores.ts';

/** A key prefix of its own for one test run, so runs sharing the Redis never see each other. */
export function uniquePrefix(label = 'kt'): string {
  return `${label}-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** A connection to the test Redis with the settings BullMQ needs. */
export function connectRedis(): Redis {
  return new Redis(REDIS_URL, { maxRetriesPerRequest: null });
}

/** Deletes every key under a prefix (the run's leases, limits, queues). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
