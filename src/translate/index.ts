import type { Env } from '../../config/schema.ts';
import type { Logger } from '../ops/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { KV } from '../store/kv.ts';
import { loadGlossary, type Glossary } from './glossary.ts';
import { createGoogleTranslator } from './google-translator.ts';
import { createV2Backend } from './google-v2.ts';
import { createV3Backend, type V3ClientOverrides } from './google-v3.ts';
import type { RetryOptions } from './retry.ts';
import { createNoneTranslator, type Translator } from './translator.ts';

export { loadGlossary, createGlossary, applyGlossary, type Glossary, type GlossaryTerm } from './glossary.ts';
export { createFakeTranslator, createNoneTranslator } from './translator.ts';
export type { Translator, TranslationRequest, TranslationResult, FakeTranslator } from './translator.ts';

export interface TranslatorDeps {
  /** The store namespace for the cache and the budget (e.g. `store.namespace('translate')`). */
  kv: KV;
  logger: Logger;
  metrics?: Metrics;
  now?: () => Date;
  /** Defaults to config/glossary.json and the names in config/people.json. */
  glossary?: Glossary;
  retry?: RetryOptions;
  /** Where the v3 client connects (tests, private endpoints); production leaves it unset. */
  v3Client?: V3ClientOverrides;
}

/**
 * The configured translator: v2 when GOOGLE_TRANSLATE_API_KEY is set; v3 when GOOGLE_CLOUD_PROJECT is set
 * (GOOGLE_APPLICATION_CREDENTIALS or application default credentials, optional GOOGLE_TRANSLATE_GLOSSARY);
 * otherwise `none`. Creating it opens no connection.
 */
export function createTranslator(env: Env, deps: TranslatorDeps): Translator {
  const common = {
    kv: deps.kv,
    logger: deps.logger,
    metrics: deps.metrics,
    now: deps.now,
    glossary: deps.glossary ?? loadGlossary(),
    budget: env.KABAR_TRANSLATE_BUDGET ?? 500_000,
    retry: deps.retry,
  };
  if (env.GOOGLE_TRANSLATE_API_KEY) {
    if (env.GOOGLE_TRANSLATE_GLOSSARY) deps.logger.warn('GOOGLE_TRANSLATE_GLOSSARY needs v3 (GOOGLE_CLOUD_PROJECT without an API key); the v2 API ignores it');
    const backend = createV2Backend({ key: env.GOOGLE_TRANSLATE_API_KEY, baseUrl: env.GOOGLE_CLOUD_TRANSLATE_ENDPOINT });
    return createGoogleTranslator(backend, { ...common, secret: env.GOOGLE_TRANSLATE_API_KEY });
  }
  if (env.GOOGLE_CLOUD_PROJECT) {
    const backend = createV3Backend({
      projectId: env.GOOGLE_CLOUD_PROJECT,
      keyFilename: env.GOOGLE_APPLICATION_CREDENTIALS,
      glossary: env.GOOGLE_TRANSLATE_GLOSSARY,
      client: deps.v3Client,
    });
    return createGoogleTranslator(backend, { ...common, secret: deps.v3Client?.apiKey });
  }
  return createNoneTranslator();
}
