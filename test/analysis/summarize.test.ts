import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/analysis/summarize.ts';

const article = {
  title: 'Rusia dan China Sepakati Latihan Laut Bersama di Pasifik',
  paragraphs: [
    'MOSKOW, KABAR.ID - Rusia dan China sepakat menggelar latihan laut bersama di Samudra Pasifik bulan depan.',
    'Latihan itu melibatkan kapal perusak, kapal selam, dan pesawat patroli dari kedua negara.',
    'Baca Juga: Harga Minyak Dunia Turun Tipis Pagi Ini',
    '“Latihan ini tidak ditujukan kepada negara mana pun,” kata juru bicara Kementerian Pertahanan Rusia.',
    'Jepang menyatakan akan memantau pergerakan kapal di dekat perairannya.',
    'Kedua negara telah menggelar latihan serupa setiap tahun sejak 2012 dan memperluas cakupannya.',
    'Gabung ke channel WhatsApp kami untuk berita terbaru dan terpercaya.',
  ],
};

describe('summarize', () => {
  it('stays within the character budget and keeps article order', () => {
    const s = summarize(article, { maxChars: 260 });
    expect(s.text.length).toBeLessThanOrEqual(260);
    expect(s.sentences.length).toBeGreaterThanOrEqual(2);
    const positions = s.sentences.map((x) => article.paragraphs.findIndex((p) => p.includes(x.slice(0, 30))));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(s.text).toBe(s.sentences.join(' '));
  });

  it('starts from the lead without its dateline and never uses read-also or promo lines', () => {
    const s = summarize(article);
    expect(s.sentences[0]).toBe('Rusia dan China sepakat menggelar latihan laut bersama di Samudra Pasifik bulan depan.');
    expect(s.text).not.toMatch(/Baca Juga|WhatsApp|KABAR\.ID/);
  });

  it('prefers reported facts over a direct quote, which is shown beside the summary', () => {
    const s = summarize(article, { maxChars: 320 });
    expect(s.text).not.toContain('tidak ditujukan kepada negara mana pun');
  });

  it('shortens a single over-long lead rather than return nothing', () => {
    const long = { title: 'Panjang', paragraphs: [`${'Kalimat yang sangat panjang sekali '.repeat(20)}selesai.`] };
    const s = summarize(long, { maxChars: 100 });
    expect(s.sentences).toHaveLength(1);
    expect(s.text.length).toBeLessThanOrEqual(100);
    expect(s.text.endsWith('…')).toBe(true);
  });

  it('leaves out every sentence of a direct quote, also one spanning sentences and paragraphs, but keeps scare quotes', () => {
    const quoted = {
      title: 'Menlu Rusia Kritik Rencana Rudal Baru NATO',
      paragraphs: [
        'MOSKOW - Menteri Luar Negeri Rusia mengkritik rencana NATO menempatkan rudal baru di Eropa Timur, Selasa (1/7/2025).',
        '“Rencana itu mengancam keamanan kawasan. Kami akan menanggapi dengan langkah yang setara. Tidak ada yang menginginkan perlombaan senjata baru di benua ini.',
        '“Kami tetap terbuka untuk dialog bila Barat mau mendengar,” ujarnya.',
        'Ia menyebut langkah NATO sebagai “provokasi” yang memperburuk hubungan kedua pihak.',
        'NATO belum menanggapi pernyataan tersebut hingga Selasa malam.',
      ],
    };
    const s = summarize(quoted, { maxChars: 2000 });
    expect(s.text).not.toMatch(/langkah yang setara|perlombaan senjata|terbuka untuk dialog|mengancam keamanan/);
    expect(s.text).toContain('provokasi');
    expect(s.sentences[0]).toContain('mengkritik rencana NATO');
  });

  it('still summarizes an article that is nothing but quotes', () => {
    const s = summarize({ title: 'Pernyataan', paragraphs: ['“Kami menolak semua tuduhan itu dan akan membawanya ke pengadilan internasional,” kata juru bicara itu.'] });
    expect(s.sentences).toHaveLength(1);
  });
});

