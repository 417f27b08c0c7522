// A logistic layer over the relevance rules' evidence and the words of title and lead, trained on the
// labelled articles (eval/train-relevance.ts writes config/relevance-model.json). It finds the stories
// the rules miss because their state vocabulary is thin: a tariff behind a minister's warning, a Fed
// decision a market waits for. It only adds a country the rules did not find; it never removes one.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { COUNTRIES, type Country } from '../domain/topics.ts';
import type { CountryEvidence } from './relevance.ts';
import { wordsOf } from './text.ts';

const countryModelSchema = z.object({
  /** Probability above which the model makes the country principal. */
  threshold: z.number().min(0).max(1),
  /** Feature name → weight; "bias", evidence names, "t:word" (title), "l:word" (lead). */
  weights: z.record(z.string(), z.number()),
});

export const relevanceModelSchema = z.object({
  $comment: z.string().optional(),
  countries: z.partialRecord(z.enum(COUNTRIES), countryModelSchema),
});

export type RelevanceModel = z.infer<typeof relevanceModelSchema>;

/** What the model reads of one country in one article (the rules' evidence, plus headline flags). */
export interface ModelInput {
  title: string;
  lead: string;
  evidence: CountryEvidence;
  offTopicTop: number;
  relationTop: number;
  market: boolean;
}

/** Named features; counts are log-scaled so a long article does not swamp the words. */
export function modelFeatures(x: ModelInput, words = wordFeatures(x.title, x.lead)): Map<string, number> {
  const e = x.evidence;
  const f = new Map<string, number>([
    ['bias', 1],
    ['title', Math.log1p(e.title)],
    ['lead', Math.log1p(e.lead)],
    ['body', Math.log1p(e.body)],
    ['state', Math.log1p(e.state)],
    ['stateTop', Math.log1p(e.stateTop)],
    ['listed', Math.log1p(e.listed)],
    ['spread', e.spread],
    ['leaderInTitle', +e.leaderInTitle],
    ['pairedInTitle', +e.pairedInTitle],
    ['actorInTitle', +e.actorInTitle],
    ['institutionActsInTitle', +e.institutionActsInTitle],
    ['offTopicTop', Math.log1p(x.offTopicTop)],
    ['relationTop', Math.log1p(x.relationTop)],
    ['market', +x.market],
  ]);
  for (const [name, value] of words) f.set(name, value);
  return f;
}

/** The words of title ("t:") and lead ("l:"), the same for every country of an article. */
export function wordFeatures(title: string, lead: string): Map<string, number> {
  const f = new Map<string, number>();
  for (const w of wordsOf(title)) f.set(`t:${w.toLowerCase()}`, 1);
  for (const w of wordsOf(lead)) f.set(`l:${w.toLowerCase()}`, 0.5);
  return f;
}

export function probability(weights: Record<string, number>, features: Map<string, number>): number {
  let z = 0;
  for (const [name, value] of features) z += (weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The model in config/relevance-model.json, or none (the rules alone) when the file is absent. */
export function loadRelevanceModel(configDir: string): RelevanceModel | undefined {
  const path = resolve(configDir, 'relevance-model.json');
  return existsSync(path) ? relevanceModelSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) : undefined;
}

/**
 * The countries the model would add: those it is confident about among the ones the article mentions
 * at all (with no mention there is nothing for a reader to call principal).
 */
export function modelAdds(model: RelevanceModel | undefined, inputs: Record<Country, ModelInput>): Country[] {
  if (!model) return [];
  let words: Map<string, number> | undefined;
  return COUNTRIES.filter((c) => {
    const m = model.countries[c];
    const e = inputs[c].evidence;
    if (!m || e.title + e.lead + e.body + e.listed === 0) return false;
    words ??= wordFeatures(inputs[c].title, inputs[c].lead);
    return probability(m.weights, modelFeatures(inputs[c], words)) > m.threshold;
  });
}
