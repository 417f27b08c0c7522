import { findQuoteSpans, isQuoteMark } from './quote-marks.ts';

/** Abbreviations that end with a dot inside a sentence (lower-cased, without the final dot). */
const ABBREVIATIONS = new Set(
  [
    'jl', 'jln', 'dr', 'drs', 'dra', 'prof', 'h', 'hj', 'no', 'nomor', 'dll', 'dsb', 'dst', 'tbk', 'a.n', 'u.p', 'ir', 'st',
    'sdr', 'bpk', 'kh', 'kol', 'letkol', 'brigjen', 'mayjen', 'letjen', 'jend', 'kapt', 'kompol', 'akbp', 'irjen', 'kombes',
    'pt', 'cv', 'rp', 'tgl', 'hlm', 'vol', 'mr', 'mrs', 'ms', 'yth', 'kec', 'kab', 'kel', 'ds', 'rt', 'rw', 'sh', 's.h',
    'm.h', 's.e', 'm.si', 's.pd', 's.t', 'm.m', 'm.a', 'ph.d', 'sp', 'tk', 'u.s', 'vs', 'bc', 'st', 'm.sc', 'b.sc', 'kpt',
    'lt', 'ust', 'gen', 'sen', 'rep', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'apt', 'dkk', 'sbb', 'yg', 'kpd', 'pk', 'ttg', 'okt', 'nov', 'des', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'sep', 'sept',
  ],
);

const TERMINATOR = /[.!?…]/u;

/**
 * Splits a paragraph into sentences, Indonesian-aware: abbreviations (Jl., Dr., dll., Tbk., a.n.),
 * initials (B.J. Habibie), numbers (2,5 / 10.30) and quotes closed in the same paragraph stay whole,
 * so `“A. B,” kata Wang.` is one sentence.
 */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const line of paragraph.split(/\n+/)) splitLine(line, out);
  return out;
}

function splitLine(text: string, out: string[]): void {
  const inQuote = new Uint8Array(text.length + 1);
  const closers = new Set<number>();
  for (const s of findQuoteSpans(text)) {
    if (s.close < 0) continue; // an unclosed quote runs into the next paragraph: split it normally
    inQuote.fill(1, s.open + 1, s.close);
    if (TERMINATOR.test(text[s.close - 1] ?? '')) closers.add(s.close);
  }
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    // `"Tidak ada rencana itu." Wartawan …`: the sentence ends at the closing mark.
    if (!(TERMINATOR.test(ch) && !inQuote[i]) && !closers.has(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (TERMINATOR.test(text[end]!) || isQuoteMark(text[end]!) || text[end] === ')' || text[end] === "'")) end++;
    let next = end;
    while (next < text.length && /\s/u.test(text[next]!)) next++;
    if (next === end || next >= text.length) {
      i = end;
      continue;
    }
    const following = text[next]!;
    const startsSentence = /[\p{Lu}\p{N}]/u.test(following) || isQuoteMark(following) || following === '(' || following === '[';
    if (!startsSentence || (ch === '.' && isAbbreviationBefore(text, i, start))) {
      i = end;
      continue;
    }
    pushTrimmed(out, text.slice(start, end));
    start = next;
    i = next;
  }
  pushTrimmed(out, text.slice(start));
}

function isAbbreviationBefore(text: string, dot: number, start: number): boolean {
  let j = dot;
  while (j > start && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  const token = text.slice(j, dot);
  if (token.length === 0) return false;
  if (/^\p{Lu}$/u.test(token)) return true; // an initial: "B. J. Habibie", "H. Agus"
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return true; // "B.J", "a.n", "S.H"
  return ABBREVIATIONS.has(token.toLowerCase());
}

function pushTrimmed(out: string[], s: string): void {
  const t = s.trim();
  if (t) out.push(t);
}
