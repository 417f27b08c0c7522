import { Writable } from 'node:stream';
import type { OutletConfig } from '../../../config/schema.ts';
import { createLogger } from '../../../src/ops/logger.ts';
import { createDiscordPlatform, type DiscordPlatformOptions } from '../../../src/platforms/discord/client.ts';
import { registerCommands } from '../../../src/platforms/discord/commands.ts';
import { createMemoryStore, createRepositories, type Repositories } from '../../../src/store/index.ts';
import { ChannelKind, Perm, startDiscordEmulator, type DiscordEmulator, type DiscordEmulatorOptions, type InteractionInput } from '../../emulators/discord.ts';

export const OUTLETS: OutletConfig[] = [
  { id: 'kompastv', name: 'KompasTV', language: 'id', schedule: '*/5 * * * *', enabled: true, hosts: [], sources: [{ type: 'feed', url: 'https://www.kompas.tv/rss/internasional' }] },
  { id: 'cnnindonesia', name: 'CNN Indonesia', language: 'id', schedule: '*/5 * * * *', enabled: true, hosts: [], sources: [{ type: 'index', url: 'https://www.cnnindonesia.com/internasional', links: 'article a' }] },
];

export const GUILD = '800000000000000001';
/** One channel of each kind a subscription can name. */
export const CH = {
  text: '810000000000000001',
  announcement: '810000000000000002',
  forum: '810000000000000003',
  thread: '810000000000000004',
  doomed: '810000000000000005',
  locked: '810000000000000006',
} as const;

export function addTestGuild(emu: DiscordEmulator) {
  emu.addGuild({
    id: GUILD,
    name: 'Kabar readers',
    channels: [
      { id: CH.text, type: ChannelKind.text, name: 'berita' },
      { id: CH.announcement, type: ChannelKind.announcement, name: 'pengumuman' },
      { id: CH.forum, type: ChannelKind.forum, name: 'forum-berita' },
      { id: CH.thread, type: ChannelKind.publicThread, name: 'diskusi', parentId: CH.text },
      { id: CH.doomed, type: ChannelKind.text, name: 'lama' },
      { id: CH.locked, type: ChannelKind.text, name: 'redaksi', lockedForModerators: true },
    ],
  });
}

/** A logger whose JSON lines are kept for assertions. */
export function createCapturingLogger() {
  const lines: any[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination: destination as any }), lines };
}

export interface HarnessOptions {
  emulator?: DiscordEmulatorOptions;
  repos?: Repositories;
  /** Connect the gateway (commands); sends alone do not need it. */
  gateway?: boolean;
  emu?: DiscordEmulator;
  platform?: Partial<DiscordPlatformOptions>;
}

/** A Discord platform against an emulator and a memory store, commands registered in the test guild. */
export async function startHarness(options: HarnessOptions = {}) {
  const emu = options.emu ?? (await startDiscordEmulator(options.emulator));
  if (!options.emu) addTestGuild(emu);
  const repos = options.repos ?? createRepositories(createMemoryStore());
  const { logger, lines } = createCapturingLogger();
  const platform = createDiscordPlatform({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot, repos, outlets: OUTLETS, logger, ...options.platform });
  await registerCommands({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot, guildId: GUILD });
  if (options.gateway !== false) await platform.start();
  return {
    emu,
    repos,
    platform,
    logs: lines,
    /** Runs a slash command in a channel as a plain member, or with Manage Channels. */
    command(name: string, opts: Record<string, string | number> = {}, extra: Partial<InteractionInput> & { manager?: boolean } = {}) {
      const { manager, ...rest } = extra;
      return emu.sendInteraction({ kind: 'command', name, options: opts, guildId: GUILD, channelId: CH.text, ...(manager ? { permissions: Perm.ManageChannels } : {}), ...rest });
    },
    autocomplete(name: string, focused: string, opts: Record<string, string | number>) {
      return emu.sendInteraction({ kind: 'autocomplete', name, options: opts, focused, guildId: GUILD, channelId: CH.text });
    },
    async close(keepEmulator = false) {
      await platform.stop();
      if (!keepEmulator) await emu.close();
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** Text of what the user sees in an answer: embed titles, descriptions and fields. */
export function textOf(message: any): string {
  const embeds: any[] = message?.embeds ?? [];
  return [message?.content ?? '', ...embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value])])]
    .filter(Boolean)
    .join('\n')
    // Markdown escapes are invisible in Discord; compare what a reader sees.
    .replace(/\\([\\*_`~|\[\]>#-])/g, '$1');
}
