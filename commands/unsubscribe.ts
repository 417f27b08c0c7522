import { resolveScope, parseTopics } from './subscription-target.ts';
import { topicTag } from './text.ts';
import type { Command } from './types.ts';

export const unsubscribe: Command = {
  name: 'unsubscribe',
  description: 'Stop posting these topics here (no topics: stop everything)',
  needsManage: true,
  args: [{ name: 'topics', description: 'Topics to drop; leave empty to stop all posts here', type: 'string', autocomplete: 'topic', rest: true }],
  async run(args, ctx) {
    const scope = await resolveScope(typeof args.topics === 'string' ? args.topics : undefined, ctx);
    const existing = await ctx.repos.subscriptions.get(scope.target);
    if (!existing?.active) return { blocks: [{ type: 'text', text: `${capitalise(scope.label)} has no subscription; nothing to stop.` }] };
    const drop = scope.words.length ? parseTopics(scope.words) : existing.topics;
    const topics = existing.topics.filter((t) => !drop.includes(t));
    if (!topics.length && !existing.speakers?.length) {
      await ctx.repos.subscriptions.delete(scope.target);
      return { blocks: [{ type: 'text', text: `Unsubscribed ${scope.label}: no more posts. /subscribe starts them again.` }] };
    }
    await ctx.repos.subscriptions.put({ ...existing, topics });
    const notThere = drop.filter((t) => !existing.topics.includes(t));
    return {
      blocks: [
        {
          type: 'text',
          text:
            `Stopped ${drop.filter((t) => existing.topics.includes(t)).map(topicTag).join(' ') || 'nothing'} for ${scope.label}. Still subscribed to ${topics.map(topicTag).join(' ') || 'followed speakers only'}.` +
            (notThere.length ? ` (${notThere.map(topicTag).join(' ')} was not subscribed.)` : ''),
        },
      ],
    };
  },
};

function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
