/** What one request may carry (v2: 128 segments, ~100 KB; v3: 1,024 strings, 30,000 code points). */
export interface BatchLimits {
  maxSegments: number;
  /** Request body bytes, counted as the JSON the client sends. */
  maxBytes?: number;
  maxCodePoints?: number;
}

/** Longest piece sent as one segment; longer text is cut at sentence or word boundaries. */
export const MAX_SEGMENT_CODE_POINTS = 5_000;

// Room for the rest of the JSON body ({"format":"text","source":"id","target":"en","q":[]}).
const BODY_OVERHEAD_BYTES = 200;

export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Splits texts into consecutive batches that each fit every limit. */
export function batchTexts(texts: readonly string[], limits: BatchLimits): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let bytes = BODY_OVERHEAD_BYTES;
  let points = 0;
  for (const text of texts) {
    const b = Buffer.byteLength(JSON.stringify(text)) + 1;
    const p = codePoints(text);
    const full =
      current.length >= limits.maxSegments ||
      (limits.maxBytes !== undefined && bytes + b > limits.maxBytes) ||
      (limits.maxCodePoints !== undefined && points + p > limits.maxCodePoints);
    if (full && current.length > 0) {
      batches.push(current);
      current = [];
      bytes = BODY_OVERHEAD_BYTES;
      points = 0;
    }
    current.push(text);
    bytes += b;
    points += p;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Cuts a text longer than `max` code points into pieces at sentence ends, else at spaces, else anywhere. */
export function splitLong(text: string, max = MAX_SEGMENT_CODE_POINTS): string[] {
  if (codePoints(text) <= max) return [text];
  const pieces: string[] = [];
  let rest = [...text];
  while (rest.length > max) {
    const window = rest.slice(0, max).join('');
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    if (cut > 0) cut += 1;
    else cut = window.lastIndexOf(' ');
    const at = cut > 0 ? codePoints(window.slice(0, cut)) : max;
    pieces.push(rest.slice(0, at).join('').trim());
    rest = rest.slice(at);
  }
  const last = rest.join('').trim();
  if (last) pieces.push(last);
  return pieces.filter(Boolean);
}
