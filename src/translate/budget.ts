import type { KV } from '../store/kv.ts';

export interface BudgetUsage {
  month: string;
  used: number;
  limit: number;
}

/**
 * The monthly character budget, persisted in the KV per month (`budget:YYYY-MM`), counted on what was
 * actually sent. Characters are reserved before a send and given back if the send fails, so concurrent
 * stories in this process cannot both pass the check. Several instances on one store may overshoot by
 * at most one story each: the KV has no atomic increment.
 */
export interface Budget {
  /** Reserves `n` characters for this month; false (nothing reserved) when that would pass the limit. */
  reserve(n: number): Promise<{ ok: boolean; usage: BudgetUsage }>;
  /** Gives back characters reserved in `month` but not sent. */
  release(n: number, month: string): Promise<void>;
  usage(): Promise<BudgetUsage>;
  /** True the first time it is called in a month (so the admin is told once, not once per story). */
  firstExhaustionThisMonth(): Promise<boolean>;
}

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function createBudget(kv: KV, opts: { limit: number; now?: () => Date }): Budget {
  const now = opts.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();
  // One read-modify-write at a time in this process.
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const read = async (month: string) => (await kv.get<{ used: number }>(`budget:${month}`))?.used ?? 0;
  const write = (month: string, used: number) => kv.set(`budget:${month}`, { used, updatedAt: now().toISOString() });

  return {
    reserve: (n) =>
      serial(async () => {
        const month = monthOf(now());
        const used = await read(month);
        if (used + n > opts.limit) return { ok: false, usage: { month, used, limit: opts.limit } };
        await write(month, used + n);
        return { ok: true, usage: { month, used: used + n, limit: opts.limit } };
      }),
    release: (n, month) =>
      serial(async () => {
        if (n <= 0) return;
        await write(month, Math.max(0, (await read(month)) - n));
      }),
    usage: async () => {
      const month = monthOf(now());
      return { month, used: await read(month), limit: opts.limit };
    },
    firstExhaustionThisMonth: () =>
      serial(async () => {
        const key = `budget-warned:${monthOf(now())}`;
        if (await kv.get(key)) return false;
        await kv.set(key, true);
        return true;
      }),
  };
}
