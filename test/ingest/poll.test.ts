import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutletConfig } from '../../config/schema.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { enableSource, fetchArticleForItem, markSeen, pollSource, sourceIdOf } from '../../src/ingest/poll.ts';
import { createLogger } from '../../src/ops/logger.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, createRepositories, openStore, type Repositories } from '../../src/store/index.ts';
import { startOutletEmulator, type OutletEmulator } from '../emulators/outlets.ts';
import { emulatedOutlet } from './support.ts';

let outlets: OutletEmulator;
beforeAll(async () => {
  outlets = await startOutletEmulator();
});
afterAll(() => outlets.close());

/** A real pino logger writing into an array, so tests read what an admin would read. */
function createCapturingLogger() {
  const lines: { level: number; msg: string; [k: string]: unknown }[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}

let repos: Repositories;
let now: number;
let log: ReturnType<typeof createCapturingLogger>;
const fetcher = createFetcher({ politenessMs: 0 });
const deps = () => ({ fetcher, repos, logger: log.logger, now: () => now });

beforeEach(() => {
  repos = createRepositories(createMemoryStore());
  now = Date.UTC(2024, 2, 7, 12);
  log = createCapturingLogger();
});

function feedOutlet(path: string): OutletConfig {
  return emulatedOutlet('kompastv', outlets.url, [{ type: 'feed', url: path }]);
}

describe('pollSource', () => {
  it('records the items of a new source on its first poll and returns none', async () => {
    outlets.setFeedItems('/p1.xml', [{ title: 'Satu', link: '/a/1', guid: 'g1' }, { title: 'Dua', link: '/a/2', guid: 'g2' }]);
    const outlet = feedOutlet('/p1.xml');
    const first = await pollSource(outlet, outlet.sources[0]!, deps());
    expect(first).toEqual({ status: 'first-poll', items: [] });
    const state = await repos.sources.get(sourceIdOf(outlet, outlet.sources[0]!));
    expect(state.initialized).toBe(true);
    expect(await repos.seen.hasMany(sourceIdOf(outlet, outlet.sources[0]!), ['g1', 'g2'])).toEqual([true, true]);
  });

  it('returns a new item on the next poll, again until it is marked seen, then answers 304', async () => {
    outlets.setFeedItems('/p2.xml', [{ title: 'Lama', link: '/a/lama', guid: 'lama' }]);
    const outlet = feedOutlet('/p2.xml');
    const source = outlet.sources[0]!;
    await pollSource(outlet, source, deps());

    outlets.addFeedItem('/p2.xml', { title: 'Baru', link: '/a/baru?utm_source=rss', guid: 'baru' });
    const second = await pollSource(outlet, source, deps());
    expect(second.status).toBe('new');
    expect(second.items.map((i) => [i.key, i.url])).toEqual([['baru', `${outlets.url}/a/baru`]]);

    // Not marked seen (say the process crashed mid-item): the next poll offers it again.
    const third = await pollSource(outlet, source, deps());
    expect(third.items.map((i) => i.key)).toEqual(['baru']);

    await markSeen(repos, sourceIdOf(outlet, source), 'baru');
    const fourth = await pollSource(outlet, source, deps());
    expect(fourth).toEqual({ status: 'new', items: [] });
    const fifth = await pollSource(outlet, source, deps());
    expect(fifth.status).toBe('not-modified');
    expect(outlets.lastRequest('/p2.xml')?.['if-none-match']).toBeTruthy();
  });

  it('discovers new links on an index page', async () => {
    const page = (links: string[]) => `<html><body>${links.map((l) => `<a class="judul" href="${l}">Judul berita ${l}</a>`).join('')}</body></html>`;
    outlets.setPage('/idx', page(['/berita/1']));
    const outlet = emulatedOutlet('prmn', outlets.url, [{ type: 'index', url: '/idx', links: 'a.judul' }]);
    const source = outlet.sources[0]!;
    expect((await pollSource(outlet, source, deps())).status).toBe('first-poll');
    outlets.setPage('/idx', page(['/berita/2', '/berita/1']));
    const next = await pollSource(outlet, source, deps());
    expect(next.items.map((i) => i.url)).toEqual([`${outlets.url}/berita/2`]);
  });

  it('records a malformed feed as a failure of that source only', async () => {
    outlets.setFeedItems('/ok.xml', [{ title: 'Satu', link: '/a/1', guid: 'g1' }]);
    const outlet = emulatedOutlet('kompastv', outlets.url, [{ type: 'feed', url: '/malformed.xml' }, { type: 'feed', url: '/ok.xml' }]);
    const [bad, good] = outlet.sources as [OutletConfig['sources'][0], OutletConfig['sources'][0]];
    const badResult = await pollSource(outlet, bad, deps());
    expect(badResult.status).toBe('failed');
    expect(badResult.error).toMatch(/malformed feed at .*\/malformed.xml/);
    const badState = await repos.sources.get(sourceIdOf(outlet, bad));
    expect(badState).toMatchObject({ consecutiveFailures: 1, lastError: badResult.error });
    expect(badState.nextPollAfter).toBeGreaterThan(now);

    expect((await pollSource(outlet, good, deps())).status).toBe('first-poll');
    expect((await repos.sources.get(sourceIdOf(outlet, good))).consecutiveFailures).toBe(0);
  });

  it('backs off exponentially, then disables the source with an actionable log line, until re-enabled', async () => {
    outlets.setFeedItems('/flaky.xml', [{ title: 'Satu', link: '/a/1', guid: 'g1' }]);
    outlets.setFailure('/flaky.xml', 500);
    const outlet = feedOutlet('/flaky.xml');
    const source = outlet.sources[0]!;
    const id = sourceIdOf(outlet, source);
    const d = { ...deps(), maxFailures: 4, backoffBaseMs: 1000 };
    const delays: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const result = await pollSource(outlet, source, d);
      expect(result.status).toBe('failed');
      const state = await repos.sources.get(id);
      if (i < 4) {
        delays.push(state.nextPollAfter! - now);
        expect((await pollSource(outlet, source, d)).status).toBe('skipped');
        now = state.nextPollAfter!;
      }
    }
    expect(delays).toEqual([1000, 2000, 4000]);
    expect((await repos.sources.get(id)).disabled).toBe(true);
    const hitsBefore = outlets.hits('/flaky.xml');
    expect((await pollSource(outlet, source, d)).status).toBe('disabled');
    expect(outlets.hits('/flaky.xml')).toBe(hitsBefore);

    const error = log.lines.find((l) => l.level === 50);
    expect(error?.msg).toContain('source disabled after 4 consecutive failures');
    expect(error?.msg).toContain('outlet "kompastv"');
    expect(error?.msg).toContain(`${outlets.url}/flaky.xml`);
    expect(error?.msg).toContain(`kabar sources enable "${id}"`);

    outlets.setFailure('/flaky.xml', undefined);
    await enableSource(repos, id);
    expect((await pollSource(outlet, source, d)).status).toBe('first-poll');
  });
});

