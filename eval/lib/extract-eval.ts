import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { OutletConfig } from '../../config/schema.ts';
import { CONFIG_DIR, parseOutletsText } from '../../src/config.ts';
import { articleFromText, cleanParagraphs } from '../../src/ingest/clean.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { outletForUrl } from '../../src/ingest/outlets.ts';
import { corpusAvailable, loadCorpusPages, loadDetikBodies, loadRssBodies, loadSeeds } from './corpus.ts';
import { mean, tokenF1 } from './f1.ts';
import { leakedJunk } from './junk.ts';

export interface ExtractEvalRow {
  id: string;
  outlet: string;
  kabarF1?: number;
  linkedomF1?: number;
  jsdomF1?: number;
  /** Read-also/promo lines left in kabar's paragraphs. */
  junk: number;
  junkLines: string[];
}

export interface ExtractEvalResult {
  rows: ExtractEvalRow[];
  seeds: { id: string; paragraphs: number; junk: number; junkLines: string[] }[];
  kabarMeanF1: number;
  /** Readability over jsdom, the reference setup. */
  readabilityMeanF1: number;
  readabilityLinkedomMeanF1: number;
  /** Junk lines leaked by kabar over corpus pages and seeds. */
  junkLeaked: number;
  /** Raw detik.com bodies cleaned as plain text: how many, how many junk lines they held, how many leaked. */
  detikBodies: TextSetResult;
  /** The same for the 2025 RSS bodies (a harder set: headlines glued into paragraphs); reported, not in `junkLeaked`. */
  rssBodies: TextSetResult;
}

export interface TextSetResult {
  articles: number;
  junkBefore: number;
  junkLeaked: number;
  examples: string[];
}

/** Cleans raw article bodies as plain text and counts read-also/promo lines before and after. */
export function cleanTextSet(bodies: { id: string; text: string }[]): TextSetResult {
  const out: TextSetResult = { articles: bodies.length, junkBefore: 0, junkLeaked: 0, examples: [] };
  for (const d of bodies) {
    const lines = d.text.split(/\r?\n/);
    out.junkBefore += leakedJunk(lines.map((l) => l.trim())).length;
    const leaked = leakedJunk(cleanParagraphs(lines).paragraphs);
    out.junkLeaked += leaked.length;
    out.examples.push(...leaked.slice(0, 2).map((l) => `${d.id}: ${l.slice(0, 100)}`));
  }
  return out;
}

export function loadOutlets(): OutletConfig[] {
  const file = resolve(CONFIG_DIR, 'outlets.json');
  if (!existsSync(file)) return [];
  const parsed = parseOutletsText(readFileSync(file, 'utf8'), file);
  return Array.isArray(parsed) ? parsed : [];
}

/** kabar's body text as the gold bodies write it: the dateline prefix they keep, then the paragraphs. */
export function kabarBody(html: string, url: string, outlets: OutletConfig[]): { text: string; paragraphs: string[] } {
  const page = extractArticle(html, url, outletForUrl(outlets, url));
  return { text: [page.datelineText, ...page.paragraphs].filter(Boolean).join('\n'), paragraphs: page.paragraphs };
}

export function readabilityLinkedom(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

const quiet = new VirtualConsole();
export function readabilityJsdom(html: string, url: string): string {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  const text = new Readability(dom.window.document).parse()?.textContent ?? '';
  dom.window.close();
  return text;
}

/** Runs the extraction evaluation over ../shared/corpus; undefined when the corpus is absent. */
export async function runExtractEval(): Promise<ExtractEvalResult | undefined> {
  if (!corpusAvailable()) return undefined;
  const outlets = loadOutlets();
  const rows: ExtractEvalRow[] = [];
  for (const page of loadCorpusPages()) {
    const kabar = kabarBody(page.html, page.url, outlets);
    const junkLines = leakedJunk(kabar.paragraphs);
    const row: ExtractEvalRow = { id: page.id, outlet: outletForUrl(outlets, page.url)?.id ?? 'generic', junk: junkLines.length, junkLines };
    if (page.expected) {
      row.kabarF1 = tokenF1(kabar.text, page.expected).f1;
      row.linkedomF1 = tokenF1(readabilityLinkedom(page.html), page.expected).f1;
      row.jsdomF1 = tokenF1(readabilityJsdom(page.html, page.url), page.expected).f1;
    }
    rows.push(row);
  }
  const seeds = loadSeeds().map((s) => {
    const a = articleFromText(s.text, {});
    const junkLines = leakedJunk([a.title, ...a.paragraphs]);
    return { id: s.id, paragraphs: a.paragraphs.length, junk: junkLines.length, junkLines };
  });
  const detikBodies = cleanTextSet(loadDetikBodies());
  const rssBodies = cleanTextSet(loadRssBodies());
  const scored = rows.filter((r) => r.kabarF1 !== undefined);
  return {
    detikBodies,
    rssBodies,
    rows,
    seeds,
    kabarMeanF1: mean(scored.map((r) => r.kabarF1!)),
    readabilityMeanF1: mean(scored.map((r) => r.jsdomF1!)),
    readabilityLinkedomMeanF1: mean(scored.map((r) => r.linkedomF1!)),
    junkLeaked: rows.reduce((n, r) => n + r.junk, 0) + seeds.reduce((n, s) => n + s.junk, 0) + detikBodies.junkLeaked,
  };
}
