import type { Relevance, Quote, Summary } from './analysis.ts';

/** One outlet's article that reports a story. */
export interface StorySource {
  articleId: string;
  outletId: string;
  outletName: string;
  url: string;
  title: string;
  publishedAt?: string;
}

export interface StoryQuote extends Quote {
  /** Article ids of every outlet that carried this quote. */
  articleIds: string[];
}

export interface English {
  title: string;
  summary: string;
  /** The first POSTED_QUOTES quotes in English (every quote of an English article); /quotes translates the rest on demand. */
  quotes: string[];
}

/** The same news event as reported by one or more outlets. */
export interface Story {
  id: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
  title: string;
  language: string;
  summary: Summary;
  quotes: StoryQuote[];
  relevance: Relevance;
  sources: StorySource[];
  image?: string;
  /** MinHash signature of the first article's text, for clustering. */
  signature: number[];
  /** English version; absent when no translator is configured or the budget ran out. */
  english?: English;
  /** Why the story is not in English, if it is not ("budget", "error", "none"). */
  untranslated?: string;
}
