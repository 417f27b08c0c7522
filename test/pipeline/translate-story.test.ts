import { describe, expect, it } from 'vitest';
import { findCommand, parseTelegramText, runCommand } from '../../commands/index.ts';
import type { CommandContext, Reply } from '../../commands/types.ts';
import { storyToPost } from '../../src/delivery/post.ts';
import type { StoryQuote } from '../../src/domain/story.ts';
import { translateStory } from '../../src/pipeline/translate-story.ts';
import { createMemoryStore, createRepositories } from '../../src/store/index.ts';
import { createFakeTranslator, type Translator } from '../../src/translate/translator.ts';
import { makeStory } from '../support/stories.ts';

function quote(text: string, speaker: string, slug: string): StoryQuote {
  return { text, speaker, speakerSlug: slug, cue: 'kata', paragraph: 1, articleIds: ['a-s1'] };
}

// Four quotes from the minister fill the post; the spokesman's two come after them.
const QUOTES = [
  quote('Kerja sama kami tidak ditujukan kepada pihak ketiga.', 'Wang Yi', 'wang-yi'),
  quote('Kami menentang sanksi sepihak.', 'Wang Yi', 'wang-yi'),
  quote('Dialog adalah satu-satunya jalan.', 'Wang Yi', 'wang-yi'),
  quote('Hubungan kedua negara sedang berada pada titik terbaik.', 'Wang Yi', 'wang-yi'),
  quote('Moskow menyambut baik usulan Beijing.', 'Maria Zakharova', 'maria-zakharova'),
  quote('Kami akan menjawab setiap provokasi.', 'Maria Zakharova', 'maria-zakharova'),
];

async function askQuotes(story: ReturnType<typeof makeStory>, line: string, translator?: Translator): Promise<string> {
  const repos = createRepositories(createMemoryStore());
  await repos.speakers.upsert({ slug: 'maria-zakharova', name: 'Maria Zakharova', aliases: [] });
  await repos.stories.put(story);
  const command = findCommand('quotes')!;
  const ctx: CommandContext = {
    platform: 'telegram', target: { platform: 'telegram', chatId: '42' }, chatKind: 'private', user: { id: '7' },
    canManage: async () => true, repos, outlets: [], now: () => new Date('2026-11-23T00:00:00Z'),
    ...(translator ? { translator } : {}),
  };
  const reply: Reply = await runCommand(command, parseTelegramText(command, line), ctx);
  return reply.blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.text).join('\n') : b.type === 'text' || b.type === 'heading' ? b.text : '')).join('\n');
}

describe('translating a story', () => {
  it('sends the title, summary and only the quotes a post carries', async () => {
    const translator = createFakeTranslator();
    const story = await translateStory(makeStory('s1', { quotes: QUOTES }), translator);
    expect(translator.requests[0]!.quotes).toEqual(QUOTES.slice(0, 4).map((q) => q.text));
    expect(translator.sent.join(' ')).not.toContain('provokasi');
    expect(storyToPost(story).quotes.map((q) => q.text)).toEqual(QUOTES.slice(0, 4).map((q) => `[en] ${q.text}`));
  });

  it('translates a quote the post left out when /quotes shows it, once', async () => {
    const translator = createFakeTranslator();
    const story = await translateStory(makeStory('s1', { quotes: QUOTES }), translator);
    const first = await askQuotes(story, 'maria-zakharova', translator);
    expect(first).toContain('“[en] Moskow menyambut baik usulan Beijing.” — Maria Zakharova');
    expect(first).toContain('“[en] Kami akan menjawab setiap provokasi.”');
    const sent = translator.sent.length;
    await askQuotes(story, 'maria-zakharova', translator);
    expect(translator.sent.length).toBe(sent);
  });

  it('shows such a quote in the original, marked, when nothing can translate it', async () => {
    const story = await translateStory(makeStory('s1', { quotes: QUOTES }), createFakeTranslator());
    const reply = await askQuotes(story, 'maria-zakharova');
    expect(reply).toContain('“Kami akan menjawab setiap provokasi.” (untranslated) — Maria Zakharova');
    const refused = await askQuotes(story, 'maria-zakharova', createFakeTranslator({ failWith: 'budget' }));
    expect(refused).toContain('(untranslated)');
  });
});
