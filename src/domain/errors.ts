/** The person typed something wrong; the reply explains, nothing is logged as a bug. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Configuration is invalid; the message lists every problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A network fetch failed (status, timeout, size cap, charset). */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
