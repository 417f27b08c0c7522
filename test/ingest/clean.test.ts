import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../src/analysis/dateline.ts';
import { articleFromText, cleanParagraphs } from '../../src/ingest/clean.ts';
import { parseIndonesianDate } from '../../src/ingest/dates.ts';

describe('cleanParagraphs', () => {
  it('drops read-also lines, promos, captions and labels, and keeps author/editor/source as metadata', () => {
    const { paragraphs, meta } = cleanParagraphs([
      'WASHINGTON, KOMPAS.TV - Presiden AS bertemu Presiden China di sela KTT.',
      'Ilustrasi bendera AS dan China. /REUTERS/Nama Fotografer',
      'Pertemuan berlangsung selama dua jam.',
      'Baca Juga: Harga Emas Hari Ini Turun Tipis',
      'BACA JUGA Cuaca Jakarta Cerah Berawan',
      'Baca: Jadwal Kereta Terbaru',
      'Kedua pemimpin sepakat membuka kembali jalur komunikasi militer.',
      'Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru dan terpercaya.',
      'Simak juga Video: Suasana KTT di San Francisco',
      'SCROLL TO CONTINUE WITH CONTENT',
      'Dapatkan update berita pilihan dan breaking news setiap hari.',
      'Ikuti kami di Google News untuk berita terkini.',
      'Download aplikasi kami untuk membaca lebih nyaman.',
      '(Foto: Dok. Istana)',
      'Penulis : Andi Pratama | Editor : Sinta Dewi',
      'Sumber : Reuters',
      'Tags',
      'china',
      'Terkini',
    ]);
    expect(paragraphs).toEqual([
      'Presiden AS bertemu Presiden China di sela KTT.',
      'Pertemuan berlangsung selama dua jam.',
      'Kedua pemimpin sepakat membuka kembali jalur komunikasi militer.',
    ]);
    expect(meta).toMatchObject({ author: 'Andi Pratama', editor: 'Sinta Dewi', citedSource: 'Reuters', dateline: 'Washington' });
  });

  it('finds the cited source in "dikutip dari" / "melansir" when there is no Sumber line', () => {
    expect(cleanParagraphs(['Ia berbicara kepada wartawan, dikutip dari Al Jazeera, Senin.']).meta.citedSource).toBe('Al Jazeera');
    expect(cleanParagraphs(['Melansir Reuters, harga minyak naik.']).meta.citedSource).toBe('Reuters');
  });

  it('removes a read-also headline glued inside a paragraph, and a closing video teaser', () => {
    const { paragraphs } = cleanParagraphs([
      'Gempa itu terasa hingga Tuban, kata petugas.Baca Juga: Deretan Wilayah Pesisir Berpotensi Dilanda Banjir Rob Adapun titik gempa berada di laut.',
      'Mau tahu suasananya di lokasi? Simak video berikut ini.',
      'Baca jugaJudul Lain yang Menempel Tanpa Spasi',
    ]);
    expect(paragraphs).toEqual(['Gempa itu terasa hingga Tuban, kata petugas. Adapun titik gempa berada di laut.', 'Mau tahu suasananya di lokasi?']);
  });

  it('keeps "baca juga" used as ordinary words', () => {
    expect(cleanParagraphs(['Saya baca juga bukunya kemarin, katanya.']).paragraphs).toEqual(['Saya baca juga bukunya kemarin, katanya.']);
  });

  it('removes a trailing *** and keeps the sentence', () => {
    expect(cleanParagraphs(['Kedua negara sepakat.***']).paragraphs).toEqual(['Kedua negara sepakat.']);
  });

  it('keeps an ordinary first sentence that merely contains a dash', () => {
    const line = 'Pemerintah mengatakan bahwa perundingan - yang dimulai pekan lalu - berjalan lancar.';
    expect(cleanParagraphs([line]).paragraphs).toEqual([line]);
  });
});

