import type { English } from '../domain/story.ts';
import { applyGlossary, type Glossary } from './glossary.ts';

export interface TranslationRequest {
  title: string;
  summary: string[];
  quotes: string[];
  /** Language of the text ('id'). */
  sourceLanguage: string;
  /** People's names to keep exactly as written (quote speakers), on top of config/people.json. */
  names?: string[];
}

export type TranslationResult =
  | { ok: true; english: English; charactersSent: number; /** segments served from cache */ cached: number }
  | { ok: false; reason: 'none' | 'budget' | 'error'; message: string };

/** The Translator port: title, summary sentences and quotes into English. */
export interface Translator {
  kind: 'v2' | 'v3' | 'none';
  translate(req: TranslationRequest): Promise<TranslationResult>;
  /** Releases client handles (the v3 client keeps channels open); safe to call more than once. */
  close?(): Promise<void>;
}

/** A translator for when no credentials are configured: every story goes out marked untranslated. */
export function createNoneTranslator(): Translator {
  return {
    kind: 'none',
    translate: async () => ({ ok: false, reason: 'none', message: 'no translator configured (set GOOGLE_TRANSLATE_API_KEY, or GOOGLE_CLOUD_PROJECT with credentials)' }),
  };
}

export interface FakeTranslator extends Translator {
  /** Every request received, in order. */
  requests: TranslationRequest[];
  /** Every segment "sent" (cache misses only). */
  sent: string[];
  /** Makes the next calls fail with this reason (until set back to undefined). */
  failWith: 'none' | 'budget' | 'error' | undefined;
}

/**
 * A working fake for other modules' tests: "translates" deterministically by applying the glossary and
 * prefixing `[en] `, caches like the real one (a repeated segment is not sent twice), records what was sent.
 */
export function createFakeTranslator(opts: { glossary?: Glossary; failWith?: 'none' | 'budget' | 'error' } = {}): FakeTranslator {
  const cache = new Map<string, string>();
  const fake: FakeTranslator = {
    kind: 'v2',
    requests: [],
    sent: [],
    failWith: opts.failWith,
    async translate(req) {
      fake.requests.push(req);
      if (fake.failWith) return { ok: false, reason: fake.failWith, message: `fake translator: ${fake.failWith}` };
      let charactersSent = 0;
      let cached = 0;
      const one = (text: string) => {
        if (!text.trim()) return '';
        const hit = cache.get(text);
        if (hit !== undefined) {
          cached++;
          return hit;
        }
        fake.sent.push(text);
        charactersSent += [...text].length;
        const english = `[en] ${opts.glossary ? applyGlossary(text, opts.glossary) : text}`;
        cache.set(text, english);
        return english;
      };
      const title = one(req.title);
      const summary = req.summary.map(one).filter(Boolean).join(' ');
      const quotes = req.quotes.map(one);
      return { ok: true, english: { title, summary, quotes }, charactersSent, cached };
    },
  };
  return fake;
}
