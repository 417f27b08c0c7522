import { createHash } from 'node:crypto';
import type { ExtractionRules } from '../../config/schema.ts';
import type { Article } from '../domain/article.ts';
import { splitDateline } from '../analysis/dateline.ts';
import { parseIndonesianDate } from './dates.ts';
import { stripInlineJunk } from './inline-junk.ts';
import {
  READ_ALSO as READ_ALSO_PATTERNS,
  CAPTIONS, CITED_PHRASE, COPYRIGHT, END_MARKERS, INITIALS, LABELS, META_LINE, META_PAIR, PROMOS, metaField,
} from './clean-patterns.ts';

export interface CleanMeta {
  author?: string;
  editor?: string;
  citedSource?: string;
  /** Place from the dateline, title-cased ("Beijing"); absent when the dateline names only the outlet. */
  dateline?: string;
  /** The dateline prefix exactly as it was removed ("BEIJING, KOMPAS.TV -"). */
  datelineText?: string;
}

export interface CleanResult {
  paragraphs: string[];
  meta: CleanMeta;
}

/** Rules the cleaner reads: only the outlet's extra junk-line patterns. */
type CleanRules = Pick<Partial<ExtractionRules>, 'junkLines'>;

/**
 * The one place article text is cleaned: drops read-also lines, promos, captions, labels and
 * copyright lines; reads author/editor/"Sumber" lines and the dateline into metadata.
 */
export function cleanParagraphs(lines: string[], rules?: CleanRules): CleanResult {
  const extra = (rules?.junkLines ?? []).map((p) => new RegExp(p, 'i'));
  const meta: CleanMeta = {};
  const kept: string[] = [];
  let ended = false;
  let inList = false;
  for (const raw of lines) {
    const line = stripInlineJunk(normalizeLine(raw));
    if (!line || /^[*\s]+$/.test(line)) continue;
    if (META_LINE.test(line) && line.length < 160 && !/^pilihan\s+editor/i.test(line)) {
      readMeta(line, meta);
      continue;
    }
    if (END_MARKERS.test(line)) ended = true;
    if (ended) continue;
    if (isJunk(line, extra)) {
      // A bare "Baca juga:" / "Jangan lewatkan" heads a list of linked headlines that follows it.
      if (READ_ALSO_PATTERNS.some((r) => r.test(line)) && line.split(/\s+/).length <= 4) inList = true;
      continue;
    }
    if (inList && line.length < 120 && !/[.!?"”]$/.test(line)) continue;
    inList = false;
    if (kept.at(-1) !== line) kept.push(line);
  }
  // A dateline printed on its own line ("Kapanlagi.com -") belongs to the paragraph after it.
  if (kept.length > 1 && /\s[-–—]{1,2}$/.test(kept[0]!) && kept[0]!.length < 80) kept.splice(0, 2, `${kept[0]} ${kept[1]}`);
  if (kept.length > 0) {
    const { rest, place, text } = splitDateline(kept[0]!);
    if (text) {
      meta.datelineText = text;
      if (place) meta.dateline = place;
      if (rest) kept[0] = rest;
      else kept.shift();
    }
  }
  const paragraphs = kept.map((p) => p.replace(/\s*\*{3,}\s*$/, '').trim()).filter(Boolean);
  if (!meta.citedSource) {
    for (const p of paragraphs) {
      const m = CITED_PHRASE.exec(p);
      if (m) {
        meta.citedSource = m[1]!.replace(/[.,]+$/, '');
        break;
      }
    }
  }
  return { paragraphs, meta };
}

/** Whether a line is boilerplate rather than story text. */
export function isJunk(raw: string, extra: RegExp[] = []): boolean {
  // Scrapers and editors wrap promos in quotes, brackets or bullets: 'Simak juga video: …'
  const line = raw.replace(/^[\s'"“”‘’[(*•·-]+/, '');
  if (READ_ALSO_PATTERNS.some((r) => r.test(line))) return true;
  if (PROMOS.some((r) => r.test(line))) return true;
  if (LABELS.test(line) || INITIALS.test(line)) return true;
  if (COPYRIGHT.some((r) => r.test(line))) return true;
  if (line.length < 220 && CAPTIONS.some((r) => r.test(line))) return true;
  return extra.some((r) => r.test(line));
}

function normalizeLine(raw: string): string {
  return raw
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ')
    .replace(/\bSCROLL TO CONTINUE WITH CONTENT\b/g, ' ')
    .replace(/\bADVERTISEMENT\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function readMeta(line: string, meta: CleanMeta): void {
  for (const m of line.matchAll(META_PAIR)) {
    const field = metaField(m[1]!);
    const value = m[2]!.replace(/[()|]+$/g, '').replace(/[\s.,;]+$/, '').trim();
    if (value && !meta[field]) meta[field] = value;
  }
}

/** A short sha1 for ids. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/**
 * A plain-text article (like the seeds: maybe a title line, maybe a date line, then paragraphs)
 * cleaned exactly like an extracted page.
 */
export function articleFromText(text: string, origin: { url?: string; outletId?: string; language?: string; now?: () => Date }): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  let title: string | undefined;
  let publishedAt: string | undefined;
  const first = lines[0];
  if (first && isTitleLine(first)) {
    title = first;
    lines.shift();
  }
  const dateIndex = lines.slice(0, 3).findIndex((l) => l.length < 60 && parseIndonesianDate(l) && !/[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}/.test(l));
  if (dateIndex >= 0) publishedAt = parseIndonesianDate(lines.splice(dateIndex, 1)[0]);
  const { paragraphs, meta } = cleanParagraphs(lines);
  const fallbackTitle = paragraphs[0] ? firstSentence(paragraphs[0]) : '';
  const { datelineText: _omit, ...metaFields } = meta;
  return {
    id: shortHash(origin.url ?? text),
    url: origin.url ?? '',
    outletId: origin.outletId ?? 'unknown',
    title: title ?? fallbackTitle,
    ...(publishedAt ? { publishedAt } : {}),
    ...metaFields,
    language: origin.language ?? 'id',
    paragraphs,
    fetchedAt: (origin.now?.() ?? new Date()).toISOString(),
  };
}

function isTitleLine(line: string): boolean {
  if (line.length > 200 || /[.!?]["”]?$/.test(line)) return false;
  if (splitDateline(line).text || parseIndonesianDate(line)) return false;
  return !isJunk(line);
}

function firstSentence(p: string): string {
  const s = /^(.{20,160}?[.!?])(\s|$)/.exec(p)?.[1] ?? p.slice(0, 160);
  return s.trim();
}
