import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../src/config.ts';
import type { Knowledge } from '../../src/analysis/knowledge.ts';
import { scoreRelevance } from '../../src/analysis/relevance.ts';
import { getArticle } from './corpus.ts';

interface Label {
  source: string;
  id: string;
  principal: string[];
  triangle: boolean;
}

export interface PR {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface RelevanceFigures {
  articles: number;
  classes: Record<'china' | 'russia' | 'us' | 'triangle', PR>;
  errors: string[];
}

export function prOf(tp: number, fp: number, fn: number): PR {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Precision and recall of the principal countries and `triangle` against eval/labels/relevance.json. */
export function runRelevanceEval(k: Knowledge): RelevanceFigures {
  const labels = (JSON.parse(readFileSync(resolve(REPO_ROOT, 'eval/labels/relevance.json'), 'utf8')) as { articles: Label[] }).articles;
  const counts = { china: [0, 0, 0], russia: [0, 0, 0], us: [0, 0, 0], triangle: [0, 0, 0] } as Record<string, [number, number, number]>;
  const errors: string[] = [];
  let n = 0;
  for (const label of labels) {
    const article = getArticle(label.source, label.id);
    if (!article) {
      errors.push(`${label.id}: not in corpus`);
      continue;
    }
    n++;
    const r = scoreRelevance(article, k);
    const predicted = new Set<string>([...r.principal, ...(r.topics.includes('triangle') ? ['triangle'] : [])]);
    const gold = new Set<string>([...label.principal, ...(label.triangle ? ['triangle'] : [])]);
    for (const cls of Object.keys(counts)) {
      const p = predicted.has(cls);
      const g = gold.has(cls);
      const c = counts[cls]!;
      if (p && g) c[0]++;
      else if (p) c[1]++;
      else if (g) c[2]++;
    }
    const want = [...gold].sort().join(',');
    const got = [...predicted].sort().join(',');
    if (want !== got) errors.push(`${label.id} want [${want}] got [${got}] ${article.title.slice(0, 70)}`);
  }
  const classes = Object.fromEntries(Object.entries(counts).map(([k, [tp, fp, fn]]) => [k, prOf(tp, fp, fn)])) as RelevanceFigures['classes'];
  return { articles: n, classes, errors };
}
