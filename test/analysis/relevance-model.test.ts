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

  it('only adds countries: a travel headline stays vetoed even under a model that says yes to everything', () => {
    const eager = { ...k, relevanceModel: { countries: { china: { threshold: 0.5, weights: { bias: 10 } } } } };
    const travel = { title: 'Liburan ke China Kini Bebas Visa bagi WNI', paragraphs: ['Wisatawan Indonesia kini bisa berlibur ke China tanpa visa selama 30 hari.', 'Agen perjalanan mencatat lonjakan pemesanan paket wisata ke China.'] };
    expect(scoreRelevance(travel, eager).principal).toEqual([]);
    const warning = {
      title: 'Rusia Peringatkan AS Soal Rudal di Eropa',
      paragraphs: [
        'MOSKOW, KABAR.ID - Pemerintah Rusia memperingatkan Amerika Serikat agar tidak menempatkan rudal jarak menengah di Eropa.',
        'Juru Bicara Kremlin Dmitry Peskov mengatakan langkah Washington akan memicu perlombaan senjata baru.',
      ],
    };
    expect(scoreRelevance(warning, rulesOnly).principal.sort()).toEqual(['russia', 'us']);
    expect(scoreRelevance(warning, eager).principal.sort()).toEqual(['china', 'russia', 'us']);
  });

  it('leaves the rules to decide alone when config has no model file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabar-config-'));
    for (const f of ['gazetteer.json', 'people.json']) writeFileSync(join(dir, f), readFileSync(join(CONFIG_DIR, f)));
    const bare = loadKnowledge(dir);
    expect(bare.relevanceModel).toBeUndefined();
    expect(scoreRelevance(tariffs, bare).principal).toEqual([]);
  });
});
