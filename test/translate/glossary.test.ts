import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyGlossary, createGlossary, loadGlossary } from '../../src/translate/glossary.ts';
import { protectNames, restoreNames } from '../../src/translate/names.ts';
import { startGoogleTranslateEmulator, type GoogleTranslateEmulator } from '../emulators/google-translate.ts';
import { testGlossary, v2Translator } from './support.ts';

describe('glossary', () => {
  it('renders the terms the same way every time, longest first, whole words only', () => {
    expect(applyGlossary('Tiongkok dan Negeri Tirai Bambu', testGlossary)).toBe('China dan China');
    expect(applyGlossary('Amerika Serikat (AS) menekan Rusia', testGlossary)).toBe('United States (US) menekan Russia');
    expect(applyGlossary('Menlu Tiongkok-Rusia', testGlossary)).toBe('Foreign Minister China-Russia');
    expect(applyGlossary('Rusiawan dan Tiongkoknya', testGlossary)).toBe('Rusiawan dan Tiongkoknya');
  });

  it('matches a term written in capitals only in capitals ("AS" is the US, "as" is an axle)', () => {
    expect(applyGlossary('as roda patah, AS marah', testGlossary)).toBe('as roda patah, US marah');
    expect(applyGlossary('tiongkok', testGlossary)).toBe('China');
  });

  it('ships the terms the issue asks for', () => {
    const g = loadGlossary();
    const t = (s: string) => applyGlossary(s, g);
    expect(t('Tiongkok')).toBe('China');
    expect(t('AS')).toBe('US');
    expect(t('Amerika Serikat')).toBe('United States');
    expect(t('Negeri Tirai Bambu')).toBe('China');
    expect(t('Negeri Beruang Merah')).toBe('Russia');
    expect(t('Negeri Paman Sam')).toBe('United States');
    expect(t('Menlu')).toBe('Foreign Minister');
    expect(t('Rusia')).toBe('Russia');
  });

  it('reads protected names from people.json and tolerates its absence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabar-glossary-'));
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify({ version: 3, terms: [{ source: 'Tiongkok', target: 'China' }] }));
    const bare = loadGlossary(dir);
    expect(bare.names).toEqual([]);
    expect(bare.version).toMatch(/^3-/);
    writeFileSync(join(dir, 'people.json'), JSON.stringify({ people: [{ slug: 'zhang-hanhui', name: 'Zhang Hanhui', aliases: ['Zhang'], role: 'Duta Besar', country: 'china' }] }));
    expect(loadGlossary(dir).names).toEqual(['Zhang Hanhui', 'Zhang']);
    expect(loadGlossary(dir).version).toBe(bare.version);
  });

  it('changes version when a term changes, so cached translations made under the old terms are not reused', () => {
    const a = createGlossary([{ source: 'Tiongkok', target: 'China' }]);
    const b = createGlossary([{ source: 'Tiongkok', target: 'PRC' }]);
    expect(a.version).not.toBe(b.version);
  });
});

describe('name protection', () => {
  it('swaps names for tokens, longest first, and puts them back even when MT adds spaces', () => {
    const p = protectNames('Wang Yi bertemu Lavrov; kata Wang', ['Wang', 'Wang Yi', 'Lavrov']);
    expect(p.text).toBe('[X0X] bertemu [X1X]; kata [X2X]');
    expect(restoreNames('[X0X] met [ X1X ]; said [x2x]', p.names)).toEqual({ text: 'Wang Yi met Lavrov; said Wang', missing: 0 });
    expect(restoreNames('met', p.names).missing).toBe(3);
  });
});

describe('names and glossary through the translator', () => {
  let emu: GoogleTranslateEmulator;
  beforeEach(async () => {
    emu = await startGoogleTranslateEmulator();
  });
  afterEach(async () => {
    await emu.close();
  });

  it('an unprotected "Wang" comes back as money (the hazard), a protected one unaltered', async () => {
    const bare = createGlossary([]);
    const plain = await v2Translator(emu, { glossary: bare }).translator.translate({ title: 'Wang tiba di Moskow', summary: [], quotes: [], sourceLanguage: 'id' });
    expect(plain.ok && plain.english.title).toBe('Money tiba in Moskow');
    const named = await v2Translator(emu, { glossary: bare }).translator.translate({ title: 'Wang tiba di Moskow', summary: [], quotes: [], sourceLanguage: 'id', names: ['Wang'] });
    expect(named.ok && named.english.title).toBe('Wang tiba in Moskow');
    expect(emu.requests[1].segments).toEqual(['[X0X] tiba di Moskow']);
  });

  it('keeps Wang, Wang Yi, Zhang Hanhui and Putin exactly, and renders Tiongkok as China', async () => {
    const glossary = createGlossary([{ source: 'Tiongkok', target: 'China' }], ['Wang Yi', 'Zhang Hanhui', 'Putin']);
    const { translator } = v2Translator(emu, { glossary });
    const result = await translator.translate({
      title: 'Wang Yi dan Putin bahas Tiongkok',
      summary: ['Dubes Zhang Hanhui mengatakan Tiongkok siap.'],
      quotes: ['Kami dan Tiongkok bersama, kata Wang'],
      sourceLanguage: 'id',
      names: ['Wang'],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.english).toEqual({
      title: 'Wang Yi and Putin bahas China',
      summary: 'Dubes Zhang Hanhui said China siap.',
      quotes: ['We and China together, said Wang'],
    });
  });
});

describe('speaker names that are not people', () => {
  let emu: GoogleTranslateEmulator;
  beforeEach(async () => {
    emu = await startGoogleTranslateEmulator();
  });
  afterEach(async () => {
    await emu.close();
  });

  it('a glossary term given as a speaker ("Menlu") is still rendered by the glossary, a pronoun is not protected', async () => {
    const { translator } = v2Translator(emu);
    const result = await translator.translate({ title: 'Menlu: kami siap, ujar ia', summary: [], quotes: [], sourceLanguage: 'id', names: ['Menlu', 'ia'] });
    expect(result.ok && result.english.title).toBe('Foreign Minister: we siap, said he');
  });
});
