import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config.ts';
import { ConfigError } from '../../src/domain/errors.ts';

function outletsFile(json: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kabar-config-')), 'outlets.json');
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

const minimal = {
  outlets: [
    {
      id: 'kompastv',
      name: 'KompasTV',
      language: 'id',
      schedule: '*/5 * * * *',
      sources: [
        { type: 'feed', url: 'https://www.kompas.tv/rss' },
        { type: 'index', url: 'https://www.kompas.tv/internasional', links: 'a.article-link' },
      ],
    },
  ],
};

describe('settings', () => {
  it('accepts the minimal outlets form from the architecture page, with defaults', () => {
    const settings = loadSettings({ KABAR_OUTLETS: outletsFile(minimal) });
    expect(settings.env.KABAR_STORE).toBe('sqlite://./data/kabar.sqlite');
    expect(settings.env.KABAR_TRANSLATE_BUDGET).toBe(500_000);
    expect(settings.outlets[0]).toMatchObject({ id: 'kompastv', enabled: true, schedule: '*/5 * * * *' });
  });

  it('lists every problem at once: a malformed outlet URL and an unknown setting', () => {
    const bad = { outlets: [{ ...minimal.outlets[0], sources: [{ type: 'feed', url: 'not a url' }] }] };
    let error: unknown;
    try {
      loadSettings({ KABAR_OUTLETS: outletsFile(bad), KABAR_STORR: 'sqlite://x', KABAR_HTTP_PORT: 'eighty' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('KABAR_STORR: unknown setting');
    expect(message).toContain('KABAR_HTTP_PORT');
    expect(message).toMatch(/outlets\.0\.sources\.0\.url/);
  });

  it('reports a missing outlets file and broken JSON clearly', () => {
    expect(() => loadSettings({ KABAR_OUTLETS: '/nonexistent/outlets.json' })).toThrow(/no such file/);
    expect(() => loadSettings({ KABAR_OUTLETS: outletsFile('{ "outlets": [') })).toThrow(/not valid JSON/);
  });

  it('rejects a schedule that is not a cron expression and duplicate outlet ids', () => {
    const bad = { outlets: [{ ...minimal.outlets[0], schedule: 'every minute' }, minimal.outlets[0]] };
    expect(() => loadSettings({ KABAR_OUTLETS: outletsFile(bad) })).toThrow(/cron expression[\s\S]*duplicate outlet id/);
  });

  it('keeps secrets so the logger can scrub them', () => {
    const settings = loadSettings({ KABAR_OUTLETS: outletsFile(minimal), TELEGRAM_BOT_TOKEN: '123456:ABCDEF-secret' });
    expect(settings.secrets).toEqual(['123456:ABCDEF-secret']);
  });
});
