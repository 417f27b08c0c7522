import { TOPICS } from '../src/domain/topics.ts';
import { displayName, findSpeakers, type SpeakerEntry } from './speakers-lookup.ts';
import { normalizeName } from './text.ts';
import type { ArgSpec, CommandContext } from './types.ts';

export interface Suggestion {
  /** What the user sees. */
  name: string;
  /** What is filled in. */
  value: string;
}

/** Discord shows at most 25 choices. */
const MAX = 25;

function speakerSuggestions(partial: string, entries: SpeakerEntry[]): Suggestion[] {
  const q = normalizeName(partial);
  const list = q
    ? (() => {
        const found = findSpeakers(partial, entries);
        const containing = entries.filter((e) => e.slug.includes(q.replace(/ /g, '-')) || e.names.some((n) => normalizeName(n).includes(q)));
        return [...new Map([...found.matches, ...containing, ...found.suggestions].map((e) => [e.slug, e])).values()];
      })()
    : [...entries].sort((a, b) => displayName(a).localeCompare(displayName(b)));
  return list.slice(0, MAX).map((e) => ({ name: displayName(e), value: e.slug }));
}

/**
 * Values to offer while a user types an argument (Discord autocomplete). For a list of topics only
 * the last word is completed, the earlier words kept.
 */
export async function suggest(partial: string, ctx: CommandContext, kind: NonNullable<ArgSpec['autocomplete']>): Promise<Suggestion[]> {
  const outlets = (p: string) =>
    ctx.outlets
      .filter((o) => !p || o.id.includes(normalizeName(p).replace(/ /g, '')) || normalizeName(o.name).includes(normalizeName(p)))
      .map((o) => ({ name: `${o.name} (outlet)`, value: o.id }));
  switch (kind) {
    case 'topic': {
      const words = partial.split(/\s+/);
      const last = normalizeName(words.pop() ?? '').replace(/ /g, '-');
      const before = words.filter(Boolean).join(' ');
      return TOPICS.filter((t) => t.startsWith(last) || (last && t.includes(last)))
        .map((t) => ({ name: before ? `${before} ${t}` : t, value: before ? `${before} ${t}` : t }))
        .slice(0, MAX);
    }
    case 'outlet':
      return outlets(partial).slice(0, MAX);
    case 'speaker':
      return speakerSuggestions(partial, (await ctx.repos.speakers.list()) as SpeakerEntry[]);
    case 'latest-filter': {
      const p = normalizeName(partial).replace(/ /g, '-');
      const topics = TOPICS.filter((t) => !p || t.startsWith(p) || t.includes(p)).map((t) => ({ name: `${t} (topic)`, value: t }));
      const speakers = partial ? speakerSuggestions(partial, (await ctx.repos.speakers.list()) as SpeakerEntry[]).map((s) => ({ ...s, name: `${s.name} (speaker)` })) : [];
      return [...topics, ...outlets(partial), ...speakers].slice(0, MAX);
    }
  }
}
