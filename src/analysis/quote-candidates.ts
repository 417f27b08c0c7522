// Quote candidates: quoted spans paired across an article's paragraphs, and the shape of what surrounds them.
import { findQuoteSpans, firstQuoteMark, isQuoteMark } from './quote-marks.ts';

/** A quoted span, possibly running over several paragraphs. */
export interface Candidate {
  p0: number;
  open: number;
  p1: number;
  /** Index of the closing mark in paragraph p1, or -1 when the quote ran to the paragraph's end. */
  close: number;
  text: string;
  /** The outlet dropped the opening mark: the quote runs from the paragraph's start to a closing mark and a cue. */
  unopened?: boolean;
}

/** Pairs quote marks across the article; a quote left open continues in a paragraph that reopens one. */
export function findCandidates(paragraphs: string[]): Candidate[] {
  const out: Candidate[] = [];
  let skipFirstOf = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const par = paragraphs[p]!;
    const spans = findQuoteSpans(par);
    const unopened = out.at(-1)?.p1 === p ? -1 : unopenedClose(par, spans);
    if (unopened > 0) out.push({ p0: p, open: 0, p1: p, close: unopened, text: par.slice(0, unopened), unopened: true });
    for (let si = 0; si < spans.length; si++) {
      if (si === 0 && skipFirstOf === p) continue;
      const s = spans[si]!;
      if (s.close >= 0) {
        out.push({ p0: p, open: s.open, p1: p, close: s.close, text: par.slice(s.open + 1, s.close) });
        continue;
      }
      const parts = [par.slice(s.open + 1)];
      let q = p;
      let close = -1;
      // Outlets that print each sentence as a paragraph leave the quote open until a later paragraph closes
      // it: `"Informasinya masih di ICU.` / `Kondisinya stabil," ujar Agus.`
      const closing = closedLater(paragraphs, p);
      if (closing) {
        for (q = p + 1; q < closing.p; q++) parts.push(paragraphs[q]!);
        parts.push(paragraphs[closing.p]!.slice(0, closing.at));
        out.push({ p0: p, open: s.open, p1: closing.p, close: closing.at, text: parts.join(' ') });
        break;
      }
      for (let n = nextWithText(paragraphs, q); n >= 0 && isQuoteMark(paragraphs[n]!.trimStart()[0] ?? ''); n = nextWithText(paragraphs, q)) {
        q = n;
        const next = paragraphs[q]!;
        const first = findQuoteSpans(next)[0]!;
        skipFirstOf = q;
        if (first.close >= 0) {
          parts.push(next.slice(first.open + 1, first.close));
          close = first.close;
          break;
        }
        parts.push(next.slice(first.open + 1));
      }
      out.push({ p0: p, open: s.open, p1: q, close, text: parts.join(' ') });
      if (q > p) {
        // The paragraphs the quote ran through are read: the next scan starts at the one it closed in.
        p = q - 1;
        break;
      }
    }
  }
  return out;
}

/** The next paragraph after `p` with text: a read-also line blanked inside a quote does not end it. */
function nextWithText(paragraphs: string[], p: number): number {
  for (let q = p + 1; q < paragraphs.length; q++) if (paragraphs[q]!.trim()) return q;
  return -1;
}

/**
 * `Kita lagi standby di pos," ucap Hotdiaman.`: a closing mark before any opening one, right before a
 * lowercase cue word, in a paragraph that does not open with a mark. Its index, or -1.
 */
function unopenedClose(par: string, spans: { open: number }[]): number {
  const first = firstQuoteMark(par);
  if (first <= 0 || spans.some((s) => s.open === first) || !/^\p{Lu}/u.test(par)) return -1;
  return /[,.!?…]\s*$/u.test(par.slice(0, first)) && /^\s*\p{Ll}{3,}/u.test(par.slice(first + 1)) ? first : -1;
}

/**
 * The paragraph, within the next three, whose first quote mark closes rather than opens, with only
 * mark-free paragraphs before it: where a quote left open at the end of paragraph `p` ends.
 */
function closedLater(paragraphs: string[], p: number): { p: number; at: number } | undefined {
  for (let q = p + 1; q < paragraphs.length && q <= p + 3; q++) {
    const text = paragraphs[q]!;
    const first = firstQuoteMark(text);
    if (first < 0) continue;
    if (first === 0 || findQuoteSpans(text)[0]?.open === first) return undefined;
    return { p: q, at: first };
  }
  return undefined;
}

export function lastClose(here: Candidate[], p: number): number {
  const tail = here[here.length - 1]!;
  return tail.p1 === p && tail.close >= 0 ? tail.close : Number.MAX_SAFE_INTEGER - 1;
}

/**
 * Nothing of the sentence follows the closing mark: the paragraph ends, or a new sentence starts (outlets
 * that print the whole body as one paragraph glue "berakhir."Baca Juga …" together).
 */
export function standsAlone(c: Candidate, paragraphs: string[]): boolean {
  if (c.close < 0) return true;
  const par = paragraphs[c.p1]!;
  const after = par.slice(c.close + 1).trim();
  return /^[.,]?$/.test(after) || (/[.!?]$/.test(par.slice(0, c.close).trim()) && /^\p{Lu}/u.test(after));
}

/** Nothing but the quote follows from its opening mark to the end of the paragraph. */
export function isWholeRest(c: Candidate, paragraphs: string[]): boolean {
  if (c.close < 0) return true;
  const par = paragraphs[c.p1]!;
  // `…di dunia.”Sekadar Tempel Logo …`: a sentence glued right after the closing mark is where a scraped
  // body lost its paragraph break.
  return /^[.,]?$/.test(par.slice(c.close + 1).trim()) || (/[.!?]$/u.test(par.slice(0, c.close)) && /^["“]?\p{Lu}\p{Ll}/u.test(par.slice(c.close + 1)));
}

export function isWholeParagraph(c: Candidate, paragraphs: string[]): boolean {
  const start = paragraphs[c.p0]!.slice(0, c.open).trim();
  const end = c.close < 0 ? '' : paragraphs[c.p1]!.slice(c.close + 1).trim();
  return start === '' && /^[.,]?$/.test(end);
}
