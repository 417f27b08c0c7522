import { describe, expect, it } from 'vitest';
import { startOpsServer } from '../../src/ops/http.ts';
import { createMetrics } from '../../src/ops/metrics.ts';

describe('ops server', () => {
  it('serves /healthz, Prometheus /metrics and a mounted webhook route', async () => {
    const metrics = createMetrics();
    metrics.deliveriesSent.inc({ platform: 'telegram' }, 3);
    let healthy = true;
    const received: string[] = [];
    const ops = await startOpsServer({
      port: 0,
      host: '127.0.0.1',
      metrics,
      health: async () => ({ ok: healthy, pending: 0 }),
      routes: [{ path: '/telegram/hook', handle: async (req, res) => { let body = ''; for await (const c of req) body += c; received.push(body); res.end('ok'); } }],
    });
    const base = `http://127.0.0.1:${ops.port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      healthy = false;
      expect((await fetch(`${base}/healthz`)).status).toBe(503);
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toMatch(/kabar_deliveries_sent_total\{platform="telegram"\} 3/);
      expect(text).toContain('kabar_translator_characters_total');
      expect((await fetch(`${base}/telegram/hook`, { method: 'POST', body: '{"update_id":1}' })).status).toBe(200);
      expect(received).toEqual(['{"update_id":1}']);
      expect((await fetch(`${base}/nope`)).status).toBe(404);
    } finally {
      await ops.close();
    }
  });
});
