import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { COUNTRIES, type Country } from '../domain/topics.ts';
import type { Speaker } from '../domain/analysis.ts';
import { escapeRegExp, slugify } from './text.ts';
import { CONFIG_DIR } from '../config.ts';
import { loadRelevanceModel, type RelevanceModel } from './relevance-model.ts';

const countrySchema = z.object({
  names: z.array(z.string().min(1)),
  places: z.array(z.string().min(1)),
  institutions: z.array(z.string().min(1)),
  leaders: z.array(z.string().min(1)),
});

export const gazetteerSchema = z.object({
  countries: z.object({ china: countrySchema, russia: countrySchema, us: countrySchema }),
  negativePhrases: z.object({ china: z.array(z.string()), russia: z.array(z.string()), us: z.array(z.string()) }),
  /** Names that are the country only in an article that also names it plainly ("Partai Demokrat", "Soviet"). */
  ambiguous: z.object({ china: z.array(z.string()), russia: z.array(z.string()), us: z.array(z.string()) }).default({ china: [], russia: [], us: [] }),
  offTopic: z.array(z.string().min(1)),
  stateWords: z.array(z.string().min(1)),
  relationWords: z.array(z.string().min(1)),
  titleVeto: z.array(z.string().min(1)),
  marketTitle: z.array(z.string().min(1)),
  incidentalBefore: z.array(z.string().min(1)),
  /** Words of a leader's private or celebrity life (holiday, gown, film set); see config/gazetteer.json. */
  softNews: z.array(z.string().min(1)).default([]),
});

export const peopleSchema = z.object({
  people: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      role: z.string().min(1).optional(),
      country: z.string().min(1).optional(),
    }),
  ),
});

export type Gazetteer = z.infer<typeof gazetteerSchema>;

/** Per-country matchers, compiled once: every regex is global and case-sensitive on word edges. */
export interface CountryMatchers {
  /** Names, places and institutions: any mention of the country. */
  mention: RegExp;
  /** Leaders and officials by name. */
  leader: RegExp;
  /** Phrases that name the country without making its state a subject ("dolar AS"). */
  negative: RegExp | undefined;
  /** Names and institutions that count only when the article also names the country plainly. */
  ambiguous: RegExp | undefined;
}

export interface Knowledge {
  gazetteer: Gazetteer;
  countries: Record<Country, CountryMatchers>;
  /** Any leader or country name of any country, to tell places/roles from personal names. */
  offTopic: RegExp;
  stateWords: RegExp;
  relationWords: RegExp;
  titleVeto: RegExp;
  marketTitle: RegExp;
  /** Ends with a word that makes the next country name a place or origin ("produk ", "di "). */
  incidentalBefore: RegExp;
  softNews: RegExp;
  people: Speaker[];
  /** Lower-cased name or alias → known person. */
  peopleByName: Map<string, Speaker>;
  /** Capitalised words that are country names, places or institutions (never part of a personal name). */
  placeWords: Set<string>;
  /** The learned layer over the relevance rules (config/relevance-model.json); absent, the rules decide alone. */
  relevanceModel?: RelevanceModel;
}

const DEFAULT_CONFIG_DIR = CONFIG_DIR;

/** Reads config/gazetteer.json, config/people.json and config/relevance-model.json once and compiles their matchers. */
export function loadKnowledge(configDir: string = DEFAULT_CONFIG_DIR): Knowledge {
  const gazetteer = gazetteerSchema.parse(JSON.parse(readFileSync(resolve(configDir, 'gazetteer.json'), 'utf8')));
  const people = peopleSchema.parse(JSON.parse(readFileSync(resolve(configDir, 'people.json'), 'utf8'))).people;
  const model = loadRelevanceModel(configDir);
  return { ...createKnowledge(gazetteer, people), ...(model ? { relevanceModel: model } : {}) };
}

/** Builds a Knowledge from already-parsed data (tests use small hand-made sets). */
export function createKnowledge(gazetteer: Gazetteer, people: Speaker[]): Knowledge {
  const countries = {} as Record<Country, CountryMatchers>;
  const placeWords = new Set<string>();
  for (const c of COUNTRIES) {
    const g = gazetteer.countries[c];
    const mentions = [...g.names, ...g.places, ...g.institutions];
    for (const m of [...g.names, ...g.places]) for (const w of m.split(/\s+/)) placeWords.add(w);
    countries[c] = {
      mention: wordsRegExp(mentions),
      leader: namesRegExp(g.leaders),
      negative: gazetteer.negativePhrases[c].length ? wordsRegExp(gazetteer.negativePhrases[c]) : undefined,
      ambiguous: gazetteer.ambiguous[c].length ? wordsRegExp(gazetteer.ambiguous[c]) : undefined,
    };
  }
  const peopleByName = new Map<string, Speaker>();
  const normalised = people.map((p) => ({ ...p, slug: p.slug || slugify(p.name) }));
  for (const p of normalised) for (const n of [p.name, ...p.aliases]) peopleByName.set(n.toLowerCase(), p);
  return {
    gazetteer,
    countries,
    offTopic: wordsRegExp(gazetteer.offTopic),
    stateWords: wordsRegExp(gazetteer.stateWords),
    relationWords: wordsRegExp(gazetteer.relationWords),
    titleVeto: wordsRegExp(gazetteer.titleVeto),
    marketTitle: wordsRegExp(gazetteer.marketTitle),
    softNews: wordsRegExp(gazetteer.softNews),
    incidentalBefore: new RegExp(`(?<![\\p{L}])(?:${gazetteer.incidentalBefore.map(escapeRegExp).join('|')})\\s+$`, 'u'),
    people: normalised,
    peopleByName,
    placeWords,
  };
}

/**
 * One alternation over the terms, longest first, on word edges. A lower→upper case change also counts
 * as an edge because some scraped bodies glue link text to the neighbouring word ("diAmerika Serikat").
 */
export function wordsRegExp(terms: string[]): RegExp {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${sorted.join('|')})(?:(?![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))`, 'gu');
}

/**
 * Like wordsRegExp, but a full name of two or more words may have the next word glued to it
 * ("Vladimir Putinserta" in scraped bodies); a full name ending in a word of four letters or more is
 * distinctive enough not to need its end edge.
 */
export function namesRegExp(terms: string[]): RegExp {
  const unique = [...new Set(terms)];
  // A short last name ("Wang Yi", "Li Hui") is the start of other people's names ("Wang Yilyu"): it keeps its edge.
  const distinctive = (t: string) => /\s/.test(t) && /\p{L}{4,}$/u.test(t);
  const full = unique.filter(distinctive).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const single = unique.filter((t) => !distinctive(t)).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const left = '(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))';
  const right = '(?:(?![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))';
  const parts = [...(full.length ? [`(?:${full.join('|')})`] : []), ...(single.length ? [`(?:${single.join('|')})${right}`] : [])];
  return new RegExp(`${left}(?:${parts.join('|')})`, 'gu');
}
