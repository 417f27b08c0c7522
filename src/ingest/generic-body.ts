import type * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { NON_CONTENT } from './html-text.ts';

// The generic extractor, for outlets without rules: a cheap cousin of Readability's scoring.
const POSITIVE = /article|content|detail|body|text|entry|post|read|story|isi|berita|main/i;
const NEGATIVE = /comment|sidebar|footer|related|promo|widget|menu|nav|breadcrumb|share|social|popular|populer|terkini|rekomendasi|banner|header|list|index|topik|tag/i;
const INLINE = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'u', 'font', 'small', 'sup', 'sub', 'p', 'mark', 'q', 'cite', 'abbr', 'time', 'label', 'h2', 'h3', 'h4']);

/** The generic extractor: the element holding the most non-link paragraph text, weighted by its class names. */
export function findBodyContainer($: cheerio.CheerioAPI): Element | undefined {
  const itemprop = $('[itemprop="articleBody"]').toArray() as Element[];
  const scores = new Map<Element, number>();
  const add = (el: Element | null | undefined, n: number) => {
    if (el && el.type === 'tag') scores.set(el, (scores.get(el) ?? 0) + n);
  };
  const visit = (node: AnyNode, inLink: boolean) => {
    if (node.type === 'text') {
      if (inLink) return;
      const len = (node as unknown as { data: string }).data.trim().length;
      if (len < 25) return;
      let holder = node.parent as Element | null;
      while (holder && INLINE.has(holder.name)) holder = holder.parent as Element | null;
      // A div holding one paragraph (no block children, no <br>) is a paragraph: credit its container, as for <p>.
      while (holder && holder.name !== 'body' && isParagraphLike(holder)) holder = holder.parent as Element | null;
      add(holder, len);
      add(holder?.parent as Element | null, len * 0.3);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    if (node.type === 'tag' && NON_CONTENT.has(el.name)) return;
    const link = inLink || el.name === 'a';
    for (const child of (el.children ?? []) as AnyNode[]) visit(child, link);
  };
  visit($.root()[0] as unknown as AnyNode, false);
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    let score = raw;
    if (itemprop.includes(el)) score *= 2;
    if (POSITIVE.test(names)) score *= 1.25;
    if (NEGATIVE.test(names) && !POSITIVE.test(names)) score *= 0.3;
    if (el.name === 'body' || el.name === 'html') score *= 0.5;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

const paragraphCache = new WeakMap<Element, boolean>();
function isParagraphLike(el: Element): boolean {
  let v = paragraphCache.get(el);
  if (v === undefined) {
    v = (el.name === 'div' || el.name === 'section' || el.name === 'span') &&
      !el.children.some((c) => c.type === 'tag' && ((c as Element).name === 'br' || BLOCK_CHILD.has((c as Element).name)));
    paragraphCache.set(el, v);
  }
  return v;
}
const BLOCK_CHILD = new Set(['p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'center']);

