import type { Knowledge } from './knowledge.ts';
import { CUE_AFTER, isPersonNoun, NOT_NAME, PERSON_NOUNS, PRONOUNS, ROLE_HEADS, ROLE_WORDS } from './lexicon.ts';
import { escapeRegExp, slugify } from './text.ts';

/** What a speaker phrase ("Menteri Luar Negeri China Wang Yi", "dia", "juru bicara polisi") says. */
export interface SpeakerPhrase {
  name?: string;
  role?: string;
  pronoun?: boolean;
  /** An unnamed speaker ("seorang pejabat AS"). */
  descriptor?: string;
  /** The words after the descriptor end in "itu", "ini" or "tersebut": it points back at someone named earlier. */
  refersBack?: boolean;
  /** The name is a nickname the cue gives ("ujar pria yang disapa Ketjuk ini"). */
  nickname?: boolean;
}

/** A person named in the article, with the role written beside the name if any. */
export interface Mention {
  name: string;
  tokens: string[];
  role?: string;
  paragraph: number;
}

export interface ResolvedSpeaker {
  name: string;
  slug: string;
  role?: string;
  country?: string;
  aliases: string[];
  known: boolean;
}

// "al-Assadi", "el-Sisi": an Arabic article before a capitalised name is part of it.
const NAME_TOKEN = /^(?:(?:al|el|ad|as|ar|an)-)?[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const PARTICLES = new Set(['bin', 'binti', 'van', 'de', 'von', 'al', 'da', 'di', 'der', 'la', 'le']);
const CAPITALISED_RUN =
  /[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:(?:bin|binti|van|de|von|al|der)\s+)?[\p{Lu}][\p{L}\p{M}'’.-]*)*/gu;

export function isNameToken(t: string, k: Knowledge): boolean {
  const bare = t.replace(/[.,]+$/, '');
  if (!NAME_TOKEN.test(bare) || NOT_NAME.has(bare) || k.placeWords.has(bare)) return false;
  if (ROLE_WORDS.has(bare.toLowerCase())) return false;
  if (/\.\p{L}{2,}/u.test(bare)) return false; // a degree after a name ("Sp.DVE", "M.Sc"); "J.D." stays
  // A sentence opening on a noun made from a verb ("Keinginan Joe Taslim …", "Penampilan Raisa …", "Usianya …").
  if (NOMINALISATION.test(bare)) return false;
  if (MEDIUM.test(bare)) return false; // "kepada Tribunkaltim", "unggah di Instagram": a medium, not a person
  if (/^\p{Lu}\p{Ll}{3,}kan$/u.test(bare)) return false; // a headline verb ("Messi Ucapkan Terima Kasih")
  if (/^\p{L}*?(\p{L}{2,})-\1$/iu.test(bare)) return false; // a reduplicated word ("Disebut-sebut", "Kadang-kadang")
  return !/^\p{Lu}{2,}$/u.test(bare); // acronyms and shouted datelines (PBB, KOMPAS) are not names
}

const ORGANISATION = /(?<![\p{L}])(?:University|Universitas|Center|Centre|Institute|Institut|Group|Grup|Festival|Entertainment|Entertaiment|Foundation|Yayasan|Association|Asosiasi|Agency|Council|Company|Corporation|Corp|Inc|Ltd|Bank|Fund|Partners|Capital|Research|Lembaga|Komite|Kantor)(?![\p{L}])/u;

/** Splits "Menteri Luar Negeri China Wang Yi" into role "Menteri Luar Negeri China" and name "Wang Yi". */
export function splitRoleName(part: string, k: Knowledge): { name?: string; role?: string } {
  const tokens = part.trim().split(/\s+/).filter(Boolean);
  let end = tokens.length;
  // "dr Wismandari Wisnu SpPD-KEMD": a specialist's degree written undotted after the name is not part of it.
  while (end > 1 && /^(?:Sub)?Sp\p{Lu}{1,4}(?:-\p{Lu}{2,5})?[.,]*$/u.test(tokens[end - 1]!)) end--;
  // "Titi DJ": a short acronym closes a name when a name comes before it (country and body acronyms do not).
  const tail = tokens[end - 1]?.replace(/[.,]+$/, '') ?? '';
  const acronymTail = end >= 2 && /^\p{Lu}{2}$/u.test(tail) && !NOT_NAME.has(tail) && !k.placeWords.has(tail) && isNameToken(tokens[end - 2]!, k);
  let start = acronymTail ? end - 1 : end;
  // "Lukman Hakim Saifuddin": "Hakim" (judge) after a name is part of it; so is a word that only extends a post
  // ("Utama") closing a two-word name ("Dhira Utama"), but not "Dinas Kesehatan" or "Dokter Umum".
  const firstIsName = (first: string) => !isPersonNoun(first.toLowerCase()) && !ORGANISATION.test(first) && !/^(?:Dinas|Badan|Balai|Pusat|Suku|Biro)$/u.test(first);
  while (start > 0) {
    const t = tokens[start - 1]!;
    if (isNameToken(t, k)) {
      start--;
      continue;
    }
    const bare = t.replace(/[.,]+$/, '');
    const surname = () => tokens.length === 2 && start === end && ROLE_WORDS.has(bare.toLowerCase()) && !ROLE_HEADS.has(bare.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(bare) && firstIsName(tokens[0]!);
    // "Jupri JHP Tampubolon": initials between two names belong to the name.
    const initials = start < end && /^\p{Lu}{2,4}$/u.test(bare) && !NOT_NAME.has(bare) && !k.placeWords.has(bare) && isPlainName(tokens[start]) && isPlainName(tokens[start - 2]);
    const partOfName = (PARTICLES.has(t) && start < end) || bare === 'Hakim' || surname() || initials;
    if (partOfName && start - 1 > 0 && isNameToken(tokens[start - 2]!, k)) start--;
    else break;
  }
  while (start < end && PARTICLES.has(tokens[start]!)) start++;
  // "Jaksa Agung Sanitiar Burhanuddin": "Agung" closes the post there, though it is a given name elsewhere.
  if (start > 0 && tokens[start] === 'Agung' && /^(?:Jaksa|Mahkamah|Kejaksaan|Wakil Jaksa)$/u.test(tokens[start - 1]!)) start++;
  // "Kementerian Perindustrian Achmad Sigit Dwiwahjono", "Kota Banjarbaru Muhammad Mirhansyah": the word after an
  // institution or a region names it, not the person; "Kalaksa BPBD Kabupaten Mojokerto" names no one.
  if (end - start >= 3 && start > 0 && /^(?:Kementerian|Kemenko|Badan|Dinas|Direktorat|Komisi|Dewan|Universitas)$/u.test(tokens[start - 1]!)) start++;
  else if ((end - start === 3 || end - start === 1) && start > 0 && /^(?:Kota|Kabupaten|Provinsi|Kecamatan|Desa|Kelurahan)$/u.test(tokens[start - 1]!)) start++;
  if (end - start > 4) start = end - 4;
  let name = start < end ? tokens.slice(start, end).join(' ').replace(/[.,]+$/, '') : undefined;
  if (name && end - start === 1 && name.replace(/\./g, '').length < 2) name = undefined; // an initial is not a name
  // "Pemain asal …" opening a sentence: a word for a person is not a name ("Putri" and "Putra" can be).
  if (name && end - start === 1 && PERSON_NOUNS.has(name.toLowerCase()) && !/^(?:putri|putra)$/iu.test(name)) name = undefined;
  const roleTokens = tokens.slice(0, start);
  const role = roleTokens.length && looksLikeRole(roleTokens) ? roleTokens.join(' ').replace(/[,\s]+$/, '') : undefined;
  return { ...(name ? { name } : {}), ...(role ? { role } : {}) };
}

/** A capitalised word that can only be part of a name: no acronym, organisation or word for a person ("Kader"). */
function isPlainName(w: string | undefined): boolean {
  return w !== undefined && /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !ORGANISATION.test(w) && !isPersonNoun(w.toLowerCase());
}

function looksLikeRole(tokens: string[]): boolean {
  return tokens.some((t) => ROLE_HEADS.has(t.toLowerCase()));
}

/** "petani tebu asal Kudus": a person described by the place they come from. */
const FROM_PLACE = /(?:^|\s)(?:asal|dari|warga)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** Words that put a time or place, not a person, before the final "itu" ("dalam kesempatan itu"). */
const NOT_DESCRIPTION = /\s(?:dalam|pada|di|ke|dari|saat|ketika|kepada|kesempatan|acara)\s/u;

/** Reads the words after a cue (`ujar Wang`, `kata juru bicara Kremlin, Dmitry Peskov`) or before a verb. */
export function parseSpeakerPhrase(phrase: string, k: Knowledge): SpeakerPhrase {
  // "Jacqueline Hargreaves (73), warga lama Sandringham": an age in brackets is not part of the name.
  // "… Imigrasi (Plt Dirjen) Yuldi Yusman": the bracketed short form of an acting post repeats the post.
  // "dr Citra", "drg Ayu": a doctor's title written without its full stop is not part of the name.
  // "… Yudhoyono (AHY) buka suara": initials after the name they spell are no part of it.
  const text = phrase.replace(/^\s*(?:oleh|sang|pula|seorang)\s+/i, '').replace(/^\s*[Pp]ihak\s+/u, '').replace(/^(?:dr|drg|Dr|DR|Drg)\.?\s+(?=\p{Lu})/u, '').replace(AGE, '').replace(ACTING_SHORT, '').replace(NICKNAME_NOTE, '').replace(INITIALS_LAST, (m, initials: string, at: number, all: string) => (initialsOfLast(all.slice(0, at), initials.length) === initials ? '' : m)).trim();
  if (!text) return {};
  const first = text.split(/[\s,]+/)[0]!.toLowerCase();
  // "ujar lanjutnya": an outlet's slip of two cues; the second, in -nya, still means the same speaker.
  if (PRONOUNS.has(first) || (first.endsWith('nya') && CUE_AFTER.has(first))) return { pronoun: true };
  // "KBRI Phnom Penh", "BPBD Sukabumi": a body named with its seat speaks as a body, not as a person "Sukabumi".
  if (BODY_SEAT.test(text)) return { descriptor: text };
  // "sang penyanyi", "Pemain asal FC Twente ini": a definite description of a person points back at someone;
  // "Presiden Prabowo dalam kesempatan itu" is a name and a time, and "teman dekat Harry, mencoba … itu" ends elsewhere.
  const all = text.split(/\s+/);
  const definite = /^\s*sang\s/iu.test(phrase) || (all.length > 1 && /^(?:itu|tersebut|ini)$/u.test(all.at(-1)!));
  if (definite && !text.includes(',') && !NOT_DESCRIPTION.test(text) && (PERSON_NOUNS.has(first) || (isPersonNoun(first) && /^\p{Ll}/u.test(text)))) {
    return { descriptor: text, refersBack: true };
  }
  const allParts = text.split(/\s*,\s*/).filter(Boolean);
  // "Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Achmad Sigit": a post listing
  // sectors runs over commas; the full name closing the last part holds it.
  const closing = allParts.length > 2 ? splitRoleName(allParts.at(-1)!, k) : undefined;
  if (closing?.name?.includes(' ') && looksLikeRole(allParts[0]!.split(/\s+/))) {
    return { name: closing.name, role: text.slice(0, text.lastIndexOf(closing.name)).replace(/[,\s]+$/u, '') };
  }
  const parts = allParts.slice(0, 2);
  let a = splitRoleName(parts[0]!, k);
  const b = parts[1] ? splitRoleName(parts[1], k) : undefined;
  // "salah satu pengemudi ojol asal Genuk, Wawan kepada …": the capitalised word after "asal" is a place; the
  // person is named after the comma.
  // "ucap perempuan asal Blitar": a person described by where they come from, named nowhere in the phrase.
  if (a.name && !parts[1] && isPersonNoun(first) && new RegExp(`^\\p{Ll}[\\p{Ll}\\s]*\\s(?:asal|dari)\\s+${escapeRegExp(a.name)}$`, 'u').test(parts[0]!)) return { descriptor: text, refersBack: true };
  // "salah seorang petani tebu asal Kudus, Agus": the place may be one kabar does not take for a name at all.
  if (parts[1] && (a.name ? new RegExp(`(?:asal|dari|warga)\\s+${escapeRegExp(a.name)}$`, 'u') : FROM_PLACE).test(parts[0]!)) {
    const person = b?.name ? b : leadingName(parts[1], k);
    if (person?.name) return { name: person.name, role: parts[0]! };
    a = {};
  }
  // "Titi DJ menirukan perkataan Stephanie": the name right after the cue speaks, not one later in the clause.
  const leading = a.name ? leadingName(parts[0]!, k) : undefined;
  if (leading) return leading;
  if (a.name && b && !b.name && looksLikeRole(parts[1]!.split(/\s+/))) return { name: a.name, role: a.role ?? parts[1] };
  // "CEO Circle, Jeremy Allaire", "Head of the … Research Center Dongguk University, Park Sung-jun": the
  // first part names a post or an organisation, the second the person holding it.
  // "perajin Lingkungan Papring, Widie Nurmahmudy": a trade and where it is plied, then the person.
  const trade = /^\p{Ll}/u.test(parts[0]!) && isPersonNoun(first);
  if (a.name && b?.name && b.name.length >= 4 && !b.role && (a.role || trade || ORGANISATION.test(a.name))) return { name: b.name, role: parts[0]! };
  if (a.name) return a;
  if (b?.name && (looksLikeRole(parts[0]!.split(/\s+/)) || /\p{Lu}/u.test(parts[0]!))) return { name: b.name, role: b.role ?? parts[0] };
  // "Shynkarenko dalampress briefingbersama awak media": a name, then glued words that are not part of it.
  const lead = leadingName(parts[0]!, k);
  if (lead) return lead;
  // Long enough for "juru bicara Kementerian Luar Negeri AS".
  const words = parts[0]!.split(/\s+/);
  const descriptor = words.slice(0, 7).join(' ');
  const refersBack = words.length > 7 && /^(?:itu|tersebut|ini)$/u.test(words.at(-1)!);
  return /\p{L}/u.test(descriptor) ? { descriptor, ...(a.role ? { role: a.role } : {}), ...(refersBack ? { refersBack } : {}) } : {};
}

/** A name and nothing else opening the phrase, before the first lower-case word ("Titi DJ menirukan …"). */
function leadingName(part: string, k: Knowledge): SpeakerPhrase | undefined {
  const lead = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})(?!(?:of|the|and|for|de|da|van|von|der|bin|binti|dan|untuk)\s|(?:al|el|ad|as|ar|an)-\p{Lu})\p{Ll}/u.exec(part)?.[1]?.trim();
  if (!lead || looksLikeRole(lead.split(/\s+/))) return undefined;
  const named = splitRoleName(lead, k);
  return named.name === lead ? named : undefined;
}

/** Social platforms and outlets a quote was given to or posted on. */
const MEDIUM = /^(?:Instagram|Facebook|Twitter|TikTok|YouTube|Youtube|Threads|WhatsApp|Tribun\p{L}*|detik\p{L}*|Kompas(?:TV|\.com)?|Liputan6(?:\.com)?|Okezone|Sindonews|Antara|Tempo)$/u;
/** Ke-…-an, pe(N)-…-an and …-nya nouns; names of that shape ("Keenan") are rare enough to give up. */
const NOMINALISATION = /^(?:(?:Ke|Pe|Pem|Pen|Peng|Peny|Per)\p{Ll}{3,}an|\p{Lu}\p{Ll}{3,}nya)$/u;
const BODY_SEAT = /^(?:KBRI|KJRI|KONJEN|BPBD|BMKG|BPS|BNPB|Basarnas|Polres|Polresta|Polrestabes|Polda|Polsek|Pemkot|Pemkab|Pemprov|Kejari|Kejati|Dinkes|Disdik|Bapenda|DPRD)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}$/u;
/** "kata Cak Imin sapaan akrabnya": the note that a name is a nickname is not part of it. */
const NICKNAME_NOTE = /,?\s*[-–]?\s*(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?\b.*$/u;
/** "Gill (74)": an age in brackets after a name. */
export const AGE = /\s*\(\d{1,3}\)/gu;
/** An age right after a name: "Ali (31)", "Ali (31 tahun)". */
export const AGE_NEXT = /^\s*\(\d{1,3}(?:\s*tahun)?\)/u;
/** "… Agus Harimurti Yudhoyono (AHY)": initials closing the phrase, spelling the name before them. */
const INITIALS_LAST = /\s*\((\p{Lu}{2,5})\)\s*$/u;
/** The initials of the last n words, when a post or nothing comes before them ("memeriksa Tempat Kejadian Perkara" is no name). */
function initialsOfLast(text: string, n: number): string | undefined {
  const words = text.trim().split(/\s+/);
  const before = words.at(-n - 1);
  return before === undefined || /^\p{Lu}/u.test(before) ? words.slice(-n).map((w) => w[0]).join('') : undefined;
}
/** "(Plt Dirjen)", "(Plt)": the bracketed short form of an acting post. */
const ACTING_SHORT = /\s*\((?:Plt|Plh|Pj|Pjs)\.?(?:\s[^)]*)?\)/gu;

