import { wordsOf } from './text.ts';

const ID = new Set('yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga karena oleh adalah telah sudah bisa kata ujar tersebut bahwa'.split(' '));
const EN = new Set('the of and to in is that for on with was as by at from it be are this have has said will not'.split(' '));

/** "id" or "en" from function-word counts; falls back to `fallback` when the text is too short to tell. */
export function detectLanguage(text: string, fallback = 'id'): string {
  let id = 0;
  let en = 0;
  for (const w of wordsOf(text.slice(0, 4000))) {
    if (ID.has(w)) id++;
    else if (EN.has(w)) en++;
  }
  if (id + en < 5) return fallback;
  return en > id ? 'en' : 'id';
}
