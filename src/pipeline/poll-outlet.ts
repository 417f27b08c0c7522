import type { OutletConfig } from '../../config/schema.ts';
import type { Fetcher } from '../ingest/fetcher.ts';
import { fetchArticleForItem, markSeen, pollSource } from '../ingest/poll.ts';
import type { DiscoveredItem } from '../domain/article.ts';
import { processArticle, type PipelineDeps } from './process-article.ts';

/** An item whose article keeps failing is given up after this many polls, with a log line. */
const MAX_ITEM_ATTEMPTS = 3;

export interface PollOutletDeps extends PipelineDeps {
  fetcher: Fetcher;
  /** Told about each new item once it is processed (`kabar poll --once` prints a line per article). */
  onArticle?: (event: { outletId: string; url: string; title: string; outcome: string; storyId?: string }) => void;
}

export interface PollOutletResult {
  outletId: string;
  newItems: number;
  stories: number;
  failedSources: number;
}

/**
 * Polls every source of one outlet and runs each new item through the pipeline. An item is marked
 * seen only after it is fully processed, so a crash or an error means it is tried again next poll.
 * One source or item failing never stops the others.
 */
export async function pollOutlet(outlet: OutletConfig, deps: PollOutletDeps): Promise<PollOutletResult> {
  const result: PollOutletResult = { outletId: outlet.id, newItems: 0, stories: 0, failedSources: 0 };
  for (const source of outlet.sources) {
    const polled = await pollSource(outlet, source, { fetcher: deps.fetcher, repos: deps.repos, logger: deps.logger, now: () => deps.now().getTime() });
    if (polled.status === 'failed') {
      result.failedSources++;
      deps.metrics?.sourcesFailed.inc({ outlet: outlet.id });
      continue;
    }
    if (polled.status !== 'skipped' && polled.status !== 'disabled') deps.metrics?.sourcesPolled.inc({ outlet: outlet.id });
    const sourceId = `${outlet.id}:${source.url}`;
    // Oldest first, so posts come out in the order the outlet published them.
    for (const item of [...polled.items].reverse()) {
      result.newItems++;
      if (await processItem(outlet, sourceId, item, deps)) result.stories++;
    }
  }
  return result;
}

async function processItem(outlet: OutletConfig, sourceId: string, item: DiscoveredItem, deps: PollOutletDeps): Promise<boolean> {
  const log = deps.logger.child({ outlet: outlet.id, url: item.url });
  try {
    const article = await fetchArticleForItem(outlet, item, { fetcher: deps.fetcher });
    const processed = await processArticle(article, deps);
    await markSeen(deps.repos, sourceId, item.key);
    deps.onArticle?.({ outletId: outlet.id, url: article.url, title: article.title, outcome: processed.outcome, ...('story' in processed ? { storyId: processed.story.id } : {}) });
    return processed.outcome === 'new-story';
  } catch (err) {
    const attemptsKv = deps.repos.kv('item-attempts');
    const key = `${sourceId}:${item.key}`;
    const attempts = ((await attemptsKv.get<number>(key)) ?? 0) + 1;
    if (attempts >= MAX_ITEM_ATTEMPTS) {
      log.error({ err: String(err), attempts }, 'article failed repeatedly; skipping it');
      await markSeen(deps.repos, sourceId, item.key);
      await attemptsKv.delete(key);
    } else {
      log.warn({ err: String(err), attempts }, 'article failed; will retry on the next poll');
      await attemptsKv.set(key, attempts, 7 * 24 * 3600_000);
    }
    return false;
  }
}
