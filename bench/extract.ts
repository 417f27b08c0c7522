// `npm run bench:extract`: pages/s of kabar's extract+clean vs Readability over jsdom (and linkedom),
// over the same ../shared/corpus pages in one run, and the ratio.
import { corpusAvailable, CORPUS_DIR, loadCorpusPages } from '../eval/lib/corpus.ts';
import { loadOutlets, readabilityJsdom, readabilityLinkedom } from '../eval/lib/extract-eval.ts';
import { extractArticle } from '../src/ingest/extract.ts';
import { outletForUrl } from '../src/ingest/outlets.ts';

if (!corpusAvailable()) {
  console.log(`bench:extract: skipped — no corpus at ${CORPUS_DIR} (it lives in ../shared/corpus beside the repo).`);
  process.exit(0);
}

const pages = loadCorpusPages();
const outlets = loadOutlets();
const withOutlet = pages.map((p) => ({ ...p, outlet: outletForUrl(outlets, p.url) }));
const totalKb = pages.reduce((n, p) => n + p.html.length, 0) / 1024;

/** Runs `fn` over every page, round after round, for at least `minMs`; returns pages per second. */
function measure(name: string, minMs: number, fn: (p: (typeof withOutlet)[number]) => unknown): number {
  for (const p of withOutlet) fn(p); // warm-up round: JIT, lazy module init
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const p of withOutlet) fn(p);
    done += withOutlet.length;
  }
  const rate = (done / (performance.now() - start)) * 1000;
  console.log(`${name.padEnd(28)} ${rate.toFixed(1).padStart(8)} pages/s  (${done} pages)`);
  return rate;
}

console.log(`${pages.length} corpus pages, ${totalKb.toFixed(0)} KB of HTML in all`);
const kabar = measure('kabar extract+clean', 3000, (p) => extractArticle(p.html, p.url, p.outlet));
const linkedom = measure('Readability + linkedom', 3000, (p) => readabilityLinkedom(p.html));
const jsdom = measure('Readability + jsdom', 3000, (p) => readabilityJsdom(p.html, p.url));
console.log('');
console.log(`kabar / Readability+jsdom:    ${(kabar / jsdom).toFixed(1)}×  (target ≥ 10×: ${kabar / jsdom >= 10 ? 'met' : 'NOT met'})`);
console.log(`kabar / Readability+linkedom: ${(kabar / linkedom).toFixed(1)}×`);
