import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { REPO_ROOT } from '../../src/config.ts';
import { parseCsv } from './csv.ts';

/** Where the shared corpus lives at run time; never copied into the repo. */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
  /** Hand-written expected body, when the set has one. */
  expected?: string;
}

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

/** Article pages with expected bodies (slasherrb gold, anpandu fixtures) and the 2020 crawl's articles, PRMN among them (junk check only). */
export function loadCorpusPages(): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const gold = join(CORPUS_DIR, 'slasherrb-id-news-html-gold');
  if (existsSync(gold)) {
    for (const f of readdirSync(gold).filter((f) => f.endsWith('_expectation.txt')).sort()) {
      const name = f.replace('_expectation.txt', '');
      const html = readFileSync(join(gold, `${name}.html`), 'utf8');
      pages.push({ id: `slasherrb/${name}`, url: canonicalOf(html) ?? `https://www.${name}.com/`, html, expected: readFileSync(join(gold, f), 'utf8') });
    }
  }
  const anpandu = join(CORPUS_DIR, 'anpandu-id-news-fixtures');
  const expectedFile = join(anpandu, 'expected_from_tests.json');
  if (existsSync(expectedFile)) {
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, { url?: string; content?: string }>;
    for (const [path, e] of Object.entries(expected).sort(([a], [b]) => a.localeCompare(b))) {
      if (!e.content || !path.includes('singlepage')) continue;
      const file = join(anpandu, 'websites', path);
      if (!existsSync(file)) continue;
      pages.push({ id: `anpandu/${basename(path, '.html')}`, url: e.url ?? 'https://example.invalid/', html: readFileSync(file, 'utf8'), expected: e.content });
    }
  }
  const crawl = join(CORPUS_DIR, 'webcrawl-2020-id-article-pages');
  if (existsSync(crawl)) {
    // The article pages (PRMN, tribunnews, beritasatu); the merdeka file is a home page, not an article.
    for (const f of readdirSync(crawl).filter((f) => f.endsWith('.html') && !f.includes('merdeka'))) {
      const html = readFileSync(join(crawl, f), 'utf8');
      pages.push({ id: `webcrawl/${f.replace(/\.html$/, '')}`, url: canonicalOf(html) ?? `https://${f.replace(/^\d+--|\.html$/g, '')}/`, html });
    }
  }
  return pages;
}

/** The two seed articles (plain text). */
export function loadSeeds(): { id: string; text: string }[] {
  if (!existsSync(SEEDS_DIR)) return [];
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: `seed/${f}`, text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}

function canonicalOf(html: string): string | undefined {
  const m =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html) ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  return m?.[1] && /^https?:\/\//.test(m[1]) ? m[1] : undefined;
}

/** Raw detik.com bodies (2025) with real scraper residue ("SCROLL TO CONTINUE WITH CONTENT", "Simak juga Video"). */
export function loadDetikBodies(): { id: string; text: string }[] {
  const file = join(CORPUS_DIR, 'detik-1000-entity-aspect-summ', 'data_berita.csv');
  if (!existsSync(file)) return [];
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const idCol = header!.indexOf('id');
  const bodyCol = header!.indexOf('isi_berita');
  return rows.filter((r) => r[bodyCol]).map((r) => ({ id: `detik-1000/${r[idCol]}`, text: r[bodyCol]! }));
}

/** Full-text RSS bodies of mid-2025 (detik, liputan6, okezone, tribunnews, sindonews, kompas, tempo): scraper glue and all. */
export function loadRssBodies(): { id: string; text: string }[] {
  const file = join(CORPUS_DIR, 'gikirima-indonews-rss-2025-06', 'articles_merged.jsonl');
  if (!existsSync(file)) return [];
  const out: { id: string; text: string }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; body?: string };
    if (row.body) out.push({ id: `gikirima/${row.id}`, text: row.body });
  }
  return out;
}
