// Line patterns the cleaner drops or reads as metadata. Kept apart from clean.ts so adding a pattern
// for a new outlet's boilerplate is a one-line change here (or a `junkLines` entry in the outlets file).

/** "Baca Juga: …", "BACA JUGA", "Baca: …", "Lihat juga: …", "Pilihan Editor: …" (Tempo). */
export const READ_ALSO = [
  /^(?:baca|lihat|simak|tonton)\s+(?:juga|pula)(?![a-z])/,
  /^(?:Baca|Lihat|Simak|Tonton|BACA|LIHAT|SIMAK|TONTON)\s+(?:Juga|juga|JUGA|Pula|pula)(?![a-z])/,
  /^baca\s*(selengkapnya|berikutnya)?\s*[:：»>|]/i,
  /^(artikel|berita)\s+(terkait|lainnya|menarik|pilihan)\s*[:：»>|-]/i,
  /^pilihan\s+editor\s*[:：]/i,
  /^(read|see)\s+(also|more)\s*[:：]/i,
  /^jangan\s+(lewatkan|lupa\s+(baca|simak|tonton))\b/i,
];

/** Calls to action and ad residue that are not part of the story. */
export const PROMOS = [
  /gabung\s+(ke|di|dalam|dengan)\s+(channel|saluran|grup|komunitas)/i,
  /whatsapp\s*channel|channel\s+whatsapp|saluran\s+whatsapp/i,
  /^.{0,120}\b(baca|simak|update|akses|ikuti|follow|artikel|berita|berota)\b.{0,80}\bgoogle\s*news\b.{0,60}$/i,
  /^simak\s+(juga\s+)?(video|breaking|berita|selengkapnya|artikel|informasi|update)/i,
  /^(tonton|saksikan)\s+(juga\s+)?(video|live|siaran|berita)/i,
  /scroll\s+to\s+continue/i,
  /^dapatkan\s+(update|informasi|berita|notifikasi|kabar)/i,
  /^(follow|ikuti)\b.{0,80}\b(google\s*news|instagram|twitter|telegram|tiktok|youtube|facebook|whatsapp|x\.com)/i,
  /^(download|unduh)\s+(aplikasi|app|sekarang)/i,
  /^(advertisement|iklan|sponsored|konten\s+sponsor)$/i,
  /^\[?\s*gambas\s*:/i,
  /^artikel\s+ini\s+(telah\s+)?(tayang|terbit|dimuat)/i,
  /^(klik|kunjungi)\s+(di\s+)?(sini|tautan|link)\b/i,
];

/** Photo captions and credits ("Ilustrasi … /PIXABAY/…", "(Foto: …)", "ANTARA FOTO/…"). Only short lines are considered. */
export const CAPTIONS = [
  /^ilustrasi\b/i,
  /^\(?\s*(foto|photo|dok|dokumentasi|sumber\s+foto|gambar|image|grafis|infografis)\s*[:：]/i,
  /\(\s*(foto|photo|dok)\s*[:：][^)]*\)\s*$/i,
  /\bantara\s+foto\s*\//i,
  /\s\/\s?[A-Z][A-Za-z.]+(\s?\/|\s*$)/,
];

/** Labels of the blocks around an article; the last three end the article when they stand alone. */
export const LABELS = /^(tags?|tag\s+terkait|topik|kategori|share|bagikan|komentar|halaman\s*:?[\d\s]*|halaman\s+(selanjutnya|berikutnya|sebelumnya)|selanjutnya|sebelumnya|lihat\s+semua|terkini|terpopuler|populer|berita\s+terkait|artikel\s+terkait|berita\s+lainnya|rekomendasi|most\s+popular|related)\s*:?\s*$/i;
export const END_MARKERS = /^(tags?|tag\s+terkait|terkini|terpopuler|berita\s+terkait|artikel\s+terkait|berita\s+lainnya|rekomendasi)\s*:?\s*$/i;

export const COPYRIGHT = [/^(copyright|hak\s+cipta|©)/i, /all\s+rights\s+reserved/i];

/** Reporter initials closing detik/CNN/Antara stories: "(imk/imk)", "(rds/dna)". */
export const INITIALS = /^\(\s*[a-z0-9.]{1,6}(\s*[/,]\s*[a-z0-9.]{1,6}){0,3}\s*\)$/i;

const META_LABEL = 'penulis|reporter|pewarta|wartawan|kontributor|author|writer|editor|penyunting|redaktur|sumber|source';
/** A line made of "Label: value" pairs ("Penulis : A | Editor : B", "Sumber: Newsweek", "(Pewarta: X)"). */
export const META_LINE = new RegExp(`^\\(?\\s*(${META_LABEL})\\s*[:：]`, 'i');
export const META_PAIR = new RegExp(`(${META_LABEL})\\s*[:：]\\s*(.+?)\\s*(?=[|,;]?\\s*(?:${META_LABEL})\\s*[:：]|\\)?\\s*$)`, 'gi');

export function metaField(label: string): 'author' | 'editor' | 'citedSource' {
  const l = label.toLowerCase();
  if (l === 'sumber' || l === 'source') return 'citedSource';
  if (l === 'editor' || l === 'penyunting' || l === 'redaktur') return 'editor';
  return 'author';
}

/** "dikutip dari Newsweek", "dilansir X dari SCMP", "melansir Reuters", "mengutip laporan CNN". */
export const CITED_PHRASE =
  /\b(?:[Dd]ikutip|[Dd]ilansir|[Mm]engutip|[Mm]elansir|[Ss]eperti\s+dilansir|[Ss]eperti\s+dikutip)\s+(?:[\w.-]+\s+)?(?:dari\s+)?([A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|the)){0,4})/;

