import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../src/ops/logger.ts';
import { createTelegramPlatform } from '../../../src/platforms/telegram/bot.ts';
import { createMemoryStore, createRepositories } from '../../../src/store/index.ts';
import { startTelegramEmulator, type TelegramEmulator } from '../../emulators/telegram.ts';
import { OUTLETS, seed, startHarness, waitFor, type Harness } from './harness.ts';

let h: Harness | undefined;
let emulator: TelegramEmulator | undefined;
afterEach(async () => {
  await h?.close();
  await emulator?.close();
  h = emulator = undefined;
});

describe('service updates', () => {
  it('deactivates a chat subscription as soon as the bot is removed', async () => {
    h = await startHarness();
    h.emulator.addChat({ id: -200, type: 'group', title: 'Diskusi', admins: [7] });
    await h.command(-200, 7, '/subscribe');
    h.emulator.pushUpdate({
      my_chat_member: {
        chat: { id: -200, type: 'group', title: 'Diskusi' },
        from: { id: 7, is_bot: false, first_name: 'Admin' },
        date: 0,
        old_chat_member: { status: 'member', user: { id: 999, is_bot: true, first_name: 'kabar' } },
        new_chat_member: { status: 'kicked', user: { id: 999, is_bot: true, first_name: 'kabar' }, until_date: 0 },
      },
    });
    const sub = await waitFor(async () => {
      const s = await h!.repos.subscriptions.get({ platform: 'telegram', chatId: '-200' });
      return s && !s.active && s;
    }, 'the subscription to be deactivated');
    expect(sub.inactiveReason).toMatch(/kicked/);
  });

  it('stays quiet about unknown commands in groups unless they name the bot', async () => {
    h = await startHarness();
    await seed(h.repos);
    h.emulator.addChat({ id: -200, type: 'group', title: 'Diskusi', admins: [7] });
    h.emulator.sendCommand(-200, 7, '/weather');
    const [answer] = await h.command(-200, 7, '/weather@kabar_test_bot');
    expect(answer.plain).toMatch(/I don't know \/weather/);
    expect(h.emulator.messagesTo(-200)).toHaveLength(1);
  });
});

describe('webhook mode', () => {
  it('sets the webhook at start and serves updates posted to it', async () => {
    emulator = await startTelegramEmulator({ globalPerSecond: 1000 });
    emulator.addChat({ id: 7, type: 'private' });
    const repos = createRepositories(createMemoryStore());
    const platform = createTelegramPlatform({
      token: emulator.token,
      apiRoot: emulator.apiRoot,
      repos,
      outlets: OUTLETS,
      logger: createSilentLogger(),
      webhook: { url: 'https://kabar.example/telegram', secretToken: 's3cret-token' },
    });
    await platform.start();
    expect(emulator.calls.find((c) => c.method === 'setWebhook')?.body).toMatchObject({ url: 'https://kabar.example/telegram', secret_token: 's3cret-token' });
    const server = createServer((req, res) => void platform.handleWebhook!(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const update = { update_id: 1, message: { message_id: 1, date: 0, chat: { id: 7, type: 'private', first_name: 'A' }, from: { id: 7, is_bot: false, first_name: 'A' }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } };
    const refused = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(update) });
    expect(refused.status).toBe(401); // without Telegram's secret header
    const accepted = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's3cret-token' }, body: JSON.stringify(update) });
    expect(accepted.status).toBe(200);
    await waitFor(() => emulator!.messagesTo(7).length > 0, 'the /help answer');
    expect(emulator.messagesTo(7)[0].plain).toContain('/latest [topic|speaker|outlet] [n]');
    await new Promise<void>((r) => server.close(() => r()));
    await platform.stop();
  });
});
