import { wholeWords } from './glossary.ts';

/**
 * People's names are swapped for placeholder tokens before translation and put back after, so that
 * "Wang" (also an old spelling of "uang", money) or "Putin" never come back altered. The `[X0X]` form is
 * the one Weblate uses with Google and other engines: MT keeps it, at worst adding spaces inside,
 * which restoreNames tolerates.
 */
export interface Protected {
  text: string;
  /** names[i] is what token i stands for. */
  names: string[];
}

const TOKEN = /\[\s*X\s*(\d+)\s*X\s*\]/gi;

/** Replaces each of `names` found in `text` (whole words, longest first, case as written) with a token. */
export function protectNames(text: string, names: readonly string[]): Protected {
  const present = names.filter((n) => n && text.includes(n));
  if (present.length === 0) return { text, names: [] };
  const sorted = [...new Set(present)].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  const out = text.replace(wholeWords(sorted, 'gu'), (match) => {
    let i = found.indexOf(match);
    if (i < 0) i = found.push(match) - 1;
    return `[X${i}X]`;
  });
  return { text: out, names: found };
}

/** Puts the names back in place of their tokens; returns the text and how many tokens went missing. */
export function restoreNames(translated: string, names: readonly string[]): { text: string; missing: number } {
  if (names.length === 0) return { text: translated, missing: 0 };
  const seen = new Set<number>();
  const text = translated.replace(TOKEN, (match, n: string) => {
    const i = Number(n);
    if (i >= names.length) return match;
    seen.add(i);
    return names[i];
  });
  return { text, missing: names.length - seen.size };
}
