import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../commands/types.ts';
import type { Post } from '../../../src/domain/post.ts';
import { escapeHtml, fitEscaped, MAX_MESSAGE, renderPostHtml, renderReplyHtml } from '../../../src/platforms/telegram/render.ts';
import { parseTelegramHtml } from '../../emulators/telegram.ts';

const post: Post = {
  storyId: 's1',
  title: 'Wang Yi: cooperation with Russia is "not aimed" at <anyone> & never was',
  url: 'https://www.kompas.tv/internasional/s1?a=1&b=2',
  outlets: [
    { name: 'KompasTV', url: 'https://www.kompas.tv/internasional/s1?a=1&b=2' },
    { name: 'CNN Indonesia', url: 'https://www.cnnindonesia.com/internasional/x' },
  ],
  publishedAt: '2026-11-20T02:30:00.000Z',
  summary: 'The two ministers met in Beijing. They discussed trade & security.',
  quotes: [{ text: 'We are partners <not allies>.', speaker: 'Wang Yi', role: 'Foreign Minister' }],
  topics: ['china', 'russia', 'china-russia'],
  translated: true,
};

function visible(html: string): string {
  const parsed = parseTelegramHtml(html);
  if ('error' in parsed) throw new Error(`${parsed.error}\n${html}`);
  return parsed.text;
}

describe('post rendering', () => {
  it('escapes every piece of text and every attribute', () => {
    const html = renderPostHtml(post);
    expect(html).toContain('<a href="https://www.kompas.tv/internasional/s1?a=1&amp;b=2">');
    expect(html).toContain('&quot;not aimed&quot; at &lt;anyone&gt; &amp; never was');
    const text = visible(html);
    expect(text).toContain('Wang Yi: cooperation with Russia is "not aimed" at <anyone> & never was');
    expect(text).toContain('“We are partners <not allies>.”');
    expect(text).toContain('— Wang Yi, Foreign Minister');
    expect(text).toContain('KompasTV, CNN Indonesia · 20 Nov 2026, 02:30 UTC');
    expect(text).toContain('#china #russia #china_russia');
  });

  it('never links a non-http URL', () => {
    const html = renderPostHtml({ ...post, url: 'javascript:alert(1)' });
    expect(html).not.toContain('javascript:');
  });

  it('keeps a huge post in one message, cutting the summary on a sentence and dropping quotes that do not fit', () => {
    const sentence = 'Menteri luar negeri kedua negara bertemu & membahas <kerja sama> strategis. ';
    const huge: Post = {
      ...post,
      summary: sentence.repeat(200),
      quotes: Array.from({ length: 30 }, (_, i) => ({ text: `Kutipan nomor ${i} ${'panjang & <rumit> '.repeat(20)}`, speaker: 'Wang Yi' })),
      translated: false,
    };
    const html = renderPostHtml(huge);
    expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE);
    const text = visible(html);
    expect(text).toMatch(/strategis\.…/);
    expect(text).toContain('Not yet translated');
    expect(text).toContain('#china_russia');
    expect(text).toContain('Kutipan nomor 0');
  });

  it('cuts text without breaking an entity', () => {
    for (let max = 2; max < 40; max++) {
      const cut = fitEscaped('a&b<c>d"e '.repeat(10), max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(() => visible(cut)).not.toThrow();
    }
    expect(escapeHtml('<&>"')).toBe('&lt;&amp;&gt;&quot;');
  });
});

describe('reply rendering', () => {
  it('splits a long reply between list items, never inside one', () => {
    const reply: Reply = {
      blocks: [
        { type: 'heading', text: 'Latest <news>' },
        { type: 'list', items: Array.from({ length: 120 }, (_, i) => ({ text: `Story ${i} & more <details>`, url: `https://example.com/${i}?x=1&y=2`, detail: `KompasTV · item ${i}` })) },
      ],
    };
    const messages = renderReplyHtml(reply, 1000);
    expect(messages.length).toBeGreaterThan(3);
    const all = messages.map(visible).join('\n');
    for (let i = 0; i < 120; i++) expect(all).toContain(`• Story ${i} & more <details>\n   KompasTV · item ${i}`);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(1000);
    expect(visible(messages[0])).toMatch(/^Latest <news>\n\n• Story 0/);
  });

  it('trims a single oversized item or paragraph instead of sending an invalid message', () => {
    const reply: Reply = {
      blocks: [
        { type: 'text', text: '&<>'.repeat(3000) },
        { type: 'list', items: [{ text: '&'.repeat(5000), url: 'https://example.com/?a=1&b=2', detail: '<'.repeat(3000) }] },
      ],
    };
    const messages = renderReplyHtml(reply);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(visible(m)).toMatch(/…/);
    }
  });
});
