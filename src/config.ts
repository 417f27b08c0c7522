import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { envSchema, outletsFileSchema, type Env, type OutletConfig } from '../config/schema.ts';
import { ConfigError } from './domain/errors.ts';

/** The folder holding package.json (the sources run from src/, the build from dist/src/). */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}
export const CONFIG_DIR = resolve(REPO_ROOT, 'config');

export interface Settings {
  env: Env;
  outlets: OutletConfig[];
  outletsFile: string;
  /** Secret values to scrub from every log line and error. */
  secrets: string[];
}

/**
 * Parses the environment and the outlets file once, at start-up. Every problem in either is listed
 * in one ConfigError rather than failing on the first.
 */
export function loadSettings(environment: Record<string, string | undefined> = process.env): Settings {
  const problems: string[] = [];
  const known = new Set(Object.keys(envSchema.shape));
  for (const name of Object.keys(environment)) {
    if (name.startsWith('KABAR_') && !known.has(name)) problems.push(`${name}: unknown setting`);
  }
  const cleaned = Object.fromEntries(Object.entries(environment).filter(([, v]) => v !== undefined && v !== ''));
  const env = envSchema.safeParse(cleaned);
  if (!env.success) problems.push(...formatIssues(env.error.issues));

  const outletsFile = resolve(environment.KABAR_OUTLETS ?? resolve(CONFIG_DIR, 'outlets.json'));
  let outlets: OutletConfig[] = [];
  if (!existsSync(outletsFile)) {
    problems.push(`KABAR_OUTLETS: no such file ${outletsFile}`);
  } else {
    const parsed = parseOutletsText(readFileSync(outletsFile, 'utf8'), outletsFile);
    if (Array.isArray(parsed)) outlets = parsed;
    else problems.push(...parsed.problems);
  }
  if (env.success && env.data.TELEGRAM_WEBHOOK_URL && env.data.KABAR_HTTP_PORT === undefined) {
    problems.push('TELEGRAM_WEBHOOK_URL: webhook mode needs KABAR_HTTP_PORT (the webhook is served on that port)');
  }
  if (problems.length > 0 || !env.success) throw new ConfigError(problems);
  const e = env.data;
  return {
    env: e,
    outlets,
    outletsFile,
    secrets: [e.TELEGRAM_BOT_TOKEN, e.DISCORD_TOKEN, e.GOOGLE_TRANSLATE_API_KEY].filter((s): s is string => !!s),
  };
}

/** Parses an outlets file's text; returns the outlets, or every problem found. */
export function parseOutletsText(text: string, label = 'outlets file'): OutletConfig[] | { problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { problems: [`${label}: not valid JSON (${(err as Error).message})`] };
  }
  const result = outletsFileSchema.safeParse(json);
  if (!result.success) return { problems: formatIssues(result.error.issues, `${label}: `) };
  return result.data.outlets;
}

function formatIssues(issues: z.core.$ZodIssue[], prefix = ''): string[] {
  return issues.map((i) => `${prefix}${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}
