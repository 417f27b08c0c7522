import type { Story } from '../domain/story.ts';
import type { Translator } from '../translate/translator.ts';

/**
 * Puts the story's English version on it: title, summary and every quote, in the quotes' order.
 * An English article needs no translator; a failed or over-budget translation leaves the story in
 * its own language, marked, so it still goes out.
 */
export async function translateStory(story: Story, translator: Translator): Promise<Story> {
  const { english: _drop, untranslated: _was, ...rest } = story;
  if (story.language === 'en') {
    return { ...rest, english: { title: story.title, summary: story.summary.text, quotes: story.quotes.map((q) => q.text) } };
  }
  const result = await translator.translate({
    title: story.title,
    summary: story.summary.sentences,
    quotes: story.quotes.map((q) => q.text),
    sourceLanguage: story.language,
    names: [...new Set(story.quotes.map((q) => q.speaker))],
  });
  return result.ok ? { ...rest, english: result.english } : { ...rest, untranslated: result.reason };
}
