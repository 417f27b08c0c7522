import { TOPICS, type Country, type Topic } from '../src/domain/topics.ts';
import { editDistance, normalizeName, typoBudget } from './text.ts';

/** Words people type for each country, in English and Indonesian. */
const COUNTRY_WORDS: Record<Country, string[]> = {
  china: ['china', 'cina', 'tiongkok', 'chinese', 'rrt', 'prc', 'beijing', 'tionghoa'],
  russia: ['russia', 'rusia', 'russian', 'moscow', 'moskow', 'kremlin'],
  us: ['us', 'usa', 'as', 'amerika', 'america', 'american', 'united states', 'amerika serikat', 'washington'],
};
const TRIANGLE_WORDS = ['triangle', 'segitiga', 'all', 'semua', 'china russia us'];
const ORDER: Country[] = ['china', 'russia', 'us'];

function countryOf(word: string): Country | undefined {
  return ORDER.find((c) => COUNTRY_WORDS[c].includes(word));
}

/**
 * Reads one typed topic: "russia", "rusia", "#china_russia", "tiongkok-as", "russia-china",
 * "triangle". Pairs may come in any order; three countries make the triangle.
 */
export function resolveTopic(raw: string): Topic | undefined {
  const word = normalizeName(raw.replace(/^#/, ''));
  if (!word) return undefined;
  if (TRIANGLE_WORDS.includes(word)) return 'triangle';
  const whole = countryOf(word);
  if (whole) return whole;
  const parts = word.replace(/amerika serikat|united states/g, 'us').split(' ');
  const countries = parts.map(countryOf);
  if (countries.some((c) => !c)) return undefined;
  const set = [...new Set(countries as Country[])].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (set.length === 3) return 'triangle';
  if (set.length === 1) return set[0];
  return `${set[0]}-${set[1]}` as Topic;
}

/** Topics close to a mistyped word ("rusai" → russia, "tiongkk" → china), for a helpful reply. */
export function closeTopics(raw: string): Topic[] {
  const word = normalizeName(raw.replace(/^#/, ''));
  if (!word) return [];
  const budget = Math.max(1, typoBudget(word));
  const dashed = word.replace(/ /g, '-');
  const byName = TOPICS.filter((t) => (dashed.length >= 2 && t.startsWith(dashed)) || editDistance(dashed, t, budget) <= budget);
  const byAlias = ORDER.filter((c) => COUNTRY_WORDS[c].some((w) => w.length > 3 && editDistance(word, w, budget) <= budget));
  return [...new Set([...byName, ...byAlias])];
}

export const TOPIC_LIST = TOPICS.join(', ');
