import type { Speaker } from '../domain/analysis.ts';
import type { KV } from './kv.ts';
import { createSerial } from './serial.ts';

/** Speakers by slug, plus one index of every slug and its names for search and autocomplete. */
export function createSpeakerRepo(kv: KV) {
  type Entry = { slug: string; names: string[] };
  let cache: Entry[] | undefined;
  const serial = createSerial();
  async function index(): Promise<Entry[]> {
    cache ??= (await kv.get<Entry[]>('index')) ?? [];
    return cache;
  }
  return {
    get: (slug: string) => kv.get<Speaker>(`speaker:${slug}`),
    /** Adds the speaker, or merges new aliases into the stored one. */
    upsert(speaker: Speaker): Promise<void> {
      const work = async () => {
        const existing = await kv.get<Speaker>(`speaker:${speaker.slug}`);
        const merged: Speaker = existing
          ? { ...existing, aliases: [...new Set([...existing.aliases, ...speaker.aliases])], role: existing.role ?? speaker.role }
          : speaker;
        if (existing && merged.aliases.length === existing.aliases.length && merged.role === existing.role) return;
        await kv.set(`speaker:${speaker.slug}`, merged);
        cache = (await kv.get<Entry[]>('index')) ?? [];
        const entry = { slug: merged.slug, names: [merged.name, ...merged.aliases] };
        cache = [...cache.filter((e) => e.slug !== merged.slug), entry];
        await kv.set('index', cache);
      };
      return serial(work);
    },
    /** Every speaker's slug and names (for matching typed names and autocomplete). */
    list: index,
    /** Forgets the in-process copy of the index (another instance may have added speakers). */
    refresh() {
      cache = undefined;
    },
  };
}
export type SpeakerRepo = ReturnType<typeof createSpeakerRepo>;
