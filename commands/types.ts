import type { OutletConfig } from '../config/schema.ts';
import type { Post } from '../src/domain/post.ts';
import type { PlatformName, Target } from '../src/domain/subscription.ts';
import type { Repositories } from '../src/store/index.ts';
import type { Translator } from '../src/translate/translator.ts';

/** One argument of a command, described once for both platforms. */
export interface ArgSpec {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required?: boolean;
  min?: number;
  max?: number;
  /** Fixed values (Discord shows them as choices). */
  choices?: readonly string[];
  /** Values suggested as the user types (Discord autocomplete). */
  autocomplete?: 'speaker' | 'topic' | 'outlet' | 'latest-filter';
  /** On Telegram, takes the rest of the text (spaces allowed), e.g. a speaker's full name or several topics. */
  rest?: boolean;
}

export type ChatKind = 'private' | 'group' | 'channel' | 'guild';

/** Everything a command may use; the adapters fill it in per platform. */
export interface CommandContext {
  platform: PlatformName;
  /** Where the command was sent (chat/channel and forum topic/thread). */
  target: Target;
  chatKind: ChatKind;
  user: { id: string; name?: string };
  /** Whether the user may change this chat's subscriptions (admin / Manage Channels; anyone in a private chat). */
  canManage(): Promise<boolean>;
  /**
   * Telegram: resolves "@channel" for `/subscribe @channel` from a private chat, checking that the
   * user is an admin there and the bot may post. Absent on platforms without it.
   */
  resolveChannel?(ref: string): Promise<{ target: Target; userIsAdmin: boolean; botCanPost: boolean } | undefined>;
  repos: Repositories;
  outlets: OutletConfig[];
  /** Translates quotes a post did not carry when /quotes shows them; absent, they stay in the original. */
  translator?: Translator;
  now(): Date;
}

/** A platform-neutral reply; the platform renderers turn it into text, HTML or embeds. */
export type ReplyBlock =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'list'; items: { text: string; url?: string; detail?: string }[] }
  | { type: 'post'; post: Post };

export interface Reply {
  blocks: ReplyBlock[];
  /** A user's mistake or a private answer: Discord shows it only to the user. */
  ephemeral?: boolean;
}

export interface Command {
  name: string;
  description: string;
  args: ArgSpec[];
  /** Changes this chat's subscriptions: admins only outside private chats. */
  needsManage?: boolean;
  run(args: Record<string, string | number | undefined>, ctx: CommandContext): Promise<Reply>;
}
