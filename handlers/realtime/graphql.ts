import type { RealtimeGraphQLResolvers } from '../../generated/graphql/fields.js';
import { invalid } from '../../engine/errors.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import type { HandlerContext } from '../context.js';
import { tableChange } from './change-event.js';

/** Events a subscriber may have pending before it is dropped. */
const SUBSCRIPTION_BUFFER = 1000;

export const realtimeGraphQL: RealtimeGraphQLResolvers<HandlerContext> = {
  Subscription: {
    tableChanges: {
      subscribe: (_parent, { table }, { engine }) =>
        pushIterator(
          (push) =>
            engine.events.subscribe('row.changed', (event) => {
              if (event.table === table) push({ tableChanges: tableChange(event) });
            }),
          SUBSCRIPTION_BUFFER,
        ),
    },
    heartbeat: {
      subscribe: (_parent, { intervalSeconds }) => {
        const seconds = intervalSeconds ?? 30;
        if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) throw invalid('/intervalSeconds', 'intervalSeconds is 1 to 3600');
        return pushIterator((push) => {
          let sequence = 0;
          const timer = setInterval(() => push({ heartbeat: { sequence: ++sequence, timestamp: new Date().toISOString() } }), seconds * 1000);
          return () => clearInterval(timer);
        }, SUBSCRIPTION_BUFFER);
      },
    },
  },
};
