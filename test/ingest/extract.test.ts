import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.ts';
import { fetchArticle } from '../../src/ingest/fetch-article.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { startOutletEmulator, type OutletEmulator } from '../emulators/outlets.ts';
import { emulatedOutlet } from './support.ts';

let outlets: OutletEmulator;
beforeAll(async () => {
  outlets = await startOutletEmulator();
});
afterAll(() => outlets.close());
const fetcher = createFetcher({ politenessMs: 0 });

const JUNK = /baca juga|gabung ke channel|scroll to continue|google news|lihat juga|PIXABAY|\(Foto:|Terkini|Tags/i;

describe('extractArticle', () => {
  it('reads a KompasTV-style page with the shipped KompasTV rules', async () => {
    const path = '/kompastv/internasional/501234/menlu-china-ajak-rusia';
    const res = await fetcher.get(`${outlets.url}${path}`);
    const outlet = emulatedOutlet('kompastv', outlets.url, [{ type: 'feed', url: '/kompastv/rss.xml' }]);
    const page = extractArticle(res.text, res.url, outlet);
    expect(page.title).toBe('Menlu China Ajak Rusia Perkuat Koordinasi Hadapi Tekanan AS');
    expect(page.publishedAt).toBe('2024-03-07T12:45:00.000Z');
    expect(page.author).toBe('Rina Ayu Lestari');
    expect(page.editor).toBe('Bagus Prasetyo');
    // The "Sumber" line wins over the "dikutip dari" phrase in the body.
    expect(page.citedSource).toBe('Reuters');
    expect(page.dateline).toBe('Beijing');
    expect(page.image).toBe(`${outlets.url}/img/kompastv-menlu.jpg`);
    expect(page.canonicalUrl).toBe(`${outlets.url}${path}?utm_source=feed`);
    expect(page.paragraphs[0]).toMatch(/^Menteri Luar Negeri China mengajak Rusia/);
    expect(page.paragraphs).toHaveLength(6);
    expect(page.paragraphs.at(-1)).toMatch(/^Analis menilai/);
    for (const p of page.paragraphs) expect(p).not.toMatch(JUNK);
  });

  it('reads a PRMN-style page: date to UTC, author, editor, no place for "PR BANDUNGRAYA -", next page', async () => {
    const path = '/prmn/internasional/pr-7712345/rusia-dan-tiongkok-sepakati-kerja-sama-energi-baru';
    const res = await fetcher.get(`${outlets.url}${path}`);
    const page = extractArticle(res.text, res.url, emulatedOutlet('prmn', outlets.url, [{ type: 'index', url: '/prmn/internasional', links: 'a' }]));
    expect(page.title).toBe('Rusia dan Tiongkok Sepakati Kerja Sama Energi Baru');
    expect(page.publishedAt).toBe('2023-01-12T02:05:00.000Z');
    expect(page.author).toBe('Dewi Kartika');
    expect(page.editor).toBe('Hendra Saputra');
    expect(page.datelineText).toBe('PR BANDUNGRAYA -');
    expect(page.dateline).toBeUndefined();
    expect(page.citedSource).toBe('TASS');
    expect(page.paragraphs[0]).toMatch(/^Rusia dan Tiongkok menyepakati/);
    expect(page.paragraphs).toHaveLength(4);
    expect(page.nextPageUrl).toBe(`${outlets.url}${path}?page=2`);
    for (const p of page.paragraphs) expect(p).not.toMatch(JUNK);
  });

  it('joins the pages of a paginated PRMN article', async () => {
    const path = '/prmn/internasional/pr-7712345/rusia-dan-tiongkok-sepakati-kerja-sama-energi-baru';
    const outlet = emulatedOutlet('prmn', outlets.url, [{ type: 'index', url: '/prmn/internasional', links: 'a' }]);
    const article = await fetchArticle(`${outlets.url}${path}`, outlet, { fetcher });
    expect(article.paragraphs).toHaveLength(6);
    expect(article.paragraphs.at(-1)).toBe('Nilai perdagangan bilateral tahun lalu disebut mencapai rekor tertinggi.');
    expect(article.paragraphs.join('\n')).not.toMatch(JUNK);
    expect(article.outletId).toBe('prmn');
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(outlets.hits(`${path}?page=2`)).toBeGreaterThan(0);
  });

  it('reads a page of an unknown outlet with the generic extractor and JSON-LD', async () => {
    const res = await fetcher.get(`${outlets.url}/generic/artikel/pertemuan-puncak`);
    const page = extractArticle(res.text, res.url);
    expect(page.title).toBe('Pertemuan Puncak Dibuka di Jenewa');
    expect(page.publishedAt).toBe('2024-05-02T06:00:00.000Z');
    expect(page.author).toBe('Sari Wulandari');
    expect(page.dateline).toBe('Jenewa');
    expect(page.image).toBe(`${outlets.url}/img/jenewa.jpg`);
    expect(page.paragraphs).toEqual([
      'Para pemimpin dunia berkumpul di Jenewa untuk membuka pertemuan puncak mengenai keamanan kawasan.',
      'Dalam pidato pembukaan, tuan rumah menekankan pentingnya dialog di antara negara-negara besar.',
      'Delegasi dari berbagai negara dijadwalkan bertemu secara bilateral selama tiga hari ke depan.',
    ]);
  });

  it('falls back to the plain page when the single-page view fails', async () => {
    const outlet = emulatedOutlet('kompas', outlets.url, [{ type: 'index', url: '/kompas/global', links: 'a' }]);
    outlets.setPage('/kompas/global/read/2/judul', '<html><body><h1>Judul Kedua yang Cukup Panjang</h1><div class="read__content"><p>JAKARTA, KOMPAS.com - Satu-satunya paragraf pada halaman ini, cukup panjang untuk isi.</p></div></body></html>');
    outlets.setFailure('/kompas/global/read/2/judul?page=all', 404);
    const article = await fetchArticle(`${outlets.url}/kompas/global/read/2/judul`, outlet, { fetcher });
    expect(article.paragraphs).toEqual(['Satu-satunya paragraf pada halaman ini, cukup panjang untuk isi.']);
  });

  it('fetches the single-page view when the rules name one (page=all)', async () => {
    const outlet = emulatedOutlet('kompas', outlets.url, [{ type: 'index', url: '/kompas/global', links: 'a' }]);
    const body = (ps: string[]) => `<html><head><title>Judul Panjang Berita Global</title></head><body><h1 class="read__title">Judul Panjang Berita Global</h1><div class="read__content">${ps.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const one = ['JAKARTA, KOMPAS.com - Paragraf pertama berita global yang cukup panjang untuk dibaca sebagai isi.', 'Paragraf kedua dari halaman pertama saja, juga cukup panjang.'];
    outlets.setPage('/kompas/global/read/1/judul', body(one));
    outlets.setPage('/kompas/global/read/1/judul?page=all', body([...one, 'Paragraf ketiga yang hanya ada di tampilan satu halaman penuh.']));
    const article = await fetchArticle(`${outlets.url}/kompas/global/read/1/judul`, outlet, { fetcher });
    expect(article.paragraphs).toHaveLength(3);
    expect(article.dateline).toBe('Jakarta');
    expect(article.url).toBe(`${outlets.url}/kompas/global/read/1/judul`);
    // The single-page view is asked for directly: one request, not page one and then the whole.
    expect(outlets.hits('/kompas/global/read/1/judul?page=all')).toBe(1);
    expect(outlets.hits('/kompas/global/read/1/judul')).toBe(1);
  });
});
