import type { OutletConfig } from '../config/schema.ts';
import { UserError } from '../src/domain/errors.ts';
import type { Topic } from '../src/domain/topics.ts';
import { displayName, findSpeakers, type SpeakerEntry } from './speakers-lookup.ts';
import { editDistance, normalizeName, topicTag, typoBudget } from './text.ts';
import { closeTopics, resolveTopic } from './topics.ts';
import type { CommandContext } from './types.ts';

export type StoryFilter =
  | { kind: 'topic'; topic: Topic; label: string }
  | { kind: 'outlet'; outlet: string; label: string }
  | { kind: 'speaker'; speaker: string; label: string };

const squash = (s: string) => normalizeName(s).replace(/ /g, '');

/** The outlet a typed word names: its id or its name, spaces and case ignored. */
export function findOutlet(word: string, outlets: OutletConfig[]): OutletConfig | undefined {
  const w = squash(word);
  return outlets.find((o) => o.id.replace(/-/g, '') === w || squash(o.name) === w);
}

function closeOutlets(word: string, outlets: OutletConfig[]): OutletConfig[] {
  const w = squash(word);
  const budget = Math.max(1, typoBudget(w));
  return outlets.filter((o) => o.id.startsWith(w) || editDistance(w, o.id.replace(/-/g, ''), budget) <= budget);
}

/**
 * Reads the one filter word of /latest: a topic first (with its Indonesian aliases), then an
 * outlet, then a speaker. Nothing found is the user's mistake: the error lists close matches.
 */
export async function resolveStoryFilter(word: string, ctx: CommandContext): Promise<StoryFilter> {
  const topic = resolveTopic(word);
  if (topic) return { kind: 'topic', topic, label: topicTag(topic) };
  const outlet = findOutlet(word, ctx.outlets);
  if (outlet) return { kind: 'outlet', outlet: outlet.id, label: outlet.name };
  const speakers = (await ctx.repos.speakers.list()) as SpeakerEntry[];
  const found = findSpeakers(word, speakers);
  if (found.matches.length) return { kind: 'speaker', speaker: found.matches[0].slug, label: displayName(found.matches[0]) };
  const close = [
    ...closeTopics(word),
    ...closeOutlets(word, ctx.outlets).map((o) => o.id),
    ...found.suggestions.map((s) => s.slug),
  ];
  throw new UserError(
    `I don't know “${word.slice(0, 60)}” as a topic, outlet or speaker.` +
      (close.length ? ` Did you mean: ${close.slice(0, 6).join(', ')}?` : ' Try /latest russia, /latest china-us or /speakers.'),
  );
}
