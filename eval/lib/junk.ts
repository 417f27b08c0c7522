// The eval's own list of read-also and promo residue, kept apart from src/ingest/clean-patterns.ts on
// purpose: measuring the cleaner with its own patterns could never find a leak.
const LEAK = [
  /baca\s+juga/i,
  /^baca\s*:/i,
  /^lihat\s+juga/i,
  /gabung\s+ke\s+channel/i,
  /whatsapp\s+channel|channel\s+whatsapp/i,
  /simak\s+(juga\s+)?video/i,
  /^(tonton|saksikan)\s+(juga\s+)?(video|live)/i,
  /scroll\s+to\s+continue/i,
  /\bdapatkan\s+update\s+berita/i,
  /google\s+news/i,
  // Anchored: an advertorial's own sentence may say "cukup download aplikasi …"; a promo line starts with it.
  /^(download|unduh)\s+aplikasi/i,
  /^advertisement$/i,
];

/** Lines that are read-also links or promos. */
export function leakedJunk(lines: string[]): string[] {
  return lines.filter((l) => LEAK.some((r) => r.test(l)));
}
