import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../src/config.ts';
import type { Knowledge } from '../../src/analysis/knowledge.ts';
import { extractQuotes } from '../../src/analysis/quotes.ts';
import { wordsOf } from '../../src/analysis/text.ts';
import { getArticle } from './corpus.ts';

interface GoldQuote {
  start: string;
  end: string;
  speaker: string;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface QuoteFigures {
  articles: number;
  gold: number;
  predicted: number;
  span: PRF;
  spanSpeaker: PRF;
  /** The same per labelling round ("tuning", "late-labelled", "blind-q", …), in file order. */
  batches: { name: string; articles: number; gold: number; span: PRF; spanSpeaker: PRF }[];
  errors: string[];
}

/** Letters and digits only: outlets' glued words ("nuklirIran") must match kabar's unglued text, "orang-orang" IndoSum's "orang - orang". */
const norm = (s: string) => wordsOf(s).join('').replace(/-/g, '');
/** Words of a name with hyphens as spaces: "al-Issa" is "al - Issa" as IndoSum tokenised it. */
const nameWords = (s: string) => wordsOf(s.replace(/-/g, ' '));

/** Same person: one name's words all appear in the other's ("Putin" / "Vladimir Putin"), or same surname. */
export function sameSpeaker(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w)) || x[x.length - 1] === y[y.length - 1];
}

/** A body and its initials: "KNKT" / "Komite Nasional Keselamatan Transportasi". */
function initialsOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!/^\p{Lu}{3,6}$/u.test(short)) return false;
  const initials = long.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === short;
}

/** Two names config/people.json gives to one person ("AHY" / "Agus Harimurti Yudhoyono", "Gus Ipul" / "Saifullah Yusuf"). */
function samePersonKnown(a: string, b: string, k: Knowledge): boolean {
  const x = k.peopleByName.get(a.toLowerCase());
  return x !== undefined && x === k.peopleByName.get(b.toLowerCase());
}

function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Quote span and span+speaker precision/recall/F1 against eval/labels/quotes.json. */
export function runQuotesEval(k: Knowledge, file = resolve(REPO_ROOT, 'eval/labels/quotes.json')): QuoteFigures {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { articles: { source: string; id: string; batch?: string; holdout?: boolean; quotes: GoldQuote[] }[] };
  let gold = 0, predicted = 0, spanTp = 0, bothTp = 0, n = 0;
  const rounds = new Map<string, { n: number; gold: number; predicted: number; spanTp: number; bothTp: number }>();
  const errors: string[] = [];
  for (const entry of doc.articles) {
    const article = getArticle(entry.source, entry.id);
    if (!article) {
      errors.push(`${entry.id}: not in corpus`);
      continue;
    }
    n++;
    const quotes = extractQuotes(article, k).quotes;
    gold += entry.quotes.length;
    predicted += quotes.length;
    const before = { spanTp, bothTp };
    const used = new Set<number>();
    for (const g of entry.quotes) {
      const start = norm(g.start);
      const end = norm(g.end);
      const i = quotes.findIndex((q, qi) => !used.has(qi) && norm(q.text).includes(start) && norm(q.text).includes(end));
      if (i < 0) {
        errors.push(`${entry.id} missed: "${g.start} … ${g.end}" (${g.speaker})`);
        continue;
      }
      used.add(i);
      spanTp++;
      if (sameSpeaker(quotes[i]!.speaker, g.speaker) || samePersonKnown(quotes[i]!.speaker, g.speaker, k) || initialsOf(quotes[i]!.speaker, g.speaker)) bothTp++;
      else errors.push(`${entry.id} speaker: "${g.start} …" want ${g.speaker} got ${quotes[i]!.speaker}`);
    }
    quotes.forEach((q, qi) => {
      if (!used.has(qi)) errors.push(`${entry.id} extra: "${q.text.slice(0, 60)}…" (${q.speaker})`);
    });
    const name = entry.batch ?? (entry.holdout ? 'late-labelled' : 'tuning');
    const round = rounds.get(name) ?? { n: 0, gold: 0, predicted: 0, spanTp: 0, bothTp: 0 };
    rounds.set(name, round);
    round.n++;
    round.gold += entry.quotes.length;
    round.predicted += quotes.length;
    round.spanTp += spanTp - before.spanTp;
    round.bothTp += bothTp - before.bothTp;
  }
  return {
    articles: n,
    gold,
    predicted,
    span: prf(spanTp, predicted, gold),
    spanSpeaker: prf(bothTp, predicted, gold),
    batches: [...rounds].map(([name, r]) => ({ name, articles: r.n, gold: r.gold, span: prf(r.spanTp, r.predicted, r.gold), spanSpeaker: prf(r.bothTp, r.predicted, r.gold) })),
    errors,
  };
}
