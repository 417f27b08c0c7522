import { describe, expect, it } from 'vitest';
import { findSameStory, mergeQuotes, SAME_STORY_THRESHOLD, signatureSimilarity, textSignature } from '../../src/analysis/cluster.ts';
import type { Quote } from '../../src/domain/analysis.ts';

// One event written up by two outlets (the second rewrites the first from the same wire copy), and
// another event of the same day and topic.
const outletA = `Putin dan Xi Jinping Bahas Kerja Sama Energi Lewat Telepon
Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping berbicara melalui sambungan telepon pada Kamis (5/6/2025).
Keduanya membahas proyek pipa gas Power of Siberia 2 yang akan mengalirkan 50 miliar meter kubik gas per tahun ke China.
Penasihat Kremlin Yuri Ushakov mengatakan kedua pemimpin juga sepakat memperluas perdagangan dalam rubel dan yuan.
"Pembicaraan berlangsung hangat dan konstruktif," kata Ushakov kepada wartawan di Moskow.
Perdagangan Rusia-China mencapai 245 miliar dolar AS tahun lalu, rekor tertinggi sepanjang sejarah.`;
const outletB = `Telepon Xi Jinping, Putin Dorong Proyek Pipa Gas Power of Siberia 2
MOSKOW - Vladimir Putin menelepon Xi Jinping pada Kamis (5/6/2025) dan membahas kerja sama energi kedua negara.
Menurut penasihat Kremlin Yuri Ushakov, proyek pipa Power of Siberia 2 dengan kapasitas 50 miliar meter kubik gas per tahun menjadi topik utama.
Putin dan Xi juga sepakat memperluas transaksi perdagangan dengan rubel dan yuan.
"Pembicaraan berlangsung hangat dan konstruktif," ujar Ushakov.
Tahun lalu perdagangan kedua negara menembus rekor 245 miliar dolar AS.`;
const otherEvent = `AS Umumkan Sanksi Baru terhadap Kapal Tanker Rusia
Departemen Keuangan Amerika Serikat menjatuhkan sanksi kepada 12 kapal tanker yang mengangkut minyak Rusia, Kamis (5/6/2025).
Menteri Keuangan Scott Bessent menyebut langkah itu untuk menekan pendapatan Moskow dari penjualan minyak.
Kremlin mengecam sanksi tersebut dan menyebutnya ilegal.
Harga minyak Brent naik tipis setelah pengumuman itu.`;

describe('story clustering', () => {
  it('puts a rewrite of the same story above the threshold and another story below it', () => {
    const a = textSignature(outletA);
    const b = textSignature(outletB);
    const c = textSignature(otherEvent);
    expect(signatureSimilarity(a, b)).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
    expect(signatureSimilarity(a, c)).toBeLessThan(SAME_STORY_THRESHOLD);
    expect(signatureSimilarity(a, a)).toBe(1);
  });

  it('finds the matching story among candidates, or none', () => {
    const stories = [{ id: 'sanctions', signature: textSignature(otherEvent) }, { id: 'gas', signature: textSignature(outletA) }];
    expect(findSameStory(textSignature(outletB), stories)?.id).toBe('gas');
    expect(findSameStory(textSignature('Timnas Indonesia menang 2-0 atas Bahrain di Stadion Gelora Bung Karno.'), stories)).toBeUndefined();
  });

  it('gives the same signature for the same text in every run', () => {
    expect(textSignature(outletA)).toEqual(textSignature(outletA));
    expect(textSignature(outletA)).toHaveLength(128);
  });
});

describe('mergeQuotes', () => {
  const quote = (text: string, speaker = 'Yuri Ushakov'): Quote => ({ text, speaker, speakerSlug: speaker.toLowerCase().replace(/ /g, '-'), cue: 'kata', paragraph: 3 });

  it('stores a quote reported by two outlets once, with both articles', () => {
    const first = mergeQuotes([], [quote('Pembicaraan berlangsung hangat dan konstruktif')], 'article-a');
    const merged = mergeQuotes(first, [quote('Pembicaraan berlangsung hangat dan konstruktif.'), quote('Kami akan bertemu lagi di Beijing bulan depan untuk menandatangani kontrak')], 'article-b');
    expect(merged).toHaveLength(2);
    expect(merged[0]!.articleIds).toEqual(['article-a', 'article-b']);
    expect(merged[1]!.articleIds).toEqual(['article-b']);
    expect(first[0]!.articleIds).toEqual(['article-a']); // the stored story is not mutated
  });

  it('keeps the fuller wording when one outlet printed more of the quote', () => {
    const first = mergeQuotes([], [quote('Proyek pipa gas itu akan selesai sebelum 2030')], 'a');
    const merged = mergeQuotes(first, [quote('Proyek pipa gas itu akan selesai sebelum 2030, dan pembiayaannya sudah disepakati')], 'b');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.text).toContain('pembiayaannya sudah disepakati');
  });

  it('does not merge different short quotes', () => {
    const merged = mergeQuotes(mergeQuotes([], [quote('Kami setuju')], 'a'), [quote('Kami menolak')], 'b');
    expect(merged).toHaveLength(2);
  });
});
