import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/analysis/knowledge.ts';
import { scoreRelevance } from '../../src/analysis/relevance.ts';

const k = loadKnowledge();

describe('scoreRelevance', () => {
  it('finds two principal countries and the triangle in a story about their relations', () => {
    const r = scoreRelevance(
      {
        title: 'Rusia Peringatkan AS Soal Rudal di Eropa',
        paragraphs: [
          'MOSKOW, KABAR.ID - Pemerintah Rusia memperingatkan Amerika Serikat agar tidak menempatkan rudal jarak menengah di Eropa.',
          'Juru Bicara Kremlin Dmitry Peskov mengatakan langkah Washington akan memicu perlombaan senjata baru.',
          'Gedung Putih belum menanggapi pernyataan tersebut, namun Pentagon sebelumnya menyebut penempatan itu bersifat defensif.',
          'Hubungan Moskow dan Washington memburuk sejak perjanjian pengendalian senjata berakhir.',
        ],
      },
      k,
    );
    expect(r.principal.sort()).toEqual(['russia', 'us']);
    expect(r.topics).toContain('russia-us');
    expect(r.topics).toContain('triangle');
    expect(r.score).toBeGreaterThan(0.6);
  });

  it('finds one principal country without inventing a relation', () => {
    const r = scoreRelevance(
      {
        title: 'China Umumkan Latihan Militer di Dekat Taiwan',
        paragraphs: [
          'BEIJING - Tentara Pembebasan Rakyat China menggelar latihan militer besar di sekitar Taiwan, Senin (7/4/2025).',
          'Kementerian Pertahanan China menyebut latihan itu peringatan bagi kelompok separatis.',
          'Presiden Xi Jinping sebelumnya meminta militer meningkatkan kesiapan tempur.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual(['china']);
    expect(r.topics).toEqual(['china']);
  });

  it.each([
    [
      'a domestic market story that quotes the dollar',
      'Rupiah Menguat ke Level Rp 16.200 per Dolar AS',
      ['Nilai tukar rupiah terhadap dolar AS menguat pada pembukaan perdagangan hari ini.', 'Dolar AS melemah terhadap mata uang Asia, sementara yuan China stagnan.', 'Analis memperkirakan rupiah bergerak di kisaran Rp 16.150-16.250 per dolar AS.'],
    ],
    [
      'a World Cup held in Russia',
      'Kenangan Gol Indah di Piala Dunia 2018 Rusia',
      ['Piala Dunia 2018 Rusia menghadirkan banyak gol indah.', 'Stadion Luzhniki di Moskow menjadi saksi final antara Prancis dan Kroasia.', 'Rusia sebagai tuan rumah melaju sampai perempat final.'],
    ],
    [
      'a Chinese phone launch',
      'Xiaomi Rilis Ponsel Baru dengan Kamera 200 MP',
      ['Xiaomi resmi meluncurkan ponsel terbarunya di Indonesia.', 'Ponsel buatan China ini dibanderol Rp 4 jutaan dengan baterai besar.', 'Produsen asal China itu menargetkan pasar anak muda.'],
    ],
    [
      'tourism',
      'Liburan ke China Kini Bebas Visa bagi WNI',
      ['Wisatawan Indonesia kini bisa berlibur ke China tanpa visa selama 30 hari.', 'Destinasi favorit turis antara lain Beijing, Shanghai, dan Chengdu.', 'Agen perjalanan mencatat lonjakan pemesanan paket wisata ke China.'],
    ],
    [
      'a K-pop celebrity',
      'Idol K-Pop Gelar Konser di Amerika Serikat',
      ['Grup idola asal Korea Selatan itu menggelar konser di Los Angeles, Amerika Serikat.', 'Tiket konser di AS ludes dalam hitungan menit.', 'Agensi menyebut tur dunia berlanjut ke Eropa.'],
    ],
  ])('does not make a country principal in %s', (_case, title, paragraphs) => {
    const r = scoreRelevance({ title, paragraphs }, k);
    expect(r.principal).toEqual([]);
    expect(r.topics).toEqual([]);
  });

  it('does not count a passing mention in a story about something else', () => {
    const r = scoreRelevance(
      {
        title: 'Harga Cabai di Pasar Induk Naik Jelang Lebaran',
        paragraphs: [
          'Harga cabai rawit di pasar induk naik hingga Rp 80.000 per kilogram.',
          'Pedagang menyebut pasokan dari Jawa Tengah berkurang akibat hujan.',
          'Di tengah ketidakpastian global akibat perang dagang AS-China, pemerintah memastikan stok pangan aman.',
        ],
      },
      k,
    );
    expect(r.principal).toEqual([]);
  });
});
