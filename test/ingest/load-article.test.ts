import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/domain/errors.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { loadArticle } from '../../src/ingest/load-article.ts';
import { startOutletEmulator, type OutletEmulator } from '../emulators/outlets.ts';
import { emulatedOutlet } from './support.ts';

let outlets: OutletEmulator;
beforeAll(async () => {
  outlets = await startOutletEmulator();
});
afterAll(() => outlets.close());
const dir = mkdtempSync(join(tmpdir(), 'kabar-load-'));
const fetcher = createFetcher({ politenessMs: 0 });

const TEXT = 'BEIJING, KOMPAS.TV - China dan Rusia menggelar latihan bersama.\nBaca Juga: Sesuatu\nLatihan berlangsung sepekan.\nSumber : Xinhua\n';

describe('loadArticle', () => {
  it('fetches and extracts a URL, with the matching outlet\'s rules and every page', async () => {
    const prmn = emulatedOutlet('prmn', outlets.url, [{ type: 'index', url: '/prmn/internasional', links: 'a' }]);
    const article = await loadArticle(`${outlets.url}/prmn/internasional/pr-7712345/rusia-dan-tiongkok-sepakati-kerja-sama-energi-baru`, { fetcher, outlets: [prmn] });
    expect(article.outletId).toBe('prmn');
    expect(article.editor).toBe('Hendra Saputra');
    expect(article.paragraphs).toHaveLength(6);
  });

  it('cleans a plain-text file and standard input the same way', async () => {
    const file = join(dir, 'artikel.txt');
    writeFileSync(file, TEXT);
    const fromFile = await loadArticle(file, { fetcher, outlets: [] });
    const fromStdin = await loadArticle('-', { fetcher, outlets: [], readStdin: async () => TEXT });
    for (const a of [fromFile, fromStdin]) {
      expect(a.paragraphs).toEqual(['China dan Rusia menggelar latihan bersama.', 'Latihan berlangsung sepekan.']);
      expect(a.dateline).toBe('Beijing');
      expect(a.citedSource).toBe('Xinhua');
    }
    expect(fromFile.id).toBe(fromStdin.id);
  });

  it('extracts a saved HTML file with the rules of the outlet its canonical URL names', async () => {
    const res = await fetcher.get(`${outlets.url}/kompastv/internasional/501234/menlu-china-ajak-rusia`);
    const file = join(dir, 'halaman.html');
    writeFileSync(file, res.text);
    const kompastv = emulatedOutlet('kompastv', outlets.url, [{ type: 'feed', url: '/kompastv/rss.xml' }]);
    const article = await loadArticle(file, { fetcher, outlets: [kompastv] });
    expect(article.outletId).toBe('kompastv');
    expect(article.editor).toBe('Bagus Prasetyo');
    expect(article.title).toBe('Menlu China Ajak Rusia Perkuat Koordinasi Hadapi Tekanan AS');
  });

  it('tells the user when the file does not exist', async () => {
    await expect(loadArticle(join(dir, 'tidak-ada.txt'), { fetcher, outlets: [] })).rejects.toBeInstanceOf(UserError);
  });
});

describe('loadArticle on plain text without a URL', () => {
  it('names the outlet from the dateline', async () => {
    const outlets = (await import('./support.ts')).shippedOutlets();
    const text = 'Judul Berita Contoh\n\n10 Maret 2024, 08:00 WIB\n\nPR BANDUNGRAYA - Isi berita pertama yang cukup panjang.\n\nEditor: Seseorang\n';
    const article = await loadArticle('-', { fetcher, outlets, readStdin: async () => text });
    expect(article.outletId).toBe('prmn');
    expect(article.title).toBe('Judul Berita Contoh');
  });
});
