// Several readers' relevance labels: eval/labels/relevance.json is the first reader's; a second reader, blind to
// them and to kabar, labelled every text the first called principal for any country, every text kabar called
// principal against a negative label, and 150 hard negatives; a third reader, blind to both, labelled the texts
// on which the two disagreed. The agreed label of a class is the majority of the readers who read the text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../src/config.ts';
import { getArticle, textKey } from './corpus.ts';
import { prOf, type Classes, type RelevanceLabel } from './relevance-eval.ts';

const CLASSES = ['china', 'russia', 'us', 'triangle'] as const;
type Class = (typeof CLASSES)[number];

export interface ReaderLabel {
  source: string;
  id: string;
  principal: string[];
  triangle: boolean;
  /** The reader hesitated: another careful reader could decide otherwise. */
  borderline?: boolean;
}

export interface Readers {
  first: RelevanceLabel[];
  second: ReaderLabel[];
  third: ReaderLabel[];
}

export function loadReaders(dir = resolve(REPO_ROOT, 'eval/labels')): Readers {
  const first = (JSON.parse(readFileSync(resolve(dir, 'relevance.json'), 'utf8')) as { articles: RelevanceLabel[] }).articles;
  const more = JSON.parse(readFileSync(resolve(dir, 'relevance-readers.json'), 'utf8')) as { readers: { second: ReaderLabel[]; third?: ReaderLabel[] } };
  return { first, second: more.readers.second, third: more.readers.third ?? [] };
}

const classesOf = (l: { principal: string[]; triangle: boolean }): Set<Class> => new Set([...(l.principal as Class[]), ...(l.triangle ? (['triangle'] as const) : [])]);

/** Which text a label is about: copies of one story (another day's crawl, another outlet) share it. */
export type KeyOf = (l: { source: string; id: string }) => string | undefined;

const corpusText: KeyOf = (l) => {
  const a = getArticle(l.source, l.id);
  return a ? textKey(a) : undefined;
};

/** Labels by text, so a reading of one copy of a story counts for its other copies. */
function byText(labels: ReaderLabel[], keyOf: KeyOf): Map<string, ReaderLabel> {
  const out = new Map<string, ReaderLabel>();
  for (const l of labels) {
    const key = keyOf(l);
    if (key !== undefined) out.set(key, l);
  }
  return out;
}

/**
 * The first reader's labels with each class set by the majority of the readers who read the text (first and
 * second agree, or the third decides); texts only the first reader read keep that reading. A triangle needs two
 * principal countries after the vote.
 */
export function agreedLabels(r: Readers, keyOf: KeyOf = corpusText): RelevanceLabel[] {
  const second = byText(r.second, keyOf);
  const third = byText(r.third, keyOf);
  return r.first.map((l) => {
    const key = keyOf(l) ?? '';
    const votes = [l, second.get(key), third.get(key)].filter((x): x is ReaderLabel => x !== undefined).map(classesOf);
    const agreed = CLASSES.filter((c) => votes.filter((v) => v.has(c)).length * 2 > votes.length);
    const principal = agreed.filter((c) => c !== 'triangle');
    return { ...l, principal, triangle: agreed.includes('triangle') && principal.length >= 2 };
  });
}

/** One reader's labels scored against another's on the texts both read: how far two careful readers agree. */
export function readerAgreement(reader: ReaderLabel[], against: ReaderLabel[], keyOf: KeyOf = corpusText): { texts: number; differ: number; classes: Classes } {
  const gold = byText(against, keyOf);
  const c = Object.fromEntries(CLASSES.map((x) => [x, [0, 0, 0]])) as Record<Class, [number, number, number]>;
  let texts = 0;
  let differ = 0;
  for (const [key, l] of byText(reader, keyOf)) {
    const g = gold.get(key);
    if (!g) continue;
    texts++;
    const [p, w] = [classesOf(l), classesOf(g)];
    if ([...p].sort().join() !== [...w].sort().join()) differ++;
    for (const x of CLASSES) {
      if (p.has(x) && w.has(x)) c[x][0]++;
      else if (p.has(x)) c[x][1]++;
      else if (w.has(x)) c[x][2]++;
    }
  }
  return { texts, differ, classes: Object.fromEntries(CLASSES.map((x) => [x, prOf(...c[x])])) as Classes };
}
