// The bot's metrics in the Prometheus text format, with prom-client: its
// default process metrics and the bot's own. One registry per bot, so two
// bots in one process (tests) never share counters.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BriefingResult, InteractionOutcome, Metrics, ReloadResult } from './metrics.ts';

export class PrometheusMetrics implements Metrics {
  readonly registry = new Registry();
  readonly #interactions = new Counter({
    name: 'bot_interactions_total',
    help: 'Interactions handled, by command and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly #duration = new Histogram({
    name: 'bot_interaction_duration_seconds',
    help: 'Time from receiving an interaction to answering it',
    labelNames: ['command'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly #briefings = new Counter({
    name: 'bot_briefings_total',
    help: 'Briefing deliveries, by result',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly #gatewayReady = new Gauge({ name: 'bot_gateway_ready', help: '1 while the gateway session is ready, else 0', registers: [this.registry] });
  readonly #reloads = new Counter({
    name: 'bot_kb_reloads_total',
    help: 'Knowledge-base reloads, by result (a failed one keeps serving the previous knowledge base)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  /** `entries` is read at every scrape: the knowledge base in force then. */
  constructor(entries: () => number) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'bot_kb_entries',
      help: 'Answerable entries in the knowledge base being served',
      registers: [this.registry],
      collect() {
        this.set(entries());
      },
    });
    this.#gatewayReady.set(0);
    for (const result of ['ok', 'failed'] as const) this.#reloads.inc({ result }, 0);
  }

  interaction(command: string, outcome: InteractionOutcome, seconds: number): void {
    this.#interactions.inc({ command, outcome });
    this.#duration.observe({ command }, seconds);
  }

  briefing(result: BriefingResult): void {
    this.#briefings.inc({ result });
  }

  gatewayReady(ready: boolean): void {
    this.#gatewayReady.set(ready ? 1 : 0);
  }

  knowledgeReload(result: ReloadResult): void {
    this.#reloads.inc({ result });
  }
}
