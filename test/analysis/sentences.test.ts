import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analysis/sentences.ts';

describe('splitSentences', () => {
  it('keeps abbreviations inside the sentence', () => {
    const p =
      'Kantor itu berada di Jl. Merdeka No. 12, dekat rumah Dr. Sutomo dan Prof. Hadi. Dana disalurkan a.n. yayasan untuk buku, alat tulis, dll. yang dibutuhkan. PT Maju Jaya Tbk. ikut menyumbang.';
    expect(splitSentences(p)).toEqual([
      'Kantor itu berada di Jl. Merdeka No. 12, dekat rumah Dr. Sutomo dan Prof. Hadi.',
      'Dana disalurkan a.n. yayasan untuk buku, alat tulis, dll. yang dibutuhkan.',
      'PT Maju Jaya Tbk. ikut menyumbang.',
    ]);
  });

  it('keeps honorifics, initials and numbers whole', () => {
    const p = 'H. Ahmad dan B.J. Habibie disebut dalam buku itu. Inflasi naik 2,5 persen pada pukul 10.30 WIB. Harga turun.';
    expect(splitSentences(p)).toEqual(['H. Ahmad dan B.J. Habibie disebut dalam buku itu.', 'Inflasi naik 2,5 persen pada pukul 10.30 WIB.', 'Harga turun.']);
  });

  it('does not cut a quote that holds several sentences', () => {
    const p = '“Kami siap berunding. Tetapi sanksi harus dicabut dulu,” kata Lavrov. Pertemuan berikutnya digelar di Jenewa.';
    expect(splitSentences(p)).toEqual(['“Kami siap berunding. Tetapi sanksi harus dicabut dulu,” kata Lavrov.', 'Pertemuan berikutnya digelar di Jenewa.']);
  });

  it('splits after a closing quote that ends a sentence', () => {
    expect(splitSentences('Ia menjawab, "Tidak ada rencana itu." Wartawan lalu bertanya lagi.')).toEqual([
      'Ia menjawab, "Tidak ada rencana itu."',
      'Wartawan lalu bertanya lagi.',
    ]);
  });

  it('splits a paragraph whose quote continues in the next paragraph', () => {
    expect(splitSentences('“Kami menolak tuduhan itu. Semua kapal berlayar di perairan kami sendiri.')).toEqual([
      '“Kami menolak tuduhan itu.',
      'Semua kapal berlayar di perairan kami sendiri.',
    ]);
  });
});
