import type { v2 } from '@google-cloud/translate';
import { z } from 'zod';
import type { TranslationBackend } from './backend.ts';
import { scrubKey } from './backend.ts';
import { TranslateApiError } from './retry.ts';

const answerSchema = z.object({ data: z.object({ translations: z.array(z.object({ translatedText: z.string() })) }) });

// Reasons Google gives with a 403 that mean "slow down" rather than "not allowed".
const QUOTA_REASONS = /rateLimitExceeded|userRateLimitExceeded|dailyLimitExceeded|quotaExceeded|RATE_LIMIT_EXCEEDED|RESOURCE_EXHAUSTED/i;

/**
 * The v2 (Basic) API with an API key. `baseUrl` (GOOGLE_CLOUD_TRANSLATE_ENDPOINT, a full URL ending in
 * /language/translate/v2) points it elsewhere, e.g. at the test emulator.
 */
export function createV2Backend(opts: { key: string; baseUrl?: string }): TranslationBackend {
  // autoRetry off: retries are decided in one place (withRetry), with a bound on the total time.
  // The Google library (~30 MB) is loaded on the first request, not when the bot starts.
  let loading: Promise<v2.Translate> | undefined;
  const getClient = () =>
    (loading ??= import('@google-cloud/translate').then(({ v2: api }) => {
      const client = new api.Translate({ key: opts.key, autoRetry: false });
      if (opts.baseUrl) client.baseUrl = opts.baseUrl.replace(/\/+$/, '');
      return client;
    }));
  return {
    kind: 'v2',
    limits: { maxSegments: 128, maxBytes: 100_000 },
    variant: '',
    prepare: async () => {
      await getClient();
    },
    send: async (texts, { source, target }) => {
      const client = await getClient();
      return new Promise((resolve, reject) => {
        // client.request rather than client.translate: the same URL, key and body, with format always text.
        client.request(
          { method: 'POST', uri: '', json: { q: texts, format: 'text', source, target }, maxRetries: 0 } as never,
          (err: Error | null, body?: unknown) => {
            if (err) return reject(toApiError(err, opts.key));
            const answer = answerSchema.safeParse(body);
            if (!answer.success || answer.data.data.translations.length !== texts.length) {
              return reject(new TranslateApiError('Google Translate v2: unexpected answer shape', 200, false));
            }
            resolve(answer.data.data.translations.map((t) => t.translatedText));
          },
        );
      });
    },
    close: async () => {},
  };
}

function toApiError(err: Error, key: string): TranslateApiError {
  const e = err as Error & { code?: number | string; errors?: { reason?: string; message?: string }[]; type?: string };
  const status = typeof e.code === 'number' ? e.code : undefined;
  const reasons = (e.errors ?? []).map((x) => x.reason).filter(Boolean).join(',');
  const what = status ? `HTTP ${status}${reasons ? ` ${reasons}` : ''}` : e.type === 'request-timeout' ? 'timeout' : `network error${e.code ? ` ${e.code}` : ''}`;
  const message = scrubKey(`Google Translate v2: ${what}: ${e.message}`, key);
  const retryable =
    status === undefined || status === 429 || status === 408 || status >= 500 || (status === 403 && QUOTA_REASONS.test(`${reasons} ${e.message}`));
  return new TranslateApiError(message, status, retryable);
}
