import type { MonitoringRestHandlers } from '../../generated/rest/handlers.js';
import { principalOf, type HandlerContext } from '../context.js';

const sessionStats = async (_input: unknown, { engine }: HandlerContext) => engine.monitoring.sessionStats();
const queryStats = async (_input: unknown, { engine }: HandlerContext) => engine.monitoring.queryStats();
const performanceData = async (_input: unknown, { engine }: HandlerContext) => engine.monitoring.performanceData();

export const monitoringRest: MonitoringRestHandlers<HandlerContext> = {
  metrics: (_input, { engine }) => engine.monitoring.metrics(),
  prometheusMetrics: (_input, { engine }) => engine.monitoring.prometheusMetrics(),
  sessionStats,
  monitoringSessions: sessionStats,
  queryStats,
  monitoringQueries: queryStats,
  performanceData,
  monitoringPerformance: performanceData,
  logs: async ({ query: { limit, cursor, ...filter } }, { engine }) => engine.monitoring.logs(filter, limit ?? 100, cursor),
  alerts: async ({ query }, { engine }) => ({ alerts: engine.monitoring.alerts.alerts(query) }),
  acknowledgeAlert: async ({ path }, context) => context.engine.monitoring.alerts.acknowledgeAlert(path.id, principalOf(context).username),
  alertRules: async (_input, { engine }) => ({ rules: engine.monitoring.alerts.alertRules() }),
  alertRule: async ({ path }, { engine }) => engine.monitoring.alerts.alertRule(path.id),
  createAlertRule: async ({ body }, { engine }) => engine.monitoring.alerts.createAlertRule(body),
  updateAlertRule: async ({ path, body }, { engine }) => engine.monitoring.alerts.updateAlertRule(path.id, body),
  deleteAlertRule: async ({ path }, { engine }) => engine.monitoring.alerts.deleteAlertRule(path.id),
};
