import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutletEmulator } from '../emulators/outlets.ts';
import { generateArticle, rssFeed, type GeneratedArticle } from './articles.ts';

/**
 * One emulated KompasTV-style outlet whose feed grows as a test publishes articles, plus an outlets
 * file that points kabar at it with a one-second schedule.
 */
export function createGrowingOutlet(emulator: OutletEmulator, opts: { schedule?: string } = {}) {
  const published: { n: number; article: GeneratedArticle }[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'kabar-e2e-'));
  const outletsFile = join(dir, 'outlets.json');
  writeFileSync(
    outletsFile,
    JSON.stringify({
      outlets: [{ id: 'kompastv', name: 'KompasTV', language: 'id', schedule: opts.schedule ?? '* * * * * *', sources: [{ type: 'feed', url: `${emulator.url}/kompastv/rss` }] }],
    }),
  );
  const refresh = () => emulator.setFeed('/kompastv/rss', rssFeed(emulator.url, published));
  refresh();
  return {
    dir,
    outletsFile,
    published,
    /** Publishes article n: its page goes up, then the feed lists it. */
    publish(n: number): GeneratedArticle {
      const article = generateArticle(n, new Date(Date.now() - 60_000 + published.length));
      emulator.setPage(`/internasional/${n}/${article.slug}`, article.html);
      published.push({ n, article });
      refresh();
      return article;
    },
  };
}

/** How many times the console printed a post with exactly this title. */
export function countPosts(stdout: string, title: string): number {
  return stdout.split('\n').filter((line) => line === `━━ ${title}` || line === `━━ ${title}  [untranslated]`).length;
}
