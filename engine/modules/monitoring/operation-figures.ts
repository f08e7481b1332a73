// Per-operation figures for the JSON surfaces, read from the Prometheus instruments themselves
// (a counter labelled with the operation and an HTTP status, and a latency histogram labelled
// with the operation), so the JSON and the exposition cannot disagree.
import type { FastCounter, FastHistogram } from './hot-metrics.js';
import { round } from './latency-window.js';

export interface OperationFigures {
  operation: string;
  requests: number;
  clientErrors: number;
  serverErrors: number;
  meanLatencyMs: number;
}

/** Busiest first. */
export async function operationFigures<L extends string>(counter: FastCounter<L | 'status'>, latency: FastHistogram, label: L): Promise<OperationFigures[]> {
  const byOperation = new Map<string, OperationFigures>();
  for (const { labels, value } of (await counter.get()).values) {
    const operation = String(labels[label]);
    let entry = byOperation.get(operation);
    if (!entry) byOperation.set(operation, (entry = { operation, requests: 0, clientErrors: 0, serverErrors: 0, meanLatencyMs: 0 }));
    const status = Number(labels.status);
    entry.requests += value;
    if (status >= 500) entry.serverErrors += value;
    else if (status >= 400) entry.clientErrors += value;
  }
  const latencyName = `${latency.name}_sum`;
  for (const { labels, value, metricName } of (await latency.get()).values) {
    const entry = metricName === latencyName ? byOperation.get(String(labels[label])) : undefined;
    if (entry && entry.requests > 0) entry.meanLatencyMs = round((value * 1000) / entry.requests);
  }
  return [...byOperation.values()].sort((a, b) => b.requests - a.requests);
}
