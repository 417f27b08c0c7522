// Indonesian pages print local times with a zone word; kabar stores UTC.
const ZONES: Record<string, number> = { wib: 7, wita: 8, wit: 9 };

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, pebruari: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const TEXT_DATE = new RegExp(
  `(\\d{1,2})\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})(?:[^\\d]{0,12}?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?(?:\\s*(WIB|WITA|WIT|GMT|UTC)\\b)?`,
  'i',
);
const NUMERIC_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[^\d]{0,6}?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?(?:\s*(WIB|WITA|WIT|GMT|UTC)\b)?/i;
const ISO_LIKE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i;

/**
 * Parses the dates Indonesian outlets print ("Kamis, 30 Desember 2021 10:30 WIB", "15 Oktober 2020, 14:32 WIB",
 * "05/11/2015 10:00 WIB", ISO 8601, RFC 822) into a UTC ISO string. A time without a zone is taken as WIB.
 */
export function parseIndonesianDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
    if (zone) return valid(new Date(text.trim().replace(' ', 'T')));
    return fromParts(+y!, +mo!, +d!, +h, +mi, +s, 7);
  }
  const t = TEXT_DATE.exec(text);
  if (t) {
    const [, d, month, y, h = '0', mi = '0', s = '0', zone] = t;
    return fromParts(+y!, MONTHS[month!.toLowerCase()]!, +d!, +h, +mi, +s, zoneOffset(zone));
  }
  const n = NUMERIC_DATE.exec(text);
  if (n) {
    const [, d, mo, y, h = '0', mi = '0', s = '0', zone] = n;
    return fromParts(+y!, +mo!, +d!, +h, +mi, +s, zoneOffset(zone));
  }
  // RFC 822 (feeds) and anything else Date understands with an explicit zone.
  if (/\d{4}/.test(text) && /(GMT|UTC|[+-]\d{4}|Z)\b/.test(text)) return valid(new Date(text));
  return undefined;
}

function zoneOffset(zone: string | undefined): number {
  if (!zone) return 7;
  return ZONES[zone.toLowerCase()] ?? 0;
}

function fromParts(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetHours: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  return valid(new Date(Date.UTC(y, mo - 1, d, h - offsetHours, mi, s)));
}

function valid(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
