import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seed, startHarness, waitFor, type Harness } from './harness.ts';

const ADMIN = 7;
const MEMBER = 8;
const PRIVATE = 7; // the admin's private chat with the bot
const GROUP = -200;
const FORUM = -100300;
const TOPIC = 42;
const CHANNEL = -100400;

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await seed(h.repos);
  h.emulator.addChat({ id: PRIVATE, type: 'private', first_name: 'Admin' });
  h.emulator.addChat({ id: 8, type: 'private', first_name: 'Member' });
  h.emulator.addChat({ id: GROUP, type: 'group', title: 'Diskusi', admins: [ADMIN] });
  h.emulator.addChat({ id: FORUM, type: 'supergroup', title: 'Forum', is_forum: true, admins: [ADMIN] });
  h.emulator.addChat({ id: CHANNEL, type: 'channel', title: 'Kabar', username: 'kabarnews', admins: [ADMIN] });
  h.emulator.addChat({ id: -100500, type: 'channel', title: 'Lain', username: 'otherchan', admins: [ADMIN], botIsAdmin: false });
});
afterEach(() => h.close());

const CHATS = [
  { kind: 'private', chatId: PRIVATE, extra: {} },
  { kind: 'group', chatId: GROUP, extra: {} },
  { kind: 'forum topic', chatId: FORUM, extra: { threadId: TOPIC } },
  { kind: 'channel', chatId: CHANNEL, extra: {} },
] as const;

const EXPECT: [string, RegExp][] = [
  ['/start', /China, Russia and the US/],
  ['/help', /\/quotes &lt;speaker&gt; \[n\]/],
  ['/latest', /Chinese and Russian foreign ministers meet in Beijing/],
  ['/latest russia-us 1', /Lavrov &amp; Blinken &lt;berbicara&gt;/],
  ['/quotes wang', /Our cooperation is not aimed at any third party/],
  ['/speakers', /Sergei Lavrov/],
  ['/subscribe china-russia', /Subscribed .* to #china_russia/],
  ['/subscriptions', /#china_russia/],
  ['/unsubscribe', /Unsubscribed/],
  ['/sources', /KompasTV/],
];

describe('every command in every chat type', () => {
  for (const chat of CHATS) {
    it(`answers each command in a ${chat.kind}`, async () => {
      for (const [line, expected] of EXPECT) {
        const answers = await h.command(chat.chatId, ADMIN, line, chat.extra);
        expect(answers.length, line).toBeGreaterThan(0);
        const html = answers.map((a) => a.text).join('\n');
        expect(html, `${line} in ${chat.kind}`).toMatch(expected);
        for (const a of answers) {
          expect(a.parse_mode).toBe('HTML');
          if (chat.kind === 'forum topic') expect(a.message_thread_id, `${line} answered in the topic`).toBe(TOPIC);
        }
      }
    });
  }

});

describe('mistakes get a short, polite reply', () => {
  it('a mistyped command is guessed in a private chat', async () => {
    const [answer] = await h.command(PRIVATE, ADMIN, '/lates russia');
    expect(answer.plain).toMatch(/Did you mean \/latest/);
  });
  it('a bad argument gets the usage line', async () => {
    const [answer] = await h.command(PRIVATE, ADMIN, '/latest russia 99');
    expect(answer.plain).toMatch(/Usage: \/latest \[topic\|speaker\|outlet\] \[n\]/);
  });
  it('an unknown speaker gets close matches', async () => {
    const [answer] = await h.command(PRIVATE, ADMIN, '/quotes lavrof');
    expect(answer.plain).toMatch(/Did you mean: Sergei Lavrov/);
  });
});

describe('who may change subscriptions', () => {
  it('refuses a group member and accepts a group admin', async () => {
    const [refused] = await h.command(GROUP, MEMBER, '/subscribe');
    expect(refused.plain).toMatch(/only admins/i);
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(GROUP) })).toBeUndefined();
    await h.command(GROUP, ADMIN, '/subscribe');
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(GROUP) })).toMatchObject({ active: true, topics: ['triangle'] });
    const [refusedStop] = await h.command(GROUP, MEMBER, '/unsubscribe');
    expect(refusedStop.plain).toMatch(/only admins/i);
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(GROUP) })).toBeDefined();
  });
  it('lets anyone subscribe their private chat', async () => {
    await h.command(8, MEMBER, '/subscribe russia');
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: '8' })).toMatchObject({ topics: ['russia'], createdBy: '8' });
  });
  it('accepts an anonymous admin (writing as the group)', async () => {
    await h.command(GROUP, 1087968824, '/subscribe', { senderChatId: GROUP });
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(GROUP) })).toBeDefined();
  });
  it('subscribes a forum topic, not the whole group', async () => {
    await h.command(FORUM, ADMIN, '/subscribe china', { threadId: TOPIC });
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(FORUM), threadId: String(TOPIC) })).toMatchObject({ topics: ['china'] });
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(FORUM) })).toBeUndefined();
  });
});

describe('channels', () => {
  it('subscribes a channel by a command posted in it', async () => {
    await h.command(CHANNEL, 0, '/subscribe us');
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(CHANNEL) })).toMatchObject({ topics: ['us'] });
  });
  it('subscribes a channel from a private chat when the user is its admin', async () => {
    const [answer] = await h.command(PRIVATE, ADMIN, '/subscribe @kabarnews china-russia');
    expect(answer.plain).toMatch(/Subscribed @kabarnews to #china_russia/);
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(CHANNEL) })).toMatchObject({ topics: ['china-russia'], createdBy: String(ADMIN) });
    const [status] = await h.command(PRIVATE, ADMIN, '/subscriptions @kabarnews');
    expect(status.plain).toMatch(/Subscription for @kabarnews/);
  });
  it('refuses a user who is not an admin of the channel', async () => {
    const [answer] = await h.command(8, MEMBER, '/subscribe @kabarnews');
    expect(answer.plain).toMatch(/Only admins of @kabarnews/);
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(CHANNEL) })).toBeUndefined();
  });
  it('explains when the bot may not post there, or the channel is unknown', async () => {
    expect((await h.command(PRIVATE, ADMIN, '/subscribe @otherchan'))[0].plain).toMatch(/can't post in @otherchan/);
    expect((await h.command(PRIVATE, ADMIN, '/subscribe @nosuchchannel'))[0].plain).toMatch(/can't find @nosuchchannel/);
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: '-100500' })).toBeUndefined();
  });
});

describe('service updates', () => {
  it('publishes the command menu at start', () => {
    const call = h.emulator.calls.find((c) => c.method === 'setMyCommands');
    expect(call?.body.commands.map((c: { command: string }) => c.command)).toEqual(['start', 'help', 'latest', 'quotes', 'speakers', 'subscribe', 'unsubscribe', 'subscriptions', 'sources']);
  });
  it('follows a group that migrates to a supergroup', async () => {
    await h.command(GROUP, ADMIN, '/subscribe');
    h.emulator.migrate(GROUP, -100200);
    h.emulator.pushUpdate({ message: { message_id: 900, date: 0, chat: { id: GROUP, type: 'group', title: 'Diskusi' }, migrate_to_chat_id: -100200 } });
    const moved = await waitFor(() => h.repos.subscriptions.get({ platform: 'telegram', chatId: '-100200' }), 'the subscription to move');
    expect(moved).toMatchObject({ active: true, topics: ['triangle'] });
    expect(await h.repos.subscriptions.get({ platform: 'telegram', chatId: String(GROUP) })).toBeUndefined();
  });
});
