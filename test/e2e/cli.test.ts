import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnKabar } from '../support/kabar-process.ts';

// A short article in KompasTV's plain-text style, written for this test.
const ARTICLE = `MOSKOW, KOMPAS.TV - Rusia dan China sepakat memperluas latihan militer bersama di Pasifik, di tengah tekanan Amerika Serikat (AS).
Menteri Pertahanan Rusia, Andrei Belousov, menyampaikan hal itu usai bertemu mitranya dari China di Moskow, Selasa (4/11/2025).
“Latihan ini tidak ditujukan kepada negara ketiga mana pun, termasuk AS,” ujar Belousov dikutip dari TASS.
Baca Juga: Harga Cabai di Pasar Induk Turun Jelang Akhir Pekan
“Kami akan terus memperdalam kepercayaan strategis dengan Beijing,” tambahnya.
Washington sebelumnya menyebut kerja sama militer Moskow dan Beijing sebagai ancaman bagi kawasan.
Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru dan terpercaya.`;

async function run(args: string[], env: Record<string, string> = {}, stdin?: string) {
  const kabar = spawnKabar(args, env, stdin);
  await kabar.waitFor(() => false, 30_000).catch(() => undefined);
  await new Promise((r) => kabar.proc.exitCode !== null ? r(undefined) : kabar.proc.once('exit', r));
  return { code: kabar.proc.exitCode, stdout: kabar.stdout(), stderr: kabar.stderr() };
}

describe('kabar CLI', () => {
  it('analyze prints one clean article as JSON: dateline, source, paragraphs, relevance, quotes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabar-cli-'));
    const file = join(dir, 'artikel.txt');
    writeFileSync(file, ARTICLE);
    const { code, stdout, stderr } = await run(['analyze', file], { KABAR_STORE: `sqlite://${join(dir, 'k.sqlite')}` });
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.dateline).toBe('Moskow');
    expect(out.paragraphs.join('\n')).not.toMatch(/Baca Juga|WhatsApp/);
    expect(out.paragraphs[0]).toMatch(/^Rusia dan China sepakat/);
    expect(out.relevance.principal).toEqual(expect.arrayContaining(['china', 'russia']));
    expect(out.quotes).toHaveLength(2);
    expect(out.quotes[0]).toMatchObject({ speaker: 'Andrei Belousov', via: 'TASS' });
    expect(out.quotes[1].speaker).toBe('Andrei Belousov');
    expect(out.summary.text.length).toBeGreaterThan(0);
  }, 40_000);

  it('analyze - reads the article from standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabar-cli-'));
    const { code, stdout, stderr } = await run(['analyze', '-'], { KABAR_STORE: `sqlite://${join(dir, 'k.sqlite')}` }, ARTICLE);
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.dateline).toBe('Moskow');
    expect(out.quotes[0]).toMatchObject({ speaker: 'Andrei Belousov' });
  }, 40_000);

  it('lists every configuration problem and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabar-cli-'));
    const outlets = join(dir, 'outlets.json');
    writeFileSync(outlets, JSON.stringify({ outlets: [{ id: 'x', name: 'X', sources: [{ type: 'feed', url: 'nope' }] }] }));
    const { code, stderr } = await run(['run'], { KABAR_OUTLETS: outlets, KABAR_POLL: '5', TELEGRAM_BOT_TOKEN: '12345:secret-token-value' });
    expect(code).toBe(1);
    expect(stderr).toContain('KABAR_POLL: unknown setting');
    expect(stderr).toMatch(/outlets\.0\.sources\.0\.url/);
    expect(stderr).not.toContain('secret-token-value');
  }, 40_000);

  it('answers an unknown command with the usage', async () => {
    const { code, stderr } = await run(['pol']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "pol"');
    expect(stderr).toContain('kabar poll --once');
  }, 40_000);
});
