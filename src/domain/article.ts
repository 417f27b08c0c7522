/** A cleaned article as extracted from one outlet page (or a plain-text file). */
export interface Article {
  /** Stable id: a hash of the canonical URL (or of the text for files). */
  id: string;
  url: string;
  outletId: string;
  title: string;
  /** UTC ISO 8601; absent when the page gave no usable date. */
  publishedAt?: string;
  author?: string;
  editor?: string;
  /** The medium the outlet took the story from ("Newsweek" from "Sumber: Newsweek"). */
  citedSource?: string;
  /** Place from the dateline ("BEIJING, KOMPAS.TV -" → "Beijing"). */
  dateline?: string;
  image?: string;
  canonicalUrl?: string;
  language: string;
  /** Clean body paragraphs, read-also lines, promos and captions removed. */
  paragraphs: string[];
  fetchedAt: string;
}

/** An item found on a feed or index page, before its article is fetched. */
export interface DiscoveredItem {
  /** guid, else canonical link, else normalised link. */
  key: string;
  url: string;
  title?: string;
  publishedAt?: string;
  image?: string;
  /** Full text when the feed carries it (content:encoded). */
  contentHtml?: string;
}
