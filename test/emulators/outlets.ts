/**
 * Outlet emulator: a loopback HTTP server that plays news outlets for tests.
 *
 * It serves the hand-written pages and feeds in fixtures/outlets/ (KompasTV-style, PRMN-style with
 * two pages, a generic page, an index page, an Atom feed) and RSS feeds built from items tests add at
 * run time. Every resource answers conditional GETs (ETag / Last-Modified → 304) and is compressed
 * with br, gzip or deflate when the client accepts it. Misbehaving routes:
 *
 *   /slow             headers only after `slowMs` (default 3 s)
 *   /slow-body        headers at once, then the body trickles for `slowMs`
 *   /oversized        `oversizedBytes` of HTML (default 2 MiB), chunked, no Content-Length
 *   /oversized-declared  the same with a Content-Length header
 *   /loop/a, /loop/b  redirect to each other forever
 *   /redirect         301 to the KompasTV article
 *   /malformed.xml    a feed with broken XML
 *   /cp1252           a windows-1252 page declared in the Content-Type header
 *   /latin1-meta      an iso-8859-1 page declared only in <meta>
 *   /status/<code>    answers that status
 *
 * Usage:
 *   const outlets = await startOutletEmulator();
 *   outlets.setFeedItems('/kompastv/rss.xml', [{ title, link }]);   // or addFeedItem(path, item)
 *   ... fetch `${outlets.url}/kompastv/rss.xml` ...
 *   outlets.hits('/kompastv/rss.xml');                                // GETs served on that path
 *   await outlets.close();
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'outlets');

export interface FeedItemInput {
  title: string;
  /** Absolute URL, or a path on the emulator. */
  link: string;
  guid?: string;
  pubDate?: string;
  description?: string;
  /** Full text carried in content:encoded. */
  contentEncoded?: string;
  image?: string;
}

interface Resource {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: string;
}

export interface OutletEmulatorOptions {
  slowMs?: number;
  oversizedBytes?: number;
  /** Address to bind; '0.0.0.0' lets a benchmark reach it as 127.0.0.N, one "host" per outlet. */
  host?: string;
}

export interface OutletEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
  /** GETs served on a path (with its query, if given one); every request when no path is given. */
  hits(path?: string): number;
  /** Request headers of the last request on a path. */
  lastRequest(path: string): http.IncomingHttpHeaders | undefined;
  /** Content-Encoding of the last 200 answer on a path ('identity' when uncompressed). */
  lastEncoding(path: string): string | undefined;
  setPage(path: string, html: string, contentType?: string): void;
  setFeed(path: string, xml: string): void;
  /** Replaces the items of an RSS feed the emulator renders (newest first). */
  setFeedItems(path: string, items: FeedItemInput[]): void;
  /** Puts one item at the top of a rendered RSS feed (changing its ETag and Last-Modified). */
  addFeedItem(path: string, item: FeedItemInput): void;
  /** Makes a path fail with a status until cleared (`undefined`). */
  setFailure(path: string, status: number | undefined): void;
  remove(path: string): void;
}

