// Double quotation marks in news text: straight, curly, low-9 and guillemets, sometimes mixed up by
// the outlet (a closing ” used to open). Single quotes are left alone: outlets use them for titles
// and scare quotes ('Kairos'), rarely for speech.

const MARK_CHARS = '"“”„‟«»″';
const MARKS = new Set(MARK_CHARS);
const ANY_MARK = new RegExp(`[${MARK_CHARS}]`, 'u');
/** A term of at most 60 characters and no mark, its closing mark right after a letter or digit. */
const INNER_TERM = new RegExp(`^[^${MARK_CHARS}]{1,60}?(?<=[\\p{L}\\d])["”»″](?=[\\s.,;:!?)]|$)`, 'u');

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the paragraph ends inside the quote. */
  close: number;
}

export function isQuoteMark(ch: string): boolean {
  return MARKS.has(ch);
}

/** Index of the text's first double quote mark (a string index, for slice), or -1. */
export function firstQuoteMark(text: string): number {
  return text.search(ANY_MARK);
}

/** The closing mark of a term of at most six words quoted at `i` inside an open quote, or -1. */
function innerTermEnd(text: string, i: number): number {
  const m = INNER_TERM.exec(text.slice(i + 1));
  if (!m || m[0].trim().split(/\s+/).length > 6) return -1;
  const end = i + m[0].length;
  // The quote must go on after the term: another mark still closes it later.
  return firstQuoteMark(text.slice(end + 1)) >= 0 ? end : -1;
}

/**
 * Pairs the paragraph's double quotes into spans. A mark opens when it follows a space, bracket or the
 * start and is followed by a non-space; otherwise it closes. Straight marks are judged the same way, so
 * `kata dia, "Ya."` pairs correctly even when a stray mark came earlier.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!MARKS.has(ch)) continue;
    const prev = i === 0 ? ' ' : text[i - 1]!;
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    const opensByShape = ch === '“' || ch === '„' || ch === '«';
    const closesByShape = ch === '”' || ch === '»';
    // A glued opening after a full stop ("umum."Ia tahu") is common in scraped bodies.
    // Two quotes back to back ("…persen.""Kami …") leave a mark right after the one just closed.
    const looksOpening = (/[\s([{:,—–"”-]/u.test(prev) && !/\s/u.test(next)) || (/[.!?]/u.test(prev) && /\p{Lu}/u.test(next));
    const looksClosing = !/\s/u.test(prev) || /\s/u.test(next) || next === ' ';
    let opening: boolean;
    if (open < 0) opening = opensByShape ? true : closesByShape ? looksOpening : looksOpening || !looksClosing;
    else {
      // `"… termasuk "setiap orang" yang melakukan …," kata Chandra`: a short term quoted inside an open quote,
      // its closing mark right after a letter, is skipped whole.
      const inner = /[\s(]/u.test(prev) && /\p{L}/u.test(next) ? innerTermEnd(text, i) : -1;
      if (inner > 0) {
        i = inner;
        continue;
      }
      opening = false;
    }
    if (opening) open = i;
    else if (open >= 0) {
      spans.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: -1 });
  return spans;
}
