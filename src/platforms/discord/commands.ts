import {
  ApplicationCommandType,
  InteractionContextType,
  ApplicationIntegrationType,
  PermissionFlagsBits,
  REST,
  Routes,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { commands as allCommands } from '../../../commands/index.ts';
import type { Command } from '../../../commands/types.ts';
import { planOptions } from './options.ts';

/** Telegram conventions that Discord users do not expect as slash commands. */
const TELEGRAM_ONLY = new Set(['start']);

/** The commands served on Discord: the shared registry minus Telegram's /start. */
export function discordCommands(list: Command[] = allCommands): Command[] {
  return list.filter((c) => !TELEGRAM_ONLY.has(c.name));
}

const cut = (s: string, n: number) => ([...s].length <= n ? s : `${[...s].slice(0, n - 1).join('')}…`);

/**
 * Slash-command definitions from the neutral registry: options with choices, autocomplete and
 * integer bounds; commands that change subscriptions default to members with Manage Channels.
 */
export function toDiscordCommands(list: Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return list.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: cut(command.description, 100),
    options: planOptions(command).options,
    // Server channels only: subscriptions are per channel, and a DM has nobody to post for.
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    ...(command.needsManage ? { default_member_permissions: PermissionFlagsBits.ManageChannels.toString() } : {}),
  }));
}

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** REST base (DISCORD_API_ROOT), e.g. http://127.0.0.1:PORT/api; the public API when absent. */
  apiRoot?: string;
  /** Registers in one guild (instant) instead of globally. */
  guildId?: string;
}

/** Bulk-overwrites the application's slash commands (global, or one guild's); returns how many Discord now has. */
export async function registerCommands(opts: RegisterOptions): Promise<number> {
  const rest = new REST({ ...(opts.apiRoot ? { api: opts.apiRoot } : {}) }).setToken(opts.token);
  const body: RESTPostAPIApplicationCommandsJSONBody[] = toDiscordCommands(discordCommands());
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId) : Routes.applicationCommands(opts.applicationId);
  // Guild commands take no contexts/integration types (they only exist in that guild).
  const payload = opts.guildId ? body.map(({ contexts: _c, integration_types: _i, ...rest }) => rest) : body;
  const saved = (await rest.put(route, { body: payload })) as unknown[];
  return saved.length;
}
