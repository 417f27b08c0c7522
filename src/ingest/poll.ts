import type { OutletConfig, SourceConfig } from '../../config/schema.ts';
import type { DiscoveredItem } from '../domain/article.ts';
import type { Logger } from '../ops/logger.ts';
import type { Repositories } from '../store/index.ts';
import type { SourceState } from '../store/sources.ts';
import { parseFeed, parseIndexPage } from './discover.ts';
import type { Fetcher } from './fetcher.ts';

export { fetchArticleForItem, fetchArticle } from './fetch-article.ts';

export interface PollResult {
  /**
   * new: the source answered and `items` are the ones not yet marked seen (possibly none);
   * not-modified: 304; first-poll: items recorded, none returned; skipped: backing off;
   * failed: this poll failed (`error`); disabled: switched off after repeated failures.
   */
  status: 'new' | 'not-modified' | 'first-poll' | 'skipped' | 'failed' | 'disabled';
  /** New items only, as the source lists them (usually newest first); empty on the first poll. */
  items: DiscoveredItem[];
  error?: string;
}

export interface PollDeps {
  fetcher: Fetcher;
  repos: Pick<Repositories, 'sources' | 'seen'>;
  logger: Logger;
  now: () => number;
  /** Consecutive failures after which the source is disabled (default 8). */
  maxFailures?: number;
  /** First backoff delay; doubles with each failure up to `backoffMaxMs` (defaults 1 min and 6 h). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

/** The id a source's state and seen items are stored under. */
export function sourceIdOf(outlet: OutletConfig, source: SourceConfig): string {
  return `${outlet.id}:${source.url}`;
}

/**
 * Polls one feed or index page once. The first poll of a source records what is there and returns
 * nothing (no flood of old news). Later polls return the items not yet marked seen; the caller marks
 * each one with `markSeen` once it is fully processed, so an item is never lost to a crash.
 */
export async function pollSource(outlet: OutletConfig, source: SourceConfig, deps: PollDeps): Promise<PollResult> {
  const id = sourceIdOf(outlet, source);
  const state = await deps.repos.sources.get(id);
  const now = deps.now();
  if (state.disabled || !outlet.enabled) return { status: 'disabled', items: [] };
  if (state.nextPollAfter !== undefined && now < state.nextPollAfter) return { status: 'skipped', items: [] };
  state.lastPolledAt = new Date(now).toISOString();

  let items: DiscoveredItem[];
  let validators: { etag?: string; lastModified?: string };
  try {
    const res = await deps.fetcher.get(source.url, state.initialized ? { etag: state.etag, lastModified: state.lastModified } : {});
    if (res.status === 304) {
      await deps.repos.sources.put(succeeded(state, now));
      return { status: 'not-modified', items: [] };
    }
    items = source.type === 'feed' ? await parseFeed(res.text, res.url) : parseIndexPage(res.text, res.url, source.links, source.linkPattern);
    validators = { etag: res.etag, lastModified: res.lastModified };
  } catch (err) {
    return fail(outlet, source, state, err, deps);
  }

  if (!state.initialized) {
    for (const item of items) await deps.repos.seen.add(id, item.key);
    await deps.repos.sources.put({ ...succeeded(state, now), ...validators, initialized: true });
    deps.logger.info({ outlet: outlet.id, url: source.url, items: items.length }, 'first poll of source: items recorded, nothing posted');
    return { status: 'first-poll', items: [] };
  }

  const seen = await deps.repos.seen.hasMany(id, items.map((i) => i.key));
  const fresh = items.filter((_, i) => !seen[i]);
  // Validators are kept only once nothing is pending: while new items await processing the next poll
  // must fetch in full, or a 304 would hide items whose processing failed.
  const next = succeeded(state, now);
  if (fresh.length === 0) Object.assign(next, validators);
  else {
    delete next.etag;
    delete next.lastModified;
  }
  await deps.repos.sources.put(next);
  return { status: 'new', items: fresh };
}

/** Records that an item was fully handled; call it after processing, never before. */
export async function markSeen(repos: Pick<Repositories, 'seen'>, sourceId: string, itemKey: string): Promise<void> {
  await repos.seen.add(sourceId, itemKey);
}

/** Turns a disabled (or backing-off) source back on. */
export async function enableSource(repos: Pick<Repositories, 'sources'>, sourceId: string): Promise<void> {
  const state = await repos.sources.get(sourceId);
  await repos.sources.put({ ...state, disabled: false, consecutiveFailures: 0, nextPollAfter: undefined, lastError: undefined });
}

function succeeded(state: SourceState, now: number): SourceState {
  const next: SourceState = { ...state, consecutiveFailures: 0, lastSuccessAt: new Date(now).toISOString() };
  delete next.nextPollAfter;
  delete next.lastError;
  return next;
}

async function fail(outlet: OutletConfig, source: SourceConfig, state: SourceState, err: unknown, deps: PollDeps): Promise<PollResult> {
  const id = sourceIdOf(outlet, source);
  const message = err instanceof Error ? err.message : String(err);
  const failures = state.consecutiveFailures + 1;
  const maxFailures = deps.maxFailures ?? 8;
  const base = deps.backoffBaseMs ?? 60_000;
  const delay = Math.min(base * 2 ** (failures - 1), deps.backoffMaxMs ?? 6 * 3600_000);
  const next: SourceState = { ...state, consecutiveFailures: failures, lastError: message, nextPollAfter: deps.now() + delay };
  if (failures >= maxFailures) {
    next.disabled = true;
    deps.logger.error(
      { outlet: outlet.id, url: source.url, sourceId: id, failures, lastError: message },
      `source disabled after ${failures} consecutive failures: outlet "${outlet.id}" ${source.url} (last error: ${message}). ` +
        `Fix or remove it in the outlets file, then re-enable it with: kabar sources enable "${id}"`,
    );
  } else {
    deps.logger.warn({ outlet: outlet.id, url: source.url, failures, retryInMs: delay, err: message }, 'source poll failed; backing off');
  }
  await deps.repos.sources.put(next);
  return { status: 'failed', items: [], error: message };
}
