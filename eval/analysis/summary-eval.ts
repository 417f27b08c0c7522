import { leadSentences, summarize } from '../../src/analysis/summarize.ts';
import { loadIndosum } from './corpus.ts';
import { rouge, type Rouge } from './rouge.ts';

export interface SummaryFigures {
  articles: number;
  kabar: Rouge;
  lead3: Rouge;
  /** kabar's summary cut to LEAD-3's length in characters, to separate selection from length. */
  kabarSameLength: Rouge;
  meanChars: { kabar: number; lead3: number; reference: number };
}

/** ROUGE of kabar's summary and of LEAD-3 against IndoSum dev references, in one run. */
export function runSummaryEval(opts: { limit?: number } = {}): SummaryFigures {
  const sums = { kabar: zero(), lead3: zero(), same: zero() };
  const chars = { kabar: 0, lead3: 0, reference: 0 };
  const articles = [...loadIndosum().values()].slice(0, opts.limit);
  for (const { paragraphs, reference = '' } of articles) {
    const article = { title: '', paragraphs };
    const ours = summarize(article).text;
    const lead = leadSentences(article).join(' ');
    add(sums.kabar, rouge(ours, reference));
    add(sums.lead3, rouge(lead, reference));
    add(sums.same, rouge(ours.slice(0, lead.length), reference));
    chars.kabar += ours.length;
    chars.lead3 += lead.length;
    chars.reference += reference.length;
  }
  const n = articles.length;
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
