import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../src/config.ts';
import { SAME_STORY_THRESHOLD, signatureSimilarity, textSignature } from '../../src/analysis/cluster.ts';
import { getArticle } from './corpus.ts';
import { prOf, type PR } from './relevance-eval.ts';

export interface ClusterFigures {
  pairs: number;
  threshold: number;
  atThreshold: PR & { f1: number };
  /** The threshold with the best F1 on these pairs, for comparison with the constant in use. */
  best: { threshold: number; f1: number };
  meanSimilarity: { same: number; different: number };
}

/** Same-story precision/recall of SAME_STORY_THRESHOLD on eval/labels/same-story.json. */
export function runClusterEval(): ClusterFigures {
  const doc = JSON.parse(readFileSync(resolve(REPO_ROOT, 'eval/labels/same-story.json'), 'utf8')) as { source: string; pairs: { a: string; b: string; same: boolean }[] };
  const sigs = new Map<string, number[]>();
  const sig = (id: string) => {
    let s = sigs.get(id);
    if (!s) {
      const a = getArticle(doc.source, id);
      s = a ? textSignature([a.title, ...a.paragraphs].join('\n')) : [];
      sigs.set(id, s);
    }
    return s;
  };
  const scored = doc.pairs.map((p) => ({ same: p.same, sim: signatureSimilarity(sig(p.a), sig(p.b)) }));
  const at = (t: number) => {
    let tp = 0, fp = 0, fn = 0;
    for (const s of scored) {
      if (s.sim >= t && s.same) tp++;
      else if (s.sim >= t) fp++;
      else if (s.same) fn++;
    }
    const pr = prOf(tp, fp, fn);
    return { ...pr, f1: pr.precision + pr.recall ? (2 * pr.precision * pr.recall) / (pr.precision + pr.recall) : 0 };
  };
  let best = { threshold: 0, f1: -1 };
  for (let t = 0.05; t <= 0.6; t += 0.01) {
    const f = at(t).f1;
    if (f > best.f1) best = { threshold: Math.round(t * 100) / 100, f1: f };
  }
  const mean = (same: boolean) => {
    const xs = scored.filter((s) => s.same === same).map((s) => s.sim);
    return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  };
  return { pairs: scored.length, threshold: SAME_STORY_THRESHOLD, atThreshold: at(SAME_STORY_THRESHOLD), best, meanSimilarity: { same: mean(true), different: mean(false) } };
}
