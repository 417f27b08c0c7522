import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One item an emulated outlet lists in its feed. */
export interface FeedItem {
  outletId: string;
  n: number;
  /** Which story kind the item is about; it decides the story's topics (see story-from-item.ts). */
  kind: 'cr' | 'us';
  publishedAt: string;
}

/** The page URL of an item; kind and number ride in the path so an instance can rebuild the story. */
export function itemPath(item: FeedItem): string {
  return `/${item.outletId}/${item.kind}/${item.n}`;
}

/**
 * A loopback server for many small outlets: `/{outlet}/rss` lists what was published there, newest
 * first. It logs every feed request with its time, so a test can tell whether a source was fetched
 * twice in one poll cycle.
 */
export async function startOutletServer() {
  const items = new Map<string, FeedItem[]>();
  const fetches: { outletId: string; at: number }[] = [];
  const server = createServer((req, res) => {
    const m = /^\/([a-z0-9-]+)\/rss$/.exec(req.url ?? '');
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    fetches.push({ outletId: m[1], at: Date.now() });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const list = [...(items.get(m[1]) ?? [])].reverse();
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${m[1]}</title><link>${base}/${m[1]}</link><description>Berita internasional</description>
${list
  .map((i) => `<item><title>Laporan ${i.kind === 'cr' ? 'Tiongkok dan Rusia' : 'Amerika dan Tiongkok'} nomor ${i.n} dari ${i.outletId}</title><link>${base}${itemPath(i)}</link><guid>${base}${itemPath(i)}</guid><pubDate>${new Date(i.publishedAt).toUTCString()}</pubDate></item>`)
  .join('\n')}
</channel></rss>`;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(xml);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    fetches,
    feedUrl: (outletId: string) => `${url}/${outletId}/rss`,
    publish(item: FeedItem) {
      items.set(item.outletId, [...(items.get(item.outletId) ?? []), item]);
    },
    /** Feed requests per outlet per cycle (cycle = floor(time / cycleMs)) where there was more than one. */
    doubleFetches(cycleMs: number): { outletId: string; cycle: number; count: number }[] {
      const counts = new Map<string, number>();
      for (const f of fetches) {
        const k = `${f.outletId}@${Math.floor(f.at / cycleMs)}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return [...counts].filter(([, c]) => c > 1).map(([k, count]) => ({ outletId: k.split('@')[0], cycle: Number(k.split('@')[1]), count }));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type OutletServer = Awaited<ReturnType<typeof startOutletServer>>;
