import { resolveScope } from './subscription-target.ts';
import { topicTag } from './text.ts';
import type { Command } from './types.ts';

export const subscriptions: Command = {
  name: 'subscriptions',
  description: 'What is posted here',
  args: [{ name: 'channel', description: 'Telegram: @channel to look at from a private chat', type: 'string' }],
  async run(args, ctx) {
    const scope = await resolveScope(typeof args.channel === 'string' ? args.channel : undefined, ctx);
    if (scope.words.length) return { blocks: [{ type: 'text', text: 'Usage: /subscriptions, or /subscriptions @channel from a private chat.' }], ephemeral: true };
    const sub = await ctx.repos.subscriptions.get(scope.target);
    if (!sub) return { blocks: [{ type: 'text', text: `No subscription for ${scope.label}. /subscribe starts one (default: every China–Russia–US story).` }] };
    const items = [{ text: `Topics: ${sub.topics.map(topicTag).join(' ') || 'none'}` }];
    if (sub.speakers?.length) items.push({ text: `Speakers: ${sub.speakers.join(', ')}` });
    if (sub.outlets?.length) items.push({ text: `Only from: ${sub.outlets.join(', ')}` });
    if (sub.keywords?.length) items.push({ text: `Keywords: ${sub.keywords.join(', ')}` });
    if (!sub.active) items.push({ text: `Paused: ${sub.inactiveReason ?? 'deactivated'}. /subscribe resumes it.` });
    return { blocks: [{ type: 'heading', text: `Subscription for ${scope.label}` }, { type: 'list', items }] };
  },
};
