import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../src/config.ts';
import type { Knowledge } from '../../src/analysis/knowledge.ts';
import { scoreRelevance } from '../../src/analysis/relevance.ts';
import { getArticle } from './corpus.ts';

export interface RelevanceLabel {
  source: string;
  id: string;
  principal: string[];
  triangle: boolean;
  /** Which labelling round the entry came from; absent for the first (tuning) set. */
  batch?: string;
  /** Labelled after the first thresholds were set (the 25 of the first held-out round). */
  holdout?: boolean;
}

export interface PR {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export type Classes = Record<'china' | 'russia' | 'us' | 'triangle', PR>;

export interface RelevanceFigures {
  articles: number;
  classes: Classes;
  /** The same measures per labelling round, in file order ("tuning", "held-out", "blind-b", …). */
  batches: { name: string; articles: number; classes: Classes }[];
  errors: string[];
}

export function prOf(tp: number, fp: number, fn: number): PR {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

const CLASSES = ['china', 'russia', 'us', 'triangle'] as const;

export function loadRelevanceLabels(file = resolve(REPO_ROOT, 'eval/labels/relevance.json')): RelevanceLabel[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: RelevanceLabel[] }).articles;
}

/** Precision and recall of the principal countries and `triangle` against labels (eval/labels/relevance.json unless given). */
export function runRelevanceEval(k: Knowledge, labels: RelevanceLabel[] = loadRelevanceLabels()): RelevanceFigures {
  const fresh = () => ({ n: 0, counts: Object.fromEntries(CLASSES.map((c) => [c, [0, 0, 0]])) as Record<string, [number, number, number]> });
  const all = fresh();
  const batches = new Map<string, ReturnType<typeof fresh>>();
  const errors: string[] = [];
  for (const label of labels) {
    const article = getArticle(label.source, label.id);
    if (!article) {
      errors.push(`${label.id}: not in corpus`);
      continue;
    }
    const name = label.batch ?? (label.holdout ? 'held-out' : 'tuning');
    if (!batches.has(name)) batches.set(name, fresh());
    const r = scoreRelevance(article, k);
    const predicted = new Set<string>([...r.principal, ...(r.topics.includes('triangle') ? ['triangle'] : [])]);
    const gold = new Set<string>([...label.principal, ...(label.triangle ? ['triangle'] : [])]);
    for (const table of [all, batches.get(name)!]) {
      table.n++;
      for (const cls of CLASSES) {
        const c = table.counts[cls]!;
        const p = predicted.has(cls);
        const g = gold.has(cls);
        if (p && g) c[0]++;
        else if (p) c[1]++;
        else if (g) c[2]++;
      }
    }
    const want = [...gold].sort().join(',');
    const got = [...predicted].sort().join(',');
    if (want !== got) errors.push(`[${name}] ${label.id} want [${want}] got [${got}] ${(article.title || article.paragraphs[0] || '').slice(0, 70)}`);
  }
  const toPr = (t: Record<string, [number, number, number]>) => Object.fromEntries(CLASSES.map((c) => [c, prOf(...t[c]!)])) as Classes;
  return {
    articles: all.n,
    classes: toPr(all.counts),
    batches: [...batches].map(([name, t]) => ({ name, articles: t.n, classes: toPr(t.counts) })),
    errors,
  };
}
