import type { OutletConfig } from '../../config/schema.ts';
import type { Article, DiscoveredItem } from '../domain/article.ts';
import { toArticle } from './article.ts';
import { extractArticle, type ExtractedPage } from './extract.ts';
import type { Fetcher } from './fetcher.ts';
import { normalizeUrl } from './normalize-url.ts';

/** A paginated article is followed for at most this many pages. */
const MAX_PAGES = 10;

export interface FetchArticleDeps {
  fetcher: Fetcher;
  now?: () => Date;
}

/**
 * Fetches an article page and every page after it, and extracts one article. With an outlet rule
 * `allPagesQuery` (`page=all`) the single-page view is tried first; else "next page" links are followed.
 */
export async function fetchArticle(url: string, outlet: OutletConfig | undefined, deps: FetchArticleDeps): Promise<Article> {
  const first = await deps.fetcher.get(url);
  let page = extractArticle(first.text, first.url, outlet);
  if (page.allPagesUrl) {
    const all = await deps.fetcher.get(page.allPagesUrl).catch(() => undefined);
    const allPage = all && extractArticle(all.text, all.url, outlet);
    // Keep the single-page view only when it really holds more text than page one.
    if (allPage && length(allPage) > length(page)) page = { ...allPage, nextPageUrl: undefined };
  }
  page = await followPages(page, first.url, outlet, deps.fetcher);
  return toArticle(page, first.url, outlet, deps.now?.() ?? new Date());
}

async function followPages(page: ExtractedPage, url: string, outlet: OutletConfig | undefined, fetcher: Fetcher): Promise<ExtractedPage> {
  const visited = new Set([normalizeUrl(url)]);
  const paragraphs = [...page.paragraphs];
  let next = page.nextPageUrl;
  for (let n = 1; next && n < MAX_PAGES && !visited.has(normalizeUrl(next)); n++) {
    visited.add(normalizeUrl(next));
    const res = await fetcher.get(next);
    const more = extractArticle(res.text, res.url, outlet);
    const seen = new Set(paragraphs);
    // Later pages repeat nothing of the story, but their own dateline-less first paragraph is kept as is.
    for (const p of more.paragraphs) if (!seen.has(p)) paragraphs.push(p);
    page = { ...page, editor: page.editor ?? more.editor, citedSource: page.citedSource ?? more.citedSource };
    next = more.nextPageUrl;
  }
  return { ...page, paragraphs, nextPageUrl: undefined };
}

/** The article behind a feed item: its page, or the feed's full text (content:encoded) when the page fails or yields nothing. */
export async function fetchArticleForItem(outlet: OutletConfig, item: DiscoveredItem, deps: FetchArticleDeps): Promise<Article> {
  let article: Article | undefined;
  let failure: unknown;
  try {
    article = await fetchArticle(item.url, outlet, deps);
  } catch (err) {
    failure = err;
  }
  if ((!article || article.paragraphs.length === 0) && item.contentHtml) {
    const page = extractArticle(`<html><body><article>${item.contentHtml}</article></body></html>`, item.url, { ...outlet, rules: undefined });
    if (page.paragraphs.length > 0) {
      article = toArticle({ ...page, title: item.title ?? page.title }, item.url, outlet, deps.now?.() ?? new Date());
    }
  }
  if (!article) throw failure;
  if (article.paragraphs.length === 0) throw new Error(`no article text found at ${item.url}`);
  if (!article.title && item.title) article.title = item.title;
  if (!article.publishedAt && item.publishedAt) article.publishedAt = item.publishedAt;
  if (!article.image && item.image) article.image = item.image;
  return article;
}

function length(page: ExtractedPage): number {
  return page.paragraphs.reduce((n, p) => n + p.length, 0);
}
