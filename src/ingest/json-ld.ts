import type { CheerioAPI } from 'cheerio';

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  image?: string;
  articleBody?: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|WebPage)$/;

/** The article object of a page's JSON-LD (NewsArticle and kin), if any; malformed blocks are ignored. */
export function readJsonLd($: CheerioAPI): JsonLdArticle | undefined {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse($(el).text().trim());
    } catch {
      continue;
    }
    const found = findArticle(data);
    if (found) return toArticle(found);
  }
  return undefined;
}

function findArticle(data: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d);
      if (f) return f;
    }
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const obj = data as Record<string, unknown>;
  const type = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
  if (type.some((t) => ARTICLE_TYPES.test(t)) && (obj.headline || obj.articleBody || obj.datePublished)) return obj;
  return obj['@graph'] ? findArticle(obj['@graph']) : undefined;
}

function toArticle(o: Record<string, unknown>): JsonLdArticle {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
  const author = first(o.author);
  const image = first(o.image);
  return {
    headline: str(o.headline),
    datePublished: str(o.datePublished),
    author: str(author) ?? str((author as Record<string, unknown> | undefined)?.name),
    image: str(image) ?? str((image as Record<string, unknown> | undefined)?.url),
    articleBody: str(o.articleBody),
  };
}
