import { GrammyError, type Api, type Context } from 'grammy';
import type { ChatKind, CommandContext } from '../../../commands/types.ts';
import type { OutletConfig } from '../../../config/schema.ts';
import type { Target } from '../../domain/subscription.ts';
import type { Logger } from '../../ops/logger.ts';
import type { Repositories } from '../../store/index.ts';
import type { Translator } from '../../translate/translator.ts';

/** Telegram's placeholder sender for anonymous group admins. */
const GROUP_ANONYMOUS_BOT = 1087968824;

export interface TelegramCommandDeps {
  api: Api;
  botId: () => number;
  repos: Repositories;
  outlets: OutletConfig[];
  translator?: Translator;
  logger: Logger;
}

/** Whether a getChatMember answer is an admin, and (for a channel) one who may post. */
function memberRights(member: { status: string; can_post_messages?: boolean }): { admin: boolean; canPost: boolean } {
  const admin = member.status === 'creator' || member.status === 'administrator';
  return { admin, canPost: member.status === 'creator' || (member.status === 'administrator' && member.can_post_messages !== false) };
}

/** Where a message was sent: the chat, and the forum topic when it is in one. */
export function targetOf(ctx: Context): Target {
  const msg = ctx.msg;
  const chatId = String(ctx.chat!.id);
  return msg?.is_topic_message && msg.message_thread_id !== undefined
    ? { platform: 'telegram', chatId, threadId: String(msg.message_thread_id) }
    : { platform: 'telegram', chatId };
}

function chatKindOf(ctx: Context): ChatKind {
  const type = ctx.chat?.type;
  return type === 'private' ? 'private' : type === 'channel' ? 'channel' : 'group';
}

/**
 * The neutral command context for one Telegram update. Admin rights are asked of Telegram only when
 * a command needs them, and errors there count as "not an admin" (fail closed).
 */
export function createTelegramCommandContext(ctx: Context, deps: TelegramCommandDeps): CommandContext {
  const chat = ctx.chat!;
  const kind = chatKindOf(ctx);
  const from = ctx.from;
  const log = deps.logger.child({ chatId: chat.id });
  return {
    platform: 'telegram',
    target: targetOf(ctx),
    chatKind: kind,
    user: from ? { id: String(from.id), name: from.username ?? from.first_name } : { id: `chat:${chat.id}`, name: 'channel' },
    async canManage() {
      if (kind === 'private') return true;
      // Only a channel's admins can post in it, so a command posted there comes from one.
      if (kind === 'channel') return true;
      // An anonymous admin writes as the group itself.
      if (ctx.msg?.sender_chat?.id === chat.id) return true;
      // Someone writing as another chat (a linked channel) is not known to be an admin here.
      if (!from || ctx.msg?.sender_chat || from.id === GROUP_ANONYMOUS_BOT) return false;
      try {
        return memberRights(await deps.api.getChatMember(chat.id, from.id)).admin;
      } catch (err) {
        log.warn({ err }, 'admin check failed; treating the user as not an admin');
        return false;
      }
    },
    async resolveChannel(ref) {
      if (!from) return undefined;
      let channel;
      try {
        channel = await deps.api.getChat(ref);
      } catch (err) {
        if (err instanceof GrammyError && err.error_code === 400) return undefined;
        throw err;
      }
      if (channel.type !== 'channel') return undefined;
      const target: Target = { platform: 'telegram', chatId: String(channel.id) };
      let botCanPost = false;
      try {
        botCanPost = memberRights(await deps.api.getChatMember(channel.id, deps.botId())).canPost;
      } catch (err) {
        if (!(err instanceof GrammyError)) throw err;
      }
      let userIsAdmin = false;
      try {
        userIsAdmin = memberRights(await deps.api.getChatMember(channel.id, from.id)).admin;
      } catch (err) {
        if (!(err instanceof GrammyError)) throw err;
      }
      return { target, userIsAdmin, botCanPost };
    },
    repos: deps.repos,
    outlets: deps.outlets,
    ...(deps.translator ? { translator: deps.translator } : {}),
    now: () => new Date(),
  };
}
