import type { Story } from '../../src/domain/story.ts';
import type { Topic } from '../../src/domain/topics.ts';

/** A small stored story for delivery and command tests (text written for kabar, not from an outlet). */
export function makeStory(id: string, overrides: Partial<Story> & { topics?: Topic[] } = {}): Story {
  const topics = overrides.topics ?? ['china', 'russia', 'china-russia', 'triangle'];
  return {
    id,
    createdAt: '2026-11-20T03:00:00.000Z',
    updatedAt: '2026-11-20T03:00:00.000Z',
    publishedAt: '2026-11-20T02:30:00.000Z',
    title: `Menlu Tiongkok bertemu Menlu Rusia di Beijing (${id})`,
    language: 'id',
    summary: { sentences: ['Kedua menteri membahas kerja sama strategis.'], text: 'Kedua menteri membahas kerja sama strategis.' },
    quotes: [
      {
        text: 'Kerja sama kami tidak ditujukan kepada pihak ketiga mana pun.',
        speaker: 'Wang Yi',
        speakerSlug: 'wang-yi',
        role: 'Menteri Luar Negeri China',
        cue: 'ujar',
        paragraph: 2,
        articleIds: [`a-${id}`],
      },
    ],
    relevance: { principal: ['china', 'russia'], topics, score: 0.9 },
    sources: [{ articleId: `a-${id}`, outletId: 'kompastv', outletName: 'KompasTV', url: `https://www.kompas.tv/internasional/${id}`, title: 'Menlu bertemu' }],
    signature: [1, 2, 3],
    ...overrides,
  };
}
