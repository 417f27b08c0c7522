import { UserError } from '../src/domain/errors.ts';
import { createHelpCommand } from './help.ts';
import { latest } from './latest.ts';
import { parseArgs, usageLine } from './parse.ts';
import { quotes } from './quotes.ts';
import { privateReply } from './reply.ts';
import { sources } from './sources.ts';
import { speakers } from './speakers.ts';
import { createStartCommand } from './start.ts';
import { subscribe } from './subscribe.ts';
import { subscriptions } from './subscriptions.ts';
import { editDistance } from './text.ts';
import type { Command, CommandContext, Reply } from './types.ts';
import { unsubscribe } from './unsubscribe.ts';

export type * from './types.ts';
export { parseArgs, parseTelegramText, usageLine, type ParseResult, type ParsedArgs } from './parse.ts';
export { suggest, type Suggestion } from './suggest.ts';
export { findSpeakers, type SpeakerEntry } from './speakers-lookup.ts';
export { resolveTopic } from './topics.ts';

/** The command list with one usage line each, shared by /start and /help. */
export function helpText(): string {
  return commands.map((c) => `${usageLine(c)} — ${c.description}`).join('\n');
}

/** Every command, in the order menus show them. Both platform adapters serve exactly this list. */
export const commands: Command[] = [
  createStartCommand(helpText),
  createHelpCommand(helpText),
  latest,
  quotes,
  speakers,
  subscribe,
  unsubscribe,
  subscriptions,
  sources,
];

/** The command with this name ("latest", "/latest" and "/latest@kabar_bot" all work). */
export function findCommand(name: string): Command | undefined {
  const bare = name.replace(/^\//, '').split('@')[0].toLowerCase();
  return commands.find((c) => c.name === bare);
}

/** The command a mistyped name most likely meant ("lates" → latest). */
export function suggestCommand(name: string): Command | undefined {
  const bare = name.replace(/^\//, '').split('@')[0].toLowerCase();
  const scored = commands
    .map((c) => ({ c, d: c.name.startsWith(bare) && bare.length >= 2 ? 0 : editDistance(bare, c.name, 3) }))
    .sort((a, b) => a.d - b.d);
  return scored[0] && scored[0].d <= 2 ? scored[0].c : undefined;
}

/** The polite reply to a command name nobody knows. */
export function unknownCommandReply(name: string): Reply {
  const guess = suggestCommand(name);
  return privateReply(`I don't know /${name.replace(/^\//, '').split('@')[0].slice(0, 40)}.${guess ? ` Did you mean ${usageLine(guess)}?` : ''} /help lists the commands.`);
}

export const GENERIC_FAILURE = 'Sorry, something went wrong on my side. Please try again in a minute.';

/**
 * The one error boundary for a command: validates the arguments, checks the right to manage the
 * chat, runs it. A user's mistake (bad argument, UserError) becomes a polite private reply; any
 * other error goes to `onError` (the adapter logs it with context) and the user gets a generic reply.
 */
export async function runCommand(
  command: Command,
  raw: Record<string, string | undefined>,
  ctx: CommandContext,
  onError?: (err: unknown) => void,
): Promise<Reply> {
  try {
    const parsed = parseArgs(command, raw);
    if (!parsed.ok) return privateReply(parsed.usage);
    if (command.needsManage && !(await ctx.canManage())) {
      return privateReply(`Sorry, only admins of this ${ctx.chatKind === 'channel' ? 'channel' : 'chat'} can use /${command.name} here.`);
    }
    return await command.run(parsed.args, ctx);
  } catch (err) {
    if (err instanceof UserError) return privateReply(err.message);
    onError?.(err);
    return privateReply(GENERIC_FAILURE);
  }
}
