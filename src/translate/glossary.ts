import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CONFIG_DIR } from '../config.ts';

export interface GlossaryTerm {
  source: string;
  target: string;
}

export interface Glossary {
  /** Changes whenever the terms change; part of every cache key. */
  version: string;
  terms: GlossaryTerm[];
  /** People's names never sent to the translator as words (from config/people.json). */
  names: string[];
}

const glossaryFileSchema = z.object({
  about: z.string().optional(),
  version: z.union([z.string(), z.number()]).default(1),
  terms: z.array(z.object({ source: z.string().min(1), target: z.string().min(1) }).strict()),
});

// people.json belongs to analysis; only the names matter here, so anything else in it is ignored.
const personSchema = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) }).loose();
const peopleFileSchema = z.union([z.array(personSchema), z.object({ people: z.array(personSchema) }).loose().transform((f) => f.people)]);

/** Builds a glossary from terms and protected names; its version is a hash of both. */
export function createGlossary(terms: GlossaryTerm[], names: string[] = [], label: string | number = 1): Glossary {
  const uniqueNames = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))];
  const hash = createHash('sha256').update(JSON.stringify(terms)).digest('hex').slice(0, 12);
  return { version: `${label}-${hash}`, terms, names: uniqueNames };
}

/** Reads config/glossary.json and the names in config/people.json; either may be absent. */
export function loadGlossary(configDir: string = CONFIG_DIR): Glossary {
  const glossaryPath = resolve(configDir, 'glossary.json');
  const file = existsSync(glossaryPath) ? glossaryFileSchema.parse(JSON.parse(readFileSync(glossaryPath, 'utf8'))) : { version: 0, terms: [] };
  const peoplePath = resolve(configDir, 'people.json');
  let names: string[] = [];
  if (existsSync(peoplePath)) {
    const people = peopleFileSchema.safeParse(JSON.parse(readFileSync(peoplePath, 'utf8')));
    if (people.success) names = people.data.flatMap((p) => [p.name, ...p.aliases]);
  }
  return createGlossary(file.terms, names, file.version);
}

const compiled = new WeakMap<Glossary, { regex: RegExp; byKey: Map<string, GlossaryTerm> }>();

/** Replaces every glossary term (whole words, longest first, one pass) with its English form. */
export function applyGlossary(text: string, glossary: Glossary): string {
  if (glossary.terms.length === 0) return text;
  let c = compiled.get(glossary);
  if (!c) {
    const sorted = [...glossary.terms].sort((a, b) => b.source.length - a.source.length);
    const byKey = new Map<string, GlossaryTerm>();
    for (const t of sorted) {
      const key = t.source.replace(/\s+/g, ' ').toLowerCase();
      if (!byKey.has(key)) byKey.set(key, t);
    }
    c = { regex: wholeWords(sorted.map((t) => t.source), 'giu'), byKey };
    compiled.set(glossary, c);
  }
  const { regex, byKey } = c;
  return text.replace(regex, (match) => {
    const seen = match.replace(/\s+/g, ' ');
    const term = byKey.get(seen.toLowerCase());
    if (!term) return match;
    // "AS" is the United States; "as" (an axle) is not: terms written in capitals match only in capitals.
    if (isAcronym(term.source) && seen !== term.source) return match;
    return term.target;
  });
}

function isAcronym(s: string): boolean {
  return s === s.toUpperCase() && /\p{Lu}/u.test(s);
}

/** A regex matching any of `words` as whole words (not inside a longer word), Unicode-aware. */
export function wholeWords(words: string[], flags: string): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}
