import { describe, expect, it } from 'vitest';
import { commands, findCommand, helpText, parseArgs, parseTelegramText, runCommand, suggest, unknownCommandReply } from '../../commands/index.ts';
import type { CommandContext, Reply } from '../../commands/types.ts';
import type { OutletConfig } from '../../config/schema.ts';
import type { Target } from '../../src/domain/subscription.ts';
import { createMemoryStore, createRepositories, type Repositories } from '../../src/store/index.ts';
import { makeStory } from '../support/stories.ts';

const OUTLETS: OutletConfig[] = [
  { id: 'kompastv', name: 'KompasTV', language: 'id', schedule: '*/5 * * * *', enabled: true, hosts: [], sources: [{ type: 'feed', url: 'https://www.kompas.tv/rss' }] },
  { id: 'antara', name: 'Antara', language: 'id', schedule: '*/5 * * * *', enabled: false, hosts: [], sources: [{ type: 'feed', url: 'https://www.antaranews.com/rss/dunia' }] },
];

async function setup() {
  const repos = createRepositories(createMemoryStore());
  await repos.speakers.upsert({ slug: 'wang-yi', name: 'Wang Yi', aliases: ['Menlu Wang'], role: 'Menteri Luar Negeri China' });
  await repos.speakers.upsert({ slug: 'wang-wenbin', name: 'Wang Wenbin', aliases: [] });
  await repos.speakers.upsert({ slug: 'sergei-lavrov', name: 'Sergei Lavrov', aliases: ['Sergéi Lavrov'] });
  await repos.stories.put(makeStory('s1', { english: { title: 'Chinese and Russian ministers meet', summary: 'They talked.', quotes: ['Our cooperation targets no third party.'] } }));
  await repos.stories.put(makeStory('s0', { publishedAt: '2026-11-19T01:00:00.000Z' }));
  await repos.stories.put(
    makeStory('s2', {
      topics: ['us', 'china', 'china-us'],
      publishedAt: '2026-11-22T01:00:00.000Z',
      quotes: [{ text: 'Kami menolak tuduhan itu.', speaker: 'Wang Wenbin', speakerSlug: 'wang-wenbin', cue: 'kata', paragraph: 1, articleIds: ['a-s2'] }],
    }),
  );
  return repos;
}

function context(repos: Repositories, over: Partial<CommandContext> = {}): CommandContext {
  const target: Target = { platform: 'telegram', chatId: '42' };
  return { platform: 'telegram', target, chatKind: 'private', user: { id: '7' }, canManage: async () => true, repos, outlets: OUTLETS, now: () => new Date('2026-11-23T00:00:00Z'), ...over };
}

function text(reply: Reply): string {
  return reply.blocks
    .map((b) => (b.type === 'list' ? b.items.map((i) => `${i.text} ${i.detail ?? ''} ${i.url ?? ''}`).join('\n') : b.type === 'post' ? b.post.title : b.text))
    .join('\n');
}

