import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/ops/logger.ts';

describe('logger', () => {
  it('never writes a token or key, wherever it appears in a log line', () => {
    const lines: string[] = [];
    const destination = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
    const token = '7000000001:AAH-very-secret-token';
    const logger = createLogger({ secrets: [token], destination });
    logger.error({ err: new Error(`POST https://api.telegram.org/bot${token}/sendMessage failed`) }, 'send failed');
    logger.info({ token, nested: { apiKey: 'AIzaSy-other' } }, `using ${encodeURIComponent(token)}`);
    const out = lines.join('');
    expect(out).not.toContain('very-secret');
    expect(out).not.toContain('AIzaSy-other');
    expect(out).toContain('[redacted]');
    expect(out).toContain('send failed');
  });
});
