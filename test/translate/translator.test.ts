import { describe, expect, it } from 'vitest';
import { envSchema } from '../../config/schema.ts';
import { createSilentLogger } from '../../src/ops/logger.ts';
import { createMemoryStore } from '../../src/store/kv.ts';
import { batchTexts, splitLong } from '../../src/translate/batch.ts';
import { createFakeTranslator, createTranslator } from '../../src/translate/index.ts';
import { storyRequest, testGlossary } from './support.ts';

const deps = () => ({ kv: createMemoryStore().namespace('translate'), logger: createSilentLogger(), glossary: testGlossary });

describe('createTranslator', () => {
  it('is `none` without credentials, and every story comes back marked untranslated', async () => {
    const translator = createTranslator(envSchema.parse({}), deps());
    expect(translator.kind).toBe('none');
    expect(await translator.translate(storyRequest())).toMatchObject({ ok: false, reason: 'none' });
  });

  it('picks v2 with an API key and v3 with a project, opening no connection until asked to translate', async () => {
    const v2 = createTranslator(envSchema.parse({ GOOGLE_TRANSLATE_API_KEY: 'k', GOOGLE_CLOUD_PROJECT: 'p' }), deps());
    const v3 = createTranslator(envSchema.parse({ GOOGLE_CLOUD_PROJECT: 'p', GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent.json' }), deps());
    expect([v2.kind, v3.kind]).toEqual(['v2', 'v3']);
    await v2.close?.();
    await v3.close?.();
  });
});

describe('fake translator', () => {
  it('translates deterministically with the glossary, records what was sent and sends a repeat only once', async () => {
    const fake = createFakeTranslator({ glossary: testGlossary });
    const first = await fake.translate({ title: 'Tiongkok', summary: ['Satu.', 'Dua.'], quotes: ['AS marah'], sourceLanguage: 'id' });
    expect(first).toEqual({ ok: true, english: { title: '[en] China', summary: '[en] Satu. [en] Dua.', quotes: ['[en] US marah'] }, charactersSent: 25, cached: 0 });
    const again = await fake.translate({ title: 'Tiongkok', summary: [], quotes: ['AS marah'], sourceLanguage: 'id' });
    expect(again).toMatchObject({ ok: true, charactersSent: 0, cached: 2 });
    expect(fake.sent).toEqual(['Tiongkok', 'Satu.', 'Dua.', 'AS marah']);
    fake.failWith = 'budget';
    expect(await fake.translate(storyRequest())).toMatchObject({ ok: false, reason: 'budget' });
    expect(fake.requests).toHaveLength(3);
  });
});

describe('batching', () => {
  it('cuts at the segment count, the byte size and the code point count, whichever comes first', () => {
    const texts = Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(10, 'x'));
    expect(batchTexts(texts, { maxSegments: 4 }).map((b) => b.length)).toEqual([4, 4, 2]);
    expect(batchTexts(texts, { maxSegments: 100, maxCodePoints: 25 }).map((b) => b.length)).toEqual([2, 2, 2, 2, 2]);
    expect(batchTexts(texts, { maxSegments: 100, maxBytes: 200 + 13 * 3 }).map((b) => b.length)).toEqual([3, 3, 3, 1]);
    expect(batchTexts(texts, { maxSegments: 100 }).flat()).toEqual(texts);
  });

  it('cuts an over-long text at sentence ends', () => {
    const text = 'Kalimat pertama cukup panjang. Kalimat kedua juga panjang. Kalimat ketiga.';
    const parts = splitLong(text, 40);
    expect(parts).toEqual(['Kalimat pertama cukup panjang.', 'Kalimat kedua juga panjang.', 'Kalimat ketiga.']);
    expect(splitLong('pendek', 40)).toEqual(['pendek']);
  });
});

describe('a failing store', () => {
  it('turns into an untranslated story, not an exception', async () => {
    const broken = { get: async () => undefined, getMany: async () => Promise.reject(new Error('store down')), set: async () => {}, delete: async () => {} };
    const translator = createTranslator(envSchema.parse({ GOOGLE_TRANSLATE_API_KEY: 'k', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: 'http://127.0.0.1:1/language/translate/v2' }), { ...deps(), kv: broken });
    expect(await translator.translate(storyRequest())).toMatchObject({ ok: false, reason: 'error', message: 'store down' });
  });
});
