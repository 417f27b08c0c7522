import type { Story } from '../domain/story.ts';
import type { Topic } from '../domain/topics.ts';
import { createCappedLists } from './capped-list.ts';
import type { KV } from './kv.ts';

/** How many story ids each index keeps: enough for /latest and for clustering the recent past. */
const INDEX_CAP = 500;

export interface StoryQuery {
  topic?: Topic;
  outlet?: string;
  speaker?: string;
  limit: number;
}

/**
 * Stories, with newest-first indexes by topic, outlet and speaker so commands read a handful of
 * keys however many stories are stored.
 */
export function createStoryRepo(kv: KV) {
  const lists = createCappedLists(kv, INDEX_CAP);
  const storyKey = (id: string) => `story:${id}`;
  const indexKeys = (s: Story) => [
    'recent:all',
    ...s.relevance.topics.map((t) => `recent:topic:${t}`),
    ...new Set(s.sources.map((src) => `recent:outlet:${src.outletId}`)),
    ...new Set(s.quotes.map((q) => `recent:speaker:${q.speakerSlug}`)),
  ];
  async function load(ids: string[]): Promise<Story[]> {
    const stories = await kv.getMany<Story>(ids.map(storyKey));
    return stories.filter((s): s is Story => !!s);
  }
  return {
    get: (id: string) => kv.get<Story>(storyKey(id)),
    async put(story: Story): Promise<void> {
      await kv.set(storyKey(story.id), story);
      for (const key of indexKeys(story)) await lists.push(key, story.id);
    },
    /** Newest first; the filters narrow by topic, outlet or speaker slug. */
    async latest(query: StoryQuery): Promise<Story[]> {
      const key = query.speaker
        ? `recent:speaker:${query.speaker}`
        : query.outlet
          ? `recent:outlet:${query.outlet}`
          : query.topic
            ? `recent:topic:${query.topic}`
            : 'recent:all';
      const ids = await lists.read(key);
      const stories = await load(ids.slice(0, Math.max(query.limit * 3, query.limit)));
      return stories
        .filter((s) => !query.topic || s.relevance.topics.includes(query.topic))
        .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
        .slice(0, query.limit);
    },
    /** The most recent stories, for matching a new article against (clustering). */
    async recent(limit: number): Promise<Story[]> {
      return load((await lists.read('recent:all')).slice(0, limit));
    },
  };
}
export type StoryRepo = ReturnType<typeof createStoryRepo>;
