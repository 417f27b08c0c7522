import type { BatchLimits } from './batch.ts';

/** One Google Cloud Translation API version, reduced to what kabar needs: translate a batch of plain texts. */
export interface TranslationBackend {
  kind: 'v2' | 'v3';
  limits: BatchLimits;
  /** Anything besides the text that changes the output (a v3 glossary); part of the cache key. */
  variant: string;
  /** Translates `texts` in one request; throws TranslateApiError (with the key scrubbed). */
  send(texts: string[], opts: { source: string; target: string; timeoutMs: number }): Promise<string[]>;
  /** Loads what the first send needs (the client library), so that load is not counted in a request's timeout. */
  prepare?(): Promise<void>;
  close(): Promise<void>;
}

/** Removes `secret` and any `key=` query value from a message (client errors quote the request URL). */
export function scrubKey(message: string, secret?: string): string {
  let out = message.replace(/([?&](?:key|api_key)=)[^&\s"'#]+/gi, '$1[redacted]');
  if (secret && secret.length >= 4) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('[redacted]');
  }
  return out;
}
