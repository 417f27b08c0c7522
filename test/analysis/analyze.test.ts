import { describe, expect, it } from 'vitest';
import { analyzeArticle, loadKnowledge } from '../../src/analysis/index.ts';
import type { Article } from '../../src/domain/article.ts';

const k = loadKnowledge();
const base: Article = { id: 'a1', url: 'https://kabar.example/a1', outletId: 'kabar', title: '', language: 'id', paragraphs: [], fetchedAt: '2025-06-20T00:00:00Z' };

describe('analyzeArticle', () => {
  it('returns language, relevance, quotes with speakers and a summary', () => {
    const a = analyzeArticle(
      {
        ...base,
        title: 'Lavrov: Rusia Siap Berunding dengan AS Soal Senjata Nuklir',
        citedSource: 'RIA Novosti',
        paragraphs: [
          'MOSKOW, KABAR.ID - Menteri Luar Negeri Rusia Sergei Lavrov menyatakan Moskow siap membuka perundingan pengendalian senjata nuklir dengan Amerika Serikat.',
          '“Kami tidak pernah menolak dialog yang setara dengan Washington,” kata Lavrov kepada wartawan.',
          'Gedung Putih sebelumnya menyebut Presiden Donald Trump ingin kesepakatan baru yang juga melibatkan China.',
        ],
      },
      k,
    );
    expect(a.language).toBe('id');
    expect(a.relevance.principal.sort()).toEqual(['russia', 'us']);
    expect(a.quotes).toEqual([
      expect.objectContaining({ speaker: 'Sergei Lavrov', speakerSlug: 'sergei-lavrov', role: 'Menteri Luar Negeri Rusia', via: 'RIA Novosti', paragraph: 1 }),
    ]);
    expect(a.speakers.map((s) => s.slug)).toEqual(['sergei-lavrov']);
    expect(a.summary.sentences[0]).toMatch(/^Menteri Luar Negeri Rusia Sergei Lavrov menyatakan/);
  });

  it('tells an English article from an Indonesian one', () => {
    const a = analyzeArticle({ ...base, title: 'Talks resume', paragraphs: ['The two delegations said on Monday that the talks in London will resume with a focus on export controls.'] }, k);
    expect(a.language).toBe('en');
  });
});
