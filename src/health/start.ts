// Starts what hosts probe, when HEALTH_PORT is set: the Prometheus metrics
// and the HTTP server that serves them with /healthz and /readyz. Loaded only
// then, so a bot without HEALTH_PORT never loads prom-client.
import { OperatorError } from '../errors.ts';
import { PrometheusMetrics } from './prometheus.ts';
import { startHealthServer, type HealthServer } from './server.ts';
import type { ServiceStatus } from './status.ts';

export interface Health {
  metrics: PrometheusMetrics;
  server: HealthServer;
}

export interface HealthOptions {
  host: string;
  port: number;
  status: ServiceStatus;
  /** Entries in the knowledge base being served, read at every scrape. */
  entries: () => number;
}

export async function startHealth({ host, port, status, entries }: HealthOptions): Promise<Health> {
  const metrics = new PrometheusMetrics(entries);
  try {
    return { metrics, server: await startHealthServer({ host, port, status, metrics }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${host}:${port}`;
    if (code === 'EADDRINUSE') throw new OperatorError(`HEALTH_PORT ${port} is already in use on ${host}: choose another port, or stop what listens there.`);
    if (code === 'EACCES') throw new OperatorError(`The bot may not listen on ${where} (HEALTH_PORT): ports below 1024 need privileges; choose a port above 1024.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new OperatorError(`HEALTH_HOST ${host} is not an address of this machine: use 127.0.0.1, 0.0.0.0 (every interface) or one of its addresses.`);
    throw error;
  }
}
