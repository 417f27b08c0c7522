import type { Article } from '../domain/article.ts';
import type { Story } from '../domain/story.ts';
import { analyzeArticle, findSameStory, mergeQuotes, textSignature, type Knowledge } from '../analysis/index.ts';
import type { DeliveryWorker } from '../delivery/worker.ts';
import type { Logger } from '../ops/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { Repositories } from '../store/index.ts';
import type { Translator } from '../translate/translator.ts';
import { newStory, sourceOf, storyIdFor } from './story.ts';
import { translateStory } from './translate-story.ts';

export interface PipelineDeps {
  repos: Repositories;
  knowledge: Knowledge;
  translator: Translator;
  worker: DeliveryWorker;
  logger: Logger;
  metrics?: Metrics;
  now: () => Date;
  outletName: (outletId: string) => string;
}

/** How many recent stories a new article is compared with to find the same story. */
const CLUSTER_WINDOW = 300;
/** Articles older than this are not merged into a story (a follow-up days later is news again). */
const CLUSTER_MAX_AGE_MS = 3 * 24 * 3600_000;

export type ProcessOutcome =
  | { outcome: 'irrelevant' }
  | { outcome: 'new-story'; story: Story; targets: number }
  | { outcome: 'merged'; story: Story };

/**
 * Article → analysis → story (new or merged into the same story from another outlet) → English →
 * outbox. Safe to run twice for one article: the story id derives from the article, the outbox
 * refuses a second fan-out, and translations come from the cache.
 */
export async function processArticle(article: Article, deps: PipelineDeps): Promise<ProcessOutcome> {
  const { repos } = deps;
  await repos.articles.put(article);
  const analysis = analyzeArticle(article, deps.knowledge);
  deps.metrics?.articles.inc({ outlet: article.outletId });
  if (analysis.relevance.topics.length === 0) return { outcome: 'irrelevant' };

  const own = await repos.stories.get(storyIdFor(article.id));
  if (own) return { outcome: 'new-story', story: own, targets: await deps.worker.enqueue(own) };

  const signature = textSignature([article.title, ...article.paragraphs].join('\n'));
  const now = deps.now();
  const recent = (await repos.stories.recent(CLUSTER_WINDOW)).filter((s) => now.getTime() - Date.parse(s.createdAt) < CLUSTER_MAX_AGE_MS);
  const same = findSameStory(signature, recent);
  if (same) {
    if (same.sources.some((s) => s.articleId === article.id)) return { outcome: 'merged', story: same };
    const merged: Story = {
      ...same,
      updatedAt: now.toISOString(),
      sources: [...same.sources, sourceOf(article, deps.outletName(article.outletId))],
      quotes: mergeQuotes(same.quotes, analysis.quotes, article.id),
    };
    const story = merged.quotes.length !== same.quotes.length ? await translateStory(merged, deps.translator) : merged;
    await repos.stories.put(story);
    await upsertSpeakers(analysis.speakers, deps);
    deps.logger.info({ storyId: story.id, articleId: article.id, outlet: article.outletId }, 'article joins an existing story');
    return { outcome: 'merged', story };
  }

  const story = await translateStory(newStory(article, analysis, deps.outletName(article.outletId), signature, now), deps.translator);
  await upsertSpeakers(analysis.speakers, deps);
  await repos.stories.put(story);
  deps.metrics?.stories.inc();
  const targets = await deps.worker.enqueue(story);
  deps.logger.info({ storyId: story.id, title: story.title, topics: story.relevance.topics, targets }, 'new story');
  return { outcome: 'new-story', story, targets };
}

async function upsertSpeakers(speakers: { slug: string; name: string; aliases: string[]; role?: string }[], deps: PipelineDeps) {
  for (const s of speakers) await deps.repos.speakers.upsert(s);
}
