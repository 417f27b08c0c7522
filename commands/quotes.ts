import { UserError } from '../src/domain/errors.ts';
import type { Story } from '../src/domain/story.ts';
import { translateQuotes } from '../src/pipeline/translate-story.ts';
import type { Translator } from '../src/translate/translator.ts';
import { displayName, findSpeakers, type SpeakerEntry } from './speakers-lookup.ts';
import { formatTime } from './text.ts';
import type { Command, CommandContext, ReplyBlock } from './types.ts';

interface FoundQuote {
  text: string;
  /** Still in the article's language. */
  untranslated: boolean;
  speaker: string;
  role?: string;
  outlet: string;
  url: string;
  publishedAt: string;
}

/**
 * The speaker's quotes in a story, in English when they can be: a post carries only its first quotes
 * in English, so the others are translated now (and cached). One that cannot be stays in the
 * original, marked so a reader knows.
 */
async function quotesIn(story: Story, slug: string, translator: Translator | undefined): Promise<FoundQuote[]> {
  const indexes = story.quotes.flatMap((q, i) => (q.speakerSlug === slug ? [i] : []));
  const english = await translateQuotes(story, indexes, translator);
  return indexes.map((i, k) => {
    const q = story.quotes[i]!;
    const source = story.sources.find((s) => q.articleIds.includes(s.articleId)) ?? story.sources[0];
    return {
      text: english[k] ?? q.text,
      untranslated: english[k] === undefined,
      speaker: q.speaker,
      ...(q.role ? { role: q.role } : {}),
      outlet: source?.outletName ?? 'unknown outlet',
      url: source?.url ?? '',
      publishedAt: story.publishedAt,
    };
  });
}

/**
 * Picks one speaker among those sharing a typed surname ("wang"): the one quoted in the most recent
 * stories (the foreign minister over a spokesman), then the most recently quoted.
 */
async function pickSpeaker(matches: SpeakerEntry[], ctx: CommandContext): Promise<{ entry: SpeakerEntry; stories: Story[] }> {
  const candidates = matches.slice(0, 5);
  const recent = await Promise.all(candidates.map((c) => ctx.repos.stories.latest({ speaker: c.slug, limit: 20 })));
  const newest = (i: number) => recent[i][0]?.publishedAt ?? '';
  let best = 0;
  for (let i = 1; i < candidates.length; i++) {
    if (recent[i].length > recent[best].length || (recent[i].length === recent[best].length && newest(i) > newest(best))) best = i;
  }
  return { entry: candidates[best], stories: recent[best] };
}

export const quotes: Command = {
  name: 'quotes',
  description: 'What a person said recently, from the stories kabar read',
  args: [
    { name: 'speaker', description: 'A name, surname or slug: wang-yi, Wang Yi, wang', type: 'string', required: true, autocomplete: 'speaker', rest: true },
    { name: 'n', description: 'How many quotes (1–10, default 5)', type: 'integer', min: 1, max: 10 },
  ],
  async run(args, ctx) {
    const query = String(args.speaker);
    const limit = typeof args.n === 'number' ? args.n : 5;
    const found = findSpeakers(query, (await ctx.repos.speakers.list()) as SpeakerEntry[]);
    if (!found.matches.length) {
      const close = found.suggestions.map((s) => `${displayName(s)} (${s.slug})`);
      throw new UserError(
        `I have no quotes from “${query.slice(0, 60)}”.` + (close.length ? ` Did you mean: ${close.join(', ')}?` : ' /speakers lists everyone I have quoted.'),
      );
    }
    const { entry, stories } = await pickSpeaker(found.matches, ctx);
    const list: FoundQuote[] = [];
    // Story by story, so only the quotes shown are translated.
    for (const story of stories) {
      if (list.length >= limit) break;
      list.push(...(await quotesIn(story, entry.slug, ctx.translator)).slice(0, limit - list.length));
    }
    const others = found.matches.filter((m) => m.slug !== entry.slug).slice(0, 4);
    const blocks: ReplyBlock[] = [{ type: 'heading', text: `Quotes: ${displayName(entry)}` }];
    if (!list.length) blocks.push({ type: 'text', text: `No recent quotes from ${displayName(entry)}.` });
    else
      blocks.push({
        type: 'list',
        items: list.map((q) => ({
          text: `“${q.text}”${q.untranslated ? ' (untranslated)' : ''} — ${q.speaker}${q.role ? `, ${q.role}` : ''}`,
          url: q.url,
          detail: `${q.outlet} · ${formatTime(q.publishedAt)}`,
        })),
      });
    if (others.length) blocks.push({ type: 'text', text: `Also matching: ${others.map((o) => `${displayName(o)} (/quotes ${o.slug})`).join(', ')}` });
    return { blocks };
  },
};
