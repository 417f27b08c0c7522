import type { Redis } from 'ioredis';

export interface LeaseOptions {
  /** Who holds a lease (instance name); kept in the lease value for operators reading Redis. */
  owner: string;
  /** How long a lease lives without renewal; a crashed holder's work is taken over after this. */
  ttlMs?: number;
  /** Key prefix, so deployments and test runs sharing one Redis stay apart. */
  prefix?: string;
  now?: () => number;
}

export type ExclusiveOutcome<T> =
  | { ran: true; value: T; cycle: number; leaseLost: boolean }
  | { ran: false; reason: 'done' | 'held'; cycle: number };

// Renew only a lease we still hold: another instance may own it after ours expired.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
// Release only our own lease, never a successor's.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * The cycle a moment belongs to: cycle c runs from boundary c·cycleMs to the next one. node-cron
 * never fires before its slot (it re-arms when a timer wakes early), so every instance's firing for
 * one slot lands in that slot's cycle, and a poll made at start-up between two slots joins the
 * cycle already under way instead of adding one.
 */
export function cycleOf(now: number, cycleMs: number): number {
  return Math.floor(now / cycleMs);
}

/**
 * Leases on Redis so that, among instances sharing it, one runs a named job per cycle. A lease is a
 * key set with NX and an expiry, renewed while the job runs and released when it ends; a "done"
 * marker for the cycle makes an instance whose cron fires later skip the job. A crashed holder's
 * lease expires after `ttlMs`; the job is then free for whoever asks next (this cycle if it was not
 * marked done).
 */
export function createLeases(redis: Redis, opts: LeaseOptions) {
  const ttlMs = opts.ttlMs ?? 30_000;
  const prefix = opts.prefix ?? 'kabar:lease:';
  const now = opts.now ?? Date.now;
  let seq = 0;

  async function runExclusive<T>(name: string, cycleMs: number, fn: (signal: AbortSignal) => Promise<T>): Promise<ExclusiveOutcome<T>> {
    const cycle = cycleOf(now(), cycleMs);
    const leaseKey = `${prefix}held:${name}`;
    const doneKey = `${prefix}done:${name}:${cycle}`;
    if (await redis.exists(doneKey)) return { ran: false, reason: 'done', cycle };
    const token = `${opts.owner}#${cycle}#${++seq}`;
    if ((await redis.set(leaseKey, token, 'PX', ttlMs, 'NX')) !== 'OK') return { ran: false, reason: 'held', cycle };
    // The previous holder may have finished between our check and our SET.
    if (await redis.exists(doneKey)) {
      await redis.eval(RELEASE, 1, leaseKey, token);
      return { ran: false, reason: 'done', cycle };
    }
    const lost = new AbortController();
    const renew = setInterval(() => {
      redis.eval(RENEW, 1, leaseKey, token, String(ttlMs)).then(
        (ok) => {
          if (!ok) lost.abort(new Error(`lease ${name} lost`));
        },
        () => {
          /* Redis unreachable: the lease may lapse; the next renewal tells */
        },
      );
    }, Math.max(50, Math.floor(ttlMs / 3)));
    try {
      const value = await fn(lost.signal);
      // Marked done only when the work finished: a crash leaves the cycle open for a successor.
      await redis.set(doneKey, opts.owner, 'PX', Math.max(2 * cycleMs, ttlMs));
      return { ran: true, value, cycle, leaseLost: lost.signal.aborted };
    } finally {
      clearInterval(renew);
      await redis.eval(RELEASE, 1, leaseKey, token).catch(() => undefined);
    }
  }

  return { runExclusive };
}
export type Leases = ReturnType<typeof createLeases>;
