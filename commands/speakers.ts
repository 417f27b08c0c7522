import { displayName, findSpeakers, type SpeakerEntry } from './speakers-lookup.ts';
import { normalizeName } from './text.ts';
import type { Command } from './types.ts';

const MAX_LISTED = 25;

export const speakers: Command = {
  name: 'speakers',
  description: 'People kabar has quoted, optionally matching a name',
  args: [{ name: 'query', description: 'Part of a name', type: 'string', autocomplete: 'speaker', rest: true }],
  async run(args, ctx) {
    const all = (await ctx.repos.speakers.list()) as SpeakerEntry[];
    const query = typeof args.query === 'string' ? args.query : '';
    let shown: SpeakerEntry[];
    if (query) {
      const q = normalizeName(query);
      const found = findSpeakers(query, all);
      const containing = all.filter((e) => e.names.some((n) => normalizeName(n).includes(q)));
      shown = [...new Map([...found.matches, ...containing, ...found.suggestions].map((e) => [e.slug, e])).values()];
    } else {
      shown = [...all].sort((a, b) => displayName(a).localeCompare(displayName(b)));
    }
    if (!shown.length) {
      return { blocks: [{ type: 'text', text: query ? `Nobody quoted matches “${query.slice(0, 60)}”.` : 'Nobody has been quoted yet.' }] };
    }
    const page = shown.slice(0, MAX_LISTED);
    const details = await Promise.all(page.map((e) => ctx.repos.speakers.get(e.slug)));
    return {
      blocks: [
        { type: 'heading', text: query ? `Speakers matching “${query.slice(0, 60)}”` : 'Speakers' },
        {
          type: 'list',
          items: page.map((e, i) => ({ text: `${displayName(e)} — /quotes ${e.slug}`, ...(details[i]?.role ? { detail: details[i]!.role } : {}) })),
        },
        ...(shown.length > page.length ? [{ type: 'text' as const, text: `…and ${shown.length - page.length} more. Add part of a name to narrow the list.` }] : []),
      ],
    };
  },
};
