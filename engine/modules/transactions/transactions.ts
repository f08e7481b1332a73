// Interactive transactions over the API: begin, run SQL in them, savepoints, commit, rollback.
import type { Database } from '../../storage/database.js';
import type { Savepoint, TransactionInfo, TransactionMode } from '../../storage/transactions.js';
import type { Caller } from '../../work/caller.js';
import type { QueryModule, SqlRequest, SqlResult } from '../query/query.js';

export type { Savepoint, TransactionInfo, TransactionMode };

export class TransactionsModule {
  constructor(
    private readonly database: Database,
    private readonly query: QueryModule,
  ) {}

  private get timeoutMs(): number {
    return this.database.statementTimeoutMs;
  }

  beginTransaction(options: { mode?: TransactionMode; idleTimeoutMs?: number; caller?: Caller | null } = {}): Promise<TransactionInfo> {
    return this.database.transactions.begin(options.mode ?? 'deferred', options.idleTimeoutMs, this.timeoutMs, options.caller ?? null);
  }

  transaction(id: string): TransactionInfo {
    return this.database.transactions.get(id);
  }

  activeTransactions(): TransactionInfo[] {
    return this.database.transactions.active();
  }

  executeInTransaction(id: string, request: Omit<SqlRequest, 'transactionId'>): Promise<SqlResult> {
    return this.query.executeSql({ ...request, transactionId: id });
  }

  commitTransaction(id: string): Promise<TransactionInfo> {
    return this.database.transactions.commit(id, this.timeoutMs);
  }

  rollbackTransaction(id: string): Promise<TransactionInfo> {
    return this.database.transactions.rollback(id, this.timeoutMs);
  }

  savepoints(id: string): Savepoint[] {
    return this.database.transactions.get(id).savepoints;
  }

  createSavepoint(id: string, name: string): Promise<Savepoint> {
    return this.database.transactions.savepoint(id, name, this.timeoutMs);
  }

  rollbackToSavepoint(id: string, name: string): Promise<TransactionInfo> {
    return this.database.transactions.rollbackTo(id, name, this.timeoutMs);
  }

  releaseSavepoint(id: string, name: string): Promise<TransactionInfo> {
    return this.database.transactions.release(id, name, this.timeoutMs);
  }
}
