// What translation costs per article: characters sent (title + summary sentences + the quotes a post
// carries) against a whole-body translation, on real corpus articles, through the real v2 client and the
// loopback emulator; then the same articles again, which must send nothing (the cache); then, as an
// upper bound, the cost if /quotes were asked for every other quote too.
//   npx tsx eval/translate-cost.ts [count]     (reads ../shared/corpus at run time; skips when absent)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { envSchema } from '../config/schema.ts';
import type { Article } from '../src/domain/article.ts';
import { analyzeArticle, loadKnowledge } from '../src/analysis/index.ts';
import { CONFIG_DIR, REPO_ROOT } from '../src/config.ts';
import { POSTED_QUOTES } from '../src/domain/post.ts';
import { quotesRequestFor, translationRequestFor } from '../src/pipeline/translate-story.ts';
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
  /** The share if /quotes later translated every quote a post left out (each is translated once, on demand). */
  everyQuoteRatio: number;
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
  const knowledge = loadKnowledge(CONFIG_DIR);
  const requests: TranslationRequest[] = [];
  const laterQuotes: TranslationRequest[] = [];
  let wholeBody = 0;
  for (const a of corpus) {
    const article = toArticle(a);
    const analysis = analyzeArticle(article, knowledge);
    requests.push(translationRequestFor({ title: article.title, ...analysis }));
    laterQuotes.push(quotesRequestFor(analysis.quotes.slice(POSTED_QUOTES), 'id'));
    // A whole-body translation would send the title and every paragraph.
    wholeBody += codePoints(article.title) + article.paragraphs.reduce((n, p) => n + codePoints(p), 0);
  }

  const emu = await startGoogleTranslateEmulator();
  try {
    const env = envSchema.parse({ GOOGLE_TRANSLATE_API_KEY: 'test-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: emu.url, KABAR_TRANSLATE_BUDGET: '100000000' });
    const translator = createTranslator(env, { kv: createMemoryStore().namespace('translate'), logger: createSilentLogger() });
    const run = async (list: TranslationRequest[]) => {
      let sent = 0;
      for (const req of list) {
        const r = await translator.translate(req);
        if (!r.ok) throw new Error(`translate-cost: ${r.reason}: ${r.message}`);
        sent += r.charactersSent;
      }
      return sent;
    };
    const firstRun = await run(requests);
    const secondRunChars = await run(requests);
    const laterChars = await run(laterQuotes);
    const n = Math.max(1, corpus.length);
    const report: TranslateCostReport = {
      articles: corpus.length,
      charsSentPerArticle: Math.round(firstRun / n),
      wholeBodyCharsPerArticle: Math.round(wholeBody / n),
      ratio: wholeBody ? firstRun / wholeBody : 0,
      secondRunChars,
      everyQuoteRatio: wholeBody ? (firstRun + laterChars) / wholeBody : 0,
    };
    log(`translate-cost on ${report.articles} China/Russia/US articles (gikirima 2025-06): title, summary and the ${POSTED_QUOTES} posted quotes`);
    log(`  characters sent per article      ${report.charsSentPerArticle}`);
    log(`  whole-body characters per article ${report.wholeBodyCharsPerArticle}`);
    log(`  ratio                            ${(report.ratio * 100).toFixed(2)}%   (target ≤ 30%)  ${report.ratio <= 0.3 ? 'ok' : 'MISSED'}`);
    log(`  second run characters sent       ${report.secondRunChars}   (target 0)  ${report.secondRunChars === 0 ? 'ok' : 'MISSED'}`);
    log(`  share if /quotes asked for every other quote ${(report.everyQuoteRatio * 100).toFixed(2)}%   (upper bound; each translated once, on demand)`);
    log(`  requests to the emulator         ${emu.requests.length}`);
    return report;
  } finally {
    await emu.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runTranslateCostEval(Number(process.argv[2]) || 100);
}
