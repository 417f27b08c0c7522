import { FetchError } from '../domain/errors.ts';
import { decodeBody } from './charset.ts';
import { createHostLimiter } from './host-limiter.ts';

export const DEFAULT_USER_AGENT = 'kabar/0.1 (+https://github.com/kabar-news/kabar)';

export interface FetcherOptions {
  userAgent?: string;
  /** Time allowed until the response headers arrive (covers DNS, connect, TLS and the server's think time). */
  connectTimeoutMs?: number;
  /** Time allowed for the whole request, body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  perHostConcurrency?: number;
  /** Pause between two request starts to the same host. */
  politenessMs?: number;
  fetch?: typeof fetch;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchResult {
  status: 200 | 304;
  /** Final URL, after redirects. */
  url: string;
  /** Decoded body; '' on 304. */
  text: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
}

/** The HTTP port of ingest: a conditional, polite, size- and time-bounded GET that returns decoded text. */
export interface Fetcher {
  get(url: string, validators?: Validators): Promise<FetchResult>;
}

/** Builds a Fetcher over `fetch` (undici); gzip, deflate and br are decoded by fetch itself. */
export function createFetcher(opts: FetcherOptions = {}): Fetcher {
  const cfg = {
    userAgent: opts.userAgent ?? DEFAULT_USER_AGENT,
    connectTimeoutMs: opts.connectTimeoutMs ?? 10_000,
    timeoutMs: opts.timeoutMs ?? 30_000,
    maxBytes: opts.maxBytes ?? 5 * 1024 * 1024,
    maxRedirects: opts.maxRedirects ?? 5,
  };
  const doFetch = opts.fetch ?? globalThis.fetch;
  const limiter = createHostLimiter({ concurrency: opts.perHostConcurrency ?? 2, delayMs: opts.politenessMs ?? 1000 });

  async function get(url: string, validators: Validators = {}): Promise<FetchResult> {
    const total = new AbortController();
    // The total time limit starts with the first request, not while waiting for a turn at a busy host
    // (many sources on one host would otherwise time out in the politeness queue).
    let totalTimer: NodeJS.Timeout | undefined;
    const startClock = () => (totalTimer ??= setTimeout(() => total.abort(new Error('timeout')), cfg.timeoutMs));
    try {
      let current = url;
      const visited = new Set<string>();
      for (let hop = 0; ; hop++) {
        visited.add(current);
        const response = await limiter.run(hostOf(current), () => {
          startClock();
          return request(current, validators, total.signal, url);
        });
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
          const location = response.headers.get('location');
          await response.body?.cancel().catch(() => {});
          if (!location) throw new FetchError(`HTTP ${response.status} without a Location header from ${current}`, url, response.status);
          const next = new URL(location, current).href;
          if (visited.has(next)) throw new FetchError(`redirect loop: ${current} → ${next}`, url, response.status);
          if (hop + 1 > cfg.maxRedirects) throw new FetchError(`too many redirects (more than ${cfg.maxRedirects}) from ${url}`, url, response.status);
          current = next;
          continue;
        }
        return await readResponse(response, current, url, total.signal);
      }
    } catch (err) {
      if (err instanceof FetchError) throw err;
      if (total.signal.aborted) throw new FetchError(`timed out after ${cfg.timeoutMs} ms fetching ${url}`, url, undefined, { cause: err });
      throw new FetchError(`could not fetch ${url}: ${describe(err)}`, url, undefined, { cause: err });
    } finally {
      clearTimeout(totalTimer);
    }
  }

  async function request(current: string, validators: Validators, totalSignal: AbortSignal, original: string): Promise<Response> {
    const headers: Record<string, string> = {
      'user-agent': cfg.userAgent,
      accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-language': 'id,en;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const headersTimeout = new AbortController();
    const timer = setTimeout(() => headersTimeout.abort(new Error('connect timeout')), cfg.connectTimeoutMs);
    try {
      return await doFetch(current, {
        headers,
        redirect: 'manual',
        signal: AbortSignal.any([totalSignal, headersTimeout.signal]),
      });
    } catch (err) {
      if (headersTimeout.signal.aborted && !totalSignal.aborted) {
        throw new FetchError(`no response within ${cfg.connectTimeoutMs} ms from ${current}`, original, undefined, { cause: err });
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  async function readResponse(response: Response, finalUrl: string, original: string, signal: AbortSignal): Promise<FetchResult> {
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    const contentType = response.headers.get('content-type') ?? undefined;
    if (response.status === 304) {
      await response.body?.cancel().catch(() => {});
      return { status: 304, url: finalUrl, text: '', etag, lastModified, contentType };
    }
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel().catch(() => {});
      throw new FetchError(`HTTP ${response.status} ${response.statusText} from ${finalUrl}`, original, response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    // Only trust content-length for the early refusal when the body is not compressed (it then counts encoded bytes).
    if (declared > cfg.maxBytes && !response.headers.get('content-encoding')) {
      await response.body?.cancel().catch(() => {});
      throw new FetchError(`body of ${finalUrl} is ${declared} bytes, over the ${cfg.maxBytes}-byte cap`, original, 200);
    }
    const bytes = await readCapped(response, cfg.maxBytes, finalUrl, original, signal);
    return { status: 200, url: finalUrl, text: decodeBody(bytes, contentType), etag, lastModified, contentType };
  }

  return { get };
}

async function readCapped(response: Response, maxBytes: number, finalUrl: string, original: string, signal: AbortSignal): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchError(`body of ${finalUrl} exceeds the ${maxBytes}-byte cap`, original, 200);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    throw new FetchError(`not a valid URL: ${url}`, url);
  }
}

function describe(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } };
  return [e?.message, e?.cause?.code ?? e?.cause?.message].filter(Boolean).join(': ') || String(err);
}
