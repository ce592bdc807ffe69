// What the bot counts, as the rest of the code reports it. The Prometheus
// implementation (prometheus.ts) is only loaded when HEALTH_PORT is set;
// otherwise every report goes to NO_METRICS and costs nothing.

/** How an interaction ended: answered, declined (out of scope), refused (bad input, cooldown, not allowed), failed, or expired before the answer. */
export type InteractionOutcome = 'answered' | 'declined' | 'refused' | 'failed' | 'expired';
/** How a briefing delivery ended (a DeliveryOutcome's kind). */
export type BriefingResult = 'posted' | 'already' | 'paused' | 'retrying' | 'failed';
export type ReloadResult = 'ok' | 'failed';

export interface Metrics {
  interaction(command: string, outcome: InteractionOutcome, seconds: number): void;
  briefing(result: BriefingResult): void;
  gatewayReady(ready: boolean): void;
  knowledgeReload(result: ReloadResult): void;
}

export const NO_METRICS: Metrics = {
  interaction() {},
  briefing() {},
  gatewayReady() {},
  knowledgeReload() {},
};
