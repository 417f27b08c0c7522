import { existsSync, readFileSync } from 'node:fs';
import type { OutletConfig } from '../../config/schema.ts';
import type { Article } from '../domain/article.ts';
import { UserError } from '../domain/errors.ts';
import { toArticle } from './article.ts';
import { splitDateline } from '../analysis/dateline.ts';
import { articleFromText } from './clean.ts';
import { extractArticle } from './extract.ts';
import { fetchArticle } from './fetch-article.ts';
import type { Fetcher } from './fetcher.ts';
import { outletForDateline, outletForUrl } from './outlets.ts';

export interface LoadArticleDeps {
  fetcher: Fetcher;
  outlets: OutletConfig[];
  readStdin?: () => Promise<string>;
  now?: () => Date;
}

/**
 * The input of `kabar analyze <url|file|->` as one Article: a URL is fetched (all its pages) and
 * extracted; an .html file or text starting with `<` is extracted; other text is cleaned as plain text.
 */
export async function loadArticle(input: string, deps: LoadArticleDeps): Promise<Article> {
  const now = deps.now ?? (() => new Date());
  if (/^https?:\/\//i.test(input)) return fetchArticle(input, outletForUrl(deps.outlets, input), { fetcher: deps.fetcher, now });
  let text: string;
  let origin: string | undefined;
  if (input === '-') {
    if (!deps.readStdin) throw new UserError('reading from standard input is not available here');
    text = await deps.readStdin();
  } else {
    if (!existsSync(input)) throw new UserError(`no such file: ${input} (give a URL, a file, or - for standard input)`);
    text = readFileSync(input, 'utf8');
    origin = input;
  }
  if (/\.html?$/i.test(input) || /^\s*</.test(text)) {
    // A saved page says where it came from; its rules follow that URL.
    const url = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/i.exec(text)?.[1] ?? /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/i.exec(text)?.[1];
    const pageUrl = url && /^https?:\/\//.test(url) ? url : `file://${origin ?? 'stdin'}`;
    const outlet = outletForUrl(deps.outlets, pageUrl);
    return toArticle(extractArticle(text, pageUrl, outlet), pageUrl, outlet, now());
  }
  // Plain text has no URL; its dateline ("BEIJING, KOMPAS.TV -") may still say which outlet wrote it.
  const datelines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 8).map((l) => splitDateline(l).text);
  const outlet = outletForDateline(deps.outlets, datelines.find(Boolean));
  return articleFromText(text, { now, ...(outlet ? { outletId: outlet.id, language: outlet.language } : {}) });
}
