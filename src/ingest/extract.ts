import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { ExtractionRules, OutletConfig } from '../../config/schema.ts';
import { cleanParagraphs, type CleanMeta } from './clean.ts';
import { OUTLET_TOKEN } from '../analysis/dateline.ts';
import { META_PAIR, metaField } from './clean-patterns.ts';
import { parseIndonesianDate } from './dates.ts';
import { findBodyContainer } from './generic-body.ts';
import { collectLines, textOf, type TextLine } from './html-text.ts';
import { readJsonLd, type JsonLdArticle } from './json-ld.ts';
import { normalizeUrl } from './normalize-url.ts';

/** What one article page yields: metadata, cleaned paragraphs and how to reach its other pages. */
export interface ExtractedPage extends CleanMeta {
  title: string;
  /** UTC ISO 8601. */
  publishedAt?: string;
  image?: string;
  canonicalUrl?: string;
  paragraphs: string[];
  /** The next page of a paginated article, when the page links one. */
  nextPageUrl?: string;
  /** The single-page view of a paginated article (`?page=all`), when the outlet's rules name one. */
  allPagesUrl?: string;
}

// Boilerplate inside a body container, whatever the outlet.
const BODY_JUNK = [
  'figure', 'figcaption', 'nav', 'aside', 'table.linksisip', '[class*="caption"]', '[class*="Caption"]', '[class*="share"]', '[class*="social"]',
  '[class*="related"]', '[class*="baca"]', '[class*="terkait"]', '[class~="tag"]', '[class~="tags"]', '[class*="tags"]', '[class*="tag-"]',
  '[class*="tag_"]', '[class*="__tag"]', '[id^="div-gpt-ad"]', '[class^="ads"]', '[class*=" ads"]', '[class*="ads_"]', '[class*="ads-"]',
  '[class*="advert"]', '[class*="iklan"]', '[class*="paging"]', '[class*="pagination"]', '[class*="newsletter"]', '[class*="comment"]',
].join(',');

/** Extracts an article page with the outlet's rules, falling back to the generic extractor for whatever the rules do not name. */
export function extractArticle(html: string, url: string, outlet?: OutletConfig): ExtractedPage {
  const rules = outlet?.rules;
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const ld = readJsonLd($);
  const head = readHead($, url);

  // Pagination links sit in blocks the junk rules remove, so they are read first.
  const pagination = readPagination($, rules, url);
  $('script, style, noscript, iframe, template, svg').remove();
  for (const sel of rules?.junk ?? []) $(sel).remove();

  const title = readTitle($, rules, head.ogTitle, head.docTitle, ld);
  const publishedAt = readDate($, rules, head, ld);
  const ruleMeta = readRuleMeta($, rules);
  const image = absolute(readAttr($, rules?.image, ['content', 'src', 'data-src']) ?? head.image ?? ld?.image, url);
  const canonicalUrl = absolute(head.canonical, url);

  const captions = $('figcaption, [class*="gallery"] [class*="caption"]').toArray().map((c) => textOf(c)).filter((t) => t.length > 40);
  let lines = trimEdges(readBodyLines($, rules, ld), title);
  // A photo page's story is its captions; use them when the body proper is only a line or two.
  const bodyLength = lines.join(' ').length;
  if (bodyLength < 800 && captions.join(' ').length > bodyLength * 2) lines = captions;
  const { paragraphs, meta } = cleanParagraphs(lines, rules);

  const siteAuthor = head.author && !OUTLET_TOKEN.test(head.author) && !/media|redaksi/i.test(head.author) ? head.author : undefined;
  const page: ExtractedPage = { title, paragraphs };
  const fields: Partial<ExtractedPage> = {
    publishedAt,
    author: ruleMeta.author ?? meta.author ?? ld?.author ?? siteAuthor,
    editor: ruleMeta.editor ?? meta.editor,
    citedSource: ruleMeta.citedSource ?? meta.citedSource,
    dateline: meta.dateline,
    datelineText: meta.datelineText,
    image,
    canonicalUrl,
    ...pagination,
  };
  for (const [k, v] of Object.entries(fields)) if (v) (page as unknown as Record<string, unknown>)[k] = v;
  return page;
}

