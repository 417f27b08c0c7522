// Repairs for bodies scraped from outlets' pages before quotes are read: names glued to the words around
// them, and the headline a bare "Baca juga:" line points to.
import { COUNTRIES } from '../domain/topics.ts';
import type { Knowledge } from './knowledge.ts';
import { NOT_NAME, PERSON_NOUNS, ROLE_WORDS } from './lexicon.ts';

/** "Baca juga:Dapat Izin Ekspor Listrik …": the label and its headline in one paragraph. */
const READ_ALSO_LINE = /^\s*(?:baca|simak|lihat)\s+juga\s*:\s*\S/iu;
const READ_ALSO_LABEL = /^\s*(?:baca|simak|lihat)(?:\s+juga)?\s*:?\s*$/iu;

/** The headline a bare "Baca juga:" line points to is not the article's text: blanked, keeping paragraph numbers. */
export function withoutReadAlsoHeadlines(paragraphs: string[]): string[] {
  const text = paragraphs.join(' ');
  return paragraphs.map((p, i) => ((i > 0 && READ_ALSO_LABEL.test(paragraphs[i - 1]!) && !/[.!?"”]$/u.test(p.trim())) || READ_ALSO_LINE.test(p) ? '' : withoutInlineReadAlso(p, text)));
}

/** "…" tegasnya.Baca Juga: Viral Ponsel …, Ini Respons Maskapai Rosan mengatakan …': a read-also headline inside a paragraph. */
const INLINE_READ_ALSO = /(?<=\S)\s*(?:Baca|BACA|Simak|Lihat) (?:[Jj]uga|JUGA)\s*:\s*/gu;
/** Lower-case words a headline may hold; any other lower-case word belongs to the sentence after it. */
const HEADLINE_SMALL = /^(?:di|ke|dari|dan|yang|untuk|dengan|soal|usai|jadi|ini|itu|atau|hingga|bagi|pada|akan|tak|vs|jelang|saat|demi|lewat|oleh|sebagai|para|ala|hari|per|the|of|and|in)$/u;

/**
 * The headline runs in title case up to the sentence that follows it: that sentence starts at a quotation
 * mark, or with the capitalised words before its first lower-case word, cut to the shortest run the article
 * prints elsewhere ("Rosan" of "… Ini Respons Maskapai Rosan mengatakan"), else to the last word.
 */
function withoutInlineReadAlso(p: string, text: string): string {
  let out = p;
  for (let m = INLINE_READ_ALSO.exec(out); m; m = INLINE_READ_ALSO.exec(out)) {
    const from = m.index;
    const rest = out.slice(from + m[0].length);
    const keep = sentenceAfterHeadline(rest, text);
    out = keep < rest.length ? `${out.slice(0, from)} ${rest.slice(keep)}` : out.slice(0, from);
    INLINE_READ_ALSO.lastIndex = from + 1;
  }
  INLINE_READ_ALSO.lastIndex = 0;
  return out;
}

/** Where the sentence after an inline read-also headline starts in `after` (0 when the headline has no title case). */
function sentenceAfterHeadline(after: string, text: string): number {
  const words = [...after.matchAll(/["“]|[^\s"“]+/gu)];
  for (let j = 0; j < words.length; j++) {
    const w = words[j]![0];
    if (/^["“]/u.test(w)) return words[j]!.index!;
    if (!/^\p{Ll}/u.test(w) || HEADLINE_SMALL.test(w.replace(/[,.:;?!]+$/u, ''))) continue;
    let start = j;
    while (start > 0 && /^\p{Lu}/u.test(words[start - 1]![0]) && !/[,.:;?!]$/u.test(words[start - 1]![0])) start--;
    if (start === j) return 0;
    const end = words[j - 1]!.index! + words[j - 1]![0].length;
    for (let k = start + 1; k < j; k++) if (text.split(after.slice(words[k]!.index, end)).length > 2) return words[k]!.index!;
    // "… saat di MotoGPMarquez mengaku": the headline's last word glued to the subject.
    const glued = /(?<=[\p{L}])\p{Lu}\p{Ll}{2,}$/u.exec(words[j - 1]![0]);
    return words[j - 1]!.index! + (glued && text.split(glued[0]).length > 2 ? glued.index : 0);
  }
  // Nothing follows the headline in this paragraph.
  return after.length;
}

/**
 * Some outlets' pages break a sentence at every link ("…," kata / Kluivert, / dikutip dari / ESPNAsia.), and
 * a scraper keeps each piece as a paragraph. A paragraph ending mid-sentence, on a word, takes the short or
 * lower-case pieces after it, until the sentence ends; the pieces it took are blanked, keeping numbers.
 */
export function rejoinedLinkSplits(paragraphs: string[]): string[] {
  const out = [...paragraphs];
  for (let i = 0; i < out.length; i++) {
    let j = i + 1;
    while (j < out.length && /[\p{L}\d]$/u.test(out[i]!) && out[j] && (out[j]!.length < 40 || /^\p{Ll}/u.test(out[j]!))) {
      out[i] = `${out[i]} ${out[j]}`;
      out[j++] = '';
    }
    i = j - 1;
  }
  return out;
}

/**
 * "Mohammad Boroujerdidalam konferensi pers", "Justin Hubnerturun ke media sosial": a scraped body glued the
 * next word to a name. When the article also prints the name on its own ("Dubes Boroujerdi"), a small word
 * is cut off; any other word only when the name is also printed as a surname ("Justin Hubner sempat …"),
 * since "Susiwijono" is not "Susi" + "wijono".
 */
const GLUED_WORD = /(?<![\p{L}])\p{Lu}\p{Ll}{5,}(?![\p{L}])/gu;
const GLUED_TO_INITIALS = /(?<![\p{L}])(\p{Lu}{2,4})(\p{Ll}{4,})(?![\p{L}])/gu;
const SMALL_WORD = /^(?:dalam|saat|pada|kepada|ketika|usai|seusai|yang|dan|di|ke|dari|melalui|lewat|bahwa)$/u;
/** "Tunjungresmi didaftarkan": a common word no name ends in, glued after a name never printed alone. */
const COMMON_WORD = /^(?:atau|beberapa|bakal|hari|saat|enggan|sebagai|selaku|turut|sedang|resmi|sudah|telah|akan|juga|masih|tidak|belum|bisa|sempat|langsung|kembali|dalam|kepada|ketika|bahwa|untuk|dengan|mengatakan|menjadi|bersama|usai|seusai|setelah|sebelum|sambil|seraya|dikutip|dilansir|ditemui|dihubungi|dikonfirmasi)$/u;
/** "Isfahaniyang", "Cinta Lauraturun", "Bevan Puterakini": words glued once after a name; a name printed again ("Sebayang") keeps them. */
const ONCE_GLUED = /^(?:yang|tampil|turun|hadir|kini|itu)$/u;
/** "Penindakan", "Kebijakan": a noun whose ending looks like a common word ("akan") is one word. */
const NOMINAL = /^(?:Pe|Ke)\p{Ll}+an$/u;
/** "Kompanymewanti-wanti", "Hubnerberkata": an Indonesian verb glued after the name. */
const VERB_START = /^(?:me|ber|di|ter|se)\p{Ll}{3,}$/u;
/** "Pratamasepulangnya": a prefixed word in -nya is Indonesian, never the end of a name. */
const PREFIXED_NYA = /^(?:se|ke|me|ber|di|ter)\p{Ll}{3,}nya$/u;
/** "Soekarnoputri": endings of Indonesian names, never a second word glued on. */
const NAME_ENDING = /^(?:putri|putra|wati|sari|ningsih|ningrum|jaya|syah|yanto|yanti|wan)$/u;
/** Endings that belong to the word ("Jakartanya", "Amerikalah"), not a second word glued to it. */
const SUFFIX = /^(?:nya|ku|mu|lah|kah|pun|an|kan|i)$/u;

/** "PenyanyiKaty", "AnungWibowo", "JaksaKPK": two words a page printed without the space between them. */
const CAMEL_GLUED = /(?<![\p{L}@#/._])(\p{Lu}?\p{Ll}{2,})(\p{Lu}(?:\p{Ll}{2,}|\p{Lu}+(?!\p{Ll})))(?![\p{L}])/gu;

export function ungluedNames(paragraphs: string[], title = ''): string[] {
  const text = paragraphs.join(' ');
  // The headline often prints apart what the body glued ("Dejan Ferdinansyah Pasrah …" over "Ferdinansyahpasrah").
  const headline = title.toLowerCase();
  // Capitalised words printed on their own, in the body or the headline.
  const seen = new Set([text, title].flatMap((t) => t.match(/(?<![\p{L}])\p{Lu}\p{Ll}{3,}(?![\p{L}])/gu) ?? []));
  // "Justin Hubner": a name after a name, not after a post or an opener ("Menteri Enggar", "Menurut Hardi" do not
  // make "Enggartiasto" or "Hardisiswan" two words).
  const surnames = new Set([...text.matchAll(/(\p{Lu}\p{L}+)\s+(\p{Lu}\p{Ll}{3,})(?![\p{L}])/gu)].filter((m) => !ROLE_WORDS.has(m[1]!.toLowerCase()) && !NOT_NAME.has(m[1]!)).map((m) => m[2]!));
  // Words the article also prints on their own ("Enrique frustrasi betul"): "Enriquefrustrasi" is two words.
  const ownWords = new Set(text.match(/(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])/gu) ?? []);
  const once = (word: string) => text.split(word).length === 2;
  const cut = (word: string, at: number, paragraph: string) => {
    // "Agus Setiadi, pemilik …", "Syam Indradi mengatakan": a small word cannot end a clause, nor a preposition
    // come before a verb, so a name ending like one ("-di", "-yang") stays whole there.
    const next = paragraph.slice(at + word.length, at + word.length + 24);
    const clauseEnds = /^\s*(?:[,.;:)]|$)/u.test(next);
    const verbNext = /^\s+(?:me|ber)\p{Ll}{3,}/u.test(next);
    for (let i = word.length - 2; i >= 3; i--) {
      const [name, rest] = [word.slice(0, i), word.slice(i)];
      if (SMALL_WORD.test(rest) && (clauseEnds || (verbNext && /^(?:di|ke|dari|pada|kepada)$/u.test(rest)))) continue;
      // "Fadli Zonyang": a three-letter surname only before "yang", and only one the article prints alone.
      if (i === 3 && !(rest === 'yang' && new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text))) continue;
      const glued = SMALL_WORD.test(rest) || VERB_START.test(rest) || (ownWords.has(rest) && !SUFFIX.test(rest) && !NAME_ENDING.test(rest));
      // "Abdurrahmanmembuka": a long prefixed verb glued once to a name printed nowhere else; "Lukmintodiperiksa"
      // when the article prints the verb on its own ("Dia diperiksa …").
      const gluedVerb = (/^(?:me|ber|ter)\p{Ll}{5,}$/u.test(rest) || (VERB_START.test(rest) && ownWords.has(rest))) && name.length >= 4 && once(word);
      // "Tito Karnavianpun": the particle "pun" written onto a name the article prints on its own.
      const gluedPun = rest === 'pun' && seen.has(name);
      // A surname plus a rest is cut only when glued once or the rest is a word of the article: a name printed
      // again and again ("Habiburokhman", beside "Habib Rizieq") is a name of its own.
      if (headline.includes(`${name.toLowerCase()} ${rest}`) || (seen.has(name) && glued) || gluedVerb || gluedPun || (surnames.has(name) && rest.length >= 4 && !SUFFIX.test(rest) && !NAME_ENDING.test(rest) && (once(word) || ownWords.has(rest))) || (COMMON_WORD.test(rest) && !NOMINAL.test(word)) || (ONCE_GLUED.test(rest) && once(word)) || PREFIXED_NYA.test(rest)) return `${name} ${rest}`;
    }
    return word;
  };
  // "Fariz RMkembali", "KPKmenetapkan": initials glued to the next word, which the article also prints alone.
  const afterInitials = (_: string, initials: string, word: string) => (ownWords.has(word) || COMMON_WORD.test(word) || VERB_START.test(word) ? `${initials} ${word}` : `${initials}${word}`);
  // Split only when the article prints both halves on their own, so "YouTube" or "DailySocial" stay whole.
  const printedAlone = (w: string) => seen.has(w) || ownWords.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()) || PERSON_NOUNS.has(w.toLowerCase()) || new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text);
  // A glue the page made once ("Pramono AnungWibowo") needs one half printed alone; a brand printed again and again stays whole.
  const camel = (word: string, left: string, right: string) => ((printedAlone(left) && printedAlone(right)) || ((printedAlone(left) || printedAlone(right)) && once(word)) ? `${left} ${right}` : word);
  return paragraphs.map((p) => p.replace(CAMEL_GLUED, camel).replace(GLUED_WORD, cut).replace(GLUED_TO_INITIALS, afterInitials));
}

/** "Presiden AS Donald Trumptidak": a scraped body glued the next word to a known name; keep the name. */
export function cutGluedName(phrase: string, k: Knowledge): string {
  for (const c of COUNTRIES) {
    for (const m of phrase.matchAll(k.countries[c].leader)) {
      const end = m.index! + m[0].length;
      if (/^\p{Ll}/u.test(phrase.slice(end))) return phrase.slice(0, end);
    }
  }
  return phrase;
}
