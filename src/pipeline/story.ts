import { createHash } from 'node:crypto';
import { mergeQuotes } from '../analysis/cluster.ts';
import type { ArticleAnalysis } from '../domain/analysis.ts';
import type { Article } from '../domain/article.ts';
import type { Story, StorySource } from '../domain/story.ts';

/** A story's id comes from its first article, so re-processing that article finds the same story. */
export function storyIdFor(articleId: string): string {
  return createHash('sha1').update(`story:${articleId}`).digest('base64url').slice(0, 10);
}

export function sourceOf(article: Article, outletName: string): StorySource {
  return {
    articleId: article.id,
    outletId: article.outletId,
    outletName,
    url: article.canonicalUrl ?? article.url,
    title: article.title,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
  };
}

/** Builds a new story from its first article. */
export function newStory(article: Article, analysis: ArticleAnalysis, outletName: string, signature: number[], now: Date): Story {
  return {
    id: storyIdFor(article.id),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    publishedAt: article.publishedAt ?? now.toISOString(),
    title: article.title,
    language: analysis.language,
    summary: analysis.summary,
    // Merged as another outlet's quotes would be: a quote the article prints twice is posted once.
    quotes: mergeQuotes([], analysis.quotes, article.id),
    relevance: analysis.relevance,
    sources: [sourceOf(article, outletName)],
    ...(article.image ? { image: article.image } : {}),
    signature,
  };
}
