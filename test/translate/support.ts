import { Writable } from 'node:stream';
import { envSchema } from '../../config/schema.ts';
import { createLogger, type Logger } from '../../src/ops/logger.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import type { KV } from '../../src/store/kv.ts';
import { createMemoryStore } from '../../src/store/kv.ts';
import { createGlossary, type Glossary } from '../../src/translate/glossary.ts';
import { createTranslator } from '../../src/translate/index.ts';
import type { GoogleTranslateEmulator } from '../emulators/google-translate.ts';

/** A small glossary written for these tests (the shipped one is checked separately). */
export const testGlossary: Glossary = createGlossary(
  [
    { source: 'Tiongkok', target: 'China' },
    { source: 'AS', target: 'US' },
    { source: 'Amerika Serikat', target: 'United States' },
    { source: 'Negeri Tirai Bambu', target: 'China' },
    { source: 'Rusia', target: 'Russia' },
    { source: 'Menlu', target: 'Foreign Minister' },
  ],
  ['Wang Yi', 'Putin'],
);

/** Fast retries so give-up tests end quickly; the bound is what is tested, not the time. */
// attemptTimeoutMs leaves room for the v3 client's first call, which loads its protos.
// Generous per-attempt time so a loaded CI machine does not turn a slow answer into a timeout.
export const quickRetry = { maxMs: 5_000, baseMs: 10, maxDelayMs: 50, attemptTimeoutMs: 2_500 };

/** A pino logger whose JSON lines land in `lines`; no secret scrubbing, so leaks would show. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}

export function counterValue(counter: { get(): Promise<{ values: { value: number }[] }> }) {
  return counter.get().then((c) => c.values.reduce((n, v) => n + v.value, 0));
}

export interface Setup {
  kv?: KV;
  env?: Record<string, string>;
  glossary?: Glossary;
  retry?: typeof quickRetry;
  now?: () => Date;
}

/** A v2 translator on the emulator, with its own store, metrics and captured logs unless given. */
export function v2Translator(emu: GoogleTranslateEmulator, setup: Setup = {}) {
  const { logger, lines } = captureLogger();
  const metrics = createMetrics();
  const kv = setup.kv ?? createMemoryStore().namespace('translate');
  const env = envSchema.parse({ GOOGLE_TRANSLATE_API_KEY: 'test-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: emu.url, ...setup.env });
  const translator = createTranslator(env, { kv, logger, metrics, glossary: setup.glossary ?? testGlossary, retry: setup.retry ?? quickRetry, now: setup.now });
  return { translator, kv, metrics, lines };
}

/** A v3 translator on the emulator through the REST fallback (project id and key set: no metadata probe). */
export function v3Translator(emu: GoogleTranslateEmulator, setup: Setup = {}) {
  const { logger, lines } = captureLogger();
  const metrics = createMetrics();
  const kv = setup.kv ?? createMemoryStore().namespace('translate');
  const env = envSchema.parse({ GOOGLE_CLOUD_PROJECT: 'kabar-test', ...setup.env });
  const translator = createTranslator(env, {
    kv,
    logger,
    metrics,
    glossary: setup.glossary ?? testGlossary,
    retry: setup.retry ?? quickRetry,
    v3Client: { apiEndpoint: emu.v3Endpoint.host, port: emu.v3Endpoint.port, fallback: true, protocol: 'http', apiKey: 'test-key' },
  });
  return { translator, kv, metrics, lines };
}

/** A story's worth of text in the outlets' style, written for these tests. */
export function storyRequest(n = 0) {
  return {
    title: `Menlu Tiongkok Wang Yi Kritik Sikap AS soal Taiwan ${n}`,
    summary: [
      `Menteri Luar Negeri Tiongkok Wang Yi mengatakan hubungan dengan Rusia terus menguat (${n}).`,
      'Ia menilai sikap AS merusak hubungan bilateral kedua negara.',
    ],
    quotes: ['AS terus menimbulkan masalah bagi kedaulatan kami', 'Kerja sama kami dengan Rusia tidak ditujukan kepada pihak ketiga'],
    sourceLanguage: 'id',
    names: ['Wang Yi'],
  };
}
