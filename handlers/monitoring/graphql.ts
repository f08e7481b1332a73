import type { MonitoringGraphQLResolvers } from '../../generated/graphql/fields.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import { periodic } from '../../engine/modules/monitoring/periodic.js';
import { principalOf, type HandlerContext } from '../context.js';
import { streamIntervalMs } from './interval.js';

/** Values a subscriber may have pending before it is dropped. */
const SUBSCRIPTION_BUFFER = 64;

/** A subscription that produces a value at once and then every interval, under the field's name. */
function every<K extends string, T>(field: K, seconds: number | null | undefined, argument: string, context: HandlerContext, produce: () => T | Promise<T>): AsyncIterableIterator<Record<K, T>> {
  const source = periodic(streamIntervalMs(seconds, argument), produce, (error) => context.log.error({ err: error, field }, 'stream failed'));
  return pushIterator((push) => source((value) => push({ [field]: value } as Record<K, T>)), SUBSCRIPTION_BUFFER);
}

export const monitoringGraphQL: MonitoringGraphQLResolvers<HandlerContext> = {
  SessionState: { ACTIVE: 'active', IDLE: 'idle' },
  AlertSeverity: { INFO: 'info', WARNING: 'warning', ERROR: 'error', CRITICAL: 'critical' },
  AlertState: { FIRING: 'firing', ACKNOWLEDGED: 'acknowledged', RESOLVED: 'resolved' },
  AlertComparison: { GT: 'gt', GTE: 'gte', LT: 'lt', LTE: 'lte' },
  MetricType: { CPU: 'cpu', MEMORY: 'memory', DISK: 'disk', NETWORK: 'network', CONNECTIONS: 'connections', QUERIES: 'queries' },
  Query: {
    metrics: (_parent, _args, { engine }) => engine.monitoring.metrics(),
    sessionStats: (_parent, _args, { engine }) => engine.monitoring.sessionStats(),
    queryStats: (_parent, _args, { engine }) => engine.monitoring.queryStats(),
    performanceData: (_parent, _args, { engine }) => engine.monitoring.performanceData(),
    sessions: (_parent, _args, { engine }) => engine.monitoring.sessions(),
    alerts: (_parent, { severity, state }, { engine }) => engine.monitoring.alerts.alerts({ severity: severity ?? undefined, state: state ?? undefined }),
    alertRules: (_parent, _args, { engine }) => engine.monitoring.alerts.alertRules(),
  },
  Mutation: {
    acknowledgeAlert: (_parent, { id }, context) => context.engine.monitoring.alerts.acknowledgeAlert(id, principalOf(context).username),
  },
  Subscription: {
    metricsStream: { subscribe: (_parent, { interval }, context) => every('metricsStream', interval, 'interval', context, () => context.engine.monitoring.metrics()) },
    performanceStream: { subscribe: (_parent, { interval }, context) => every('performanceStream', interval, 'interval', context, () => context.engine.monitoring.performanceData()) },
    systemMetrics: {
      subscribe: (_parent, { intervalSeconds, metricTypes }, context) => every('systemMetrics', intervalSeconds, 'intervalSeconds', context, () => context.engine.monitoring.systemMetrics(metricTypes ?? undefined)),
    },
    alertStream: {
      subscribe: (_parent, { severityFilter }, { engine }) =>
        pushIterator((push) => engine.monitoring.alerts.onAlert((alert) => {
          if (!severityFilter || severityFilter.includes(alert.severity)) push({ alertStream: alert });
        }), SUBSCRIPTION_BUFFER),
    },
  },
};
