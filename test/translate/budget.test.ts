import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { createMemoryStore } from '../../src/store/kv.ts';
import { startGoogleTranslateEmulator, type GoogleTranslateEmulator } from '../emulators/google-translate.ts';
import { counterValue, storyRequest, v2Translator } from './support.ts';

let emu: GoogleTranslateEmulator;
beforeEach(async () => {
  emu = await startGoogleTranslateEmulator();
});
afterEach(async () => {
  await emu.close();
});

const storyChars = (n: number) => {
  const r = storyRequest(n);
  return [r.title, ...r.summary, ...r.quotes].reduce((sum, s) => sum + [...s].length, 0);
};

describe('monthly translation budget', () => {
  it('past the budget, stories come back marked untranslated, the admin is told once and the metric counts each story', async () => {
    // Room for one story (glossary and name tokens make what is sent a little different from the source).
    const budget = String(storyChars(1) + 20);
    const { translator, metrics, lines } = v2Translator(emu, { env: { KABAR_TRANSLATE_BUDGET: budget } });
    expect((await translator.translate(storyRequest(1))).ok).toBe(true);
    const second = await translator.translate(storyRequest(2));
    const third = await translator.translate(storyRequest(3));
    expect(second).toMatchObject({ ok: false, reason: 'budget' });
    expect(third).toMatchObject({ ok: false, reason: 'budget' });
    expect(!second.ok && second.message).toMatch(/budget/);
    expect(emu.requests).toHaveLength(1);
    expect(await counterValue(metrics.translatorBudgetExhausted)).toBe(2);
    const warnings = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 40 && /budget/.test(l.msg));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ budget: Number(budget) });
  });

  it('still serves cached stories past the budget', async () => {
    const budget = String(storyChars(1) + 20);
    const { translator } = v2Translator(emu, { env: { KABAR_TRANSLATE_BUDGET: budget } });
    await translator.translate(storyRequest(1));
    expect(await translator.translate(storyRequest(2))).toMatchObject({ ok: false, reason: 'budget' });
    expect(await translator.translate(storyRequest(1))).toMatchObject({ ok: true, charactersSent: 0 });
  });

  it('a budget of 0 sends nothing at all', async () => {
    const { translator } = v2Translator(emu, { env: { KABAR_TRANSLATE_BUDGET: '0' } });
    expect(await translator.translate(storyRequest())).toMatchObject({ ok: false, reason: 'budget' });
    expect(emu.requests).toHaveLength(0);
  });

  it('starts again with a new month', async () => {
    let now = new Date('2026-03-31T23:00:00Z');
    const kv = createMemoryStore().namespace('translate');
    const budget = String(storyChars(1) + 20);
    const { translator } = v2Translator(emu, { kv, env: { KABAR_TRANSLATE_BUDGET: budget }, now: () => now });
    await translator.translate(storyRequest(1));
    expect(await translator.translate(storyRequest(2))).toMatchObject({ ok: false, reason: 'budget' });
    now = new Date('2026-04-01T00:30:00Z');
    expect(await translator.translate(storyRequest(2))).toMatchObject({ ok: true });
    expect((await kv.get<{ used: number }>('budget:2026-03'))?.used).toBeGreaterThan(0);
    expect((await kv.get<{ used: number }>('budget:2026-04'))?.used).toBeGreaterThan(0);
  });

  it('is persisted: a restarted bot on the same sqlite store keeps counting from where it was', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'kabar-translate-')), 'kabar.sqlite')}`;
    const budget = String(storyChars(1) + 20);
    const first = await openStore(url);
    const one = await v2Translator(emu, { kv: first.namespace('translate'), env: { KABAR_TRANSLATE_BUDGET: budget } }).translator.translate(storyRequest(1));
    expect(one.ok).toBe(true);
    await first.close();

    const second = await openStore(url);
    try {
      const { translator } = v2Translator(emu, { kv: second.namespace('translate'), env: { KABAR_TRANSLATE_BUDGET: budget } });
      expect(await translator.translate(storyRequest(2))).toMatchObject({ ok: false, reason: 'budget' });
      // ...and the cache survived too.
      expect(await translator.translate(storyRequest(1))).toMatchObject({ ok: true, charactersSent: 0, cached: 5 });
      expect(emu.requests).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('two stories at once cannot both slip under the budget', async () => {
    const budget = String(storyChars(1) + 20);
    const { translator } = v2Translator(emu, { env: { KABAR_TRANSLATE_BUDGET: budget } });
    const results = await Promise.all([translator.translate(storyRequest(1)), translator.translate(storyRequest(2))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'budget')).toHaveLength(1);
  });
});
