// `npm run eval:extract`: body token F1 of kabar vs Readability on ../shared/corpus, and junk lines leaked.
import { runExtractEval } from './lib/extract-eval.ts';
import { CORPUS_DIR } from './lib/corpus.ts';

const result = await runExtractEval();
if (!result) {
  console.log(`eval:extract: skipped — no corpus at ${CORPUS_DIR} (it lives in ../shared/corpus beside the repo).`);
  process.exit(0);
}
const f = (n: number | undefined) => (n === undefined ? '   -  ' : n.toFixed(4));
console.log('page'.padEnd(40), 'outlet'.padEnd(12), 'kabar ', 'rd+ldom', 'rd+jsdom', 'junk');
for (const r of result.rows) {
  console.log(r.id.padEnd(40), r.outlet.padEnd(12), f(r.kabarF1), ' ', f(r.linkedomF1), ' ', f(r.jsdomF1), '  ', r.junk);
  for (const l of r.junkLines) console.log('    leaked:', l.slice(0, 100));
}
for (const s of result.seeds) {
  console.log(s.id.padEnd(40), 'seed'.padEnd(12), `${s.paragraphs} paragraphs`.padEnd(28), s.junk);
  for (const l of s.junkLines) console.log('    leaked:', l.slice(0, 100));
}
for (const [label, d] of [['detik-1000 raw bodies', result.detikBodies], ['gikirima 2025 RSS bodies (reported apart)', result.rssBodies]] as const) {
  console.log(`${label} cleaned as text: ${d.articles} articles, ${d.junkBefore} read-also/promo lines before, ${d.junkLeaked} left`);
  for (const e of d.examples.slice(0, 10)) console.log('    leaked:', e);
}
const scored = result.rows.filter((r) => r.kabarF1 !== undefined).length;
console.log('');
console.log(`mean body token F1 over ${scored} pages: kabar ${f(result.kabarMeanF1)}  readability+linkedom ${f(result.readabilityLinkedomMeanF1)}  readability+jsdom ${f(result.readabilityMeanF1)}`);
console.log(`read-also/promo lines leaked (corpus pages + seeds + detik bodies): ${result.junkLeaked}`);
console.log(`targets: F1 ≥ 0.97 ${result.kabarMeanF1 >= 0.97 ? 'met' : 'NOT met'}; above Readability ${result.kabarMeanF1 > Math.max(result.readabilityMeanF1, result.readabilityLinkedomMeanF1) ? 'yes' : 'NO'}; zero leaks ${result.junkLeaked === 0 ? 'met' : 'NOT met'}`);
