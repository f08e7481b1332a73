import type { TransactionsGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { HandlerContext } from '../context.js';
import { nullWhenMissing } from '../schema/graphql.js';

export const transactionsGraphQL: TransactionsGraphQLResolvers<HandlerContext> = {
  Query: {
    transaction: (_parent, { id }, { engine }) => nullWhenMissing(Promise.resolve().then(() => engine.transactions.transaction(id))),
    activeTransactions: (_parent, _args, { engine }) => engine.transactions.activeTransactions(),
  },
  Mutation: {
    beginTransaction: (_parent, { mode, idleTimeoutMs }, { engine, caller }) => engine.transactions.beginTransaction({ mode: mode ?? undefined, idleTimeoutMs: idleTimeoutMs ?? undefined, caller }),
    commitTransaction: async (_parent, { id }, { engine }) => (await engine.transactions.commitTransaction(id)).state === 'committed',
    rollbackTransaction: async (_parent, { id }, { engine }) => (await engine.transactions.rollbackTransaction(id)).state === 'rolled_back',
    createSavepoint: (_parent, { transactionId, name }, { engine }) => engine.transactions.createSavepoint(transactionId, name),
    rollbackToSavepoint: async (_parent, { transactionId, name }, { engine }) => Boolean(await engine.transactions.rollbackToSavepoint(transactionId, name)),
    releaseSavepoint: async (_parent, { transactionId, name }, { engine }) => Boolean(await engine.transactions.releaseSavepoint(transactionId, name)),
  },
  TransactionState: { ACTIVE: 'active', COMMITTED: 'committed', ROLLED_BACK: 'rolled_back', TIMED_OUT: 'timed_out', FAILED: 'failed' },
  TransactionMode: { DEFERRED: 'deferred', IMMEDIATE: 'immediate', EXCLUSIVE: 'exclusive' },
};
