import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/analysis/index.ts';
import { createRecordingPlatform } from '../../src/delivery/recording-platform.ts';
import { createDeliveryWorker } from '../../src/delivery/worker.ts';
import type { Article } from '../../src/domain/article.ts';
import { POSTED_QUOTES } from '../../src/domain/post.ts';
import { createSilentLogger } from '../../src/ops/logger.ts';
import { processArticle, type PipelineDeps } from '../../src/pipeline/process-article.ts';
import { createMemoryStore, createRepositories } from '../../src/store/index.ts';
import { createFakeTranslator } from '../../src/translate/translator.ts';
import { generateArticle } from '../support/articles.ts';

function article(id: string, outletId: string, title: string, paragraphs: string[]): Article {
  return { id, url: `https://${outletId}.example/${id}`, outletId, title, paragraphs, language: 'id', publishedAt: '2026-11-20T02:00:00.000Z', fetchedAt: '2026-11-20T02:05:00.000Z' };
}

function setup(failWith?: 'budget') {
  const repos = createRepositories(createMemoryStore());
  const platform = createRecordingPlatform('telegram');
  const translator = createFakeTranslator({ failWith });
  const logger = createSilentLogger();
  const worker = createDeliveryWorker({ repos, platforms: [platform], logger });
  const deps: PipelineDeps = { repos, knowledge: loadKnowledge(), translator, worker, logger, now: () => new Date('2026-11-20T03:00:00Z'), outletName: (id) => id.toUpperCase() };
  return { repos, platform, translator, worker, deps };
}

const generated = generateArticle(7);
const kompas = article('k7', 'kompastv', generated.title, generated.paragraphs.slice(0, 4).concat(generated.paragraphs.slice(5)));
// The same story as another outlet rewrote it: same facts and quote, other order and wording.
const rewrite = article('a7', 'antara', `${generated.title} menurut laporan`, [generated.paragraphs[2], generated.paragraphs[0].replace('KOMPAS.TV', 'ANTARA'), generated.paragraphs[3], generated.paragraphs[1]]);

describe('processArticle', () => {
  it('turns a relevant article into one translated story queued for every matching subscription', async () => {
    const { repos, platform, translator, worker, deps } = setup();
    await repos.subscriptions.put({ target: { platform: 'telegram', chatId: '1' }, topics: ['china-russia'], active: true, createdAt: 'x' });
    const result = await processArticle(kompas, deps);
    expect(result.outcome).toBe('new-story');
    if (result.outcome !== 'new-story') return;
    expect(result.targets).toBe(1);
    expect(result.story.english?.title).toMatch(/^\[en\] /);
    expect(result.story.quotes.length).toBeGreaterThan(0);
    expect(translator.requests[0].quotes).toEqual(result.story.quotes.slice(0, POSTED_QUOTES).map((q) => q.text));
    await worker.drain();
    expect(platform.sent).toHaveLength(1);
    expect(platform.sent[0].post.translated).toBe(true);
  });

  it('posts a quote once when the article prints it twice (a lead that quotes what the body quotes again)', async () => {
    const { repos, platform, worker, deps } = setup();
    await repos.subscriptions.put({ target: { platform: 'telegram', chatId: '1' }, topics: ['russia'], active: true, createdAt: 'x' });
    const quote = '“Kami tidak akan pernah menerima sanksi sepihak dari Amerika Serikat,” kata Lavrov.';
    const repeated = article('r1', 'kompastv', 'Lavrov: Rusia Tolak Sanksi Sepihak AS', [
      `MOSKOW, KOMPAS.TV - Menteri Luar Negeri Rusia Sergei Lavrov menolak sanksi baru Washington. ${quote}`,
      'Lavrov berbicara kepada wartawan di Moskow setelah bertemu utusan China, Senin (17/11/2025).',
      'Pemerintah AS pekan lalu mengumumkan sanksi baru terhadap bank-bank Rusia.',
      quote,
      '“Rusia akan menjawab dengan langkah yang setimpal,” tambahnya.',
    ]);
    const result = await processArticle(repeated, deps);
    expect(result.outcome).toBe('new-story');
    if (result.outcome !== 'new-story') return;
    expect(result.story.quotes.map((q) => q.text.slice(0, 20))).toEqual(['Kami tidak akan pern', 'Rusia akan menjawab ']);
    await worker.drain();
    expect(platform.sent[0]!.post.quotes).toHaveLength(2);
  });

  it('joins the same story from a second outlet instead of posting it again, keeping the quote once with both sources', async () => {
    const { repos, platform, worker, deps } = setup();
    await repos.subscriptions.put({ target: { platform: 'telegram', chatId: '1' }, topics: ['triangle', 'china-russia'], active: true, createdAt: 'x' });
    const first = await processArticle(kompas, deps);
    const second = await processArticle(rewrite, deps);
    expect(second.outcome).toBe('merged');
    if (second.outcome !== 'merged' || first.outcome !== 'new-story') return;
    expect(second.story.id).toBe(first.story.id);
    expect(second.story.sources.map((s) => s.outletId)).toEqual(['kompastv', 'antara']);
    const quote = second.story.quotes.find((q) => q.text.startsWith('Proyek'));
    expect(quote?.articleIds).toEqual(['k7', 'a7']);
    await worker.drain();
    expect(platform.sent).toHaveLength(1);
  });

  it('processing an article twice (a crash before it was marked seen) queues nothing new', async () => {
    const { repos, platform, worker, deps } = setup();
    await repos.subscriptions.put({ target: { platform: 'telegram', chatId: '1' }, topics: ['china'], active: true, createdAt: 'x' });
    await processArticle(kompas, deps);
    await worker.drain();
    const again = await processArticle(kompas, deps);
    expect(again.outcome).toBe('new-story');
    await worker.drain();
    expect(platform.sent).toHaveLength(1);
  });

  it('keeps an article that is not about China, Russia or the US out of stories', async () => {
    const { repos, deps } = setup();
    const local = article('l1', 'kompastv', 'Harga cabai di Pasar Induk Kramat Jati turun', [
      'JAKARTA, KOMPAS.com - Harga cabai rawit di Pasar Induk Kramat Jati turun menjadi Rp 40.000 per kilogram pada Senin pagi.',
      'Pedagang menyebut pasokan dari Jawa Tengah melimpah setelah panen raya.',
    ]);
    expect((await processArticle(local, deps)).outcome).toBe('irrelevant');
    expect(await repos.stories.latest({ limit: 5 })).toEqual([]);
  });

  it('over the translation budget, the story still goes out, marked untranslated', async () => {
    const { repos, platform, worker, deps } = setup('budget');
    await repos.subscriptions.put({ target: { platform: 'telegram', chatId: '1' }, topics: ['china'], active: true, createdAt: 'x' });
    const result = await processArticle(kompas, deps);
    expect(result.outcome === 'new-story' && result.story.untranslated).toBe('budget');
    await worker.drain();
    expect(platform.sent[0].post).toMatchObject({ translated: false, title: kompas.title });
  });
});
