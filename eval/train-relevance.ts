// Trains the learned relevance layer (config/relevance-model.json) on eval/labels/relevance.json and
// reports, by 10-fold cross-validation, what it adds to the rules, against the first reader's labels and
// against the readers' agreed labels (eval/analysis/relevance-readers.ts); with --agreed it trains on the
// agreed labels instead; with --hold-out a,b it also trains on the other rounds only and scores those rounds.
//   npm run train:relevance [-- --agreed] [-- --hold-out blind-j,blind-k] [-- --dry-run]
// Reads ../shared/corpus at run time; skips when it is absent. Deterministic: same labels, same model.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/analysis/index.ts';
import { modelInputs, scoreRelevance } from '../src/analysis/relevance.ts';
import { modelFeatures, probability, type RelevanceModel } from '../src/analysis/relevance-model.ts';
import { CONFIG_DIR } from '../src/config.ts';
import { COUNTRIES, type Country } from '../src/domain/topics.ts';
import { getArticle, hasCorpus, textKey } from './analysis/corpus.ts';
import { agreedLabels, loadReaders } from './analysis/relevance-readers.ts';

/** A layer that would add every country it is allowed to: what scoreRelevance lets a model add. */
const ADDS_ANY: RelevanceModel = { countries: Object.fromEntries(COUNTRIES.map((c) => [c, { threshold: 0, weights: {} }])) };

interface Example {
  features: Map<string, number>;
  positive: boolean;
  /** The label of the other set (the agreed labels when training on the first reader's, and the reverse). */
  other: boolean;
  rule: boolean;
  /** The layer is allowed to add this country here (no title veto, not celebrity news, named at all). */
  open: boolean;
  batch: string;
  /** Copies of one text (a story crawled on three days, a wire piece two outlets ran) share a group. */
  group: string;
}

