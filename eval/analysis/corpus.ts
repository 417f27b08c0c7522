// Reads articles from ../shared/corpus at run time (their text never enters the repo).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_DIR, REPO_ROOT, parseOutletsText } from '../../src/config.ts';
import { cleanParagraphs } from '../../src/ingest/clean.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { outletForUrl } from '../../src/ingest/outlets.ts';
import { loadCorpusPages } from '../lib/corpus.ts';
import { parseCsv } from '../lib/csv.ts';
import { loadOutlets } from '../lib/extract-eval.ts';

export const SHARED = resolve(REPO_ROOT, '../shared');
export const CORPUS = resolve(SHARED, 'corpus');

export interface CorpusArticle {
  source: string;
  id: string;
  title: string;
  paragraphs: string[];
  outlet?: string;
  /** IndoSum's reference summary, for the summary evaluation. */
  reference?: string;
}

/** True when ../shared/corpus is present; evaluations skip (exit 0) without it. */
export function hasCorpus(): boolean {
  return existsSync(CORPUS);
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

let gikirima: Map<string, CorpusArticle> | undefined;
let kompas: Map<string, CorpusArticle> | undefined;

/** gikirima-indonews-rss-2025-06: scraped bodies, one paragraph a line; duplicate rows point at the first copy. */
export function loadGikirima(): Map<string, CorpusArticle> {
  if (gikirima) return gikirima;
  type Row = { id: string; title: string; body: string; dup_of: string | null; outlet: string };
  const rows = readJsonl<Row>(resolve(CORPUS, 'gikirima-indonews-rss-2025-06/articles_merged.jsonl'));
  const byId = new Map(rows.map((r) => [r.id, r]));
  gikirima = new Map();
  for (const r of rows) {
    const body = r.dup_of ? (byId.get(r.dup_of)?.body ?? '') : r.body;
    gikirima.set(r.id, { source: 'gikirima', id: r.id, title: r.title ?? '', outlet: r.outlet, paragraphs: splitLines(body) });
  }
  return gikirima;
}

/** naandalist-kompas-trending-2025: Markdown bodies; images, links and emphasis are unwrapped to text. */
export function loadKompas(): Map<string, CorpusArticle> {
  if (kompas) return kompas;
  type Row = { id: string; title: string; body_md: string };
  kompas = new Map();
  for (const r of readJsonl<Row>(resolve(CORPUS, 'naandalist-kompas-trending-2025/articles.jsonl'))) {
    const text = r.body_md
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|(?<!\w)\*(?!\s)|\\(?=["'\\])/g, '')
      .replace(/\\\s*\\/g, '\n\n')
      .replace(/^#+\s*/gm, '');
    kompas.set(r.id, { source: 'kompas', id: r.id, title: r.title ?? '', outlet: 'kompas.com', paragraphs: text.split(/\n\s*\n|\\\s/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p && p !== '---' && p !== '|') });
  }
  return kompas;
}

function splitLines(body: string): string[] {
  return body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** IndoSum is tokenised ("kata , "" Tidak"); this puts punctuation and quotes back against their words. */
export function detokenize(tokens: string[]): string {
  let out = '';
  let openQuote = false;
  for (const t of tokens) {
    if (t === '"' || t === '``' || t === "''") {
      if (openQuote) out += '"';
      else out += (out ? ' ' : '') + '"';
      openQuote = !openQuote;
      continue;
    }
    // "al - Assadi", "negara - negara": IndoSum split hyphenated words; outlets print them joined. A dash
    // between capitalised words ("Jakarta - Presiden", "AS - China") may be a dateline or a pair: kept.
    if (t === '-' && /\p{L}$/u.test(out)) {
      out += '\u0000';
      continue;
    }
    if (out.endsWith('\u0000')) {
      const joins = /^\p{Ll}/u.test(t) || /(?:^|\s)(?:al|el|Al|El|Co)\u0000$/u.test(out);
      out = joins ? `${out.slice(0, -1)}-${t}` : `${out.slice(0, -1)} - ${t}`;
      continue;
    }
    const glueLeft = /^[.,!?;:%)\]}]+$/.test(t) || /^'s$/.test(t);
    const afterOpen = /[([{]$/.test(out) || (openQuote && out.endsWith('"'));
    out += glueLeft || afterOpen || !out ? t : ` ${t}`;
  }
  return out;
}

let indosum: Map<string, CorpusArticle> | undefined;

/** indosum-dev-folds: tokenised paragraphs with no title; the same article can sit in several folds. */
export function loadIndosum(): Map<string, CorpusArticle> {
  if (indosum) return indosum;
  type Row = { id: string; source: string; paragraphs: string[][][]; summary: string[][] };
  const dir = resolve(CORPUS, 'indosum-dev-folds');
  indosum = new Map();
  for (const file of readdirSync(dir).filter((f) => /^dev\.\d+\.jsonl$/.test(f)).sort()) {
    for (const r of readJsonl<Row>(resolve(dir, file))) {
      if (indosum.has(r.id)) continue;
      // A paragraph is read in one pass: a quote opened in one sentence closes in a later one.
      const paragraphs = r.paragraphs.map((p) => detokenize(p.flat()));
      indosum.set(r.id, { source: 'indosum', id: r.id, title: '', outlet: r.source, paragraphs, reference: detokenize(r.summary.flat()) });
    }
  }
  return indosum;
}

let detik: Map<string, CorpusArticle> | undefined;

/**
 * detik-1000-entity-aspect-summ: 1,000 detik.com articles of October 2025 with real scraper residue
 * ("SCROLL TO CONTINUE WITH CONTENT"), cleaned by the ingest cleaner with detik's junk lines as the bot
 * would clean them. Its summaries are model-written, so they are not used as references.
 */
export function loadDetik(): Map<string, CorpusArticle> {
  if (detik) return detik;
  const [header, ...rows] = parseCsv(readFileSync(resolve(CORPUS, 'detik-1000-entity-aspect-summ/data_berita.csv'), 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  const [id, title, body] = [col('id'), col('judul'), col('isi_berita')];
  // The same junk lines the bot drops from detik pages (config/outlets.json).
  const outlets = parseOutletsText(readFileSync(resolve(CONFIG_DIR, 'outlets.json'), 'utf8'));
  if (!Array.isArray(outlets)) throw new Error(outlets.problems.join('\n'));
  const junkLines = outlets.find((o) => o.id === 'detik')?.rules?.junkLines ?? [];
  detik = new Map();
  for (const r of rows) {
    if (!r[id]) continue;
    const { paragraphs } = cleanParagraphs(splitLines(r[body] ?? ''), { junkLines });
    detik.set(r[id]!, { source: 'detik', id: r[id]!, title: r[title] ?? '', outlet: 'detik.com', paragraphs });
  }
  return detik;
}

let pages: Map<string, CorpusArticle> | undefined;

/**
 * The raw article pages of the extraction evaluation (slasherrb, anpandu, webcrawl; id as there, e.g.
 * "anpandu/kompas-singlepage2"), as the bot reads them: kabar's extractor and the outlet's rules.
 */
export function loadPages(): Map<string, CorpusArticle> {
  if (pages) return pages;
  const outlets = loadOutlets();
  pages = new Map();
  for (const p of loadCorpusPages()) {
    const outlet = outletForUrl(outlets, p.url);
    const page = extractArticle(p.html, p.url, outlet);
    pages.set(p.id, { source: 'page', id: p.id, title: page.title, outlet: outlet?.id, paragraphs: page.paragraphs });
  }
  return pages;
}

/** The same story under two ids: its headline and opening paragraphs, letters and digits only. */
export function textKey(article: { title: string; paragraphs: string[] }): string {
  return `${article.title} ${article.paragraphs.slice(0, 3).join(' ')}`.toLowerCase().replace(/[^\p{L}\d]+/gu, '').slice(0, 300);
}

/** One labelled article by source and id. */
export function getArticle(source: string, id: string): CorpusArticle | undefined {
  if (source === 'page') return loadPages().get(id);
  if (source === 'detik') return loadDetik().get(id);
  if (source === 'kompas') return loadKompas().get(id);
  if (source === 'indosum') return loadIndosum().get(id);
  return loadGikirima().get(id);
}
