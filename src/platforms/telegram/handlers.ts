import type { Bot, Context } from 'grammy';
import { commands, findCommand, parseTelegramText, runCommand, unknownCommandReply } from '../../../commands/index.ts';
import type { Command, Reply } from '../../../commands/types.ts';
import { createTelegramCommandContext, targetOf, type TelegramCommandDeps } from './context.ts';
import { renderReplyHtml } from './render.ts';

/** The menu Telegram shows for "/" (setMyCommands): every command with its description. */
export function botCommandList(): { command: string; description: string }[] {
  return commands.map((c) => ({ command: c.name, description: c.description.slice(0, 256) }));
}

async function sendReply(ctx: Context, reply: Reply): Promise<void> {
  const replyTo = ctx.msg && ctx.chat?.type !== 'private' && ctx.chat?.type !== 'channel' ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {};
  for (const html of renderReplyHtml(reply)) {
    // ctx.reply keeps the forum topic of the command (message_thread_id) by itself.
    await ctx.reply(html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...replyTo });
  }
}

async function handle(ctx: Context, command: Command, deps: TelegramCommandDeps): Promise<void> {
  const started = performance.now();
  const log = deps.logger.child({ command: command.name, chatId: ctx.chat?.id, chatType: ctx.chat?.type });
  const raw = parseTelegramText(command, typeof ctx.match === 'string' ? ctx.match : '');
  const reply = await runCommand(command, raw, createTelegramCommandContext(ctx, deps), (err) => log.error({ err }, 'command failed'));
  await sendReply(ctx, reply);
  log.debug({ ms: Math.round(performance.now() - started) }, 'command answered');
}

/**
 * Serves every command of the registry in private chats, groups (forum topics included) and
 * channels, plus the service updates that change where posts go: a group migrated to a supergroup,
 * and the bot removed from a chat.
 */
export function registerTelegramHandlers(bot: Bot, deps: TelegramCommandDeps): void {
  for (const command of commands) bot.command(command.name, (ctx) => handle(ctx, command, deps));

  // A command nobody knows: answer in private chats and when addressed to us; in groups a bare
  // "/foo" may be meant for another bot.
  bot.on(':entities:bot_command', async (ctx) => {
    const text = ctx.msg?.text ?? '';
    const entity = ctx.msg?.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
    if (!entity) return;
    const [name, mention] = text.slice(1, entity.length).split('@');
    if (findCommand(name)) return;
    const forUs = mention ? mention.toLowerCase() === bot.botInfo.username.toLowerCase() : ctx.chat?.type === 'private';
    if (forUs) await sendReply(ctx, unknownCommandReply(name));
  });

  bot.on('message:migrate_to_chat_id', async (ctx) => {
    const to = String(ctx.msg.migrate_to_chat_id);
    await deps.repos.subscriptions.move(targetOf(ctx), { platform: 'telegram', chatId: to });
    deps.logger.info({ from: ctx.chat.id, to }, 'group migrated to a supergroup; subscription follows it');
  });

  bot.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status !== 'kicked' && status !== 'left') return;
    await deps.repos.subscriptions.deactivate({ platform: 'telegram', chatId: String(ctx.chat.id) }, `bot ${status}`);
    deps.logger.warn({ chatId: ctx.chat.id, status }, 'bot removed from a chat; its subscription is deactivated');
  });
}