/** "Bupati Iron, sapaan akrabnya": a nickname noted after it is used, for the holder of the post before it. */
const SAPAAN_AFTER = /(\p{Lu}[\p{L}'’-]+),?\s+(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?(?![\p{L}])/gu;
const SAPAAN = /(\p{Lu}[\p{L}'’-]+),\s+sapaan(?:\s+akrab)?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/gu;
/** Forms of address before a nickname ("Gus Ipul", "Mas Nul", "Bro Ron"). */
const ADDRESS = '(?:Mas|Mbak|Bang|Kak|Cak|Gus|Pak|Bu|Bung|Kang|Bro|Om)\\s+';
const NICKNAME = new RegExp(`(?:(?:akrab|karib|biasa|kerap)\\s+(?:disapa|dipanggil|disebut)|yang\\s+(?:disapa|dipanggil))\\s*(?:${ADDRESS})?(\\p{Lu}[\\p{L}'’-]+)`, 'gu');
const SPELLED_OUT = /((?:\p{Lu}[\p{L}'’-]*,?\s+(?:(?:dan|&)\s+)?){2,8})\((\p{Lu}{2,6})\)/gu;

/**
 * "Masyarakat Transportasi Indonesia (MTI)", "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": bodies the
 * article spells out, by their initials. Only the shortest run of capitalised words whose initials spell them.
 */
export function spelledOutBodies(paragraphs: string[]): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const p of paragraphs) {
    if (!p.includes('(')) continue;
    for (const m of p.matchAll(SPELLED_OUT)) {
      const words = m[1]!.trim().replace(/,$/u, '').split(/\s+/);
      for (let i = words.length - 2; i >= 0; i--) {
        const capitals = words.slice(i).filter((w) => /^\p{Lu}/u.test(w));
        if (/^\p{Lu}/u.test(words[i]!) && capitals.map((w) => w[0]).join('') === m[2]) {
          if (!bodies.has(m[2]!)) bodies.set(m[2]!, words.slice(i).join(' '));
          break;
        }
      }
    }
  }
  // "Dinas Pertanian dan Pangan (Dispertan)", "Kementerian Luar Negeri (Kemenlu)": a body cut to syllables.
  for (const p of paragraphs) {
    if (!p.includes('(')) continue;
    for (const m of p.matchAll(SYLLABLE_SHORT_FORM)) {
      if (!bodies.has(m[2]!) && m[2]!.slice(0, 2).toLowerCase() === m[1]!.slice(0, 2).toLowerCase()) bodies.set(m[2]!, m[1]!);
    }
  }
  return bodies;
}

const SYLLABLE_SHORT_FORM = /((?:Dinas|Badan|Kementerian|Dewan|Komisi|Lembaga|Pusat|Direktorat|Balai|Satuan|Kantor|Majelis|Mahkamah|Otoritas|Asosiasi|Persatuan|Ikatan|Himpunan|Kepolisian|Pemerintah|Bank|Perusahaan)(?:\s+(?:dan|\p{Lu}\p{L}+))+)\s*\((\p{Lu}\p{Ll}{3,})\)/gu;

/**
 * "Maruarar Sirait (Ara)", "Saifullah Yusuf (Gus Ipul)", "Maruarar Sirait atau Ara menyambangi …", "Betrand Peto Putra
 * Onsu alias Onyo", "Nazril Irham atau Ariel NOAH" (a band in capitals may follow): a nickname beside the full name.
 */
const NICK_BESIDE = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s*(?:\\((?:${ADDRESS})?(\\p{Lu}\\p{Ll}+)\\)|\\s+(?:atau|alias)\\s+(?:${ADDRESS})?(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-]|\\s+\\p{Lu}\\p{Ll}))`, 'gu');

const NICK_INSIDE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+['‘’"“]\s?(\p{Lu}[\p{L}-]+)\s?['’"”]\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/gu;
/** "Rolliansyah (Roy) Soemirat": a nickname in brackets between given name and surname (not a day or month after it). */
const NICK_IN_BRACKETS = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})\s+\((\p{Lu}\p{Ll}+)\)\s+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)(?![\p{L}]))(\p{Lu}\p{Ll}{2,})(?=[\s,.]+(?:\p{Ll}|$))/gu;

const NAMED_AFTER = /(?<![\p{L}])(?:RSUD|RSUP|RSU|RS|Rumah Sakit|Jalan|Jl\.?|Stadion|Bandara|Universitas|Gedung)\s+(?:dr|Dr|Prof|H|KH|Ir)\.?\s*$/u;

/** What a ministry's or body's name continues with after "dan" ("Menteri Kelautan dan Perikanan …"). */
const JOINED_POST = /^(Olahraga|Perikanan|Kebudayaan|HAM|Hak Asasi Manusia|Sumber Daya Mineral|Tata Ruang|Informatika|Reformasi Birokrasi|Teknologi|Pendidikan Tinggi|Kehutanan|Menengah|Transmigrasi|Ekonomi Kreatif|Keamanan|Perlindungan Anak|Kependudukan|Pembangunan)\s+(?=\p{Lu})/u;

/** Every person named in the article: capitalised runs that end in a name, with the role written before it. */
export function collectMentions(paragraphs: string[], k: Knowledge): Mention[] {
  const mentions: Mention[] = [];
  const places = placesIn(paragraphs.join('\n'));
  paragraphs.forEach((p, paragraph) => {
    // "Bupati Lanny Jaya, Provinsi Papua Pegunungan, Aletinus Yigibalom": the post goes to the next name.
    let postAwaitingName: string | undefined;
    // A run stops at a full stop after a word ("Los Angeles. Laporan media …"); an initial ("J.") does not end it.
    const runs = [...p.matchAll(CAPITALISED_RUN)].flatMap((m) => {
      let at = m.index!;
      return m[0].split(/(?<=\p{L}{2,}\.)(?=\s)/u).map((piece) => {
        const run = { text: piece.trim(), index: at + piece.length - piece.trimStart().length };
        at += piece.length;
        return run;
      });
    });
    for (const run of runs) {
      // "RSUD dr Djasamen Saragih", "Jalan Dr Sutomo": a hospital or a street named after someone.
      if (NAMED_AFTER.test(p.slice(Math.max(0, run.index - 30), run.index))) continue;
      // "Menteri Pemuda dan Olahraga Imam Nahrawi": the run after "dan" opens with the rest of the post.
      const joined = /\sdan\s+$/u.test(p.slice(Math.max(0, run.index - 5), run.index)) ? JOINED_POST.exec(run.text) : null;
      const split = withoutPlace(splitRoleName(joined ? run.text.slice(joined[0].length) : run.text, k), places);
      if (split.nameFollows) postAwaitingName = split.role;
      if (!split.name) continue;
      const tokens = split.name.split(' ');
      const known = k.peopleByName.get(split.name.toLowerCase());
      const postBefore = joined ? roleBefore(p, p.lastIndexOf('dan', run.index)) : undefined;
      const role = postBefore ? `${postBefore} dan ${joined![1]}` : (split.role ?? roleBefore(p, run.index) ?? postAwaitingName);
      postAwaitingName = undefined;
      // "Kasubag Humas Polrestabes Bandung AKP Rosidana": one word after a rank is a person's name.
      if (tokens.length < 2 && !known && !RANK_LAST.test(split.role ?? '') && !oneWordPerson(tokens[0]!, p, run, role !== undefined && !split.role, k)) continue;
      mentions.push({ name: split.name, tokens, paragraph, ...(role ? { role } : {}) });
    }
    // "lelaki yang karib disapa Ale": the nickname names the person last named in full whose name starts
    // like it ("Ale" → "Mohammed Ali Berawi"); with no such person it stays a name of its own.
    for (const m of p.matchAll(NICKNAME)) {
      const nick = m[1]!;
      // Names inside a quote earlier in the paragraph are what the speaker talks about, not who they are.
      const quoteBefore = /["“”]/u.test(p.slice(0, m.index!));
      const earlier = (x: Mention) => x.paragraph < paragraph || (!quoteBefore && x.paragraph === paragraph && p.indexOf(x.name) < m.index!);
      const full = mentions.filter((x) => x.tokens.length >= 2);
      // "Liliyana atau yang akrab disapa Butet": the name right before; else one that starts like the nickname.
      const before = /(\p{Lu}[\p{L}'’-]+)\s*,?\s*(?:atau\s+)?(?:yang\s+)?(?:lebih\s+)?$/u.exec(p.slice(Math.max(0, m.index! - 40), m.index!))?.[1];
      // "Pria yang akrab disapa Dani ini" opening a sentence: "Pria" is no name, and points back at someone.
      const named = before && isPersonNoun(before.toLowerCase()) && !ROLE_WORDS.has(before.toLowerCase()) ? undefined : before;
      // "Mensos yang karib disapa Gus Ipul": a post right before names its holder.
      const person =
        full.findLast((x) => named !== undefined && (x.tokens.includes(named) || x.role?.includes(named))) ??
        full.findLast((x) => x.tokens.some((t) => t.slice(0, 2) === nick.slice(0, 2))) ??
        // "Thobahul Aftoni … Pria yang akrab disapa Toni": a nickname can be the end of any word of the name.
        full.findLast((x) => nick.length >= 3 && x.tokens.some((t) => t.length > nick.length && t.toLowerCase().endsWith(nick.toLowerCase()))) ??
        // "sosok yang karib disapa BTM": initials spell the name ("Benhur Tommy Mano").
        full.findLast((x) => /^\p{Lu}{2,5}$/u.test(nick) && x.tokens.slice(-nick.length).map((t) => t[0]).join('') === nick) ??
        // "pria yang karib disapa Gus Ipul": the person named last before it, in this paragraph or one before;
        // one given a post first, since a place or an event is a capitalised run too.
        (named === undefined ? (full.findLast((x) => earlier(x) && x.role) ?? full.findLast(earlier)) : undefined);
      if (person) mentions.push({ ...person, tokens: [...person.tokens, nick], paragraph });
      // "Kepala BPS Suhariyanto atau yang akrab disapa Ketjuk": a one-word name is a person once it has a nickname.
      else if (named && !ROLE_WORDS.has(named.toLowerCase()) && !NOT_NAME.has(named)) mentions.push({ name: named, tokens: [named, nick], paragraph });
    }
    for (const m of p.matchAll(NICK_BESIDE)) {
      const person = mentions.findLast((x) => x.tokens.length >= 2 && x.tokens.at(-1) === m[1]);
      if (person) mentions.push({ ...person, tokens: [...person.tokens, (m[2] ?? m[3])!], paragraph });
    }
    // "Stefano 'Teco' Cugurra": a nickname in quotation marks inside the name, or in brackets.
    for (const m of p.matchAll(NICK_INSIDE)) {
      const name = `${m[1]} ${m[3]}`;
      mentions.push({ name, tokens: [...name.split(' '), m[2]!], paragraph });
    }
    for (const m of p.matchAll(NICK_IN_BRACKETS)) {
      // "Menteri Ketenagakerjaan (Menaker) Yassierli": a post and its short form, not a name.
      if (!isNameToken(m[1]!, k) || !isNameToken(m[3]!, k) || ROLE_WORDS.has(m[1]!.toLowerCase()) || splitRoleName(m[2]!, k).role) continue;
      const name = `${m[1]} ${m[3]}`;
      mentions.push({ name, tokens: [...name.split(' '), m[2]!], paragraph, ...(roleBefore(p, m.index!) ? { role: roleBefore(p, m.index!) } : {}) });
    }
    for (const m of p.matchAll(SAPAAN_AFTER)) {
      const nick = m[1]!;
      const full = mentions.filter((x) => x.tokens.length >= 2 && (x.paragraph < paragraph || p.indexOf(x.name) < m.index!));
      if (full.some((x) => x.tokens.includes(nick))) continue;
      // Only when the post written before the nickname ("Bupati Iron") picks its holder: the person named last
      // is too often someone else.
      const post = /(\p{L}+)\s+$/u.exec(p.slice(Math.max(0, m.index! - 30), m.index!))?.[1]?.toLowerCase();
      const person = post && ROLE_WORDS.has(post) ? full.findLast((x) => x.role?.toLowerCase().split(/\s+/).includes(post)) : undefined;
      if (person) mentions.push({ ...person, tokens: [...person.tokens, nick], paragraph });
    }
    // "Teco, sapaan Stefano Cugurra": the nickname and the full name side by side.
    for (const m of p.matchAll(SAPAAN)) {
      const person = mentions.findLast((x) => m[2]!.startsWith(x.name) || x.name.startsWith(m[2]!));
      if (person) mentions.push({ ...person, tokens: [...person.tokens, m[1]!], paragraph });
    }
  });
  return [...mentions, ...oneWordLongForms(paragraphs, mentions)];
}

/** What follows a name a scraped page glued it to ("Simeonelayaknya", "Soeharsodi"), not the rest of a name. */
const GLUED_WORD = /^(?:di|ke|dan|yang|me|ber|ter|pe|se|la)\p{Ll}{2,}|nya$/u;

/**
 * "Menurut Solehudin, … kata Soleh": a person the article names by one word and then cuts short is not
 * a mention of two words, so say so: the long word with the short one as its alias. Only when the
 * short word begins exactly one longer word of the article.
 */
function oneWordLongForms(paragraphs: string[], mentions: Mention[]): Mention[] {
  const words = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    for (const w of p.match(/(?<![\p{L}-])\p{Lu}\p{Ll}{2,}(?![\p{L}-])/gu) ?? []) if (!words.has(w)) words.set(w, i);
  });
  const inNames = new Set(mentions.flatMap((m) => m.tokens));
  // Words by their first three letters, so each short word is compared only with words that could begin with it.
  const byStart = new Map<string, string[]>();
  for (const w of words.keys()) byStart.set(w.slice(0, 3), [...(byStart.get(w.slice(0, 3)) ?? []), w]);
  // And by their last five letters, for names cut at the front ("Prapto" for "Suprapto").
  const byEnd = new Map<string, string[]>();
  for (const w of words.keys()) if (w.length >= 6) byEnd.set(w.slice(-5).toLowerCase(), [...(byEnd.get(w.slice(-5).toLowerCase()) ?? []), w]);
  const found: Mention[] = [];
  for (const short of words.keys()) {
    // "AKP Suprapto … kata Prapto": a Javanese name also drops its first syllable (up to three letters).
    const cutAtFront = short.length >= 5 ? (byEnd.get(short.slice(-5).toLowerCase()) ?? []).filter((w) => w.length > short.length + 1 && w.length <= short.length + 3 && w.toLowerCase().endsWith(short.toLowerCase())) : [];
    const longs = [...(byStart.get(short.slice(0, 3)) ?? []).filter((w) => w.length > short.length + 1 && w.startsWith(short) && !GLUED_WORD.test(w.slice(short.length))), ...cutAtFront];
    if (longs.length !== 1 || inNames.has(longs[0]!) || inNames.has(short)) continue;
    found.push({ name: longs[0]!, tokens: [longs[0]!, short], paragraph: words.get(longs[0]!)! });
  }
  return found;
}

/**
 * "Gubernur California Gavin Newsom", "Wali Kota Los Angeles Karen Bass": when the words before the name are
 * a place the article also writes after "di", "ke" or "dari", they belong to the role, not the name; when the
 * place is all there is, there is no name.
 */
function withoutPlace(split: { name?: string; role?: string }, places: Set<string>): { name?: string; role?: string; nameFollows?: boolean } {
  // "Bupati Lanny Jaya, Provinsi Papua Pegunungan, Aletinus Yigibalom": a post's region is no holder of it.
  if (split.role && split.name && places.has(split.name)) return { role: `${split.role} ${split.name}`, nameFollows: true };
  const tokens = split.name?.split(' ') ?? [];
  for (let n = Math.min(2, tokens.length - 2); n >= 1; n--) {
    const place = tokens.slice(0, n).join(' ');
    if (places.has(place)) return { name: tokens.slice(n).join(' '), role: [split.role, place].filter(Boolean).join(' ') };
  }
  // "Sekretaris Daerah Banyumas Agus Nur Hadie": a region's name follows the word for it.
  if (tokens.length >= 3 && /(?:Daerah|Kabupaten|Provinsi|Wilayah|Regional)$/u.test(split.role ?? '')) {
    return { name: tokens.slice(1).join(' '), role: `${split.role} ${tokens[0]}` };
  }
  return split;
}

/**
 * "Ketua Umum FSP RTMM-SPSI, Sudarto menyuarakan …": one word given a post before a comma (not inside its own
 * run) and followed by a verb is a name; so is one given an age ("Ali (31), generasi kedua pedagang buku").
 */
function oneWordPerson(word: string, p: string, run: { text: string; index: number }, postBefore: boolean, k: Knowledge): boolean {
  const after = p.slice(run.index + run.text.length);
  if (AGE_NEXT.test(after)) return word.length >= 3 && isNameToken(word, k);
  return postBefore && /,\s*$/u.test(p.slice(Math.max(0, run.index - 3), run.index)) && /^\s+(?:me|ber|di)\p{Ll}{3,}/u.test(after) && word.length >= 4 && isNameToken(word, k);
}

/** Capitalised words, one or two, written after "di", "ke", "dari", "kota" or "negara bagian": places. */
function placesIn(text: string): Set<string> {
  const places = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])(?:[Dd]i|[Kk]e|[Dd]ari|[Kk]ota|[Nn]egara [Bb]agian)\s+(\p{Lu}[\p{L}'’.-]*)(?:\s+(\p{Lu}[\p{L}'’.-]*))?/gu)) {
    const [first, second] = [m[1]!.replace(/[.,]+$/u, ''), m[2]?.replace(/[.,]+$/u, '')];
    places.add(first);
    if (second && !/[.,]$/u.test(m[1]!)) places.add(`${first} ${second}`);
  }
  return places;
}

/** The role written just before a name: "Duta Besar Beijing untuk Moskow, Zhang Hanhui" → "Duta Besar Beijing untuk Moskow". */
function roleBefore(text: string, index: number): string | undefined {
  const before = text.slice(Math.max(0, index - 90), index).replace(/,?\s*$/, '');
  const tokens = before.split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (/[.;:!?"“”]$/.test(t)) break;
    const lower = t.toLowerCase();
    // "(Seskab)", "(Kapolres HST)" abbreviate the role written before them.
    if (ROLE_WORDS.has(lower) || /^\(?\p{Lu}/u.test(t) || (taken.length && /^(untuk|urusan|bidang)$/.test(lower))) taken.unshift(t.replace(/,$/, ''));
    else break;
    if (t.endsWith(',') && i < tokens.length - 1) break;
  }
  while (taken.length && !ROLE_HEADS.has(taken[0]!.toLowerCase())) taken.shift();
  return taken.length ? taken.join(' ') : undefined;
}

const SURNAME_PARTICLE = /^(?:Van|De|Der|Den|Von|Le|La|Da|Di|Del|Dos|Du|Ter|Ten)$/u;

/**
 * Resolves a written name to a person: a known person (config/people.json) by name or alias, else the
 * fullest mention that contains it ("Wang" → "Wang Yi"), preferring mentions before `paragraph`.
 */
export function resolveName(written: string, mentions: Mention[], paragraph: number, k: Knowledge): ResolvedSpeaker {
  // "kata Kombes Erwanto": a police or military rank before the name is not part of it.
  const name = written.replace(RANK, '') || written;
  const tokens = name.split(/\s+/);
  // "Gerrit van Dijk … kata Van Dijk": a surname particle is capitalised when the surname stands alone.
  const particleLowered = tokens.map((t, i) => (i < tokens.length - 1 && SURNAME_PARTICLE.test(t) ? t.toLowerCase() : t));
  let fullest: Mention | undefined;
  for (const m of mentions) {
    if (m.tokens.length < tokens.length || !(containsRun(m.tokens, tokens) || containsRun(m.tokens, particleLowered))) continue;
    const better =
      !fullest ||
      (m.paragraph <= paragraph && fullest.paragraph > paragraph) ||
      ((m.paragraph <= paragraph) === (fullest.paragraph <= paragraph) && m.tokens.length > fullest.tokens.length);
    if (better) fullest = m;
  }
  // "Wali Kota Los Angeles Karen Bass" read as one name: the person is the mention it ends with.
  if (!fullest && tokens.length >= 3) fullest = mentions.find((m) => m.tokens.length >= 2 && m.tokens.length < tokens.length && m.tokens.join(' ') === tokens.slice(-m.tokens.length).join(' '));
  // Outlets misspell a name they spelt right earlier ("Andina" for "Andia"): one edit away still matches.
  if (!fullest && tokens.length === 1 && name.length >= 4) {
    // Four letters ("Tump") only reach a person kabar knows, where a typo is likelier than a new name.
    fullest = mentions.find((m) => m.paragraph <= paragraph && (name.length >= 5 || k.peopleByName.has(m.name.toLowerCase())) && m.tokens.some((t) => t.length >= 4 && withinOneEdit(t, name)));
  }
  // "Farea Al-Muslimi … kata Muslimi": an Arabic name is written with or without its article.
  if (!fullest && tokens.length === 1) fullest = mentions.find((m) => m.paragraph <= paragraph && m.tokens.some((t) => t.replace(/^(?:al|el|Al|El)-/u, '') === name));
  // "Susiwijono Moegiarso … kata Susi", "Vinsensius Jemadu … kata Vincen": a short form of one person's name.
  if (!fullest && tokens.length === 1 && name.length >= 4) fullest = shortFormOf(name, mentions, paragraph);
  // "Solehudin … Soleh mengaku … kata Soleh", "Fatur … Faturachman (vocal)": a first name cut short is
  // the one person whose name it begins, even when the short form was also written on its own.
  if (tokens.length === 1 && name.length >= 3 && (!fullest || fullest.tokens.length === 1)) fullest = longFormOf(name, mentions) ?? fullest;
  // "Sekretaris Kabinet (Seskab) Teddy Indra Wijaya … kata Seskab": an abbreviated role stands for its holder.
  if (!fullest && tokens.length === 1) fullest = mentions.find((m) => m.paragraph <= paragraph && m.role?.includes(`(${name})`));
  // "Agus Harimurti Yudhoyono (AHY) … kata AHY": initials stand for the person whose name they spell.
  if ((!fullest || fullest.tokens.length === 1) && /^\p{Lu}{2,5}$/u.test(name)) fullest = mentions.find((m) => m.paragraph <= paragraph && m.tokens.length >= name.length && m.tokens.slice(-name.length).map((t) => t[0]).join('') === name) ?? fullest;
  // A mention written with its rank ("Kombes Susatyo") names the person without it.
  // "Polres Karanganyar Iptu Mulyadi" read as one run: the post and the rank go, the name after them stays.
  const full = (fullest?.name ?? name).replace(RANK, '').replace(RANK_INSIDE, '') || name;
  // "Harris Turino … sambung Harris": the article's own fuller name wins over a known person sharing the short one.
  // "Listyo Sigit Prabowo … Presiden Prabowo … kata Prabowo": the known person still wins when the article
  // also names them with a post or in full.
  const byShort = k.peopleByName.get(name.toLowerCase());
  const namedAlone = mentions.some((m) => (m.name === name && m.role) || m.name === byShort?.name);
  // Only a fuller name the article introduces with a post ("Anggota Komisi XI … Harris Turino"), not a headline
  // fragment ("Pesan Prabowo").
  const introduced = fullest !== undefined && mentions.some((m) => m.name === fullest!.name && m.role);
  const fuller = introduced && fullest!.tokens.length > tokens.length && !namedAlone;
  const known = k.peopleByName.get(full.toLowerCase()) ?? (fuller ? undefined : byShort);
  const aliases = [...new Set([name, full].filter((n) => n !== (known?.name ?? full)))];
  const role = fullest?.role ?? (fullest ? mentions.find((m) => m.name === fullest!.name && m.role)?.role : undefined);
  if (known) {
    return {
      name: known.name,
      slug: known.slug,
      aliases: [...new Set([...known.aliases, ...aliases])],
      known: true,
      ...(role ?? known.role ? { role: role ?? known.role } : {}),
      ...(known.country ? { country: known.country } : {}),
    };
  }
  return { name: full, slug: slugify(full), aliases, known: false, ...(role ? { role } : {}) };
}

/** Police and army ranks that never stand for anything but a rank. */
const RANKS = 'Kombes|Kompol|AKBP|AKP|Iptu|IPTU|Ipda|IPDA|Aiptu|Aipda|Bripda|Brigpol|Brigjen|Irjen|Komjen|Letkol|Kolonel|Mayjen|Letjen|Bripka|Briptu';
/** A post ending in a rank ("Kasubag Humas Polrestabes Bandung AKP"): the one word after it is a name. */
const RANK_LAST = new RegExp(`(?:^|\\s)(?:${RANKS})(?:\\s+Pol\\.?)?$`, 'u');
const RANK_INSIDE = new RegExp(`^(?:\\p{Lu}[\\p{L}.-]*\\s+)+?(?:${RANKS})(?:\\s+Pol\\.?)?\\s+(?=\\p{Lu})`, 'u');
/** Before a name, lower ranks and navy and air force ranks too (inside a run "Kapten" or "Mayor" may be a post or a place). */
const RANK = new RegExp(`^(?:${RANKS}|Brigadir|Kapten|Mayor|Serka|Serda|Sertu|Pelda|Peltu|Praka|Pratu|Letda|Lettu|Laksma|Laksda|Laksdya|Marsma|Marsda|Marsdya)(?:\\s+(?:Pol|TNI)\\.?)?\\s+`, 'u');

/** The one person named so far with a word that starts like `name` (three letters or more in common). */
function shortFormOf(name: string, mentions: Mention[], paragraph: number): Mention | undefined {
  // A misspelling ("Wancyzk") or a blend ("Bamsoet") is about as long as the name; "Habiburokhman" is not "Habib".
  return onePerson(mentions.filter((m) => m.paragraph <= paragraph && m.tokens.some((t) => t.length > 3 && name.length <= t.length + 2 && commonPrefix(t, name) >= 3)));
}

/** First names that people are called by the name after: "Sri Wahyuni" is Yuni, "Siti Aminah" Aminah or Minah. */
const CALLED_BY_NEXT = /^(?:Sri|Siti|Dwi|Tri|Nur|Nurul)$/u;

/** The one person whose name has a word that begins with `name` and is longer ("Zen" → "Zenzia Ihza"). */
function longFormOf(name: string, mentions: Mention[]): Mention | undefined {
  // "Defira Novianti Crisandy … ujar Fira", "Kurnia Lesani Adnan … kata Sani": a nickname can also keep the
  // last syllables of a given name (not of a surname: "Adi" is not "Dedi Mulyadi").
  const cutFrom = (t: string) => t.length > name.length + 1 && t.startsWith(name);
  const endOf = (t: string) => t.length > name.length + 1 && t.toLowerCase().endsWith(name.toLowerCase());
  // After a first name people are not called by ("Sri Wahyuni" … "kata Yuni"), the last word is the given name.
  const given = (m: Mention) => (CALLED_BY_NEXT.test(m.tokens[0]!) && m.tokens.length === 2 ? m.tokens : m.tokens.slice(0, -1));
  return onePerson(mentions.filter((m) => m.tokens.some(cutFrom) || given(m).some(endOf)));
}

/** The fullest of these mentions when they are all one person (one surname), else no one. */
function onePerson(found: Mention[]): Mention | undefined {
  const people = new Set(found.map((m) => m.tokens.at(-1)));
  return people.size === 1 ? found.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a)) : undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function containsRun(hay: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
