import { MessageFlags, PermissionFlagsBits, type AutocompleteInteraction, type ChatInputCommandInteraction, type GuildBasedChannel, type Interaction } from 'discord.js';
import { runCommand, suggest } from '../../../commands/index.ts';
import type { Command, CommandContext, Reply } from '../../../commands/types.ts';
import type { OutletConfig } from '../../../config/schema.ts';
import type { Logger } from '../../ops/logger.ts';
import type { Repositories } from '../../store/index.ts';
import type { Translator } from '../../translate/translator.ts';
import { discordCommands } from './commands.ts';
import { CHANNEL_OPTION, planOptions } from './options.ts';
import { renderReply, type RenderedReply } from './render.ts';

/** After this long a command is deferred ("kabar is thinking…"); Discord drops answers after 3 s. */
export const DEFER_AFTER_MS = 1_500;
/** Autocomplete must answer within 3 s; an empty list beats none. */
const AUTOCOMPLETE_BUDGET_MS = 2_000;

export interface InteractionDeps {
  repos: Repositories;
  outlets: OutletConfig[];
  translator?: Translator;
  logger: Logger;
  now?: () => Date;
  /** How long a command may take before its answer is deferred (default 1.5 s). */
  deferAfterMs?: number;
}

/**
 * Whether the member may change subscriptions where the command points: Manage Channels where it
 * was typed (checked again here, since a server's admins can change default_member_permissions),
 * and, for a channel picked with the `channel` option, in that channel too.
 */
function canManage(interaction: ChatInputCommandInteraction | AutocompleteInteraction, picked: GuildBasedChannel | undefined): boolean {
  if (!interaction.guildId) return true;
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) return false;
  if (!picked || !interaction.member || !('permissionsFor' in picked)) return true;
  const member = interaction.guild?.members.resolve(interaction.user.id);
  return !!member && !!picked.permissionsFor(member)?.has(PermissionFlagsBits.ManageChannels);
}

function contextFor(interaction: ChatInputCommandInteraction | AutocompleteInteraction, deps: InteractionDeps, picked?: GuildBasedChannel): CommandContext {
  const inGuild = !!interaction.guildId;
  return {
    platform: 'discord',
    // A thread is a channel of its own in Discord: its id is the chat, and posts go straight to it.
    target: { platform: 'discord', chatId: picked?.id ?? interaction.channelId ?? interaction.user.id },
    chatKind: inGuild ? 'guild' : 'private',
    user: { id: interaction.user.id, name: interaction.user.username },
    canManage: async () => canManage(interaction, picked),
    repos: deps.repos,
    outlets: deps.outlets,
    ...(deps.translator ? { translator: deps.translator } : {}),
    now: deps.now ?? (() => new Date()),
  };
}

/** discord.js reply options: no pings, ephemeral when the reply is private. */
function replyOptions(r: RenderedReply) {
  return { embeds: r.embeds, allowedMentions: { parse: [] }, ...(r.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
}

/**
 * /help on Discord: the shared help text lists Telegram's /start and word-style usage; Discord
 * shows each option in its own picker, so the command names and descriptions are what help.
 */
function discordHelp(): Reply {
  return {
    blocks: [
      { type: 'heading', text: 'Commands' },
      { type: 'list', items: discordCommands().map((c) => ({ text: `/${c.name}`, detail: c.description })) },
    ],
  };
}

const refusal = (command: Command): Reply => ({
  ephemeral: true,
  blocks: [{ type: 'text', text: `Sorry, /${command.name} changes what this channel receives, so it needs the Manage Channels permission. Ask someone who has it, or a server admin.` }],
});

async function answerCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const log = deps.logger.child({ command: interaction.commandName, interactionId: interaction.id, guildId: interaction.guildId, channelId: interaction.channelId });
  const command = discordCommands().find((c) => c.name === interaction.commandName);
  const option = interaction.options.get(CHANNEL_OPTION);
  const picked = option ? (interaction.guild?.channels.resolve(String(option.value)) ?? undefined) : undefined;
  const ctx = contextFor(interaction, deps, picked ?? undefined);
  let work: Promise<Reply>;
  if (!command) {
    work = Promise.resolve({ ephemeral: true, blocks: [{ type: 'text', text: `I don't know /${interaction.commandName.slice(0, 40)} any more. /help lists the commands.` }] });
  } else if (command.name === 'help') {
    work = Promise.resolve(discordHelp());
  } else if (option && !picked) {
    work = Promise.resolve({ ephemeral: true, blocks: [{ type: 'text', text: 'Sorry, I can’t see that channel. Check that I have access to it, then try again.' }] });
  } else if (command.needsManage && !(await ctx.canManage())) {
    work = Promise.resolve(refusal(command));
  } else {
    const values = new Map(interaction.options.data.map((o) => [o.name, o.value as string | number | boolean]));
    const raw = planOptions(command).rawArgs(values);
    work = runCommand(command, raw, ctx, (err) => log.error({ err }, 'command failed'));
    // The neutral reply says "this chat"; name the picked channel so nobody wonders which one.
    if (picked && picked.id !== interaction.channelId) work = work.then((r) => ({ ...r, blocks: [{ type: 'text', text: `For <#${picked.id}>:` }, ...r.blocks] }));
  }
  // Most commands answer in milliseconds; a slow store gets a deferral so the interaction stays alive.
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), deps.deferAfterMs ?? DEFER_AFTER_MS);
  });
  const first = await Promise.race([work, slow]);
  clearTimeout(timer);
  if (first !== 'slow') {
    await interaction.reply(replyOptions(renderReply(first)));
    return;
  }
  await interaction.deferReply();
  const reply = await work;
  const rendered = renderReply(reply);
  if (reply.ephemeral) {
    // The deferral was public; a private answer replaces it as an ephemeral follow-up.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(replyOptions(rendered));
    return;
  }
  await interaction.editReply({ embeds: rendered.embeds, allowedMentions: { parse: [] } });
}

async function answerAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const command = discordCommands().find((c) => c.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const arg = command && planOptions(command).argFor(focused.name);
  if (!arg?.autocomplete) {
    await interaction.respond([]);
    return;
  }
  const budget = new Promise<[]>((resolve) => setTimeout(() => resolve([]), AUTOCOMPLETE_BUDGET_MS).unref());
  const found = await Promise.race([suggest(String(focused.value ?? ''), contextFor(interaction, deps), arg.autocomplete), budget]);
  const cut = (s: string) => ([...s].length <= 100 ? s : `${[...s].slice(0, 99).join('')}…`);
  // Values longer than 100 characters are refused by Discord; such a suggestion is dropped.
  const choices = found.filter((s) => s.value.length <= 100 && s.name).slice(0, 25).map((s) => ({ name: cut(s.name), value: s.value }));
  await interaction.respond(choices);
}

/**
 * The one error boundary for Discord interactions: slash commands run through the neutral
 * registry and autocomplete through its suggestions. Nothing thrown here reaches the client.
 */
export function createInteractionHandler(deps: InteractionDeps) {
  return async (interaction: Interaction): Promise<void> => {
    try {
      if (interaction.isChatInputCommand()) await answerCommand(interaction, deps);
      else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, deps);
    } catch (err) {
      deps.logger.error({ err, interactionId: interaction.id, type: interaction.type }, 'discord interaction failed');
      if (interaction.isChatInputCommand() && !interaction.replied && !interaction.deferred) {
        await interaction.reply({ content: 'Sorry, something went wrong on my side. Please try again in a minute.', flags: MessageFlags.Ephemeral }).catch(() => undefined);
      }
    }
  };
}
