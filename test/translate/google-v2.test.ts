import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGoogleTranslateEmulator, type GoogleTranslateEmulator } from '../emulators/google-translate.ts';
import { createMemoryStore } from '../../src/store/kv.ts';
import { counterValue, storyRequest, v2Translator } from './support.ts';

let emu: GoogleTranslateEmulator;
beforeEach(async () => {
  emu = await startGoogleTranslateEmulator();
});
afterEach(async () => {
  await emu.close();
});

describe('v2 translator on the emulator', () => {
  it('sends title, summary sentences and quotes as plain text from id to en, in one request, and returns English', async () => {
    const { translator, metrics } = v2Translator(emu);
    expect(translator.kind).toBe('v2');
    const result = await translator.translate(storyRequest());
    expect(emu.requests).toHaveLength(1);
    const [req] = emu.requests;
    expect(req).toMatchObject({ api: 'v2', key: 'test-key', format: 'text', source: 'id', target: 'en', status: 200 });
    expect(req.segments).toHaveLength(5);
    if (!result.ok) throw new Error(result.message);
    expect(result.english.title).toBe('Foreign Minister China Wang Yi Kritik Sikap US soal Taiwan 0');
    expect(result.english.summary).toContain('Wang Yi said relations with Russia keeps');
    expect(result.english.quotes).toEqual(['US keeps menimbulkan masalah bagi kedaulatan we', 'Work same we with Russia not ditujukan kepada pihak ketiga']);
    const sent = req.segments.reduce((n, s) => n + [...s].length, 0);
    expect(result.charactersSent).toBe(sent);
    expect(await counterValue(metrics.translatorCharacters)).toBe(sent);
  });

  it('sends nothing the second time the same story is processed', async () => {
    const { translator } = v2Translator(emu);
    const first = await translator.translate(storyRequest());
    const second = await translator.translate(storyRequest());
    expect(emu.requests).toHaveLength(1);
    expect(second).toEqual({ ...first, charactersSent: 0, cached: 5 });
  });

  it('pays once for a quote carried by two outlets', async () => {
    const { translator } = v2Translator(emu);
    const shared = 'Kami tidak akan tinggal diam jika kedaulatan kami dilanggar';
    await translator.translate({ ...storyRequest(1), quotes: [shared] });
    const other = await translator.translate({ title: 'Beijing Peringatkan Washington', summary: ['Beijing memperingatkan Washington.'], quotes: [shared], sourceLanguage: 'id' });
    expect(other.ok && other.cached).toBe(1);
    expect(emu.requests.flatMap((r) => r.segments).filter((s) => s === shared)).toHaveLength(1);
    expect(emu.requests[1].segments).toEqual(['Beijing Peringatkan Washington', 'Beijing memperingatkan Washington.']);
  });

  it('sends a segment repeated within one story once', async () => {
    const { translator } = v2Translator(emu);
    const q = 'AS terus menimbulkan masalah';
    const result = await translator.translate({ title: 'Judul', summary: [q], quotes: [q, q], sourceLanguage: 'id' });
    expect(emu.requests[0].segments).toEqual(['Judul', 'US terus menimbulkan masalah']);
    expect(result.ok && result.english.quotes).toEqual(['US keeps menimbulkan masalah', 'US keeps menimbulkan masalah']);
  });

  it('splits 300 quotes into requests of at most 128 segments', async () => {
    const { translator } = v2Translator(emu);
    const quotes = Array.from({ length: 300 }, (_, i) => `Kutipan nomor ${i} dari juru bicara`);
    const result = await translator.translate({ title: 'Judul', summary: [], quotes, sourceLanguage: 'id' });
    expect(emu.requests.map((r) => r.segments.length)).toEqual([128, 128, 45]);
    expect(emu.requests.every((r) => r.status === 200)).toBe(true);
    expect(result.ok && result.english.quotes[299]).toBe('Kutipan nomor 299 from juru bicara');
  });

  it('keeps every request under 100 KB', async () => {
    const { translator } = v2Translator(emu);
    // 40 quotes of ~4,000 bytes (multi-byte letters) make ~160 KB of text.
    const quotes = Array.from({ length: 40 }, (_, i) => `${i} ` + 'kedaulatan é '.repeat(300));
    const result = await translator.translate({ title: 'Judul', summary: [], quotes, sourceLanguage: 'id' });
    expect(result.ok).toBe(true);
    expect(emu.requests.length).toBeGreaterThan(1);
    for (const r of emu.requests) {
      expect(r.status).toBe(200);
      expect(r.bytes).toBeLessThanOrEqual(100_000);
    }
  });

  it('the emulator refuses a request over the limits (what batching protects against)', async () => {
    const res = await fetch(`${emu.url}?key=test-key`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: Array.from({ length: 129 }, () => 'a'), format: 'text', source: 'id', target: 'en' }),
    });
    expect(res.status).toBe(400);
  });

  it('retries a 403 quota refusal and then translates', async () => {
    const { translator, lines } = v2Translator(emu);
    emu.failNext(403, 2);
    const result = await translator.translate(storyRequest());
    expect(result.ok).toBe(true);
    expect(emu.requests.map((r) => r.status)).toEqual([403, 403, 200]);
    expect(lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
  });

  it('gives up on a lasting 500 within the time bound: the story is marked untranslated and nothing is counted', async () => {
    const { translator, kv, metrics } = v2Translator(emu);
    emu.failNext(500, 10_000);
    const result = await translator.translate(storyRequest());
    expect(result).toMatchObject({ ok: false, reason: 'error' });
    expect(!result.ok && result.message).toMatch(/HTTP 500/);
    expect(emu.requests.length).toBeGreaterThan(1);
    expect(await counterValue(metrics.translatorCharacters)).toBe(0);
    const month = new Date().toISOString().slice(0, 7);
    expect((await kv.get<{ used: number }>(`budget:${month}`))?.used ?? 0).toBe(0);
  });

  it('does not retry a request Google refuses for good (bad key)', async () => {
    const { translator } = v2Translator(emu, { env: { GOOGLE_TRANSLATE_API_KEY: 'wrong-key' } });
    const result = await translator.translate(storyRequest());
    expect(result).toMatchObject({ ok: false, reason: 'error' });
    expect(emu.requests).toHaveLength(1);
  });

  it('abandons a request that takes too long and tries again', async () => {
    const { translator, lines } = v2Translator(emu);
    emu.delayNext(6_000);
    const result = await translator.translate(storyRequest());
    expect(result.ok).toBe(true);
    expect(lines.some((l) => l.includes('timeout'))).toBe(true);
  });

  it('never puts the API key in logs or error messages', async () => {
    const key = 'AIzaSyD-kabar-test-0123456789abcdefXYZ';
    const own = await startGoogleTranslateEmulator({ key });
    try {
      const { translator, lines } = v2Translator(own, { env: { GOOGLE_TRANSLATE_API_KEY: key } });
      own.failNext(403);
      own.failNext(500, 10_000);
      const failed = await translator.translate(storyRequest());
      const { translator: unreachable, lines: lines2 } = v2Translator(own, {
        env: { GOOGLE_TRANSLATE_API_KEY: key, GOOGLE_CLOUD_TRANSLATE_ENDPOINT: 'http://127.0.0.1:1/language/translate/v2' },
      });
      const refused = await unreachable.translate(storyRequest());
      expect(failed.ok || refused.ok).toBe(false);
      expect(own.requests[0].key).toBe(key); // it was really sent, only never shown
      const everything = [...lines, ...lines2, JSON.stringify(failed), JSON.stringify(refused)].join('\n');
      expect(everything).toContain('HTTP 500');
      expect(everything).toMatch(/network error|ECONNREFUSED/);
      expect(everything).not.toContain(key);
      expect(everything).not.toContain(encodeURIComponent(key));
    } finally {
      await own.close();
    }
  });

  it('keeps the cache in the store it is given, so a new translator on the same store sends nothing', async () => {
    const kv = createMemoryStore().namespace('translate');
    await v2Translator(emu, { kv }).translator.translate(storyRequest());
    const again = await v2Translator(emu, { kv }).translator.translate(storyRequest());
    expect(again).toMatchObject({ ok: true, charactersSent: 0, cached: 5 });
    expect(emu.requests).toHaveLength(1);
  });
});
