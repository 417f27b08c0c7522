import { UserError } from '../src/domain/errors.ts';
import type { Target } from '../src/domain/subscription.ts';
import type { Topic } from '../src/domain/topics.ts';
import { closeTopics, resolveTopic, TOPIC_LIST } from './topics.ts';
import type { CommandContext } from './types.ts';

/** A channel reference typed in a private chat: "@name" or a numeric chat id ("-100…"). */
const CHANNEL_REF = /^(@[A-Za-z][A-Za-z0-9_]{3,}|-100\d{5,})$/;

export interface SubscriptionScope {
  target: Target;
  /** How to name the target in a reply: "this chat" or "@channel". */
  label: string;
  words: string[];
}

/**
 * Works out which chat a subscription command is about. Normally the chat it was sent in (with its
 * forum topic); `/subscribe @channel` from a private chat names a channel, after checking that the
 * user administers it and the bot may post there.
 */
export async function resolveScope(text: string | undefined, ctx: CommandContext): Promise<SubscriptionScope> {
  const words = (text ?? '').split(/[\s,]+/).filter(Boolean);
  const here: SubscriptionScope = { target: ctx.target, label: ctx.chatKind === 'private' ? 'this chat' : ctx.target.threadId ? 'this topic' : `this ${ctx.chatKind === 'channel' ? 'channel' : 'chat'}`, words };
  if (!words.length || !CHANNEL_REF.test(words[0])) return here;
  const ref = words[0];
  if (!ctx.resolveChannel) throw new UserError(`Channel names like ${ref} work on Telegram only. Run the command in the channel itself.`);
  if (ctx.chatKind !== 'private') throw new UserError(`To manage ${ref}, send me this command in a private chat, or post it in ${ref} itself.`);
  const channel = await ctx.resolveChannel(ref);
  if (!channel) throw new UserError(`I can't find ${ref}. Add me to the channel as an admin, then try again.`);
  if (!channel.botCanPost) throw new UserError(`I can't post in ${ref} yet. Make me an admin there with the right to post messages.`);
  if (!channel.userIsAdmin) throw new UserError(`Only admins of ${ref} can change its subscriptions, and you are not one.`);
  return { target: channel.target, label: ref, words: words.slice(1) };
}

/** Reads typed topics (aliases allowed); an unknown one is a user error listing the valid ones. */
export function parseTopics(words: string[]): Topic[] {
  const topics: Topic[] = [];
  for (const word of words) {
    const topic = resolveTopic(word);
    if (!topic) {
      const close = closeTopics(word);
      throw new UserError(`“${word.slice(0, 40)}” is not a topic I know.${close.length ? ` Did you mean ${close.join(' or ')}?` : ''} Topics: ${TOPIC_LIST}.`);
    }
    if (!topics.includes(topic)) topics.push(topic);
  }
  return topics;
}