const EPOCHS = 60;
const RATE = 0.1;
const L2 = 1e-3;
/** Words seen in fewer training articles are left out: too rare to learn from, and noise. */
const MIN_WORD_ARTICLES = 3;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const MAX_PRECISION_COST = 0.02;
const F1_TIE = 0.005;

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Logistic regression by stochastic gradient descent with L2, over features common enough to learn. */
function train(examples: Example[]): Record<string, number> {
  const seen = new Map<string, number>();
  for (const x of examples) for (const name of x.features.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const kept = (name: string) => !/^[tl]:/.test(name) || (seen.get(name) ?? 0) >= MIN_WORD_ARTICLES;
  const w = new Map<string, number>();
  const order = shuffled(examples, 7);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const x of order) {
      const feats = [...x.features].filter(([n]) => kept(n));
      let z = 0;
      for (const [n, v] of feats) z += (w.get(n) ?? 0) * v;
      const g = 1 / (1 + Math.exp(-z)) - (x.positive ? 1 : 0);
      for (const [n, v] of feats) {
        const cur = w.get(n) ?? 0;
        w.set(n, cur - RATE * (g * v + L2 * cur));
      }
    }
  }
  return Object.fromEntries([...w].filter(([, v]) => Math.abs(v) >= 0.005).map(([n, v]) => [n, Math.round(v * 1e4) / 1e4]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (pairs: [boolean, boolean][]): Counts => ({
  tp: pairs.filter(([p, g]) => p && g).length,
  fp: pairs.filter(([p, g]) => p && !g).length,
  fn: pairs.filter(([p, g]) => !p && g).length,
});
const precision = (c: Counts) => c.tp / (c.tp + c.fp || 1);
const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);
const show = (c: Counts) => `P ${precision(c).toFixed(3)} R ${(c.tp / (c.tp + c.fn || 1)).toFixed(3)} (${c.tp} right, ${c.fp} false, ${c.fn} missed)`;

/**
 * Out-of-fold probabilities: each article scored by a model trained without its fold. Copies of one text go
 * to the same fold, or the model would be scored on an article it was trained on under another id.
 */
function crossValidated(examples: Example[]): { probabilities: number[]; foldWeights: Record<string, number>[] } {
  const fold = foldsOf(examples);
  const probabilities = new Array<number>(examples.length).fill(0);
  const foldWeights: Record<string, number>[] = [];
  for (let f = 0; f < 10; f++) {
    const w = train(examples.filter((_, i) => fold[i] !== f));
    foldWeights.push(w);
    examples.forEach((x, i) => fold[i] === f && (probabilities[i] = probability(w, x.features)));
  }
  return { probabilities, foldWeights };
}

/** Each example's fold (0..9); every country's examples come in the same article order, so they share folds. */
function foldsOf(examples: Example[]): number[] {
  const groups = [...new Set(examples.map((x) => x.group))];
  const groupFold = new Map(shuffled(groups, 11).map((g, pos) => [g, pos % 10]));
  return examples.map((x) => groupFold.get(x.group)!);
}

/**
 * `triangle` out of fold: each article scored by scoreRelevance with the layers cross-validation trained without
 * its fold, at the thresholds chosen, so the pair and triangle logic runs as in production.
 */
function crossValidatedTriangle(articles: { title: string; paragraphs: string[] }[], fold: number[], foldWeights: Map<Country, Record<string, number>[]>, thresholds: Record<Country, number>, k: ReturnType<typeof loadKnowledge>): boolean[] {
  const predicted = new Array<boolean>(articles.length).fill(false);
  for (let f = 0; f < 10; f++) {
    const model: RelevanceModel = { countries: Object.fromEntries(COUNTRIES.map((c) => [c, { threshold: thresholds[c], weights: foldWeights.get(c)![f]! }])) };
    articles.forEach((a, i) => fold[i] === f && (predicted[i] = scoreRelevance(a, { ...k, relevanceModel: model }).topics.includes('triangle')));
  }
  return predicted;
}

function main(): void {
  const { values } = parseArgs({ options: { 'hold-out': { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, agreed: { type: 'boolean', default: false } } });
  if (!hasCorpus()) {
    console.log('train-relevance: skipped, ../shared/corpus is absent');
    return;
  }
  const k = loadKnowledge(CONFIG_DIR);
  const rulesOnly = { ...k, relevanceModel: undefined };
  const readers = loadReaders();
  const agreed = agreedLabels(readers);
  const [labels, otherLabels] = values.agreed ? [agreed, readers.first] : [readers.first, agreed];
  const trainedOn = values.agreed ? "the readers' agreed labels" : "the first reader's labels";
  const otherName = values.agreed ? "the first reader's labels" : "the readers' agreed labels";
  const byCountry = new Map<Country, Example[]>(COUNTRIES.map((c) => [c, []]));
  const articles: { title: string; paragraphs: string[] }[] = [];
  const triangles: boolean[] = [];
  const otherTriangles: boolean[] = [];
  for (const [i, l] of labels.entries()) {
    const article = getArticle(l.source, l.id);
    if (!article) continue;
    articles.push(article);
    triangles.push(l.triangle);
    otherTriangles.push(otherLabels[i]!.triangle);
    const inputs = modelInputs(article, k);
    const rule = scoreRelevance(article, rulesOnly).principal;
    // What the layer may add at all, as scoreRelevance gates it (a title veto or celebrity news blocks it).
    const open = scoreRelevance(article, { ...k, relevanceModel: ADDS_ANY }).principal;
    const group = textKey(article);
    for (const c of COUNTRIES) byCountry.get(c)!.push({ features: modelFeatures(inputs[c]), positive: l.principal.includes(c), other: otherLabels[i]!.principal.includes(c), rule: rule.includes(c), open: open.includes(c), batch: l.batch ?? (l.holdout ? 'held-out' : 'tuning'), group });
  }
  const heldOut = (values['hold-out'] ?? '').split(',').filter(Boolean);
  const model: RelevanceModel = {
    $comment: `Written by eval/train-relevance.ts from ${trainedOn} (${labels.length} articles, eval/labels): logistic weights over the rules' evidence and the words of title (t:) and lead (l:). A country is added to the rules' principal countries when the probability is above its threshold (chosen by 10-fold cross-validation for the best F1 of rules-or-model that costs at most two points of the rules' precision, the highest threshold among those within half a point of that F1; copies of one text share a fold).`,
    countries: {},
  };
  const foldWeights = new Map<Country, Record<string, number>[]>();
  for (const c of COUNTRIES) {
    const examples = byCountry.get(c)!;
    const { probabilities: p, foldWeights: weights } = crossValidated(examples);
    foldWeights.set(c, weights);
    const rules = counts(examples.map((x) => [x.rule, x.positive]));
    const withModel = (t: number) => counts(examples.map((x, i) => [x.rule || (x.open && p[i]! > t), x.positive]));
    // The layer may buy recall with at most two points of the rules' precision: a bot that posts junk is worse
    // than one that misses a story now and then.
    const allowed = THRESHOLDS.filter((t) => precision(withModel(t)) >= precision(rules) - MAX_PRECISION_COST);
    const candidates = allowed.length ? allowed : [THRESHOLDS.at(-1)!];
    const bestF1 = Math.max(...candidates.map((t) => f1(withModel(t))));
    // Thresholds whose F1 differs by a few articles cannot be told apart on this many labels; the highest of
    // them posts least, and does not lean on a word that happened to go with a country in one month's news.
    const best = Math.max(...candidates.filter((t) => f1(withModel(t)) >= bestF1 - F1_TIE));
    console.log(`${c.padEnd(7)} rules alone        ${show(rules)}`);
    console.log(`${c.padEnd(7)} rules or model>${best.toFixed(2)} ${show(withModel(best))}   (10-fold cross-validation)`);
    const againstOther = (t: number) => counts(examples.map((x, i) => [x.rule || (x.open && p[i]! > t), x.other]));
    console.log(`${c.padEnd(7)} the same against ${otherName}: rules alone ${show(counts(examples.map((x) => [x.rule, x.other])))}; rules or model ${show(againstOther(best))}`);
    if (heldOut.length) {
      const w = train(examples.filter((x) => !heldOut.includes(x.batch)));
      const test = examples.filter((x) => heldOut.includes(x.batch));
      console.log(`${c.padEnd(7)} held-out ${heldOut.join(',')}: rules ${show(counts(test.map((x) => [x.rule, x.positive])))}; rules or model ${show(counts(test.map((x) => [x.rule || (x.open && probability(w, x.features) > best), x.positive])))}`);
    }
    model.countries[c] = { threshold: best, weights: train(examples) };
  }
  const thresholds = Object.fromEntries(COUNTRIES.map((c) => [c, model.countries[c]!.threshold])) as Record<Country, number>;
  const rulesTriangle = articles.map((a) => scoreRelevance(a, rulesOnly).topics.includes('triangle'));
  console.log(`triangle rules alone        ${show(counts(rulesTriangle.map((p, i) => [p, triangles[i]!])))}`);
  const triangleCv = crossValidatedTriangle(articles, foldsOf(byCountry.get('china')!), foldWeights, thresholds, k);
  console.log(`triangle rules or model     ${show(counts(triangleCv.map((p, i) => [p, triangles[i]!])))}   (10-fold cross-validation)`);
  console.log(`triangle the same against ${otherName}: rules alone ${show(counts(rulesTriangle.map((p, i) => [p, otherTriangles[i]!])))}; rules or model ${show(counts(triangleCv.map((p, i) => [p, otherTriangles[i]!])))}`);
  console.log(`trained on ${trainedOn}`);
  if (values['dry-run']) return;
  writeFileSync(resolve(CONFIG_DIR, 'relevance-model.json'), JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${resolve(CONFIG_DIR, 'relevance-model.json')}`);
}

main();
