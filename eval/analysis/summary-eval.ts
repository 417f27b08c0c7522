import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { leadSentences, summarize } from '../../src/analysis/summarize.ts';
import { CORPUS, detokenize } from './corpus.ts';
import { rouge, type Rouge } from './rouge.ts';

export interface SummaryFigures {
  articles: number;
  kabar: Rouge;
  lead3: Rouge;
  /** kabar's summary cut to LEAD-3's length in characters, to separate selection from length. */
  kabarSameLength: Rouge;
  meanChars: { kabar: number; lead3: number; reference: number };
}

interface IndoSumRow {
  id: string;
  paragraphs: string[][][];
  summary: string[][];
}

/** ROUGE of kabar's summary and of LEAD-3 against IndoSum dev references, in one run. */
export function runSummaryEval(opts: { limit?: number } = {}): SummaryFigures {
  const dir = resolve(CORPUS, 'indosum-dev-folds');
  const seen = new Set<string>();
  const sums = { kabar: zero(), lead3: zero(), same: zero() };
  const chars = { kabar: 0, lead3: 0, reference: 0 };
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => /^dev\.\d+\.jsonl$/.test(f)).sort()) {
    for (const line of readFileSync(resolve(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as IndoSumRow;
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const paragraphs = row.paragraphs.map((p) => p.map(detokenize).join(' '));
      const reference = row.summary.map(detokenize).join(' ');
      const article = { title: '', paragraphs };
      const ours = summarize(article).text;
      const lead = leadSentences(article).join(' ');
      add(sums.kabar, rouge(ours, reference));
      add(sums.lead3, rouge(lead, reference));
      add(sums.same, rouge(ours.slice(0, lead.length), reference));
      chars.kabar += ours.length;
      chars.lead3 += lead.length;
      chars.reference += reference.length;
      n++;
      if (opts.limit && n >= opts.limit) break;
    }
    if (opts.limit && n >= opts.limit) break;
  }
  const mean = (r: Rouge): Rouge => ({ r1: r.r1 / n, r2: r.r2 / n, rl: r.rl / n });
  return {
    articles: n,
    kabar: mean(sums.kabar),
    lead3: mean(sums.lead3),
    kabarSameLength: mean(sums.same),
    meanChars: { kabar: chars.kabar / n, lead3: chars.lead3 / n, reference: chars.reference / n },
  };
}

function zero(): Rouge {
  return { r1: 0, r2: 0, rl: 0 };
}
function add(a: Rouge, b: Rouge) {
  a.r1 += b.r1;
  a.r2 += b.r2;
  a.rl += b.rl;
}
