import type { Story } from '../domain/story.ts';
import type { Subscription } from '../domain/subscription.ts';

/**
 * Whether a story goes to a subscription. A story matches on a subscribed topic, or on a followed
 * speaker being quoted; outlets and keywords, when set, narrow that further.
 */
export function storyMatches(story: Story, sub: Subscription): boolean {
  if (!sub.active) return false;
  const onTopic = sub.topics.some((t) => story.relevance.topics.includes(t));
  const onSpeaker = !!sub.speakers?.length && story.quotes.some((q) => sub.speakers!.includes(q.speakerSlug));
  if (!onTopic && !onSpeaker) return false;
  if (sub.outlets?.length && !story.sources.some((s) => sub.outlets!.includes(s.outletId))) return false;
  if (sub.keywords?.length) {
    const haystack = [story.title, story.summary.text, story.english?.title ?? '', story.english?.summary ?? ''].join('\n').toLowerCase();
    if (!sub.keywords.some((k) => haystack.includes(k.toLowerCase()))) return false;
  }
  return true;
}
