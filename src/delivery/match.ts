import type { Story } from '../domain/story.ts';
import type { PlatformName, Subscription, Target } from '../domain/subscription.ts';
import type { Repositories } from '../store/index.ts';

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

/** The targets a new story goes to: active subscriptions on a configured platform that match it. */
export async function matchingTargets(repos: Repositories, story: Story, platforms: { has(name: PlatformName): boolean }): Promise<Target[]> {
  const subs = await repos.subscriptions.filterActive((s) => platforms.has(s.target.platform) && storyMatches(story, s));
  return subs.map((s) => s.target);
}
