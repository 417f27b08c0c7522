import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CH, GUILD, startHarness, textOf, type Harness } from './harness.ts';
import { makeStory } from '../../support/stories.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ emulator: { heartbeatIntervalMs: 200 } });
  await h.repos.speakers.upsert({ slug: 'wang-yi', name: 'Wang Yi', aliases: ['Menlu Wang'], role: 'Menteri Luar Negeri China' });
  await h.repos.speakers.upsert({ slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], role: 'Menteri Luar Negeri Rusia' });
  await h.repos.stories.put(makeStory('s1'));
  await h.repos.stories.put(
    makeStory('s2', {
      publishedAt: '2026-11-21T05:00:00.000Z',
      title: 'Lavrov: Moskow siap berdialog dengan Washington',
      topics: ['russia', 'us', 'russia-us', 'triangle'],
      quotes: [{ text: 'Kami terbuka untuk dialog yang setara.', speaker: 'Sergey Lavrov', speakerSlug: 'sergey-lavrov', role: 'Menteri Luar Negeri Rusia', cue: 'kata', paragraph: 1, articleIds: ['a-s2'] }],
      english: { title: 'Lavrov: Moscow ready for dialogue with Washington', summary: 'Russia says it is open to talks.', quotes: ['We are open to a dialogue of equals.'] },
    }),
  );
});
afterAll(async () => {
  await h?.close();
});

describe('discord gateway session', () => {
  it('identifies with the Guilds intent only and has its heartbeats acknowledged', async () => {
    const identify = h.emu.gatewayLog.find((g) => g.direction === 'in' && g.op === 2);
    expect(identify?.d.intents).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(h.emu.gatewayLog.some((g) => g.direction === 'in' && g.op === 1)).toBe(true);
    expect(h.emu.gatewayLog.some((g) => g.direction === 'out' && g.op === 11)).toBe(true);
    expect(h.platform.client.guilds.cache.get(GUILD)?.channels.cache.size).toBeGreaterThanOrEqual(4);
  });
});

