import { createArticleRepo } from './articles.ts';
import type { Store } from './kv.ts';
import { createOutboxRepo } from './outbox.ts';
import { createSeenItemsRepo, createSourceStateRepo } from './sources.ts';
import { createSpeakerRepo } from './speakers.ts';
import { createStoryRepo } from './stories.ts';
import { createSubscriptionRepo } from './subscriptions.ts';

export type { Store, KV } from './kv.ts';
export { createMemoryStore, isClusterStore } from './kv.ts';
export { openStore, redactUrl } from './keyv-store.ts';

/** Every repository over one store, each in its own key namespace. */
export function createRepositories(store: Store) {
  return {
    sources: createSourceStateRepo(store.namespace('source')),
    seen: createSeenItemsRepo(store.namespace('seen')),
    articles: createArticleRepo(store.namespace('article')),
    stories: createStoryRepo(store.namespace('stories')),
    speakers: createSpeakerRepo(store.namespace('speakers')),
    subscriptions: createSubscriptionRepo(store.namespace('subs')),
    outbox: createOutboxRepo(store.namespace('outbox')),
    /** Raw namespaces for modules that own their own records (translation cache and budget). */
    kv: (name: string) => store.namespace(name),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
