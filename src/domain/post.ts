import type { Topic } from './topics.ts';

/**
 * How many quotes a post carries; more would crowd out the summary in a chat message. Only these are
 * translated with the story: /quotes translates the others when someone asks for them.
 */
export const POSTED_QUOTES = 4;

/** A platform-neutral post; the platform renderers turns it into Markdown, HTML or an embed. */
export interface Post {
  storyId: string;
  title: string;
  url: string;
  outlets: { name: string; url: string }[];
  publishedAt: string;
  summary: string;
  quotes: { text: string; speaker: string; role?: string }[];
  topics: Topic[];
  image?: string;
  /** False when the text is in the original language (no translator, budget spent, translator down). */
  translated: boolean;
}
