import { storyToPost } from '../src/delivery/post.ts';
import { resolveStoryFilter } from './filters.ts';
import { postByline } from './reply.ts';
import type { Command } from './types.ts';

export const latest: Command = {
  name: 'latest',
  description: 'The newest stories, optionally for one topic, speaker or outlet',
  args: [
    { name: 'filter', description: 'A topic (russia, china-us, triangle…), a speaker or an outlet', type: 'string', autocomplete: 'latest-filter', rest: true },
    { name: 'n', description: 'How many stories (1–10, default 5)', type: 'integer', min: 1, max: 10 },
  ],
  async run(args, ctx) {
    const limit = typeof args.n === 'number' ? args.n : 5;
    const word = typeof args.filter === 'string' ? args.filter : undefined;
    const filter = word ? await resolveStoryFilter(word, ctx) : undefined;
    const stories = await ctx.repos.stories.latest({
      limit,
      ...(filter?.kind === 'topic' ? { topic: filter.topic } : {}),
      ...(filter?.kind === 'outlet' ? { outlet: filter.outlet } : {}),
      ...(filter?.kind === 'speaker' ? { speaker: filter.speaker } : {}),
    });
    const about = filter ? ` on ${filter.label}` : '';
    if (!stories.length) return { blocks: [{ type: 'text', text: `No stories${about} yet. New ones arrive every few minutes.` }] };
    const posts = stories.map(storyToPost);
    return {
      blocks: [
        { type: 'heading', text: `Latest${about}` },
        { type: 'list', items: posts.map((p) => ({ text: p.title, url: p.url, detail: postByline(p) })) },
      ],
    };
  },
};
