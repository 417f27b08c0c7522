import type { Settings } from '../config.ts';
import { buildPipeline } from '../main.ts';
import type { Logger } from '../ops/logger.ts';
import { pollOutlet } from './poll-outlet.ts';

/**
 * `kabar poll --once`: polls every enabled source once and prints a line per new article. Stories
 * are queued in the outbox; `kabar run` delivers them.
 */
export async function pollOnceAndPrint(settings: Settings, logger: Logger, print: (line: string) => void): Promise<number> {
  const pipeline = await buildPipeline(settings, { logger });
  let failed = 0;
  try {
    const deps = {
      ...pipeline.deps,
      onArticle: (e: { outletId: string; url: string; title: string; outcome: string; storyId?: string }) =>
        print([e.outletId, e.outcome, e.storyId ?? '-', e.title, e.url].join('\t')),
    };
    for (const outlet of settings.outlets.filter((o) => o.enabled)) {
      const result = await pollOutlet(outlet, deps);
      failed += result.failedSources;
    }
  } finally {
    await pipeline.store.close();
  }
  return failed > 0 ? 1 : 0;
}
