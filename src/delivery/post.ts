import { POSTED_QUOTES, type Post } from '../domain/post.ts';
import type { Story } from '../domain/story.ts';

/** Builds the neutral post for a story: English when the story was translated, the original otherwise. */
export function storyToPost(story: Story): Post {
  const english = story.english;
  const first = story.sources[0];
  const quotes = story.quotes.slice(0, POSTED_QUOTES).map((q, i) => ({
    text: english?.quotes[i] ?? q.text,
    speaker: q.speaker,
    ...(q.role ? { role: q.role } : {}),
  }));
  return {
    storyId: story.id,
    title: english?.title ?? story.title,
    url: first?.url ?? '',
    outlets: story.sources.map((s) => ({ name: s.outletName, url: s.url })),
    publishedAt: story.publishedAt,
    summary: english?.summary ?? story.summary.text,
    quotes,
    topics: story.relevance.topics,
    ...(story.image ? { image: story.image } : {}),
    translated: !!english,
  };
}
