import { createTelegramPlatform, type TelegramPlatform } from '../../../src/platforms/telegram/bot.ts';
import { createSilentLogger } from '../../../src/ops/logger.ts';
import { createMemoryStore, createRepositories, type Repositories } from '../../../src/store/index.ts';
import type { OutletConfig } from '../../../config/schema.ts';
import { startTelegramEmulator, type RecordedMessage, type TelegramEmulator, type TelegramEmulatorOptions } from '../../emulators/telegram.ts';
import { makeStory } from '../../support/stories.ts';

export const OUTLETS: OutletConfig[] = [
  { id: 'kompastv', name: 'KompasTV', language: 'id', schedule: '*/5 * * * *', enabled: true, hosts: [], sources: [{ type: 'feed', url: 'https://www.kompas.tv/rss/internasional' }] },
  { id: 'cnnindonesia', name: 'CNN Indonesia', language: 'id', schedule: '*/5 * * * *', enabled: true, hosts: [], sources: [{ type: 'index', url: 'https://www.cnnindonesia.com/internasional', links: 'article a' }] },
];

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A started bot against a fresh emulator and memory store, with a way to send commands and read answers. */
export async function startHarness(emulatorOptions: TelegramEmulatorOptions = {}, repos?: Repositories) {
  const emulator: TelegramEmulator = await startTelegramEmulator({ globalPerSecond: 1000, perChatPerMinute: 1000, ...emulatorOptions });
  const store = repos ? undefined : createMemoryStore();
  const r = repos ?? createRepositories(store!);
  const platform: TelegramPlatform = createTelegramPlatform({
    token: emulator.token,
    apiRoot: emulator.apiRoot,
    repos: r,
    outlets: OUTLETS,
    logger: createSilentLogger(),
    throttle: { globalPerSecond: 1000, perGroupPerMinute: 1000 },
  });
  await platform.start();
  return {
    emulator,
    platform,
    repos: r,
    /** Sends a command and returns the bot's answer(s) in that chat (and topic). */
    async command(chatId: number, userId: number, text: string, extra: { threadId?: number; senderChatId?: number; replyChatId?: number } = {}): Promise<RecordedMessage[]> {
      const where = extra.replyChatId ?? chatId;
      const before = emulator.sent.length;
      emulator.sendCommand(chatId, userId, text, extra);
      await waitFor(() => emulator.sent.slice(before).some((m) => m.chat_id === where), `an answer to ${text} in ${where}`);
      // Multi-message answers arrive back to back; give the rest a moment.
      await new Promise((r) => setTimeout(r, 30));
      return emulator.sent.slice(before).filter((m) => m.chat_id === where);
    },
    async close() {
      await platform.stop();
      await emulator.close();
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** Speakers and stories for command tests. */
export async function seed(repos: Repositories): Promise<void> {
  await repos.speakers.upsert({ slug: 'wang-yi', name: 'Wang Yi', aliases: ['Menlu Wang'], role: 'Menteri Luar Negeri China' });
  await repos.speakers.upsert({ slug: 'sergei-lavrov', name: 'Sergei Lavrov', aliases: ['Sergey Lavrov'], role: 'Menteri Luar Negeri Rusia' });
  await repos.speakers.upsert({ slug: 'antony-blinken', name: 'Antony Blinken', aliases: [] });
  await repos.stories.put(makeStory('s1', { english: { title: 'Chinese and Russian foreign ministers meet in Beijing', summary: 'The two ministers discussed strategic cooperation.', quotes: ['Our cooperation is not aimed at any third party.'] } }));
  await repos.stories.put(
    makeStory('s2', {
      topics: ['us', 'russia', 'russia-us'],
      publishedAt: '2026-11-21T08:00:00.000Z',
      title: 'Lavrov & Blinken <berbicara> lewat telepon',
      quotes: [{ text: 'Kami siap berdialog.', speaker: 'Sergei Lavrov', speakerSlug: 'sergei-lavrov', cue: 'kata', paragraph: 1, articleIds: ['a-s2'] }],
      sources: [{ articleId: 'a-s2', outletId: 'cnnindonesia', outletName: 'CNN Indonesia', url: 'https://www.cnnindonesia.com/internasional/s2', title: 'Lavrov' }],
    }),
  );
}
