import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { discordCommands, registerCommands, toDiscordCommands } from '../../../src/platforms/discord/commands.ts';
import { startDiscordEmulator, type DiscordEmulator } from '../../emulators/discord.ts';

const defs = toDiscordCommands(discordCommands(commands));
const byName = (name: string) => defs.find((d) => d.name === name)!;

describe('slash command definitions', () => {
  it('serves the registry on Discord, without Telegram’s /start', () => {
    expect(defs.map((d) => d.name).sort()).toEqual(['help', 'latest', 'quotes', 'sources', 'speakers', 'subscribe', 'subscriptions', 'unsubscribe']);
    for (const d of defs) {
      expect(d.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect([...d.description].length).toBeLessThanOrEqual(100);
      expect(d.description.length).toBeGreaterThan(0);
    }
  });

  it('offers topics as choices, several per /subscribe', () => {
    const options = byName('subscribe').options!;
    expect(options.map((o) => o.name)).toEqual(['topic', 'topic-2', 'topic-3', 'channel']);
    expect((options[0] as any).choices.map((c: any) => c.value)).toEqual(['china', 'russia', 'us', 'china-russia', 'china-us', 'russia-us', 'triangle']);
  });

  it('offers a channel picker (forums included) instead of Telegram’s @channel argument', () => {
    for (const name of ['subscribe', 'unsubscribe', 'subscriptions']) {
      const picker = byName(name).options!.find((o) => o.name === 'channel') as any;
      expect(picker).toMatchObject({ type: 7, required: false });
      expect(picker.channel_types).toEqual(expect.arrayContaining([0, 5, 15, 11]));
    }
    expect(byName('latest').options!.some((o) => o.name === 'channel')).toBe(false);
  });

  it('autocompletes speakers and bounds counts', () => {
    const [speaker, n] = byName('quotes').options! as any[];
    expect(speaker).toMatchObject({ name: 'speaker', type: 3, required: true, autocomplete: true });
    expect(n).toMatchObject({ name: 'n', type: 4, required: false, min_value: 1, max_value: 10 });
    expect(byName('latest').options!.find((o) => o.name === 'filter')).toMatchObject({ autocomplete: true });
  });

  it('lets only members with Manage Channels see the subscription commands by default', () => {
    expect(byName('subscribe').default_member_permissions).toBe('16');
    expect(byName('unsubscribe').default_member_permissions).toBe('16');
    expect(byName('latest').default_member_permissions).toBeUndefined();
  });

  it('puts required options before optional ones, as Discord demands', () => {
    for (const d of defs) {
      const required = (d.options ?? []).map((o) => !!(o as any).required);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });
});

describe('register-commands', () => {
  let emu: DiscordEmulator;
  beforeAll(async () => {
    emu = await startDiscordEmulator();
  });
  afterAll(async () => {
    await emu.close();
  });

  it('bulk-overwrites the global commands in one PUT', async () => {
    const count = await registerCommands({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot });
    expect(count).toBe(8);
    const puts = emu.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0].path).toBe(`/applications/${emu.applicationId}/commands`);
    expect(emu.commands.global.map((c) => c.name)).toContain('subscribe');
  });

  it('with --guild, overwrites one guild’s commands and leaves the global ones', async () => {
    await registerCommands({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot, guildId: '800000000000000001' });
    await registerCommands({ token: emu.token, applicationId: emu.applicationId, apiRoot: emu.apiRoot, guildId: '800000000000000001' });
    expect(emu.commands.guild.get('800000000000000001')).toHaveLength(8);
    expect(emu.commands.global).toHaveLength(8);
    expect(emu.commands.guild.get('800000000000000001')![0].contexts).toBeUndefined();
  });

  it('fails clearly with a wrong token', async () => {
    await expect(registerCommands({ token: 'wrong', applicationId: emu.applicationId, apiRoot: emu.apiRoot })).rejects.toThrow(/401|Unauthorized/);
  });
});
