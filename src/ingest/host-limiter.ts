/** Per-host politeness: at most `concurrency` requests in flight to one host, and `delayMs` between request starts. */
export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostLimiter(opts: { concurrency: number; delayMs: number; now?: () => number }): HostLimiter {
  const now = opts.now ?? (() => Date.now());
  const hosts = new Map<string, { active: number; lastStart: number; queue: (() => void)[] }>();

  const stateOf = (host: string) => {
    let s = hosts.get(host);
    if (!s) hosts.set(host, (s = { active: 0, lastStart: -Infinity, queue: [] }));
    return s;
  };

  async function acquire(host: string): Promise<void> {
    const s = stateOf(host);
    if (s.active >= opts.concurrency) await new Promise<void>((resolve) => s.queue.push(resolve));
    s.active++;
    // Reserve the next start slot before waiting, so queued tasks space themselves out rather than all firing together.
    const start = Math.max(now(), s.lastStart + opts.delayMs);
    s.lastStart = start;
    const wait = start - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  function release(host: string): void {
    const s = stateOf(host);
    s.active--;
    const next = s.queue.shift();
    if (next) next();
    else if (s.active === 0 && now() - s.lastStart > opts.delayMs) hosts.delete(host);
  }

  return {
    async run(host, task) {
      await acquire(host);
      try {
        return await task();
      } finally {
        release(host);
      }
    },
  };
}
