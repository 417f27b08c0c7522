import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/domain/errors.ts';
import { createFetcher, DEFAULT_USER_AGENT } from '../../src/ingest/fetcher.ts';
import { startOutletEmulator, type OutletEmulator } from '../emulators/outlets.ts';

let outlets: OutletEmulator;
beforeAll(async () => {
  outlets = await startOutletEmulator({ slowMs: 2000, oversizedBytes: 400_000 });
});
afterAll(() => outlets.close());

const fast = () => createFetcher({ politenessMs: 0, perHostConcurrency: 4 });
const ARTICLE = '/kompastv/internasional/501234/menlu-china-ajak-rusia';

describe('fetcher against the outlet emulator', () => {
  it('answers a conditional GET with 304 when the ETag still matches, and 200 once the page changed', async () => {
    const fetcher = fast();
    const first = await fetcher.get(`${outlets.url}/kompastv/rss.xml`);
    expect(first.status).toBe(200);
    expect(first.etag).toBeTruthy();
    expect(first.lastModified).toBeTruthy();

    const again = await fetcher.get(`${outlets.url}/kompastv/rss.xml`, { etag: first.etag, lastModified: first.lastModified });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(outlets.lastRequest('/kompastv/rss.xml')?.['if-none-match']).toBe(first.etag);

    outlets.addFeedItem('/kompastv/rss.xml', { title: 'Baru', link: '/kompastv/baru' });
    const changed = await fetcher.get(`${outlets.url}/kompastv/rss.xml`, { etag: first.etag, lastModified: first.lastModified });
    expect(changed.status).toBe(200);
    expect(changed.text).toContain('<title>Baru</title>');
  });

  it('honours Last-Modified alone', async () => {
    const fetcher = fast();
    const first = await fetcher.get(`${outlets.url}${ARTICLE}`);
    const again = await fetcher.get(`${outlets.url}${ARTICLE}`, { lastModified: first.lastModified });
    expect(again.status).toBe(304);
  });

  it('asks for compression and decodes a compressed body', async () => {
    const res = await fast().get(`${outlets.url}${ARTICLE}`);
    expect(outlets.lastRequest(ARTICLE)?.['accept-encoding']).toMatch(/gzip/);
    expect(outlets.lastEncoding(ARTICLE)).toBe('br');
    expect(res.text).toContain('BEIJING, KOMPAS.TV -');
    for (const encoding of ['gzip', 'deflate']) {
      const only = createFetcher({ politenessMs: 0, fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as object), 'accept-encoding': encoding } }) });
      expect((await only.get(`${outlets.url}${ARTICLE}`)).text).toContain('BEIJING, KOMPAS.TV -');
      expect(outlets.lastEncoding(ARTICLE)).toBe(encoding);
    }
  });

  it('names the bot in its User-Agent', async () => {
    await fast().get(`${outlets.url}${ARTICLE}`);
    expect(outlets.lastRequest(ARTICLE)?.['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^kabar\/.+\(\+https?:\/\//);
  });

  it('gives up on a server that does not answer in time', async () => {
    const fetcher = createFetcher({ politenessMs: 0, connectTimeoutMs: 150, timeoutMs: 5000 });
    await expect(fetcher.get(`${outlets.url}/slow`)).rejects.toThrow(/no response within 150 ms/);
  });

  it('gives up on a body that trickles past the total timeout', async () => {
    const fetcher = createFetcher({ politenessMs: 0, connectTimeoutMs: 1000, timeoutMs: 200 });
    await expect(fetcher.get(`${outlets.url}/slow-body`)).rejects.toThrow(/timed out after 200 ms/);
  });

  it('refuses a body over the size cap, declared or streamed', async () => {
    const fetcher = createFetcher({ politenessMs: 0, maxBytes: 100_000 });
    await expect(fetcher.get(`${outlets.url}/oversized`)).rejects.toThrow(/exceeds the 100000-byte cap/);
    const err = await fetcher.get(`${outlets.url}/oversized-declared`).catch((e) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect(err.message).toMatch(/100000-byte cap/);
  });

  it('stops a redirect loop with a clear error, and follows a normal redirect to its final URL', async () => {
    const fetcher = fast();
    await expect(fetcher.get(`${outlets.url}/loop/a`)).rejects.toThrow(/redirect loop/);
    const res = await fetcher.get(`${outlets.url}/redirect`);
    expect(res.url).toBe(`${outlets.url}${ARTICLE}`);
    expect(res.text).toContain('Menlu China');
  });

  it('bounds the number of redirects', async () => {
    const fetcher = createFetcher({ politenessMs: 0, maxRedirects: 0 });
    await expect(fetcher.get(`${outlets.url}/redirect`)).rejects.toThrow(/too many redirects/);
  });

  it('reports an HTTP error status', async () => {
    const err = await fast().get(`${outlets.url}/status/503`).catch((e) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect(err.status).toBe(503);
    expect(err.message).toMatch(/HTTP 503/);
  });

  it('decodes a windows-1252 page declared in the header, and an iso-8859-1 page declared in <meta>', async () => {
    for (const path of ['/cp1252', '/latin1-meta']) {
      const res = await fast().get(`${outlets.url}${path}`);
      expect(res.text).toContain('kafé');
      expect(res.text).toContain('Rp 45.000');
      expect(res.text).toContain('“Kami terpaksa menaikkan harga,”');
      expect(res.text).toContain('€3');
    }
  });

  it('decodes UTF-8 with a byte-order mark and an XML prolog charset', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Tiongkok – Rusia</p>')]);
    const body = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>caf\u00e9</title></channel></rss>`;
    const fetcher = createFetcher({
      politenessMs: 0,
      fetch: async (input) =>
        String(input).endsWith('/bom')
          ? new Response(bom, { headers: { 'content-type': 'text/html' } })
          : new Response(Buffer.from(body, 'latin1'), { headers: { 'content-type': 'application/xml' } }),
    });
    expect((await fetcher.get('http://127.0.0.1:1/bom')).text).toBe('<p>Tiongkok – Rusia</p>');
    expect((await fetcher.get('http://127.0.0.1:1/prolog')).text).toContain('<title>café</title>');
  });

  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    let inFlight = 0;
    let peak = 0;
    const fetcher = createFetcher({
      politenessMs: 0,
      perHostConcurrency: 2,
      fetch: async (input, init) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    await Promise.all(Array.from({ length: 6 }, () => fetcher.get(`${outlets.url}/slow-body`).catch(() => undefined)));
    expect(peak).toBe(2);
  });

  it('spaces requests to one host by the politeness delay', async () => {
    const starts: number[] = [];
    const fetcher = createFetcher({
      politenessMs: 60,
      perHostConcurrency: 3,
      fetch: async (input, init) => {
        starts.push(performance.now());
        return fetch(input, init);
      },
    });
    await Promise.all([1, 2, 3].map(() => fetcher.get(`${outlets.url}${ARTICLE}`)));
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    // A lower bound only: timers never fire much early, so this cannot flake on a slow machine.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(55);
  });
});
