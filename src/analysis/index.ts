import type { Article } from '../domain/article.ts';
import type { ArticleAnalysis } from '../domain/analysis.ts';
import type { Knowledge } from './knowledge.ts';
import { detectLanguage } from './language.ts';
import { extractQuotes } from './quotes.ts';
import { scoreRelevance } from './relevance.ts';
import { summarize } from './summarize.ts';

export { loadKnowledge, createKnowledge, type Knowledge } from './knowledge.ts';
export { splitSentences } from './sentences.ts';
export { scoreRelevance } from './relevance.ts';
export { extractQuotes } from './quotes.ts';
export { summarize, DEFAULT_SUMMARY_CHARS } from './summarize.ts';
export { textSignature, signatureSimilarity, findSameStory, mergeQuotes, SAME_STORY_THRESHOLD } from './cluster.ts';
export { detectLanguage } from './language.ts';

export interface AnalyzeOptions {
  /** Summary size in characters (default DEFAULT_SUMMARY_CHARS). */
  summaryChars?: number;
}

/** Language, relevance, quotes with speakers, and summary of one cleaned article. Pure: text in, data out. */
export function analyzeArticle(article: Article, k: Knowledge, opts: AnalyzeOptions = {}): ArticleAnalysis {
  const text = [article.title, ...article.paragraphs].join('\n');
  const language = detectLanguage(text, article.language || 'id');
  const relevance = scoreRelevance(article, k);
  const { quotes, speakers } = extractQuotes(article, k);
  const summary = summarize(article, opts.summaryChars ? { maxChars: opts.summaryChars } : {});
  return { language, relevance, quotes, summary, speakers };
}
