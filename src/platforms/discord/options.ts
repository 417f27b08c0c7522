import { ApplicationCommandOptionType, ChannelType, type APIApplicationCommandBasicOption } from 'discord.js';
import type { ArgSpec, Command } from '../../../commands/types.ts';
import { TOPICS } from '../../domain/topics.ts';

/** How many topic options a command that takes several topics gets (one choice list each). */
const TOPIC_SLOTS = 3;

const cut = (s: string, n: number) => ([...s].length <= n ? s : `${[...s].slice(0, n - 1).join('')}…`);

/** The option naming another channel than the one the command is typed in. */
export const CHANNEL_OPTION = 'channel';

/**
 * A channel picker for the subscription commands. It is how a forum is subscribed (no command can be
 * typed in a forum itself), and it stands in for Telegram's "@channel" argument.
 */
const channelPicker: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Channel,
  name: CHANNEL_OPTION,
  description: 'Another channel, thread or forum (a forum gets one post per story); default: here',
  required: false,
  channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum, ChannelType.PublicThread, ChannelType.AnnouncementThread],
};

/** One neutral argument and the Discord options that feed it. */
interface ArgPlan {
  arg: ArgSpec;
  options: APIApplicationCommandBasicOption[];
}

function planArg(arg: ArgSpec): ArgPlan {
  const description = cut(arg.description || arg.name, 100);
  if (arg.type === 'integer') {
    return {
      arg,
      options: [
        {
          type: ApplicationCommandOptionType.Integer,
          name: arg.name,
          description,
          required: !!arg.required,
          ...(arg.min !== undefined ? { min_value: arg.min } : {}),
          ...(arg.max !== undefined ? { max_value: arg.max } : {}),
        },
      ],
    };
  }
  // Topics are a fixed set of seven: Discord shows them as choices, one option per topic wanted.
  const choices = arg.choices ?? (arg.autocomplete === 'topic' ? TOPICS : undefined);
  if (choices?.length) {
    const list = choices.slice(0, 25).map((c) => ({ name: c, value: c }));
    const several = arg.rest && arg.autocomplete === 'topic';
    const base = several ? arg.name.replace(/s$/, '') : arg.name;
    const names = several ? Array.from({ length: TOPIC_SLOTS }, (_, i) => (i ? `${base}-${i + 1}` : base)) : [base];
    return {
      arg,
      options: names.map((name, i) => ({
        type: ApplicationCommandOptionType.String,
        name,
        description: i ? 'Another topic' : description,
        required: i === 0 && !!arg.required,
        choices: list,
      })),
    };
  }
  return {
    arg,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: arg.name,
        description,
        required: !!arg.required,
        max_length: 200,
        ...(arg.autocomplete ? { autocomplete: true } : {}),
      },
    ],
  };
}

/**
 * The Discord options of a command and the way back: `rawArgs` turns the option values a user sent
 * into the neutral raw arguments (several topic options joined into one `topics` value; the channel
 * picker is not an argument but changes the command's target), and
 * `argFor` names the neutral argument behind an option (for autocomplete).
 */
export function planOptions(command: Command) {
  // A neutral "channel" argument is Telegram's @channel reference; Discord gets a channel picker.
  const wantsPicker = !!command.needsManage || command.args.some((a) => a.name === CHANNEL_OPTION);
  const plans = command.args.filter((a) => a.name !== CHANNEL_OPTION).map(planArg);
  const all = [...plans.flatMap((p) => p.options), ...(wantsPicker ? [channelPicker] : [])];
  // Discord requires every required option before the optional ones.
  const options = [...all.filter((o) => o.required), ...all.filter((o) => !o.required)];
  return {
    options,
    rawArgs(values: Map<string, string | number | boolean>): Record<string, string | undefined> {
      const raw: Record<string, string | undefined> = {};
      for (const plan of plans) {
        const parts = plan.options.map((o) => values.get(o.name)).filter((v) => v !== undefined && v !== '');
        if (parts.length) raw[plan.arg.name] = parts.map(String).join(' ');
      }
      return raw;
    },
    argFor(optionName: string): ArgSpec | undefined {
      return plans.find((p) => p.options.some((o) => o.name === optionName))?.arg;
    },
  };
}
