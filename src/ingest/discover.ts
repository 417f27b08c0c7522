import Parser from 'rss-parser';
import * as cheerio from 'cheerio';
import type { DiscoveredItem } from '../domain/article.ts';
import { parseIndonesianDate } from './dates.ts';
import { normalizeUrl } from './normalize-url.ts';

export { normalizeUrl } from './normalize-url.ts';

/** A feed or index page could not be read as one (malformed XML, not a feed). */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
  constructor(message: string, readonly url: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

type MediaNode = { $?: { url?: string; medium?: string; type?: string } };
type FeedItem = Parser.Item & {
  id?: string;
  'content:encoded'?: string;
  mediaContent?: MediaNode[];
  mediaThumbnail?: MediaNode[];
};

// rss-parser maps content:encoded itself; media:* need customFields and arrive as xml2js nodes (attributes under `$`).
const parser: Parser<unknown, FeedItem> = new Parser({
  customFields: {
    item: [
      ['media:content', 'mediaContent', { keepArray: true }],
      ['media:thumbnail', 'mediaThumbnail', { keepArray: true }],
    ],
  },
});

/** Parses RSS 2.0 or Atom text (already fetched and decoded) into discovered items, newest first as the feed lists them. */
export async function parseFeed(text: string, feedUrl: string): Promise<DiscoveredItem[]> {
  let feed: Parser.Output<FeedItem>;
  try {
    feed = await parser.parseString(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new FeedParseError(`malformed feed at ${feedUrl}: ${firstLine((err as Error).message)}`, feedUrl, { cause: err });
  }
  const items: DiscoveredItem[] = [];
  for (const raw of feed.items ?? []) {
    const link = raw.link ? absolute(raw.link, feedUrl) : undefined;
    const guid = typeof raw.guid === 'string' ? raw.guid.trim() : typeof raw.id === 'string' ? raw.id.trim() : undefined;
    const url = link ?? (guid && /^https?:\/\//.test(guid) ? guid : undefined);
    if (!url) continue;
    const item: DiscoveredItem = { key: itemKey(guid, url), url: normalizeUrl(url) };
    if (raw.title) item.title = raw.title.trim();
    const date = raw.isoDate ?? parseIndonesianDate(raw.pubDate);
    if (date) item.publishedAt = date;
    const image = imageOf(raw);
    if (image) item.image = absolute(image, feedUrl);
    const html = raw['content:encoded'] ?? (raw.content && raw.content.length > 300 ? raw.content : undefined);
    if (html) item.contentHtml = html;
    items.push(item);
  }
  return dedupe(items);
}

/** Finds article links on an index page with the outlet's link selector; links to other sites are ignored. */
export function parseIndexPage(html: string, pageUrl: string, linkSelector: string, linkPattern?: string): DiscoveredItem[] {
  const pattern = linkPattern ? new RegExp(linkPattern) : undefined;
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const page = new URL(pageUrl);
  const own = normalizeUrl(pageUrl);
  const items: DiscoveredItem[] = [];
  $(linkSelector).each((_, el) => {
    const a = $(el).is('a') ? $(el) : $(el).find('a[href]').first();
    const href = a.attr('href');
    if (!href || href.startsWith('#') || /^(javascript|mailto):/i.test(href)) return;
    const url = absolute(href, pageUrl);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return;
    }
    if (!/^https?:$/.test(target.protocol) || !sameSite(target.hostname, page.hostname)) return;
    const normalized = normalizeUrl(url);
    if (normalized === own || (pattern && !pattern.test(normalized))) return;
    const title = a.text().replace(/\s+/g, ' ').trim() || a.attr('title')?.trim();
    items.push({ key: normalized, url: normalized, ...(title ? { title } : {}) });
  });
  return dedupe(items);
}

/** guid when the feed gives one, else the normalised link. */
function itemKey(guid: string | undefined, url: string): string {
  return guid ? guid : normalizeUrl(url);
}

function imageOf(raw: FeedItem): string | undefined {
  for (const node of [...(raw.mediaContent ?? []), ...(raw.mediaThumbnail ?? [])]) {
    const attrs = node?.$;
    if (attrs?.url && (!attrs.medium || attrs.medium === 'image') && (!attrs.type || attrs.type.startsWith('image'))) return attrs.url;
  }
  if (raw.enclosure?.url && (!raw.enclosure.type || raw.enclosure.type.startsWith('image'))) return raw.enclosure.url;
  return undefined;
}

function dedupe(items: DiscoveredItem[]): DiscoveredItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.key) ? false : (seen.add(i.key), true)));
}

function absolute(href: string, base: string): string {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return href.trim();
  }
}

// Regional subdomains (zonajakarta.pikiran-rakyat.com) count as the same site as their parent.
function sameSite(a: string, b: string): boolean {
  const root = (h: string) => {
    const labels = h.toLowerCase().split('.');
    // Second-level public suffixes (republika.co.id) need one more label.
    const n = /^(co|or|ac|go|web|my|com|net|org)$/.test(labels.at(-2) ?? '') && labels.length > 2 ? 3 : 2;
    return labels.slice(-n).join('.');
  };
  return root(a) === root(b);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