function readHead($: cheerio.CheerioAPI, url: string) {
  const meta = (...names: string[]) => {
    for (const n of names) {
      const v = $(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`).first().attr('content')?.trim();
      if (v) return v;
    }
    return undefined;
  };
  return {
    ogTitle: meta('og:title', 'twitter:title'),
    docTitle: $('title').first().text().trim() || undefined,
    image: meta('og:image', 'twitter:image', 'twitter:image:src'),
    canonical: $('link[rel="canonical"]').attr('href')?.trim() || meta('og:url') || url,
    author: meta('author', 'article:author', 'dc.creator', 'content_author'),
    date:
      meta('article:published_time', 'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'datePublished', 'content_PublishedDate', 'dtk:publishdate', 'date', 'dc.date') ??
      $('[itemprop="datePublished"]').first().attr('content') ??
      $('[itemprop="datePublished"]').first().attr('datetime') ??
      $('time[datetime]').first().attr('datetime'),
  };
}

function readTitle($: cheerio.CheerioAPI, rules: ExtractionRules | undefined, og?: string, doc?: string, ld?: JsonLdArticle): string {
  if (rules?.title) {
    const t = $(rules.title).first().text().replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  const h1s = $('h1').toArray().map((h) => textOf(h)).filter((t) => t.length > 10);
  const reference = `${og ?? ''} ${doc ?? ''} ${ld?.headline ?? ''}`.toLowerCase();
  const h1 = h1s.find((t) => reference.includes(t.toLowerCase()));
  if (h1) return h1;
  if (ld?.headline) return ld.headline;
  const candidate = og ?? doc ?? h1s[0] ?? '';
  return stripSiteName(candidate);
}

/** "Judul Berita - Zona Jakarta" → "Judul Berita": drops a short trailing site name. */
function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|\-–—]\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts.at(-1)!;
  return last.length < 40 ? parts.slice(0, -1).join(' - ').trim() : title.trim();
}

function readDate($: cheerio.CheerioAPI, rules: ExtractionRules | undefined, head: { date?: string }, ld?: JsonLdArticle): string | undefined {
  if (rules?.date) {
    const el = $(rules.date).first();
    const parsed = parseIndonesianDate(el.attr('content') ?? el.attr('datetime') ?? el.text());
    if (parsed) return parsed;
  }
  return parseIndonesianDate(ld?.datePublished) ?? parseIndonesianDate(head.date);
}

function readRuleMeta($: cheerio.CheerioAPI, rules: ExtractionRules | undefined): CleanMeta {
  const out: CleanMeta = {};
  for (const field of ['author', 'editor', 'citedSource'] as const) {
    const sel = rules?.[field];
    if (!sel) continue;
    const text = $(sel).first().text().replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const pairs = [...text.matchAll(META_PAIR)];
    const own = pairs.find((p) => metaField(p[1]!) === field);
    const value = (own ? own[2]! : pairs.length ? '' : text).replace(/^[-–—\s]+|[\s.,;|]+$/g, '');
    if (value) out[field] = value;
  }
  return out;
}

function readAttr($: cheerio.CheerioAPI, selector: string | undefined, attrs: string[]): string | undefined {
  if (!selector) return undefined;
  const el = $(selector).first();
  for (const a of attrs) {
    const v = el.attr(a)?.trim();
    if (v) return v;
  }
  return undefined;
}

function readPagination($: cheerio.CheerioAPI, rules: ExtractionRules | undefined, url: string): Pick<ExtractedPage, 'nextPageUrl' | 'allPagesUrl'> {
  const out: Pick<ExtractedPage, 'nextPageUrl' | 'allPagesUrl'> = {};
  if (rules?.allPagesQuery) {
    const u = new URL(url);
    const [k, v = ''] = rules.allPagesQuery.split('=');
    if (k && u.searchParams.get(k) !== v) {
      u.searchParams.set(k, v);
      out.allPagesUrl = u.href;
    }
  }
  const selector = rules?.nextPage ?? '[class*="pag"] a[rel="next"], a.next-page, a[rel="next"][class*="pag"]';
  const href = $(selector).first().attr('href');
  const next = href && !href.startsWith('#') && !/^javascript:/i.test(href) ? absolute(href, url) : undefined;
  // Only a page of the same article counts: same path (with ?page=N) or the path plus a page suffix.
  if (next && normalizeUrl(next) !== normalizeUrl(url) && new URL(next).pathname.startsWith(new URL(url).pathname.replace(/\/\d+\/?$/, ''))) {
    out.nextPageUrl = next;
  }
  return out;
}

function readBodyLines($: cheerio.CheerioAPI, rules: ExtractionRules | undefined, ld?: JsonLdArticle): string[] {
  let containers: Element[] = rules?.body ? topLevel($(rules.body).toArray() as Element[]) : [];
  // A rule that matches only a sliver (an old template's wrapper around a teaser) is not the body.
  if (containers.length > 0 && containers.reduce((n, c) => n + $(c).text().trim().length, 0) < 150) containers = [];
  if (containers.length === 0) {
    const best = findBodyContainer($);
    containers = best ? [best] : [];
  }
  const lines: TextLine[] = [];
  for (const c of containers) {
    $(c).find(BODY_JUNK).remove();
    if (rules?.paragraphs) {
      for (const p of $(c).find(rules.paragraphs).toArray()) lines.push(...collectLines(p));
    } else {
      lines.push(...collectLines(c));
    }
  }
  // A line that is all link is a related-article list entry, not story text.
  const texts = lines.filter((l) => !(l.linkRatio > 0.9 && l.text.length < 220)).map((l) => l.text);
  const got = texts.join(' ').length;
  if (ld?.articleBody && ld.articleBody.length > 400 && got < ld.articleBody.length * 0.5) {
    return ld.articleBody.split(/\n+|(?<=[.!?"”])\s{2,}/).map((s) => s.trim()).filter(Boolean);
  }
  return texts;
}

/**
 * Drops what sits at the edges of a body container but is not story text: the title repeated, a date
 * line, a kicker or a widget label (short and without sentence punctuation).
 */
function trimEdges(lines: string[], title: string): string[] {
  const out = lines.filter((l) => l !== title);
  const isEdgeJunk = (l: string) =>
    l.length < 60 && !/\s[-–—]{1,2}$/.test(l) && (!/[.!?"”:;](\s*\*+)?$/.test(l) || (!!parseIndonesianDate(l) && !/[.!?]$/.test(l)));
  while (out.length > 1 && isEdgeJunk(out[0]!)) out.shift();
  // Below the story, headline-like lines (no closing punctuation) are related-article lists.
  const headlineLike = (l: string) => l.length < 110 && !/[.!?"”)](\s*\*+)?$/.test(l);
  while (out.length > 1 && (isEdgeJunk(out.at(-1)!) || headlineLike(out.at(-1)!))) out.pop();
  return out;
}

/** Drops matches nested inside another match, so a selector list naming old and new wrappers reads text once. */
function topLevel(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parent as Element | null; p; p = p.parent as Element | null) if (set.has(p)) return false;
    return true;
  });
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