async function run(repos: Repositories, line: string, over: Partial<CommandContext> = {}) {
  const [name, ...rest] = line.replace(/^\//, '').split(' ');
  const command = findCommand(name)!;
  return runCommand(command, parseTelegramText(command, rest.join(' ')), context(repos, over));
}

describe('argument parsing', () => {
  const quotes = findCommand('quotes')!;
  const latest = findCommand('latest')!;
  it('reads a multi-word speaker and a trailing count', () => {
    expect(parseTelegramText(quotes, 'Wang Yi 3')).toEqual({ speaker: 'Wang Yi', n: '3' });
    expect(parseTelegramText(latest, '3')).toEqual({ n: '3' });
    expect(parseTelegramText(latest, 'china-us')).toEqual({ filter: 'china-us' });
  });
  it('gives a short usage line for a missing or bad argument', () => {
    const missing = parseArgs(quotes, {});
    expect(missing).toEqual({ ok: false, usage: expect.stringContaining('Usage: /quotes <speaker> [n]') });
    const bad = parseArgs(latest, { n: '99' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.usage).toMatch(/from 1 to 10/);
    expect(parseArgs(latest, { n: 'lima' }).ok).toBe(false);
    expect(parseArgs(latest, { filter: 'russia', n: '4' })).toEqual({ ok: true, args: { filter: 'russia', n: 4 } });
  });
  it('finds commands by name and guesses typos', () => {
    expect(findCommand('/latest@kabar_bot')?.name).toBe('latest');
    expect(text(unknownCommandReply('lates'))).toMatch(/Did you mean \/latest/);
    expect(text(unknownCommandReply('zzzzzz'))).not.toMatch(/Did you mean/);
  });
  it('lists every command in the help text', () => {
    for (const c of commands) expect(helpText()).toContain(`/${c.name}`);
    expect(helpText()).toContain('/latest [topic|speaker|outlet] [n]');
  });
});

describe('/quotes', () => {
  // Wang Yi is quoted in more stories than Wang Wenbin, so a bare "wang" means him.
  it('finds Wang Yi by slug, full name, alias, accents and surname', async () => {
    const repos = await setup();
    for (const q of ['wang-yi', 'Wang Yi', 'WANG YI', 'Wáng Yì', 'Menlu Wang', 'wang']) {
      const reply = await run(repos, `/quotes ${q}`);
      expect(reply.ephemeral, q).toBeFalsy();
      expect(text(reply), q).toContain('Our cooperation targets no third party.');
    }
  });
  it('shows the original quote when the story is not translated, with outlet and link', async () => {
    const repos = await setup();
    const reply = await run(repos, '/quotes wang-wenbin');
    expect(text(reply)).toContain('Kami menolak tuduhan itu.');
    expect(text(reply)).toContain('KompasTV');
    expect(text(reply)).toContain('https://www.kompas.tv/internasional/s2');
  });
  it('offers close names for an unknown speaker', async () => {
    const repos = await setup();
    const reply = await run(repos, '/quotes lavrof');
    expect(reply.ephemeral).toBe(true);
    expect(text(reply)).toMatch(/Did you mean: Sergei Lavrov/);
  });
});

describe('/latest', () => {
  it('filters by topic alias, speaker and outlet', async () => {
    const repos = await setup();
    expect(text(await run(repos, '/latest amerika'))).toContain('(s2)');
    expect(text(await run(repos, '/latest amerika'))).not.toContain('(s1)');
    expect(text(await run(repos, '/latest tiongkok-rusia'))).toContain('Chinese and Russian ministers meet');
    expect(text(await run(repos, '/latest Wang Wenbin'))).toContain('(s2)');
    expect(text(await run(repos, '/latest kompastv 1')).match(/kompas\.tv/g)).toHaveLength(1);
  });
  it('answers an unknown filter with suggestions', async () => {
    const repos = await setup();
    const reply = await run(repos, '/latest rusai');
    expect(reply.ephemeral).toBe(true);
    expect(text(reply)).toMatch(/Did you mean: russia/);
  });
});

describe('subscriptions', () => {
  it('subscribes (default triangle), adds topics, unsubscribes some, then all', async () => {
    const repos = await setup();
    await run(repos, '/subscribe');
    await run(repos, '/subscribe rusia china-us');
    expect((await repos.subscriptions.get({ platform: 'telegram', chatId: '42' }))?.topics).toEqual(['triangle', 'russia', 'china-us']);
    expect(text(await run(repos, '/subscriptions'))).toContain('#china_us');
    await run(repos, '/unsubscribe triangle');
    expect((await repos.subscriptions.get({ platform: 'telegram', chatId: '42' }))?.topics).toEqual(['russia', 'china-us']);
    await run(repos, '/unsubscribe');
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '42' })).toBeUndefined();
  });
  it('refuses a non-admin politely and stores nothing', async () => {
    const repos = await setup();
    const reply = await run(repos, '/subscribe', { chatKind: 'group', canManage: async () => false });
    expect(reply.ephemeral).toBe(true);
    expect(text(reply)).toMatch(/only admins/i);
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '42' })).toBeUndefined();
  });
  it('rejects an unknown topic with the list of topics', async () => {
    const repos = await setup();
    const reply = await run(repos, '/subscribe russsia');
    expect(text(reply)).toMatch(/Did you mean russia/);
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '42' })).toBeUndefined();
  });
  it('resumes a deactivated subscription with the topics asked now', async () => {
    const repos = await setup();
    await run(repos, '/subscribe china');
    await repos.subscriptions.deactivate({ platform: 'telegram', chatId: '42' }, '403 kicked');
    await run(repos, '/subscribe russia');
    expect(await repos.subscriptions.get({ platform: 'telegram', chatId: '42' })).toMatchObject({ active: true, topics: ['russia'] });
  });
});

describe('/sources and /speakers', () => {
  it('shows each source with its last success, failures and disabled outlets', async () => {
    const repos = await setup();
    await repos.sources.put({ sourceId: 'kompastv:https://www.kompas.tv/rss', initialized: true, consecutiveFailures: 2, lastError: 'HTTP 503', lastSuccessAt: '2026-11-22T10:00:00Z' });
    const out = text(await run(repos, '/sources'));
    expect(out).toMatch(/KompasTV — feed failing ×2 \(HTTP 503\) · last success 22 Nov 2026, 10:00 UTC/);
    expect(out).toMatch(/Antara — feed outlet disabled/);
  });
  it('lists speakers matching part of a name', async () => {
    const repos = await setup();
    const out = text(await run(repos, '/speakers wang'));
    expect(out).toContain('Wang Yi');
    expect(out).toContain('Wang Wenbin');
    expect(out).not.toContain('Lavrov');
  });
});

describe('autocomplete', () => {
  it('suggests speakers, outlets and topics', async () => {
    const repos = await setup();
    const ctx = context(repos);
    expect((await suggest('wa', ctx, 'speaker')).map((s) => s.value)).toEqual(expect.arrayContaining(['wang-yi', 'wang-wenbin']));
    expect((await suggest('komp', ctx, 'outlet')).map((s) => s.value)).toEqual(['kompastv']);
    expect((await suggest('china r', ctx, 'topic')).map((s) => s.value)).toContain('china russia');
    expect((await suggest('china-r', ctx, 'latest-filter')).map((s) => s.value)).toEqual(['china-russia']);
  });
});

describe('error boundary', () => {
  it('turns a bug into a generic reply and reports it to the caller', async () => {
    const repos = await setup();
    const broken = { ...repos, stories: { ...repos.stories, latest: async () => { throw new Error('disk on fire'); } } } as unknown as Repositories;
    const errors: unknown[] = [];
    const reply = await runCommand(findCommand('latest')!, {}, context(broken), (e) => errors.push(e));
    expect(text(reply)).toMatch(/something went wrong/i);
    expect(text(reply)).not.toContain('disk on fire');
    expect(errors).toHaveLength(1);
  });
});
