// Datelines open a story's first paragraph; ingest keeps the place, analysis reads past it.

/** Outlet names as they appear in datelines ("KOMPAS.TV", "TEMPO.CO", "PR BANDUNGRAYA", "Liputan6.com"). */
export const OUTLET_TOKEN =
  /(\.(com|co|tv|id|net|org)\b|^(kompas|antara|tempo|republika|detik|cnn|viva|suara|merdeka|tribun|okezone|liputan6|pr|zona|galamedia|pikiran|jpnn|sindonews|inews|bisnis|beritasatu|metrotv|idn)\b|\bnews\b)/i;

// "BEIJING, KOMPAS.TV - …", "Jakarta, CNN Indonesia -- …", "TRIBUNSOLO.COM, JAKARTA --Hingga …", "JAKARTA — …"
const DATELINE = /^(.{2,70}?)(?:\s+[-–—]{1,2}(?:\s[-–—](?=\s))?\s*|\s*[–—]{1,2}\s+)(?=\S)/;

/** "JAKARTA-Titi DJ …", "JAKARTA- Ahmad Dhani …": a shouted place and a dash with no space before it. */
const GLUED_DATELINE = /^([A-Z]{4,}(?: [A-Z]{3,})?)[-–—] ?(?=[A-Z][a-z])/;

/** Splits "BEIJING, KOMPAS.TV - China …" into the place ("Beijing") and the story text. */
export function splitDateline(paragraph: string): { rest: string; place?: string; text?: string } {
  const glued = GLUED_DATELINE.exec(paragraph);
  if (glued) return { rest: paragraph.slice(glued[0].length), place: titleCase(glued[1]!), text: glued[0] };
  const m = DATELINE.exec(paragraph);
  if (!m) return { rest: paragraph };
  const head = m[1]!.trim();
  const paren = /\(([^)]{1,40})\)/.exec(head);
  const segments = head.replace(/\([^)]*\)/g, '').split(',').map((s) => s.trim()).filter(Boolean);
  if (segments.length === 0 || segments.length > 3) return { rest: paragraph };
  const words = segments.join(' ').split(/\s+/);
  if (words.length > 7) return { rest: paragraph };
  const looksLikeName = (s: string) => OUTLET_TOKEN.test(s) || s.split(/\s+/).every((w) => /^[A-Z0-9(]/.test(w));
  if (!segments.every(looksLikeName)) return { rest: paragraph };
  const hasOutlet = !!paren || segments.some((s) => OUTLET_TOKEN.test(s));
  const places = segments.filter((s) => !OUTLET_TOKEN.test(s));
  // A lone capitalised phrase before a dash is a dateline only if short (Yogyakarta - …, JAKARTA - …).
  // Without an outlet name, only "Place -" (up to 3 words) or "Place, Outlet Name -" (up to 4) pass.
  if (!hasOutlet && (segments.length > 2 || words.length > (segments.length === 2 ? 4 : 3))) return { rest: paragraph };
  const place = places[0] ? titleCase(places[0]) : undefined;
  return { rest: paragraph.slice(m[0].length).trim(), place, text: m[0].trim() };
}

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => (w.length <= 3 && w === w.toUpperCase() && /^(DKI|NTB|NTT|AS|UK|RI|PBB)$/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');
}

