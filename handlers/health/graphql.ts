import type { HealthGraphQLResolvers } from '../../generated/graphql/fields.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import { type HealthStatusChange, healthChange } from '../../engine/modules/monitoring/health-changes.js';
import type { HealthReport } from '../../engine/modules/monitoring/health.js';
import { periodic } from '../../engine/modules/monitoring/periodic.js';
import { streamIntervalMs } from '../monitoring/interval.js';
import type { HandlerContext } from '../context.js';

export const healthGraphQL: HealthGraphQLResolvers<HandlerContext> = {
  HealthState: { PASS: 'pass', WARN: 'warn', FAIL: 'fail' },
  Query: {
    healthStatus: (_parent, _args, { engine }) => engine.monitoring.healthStatus(),
  },
  Subscription: {
    healthStatusChanges: {
      subscribe: (_parent, { intervalSeconds }, { engine, log }) => {
        const intervalMs = streamIntervalMs(intervalSeconds, 'intervalSeconds');
        let previous: HealthReport | null = null;
        const reports = periodic(intervalMs, () => engine.monitoring.healthStatus(), (error) => log.error({ err: error }, 'health check failed'));
        // Only reports that changed something go out.
        return pushIterator<{ healthStatusChanges: HealthStatusChange }>((push) =>
          reports((report) => {
            const change = healthChange(previous, report);
            previous = report;
            if (change) push({ healthStatusChanges: change });
          }),
          16,
        );
      },
    },
  },
};
