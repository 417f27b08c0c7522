/** The translation API refused or failed; the message never carries the API key. */
export class TranslateApiError extends Error {
  override name = 'TranslateApiError';
  constructor(
    message: string,
    /** HTTP status (v2, v3 REST) when there was an answer. */
    readonly status: number | undefined,
    /** Quota, rate limit, 5xx, timeout or a dropped connection: worth another try later. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface RetryOptions {
  /** Total time spent on one batch, retries included, before giving up (default 60 s). */
  maxMs?: number;
  /** First backoff delay; doubles each retry up to maxDelayMs (default 1 s). */
  baseMs?: number;
  maxDelayMs?: number;
  /** Time allowed for one request (default 20 s, never more than what is left of maxMs). */
  attemptTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic-enough milliseconds, for the bound. */
  nowMs?: () => number;
  random?: () => number;
}

/** The shortest attempt worth making; less would time out on a loaded machine whatever the server does. */
const MIN_ATTEMPT_MS = 250;

export const RETRY_DEFAULTS = { maxMs: 60_000, baseMs: 1_000, maxDelayMs: 15_000, attemptTimeoutMs: 20_000 };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable error, or the next try would end past
 * `maxMs`: exponential backoff with jitter. The one place that decides retry or give up.
 */
export async function withRetry<T>(
  attempt: (timeoutMs: number) => Promise<T>,
  opts: RetryOptions = {},
  onRetry?: (err: TranslateApiError, attempt: number, delayMs: number) => void,
): Promise<T> {
  const maxMs = opts.maxMs ?? RETRY_DEFAULTS.maxMs;
  const baseMs = opts.baseMs ?? RETRY_DEFAULTS.baseMs;
  const maxDelayMs = opts.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs;
  const attemptTimeoutMs = opts.attemptTimeoutMs ?? RETRY_DEFAULTS.attemptTimeoutMs;
  const sleep = opts.sleep ?? defaultSleep;
  const nowMs = opts.nowMs ?? Date.now;
  const random = opts.random ?? Math.random;
  const start = nowMs();
  let last: TranslateApiError | undefined;
  for (let n = 0; ; n++) {
    const left = maxMs - (nowMs() - start);
    // A sleep that overran the bound (a busy machine wakes timers late) leaves no time for a real try;
    // a doomed few-millisecond attempt would only replace the real failure with a meaningless timeout.
    if (last && left < MIN_ATTEMPT_MS) throw last;
    try {
      return await attempt(Math.max(1, Math.min(attemptTimeoutMs, left)));
    } catch (err) {
      const e = err instanceof TranslateApiError ? err : new TranslateApiError(String((err as Error)?.message ?? err), undefined, false);
      const delay = Math.round(Math.min(maxDelayMs, baseMs * 2 ** n) * (0.5 + random() / 2));
      if (!e.retryable || nowMs() - start + delay >= maxMs - MIN_ATTEMPT_MS) throw e;
      onRetry?.(e, n + 1, delay);
      last = e;
      await sleep(delay);
    }
  }
}

/**
 * Rejects with a retryable TranslateApiError when `promise` takes longer than `ms`. Needed because neither
 * Google client bounds a request here: v2's HTTP layer (teeny-request over node-fetch 3) ignores `timeout`
 * and the v3 REST fallback does not apply its call timeout. The abandoned request finishes or fails on
 * its own; the CLI exits regardless and the bot keeps running.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TranslateApiError(`${label}: timeout: no answer within ${ms} ms`, undefined, true)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