/** Starts the emulator on 127.0.0.1 with a free port. */
export async function startOutletEmulator(opts: OutletEmulatorOptions = {}): Promise<OutletEmulator> {
  const slowMs = opts.slowMs ?? 3000;
  const oversizedBytes = opts.oversizedBytes ?? 2 * 1024 * 1024;
  const resources = new Map<string, Resource>();
  const feeds = new Map<string, FeedItemInput[]>();
  const failures = new Map<string, number>();
  const hitCounts = new Map<string, number>();
  const lastHeaders = new Map<string, http.IncomingHttpHeaders>();
  const lastEncodings = new Map<string, string>();
  const openTimers = new Set<NodeJS.Timeout>();
  // A logical clock for Last-Modified, so two updates within one second still differ.
  let modified = Date.UTC(2024, 0, 1);
  let base = '';

  const put = (path: string, body: Buffer | string, contentType: string) => {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body.replaceAll('{{base}}', base), 'utf8');
    modified += 60_000;
    resources.set(path, {
      body: buf,
      contentType,
      etag: `"${createHash('sha1').update(buf).digest('hex').slice(0, 16)}"`,
      lastModified: new Date(modified).toUTCString(),
    });
  };
  const renderFeed = (path: string) => put(path, renderRss(feeds.get(path) ?? [], base), 'application/rss+xml; charset=utf-8');

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = url.pathname + url.search;
    for (const k of new Set([key, url.pathname])) hitCounts.set(k, (hitCounts.get(k) ?? 0) + 1);
    hitCounts.set('*', (hitCounts.get('*') ?? 0) + 1);
    lastHeaders.set(key, req.headers);
    lastHeaders.set(url.pathname, req.headers);
    const failure = failures.get(key) ?? failures.get(url.pathname);
    if (failure) return void res.writeHead(failure, { 'content-type': 'text/plain' }).end(`failure ${failure}`);
    special(url.pathname, req, res) || serve(resources.get(key) ?? resources.get(url.pathname), req, res);
  });

  function special(path: string, req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const status = /^\/status\/(\d{3})$/.exec(path);
    if (status) {
      res.writeHead(Number(status[1]), { 'content-type': 'text/plain' }).end('status');
      return true;
    }
    switch (path) {
      case '/slow': {
        const t = setTimeout(() => {
          openTimers.delete(t);
          if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/html' }).end('<p>akhirnya</p>');
        }, slowMs);
        openTimers.add(t);
        res.on('close', () => clearTimeout(t));
        return true;
      }
      case '/slow-body': {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>mulai');
        const t = setInterval(() => !res.destroyed && res.write(' ...'), Math.max(10, slowMs / 50));
        const end = setTimeout(() => {
          clearInterval(t);
          if (!res.destroyed) res.end('</p></body></html>');
        }, slowMs);
        openTimers.add(t).add(end);
        res.on('close', () => (clearInterval(t), clearTimeout(end)));
        return true;
      }
      case '/oversized':
      case '/oversized-declared': {
        const chunk = Buffer.from(`<p>${'isi berita yang sangat panjang '.repeat(30)}</p>\n`);
        const headers: Record<string, string | number> = { 'content-type': 'text/html; charset=utf-8' };
        if (path === '/oversized-declared') headers['content-length'] = oversizedBytes;
        res.writeHead(200, headers);
        let sent = 0;
        const pump = () => {
          while (sent < oversizedBytes && !res.destroyed) {
            const part = chunk.subarray(0, Math.min(chunk.length, oversizedBytes - sent));
            sent += part.length;
            if (!res.write(part)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end();
        };
        res.on('error', () => {});
        pump();
        return true;
      }
      case '/loop/a':
        res.writeHead(302, { location: '/loop/b' }).end();
        return true;
      case '/loop/b':
        res.writeHead(302, { location: '/loop/a' }).end();
        return true;
      case '/redirect':
        res.writeHead(301, { location: '/kompastv/internasional/501234/menlu-china-ajak-rusia' }).end();
        return true;
    }
    void req;
    return false;
  }

  function serve(resource: Resource | undefined, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!resource) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const headers: Record<string, string> = { etag: resource.etag, 'last-modified': resource.lastModified, 'content-type': resource.contentType };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if ((inm && inm === resource.etag) || (!inm && ims && Date.parse(ims) >= Date.parse(resource.lastModified))) {
      return void res.writeHead(304, { etag: resource.etag, 'last-modified': resource.lastModified }).end();
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    let body = resource.body;
    if (/\bbr\b/.test(accept)) {
      body = zlib.brotliCompressSync(body);
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept)) {
      body = zlib.gzipSync(body);
      headers['content-encoding'] = 'gzip';
    } else if (/\bdeflate\b/.test(accept)) {
      body = zlib.deflateSync(body);
      headers['content-encoding'] = 'deflate';
    }
    headers['content-length'] = String(body.length);
    const path = (req.url ?? '/').split('?')[0]!;
    lastEncodings.set(req.url ?? '/', headers['content-encoding'] ?? 'identity');
    lastEncodings.set(path, headers['content-encoding'] ?? 'identity');
    res.writeHead(200, headers).end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, opts.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  loadFixtures();

  function loadFixtures() {
    const file = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
    put('/kompastv/internasional/501234/menlu-china-ajak-rusia', file('kompastv-article.html'), 'text/html; charset=utf-8');
    put('/prmn/internasional/pr-7712345/rusia-dan-tiongkok-sepakati-kerja-sama-energi-baru', file('prmn-article-1.html'), 'text/html; charset=utf-8');
    put('/prmn/internasional/pr-7712345/rusia-dan-tiongkok-sepakati-kerja-sama-energi-baru?page=2', file('prmn-article-2.html'), 'text/html; charset=utf-8');
    put('/prmn/internasional', file('index.html'), 'text/html; charset=utf-8');
    put('/generic/artikel/pertemuan-puncak', file('generic-article.html'), 'text/html; charset=utf-8');
    put('/generic/atom.xml', file('atom.xml'), 'application/atom+xml; charset=utf-8');
    put('/malformed.xml', file('malformed.xml'), 'application/rss+xml; charset=utf-8');
    put('/cp1252', iconv.encode(CP1252_PAGE, 'windows-1252'), 'text/html; charset=windows-1252');
    put('/latin1-meta', iconv.encode(CP1252_PAGE.replace('<head>', '<head><meta charset="iso-8859-1">'), 'windows-1252'), 'text/html');
    feeds.set('/kompastv/rss.xml', [
      { title: 'Menlu China Ajak Rusia Perkuat Koordinasi Hadapi Tekanan AS', link: '/kompastv/internasional/501234/menlu-china-ajak-rusia', guid: 'kompastv-501234', pubDate: 'Thu, 07 Mar 2024 19:45:00 +0700', image: '/img/kompastv-menlu.jpg' },
      { title: 'Berita Lama', link: '/kompastv/internasional/500999/berita-lama', guid: 'kompastv-500999', pubDate: 'Wed, 06 Mar 2024 08:00:00 +0700' },
    ]);
    renderFeed('/kompastv/rss.xml');
  }

  return {
    url: base,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of openTimers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    hits: (path) => hitCounts.get(path ?? '*') ?? 0,
    lastRequest: (path) => lastHeaders.get(path),
    lastEncoding: (path) => lastEncodings.get(path),
    setPage: (path, html, contentType = 'text/html; charset=utf-8') => put(path, html, contentType),
    setFeed: (path, xml) => put(path, xml, 'application/rss+xml; charset=utf-8'),
    setFeedItems(path, items) {
      feeds.set(path, [...items]);
      renderFeed(path);
    },
    addFeedItem(path, item) {
      feeds.set(path, [item, ...(feeds.get(path) ?? [])]);
      renderFeed(path);
    },
    setFailure: (path, status) => (status === undefined ? failures.delete(path) : failures.set(path, status), undefined),
    remove: (path) => void resources.delete(path),
  };
}

const CP1252_PAGE = `<!DOCTYPE html><html><head><title>Harga Kopi Naik – Kafé di Jakarta</title></head><body>
<article><p>JAKARTA - Harga secangkir kopi di kafé itu kini Rp 45.000, naik dari Rp 38.000 tahun lalu.</p>
<p>“Kami terpaksa menaikkan harga,” ujar pemilik kafé, René, sambil menunjukkan daftar menu senilai €3.</p></article></body></html>`;

function renderRss(items: FeedItemInput[], base: string): string {
  const abs = (u: string) => (/^https?:\/\//.test(u) ? u : `${base}${u}`);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = items
    .map((i) =>
      [
        '    <item>',
        `      <title>${esc(i.title)}</title>`,
        `      <link>${esc(abs(i.link))}</link>`,
        i.guid ? `      <guid isPermaLink="false">${esc(i.guid)}</guid>` : '',
        i.pubDate ? `      <pubDate>${i.pubDate}</pubDate>` : '',
        i.description ? `      <description>${esc(i.description)}</description>` : '',
        i.contentEncoded ? `      <content:encoded><![CDATA[${i.contentEncoded}]]></content:encoded>` : '',
        i.image ? `      <media:content url="${esc(abs(i.image))}" medium="image" type="image/jpeg"/>` : '',
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Emulated outlet</title>
    <link>${base}/</link>
    <description>Feed served by the kabar outlet emulator</description>
${body}
  </channel>
</rss>
`;
}
