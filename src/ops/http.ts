import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Metrics } from './metrics.ts';

/** /healthz (JSON status; 503 when unhealthy) and Prometheus /metrics on KABAR_HTTP_PORT. */
export async function startOpsServer(opts: {
  port: number;
  host?: string;
  metrics: Metrics;
  health: () => Promise<{ ok: boolean; [k: string]: unknown }>;
  /** Extra POST routes (a Telegram webhook). */
  routes?: { path: string; handle(req: IncomingMessage, res: ServerResponse): unknown }[];
}): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    try {
      const route = req.method === 'POST' ? opts.routes?.find((r) => r.path === new URL(req.url ?? '/', 'http://x').pathname) : undefined;
      if (route) {
        await route.handle(req, res);
      } else if (req.url === '/healthz') {
        const health = await opts.health();
        res.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify(health));
      } else if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': opts.metrics.registry.contentType });
        res.end(await opts.metrics.registry.metrics());
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found\n');
      }
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`error: ${(err as Error).message}\n`);
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '0.0.0.0', resolve));
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : opts.port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
