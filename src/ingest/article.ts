import type { OutletConfig } from '../../config/schema.ts';
import type { Article } from '../domain/article.ts';
import { shortHash } from './clean.ts';
import type { ExtractedPage } from './extract.ts';
import { normalizeUrl } from './normalize-url.ts';

/** Builds the domain Article from an extracted page; the id is a short hash of the canonical URL. */
export function toArticle(page: ExtractedPage, url: string, outlet: OutletConfig | undefined, fetchedAt: Date): Article {
  const canonical = normalizeUrl(page.canonicalUrl ?? url);
  const article: Article = {
    id: shortHash(canonical),
    url,
    outletId: outlet?.id ?? hostId(url),
    title: page.title,
    language: outlet?.language ?? 'id',
    paragraphs: page.paragraphs,
    fetchedAt: fetchedAt.toISOString(),
    canonicalUrl: canonical,
  };
  for (const key of ['publishedAt', 'author', 'editor', 'citedSource', 'dateline', 'image'] as const) {
    const value = page[key];
    if (value) article[key] = value;
  }
  return article;
}

/** An outlet id for a page of an outlet not in the registry: its host ("www.example.com" → "example-com"). */
function hostId(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  } catch {
    return 'unknown';
  }
}