describe('discord slash commands', () => {
  it('/latest lists the newest stories, English titles first', async () => {
    const r = await h.command('latest');
    expect(r.callback.type).toBe(4);
    expect(r.ephemeral).toBe(false);
    const text = textOf(r.message);
    expect(text).toContain('Lavrov: Moscow ready for dialogue with Washington');
    expect(text.indexOf('Lavrov: Moscow')).toBeLessThan(text.indexOf('Menlu Tiongkok'));
    expect(r.message.allowed_mentions).toEqual({ parse: [] });
  });

  it('/latest with a topic and a count narrows the list', async () => {
    const r = await h.command('latest', { filter: 'china-russia', n: 1 });
    const text = textOf(r.message);
    expect(text).toContain('Menlu Tiongkok');
    expect(text).not.toContain('Lavrov: Moscow');
  });

  it('/latest with an unknown filter answers the user privately and politely', async () => {
    const r = await h.command('latest', { filter: 'zzqx-nothing' });
    expect(r.ephemeral).toBe(true);
    expect(textOf(r.message)).toMatch(/sorry|not|don't|no /i);
  });

  it('/quotes shows what a speaker said, with outlet and time', async () => {
    const r = await h.command('quotes', { speaker: 'wang-yi' });
    const text = textOf(r.message);
    expect(text).toContain('Quotes: Wang Yi');
    expect(text).toContain('Kerja sama kami tidak ditujukan');
    expect(text).toContain('KompasTV');
  });

  it('/quotes for someone never quoted is a private, helpful answer', async () => {
    const r = await h.command('quotes', { speaker: 'Lavrof' });
    expect(r.ephemeral).toBe(true);
    expect(textOf(r.message)).toContain('Sergey Lavrov');
  });

  it('/speakers lists the people quoted', async () => {
    const text = textOf((await h.command('speakers')).message);
    expect(text).toContain('Wang Yi');
    expect(text).toContain('Sergey Lavrov');
  });

  it('/sources lists the configured outlets', async () => {
    const text = textOf((await h.command('sources')).message);
    expect(text).toContain('KompasTV');
    expect(text).toContain('CNN Indonesia');
  });

  it('/help lists the Discord commands', async () => {
    const text = textOf((await h.command('help')).message);
    for (const name of ['/latest', '/quotes', '/speakers', '/subscribe', '/unsubscribe', '/subscriptions', '/sources']) expect(text).toContain(name);
    expect(text).not.toContain('/start'); // Telegram's welcome command is not registered on Discord
  });

  it('/subscribe without Manage Channels is refused privately and changes nothing', async () => {
    const r = await h.command('subscribe', { topic: 'russia' }, { channelId: CH.announcement });
    expect(r.ephemeral).toBe(true);
    expect(textOf(r.message)).toContain('Manage Channels');
    expect(await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.announcement })).toBeUndefined();
  });

  it('/subscribe with topics as choices stores the channel subscription', async () => {
    const r = await h.command('subscribe', { topic: 'china-russia', 'topic-2': 'russia-us' }, { channelId: CH.announcement, manager: true });
    expect(r.ephemeral).toBe(false);
    expect(textOf(r.message)).toMatch(/Subscribed/);
    const sub = await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.announcement });
    expect(sub).toMatchObject({ active: true, topics: ['china-russia', 'russia-us'] });
  });

  it('/subscribe inside a thread subscribes the thread itself', async () => {
    await h.command('subscribe', {}, { channelId: CH.thread, manager: true });
    expect(await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.thread })).toMatchObject({ active: true, topics: ['triangle'] });
  });

  it('/subscribe with a picked forum channel subscribes the forum (one post per story)', async () => {
    const r = await h.command('subscribe', { topic: 'triangle', channel: CH.forum }, { manager: true });
    expect(r.ephemeral).toBe(false);
    expect(textOf(r.message)).toContain(`<#${CH.forum}>`);
    expect(await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.forum })).toMatchObject({ active: true, topics: ['triangle'] });
    expect(await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.text })).toBeUndefined();
  });

  it('/subscribe for a picked channel where the member may not manage channels is refused', async () => {
    const r = await h.command('subscribe', { channel: CH.locked }, { manager: true });
    expect(r.ephemeral).toBe(true);
    expect(textOf(r.message)).toContain('Manage Channels');
    expect(await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.locked })).toBeUndefined();
  });

  it('/subscriptions shows what this channel receives', async () => {
    const text = textOf((await h.command('subscriptions', {}, { channelId: CH.announcement })).message);
    expect(text).toMatch(/china_russia|china-russia/);
  });

  it('/unsubscribe needs Manage Channels too, then drops a topic', async () => {
    const refused = await h.command('unsubscribe', { topic: 'russia-us' }, { channelId: CH.announcement });
    expect(refused.ephemeral).toBe(true);
    const r = await h.command('unsubscribe', { topic: 'russia-us' }, { channelId: CH.announcement, manager: true });
    expect(textOf(r.message)).toMatch(/Stopped/);
    expect(await h.repos.subscriptions.get({ platform: 'discord', chatId: CH.announcement })).toMatchObject({ topics: ['china-russia'] });
  });
});

describe('discord autocomplete', () => {
  it('suggests known speakers as the user types (type 8)', async () => {
    const r = await h.autocomplete('quotes', 'speaker', { speaker: 'lav' });
    expect(r.callback.type).toBe(8);
    expect(r.choices).toContainEqual({ name: expect.stringContaining('Lavrov'), value: 'sergey-lavrov' });
    expect(r.choices!.length).toBeLessThanOrEqual(25);
  });

  it('suggests topics, outlets and speakers for the /latest filter', async () => {
    const r = await h.autocomplete('latest', 'filter', { filter: 'kom' });
    expect(r.choices!.map((c) => c.value)).toContain('kompastv');
    const topics = await h.autocomplete('latest', 'filter', { filter: 'rus' });
    expect(topics.choices!.map((c) => c.value)).toContain('russia');
  });

  it('a value picked from autocomplete runs the command', async () => {
    const pick = (await h.autocomplete('quotes', 'speaker', { speaker: 'wang' })).choices![0];
    const r = await h.command('quotes', { speaker: pick.value });
    expect(textOf(r.message)).toContain('Wang Yi');
  });
});
