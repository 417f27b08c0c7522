import type { Logger } from '../ops/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { KV } from '../store/kv.ts';
import type { TranslationBackend } from './backend.ts';
import { scrubKey } from './backend.ts';
import { batchTexts, codePoints, splitLong } from './batch.ts';
import { createBudget } from './budget.ts';
import { createTranslationCache } from './cache.ts';
import { applyGlossary, type Glossary } from './glossary.ts';
import { protectNames, restoreNames } from './names.ts';
import { withRetry, withTimeout, type RetryOptions } from './retry.ts';
import type { TranslationRequest, TranslationResult, Translator } from './translator.ts';

export interface GoogleTranslatorDeps {
  kv: KV;
  logger: Logger;
  metrics?: Pick<Metrics, 'translatorCharacters' | 'translatorBudgetExhausted'>;
  now?: () => Date;
  glossary: Glossary;
  /** Monthly characters (KABAR_TRANSLATE_BUDGET). */
  budget: number;
  retry?: RetryOptions;
  /** Scrubbed from every message, whatever a client put in it. */
  secret?: string;
  targetLanguage?: string;
}

/** One piece of the request as it will be sent: names tokenised, glossary applied, long text cut. */
interface Prepared {
  parts: string[];
  names: string[];
}

/**
 * Wraps a Google backend in what kabar needs around it: only title, summary and quotes are sent, each
 * distinct piece once; the cache answers what it can; the budget is checked before anything is sent;
 * batches fit the API's limits; failures are retried for a bounded time and then reported, never thrown.
 */
export function createGoogleTranslator(backend: TranslationBackend, deps: GoogleTranslatorDeps): Translator {
  const target = deps.targetLanguage ?? 'en';
  const cache = createTranslationCache(deps.kv);
  const budget = createBudget(deps.kv, { limit: deps.budget, now: deps.now });
  const variant = `${deps.glossary.version}|${backend.variant}`;
  const log = deps.logger.child({ module: 'translate', translator: backend.kind });
  const scrub = (m: string) => scrubKey(m, deps.secret);

  function prepare(text: string, extraNames: string[]): Prepared {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!clean) return { parts: [], names: [] };
    const protectedText = protectNames(clean, [...protectedNames, ...extraNames]);
    return { parts: splitLong(applyGlossary(protectedText.text, deps.glossary)), names: protectedText.names };
  }

  const glossarySources = new Set(deps.glossary.terms.map((t) => t.source.toLowerCase()));
  // Speaker names from analysis are sometimes institutions ("Kemlu") or pronouns ("ia"): a glossary term
  // is rendered by the glossary, and only capitalised names are protected.
  const isName = (n: string) => n.trim().length >= 2 && /^\p{Lu}/u.test(n.trim()) && !glossarySources.has(n.trim().toLowerCase());
  const protectedNames = deps.glossary.names.filter(isName);

  // One error boundary: a store or client failure becomes an untranslated story, never an exception.
  async function translate(req: TranslationRequest): Promise<TranslationResult> {
    try {
      return await translateOrThrow(req);
    } catch (err) {
      const message = scrub((err as Error)?.message ?? String(err));
      log.error({ error: message }, 'translation failed unexpectedly; the story goes out untranslated');
      return { ok: false, reason: 'error', message };
    }
  }

  async function translateOrThrow(req: TranslationRequest): Promise<TranslationResult> {
    const source = req.sourceLanguage || 'id';
    const extraNames = (req.names ?? []).filter(isName).map((n) => n.trim());
    const segments = [req.title, ...req.summary, ...req.quotes].map((s) => prepare(s ?? '', extraNames));

    const unique = [...new Set(segments.flatMap((s) => s.parts))];
    const keys = unique.map((t) => cache.keyOf(t, source, target, variant));
    const found = await cache.getMany(keys);
    const translated = new Map<string, string>();
    unique.forEach((t, i) => found[i] !== undefined && translated.set(t, found[i]!));
    const cached = segments.filter((s) => s.parts.length > 0 && s.parts.every((p) => translated.has(p))).length;
    const misses = unique.filter((t) => !translated.has(t));

    let charactersSent = 0;
    if (misses.length > 0) {
      const needed = misses.reduce((n, t) => n + codePoints(t), 0);
      const reservation = await budget.reserve(needed);
      if (!reservation.ok) return budgetExhausted(needed, reservation.usage);
      const batches = batchTexts(misses, backend.limits);
      let unsent = needed;
      try {
        for (const batch of batches) {
          await backend.prepare?.();
          const out = await withRetry(
            (timeoutMs) => withTimeout(backend.send(batch, { source, target, timeoutMs }), timeoutMs, `Google Translate ${backend.kind}`),
            deps.retry, (err, attempt, delayMs) =>
            log.warn({ attempt, delayMs, status: err.status, error: scrub(err.message) }, 'translation request failed; retrying'),
          );
          const chars = batch.reduce((n, t) => n + codePoints(t), 0);
          unsent -= chars;
          charactersSent += chars;
          deps.metrics?.translatorCharacters.inc(chars);
          await Promise.all(
            batch.map((t, i) => {
              translated.set(t, out[i]);
              return cache.set(keys[unique.indexOf(t)], out[i]);
            }),
          );
        }
      } catch (err) {
        await budget.release(unsent, reservation.usage.month);
        const message = scrub((err as Error).message ?? String(err));
        log.error({ error: message, charactersSent }, 'translation failed; the story goes out untranslated');
        return { ok: false, reason: 'error', message };
      }
    }

    let missingNames = 0;
    const english = segments.map((s) => {
      const restored = restoreNames(s.parts.map((p) => translated.get(p) ?? '').join(' '), s.names);
      missingNames += restored.missing;
      return restored.text;
    });
    if (missingNames > 0) log.warn({ missingNames }, 'the translator dropped name placeholders; some names may be missing');
    const nSummary = req.summary.length;
    return {
      ok: true,
      english: {
        title: english[0],
        summary: english.slice(1, 1 + nSummary).filter(Boolean).join(' '),
        quotes: english.slice(1 + nSummary),
      },
      charactersSent,
      cached,
    };
  }

  async function budgetExhausted(needed: number, usage: { month: string; used: number; limit: number }): Promise<TranslationResult> {
    deps.metrics?.translatorBudgetExhausted.inc();
    if (await budget.firstExhaustionThisMonth()) {
      log.warn(
        { month: usage.month, used: usage.used, budget: usage.limit, needed },
        'monthly translation budget spent: stories go out untranslated until next month (raise KABAR_TRANSLATE_BUDGET to change this)',
      );
    }
    return {
      ok: false,
      reason: 'budget',
      message: `monthly translation budget spent (${usage.used} of ${usage.limit} characters in ${usage.month}; this story needs ${needed})`,
    };
  }

  return { kind: backend.kind, translate, close: () => backend.close() };
}
