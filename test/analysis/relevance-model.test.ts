import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/analysis/knowledge.ts';
import { scoreRelevance } from '../../src/analysis/relevance.ts';
import { CONFIG_DIR } from '../../src/config.ts';

const k = loadKnowledge();
const rulesOnly = { ...k, relevanceModel: undefined };

// A tariff story whose headline names no state: the rules see only a few state mentions in the lead.
const tariffs = {
  title: 'Ekspor Tekstil Terancam Tarif Resiprokal, Pemerintah Siapkan Negosiasi',
  paragraphs: [
    'JAKARTA, KABAR.ID - Menteri Keuangan Sri Mulyani mewaspadai dampak kebijakan tarif impor yang diumumkan Presiden AS Donald Trump pekan lalu terhadap kinerja ekspor Indonesia.',
    'Menurut dia, tarif resiprokal sebesar 32 persen itu bisa menekan permintaan produk tekstil dan alas kaki dari Indonesia di pasar Amerika Serikat.',
    'Pemerintah, kata Sri Mulyani, tengah menyiapkan tim negosiasi yang akan berangkat ke Washington untuk membahas keringanan tarif.',
    'Selain itu, pemerintah juga akan memperluas pasar ekspor ke kawasan Timur Tengah dan Afrika agar tidak terlalu bergantung pada satu negara tujuan.',
    'Sri Mulyani menambahkan, defisit anggaran tetap dijaga di bawah 3 persen dari produk domestik bruto.',
  ],
};

describe('the learned relevance layer', () => {
  it('finds a US tariff story the rules alone miss', () => {
    expect(scoreRelevance(tariffs, rulesOnly).principal).toEqual([]);
    expect(scoreRelevance(tariffs, k).principal).toEqual(['us']);
  });

  it('only adds a country the article mentions, never removes one, and never overrides a title veto', () => {
    const eager = { ...k, relevanceModel: { countries: { us: { threshold: 0.5, weights: { bias: 10 } } } } };
    const warning = {
      title: 'Rusia Peringatkan Jepang Soal Rudal',
      paragraphs: [
        'MOSKOW, KABAR.ID - Pemerintah Rusia memperingatkan Jepang agar tidak menempatkan rudal jarak menengah di wilayahnya. Washington disebut mendukung rencana itu.',
        'Juru Bicara Kremlin Dmitry Peskov mengatakan langkah Tokyo akan memicu perlombaan senjata baru di kawasan.',
      ],
    };
    expect(scoreRelevance(warning, rulesOnly).principal).toEqual(['russia']);
    expect(scoreRelevance(warning, eager).principal.sort()).toEqual(['russia', 'us']);
    const local = { title: 'Harga Cabai di Pasar Induk Turun', paragraphs: ['Harga cabai rawit turun menjadi Rp 40.000 per kilogram pekan ini.', 'Pedagang menyebut pasokan dari Jawa Tengah melimpah.'] };
    expect(scoreRelevance(local, eager).principal).toEqual([]);
    const travel = { title: 'Liburan ke Amerika Serikat Kini Lebih Mudah bagi WNI', paragraphs: ['Wisatawan Indonesia kini bisa berlibur ke Amerika Serikat dengan proses visa yang lebih singkat.', 'Agen perjalanan mencatat lonjakan pemesanan paket wisata ke New York.'] };
    expect(scoreRelevance(travel, eager).principal).toEqual([]);
  });

  it('leaves the rules to decide alone when config has no model file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabar-config-'));
    for (const f of ['gazetteer.json', 'people.json']) writeFileSync(join(dir, f), readFileSync(join(CONFIG_DIR, f)));
    const bare = loadKnowledge(dir);
    expect(bare.relevanceModel).toBeUndefined();
    expect(scoreRelevance(tariffs, bare).principal).toEqual([]);
  });
});
