import type { Quote } from '../domain/analysis.ts';
import type { StoryQuote } from '../domain/story.ts';
import { wordsOf } from './text.ts';

/** Number of MinHash permutations: the similarity estimate's standard error is about 0.04 at 128. */
const PERMUTATIONS = 128;
/**
 * Shingle length in content words. Single content words (names, numbers, places) measured best: a
 * rewrite keeps the facts but reorders the sentences, so longer shingles lose rewrites while still
 * matching an outlet's own template text (see eval/analysis/cluster-eval.ts).
 */
const SHINGLE = 1;

/**
 * Two articles whose signatures agree on at least this share of positions report the same story.
 * Measured by `npm run eval` on eval/labels/same-story.json (56 pairs: rewrites of one event vs. other
 * events of the same days, including other angles of one meeting): 0.22 gives the best F1 (0.78, P 0.69),
 * 0.30 gives P 0.80 / R 0.71. We take 0.30: a wrong merge hides a story, a missed merge only posts twice.
 */
export const SAME_STORY_THRESHOLD = 0.3;

// Fixed odd multipliers and offsets: the signature must be stable across processes and versions.
const A = new Uint32Array(PERMUTATIONS);
const B = new Uint32Array(PERMUTATIONS);
{
  let seed = 0x9e3779b9;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  for (let i = 0; i < PERMUTATIONS; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

/** Function words and outlet furniture carry no story; dropping them keeps shingles on names and facts. */
const FUNCTION_WORDS = new Set(
  (
    'yang dengan untuk pada dalam tidak akan juga karena oleh sebagai atau adalah telah sudah bisa dapat lebih para saat ' +
    'secara kata ujar mereka kami kita saya anda tersebut bahwa jika namun tetapi hingga sejak agar sementara serta masih ' +
    'baru belum harus menjadi lain setelah sebelum antara bagi pun lagi menurut seperti banyak sangat hanya kini sendiri ' +
    'baca juga advertisement scroll continue with content simak video liputan6 detikcom kompas okezone sindonews ' +
    'tribunnews jakarta senin selasa rabu kamis jumat sabtu minggu juni 2025 ujarnya katanya'
  ).split(' '),
);

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MinHash signature over the text's content-word shingles (lower-cased; numbers kept, function words dropped). */
export function textSignature(text: string): number[] {
  const words = wordsOf(text).filter((w) => w.length > 3 && !FUNCTION_WORDS.has(w));
  const hashes = new Set<number>();
  if (words.length < SHINGLE) hashes.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  const sig = new Array<number>(PERMUTATIONS).fill(0xffffffff);
  for (const h of hashes) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      const v = (Math.imul(A[p]!, h) + B[p]!) >>> 0;
      if (v < sig[p]!) sig[p] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two texts' shingle sets (0..1). */
export function signatureSimilarity(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** The candidate most similar to `signature`, if it reaches SAME_STORY_THRESHOLD. */
export function findSameStory<T extends { signature: number[] }>(signature: number[], candidates: T[]): T | undefined {
  let best: T | undefined;
  let bestSim = SAME_STORY_THRESHOLD;
  for (const c of candidates) {
    const sim = signatureSimilarity(signature, c.signature);
    if (sim >= bestSim) {
      best = c;
      bestSim = sim;
    }
  }
  return best;
}

/** Two quotes are the same words when their token sets overlap this much (outlets trim and re-punctuate). */
const SAME_QUOTE = 0.7;

/**
 * Adds an outlet's quotes to a story's: a quote another outlet already reported (near-identical words)
 * gains this article's id; a new one is appended.
 */
export function mergeQuotes(existing: StoryQuote[], incoming: Quote[], articleId: string): StoryQuote[] {
  const out = existing.map((q) => ({ ...q, articleIds: [...q.articleIds] }));
  for (const q of incoming) {
    const words = new Set(wordsOf(q.text));
    const same = out.find((e) => sameWords(words, new Set(wordsOf(e.text))));
    if (same) {
      if (!same.articleIds.includes(articleId)) same.articleIds.push(articleId);
      if (q.text.length > same.text.length) same.text = q.text;
      continue;
    }
    out.push({ ...q, articleIds: [articleId] });
  }
  return out;
}

/**
 * Overlap coefficient (one outlet often prints only part of what another quoted); short quotes must
 * match word for word.
 */
function sameWords(a: Set<string>, b: Set<string>): boolean {
  const small = Math.min(a.size, b.size);
  if (small === 0) return false;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return small < 5 ? n === a.size && n === b.size : n / small >= SAME_QUOTE;
}
