// Generates distinct China–Russia–US articles in KompasTV's page style for end-to-end tests.
// The text is written for kabar's tests (not taken from any outlet); each article combines its own
// people, places, sectors and figures so that no two are the same story.

const PEOPLE = [
  ['Menteri Luar Negeri China, Wang Yi', 'Wang'],
  ['Presiden Rusia, Vladimir Putin', 'Putin'],
  ['Menteri Luar Negeri Rusia, Sergey Lavrov', 'Lavrov'],
  ['Juru bicara Kemlu China, Mao Ning', 'Mao'],
  ['Juru bicara Kremlin, Dmitry Peskov', 'Peskov'],
  ['Presiden China, Xi Jinping', 'Xi'],
] as const;
const PLACES = ['Beijing', 'Moskow', 'Shanghai', 'Vladivostok', 'Kazan', 'Harbin', 'Sochi', 'Tianjin', 'Novosibirsk', 'Urumqi'];
const SECTORS = ['energi', 'gandum', 'nuklir sipil', 'antariksa', 'perbankan', 'rel kereta', 'pelabuhan Arktik', 'semikonduktor', 'gas alam cair', 'pupuk', 'perikanan', 'pariwisata perbatasan'];
const VERBS = ['menandatangani', 'membahas', 'memperluas', 'meninjau', 'menyepakati', 'mempercepat'];
const TOPICS_US = ['sanksi Washington', 'tarif impor AS', 'kebijakan Gedung Putih', 'latihan militer Pentagon', 'pembatasan ekspor AS', 'tekanan Amerika Serikat'];

export interface GeneratedArticle {
  slug: string;
  title: string;
  paragraphs: string[];
  html: string;
  publishedAt: Date;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'su', 'te', 'bo', 'gan', 'ri', 'vel', 'do', 'nu', 'sha', 'pe', 'tor', 'wi', 'zam', 'hu', 'ley', 'qi'];

/** Invented proper nouns, different for every article, so distinct stories share few words. */
function pseudoWords(n: number, count: number): string[] {
  const words: string[] = [];
  let x = (n + 1) * 2654435761;
  for (let i = 0; i < count; i++) {
    let w = '';
    for (let k = 0; k < 3; k++) {
      x = (x * 1103515245 + 12345 + i) % 2 ** 31;
      w += SYLLABLES[x % SYLLABLES.length];
    }
    words.push(w[0].toUpperCase() + w.slice(1) + n);
  }
  return words;
}

/** The n-th generated article; the same n always gives the same article. */
export function generateArticle(n: number, publishedAt = new Date()): GeneratedArticle {
  const [who, surname] = PEOPLE[n % PEOPLE.length];
  const place = PLACES[(n * 3) % PLACES.length];
  const sector = SECTORS[(n * 5) % SECTORS.length];
  const verb = VERBS[(n * 7) % VERBS.length];
  const us = TOPICS_US[(n * 11) % TOPICS_US.length];
  const w = pseudoWords(n, 200);
  const list = (from: number, count: number) => w.slice(from, from + count).join(', ');
  const amount = 10 + ((n * 37) % 890);
  const title = `China dan Rusia ${verb} proyek ${w[0]} senilai ${amount} miliar dolar (${n})`;
  const paragraphs = [
    `${place.toUpperCase()}, KOMPAS.TV - China dan Rusia ${verb} proyek ${sector} ${w[0]} di tengah ${us}.`,
    `${who} mengatakan proyek ${w[0]} melibatkan perusahaan ${list(1, 30)} serta kota ${list(40, 30)}.`,
    `“Proyek ${w[0]} bersama ${w[12]} dan ${w[13]} adalah jawaban kami atas ${us},” ujar ${surname}.`,
    `Pembangunan tahap pertama mencakup kawasan ${list(70, 30)}, dengan dana dari bank ${list(100, 30)}.`,
    `Baca Juga: Ribuan Warga Padati Festival Kuliner di Alun-Alun Kota`,
    `Para analis dari lembaga ${list(130, 30)} menilai langkah itu mendekatkan Beijing dan Moskow, sementara Washington mengawasi ${list(160, 40)}.`,
  ];
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>${title} - KompasTV</title>
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="${publishedAt.toISOString()}">
<link rel="canonical" href="https://www.kompas.tv/internasional/${n}/kerja-sama-${n}">
</head><body>
<h1 class="title">${title}</h1>
<div class="read__content">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<p>Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru dan terpercaya.</p></div>
</body></html>`;
  return { slug: `kerja-sama-${n}`, title, paragraphs, html, publishedAt };
}

/** An RSS 2.0 feed listing the given items, newest first, with links under `base`. */
export function rssFeed(base: string, items: { n: number; article: GeneratedArticle }[]): string {
  const entries = [...items]
    .sort((a, b) => b.article.publishedAt.getTime() - a.article.publishedAt.getTime())
    .map(
      ({ n, article }) => `<item><title>${article.title}</title><link>${base}/internasional/${n}/${article.slug}</link>
<guid isPermaLink="false">kompastv-${n}</guid><pubDate>${article.publishedAt.toUTCString()}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>KompasTV Internasional</title><link>${base}</link>
<description>Berita internasional</description>${entries}</channel></rss>`;
}
