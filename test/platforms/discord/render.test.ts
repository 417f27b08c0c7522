import { describe, expect, it } from 'vitest';
import type { Post } from '../../../src/domain/post.ts';
import { EMBED_LIMITS, embedSize, forumThreadName, renderPost, renderPostEmbed, renderReply } from '../../../src/platforms/discord/render.ts';

const post = (over: Partial<Post> = {}): Post => ({
  storyId: 'st-1',
  title: 'Wang Yi meets Lavrov in Beijing',
  url: 'https://www.kompas.tv/internasional/1',
  outlets: [
    { name: 'KompasTV', url: 'https://www.kompas.tv/internasional/1' },
    { name: 'CNN Indonesia', url: 'https://www.cnnindonesia.com/internasional/2' },
  ],
  publishedAt: '2026-11-20T02:30:00.000Z',
  summary: 'The two ministers discussed strategic cooperation.',
  quotes: [{ text: 'Our cooperation targets no third party.', speaker: 'Wang Yi', role: 'Foreign Minister of China' }],
  topics: ['china', 'russia', 'china-russia', 'triangle'],
  image: 'https://cdn.example.com/photo.jpg',
  translated: true,
  ...over,
});

const chars = (s: string | undefined) => [...(s ?? '')].length;

describe('discord story embed', () => {
  it('carries the linked title, summary, quotes with speakers, outlets, time, image, colour and story id', () => {
    const e = renderPostEmbed(post());
    expect(e).toMatchObject({
      title: 'Wang Yi meets Lavrov in Beijing',
      url: 'https://www.kompas.tv/internasional/1',
      description: 'The two ministers discussed strategic cooperation.',
      timestamp: '2026-11-20T02:30:00.000Z',
      image: { url: 'https://cdn.example.com/photo.jpg' },
      footer: { text: 'story st-1' },
    });
    expect(e.fields![0]).toEqual({ name: 'Wang Yi (Foreign Minister of China)', value: '“Our cooperation targets no third party.”' });
    expect(e.fields![1].value).toContain('[KompasTV](https://www.kompas.tv/internasional/1)');
    expect(e.fields![1].value).toContain('[CNN Indonesia]');
  });

  it('gives each topic its own colour', () => {
    const a = renderPostEmbed(post({ topics: ['china-russia', 'triangle'] })).color;
    const b = renderPostEmbed(post({ topics: ['russia-us', 'triangle'] })).color;
    const c = renderPostEmbed(post({ topics: ['us'] })).color;
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('marks an untranslated post clearly', () => {
    const e = renderPostEmbed(post({ translated: false, title: 'Menlu China bertemu Lavrov' }));
    expect(e.description).toMatch(/^\*Not translated/);
    expect(e.footer!.text).toContain('not translated');
  });

  it('stays within every Discord limit for an oversized story', () => {
    const huge = 'x'.repeat(9000);
    const e = renderPostEmbed(
      post({
        title: 'T'.repeat(400),
        summary: huge,
        quotes: Array.from({ length: 40 }, (_, i) => ({ text: huge, speaker: `Speaker ${i} `.repeat(40), role: 'Spokesperson' })),
        outlets: Array.from({ length: 80 }, (_, i) => ({ name: `Outlet number ${i}`, url: `https://outlet${i}.example.com/a/very/long/path` })),
      }),
    );
    expect(chars(e.title)).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(chars(e.description)).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(e.fields!.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const f of e.fields!) {
      expect(chars(f.name)).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(chars(f.value)).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(embedSize(e)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(e.fields!.at(-1)!.name).toBe('Outlets'); // quotes give way before the outlets do
    expect(chars(e.description)).toBeGreaterThan(150);
  });

  it('never cuts an emoji or a surrogate pair in half', () => {
    const e = renderPostEmbed(post({ title: '🇨🇳'.repeat(200) }));
    expect(e.title!.endsWith('…')).toBe(true);
    expect(e.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('sends no content and allows no mentions, so "@everyone" in an article pings nobody', () => {
    const body = renderPost(post({ title: '@everyone look', summary: '@here <@&1234>' }));
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toBeUndefined();
  });

  it('keeps article markdown from turning into formatting', () => {
    const e = renderPostEmbed(post({ summary: 'A *starred* [link](https://evil.example) and `code`' }));
    expect(e.description).toBe('A \\*starred\\* \\[link\\](https://evil.example) and \\`code\\`');
  });

  it('names a forum post after the story, within 100 characters', () => {
    expect(forumThreadName(post({ title: 'A  title\nwith breaks' }))).toBe('A title with breaks');
    expect([...forumThreadName(post({ title: 'y'.repeat(300) }))].length).toBe(100);
  });
});

describe('discord command replies', () => {
  it('puts a heading, text and links into one embed, and marks private replies', () => {
    const r = renderReply({
      ephemeral: true,
      blocks: [
        { type: 'heading', text: 'Latest' },
        { type: 'list', items: [{ text: 'A story', url: 'https://a.example/1', detail: 'KompasTV · 20 Nov 2026' }] },
        { type: 'text', text: 'More soon.' },
      ],
    });
    expect(r.ephemeral).toBe(true);
    expect(r.embeds).toHaveLength(1);
    expect(r.embeds[0].title).toBe('Latest');
    expect(r.embeds[0].description).toBe('• [A story](https://a.example/1)\n  KompasTV · 20 Nov 2026\n\nMore soon.');
  });

  it('cuts a very long reply with a note instead of being refused', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ text: `Story number ${i} with a fairly long headline`, url: `https://a.example/${i}` }));
    const r = renderReply({ blocks: [{ type: 'list', items }] });
    expect(chars(r.embeds[0].description)).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(r.embeds[0].description).toMatch(/more not shown/);
  });

  it('renders story posts as their own embeds within the 10-embed, 6,000-character message limits', () => {
    const r = renderReply({ blocks: Array.from({ length: 12 }, (_, i) => ({ type: 'post' as const, post: post({ storyId: `s${i}`, summary: 'y'.repeat(900) }) })) });
    expect(r.embeds.length).toBeLessThanOrEqual(10);
    expect(r.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(6000);
    expect(r.embeds.length).toBeGreaterThan(1);
  });
});

describe('discord story embed edge cases', () => {
  it('has no empty description when there is no summary, even with many long quotes', () => {
    const e = renderPostEmbed(post({ summary: '', quotes: Array.from({ length: 30 }, (_, i) => ({ text: 'q'.repeat(1500), speaker: `S${i}` })) }));
    expect(e.description).toBeUndefined();
    expect(embedSize(e)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(e.fields!.every((f) => f.value.length > 0)).toBe(true);
  });
});
