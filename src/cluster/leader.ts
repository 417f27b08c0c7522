import type { Redis } from 'ioredis';
import type { Logger } from '../ops/logger.ts';

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export interface LeaderOptions {
  name: string;
  owner: string;
  /** A dead leader is replaced after this long. */
  ttlMs?: number;
  prefix?: string;
  logger: Logger;
}

/** What the leader runs: started when this instance takes the lead, stopped when it loses it. */
export interface LeaderRole {
  lead(): Promise<void>;
  resign(): Promise<void>;
}

/**
 * Runs `role` on exactly one instance at a time (a lease held as long as the instance lives). Used
 * for what may only happen once per bot: Telegram long polling (a second getUpdates gets 409
 * Conflict), or an unsharded Discord gateway session (every session would get every interaction).
 * When the leader dies its lease expires and another instance takes over.
 */
export function startLeadership(redis: Redis, opts: LeaderOptions, role: LeaderRole) {
  const ttlMs = opts.ttlMs ?? 15_000;
  const key = `${opts.prefix ?? 'kabar:'}leader:${opts.name}`;
  const token = `${opts.owner}#${Math.random().toString(36).slice(2)}`;
  const log = opts.logger.child({ role: opts.name });
  let leading = false;
  let confirmedAt = 0;
  let stopped = false;

  async function stepDown(why: string): Promise<void> {
    leading = false;
    log.warn(why);
    await role.resign().catch((err) => log.error({ err }, 'resigning failed'));
  }
  let busy: Promise<void> = Promise.resolve();

  async function tick(): Promise<void> {
    if (stopped) return;
    try {
      if (leading) {
        if (await redis.eval(RENEW, 1, key, token, String(ttlMs))) {
          confirmedAt = Date.now();
          return;
        }
        return await stepDown('lost the lead (lease expired); stopping here');
      }
      if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') return;
      leading = true;
      confirmedAt = Date.now();
      log.info('took the lead');
      try {
        await role.lead();
      } catch (err) {
        log.error({ err }, 'could not start as leader; letting another instance try');
        leading = false;
        await redis.eval(RELEASE, 1, key, token);
      }
    } catch (err) {
      log.warn({ err: String(err) }, 'leadership check failed; trying again');
      // Cut off from Redis, this instance cannot know whether another took over: it steps down
      // before its lease could have expired, so two never receive at once.
      if (leading && Date.now() - confirmedAt > ttlMs * 0.8) await stepDown('lead not confirmed in time; stopping here');
    }
  }

  const schedule = () => {
    busy = busy.then(tick);
  };
  schedule();
  const timer = setInterval(schedule, Math.max(100, Math.floor(ttlMs / 3)));
  return {
    isLeader: () => leading,
    /** Resolves once the first attempt to take the lead is over (won or not). */
    ready: () => busy,
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await busy;
      if (leading) {
        leading = false;
        await role.resign().catch((err) => log.error({ err }, 'resigning failed'));
        await redis.eval(RELEASE, 1, key, token).catch(() => undefined);
      }
    },
  };
}
export type Leadership = ReturnType<typeof startLeadership>;
