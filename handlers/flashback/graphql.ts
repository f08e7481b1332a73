import type { FlashbackGraphQLResolvers } from '../../generated/graphql/fields.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import type { HandlerContext } from '../context.js';
import { filter, point } from '../graphql-inputs.js';

const SUBSCRIPTION_BUFFER = 1000;

export const flashbackGraphQL: FlashbackGraphQLResolvers<HandlerContext> = {
  Query: {
    currentScn: (_parent, _args, { engine }) => engine.flashback.currentScn(),
    flashbackQuery: (_parent, { table, asOf, where, limit }, { engine }) => engine.flashback.flashbackQuery({ table, asOf: point(asOf), filter: filter(where), limit: limit ?? undefined }),
    flashbackVersions: (_parent, { table, from, to, where, limit }, { engine }) =>
      engine.flashback.flashbackVersions({ table, from: point(from), to: point(to), filter: filter(where), limit: limit ?? undefined }),
    restorePoints: (_parent, _args, { engine }) => engine.flashback.restorePoints(),
    flashbackStats: (_parent, _args, { engine }) => engine.flashback.flashbackStats(),
  },
  Mutation: {
    flashbackTable: (_parent, { table, to }, { engine }) => engine.flashback.flashbackTable({ table, to: point(to) }),
    flashbackDatabase: (_parent, { to }, { engine }) => engine.flashback.flashbackDatabase({ to: point(to) }),
    flashbackTransaction: (_parent, { transactionId, scn, cascade }, { engine }) =>
      engine.flashback.flashbackTransaction({ transactionId: transactionId ?? undefined, scn: scn ?? undefined, cascade: cascade ?? false }),
    createRestorePoint: (_parent, { name, guaranteed }, { engine }) => engine.flashback.createRestorePoint({ name, guaranteed: guaranteed ?? false }),
    dropRestorePoint: async (_parent, { name }, { engine }) => {
      await engine.flashback.dropRestorePoint(name);
      return true;
    },
  },
  Subscription: {
    flashbackOperations: {
      subscribe: (_parent, _args, { engine }) => pushIterator((push) => engine.events.subscribe('flashback.operation', (event) => push({ flashbackOperations: event })), SUBSCRIPTION_BUFFER),
    },
  },
  FlashbackOperationKind: {
    QUERY: 'query',
    VERSIONS: 'versions',
    TABLE: 'table',
    DATABASE: 'database',
    TRANSACTION: 'transaction',
    RESTORE_POINT_CREATED: 'restore_point_created',
    RESTORE_POINT_DROPPED: 'restore_point_dropped',
    HISTORY_PURGED: 'history_purged',
  },
};
