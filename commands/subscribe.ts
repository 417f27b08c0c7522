import { resolveScope, parseTopics } from './subscription-target.ts';
import { topicTag } from './text.ts';
import type { Command } from './types.ts';

export const subscribe: Command = {
  name: 'subscribe',
  description: 'Post new stories on these topics here (default: triangle, every China–Russia–US story)',
  needsManage: true,
  args: [{ name: 'topics', description: 'Topics: china, russia, us, china-russia, china-us, russia-us, triangle', type: 'string', autocomplete: 'topic', rest: true }],
  async run(args, ctx) {
    const scope = await resolveScope(typeof args.topics === 'string' ? args.topics : undefined, ctx);
    const requested = scope.words.length ? parseTopics(scope.words) : (['triangle'] as const);
    const existing = await ctx.repos.subscriptions.get(scope.target);
    // A deactivated subscription (bot was kicked, then re-added) starts over with what was asked now.
    const kept = existing?.active ? existing.topics : [];
    const topics = [...new Set([...kept, ...requested])];
    await ctx.repos.subscriptions.put({
      ...(existing?.active ? existing : {}),
      target: scope.target,
      topics,
      active: true,
      createdAt: existing?.active ? existing.createdAt : ctx.now().toISOString(),
      createdBy: existing?.active ? existing.createdBy : ctx.user.id,
    });
    const added = requested.filter((t) => !kept.includes(t));
    const head = added.length
      ? `Subscribed ${scope.label} to ${added.map(topicTag).join(' ')}.`
      : `${scope.label[0].toUpperCase()}${scope.label.slice(1)} was already subscribed to ${requested.map(topicTag).join(' ')}.`;
    const where = scope.label.startsWith('@') ? `in ${scope.label}` : 'here';
    return { blocks: [{ type: 'text', text: `${head} New stories on ${topics.map(topicTag).join(' ')} will be posted ${where}.` }] };
  },
};
