// ROUGE-1/2/L F1 over lower-cased word tokens (no stemming: Indonesian affixes would need a stemmer).
import { wordsOf } from '../../src/analysis/text.ts';

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function rougeN(c: string[], r: string[], n: number): number {
  const cg = ngrams(c, n);
  const rg = ngrams(r, n);
  let overlap = 0;
  for (const [g, k] of cg) overlap += Math.min(k, rg.get(g) ?? 0);
  return f1(overlap, Math.max(0, c.length - n + 1), Math.max(0, r.length - n + 1));
}

function lcs(a: string[], b: string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L (summary-level LCS over the joined text) as F1. */
export function rouge(candidate: string, reference: string): Rouge {
  const c = wordsOf(candidate);
  const r = wordsOf(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: f1(lcs(c, r), c.length, r.length) };
}
