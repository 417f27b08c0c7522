import type { v3 } from '@google-cloud/translate';
import type { TranslationBackend } from './backend.ts';
import { scrubKey } from './backend.ts';
import { TranslateApiError } from './retry.ts';

/** Client options for reaching somewhere other than translate.googleapis.com (the emulator, a private endpoint). */
export interface V3ClientOverrides {
  apiEndpoint?: string;
  port?: number;
  /** REST fallback instead of gRPC. */
  fallback?: boolean;
  protocol?: 'http' | 'https';
  /** An API key instead of a service account (also stops the client probing the metadata server). */
  apiKey?: string;
}

export interface V3Options {
  projectId: string;
  /** Path of a service-account key file; without it, application default credentials. */
  keyFilename?: string;
  /** A glossary id (in us-central1) or its full name `projects/P/locations/L/glossaries/G`. */
  glossary?: string;
  client?: V3ClientOverrides;
}

// gRPC status codes worth another try: DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, INTERNAL, UNAVAILABLE, (UNKNOWN).
const RETRY_CODES = new Set([2, 4, 8, 13, 14]);
const PERMISSION_DENIED = 7;
// HTTP statuses of the same (the REST fallback reports the HTTP status as the error code).
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const QUOTA = /quota|rate.?limit|RESOURCE_EXHAUSTED/i;

/** The v3 (Advanced) API: service account or ADC with a project, optional glossary. */
export function createV3Backend(opts: V3Options): TranslationBackend {
  const glossaryName = opts.glossary ? glossaryResource(opts.projectId, opts.glossary) : undefined;
  // Glossaries live in a region; without one the global endpoint is the usual choice.
  const location = glossaryName ? glossaryName.split('/')[3] : 'global';
  // The Google library (~30 MB) is loaded on the first request, not when the bot starts.
  const newClient = async () =>
    new (await import('@google-cloud/translate')).v3.TranslationServiceClient({
      projectId: opts.projectId,
      ...(opts.keyFilename ? { keyFilename: opts.keyFilename } : {}),
      ...opts.client,
    } as ConstructorParameters<typeof v3.TranslationServiceClient>[0]);
  let client: InstanceType<typeof v3.TranslationServiceClient> | undefined;
  let closed = false;

  // The client's methods start its initialisation with `initialize().catch(err => { throw err })`: when
  // credentials cannot be found every call then leaves an unhandled rejection, which ends a Node process.
  // So initialise first, here, where the failure is caught; a failed client is dropped and made anew
  // next time (credentials may appear, the metadata server may come back).
  async function ready() {
    client ??= await newClient();
    try {
      await client.initialize();
      return client;
    } catch (err) {
      const failed = client;
      client = undefined;
      await failed.close().catch(() => undefined);
      throw new TranslateApiError(
        scrubKey(`Google Translate v3: no usable credentials (GOOGLE_APPLICATION_CREDENTIALS or application default credentials): ${(err as Error).message}`, opts.client?.apiKey),
        undefined,
        false,
      );
    }
  }

  return {
    kind: 'v3',
    limits: { maxSegments: 1_024, maxCodePoints: 30_000 },
    variant: glossaryName ?? '',
    async send(texts, { source, target, timeoutMs }) {
      const c = await ready();
      try {
        const [answer] = await c.translateText(
          {
            parent: `projects/${opts.projectId}/locations/${location}`,
            contents: texts,
            mimeType: 'text/plain',
            sourceLanguageCode: source,
            targetLanguageCode: target,
            ...(glossaryName ? { glossaryConfig: { glossary: glossaryName } } : {}),
          },
          { timeout: timeoutMs },
        );
        const list = glossaryName && answer.glossaryTranslations?.length ? answer.glossaryTranslations : answer.translations;
        if (!list || list.length !== texts.length) throw new TranslateApiError('Google Translate v3: unexpected answer shape', 200, false);
        return list.map((t) => t.translatedText ?? '');
      } catch (err) {
        throw err instanceof TranslateApiError ? err : toApiError(err as Error, opts.client?.apiKey);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await client?.close();
    },
  };
}

/** The full resource name of a glossary given as an id or as a full name. */
export function glossaryResource(projectId: string, glossary: string): string {
  return glossary.startsWith('projects/') ? glossary : `projects/${projectId}/locations/us-central1/glossaries/${glossary}`;
}

// Only the message is kept: client errors carry the request config, API key header included.
function toApiError(err: Error, apiKey?: string): TranslateApiError {
  const e = err as Error & { code?: number | string; statusDetails?: unknown };
  const code = typeof e.code === 'number' ? e.code : undefined;
  const http = code !== undefined && code >= 100 ? code : undefined;
  const text = `${e.message} ${JSON.stringify(e.statusDetails ?? '')}`;
  const retryable =
    code === undefined ||
    (http !== undefined ? RETRY_STATUSES.has(http) || http >= 500 || (http === 403 && QUOTA.test(text)) : RETRY_CODES.has(code) || (code === PERMISSION_DENIED && QUOTA.test(text)));
  const what = http !== undefined ? `HTTP ${http}` : code !== undefined ? `gRPC code ${code}` : `network error${e.code ? ` ${e.code}` : ''}`;
  return new TranslateApiError(scrubKey(`Google Translate v3: ${what}: ${e.message}`, apiKey), http, retryable);
}
