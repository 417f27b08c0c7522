import { describe, expect, it } from 'vitest';
import { parseOutletsText } from '../../src/config.ts';
import { outletForDateline, outletForUrl } from '../../src/ingest/outlets.ts';
import { cleanParagraphs } from '../../src/ingest/clean.ts';
import { shippedOutlets } from './support.ts';

describe('the shipped outlets registry', () => {
  const outlets = shippedOutlets();

  it('has the outlets the issue names, each with real https sources', () => {
    expect(outlets.map((o) => o.id).sort()).toEqual(['antara', 'cnnindonesia', 'detik', 'kompas', 'kompastv', 'prmn', 'republika', 'tempo']);
    for (const o of outlets) {
      expect(o.sources.length).toBeGreaterThan(0);
      for (const s of o.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('compiles every junk-line pattern', () => {
    for (const o of outlets) for (const p of o.rules?.junkLines ?? []) expect(() => new RegExp(p, 'i')).not.toThrow();
  });

  it("drops detik's programme promo that closes an article, and keeps the article's own quotes", () => {
    const detik = outlets.find((o) => o.id === 'detik')!;
    const { paragraphs } = cleanParagraphs(
      [
        'Menkeu menjelaskan anggaran sebenarnya sudah disiapkan tahun ini.',
        '"Tahun ini harusnya ada anggarannya," ujarnya di kantor Kemenkeu.',
        'Pembahasan terkait pengadaan mobil dinas akan dikupas tuntas dalam programdetikPagiedisi Rabu (22/10/2025).',
        '"Detik Pagi, Jangan Tidur Lagi!"',
      ],
      detik.rules,
    );
    expect(paragraphs).toEqual(['Menkeu menjelaskan anggaran sebenarnya sudah disiapkan tahun ini.', '"Tahun ini harusnya ada anggarannya," ujarnya di kantor Kemenkeu.']);
  });

  it.each([
    ['https://www.kompas.tv/internasional/501234/judul', 'kompastv'],
    ['https://www.kompas.com/global/read/2024/03/07/1/judul', 'kompas'],
    ['https://prbandungraya.pikiran-rakyat.com/internasional/pr-1/judul', 'prmn'],
    ['https://zonapriangan.pikiran-rakyat.com/internasional/pr-2/judul', 'prmn'],
    ['https://zonajakarta.pikiran-rakyat.com/internasional/pr-3/judul', 'prmn'],
    ['https://www.antaranews.com/berita/1/judul', 'antara'],
    ['https://news.detik.com/internasional/d-1/judul', 'detik'],
    ['https://www.cnnindonesia.com/internasional/1/judul', 'cnnindonesia'],
    ['https://www.tempo.co/internasional/judul-1', 'tempo'],
    ['https://internasional.republika.co.id/berita/1/judul', 'republika'],
  ])('%s belongs to %s', (url, id) => {
    expect(outletForUrl(outlets, url)?.id).toBe(id);
  });

  it('finds no outlet for an unknown site', () => {
    expect(outletForUrl(outlets, 'https://example.org/berita')).toBeUndefined();
    expect(outletForUrl(outlets, 'bukan url')).toBeUndefined();
  });

  it('rejects an index source whose link pattern is not a regular expression', () => {
    const parsed = parseOutletsText(JSON.stringify({ outlets: [{ id: 'x', name: 'X', sources: [{ type: 'index', url: 'https://x.id/', linkPattern: '([' }] }] }));
    expect(parsed).toEqual({ problems: [expect.stringMatching(/linkPattern: must be a valid regular expression/)] });
  });

  it('keeps the minimal outlet form of ARCHITECTURE.md working (generic extractor, default schedule)', () => {
    const parsed = parseOutletsText(JSON.stringify({ outlets: [{ id: 'contoh', name: 'Contoh', language: 'id', sources: [{ type: 'feed', url: 'https://contoh.id/rss' }] }] }));
    expect(Array.isArray(parsed) && parsed[0]!.schedule).toBe('*/5 * * * *');
  });
});

describe('outletForDateline', () => {
  const outlets = shippedOutlets();
  it.each([
    ['BEIJING, KOMPAS.TV -', 'kompastv'],
    ['PR BANDUNGRAYA -', 'prmn'],
    ['JAKARTA, KOMPAS.com -', 'kompas'],
    ['Jakarta (ANTARA) -', 'antara'],
    ['Jakarta, CNN Indonesia --', 'cnnindonesia'],
    ['TEMPO.CO, Jakarta -', 'tempo'],
    ['REPUBLIKA.CO.ID, JAKARTA -', 'republika'],
    ['Yogyakarta -', undefined],
  ])('%s → %s', (dateline, id) => {
    expect(outletForDateline(outlets, dateline)?.id).toBe(id);
  });
});
