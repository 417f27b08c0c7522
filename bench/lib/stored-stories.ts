// The stored state the command benchmarks answer from: N stories spread over topics, outlets and speakers.
import { TOPICS } from '../../src/domain/topics.ts';
import type { Repositories } from '../../src/store/index.ts';
import { makeStory } from '../../test/support/stories.ts';

const SPEAKERS = ['wang-yi', 'sergey-lavrov', 'antony-blinken', 'xi-jinping', 'vladimir-putin', 'joe-biden', 'wang-wenbin', 'maria-zakharova'];

/** Stores `count` stories (each quoting one of eight known speakers) and returns the seconds it took. */
export async function fillStories(repos: Repositories, count: number, outlets: { id: string; name: string }[]): Promise<number> {
  for (const slug of SPEAKERS) {
    const name = slug.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
    await repos.speakers.upsert({ slug, name, aliases: [], role: 'Official' });
  }
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const slug = SPEAKERS[i % SPEAKERS.length];
    const outlet = outlets[i % outlets.length];
    await repos.stories.put(
      makeStory(`st${i}`, {
        topics: [TOPICS[i % TOPICS.length], 'triangle'],
        publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        quotes: [{ text: `Quote ${i}.`, speaker: slug, speakerSlug: slug, cue: 'kata', paragraph: 1, articleIds: [`a-st${i}`] }],
        sources: [{ articleId: `a-st${i}`, outletId: outlet.id, outletName: outlet.name, url: `https://example.com/${i}`, title: `t${i}` }],
      }),
    );
  }
  return (performance.now() - t0) / 1000;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
