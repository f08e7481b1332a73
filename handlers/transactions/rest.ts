import type { TransactionsRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const transactionsRest: TransactionsRestHandlers<HandlerContext> = {
  beginTransaction: ({ body }, { engine, caller }) => engine.transactions.beginTransaction({ ...body, caller }),
  activeTransactions: async (_input, { engine }) => ({ transactions: engine.transactions.activeTransactions() }),
  transaction: async ({ path }, { engine }) => engine.transactions.transaction(path.id),
  executeInTransaction: ({ path, body }, { engine, caller }) => engine.transactions.executeInTransaction(path.id, { ...body, caller }),
  commitTransaction: ({ path }, { engine }) => engine.transactions.commitTransaction(path.id),
  rollbackTransaction: ({ path }, { engine }) => engine.transactions.rollbackTransaction(path.id),
  savepoints: async ({ path }, { engine }) => ({ savepoints: engine.transactions.savepoints(path.id) }),
  createSavepoint: ({ path, body }, { engine }) => engine.transactions.createSavepoint(path.id, body.name),
  rollbackToSavepoint: ({ path }, { engine }) => engine.transactions.rollbackToSavepoint(path.id, path.name),
  releaseSavepoint: ({ path }, { engine }) => engine.transactions.releaseSavepoint(path.id, path.name),
};
