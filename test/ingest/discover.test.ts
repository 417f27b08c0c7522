import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedParseError, normalizeUrl, parseFeed, parseIndexPage } from '../../src/ingest/discover.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { startOutletEmulator, type OutletEmulator } from '../emulators/outlets.ts';

let outlets: OutletEmulator;
beforeAll(async () => {
  outlets = await startOutletEmulator();
});
afterAll(() => outlets.close());
const fetcher = createFetcher({ politenessMs: 0 });

describe('parseFeed', () => {
  it('reads RSS 2.0 items: guid as key, normalised link, date, media:content image, content:encoded', async () => {
    outlets.setFeedItems('/feed-a.xml', [
      {
        title: 'Putin dan Xi Bertemu di Moskow',
        link: '/berita/putin-xi?utm_source=rss&utm_medium=feed&id=7#atas',
        guid: 'berita-7',
        pubDate: 'Tue, 21 Mar 2023 10:00:00 +0700',
        image: '/img/putin-xi.jpg',
        contentEncoded: '<p>MOSKOW - Isi lengkap berita.</p>',
      },
      { title: 'Tanpa guid', link: '/berita/tanpa-guid?fbclid=XYZ' },
    ]);
    const res = await fetcher.get(`${outlets.url}/feed-a.xml`);
    const items = await parseFeed(res.text, res.url);
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual({
      key: 'berita-7',
      url: `${outlets.url}/berita/putin-xi?id=7`,
      title: 'Putin dan Xi Bertemu di Moskow',
      publishedAt: '2023-03-21T03:00:00.000Z',
      image: `${outlets.url}/img/putin-xi.jpg`,
      contentHtml: '<p>MOSKOW - Isi lengkap berita.</p>',
    });
    expect(items[1]!.key).toBe(`${outlets.url}/berita/tanpa-guid`);
  });

  it('reads Atom entries: id as key, media:thumbnail as image', async () => {
    const res = await fetcher.get(`${outlets.url}/generic/atom.xml`);
    const [item] = await parseFeed(res.text, res.url);
    expect(item).toMatchObject({
      key: 'urn:kabar-contoh:artikel:991',
      url: `${outlets.url}/generic/artikel/pertemuan-puncak`,
      title: 'Pertemuan Puncak Dibuka di Jenewa',
      image: `${outlets.url}/img/jenewa-kecil.jpg`,
    });
  });

  it('takes an image from an enclosure', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Foto</title><link>https://contoh.id/a</link><enclosure url="https://contoh.id/a.jpg" type="image/jpeg" length="1"/></item>
    </channel></rss>`;
    const [item] = await parseFeed(xml, 'https://contoh.id/rss');
    expect(item!.image).toBe('https://contoh.id/a.jpg');
  });

  it('fails with a clear error on malformed XML', async () => {
    const res = await fetcher.get(`${outlets.url}/malformed.xml`);
    const err = await parseFeed(res.text, res.url).catch((e) => e);
    expect(err).toBeInstanceOf(FeedParseError);
    expect(err.message).toMatch(new RegExp(`^malformed feed at ${outlets.url}/malformed.xml: `));
  });

  it('fails on an HTML page given as a feed', async () => {
    await expect(parseFeed('<html><body>bukan feed</body></html>', 'https://contoh.id/rss')).rejects.toThrow(/malformed feed/);
  });
});

describe('parseIndexPage', () => {
  it('finds article links with the selector, normalised and deduplicated, skipping other sites', async () => {
    const res = await fetcher.get(`${outlets.url}/prmn/internasional`);
    const items = parseIndexPage(res.text, res.url, 'a.latest__link');
    expect(items.map((i) => i.url)).toEqual([
      `${outlets.url}/prmn/internasional/pr-7712345/rusia-dan-tiongkok-sepakati-kerja-sama-energi-baru`,
      `${outlets.url}/prmn/internasional/pr-7712346/as-umumkan-sanksi-baru`,
    ]);
    expect(items[1]!.title).toBe('AS Umumkan Sanksi Baru');
    const all = parseIndexPage(res.text, res.url, 'a');
    expect(all.some((i) => i.url.includes('example.org'))).toBe(false);
    expect(all.some((i) => i.url === `${outlets.url}/prmn/internasional`)).toBe(false);
  });
});

describe('parseIndexPage with a link pattern', () => {
  it('keeps only the links whose URL matches the pattern', async () => {
    const res = await fetcher.get(`${outlets.url}/prmn/internasional`);
    const items = parseIndexPage(res.text, res.url, 'a', '/pr-\\d+/');
    expect(items.map((i) => i.url)).toEqual([
      `${outlets.url}/prmn/internasional/pr-7712345/rusia-dan-tiongkok-sepakati-kerja-sama-energi-baru`,
      `${outlets.url}/prmn/internasional/pr-7712346/as-umumkan-sanksi-baru`,
    ]);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://WWW.Kompas.TV:443/internasional/1/judul?utm_source=twitter&utm_campaign=x', 'https://www.kompas.tv/internasional/1/judul'],
    ['http://contoh.id:80/a?fbclid=1&gclid=2&page=2#komentar', 'http://contoh.id/a?page=2'],
    ['https://contoh.id/a?id=5&utm_medium=wa', 'https://contoh.id/a?id=5'],
    ['https://news.detik.com/internasional/d-123/judul?single=1', 'https://news.detik.com/internasional/d-123/judul?single=1'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});
