import { POSTED_QUOTES } from '../domain/post.ts';
import type { Story } from '../domain/story.ts';
import type { Translator, TranslationRequest } from '../translate/translator.ts';

/**
 * What is sent for a story or an article: title, summary sentences and the quotes a post carries,
 * never the body. Later quotes wait until /quotes asks for them (`translateQuotes`), so a story
 * nobody digs into costs no more than its post.
 */
export function translationRequestFor(text: { title: string; language: string; summary: { sentences: string[] }; quotes: { text: string; speaker: string }[] }): TranslationRequest {
  const posted = text.quotes.slice(0, POSTED_QUOTES);
  return {
    title: text.title,
    summary: text.summary.sentences,
    quotes: posted.map((q) => q.text),
    sourceLanguage: text.language,
    names: [...new Set(posted.map((q) => q.speaker))],
  };
}

/** A request for quotes alone (the ones a post left out), with their speakers' names kept as written. */
export function quotesRequestFor(quotes: { text: string; speaker: string }[], language: string): TranslationRequest {
  return { title: '', summary: [], quotes: quotes.map((q) => q.text), sourceLanguage: language, names: [...new Set(quotes.map((q) => q.speaker))] };
}

/**
 * Puts the story's English version on it: title, summary and the posted quotes, in the quotes' order.
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

/**
 * The English of some of a story's quotes, for /quotes: the stored translation when the story has
 * one, else a translation made now (cached, so asking again sends nothing). Undefined for a quote
 * that stays in its own language (no translator, budget spent, translator down).
 */
export async function translateQuotes(story: Story, indexes: number[], translator: Translator | undefined): Promise<(string | undefined)[]> {
  const stored = (i: number) => (story.language === 'en' ? story.quotes[i]?.text : story.english?.quotes[i]);
  const missing = indexes.filter((i) => stored(i) === undefined && story.quotes[i]);
  const made = new Map<number, string>();
  if (missing.length && translator) {
    const result = await translator.translate(quotesRequestFor(missing.map((i) => story.quotes[i]!), story.language));
    if (result.ok) missing.forEach((i, k) => made.set(i, result.english.quotes[k]!));
  }
  return indexes.map((i) => stored(i) ?? made.get(i));
}
