// Scrapers and feeds often glue a "Baca Juga: <headline>" link into the paragraph around it
// ("…kata dia.Baca Juga: Gempa Pangandaran M5,2, Ini Penjelasan BMKG BMKG memastikan …"). The headline
// is Title Case; the sentence after it starts with a capital followed by a lower-case word, which is
// where the headline ends.

const INLINE_READ_ALSO = /(?:\[bacajuga:[^\]]*\]\([^)]*\)?|(?:Baca|BACA|Lihat|LIHAT)\s*(?:Juga|juga|JUGA)(?![a-z])\s*:?\s*)/g;
const VIDEO_TEASER = /\s*(?:Simak|Tonton|Saksikan)\s+(?:juga\s+)?video\b[^.!?]*(?:[.!?]|$)\s*$/i;
const SMALL_WORDS = new Set([
  'di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'dengan', 'pada', 'soal', 'vs', 'ini', 'itu', 'atau', 'jadi', 'usai', 'saat',
  'bagi', 'oleh', 'per', 'hingga', 'tak', 'tidak', 'bisa', 'akan', 'ada', 'ala', 'the', 'of', 'and', 'in', 'on', 'a', 'to',
]);
const MAX_HEADLINE_WORDS = 25;

/** Removes read-also headlines and video teasers glued inside a paragraph. */
export function stripInlineJunk(paragraph: string): string {
  let out = paragraph;
  for (let guard = 0; guard < 5; guard++) {
    INLINE_READ_ALSO.lastIndex = 0;
    const m = INLINE_READ_ALSO.exec(out);
    if (!m) break;
    const start = m.index;
    const after = start + m[0].length;
    const end = after + headlineLength(out.slice(after));
    if (end === after && !m[0].startsWith('[')) break;
    const before = out.slice(0, start).trimEnd();
    const rest = out.slice(end).trimStart();
    out = before && rest ? `${before} ${rest}` : before || rest;
  }
  return out.replace(VIDEO_TEASER, '').trim();
}

/** Length of the headline at the start of `text`, or 0 when no headline end can be told apart. */
function headlineLength(text: string): number {
  const words = [...text.matchAll(/\S+/g)];
  for (let i = 0; i < words.length && i <= MAX_HEADLINE_WORDS; i++) {
    const w = words[i]![0];
    // A numbered list ("1. Pangdam …") starts right after the headline.
    if (i > 0 && /^\d{1,2}[.)]$/.test(w)) return words[i]!.index!;
    if (i > 0 && isSentenceWord(w)) {
      // The capitalised word before the first lower-case one opens the next sentence.
      const cut = i >= 2 && /^[\p{Lu}"“]/u.test(words[i - 1]![0]) ? i - 1 : i;
      return words[cut]!.index!;
    }
    if (/[.!?]["”]?$/.test(w) && !/^\d/.test(w) && i > 0) return words[i]!.index! + w.length;
  }
  // A headline that runs to the end of the paragraph.
  return words.length <= MAX_HEADLINE_WORDS ? text.length : 0;
}

function isSentenceWord(w: string): boolean {
  const bare = w.replace(/^["“'‘(]+|[,.;:!?"”'’)]+$/g, '');
  return /^\p{Ll}/u.test(bare) && !SMALL_WORDS.has(bare.toLowerCase());
}