describe('splitDateline', () => {
  it.each([
    ['BEIJING, KOMPAS.TV - Isi.', 'Beijing'],
    ['JAKARTA, KOMPAS.com - Isi.', 'Jakarta'],
    ['Jakarta (ANTARA) - Isi.', 'Jakarta'],
    ['Jakarta, CNN Indonesia -- Isi.', 'Jakarta'],
    ['TEMPO.CO, Jakarta - Isi.', 'Jakarta'],
    ['NEW YORK, KOMPAS.com - Isi.', 'New York'],
    ['PR BANDUNGRAYA - Isi.', undefined],
    ['TRIBUNSOLO.COM, JAKARTA --Isi.', 'Jakarta'],
    ['JAKARTA — Isi.', 'Jakarta'],
    ['SURABAYA-Isi.', 'Surabaya'],
    ['JAKARTA- Isi.', 'Jakarta'],
  ])('%s → %s', (paragraph, place) => {
    const out = splitDateline(paragraph);
    expect(out.rest).toBe('Isi.');
    expect(out.place).toBe(place);
  });
});

describe('parseIndonesianDate', () => {
  it.each([
    ['Kamis, 30 Desember 2021 10:30 WIB', '2021-12-30T03:30:00.000Z'],
    ['15 Oktober 2020, 14:32 WIB', '2020-10-15T07:32:00.000Z'],
    ['Senin, 2 Januari 2023 08:00 WITA', '2023-01-02T00:00:00.000Z'],
    ['2 Agustus 2022 09:15 WIT', '2022-08-02T00:15:00.000Z'],
    ["Jum'at, 19 Juni 2015 - 11:58 wib", '2015-06-19T04:58:00.000Z'],
    ['Selasa, 23/02/2016 15:32 WIB', '2016-02-23T08:32:00.000Z'],
    ['2024-03-07T19:45:00+07:00', '2024-03-07T12:45:00.000Z'],
    ['Thu, 07 Mar 2024 19:45:00 +0700', '2024-03-07T12:45:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseIndonesianDate(text)).toBe(iso);
  });

  it('returns undefined for text without a date', () => {
    expect(parseIndonesianDate('Tiongkok dan Rusia')).toBeUndefined();
  });
});

describe('articleFromText', () => {
  it('cleans a plain-text article in the seeds\' style: title line, date line, paragraphs', () => {
    const text = [
      'Rusia dan AS Saling Tuding soal Perjanjian Senjata',
      '',
      '3 Februari 2023, 16:20 WIB',
      'Ilustrasi rudal. /PIXABAY/Nama Fotografer',
      '',
      'PR BANDUNGRAYA - Rusia menuding Amerika Serikat melanggar perjanjian pengendalian senjata nuklir. ',
      '',
      '“Washington tidak memenuhi kewajibannya,” ujar juru bicara Kremlin dikutip dari TASS. ',
      '',
      'Baca Juga: Lima Tips Hemat Belanja Bulanan',
      '',
      'Washington membantah tudingan tersebut dan balik menuduh Moskow.***',
      '',
      'Editor: Nama Editor',
      '',
      'Sumber: TASS',
      '',
      'Tags',
      '',
      'Terpopuler',
    ].join('\n');
    const a = articleFromText(text, { outletId: 'prmn' });
    expect(a.title).toBe('Rusia dan AS Saling Tuding soal Perjanjian Senjata');
    expect(a.publishedAt).toBe('2023-02-03T09:20:00.000Z');
    expect(a.editor).toBe('Nama Editor');
    expect(a.citedSource).toBe('TASS');
    expect(a.dateline).toBeUndefined();
    expect(a.outletId).toBe('prmn');
    expect(a.paragraphs).toEqual([
      'Rusia menuding Amerika Serikat melanggar perjanjian pengendalian senjata nuklir.',
      '“Washington tidak memenuhi kewajibannya,” ujar juru bicara Kremlin dikutip dari TASS.',
      'Washington membantah tudingan tersebut dan balik menuduh Moskow.',
    ]);
  });

  it('takes a text that starts with a dateline as having no title line', () => {
    const a = articleFromText('MOSKOW, KOMPAS.TV - Kremlin menanggapi sanksi baru. Tanggapan itu disampaikan Senin.\nIsi kedua.', {});
    expect(a.dateline).toBe('Moskow');
    expect(a.paragraphs[0]).toBe('Kremlin menanggapi sanksi baru. Tanggapan itu disampaikan Senin.');
    expect(a.title).toBe('Kremlin menanggapi sanksi baru.');
  });
});
