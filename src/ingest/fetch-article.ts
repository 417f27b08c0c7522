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
  // One request per article: the single-page view straight away, the plain page only if that fails.
  const allPages = outlet?.rules?.allPagesQuery ? withQuery(url, outlet.rules.allPagesQuery) : undefined;
  const res = (allPages && (await deps.fetcher.get(allPages).catch(() => undefined))) || (await deps.fetcher.get(url));
  let page = extractArticle(res.text, res.url, outlet);
  page = await followPages(page, res.url, outlet, deps.fetcher);
  // The article is known by its own URL, not by the single-page variant that was fetched.
  return toArticle(page, res.url === allPages ? url : res.url, outlet, deps.now?.() ?? new Date());
}

/** The URL with `key=value` set ("page=all"); unchanged when it is already set. */
function withQuery(url: string, query: string): string {
  const u = new URL(url);
  const [key, value = ''] = query.split('=');
  if (key) u.searchParams.set(key, value);
  return u.href;
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
