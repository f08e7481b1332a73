// /api/v1/ws/metrics and /api/v1/dashboard/stream: a message at once, then every interval seconds.
import { periodic } from '../../engine/modules/monitoring/periodic.js';
import type { SystemMetrics } from '../../engine/modules/monitoring/monitoring.js';
import type { ChannelHandler } from '../../server/ws/channel.js';

/** Seconds between messages when the client does not say. */
const DEFAULT_INTERVAL_SECONDS = 5;

function intervalMs(interval: string | undefined): number {
  return Number(interval ?? DEFAULT_INTERVAL_SECONDS) * 1000;
}

/** The channel's field names, as the metrics channel has always spelled them. */
function snakeCase(metrics: SystemMetrics) {
  return {
    cpu_usage: metrics.cpuUsage,
    memory_usage: metrics.memoryUsage,
    memory_total: metrics.memoryTotal,
    memory_percent: metrics.memoryPercent,
    disk_read_bps: metrics.diskReadBps,
    disk_write_bps: metrics.diskWriteBps,
    network_rx_bps: metrics.networkRxBps,
    network_tx_bps: metrics.networkTxBps,
    active_connections: metrics.activeConnections,
    active_queries: metrics.activeQueries,
  };
}

export const metricsChannel: ChannelHandler<'metrics'> = {
  open({ interval }, output, { engine, requestId, reportUnexpected }) {
    const source = periodic(intervalMs(interval), () => engine.monitoring.systemMetrics(), (error) => reportUnexpected(error, { surface: 'websocket', requestId, operation: 'metrics' }));
    return { close: source((metrics) => output.send({ message_type: 'system_metrics', data: snakeCase(metrics) })) };
  },
};

export const dashboardChannel: ChannelHandler<'dashboard'> = {
  open({ interval }, output, { engine, requestId, reportUnexpected }) {
    const source = periodic(intervalMs(interval), () => engine.monitoring.dashboardUpdate(), (error) => reportUnexpected(error, { surface: 'websocket', requestId, operation: 'dashboard' }));
    return { close: source((update) => output.send({ message_type: 'dashboard_update', data: update })) };
  },
};
