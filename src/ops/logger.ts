import pino, { type Logger as PinoLogger } from 'pino';

/** The logging port: pino's interface (info/warn/error/debug/child). */
export type Logger = PinoLogger;

const SECRET_KEYS = ['token', 'apiKey', 'key', 'password', 'authorization', 'TELEGRAM_BOT_TOKEN', 'DISCORD_TOKEN', 'GOOGLE_TRANSLATE_API_KEY'];

/**
 * JSON logs on stderr (stdout is kept for what the bot would post and for CLI output).
 * Every secret value known at start-up is scrubbed from the final line, wherever it appears
 * (an error message with a URL, a stack, a nested object), and secret-named fields are censored.
 */
export function createLogger(options: { level?: string; secrets?: (string | undefined)[]; destination?: pino.DestinationStream } = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= 6);
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'kabar' },
      redact: { paths: SECRET_KEYS.flatMap((k) => [k, `*.${k}`]), censor: '[redacted]' },
      hooks: {
        streamWrite: (line) => scrubSecrets(line, secrets),
      },
    },
    options.destination ?? pino.destination(2),
  );
}

/** Replaces each secret (and its URL-encoded form) with [redacted]. */
export function scrubSecrets(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('[redacted]');
  }
  return out;
}

/** A logger that drops everything, for tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
