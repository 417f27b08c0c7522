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
  /** Labelled after the thresholds were set; reported on its own as well. */
  holdout?: boolean;
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
  /** The same measures over the held-out entries only. */
  holdout: { articles: number; classes: Record<'china' | 'russia' | 'us' | 'triangle', PR> };
  errors: string[];
}

export function prOf(tp: number, fp: number, fn: number): PR {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Precision and recall of the principal countries and `triangle` against eval/labels/relevance.json. */
export function runRelevanceEval(k: Knowledge): RelevanceFigures {
  const labels = (JSON.parse(readFileSync(resolve(REPO_ROOT, 'eval/labels/relevance.json'), 'utf8')) as { articles: Label[] }).articles;
  const fresh = () => ({ china: [0, 0, 0], russia: [0, 0, 0], us: [0, 0, 0], triangle: [0, 0, 0] }) as Record<string, [number, number, number]>;
  const counts = fresh();
  const held = fresh();
  let heldN = 0;
  const errors: string[] = [];
  let n = 0;
  for (const label of labels) {
    const article = getArticle(label.source, label.id);
    if (!article) {
      errors.push(`${label.id}: not in corpus`);
      continue;
    }
    n++;
    if (label.holdout) heldN++;
    const r = scoreRelevance(article, k);
    const predicted = new Set<string>([...r.principal, ...(r.topics.includes('triangle') ? ['triangle'] : [])]);
    const gold = new Set<string>([...label.principal, ...(label.triangle ? ['triangle'] : [])]);
    for (const table of label.holdout ? [counts, held] : [counts]) {
      for (const cls of Object.keys(table)) {
        const p = predicted.has(cls);
        const g = gold.has(cls);
        const c = table[cls]!;
        if (p && g) c[0]++;
        else if (p) c[1]++;
        else if (g) c[2]++;
      }
    }
    const want = [...gold].sort().join(',');
    const got = [...predicted].sort().join(',');
    if (want !== got) errors.push(`${label.id} want [${want}] got [${got}] ${article.title.slice(0, 70)}`);
  }
  const toPr = (t: Record<string, [number, number, number]>) =>
    Object.fromEntries(Object.entries(t).map(([key, [tp, fp, fn]]) => [key, prOf(tp, fp, fn)])) as RelevanceFigures['classes'];
  return { articles: n, classes: toPr(counts), holdout: { articles: heldN, classes: toPr(held) }, errors };
}
