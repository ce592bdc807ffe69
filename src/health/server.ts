// The HTTP server hosts probe (HEALTH_PORT): /healthz while the process
// serves, /readyz once it can answer, /metrics for Prometheus. Anything else
// is 404. Bound to HEALTH_HOST (127.0.0.1 unless set).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrometheusMetrics } from './prometheus.ts';
import type { ServiceStatus } from './status.ts';

export interface HealthServer {
  /** The port it listens on (HEALTH_PORT=0 picks one). */
  readonly port: number;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  host: string;
  port: number;
  status: ServiceStatus;
  metrics: PrometheusMetrics;
}

function text(res: ServerResponse, status: number, body: string, contentType = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
}

export async function startHealthServer({ host, port, status, metrics }: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://health').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'method not allowed\n');
    switch (path) {
      case '/healthz':
        return text(res, 200, 'ok\n');
      case '/readyz':
        return status.ready ? text(res, 200, 'ready\n') : text(res, 503, `not ready: ${status.waitingFor.join(', ')}\n`);
      case '/metrics':
        metrics.registry.metrics().then(
          (body) => text(res, 200, body, metrics.registry.contentType),
          (error: unknown) => text(res, 500, `metrics unavailable: ${(error as Error).message}\n`),
        );
        return;
      default:
        return text(res, 404, 'not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  let closing: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}