describe('pollSource on the sqlite store', () => {
  it('remembers a source\'s first poll and its seen items across a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kabar-poll-')), 'kabar.sqlite');
    outlets.setFeedItems('/restart.xml', [{ title: 'Lama', link: '/a/lama', guid: 'lama' }]);
    const outlet = feedOutlet('/restart.xml');
    const source = outlet.sources[0]!;

    const before = await openStore(`sqlite://${file}`);
    const d1 = { ...deps(), repos: createRepositories(before) };
    expect((await pollSource(outlet, source, d1)).status).toBe('first-poll');
    await before.close();

    outlets.addFeedItem('/restart.xml', { title: 'Baru', link: '/a/baru', guid: 'baru' });
    const after = await openStore(`sqlite://${file}`);
    const d2 = { ...deps(), repos: createRepositories(after) };
    const result = await pollSource(outlet, source, d2);
    expect(result.items.map((i) => i.key)).toEqual(['baru']);
    await after.close();
  });
});

describe('fetchArticleForItem', () => {
  it('extracts the page behind a feed item, with the item\'s image when the page has none', async () => {
    const outlet = feedOutlet('/kompastv/rss.xml');
    const article = await fetchArticleForItem(
      outlet,
      { key: 'k', url: `${outlets.url}/kompastv/internasional/501234/menlu-china-ajak-rusia`, title: 'Judul dari feed' },
      { fetcher },
    );
    expect(article.title).toBe('Menlu China Ajak Rusia Perkuat Koordinasi Hadapi Tekanan AS');
    expect(article.outletId).toBe('kompastv');
    expect(article.dateline).toBe('Beijing');
    expect(article.paragraphs.length).toBeGreaterThan(3);
  });

  it('falls back to the feed\'s content:encoded when the page cannot be fetched', async () => {
    const outlet = feedOutlet('/kompastv/rss.xml');
    const article = await fetchArticleForItem(
      outlet,
      {
        key: 'hilang',
        url: `${outlets.url}/status/404`,
        title: 'Judul dari Feed',
        publishedAt: '2024-03-07T01:00:00.000Z',
        contentHtml: '<p>MOSKOW, KOMPAS.TV - Isi lengkap dari feed tentang pertemuan kedua menteri luar negeri.</p><p>Baca Juga: Sesuatu yang Lain</p><p>Paragraf kedua dari feed.</p>',
      },
      { fetcher },
    );
    expect(article.title).toBe('Judul dari Feed');
    expect(article.publishedAt).toBe('2024-03-07T01:00:00.000Z');
    expect(article.dateline).toBe('Moskow');
    expect(article.paragraphs).toEqual(['Isi lengkap dari feed tentang pertemuan kedua menteri luar negeri.', 'Paragraf kedua dari feed.']);
  });

  it('fails with the fetch error when the page fails and the feed has no text', async () => {
    await expect(fetchArticleForItem(feedOutlet('/x.xml'), { key: 'x', url: `${outlets.url}/status/404` }, { fetcher })).rejects.toThrow(/HTTP 404/);
  });
});
