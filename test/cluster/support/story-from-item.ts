import type { DiscoveredItem } from '../../../src/domain/article.ts';
import type { Story } from '../../../src/domain/story.ts';
import type { Topic } from '../../../src/domain/topics.ts';

/** One item an emulated outlet lists in its feed in the cluster test. */
export interface FeedItem {
  outletId: string;
  n: number;
  /** Which story kind the item is about; it decides the story's topics. */
  kind: 'cr' | 'us';
  publishedAt: string;
}

/** The item's page path; kind and number ride in it so an instance can rebuild the story. */
export function itemPath(item: FeedItem): string {
  return `/${item.outletId}/${item.kind}/${item.n}`;
}

const TOPICS: Record<string, Topic[]> = {
  cr: ['china', 'russia', 'china-russia'],
  us: ['china', 'us', 'china-us'],
};

/** The story id the cluster test gives an item: readable, and found again in every post. */
export function storyIdOf(outletId: string, n: number): string {
  return `${outletId}-${n}`;
}

/**
 * The stand-in for article analysis in the cluster test: the story's topics come from the item's
 * path (`/{outlet}/{kind}/{n}`). Both the instances and the test's expectations use it.
 */
export function storyFromItem(item: Pick<DiscoveredItem, 'url' | 'title' | 'publishedAt'>, outletName: string): Story {
  const [, outletId, kind, n] = new URL(item.url).pathname.split('/');
  const id = storyIdOf(outletId, Number(n));
  const at = item.publishedAt ?? new Date().toISOString();
  const title = `${item.title ?? 'Laporan'} [${id}]`;
  return {
    id,
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    title,
    language: 'id',
    summary: { sentences: ['Ringkasan singkat laporan.'], text: 'Ringkasan singkat laporan.' },
    quotes: [],
    relevance: { principal: TOPICS[kind].filter((t) => !t.includes('-')) as Story['relevance']['principal'], topics: TOPICS[kind], score: 0.8 },
    sources: [{ articleId: `a-${id}`, outletId, outletName, url: item.url, title }],
    signature: [],
    english: { title, summary: 'A short summary of the report.', quotes: [] },
  };
}
