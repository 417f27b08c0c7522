import type { Country, Topic } from './topics.ts';

export interface Relevance {
  /** Countries whose state, leaders, military or diplomats are a main subject. */
  principal: Country[];
  topics: Topic[];
  /** 0..1; higher means more central to the China–Russia–US beat. */
  score: number;
}

export interface Quote {
  text: string;
  speaker: string;
  speakerSlug: string;
  role?: string;
  /** The cue word that attributed it ("ujar", "tambahnya", "mengatakan"). */
  cue: string;
  /** The medium the outlet took the quote from ("Newsweek"). */
  via?: string;
  /** Index of the paragraph where the quote starts. */
  paragraph: number;
}

export interface Summary {
  sentences: string[];
  text: string;
}

export interface Speaker {
  slug: string;
  name: string;
  aliases: string[];
  role?: string;
  country?: string;
}

export interface ArticleAnalysis {
  language: string;
  relevance: Relevance;
  quotes: Quote[];
  summary: Summary;
  speakers: Speaker[];
}
