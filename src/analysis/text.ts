// Small text helpers shared by the analysis steps.
import { splitDateline } from './dateline.ts';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Wang Yi" → "wang-yi"; diacritics dropped so "Sergéy" and "Sergey" share a slug. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower-cased word tokens (letters and digits), for overlap and shingling. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Lines that are never story text even when the extractor let them through: read-also links, promos,
 * calls to follow a channel, scraper residue, source and editor credits.
 */
const BOILERPLATE = new RegExp(
  [
    '^(baca( juga)?|simak( juga)?|lihat juga|tonton( juga)?|saksikan( juga)?|ikuti|gabung|download|unduh|klik|cek berita|dapatkan|follow)\\b',
    '^(advertisement|scroll to continue|sumber\\s*:|editor\\s*:|penulis\\s*:|reporter\\s*:|tags?\\b|terkini$|terpopuler$|artikel ini telah tayang)',
    'whatsapp channel|channel whatsapp|google news|berita terbaru dan terpercaya|scroll to continue',
  ].join('|'),
  'i',
);

export function isBoilerplate(paragraph: string): boolean {
  return BOILERPLATE.test(paragraph.trim());
}

/**
 * Editor and agency initials closing a paragraph after its last sentence: "(end)", "(*)", "(rsa)",
 * "(fft / rer)", "(Uu. C003)". Left in, they hide that a quote closes the paragraph.
 */
const TRAILING_CREDIT = /(?<=[.!?"”]\s*)\((?:\*|[a-z]{2,5}|Uu\.\s*[A-Z]?\d{2,4})(?:\s*\/\s*(?:\*|[a-z]{2,5}))*\)\s*$/u;

export function withoutTrailingCredit(paragraph: string): string {
  return paragraph.replace(TRAILING_CREDIT, '').trimEnd();
}

/** The first paragraph without its dateline ("Jakarta, CNN Indonesia -- ", "Tokyo (ANTARA News) - "). */
export function stripDateline(paragraph: string): string {
  return splitDateline(paragraph).rest;
}

/** Verbs that scraped bodies glue to the name before or after them ("Putinmengatakan", "mengatakanIsrael"). */
const GLUED_VERBS =
  'mengatakan|menyatakan|menegaskan|menjelaskan|mengungkapkan|menambahkan|menyebut|menilai|memperingatkan|mengecam|menyerukan|mendesak|meminta|menolak|membantah|mengklaim|menuduh|mengancam|' +
  // passives a name is glued to ("Ramadhantidipastikan")
  'dipastikan|dikabarkan|diketahui|dikatakan|diduga|dinilai|ditanya|diminta|disebut';

const GLUED_AFTER_NAME = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}]*?)(${GLUED_VERBS})(?![\\p{L}])`, 'gu');
const GLUED_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(${GLUED_VERBS})(?=\\p{Lu})`, 'gu');

/**
 * Outlets' scraped bodies glue words at links: "kepadaFox News", "ujarPutin", "dilansirAPmenyatakan",
 * "luar negeriKorut", "Lavrov.Markas", "PelatihBayern MunichVincent". Only lower→upper joins after a
 * word of four or more lower-case letters (six or more letters when capitalised) are cut, so "iPhone",
 * "TikTok" and "BlackRock" stay whole. An acronym glued to a verb ("DJmembocorkan") and "tersebut" glued
 * to the word before it are cut too.
 */
/** "Sp.KK, Subsp.Ven": a doctor's degree, not a sentence glued to the next. */
const DEGREE_BEFORE = /(?:^|[^\p{L}])(?:Sub)?[Ss]p$/u;

/** Cheap tests that say a pass below could change anything at all; most paragraphs need none of them. */
const DOT_BEFORE_CAPITAL = /\.\p{Lu}/u;
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
const GLUED_VERB_ANYWHERE = new RegExp(`\\p{L}(?:${GLUED_VERBS})(?![\\p{L}])`, 'u');
const ACRONYM_THEN_VERB = /\p{Lu}{2}(?:me|ber|di|ter)\p{Ll}/u;
const TERSEBUT_GLUED = /[\p{L}\d]tersebut/u;

export function unglue(text: string): string {
  let out = text;
  if (DOT_BEFORE_CAPITAL.test(out)) {
    out = out
      .replace(/(?<![\p{L}])(Dr|dr|Prof|Ir|Drs)\.(?=\p{Lu})/gu, '$1. ') // "Dr.Rita Ramayulis"
      .replace(/(\p{Ll}{2})\.(\p{Lu}\p{Ll})/gu, (m, a: string, b: string, at: number, all: string) => (DEGREE_BEFORE.test(all.slice(Math.max(0, at - 4), at + 2)) ? m : `${a}. ${b}`));
  }
  if (LOWER_THEN_UPPER.test(out)) {
    out = out
      .replace(/(?<![\p{L}])([dD]ilansir|[mM]elansir|[dD]ikutip|[mM]engutip)(?=detik\p{Lu})/gu, '$1 ') // "dilansirdetikJatim"
      .replace(/(?<![\p{L}])(kepada|dari|di|ke|[dD]ilansir|[mM]elansir|[dD]ikutip|[mM]engutip|oleh|dengan|ujar|kata|tutur|ungkap|tegas|sebut|beber|tambah|imbuh|lansir|[mM]enurut)(?=\p{Lu})/gu, '$1 ')
      .replace(/(?<![\p{L}])(?!detik\p{Lu})(\p{Ll}{4,}|\p{Lu}\p{Ll}{5,})(?=\p{Lu}\p{Ll}{2,})/gu, '$1 '); // "detikJatim" is one name
  }
  if (GLUED_VERB_ANYWHERE.test(out)) out = out.replace(GLUED_AFTER_NAME, '$1 $2');
  if (LOWER_THEN_UPPER.test(out)) out = out.replace(GLUED_BEFORE_NAME, '$1 ');
  if (ACRONYM_THEN_VERB.test(out)) out = out.replace(/(?<![\p{L}])(\p{Lu}{2,})((?:me|mem|men|meng|ber|di|ter)\p{Ll}{4,})/gu, '$1 $2'); // "DJmembocorkan"
  if (TERSEBUT_GLUED.test(out)) out = out.replace(/([\p{L}\d]{3,})(tersebut)(?![\p{L}])/gu, '$1 $2'); // "Sang Dewitersebut": no word ends in "tersebut"
  return out;
}
