import type { Story } from '../domain/story.ts';
import type { Translator, TranslationRequest } from '../translate/translator.ts';

/** What is sent for a story or an article: title, summary sentences and quotes, never the body. */
export function translationRequestFor(text: { title: string; language: string; summary: { sentences: string[] }; quotes: { text: string; speaker: string }[] }): TranslationRequest {
  return {
    title: text.title,
    summary: text.summary.sentences,
    quotes: text.quotes.map((q) => q.text),
    sourceLanguage: text.language,
    names: [...new Set(text.quotes.map((q) => q.speaker))],
  };
}

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
  const result = await translator.translate(translationRequestFor(story));
  return result.ok ? { ...rest, english: result.english } : { ...rest, untranslated: result.reason };
}
