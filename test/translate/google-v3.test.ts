import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { envSchema } from '../../config/schema.ts';
import { createSilentLogger } from '../../src/ops/logger.ts';
import { createMemoryStore } from '../../src/store/kv.ts';
import { createTranslator } from '../../src/translate/index.ts';
import { startGoogleTranslateEmulator, type GoogleTranslateEmulator } from '../emulators/google-translate.ts';
import { quickRetry, storyRequest, testGlossary, v3Translator } from './support.ts';

let emu: GoogleTranslateEmulator;
beforeEach(async () => {
  emu = await startGoogleTranslateEmulator();
});
afterEach(async () => {
  await emu.close();
});

describe('v3 translator through the REST fallback', () => {
  it('calls translateText on the project with plain text, id to en', async () => {
    const { translator } = v3Translator(emu);
    try {
      expect(translator.kind).toBe('v3');
      const result = await translator.translate(storyRequest());
      expect(emu.requests).toHaveLength(1);
      expect(emu.requests[0]).toMatchObject({ api: 'v3', path: '/v3/projects/kabar-test/locations/global:translateText', format: 'text/plain', source: 'id', target: 'en', status: 200 });
      expect(emu.requests[0].glossary).toBeUndefined();
      expect(result.ok && result.english.title).toBe('Foreign Minister China Wang Yi Kritik Sikap US soal Taiwan 0');
    } finally {
      await translator.close?.();
    }
  });

  it('uses the configured glossary, in the region glossaries live in', async () => {
    const { translator } = v3Translator(emu, { env: { GOOGLE_TRANSLATE_GLOSSARY: 'kabar-id-en' } });
    try {
      expect((await translator.translate(storyRequest())).ok).toBe(true);
      expect(emu.requests[0].path).toBe('/v3/projects/kabar-test/locations/us-central1:translateText');
      expect(emu.requests[0].glossary).toBe('projects/kabar-test/locations/us-central1/glossaries/kabar-id-en');
    } finally {
      await translator.close?.();
    }
  });

  it('batches at 1,024 strings and 30,000 code points', async () => {
    const { translator } = v3Translator(emu);
    try {
      const many = Array.from({ length: 1_100 }, (_, i) => `Kutipan ${i}`);
      expect((await translator.translate({ title: 'Judul', summary: [], quotes: many, sourceLanguage: 'id' })).ok).toBe(true);
      expect(emu.requests.map((r) => r.segments.length)).toEqual([1_024, 77]);
      emu.requests.length = 0;
      const long = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')} ${'kata '.repeat(399)}`);
      expect((await translator.translate({ title: 'Judul lain', summary: [], quotes: long, sourceLanguage: 'id' })).ok).toBe(true);
      expect(emu.requests.length).toBe(2);
      for (const r of emu.requests) {
        expect(r.status).toBe(200);
        expect(r.segments.reduce((n, s) => n + [...s].length, 0)).toBeLessThanOrEqual(30_000);
      }
    } finally {
      await translator.close?.();
    }
  });

  it('retries quota refusals (429 RESOURCE_EXHAUSTED, 403 quota) and 503, then translates', async () => {
    const { translator } = v3Translator(emu);
    try {
      emu.failNext(429);
      emu.failNext(403);
      emu.failNext(503);
      expect((await translator.translate(storyRequest())).ok).toBe(true);
      expect(emu.requests.map((r) => r.status)).toEqual([429, 403, 503, 200]);
    } finally {
      await translator.close?.();
    }
  });

  it('gives up on a lasting 500 and reports the story untranslated', async () => {
    const { translator } = v3Translator(emu);
    try {
      emu.failNext(500, 10_000);
      expect(await translator.translate(storyRequest())).toMatchObject({ ok: false, reason: 'error' });
      expect(emu.requests.length).toBeGreaterThan(1);
    } finally {
      await translator.close?.();
    }
  });

  it('abandons a request that takes too long and tries again', async () => {
    const { translator } = v3Translator(emu);
    try {
      emu.delayNext(6_000);
      expect((await translator.translate(storyRequest())).ok).toBe(true);
    } finally {
      await translator.close?.();
    }
  });

  it('shares the cache with nothing else in the store and sends nothing the second time', async () => {
    const kv = createMemoryStore().namespace('translate');
    const a = v3Translator(emu, { kv });
    const b = v3Translator(emu, { kv });
    try {
      await a.translator.translate(storyRequest());
      expect(await b.translator.translate(storyRequest())).toMatchObject({ ok: true, charactersSent: 0 });
      expect(emu.requests).toHaveLength(1);
    } finally {
      await a.translator.close?.();
      await b.translator.close?.();
    }
  });

  // The client then probes the cloud metadata server (169.254.169.254), which the loopback guard refuses;
  // the library reports that as an unhandled rejection unless initialisation is awaited first.
  it('without an API key or credentials file, v3 reports the story untranslated instead of crashing', async () => {
    const translator = createTranslator(envSchema.parse({ GOOGLE_CLOUD_PROJECT: 'kabar-test' }), {
      kv: createMemoryStore().namespace('translate'),
      logger: createSilentLogger(),
      glossary: testGlossary,
      retry: { ...quickRetry, maxMs: 300 },
      v3Client: { apiEndpoint: emu.v3Endpoint.host, port: emu.v3Endpoint.port, fallback: true, protocol: 'http' },
    });
    try {
      const result = await translator.translate(storyRequest());
      expect(result).toMatchObject({ ok: false, reason: 'error' });
      expect(!result.ok && result.message).toMatch(/credentials/);
      expect(emu.requests).toHaveLength(0);
    } finally {
      await translator.close?.();
    }
  });
});
