import type { FlashbackGraphQLResolvers } from '../../generated/graphql/fields.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import type { HandlerContext } from '../context.js';
import { filter, point } from '../graphql-inputs.js';

const SUBSCRIPTION_BUFFER = 1000;

export const flashbackGraphQL: FlashbackGraphQLResolvers<HandlerContext> = {
  Query: {
    currentScn: (_parent, _args, { engine }) => engine.flashback.currentScn(),
    flashbackQuery: (_parent, { table, asOf, where, limit }, { engine, caller }) => engine.flashback.flashbackQuery({ table, asOf: point(asOf), filter: filter(where), limit: limit ?? undefined }, caller),
    flashbackVersions: (_parent, { table, from, to, where, limit }, { engine, caller }) =>
      engine.flashback.flashbackVersions({ table, from: point(from), to: point(to), filter: filter(where), limit: limit ?? undefined }, caller),
    restorePoints: (_parent, _args, { engine, caller }) => engine.flashback.restorePoints(caller),
    flashbackStats: (_parent, _args, { engine, caller }) => engine.flashback.flashbackStats(caller),
  },
  Mutation: {
    flashbackTable: (_parent, { table, to }, { engine, caller }) => engine.flashback.flashbackTable({ table, to: point(to) }, caller),
    flashbackDatabase: (_parent, { to }, { engine, caller }) => engine.flashback.flashbackDatabase({ to: point(to) }, caller),
    flashbackTransaction: (_parent, { transactionId, scn, cascade }, { engine, caller }) =>
      engine.flashback.flashbackTransaction({ transactionId: transactionId ?? undefined, scn: scn ?? undefined, cascade: cascade ?? false }, caller),
    createRestorePoint: (_parent, { name, guaranteed }, { engine, caller }) => engine.flashback.createRestorePoint({ name, guaranteed: guaranteed ?? false }, caller),
    dropRestorePoint: async (_parent, { name }, { engine, caller }) => {
      await engine.flashback.dropRestorePoint(name, caller);
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
