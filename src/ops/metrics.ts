import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics for /metrics. One registry per process (tests make their own). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kabar_process_' });
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    new Counter({ name: `kabar_${name}`, help, labelNames, registers: [registry] });
  return {
    registry,
    sourcesPolled: counter('sources_polled_total', 'Source polls completed', ['outlet']),
    sourcesFailed: counter('sources_failed_total', 'Source polls that failed', ['outlet']),
    articles: counter('articles_total', 'Articles extracted and analysed', ['outlet']),
    stories: counter('stories_total', 'New stories created'),
    deliveriesSent: counter('deliveries_sent_total', 'Posts delivered', ['platform']),
    deliveriesFailed: counter('deliveries_failed_total', 'Posts given up (target gone or retries exhausted)', ['platform']),
    deliveriesPending: new Gauge({ name: 'kabar_deliveries_pending', help: 'Stories with deliveries still to make', registers: [registry] }),
    translatorCharacters: counter('translator_characters_total', 'Characters sent to the translator'),
    translatorBudgetExhausted: counter('translator_budget_exhausted_total', 'Stories left untranslated because the monthly budget was spent'),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
