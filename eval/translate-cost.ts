// What translation costs per article: characters sent (title + summary sentences + quotes) against a
// whole-body translation, on real corpus articles, through the real v2 client and the loopback emulator;
// then the same articles again, which must send nothing (the cache).
//   npx tsx eval/translate-cost.ts [count]     (reads ../shared/corpus at run time; skips when absent)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { envSchema } from '../config/schema.ts';
import type { Article } from '../src/domain/article.ts';
import { CONFIG_DIR, REPO_ROOT } from '../src/config.ts';
import { createSilentLogger } from '../src/ops/logger.ts';
import { createMemoryStore } from '../src/store/kv.ts';
import { createTranslator } from '../src/translate/index.ts';
import type { TranslationRequest } from '../src/translate/translator.ts';
import { codePoints } from '../src/translate/batch.ts';
import { startGoogleTranslateEmulator } from '../test/emulators/google-translate.ts';

export interface TranslateCostReport {
  articles: number;
  charsSentPerArticle: number;
  wholeBodyCharsPerArticle: number;
  /** charsSentPerArticle / wholeBodyCharsPerArticle; target ≤ 0.30. */
  ratio: number;
  /** Characters sent when the same articles are processed again; target 0. */
  secondRunChars: number;
  /** Which analysis produced summary and quotes (the real one, or a lead-3 fallback). */
  method: string;
}

const CORPUS = resolve(REPO_ROOT, '../shared/corpus/gikirima-indonews-rss-2025-06');

interface CorpusArticle {
  id: string;
  url: string;
  outlet: string;
  title: string;
  body: string;
}

/** The corpus articles that name two or more of China, Russia and the US (what kabar would translate). */
function loadArticles(limit: number): CorpusArticle[] {
  const wanted = new Set(
    readFileSync(join(CORPUS, 'candidates_2plus_countries.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[0])
      .filter(Boolean),
  );
  const out: CorpusArticle[] = [];
  for (const line of readFileSync(join(CORPUS, 'articles_merged.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as CorpusArticle;
    if (wanted.has(a.id) && a.title && a.body && a.body.length > 400) out.push(a);
    if (out.length >= limit) break;
  }
  return out;
}

type Analyse = (article: Article) => { summary: string[]; quotes: string[]; names: string[] };

/** The analysis module's own summary and quotes when it has them; else lead-3 sentences and its quote finder. */
async function loadAnalysis(): Promise<{ analyse: Analyse; method: string }> {
  const dir = resolve(REPO_ROOT, 'src/analysis');
  const load = async (file: string) => (existsSync(join(dir, file)) ? import(pathToFileURL(join(dir, file)).href).catch(() => undefined) : undefined);
  const index = await load('index.ts');
  if (index?.analyzeArticle && index?.loadKnowledge) {
    const k = index.loadKnowledge(CONFIG_DIR);
    return {
      method: 'analyzeArticle (summary + quotes)',
      analyse: (article) => {
        const a = index.analyzeArticle(article, k);
        return { summary: a.summary.sentences, quotes: a.quotes.map((q: { text: string }) => q.text), names: a.quotes.map((q: { speaker: string }) => q.speaker) };
      },
    };
  }
  const sentences = await load('sentences.ts');
  const quotes = await load('quotes.ts');
  const knowledge = await load('knowledge.ts');
  const k = knowledge?.loadKnowledge ? knowledge.loadKnowledge(CONFIG_DIR) : undefined;
  const split: (p: string) => string[] = sentences?.splitSentences ?? ((p: string) => p.split(/(?<=[.!?])\s+/));
  return {
    method: `lead-3 sentences${quotes?.extractQuotes && k ? ' + extractQuotes' : ', no quotes'} (src/analysis has no analyzeArticle yet)`,
    analyse: (article) => {
      const summary = article.paragraphs.flatMap(split).slice(0, 3);
      const found = quotes?.extractQuotes && k ? quotes.extractQuotes(article, k).quotes : [];
      return { summary, quotes: found.map((q: { text: string }) => q.text), names: found.map((q: { speaker: string }) => q.speaker) };
    },
  };
}

function toArticle(a: CorpusArticle): Article {
  return {
    id: a.id,
    url: a.url,
    outletId: a.outlet,
    title: a.title,
    language: 'id',
    paragraphs: a.body.split('\n').map((p) => p.trim()).filter(Boolean),
    fetchedAt: '2025-06-20T00:00:00Z',
  };
}

/** Runs the estimate; undefined (with a message) when ../shared is absent. */
export async function runTranslateCostEval(limit = 100, log: (line: string) => void = console.log): Promise<TranslateCostReport | undefined> {
  if (!existsSync(CORPUS)) {
    log(`translate-cost: skipped, no corpus at ${CORPUS}`);
    return undefined;
  }
  const corpus = loadArticles(limit);
  const { analyse, method } = await loadAnalysis();
  const requests: TranslationRequest[] = [];
  let wholeBody = 0;
  for (const a of corpus) {
    const article = toArticle(a);
    const { summary, quotes, names } = analyse(article);
    requests.push({ title: article.title, summary, quotes, sourceLanguage: 'id', names: [...new Set(names.filter(Boolean))] });
    // A whole-body translation would send the title and every paragraph.
    wholeBody += codePoints(article.title) + article.paragraphs.reduce((n, p) => n + codePoints(p), 0);
  }

  const emu = await startGoogleTranslateEmulator();
  try {
    const env = envSchema.parse({ GOOGLE_TRANSLATE_API_KEY: 'test-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: emu.url, KABAR_TRANSLATE_BUDGET: '100000000' });
    const translator = createTranslator(env, { kv: createMemoryStore().namespace('translate'), logger: createSilentLogger() });
    const run = async () => {
      let sent = 0;
      for (const req of requests) {
        const r = await translator.translate(req);
        if (!r.ok) throw new Error(`translate-cost: ${r.reason}: ${r.message}`);
        sent += r.charactersSent;
      }
      return sent;
    };
    const firstRun = await run();
    const secondRunChars = await run();
    const n = Math.max(1, corpus.length);
    const report: TranslateCostReport = {
      articles: corpus.length,
      charsSentPerArticle: Math.round(firstRun / n),
      wholeBodyCharsPerArticle: Math.round(wholeBody / n),
      ratio: wholeBody ? firstRun / wholeBody : 0,
      secondRunChars,
      method,
    };
    log(`translate-cost on ${report.articles} China/Russia/US articles (gikirima 2025-06), ${method}`);
    log(`  characters sent per article      ${report.charsSentPerArticle}`);
    log(`  whole-body characters per article ${report.wholeBodyCharsPerArticle}`);
    log(`  ratio                            ${(report.ratio * 100).toFixed(2)}%   (target ≤ 30%)  ${report.ratio <= 0.3 ? 'ok' : 'MISSED'}`);
    log(`  second run characters sent       ${report.secondRunChars}   (target 0)  ${report.secondRunChars === 0 ? 'ok' : 'MISSED'}`);
    log(`  requests to the emulator         ${emu.requests.length}`);
    return report;
  } finally {
    await emu.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runTranslateCostEval(Number(process.argv[2]) || 100);
}
