import { editDistance, normalizeName, typoBudget } from './text.ts';

/** One speaker as the speaker index lists it: slug plus full name and aliases. */
export interface SpeakerEntry {
  slug: string;
  names: string[];
}

export interface SpeakerMatch {
  /** Speakers the query names, best first; more than one when only a shared surname was typed. */
  matches: SpeakerEntry[];
  /** Close names for a query that matched nobody (typos, partial names). */
  suggestions: SpeakerEntry[];
}

/** Every normalised form a speaker may be typed as: slug, names, and each word of each name. */
function forms(entry: SpeakerEntry): { full: string[]; words: string[] } {
  const full = [...new Set([entry.slug.replace(/-/g, ' '), ...entry.names.map(normalizeName)].filter(Boolean))];
  const words = [...new Set(full.flatMap((f) => f.split(' ')).filter((w) => w.length > 1))];
  return { full, words };
}

/**
 * Finds the speaker a person typed: `wang-yi`, `Wang Yi`, `wang`, `Wáng Yì` all name Wang Yi.
 * Exact slug or full name wins; then a whole word of a name (a surname); then a prefix. A query
 * that matches nobody gets close names by edit distance.
 */
export function findSpeakers(query: string, entries: SpeakerEntry[]): SpeakerMatch {
  const q = normalizeName(query);
  if (!q) return { matches: [], suggestions: [] };
  const indexed = entries.map((entry) => ({ entry, ...forms(entry) }));
  const tiers: ((x: (typeof indexed)[number]) => boolean)[] = [
    (x) => x.full.includes(q),
    (x) => x.words.includes(q) || x.full.some((f) => f.split(' ').length > 1 && q.split(' ').every((w) => f.split(' ').includes(w))),
    (x) => x.full.some((f) => f.startsWith(q)) || (q.length >= 3 && x.words.some((w) => w.startsWith(q))),
  ];
  for (const tier of tiers) {
    const found = indexed.filter(tier).map((x) => x.entry);
    if (found.length) return { matches: found, suggestions: [] };
  }
  const budget = Math.max(1, typoBudget(q));
  const scored = indexed
    .map((x) => ({
      entry: x.entry,
      distance: Math.min(...[...x.full, ...x.words].map((f) => editDistance(q, f, budget + 1))),
    }))
    .filter((x) => x.distance <= budget)
    .sort((a, b) => a.distance - b.distance || a.entry.slug.localeCompare(b.entry.slug));
  return { matches: [], suggestions: scored.slice(0, 5).map((x) => x.entry) };
}

/** The name to show for a speaker entry (its first listed name, else its slug). */
export function displayName(entry: SpeakerEntry): string {
  return entry.names[0] ?? entry.slug;
}
