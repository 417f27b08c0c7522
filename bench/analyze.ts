// `npm run bench:analyze`: articles per second through sentences → relevance → quotes → summary →
// clustering on corpus articles, on one core, against a naive peer measured in the same run.
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/analysis/knowledge.ts';
import { splitSentences } from '../src/analysis/sentences.ts';
import { scoreRelevance } from '../src/analysis/relevance.ts';
import { extractQuotes } from '../src/analysis/quotes.ts';
import { summarize } from '../src/analysis/summarize.ts';
import { findSameStory, textSignature } from '../src/analysis/cluster.ts';
import { CORPUS, hasCorpus, loadGikirima, type CorpusArticle } from '../eval/analysis/corpus.ts';

if (!hasCorpus()) {
  console.log(`bench:analyze: skipped — no corpus at ${CORPUS}`);
  process.exit(0);
}

const LIMIT = Number(process.argv[2]) || 2000;
const articles: CorpusArticle[] = [...loadGikirima().values()].filter((a) => a.paragraphs.join(' ').length >= 400).slice(0, LIMIT);
const k = loadKnowledge();
/** Like the pipeline: each article is compared with the last 300 stories. */
const WINDOW = 300;

function kabar(list: CorpusArticle[]): number {
  const recent: { signature: number[] }[] = [];
  let found = 0;
  for (const a of list) {
    for (const p of a.paragraphs) found += splitSentences(p).length;
    const r = scoreRelevance(a, k);
    const q = extractQuotes(a, k);
    const s = summarize(a);
    const signature = textSignature([a.title, ...a.paragraphs].join('\n'));
    if (findSameStory(signature, recent)) found++;
    recent.push({ signature });
    if (recent.length > WINDOW) recent.shift();
    found += r.principal.length + q.quotes.length + s.sentences.length;
  }
  return found;
}

const NAIVE_COUNTRY = /China|Tiongkok|Rusia|Amerika Serikat|\bAS\b/g;
const NAIVE_QUOTE = /["“][^"”]{10,}["”]/g;
/** The peer: regex sentences, LEAD-3, keyword counts and regex quotes — what a first script would do. */
function naive(list: CorpusArticle[]): number {
  let found = 0;
  for (const a of list) {
    const text = a.paragraphs.join('\n');
    const sentences = text.split(/(?<=[.!?])\s+/);
    found += sentences.slice(0, 3).length + (text.match(NAIVE_COUNTRY)?.length ?? 0) + (text.match(NAIVE_QUOTE)?.length ?? 0);
  }
  return found;
}

function rate(fn: (l: CorpusArticle[]) => number): number {
  fn(articles.slice(0, 200)); // warm-up: JIT and regex caches
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn(articles);
    runs.push(articles.length / ((performance.now() - t) / 1000));
  }
  return runs.sort((a, b) => a - b)[1]!;
}

const ours = rate(kabar);
const peer = rate(naive);
const chars = articles.reduce((n, a) => n + a.paragraphs.join(' ').length, 0) / articles.length;
console.log(`bench:analyze on ${articles.length} gikirima articles (mean ${Math.round(chars)} chars), one core, median of 3 runs`);
console.log(`  kabar (sentences → relevance → quotes → summary → clustering)  ${ours.toFixed(0)} articles/s   target ≥200  ${ours >= 200 ? 'ok' : 'MISSED'}`);
console.log(`  naive peer (regex split, LEAD-3, keyword and quote regexes)      ${peer.toFixed(0)} articles/s`);
console.log(`  ratio kabar / peer                                               ${(ours / peer).toFixed(3)}`);
