// A logistic layer over the relevance rules' evidence and the words of title and lead, trained on the
// labelled articles (eval/train-relevance.ts writes config/relevance-model.json). It finds the stories
// the rules miss because their state vocabulary is thin: a tariff behind a minister's warning, a Fed
// decision a market waits for. It only adds a country the rules did not find; it never removes one.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { COUNTRIES, type Country } from '../domain/topics.ts';
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
  evidence: { title: number; lead: number; body: number; state: number; stateTop: number; listed: number; spread: number; leaderInTitle: boolean; pairedInTitle: boolean; actorInTitle: boolean; institutionActsInTitle: boolean };
  offTopicTop: number;
  relationTop: number;
  market: boolean;
}

/** Named features; counts are log-scaled so a long article does not swamp the words. */
export function modelFeatures(x: ModelInput): Map<string, number> {
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
  for (const w of new Set(wordsOf(x.title).map((w) => w.toLowerCase()))) f.set(`t:${w}`, 1);
  for (const w of new Set(wordsOf(x.lead).map((w) => w.toLowerCase()))) f.set(`l:${w}`, 0.5);
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

export function modelSays(model: RelevanceModel | undefined, country: Country, x: ModelInput): boolean {
  const m = model?.countries[country];
  return !!m && probability(m.weights, modelFeatures(x)) > m.threshold;
}
