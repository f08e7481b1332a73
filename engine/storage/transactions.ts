// Interactive transactions: each holds a session (a connection of its own) from begin to
// commit or rollback. Requests to one transaction run in order; an idle transaction rolls back
// after its timeout; a statement stopped by a timeout fails the whole transaction.
import { randomUUID } from 'node:crypto';
import { EngineError, notFound } from '../errors.js';
import type { CatalogSnapshot } from './types.js';
import type { Actor, TransactionEvent } from '../events/bus.js';
import type { Caller } from '../work/caller.js';
import type { ExecuteResult, ExecuteWork, RunOptions, Session, StorageDriver } from './driver.js';

export type TransactionMode = 'deferred' | 'immediate' | 'exclusive';
export type TransactionState = 'active' | 'committed' | 'rolled_back' | 'timed_out' | 'failed';

export interface Savepoint {
  name: string;
  createdAt: string;
}

export interface TransactionInfo {
  id: string;
  state: TransactionState;
  mode: TransactionMode;
  startedAt: string;
  lastActivityAt: string;
  endedAt?: string;
  idleTimeoutMs: number;
  statements: number;
  savepoints: Savepoint[];
  scn: number | null;
  endReason?: string;
}

export interface TransactionOptions {
  idleTimeoutMs: number;
  maxOpen: number;
  /** Finished transactions stay readable this long. */
  retainFinishedMs: number;
  /** Told when a transaction begins and when it ends, however it ends. */
  announce(topic: 'transaction.begun' | 'transaction.ended', event: TransactionEvent): void;
}

interface OpenTransaction {
  info: TransactionInfo;
  session: Session;
  /** Who began it: terminating their sign-in session rolls it back. */
  owner: Actor | null;
  /** Requests in progress; the idle timer does not fire while one runs. */
  running: number;
  timer: NodeJS.Timeout | undefined;
  /** The transaction changed the schema: its catalog differs from the committed one. */
  schemaChanged: boolean;
  /** Rows its commit changed. */
  rowChanges: number;
}

const MAX_FINISHED = 1000;

export class Transactions {
  private readonly open = new Map<string, OpenTransaction>();
  private readonly finished = new Map<string, TransactionInfo>();

  constructor(
    private readonly driver: StorageDriver,
    private readonly options: TransactionOptions,
  ) {}

  async begin(mode: TransactionMode, idleTimeoutMs: number | undefined, timeoutMs: number, caller: Caller | null): Promise<TransactionInfo> {
    if (this.open.size >= this.options.maxOpen) {
      throw new EngineError('UNAVAILABLE', `${this.open.size} transactions are open, the most this server allows; commit or roll back one first`);
    }
    const session = await this.driver.openSession();
    const id = randomUUID();
    try {
      await session.run({ type: 'begin', mode, transactionId: id }, { timeoutMs });
    } catch (error) {
      await this.driver.releaseSession(session);
      throw error;
    }
    const now = new Date().toISOString();
    const transaction: OpenTransaction = {
      info: { id, state: 'active', mode, startedAt: now, lastActivityAt: now, idleTimeoutMs: idleTimeoutMs ?? this.options.idleTimeoutMs, statements: 0, savepoints: [], scn: null },
      session,
      owner: caller?.actor ?? null,
      running: 0,
      timer: undefined,
      schemaChanged: false,
      rowChanges: 0,
    };
    this.open.set(id, transaction);
    this.armIdleTimer(transaction);
    this.options.announce('transaction.begun', transactionEvent(transaction));
    return snapshot(transaction.info);
  }

  /** Limits for transactions that begin from now on. */
  adjust(limits: Partial<Pick<TransactionOptions, 'idleTimeoutMs' | 'maxOpen'>>): void {
    if (limits.idleTimeoutMs !== undefined) this.options.idleTimeoutMs = limits.idleTimeoutMs;
    if (limits.maxOpen !== undefined) this.options.maxOpen = limits.maxOpen;
  }

  get(id: string): TransactionInfo {
    const open = this.open.get(id);
    if (open) return snapshot(open.info);
    const finished = this.finished.get(id);
    if (finished && Date.now() - Date.parse(finished.endedAt!) <= this.options.retainFinishedMs) return snapshot(finished);
    throw notFound('transaction', id);
  }

  active(): TransactionInfo[] {
    return [...this.open.values()].map((transaction) => snapshot(transaction.info));
  }

  /** Open transactions that run nothing now, with who began them. */
  idle(): Array<{ id: string; owner: Actor | null; lastActivityAt: string }> {
    return [...this.open.values()].filter((transaction) => transaction.running === 0).map((transaction) => ({ id: transaction.info.id, owner: transaction.owner, lastActivityAt: transaction.info.lastActivityAt }));
  }

  /** Runs statements inside the transaction. */
  execute(id: string, work: ExecuteWork, timeoutMs: number, tracking: Pick<RunOptions, 'cancellation' | 'onStart'> = {}): Promise<ExecuteResult> {
    return this.within(id, timeoutMs, async (transaction) => {
      const result = await transaction.session.run(work, { timeoutMs, ...tracking });
      transaction.info.statements += result.statements;
      if (result.schemaChanged) transaction.schemaChanged = true;
      return result;
    });
  }

  /** The catalog as this transaction sees it. */
  catalog(id: string, timeoutMs: number, committed: () => Promise<CatalogSnapshot>): Promise<CatalogSnapshot> {
    const transaction = this.require(id);
    if (!transaction.schemaChanged) return committed();
    return this.within(id, timeoutMs, async (open) => {
      const result = await open.session.run({ type: 'introspect' }, { timeoutMs });
      return result.catalog;
    });
  }

  async commit(id: string, timeoutMs: number): Promise<TransactionInfo> {
    const transaction = this.require(id);
    try {
      const result = await this.within(id, timeoutMs, (open) => open.session.run({ type: 'commit' }, { timeoutMs }));
      transaction.info.scn = result.commit?.scn ?? null;
      transaction.rowChanges = result.commit?.rowChanges ?? 0;
      await this.finish(transaction, 'committed');
    } catch (error) {
      // A failed commit leaves nothing open: the session rolled back.
      if (this.open.has(id)) await this.finish(transaction, 'failed', `commit failed: ${(error as Error).message}`);
      throw error;
    }
    return snapshot(transaction.info);
  }

  async rollback(id: string, timeoutMs: number): Promise<TransactionInfo> {
    const transaction = this.require(id);
    await this.within(id, timeoutMs, (open) => open.session.run({ type: 'rollback' }, { timeoutMs }));
    await this.finish(transaction, 'rolled_back');
    return snapshot(transaction.info);
  }

  async savepoint(id: string, name: string, timeoutMs: number): Promise<Savepoint> {
    return this.within(id, timeoutMs, async (transaction) => {
      await transaction.session.run({ type: 'savepoint', name }, { timeoutMs });
      const savepoint = { name, createdAt: new Date().toISOString() };
      transaction.info.savepoints.push(savepoint);
      return { ...savepoint };
    });
  }

  /** Undoes the work since the savepoint, which stays open; later savepoints are gone. */
  rollbackTo(id: string, name: string, timeoutMs: number): Promise<TransactionInfo> {
    return this.within(id, timeoutMs, async (transaction) => {
      const position = savepointPosition(transaction, name);
      await transaction.session.run({ type: 'rollback-to', name }, { timeoutMs });
      transaction.info.savepoints.splice(position + 1);
      return snapshot(transaction.info);
    });
  }

  /** Keeps the work since the savepoint and forgets it, with the savepoints after it. */
  release(id: string, name: string, timeoutMs: number): Promise<TransactionInfo> {
    return this.within(id, timeoutMs, async (transaction) => {
      const position = savepointPosition(transaction, name);
      await transaction.session.run({ type: 'release', name }, { timeoutMs });
      transaction.info.savepoints.splice(position);
      return snapshot(transaction.info);
    });
  }

  /** Rolls back every open transaction (server shutdown). */
  async closeAll(reason: string): Promise<void> {
    await this.abandon([...this.open.values()], reason);
  }

  /** Rolls back the transactions begun through a sign-in session; returns their ids. */
  async closeOfSession(sessionId: string, reason: string): Promise<string[]> {
    const owned = [...this.open.values()].filter((transaction) => transaction.owner?.sessionId === sessionId);
    await this.abandon(owned, reason);
    return owned.map((transaction) => transaction.info.id);
  }

  /** Stops whatever the transactions run and rolls them back. */
  private async abandon(transactions: OpenTransaction[], reason: string): Promise<void> {
    await Promise.all(
      transactions.map(async (transaction) => {
        transaction.session.interrupt();
        await transaction.session.run({ type: 'rollback' }, { timeoutMs: 5_000 }).catch(() => undefined);
        await this.finish(transaction, 'rolled_back', reason);
      }),
    );
  }

  /** A transaction whose session ended is over: SQLite rolled it back with the connection. */
  sessionLost(sessionId: string, reason: string): void {
    for (const transaction of this.open.values()) {
      if (transaction.session.id === sessionId) void this.finish(transaction, 'failed', `its connection ended: ${reason}`);
    }
  }

  private require(id: string): OpenTransaction {
    const transaction = this.open.get(id);
    if (transaction) return transaction;
    const finished = this.finished.get(id);
    if (finished) throw new EngineError('TRANSACTION_NOT_ACTIVE', `transaction ${id} is ${finished.state.replace('_', ' ')}${finished.endReason ? `: ${finished.endReason}` : ''}`);
    throw notFound('transaction', id);
  }

  /** Runs one request in the transaction, keeping the idle timer off while it runs. */
  private async within<T>(id: string, timeoutMs: number, task: (transaction: OpenTransaction) => Promise<T>): Promise<T> {
    const transaction = this.require(id);
    transaction.running += 1;
    clearTimeout(transaction.timer);
    try {
      return await task(transaction);
    } catch (error) {
      const code = (error as EngineError).code;
      const aborted = (error as { transactionAborted?: boolean }).transactionAborted === true;
      if (this.open.has(id) && (aborted || code === 'STATEMENT_TIMEOUT' || code === 'CANCELLED')) {
        await transaction.session.run({ type: 'rollback' }, { timeoutMs }).catch(() => undefined);
        await this.finish(transaction, 'failed', (error as Error).message);
      }
      throw error;
    } finally {
      transaction.running -= 1;
      transaction.info.lastActivityAt = new Date().toISOString();
      if (this.open.has(id)) this.armIdleTimer(transaction);
    }
  }

  private armIdleTimer(transaction: OpenTransaction): void {
    clearTimeout(transaction.timer);
    if (transaction.running > 0) return;
    transaction.timer = setTimeout(() => {
      if (transaction.running > 0 || !this.open.has(transaction.info.id)) return;
      void transaction.session
        .run({ type: 'rollback' }, { timeoutMs: 5_000 })
        .catch(() => undefined)
        .then(() => this.finish(transaction, 'timed_out', `idle for ${transaction.info.idleTimeoutMs} ms`));
    }, transaction.info.idleTimeoutMs);
    transaction.timer.unref();
  }

  private async finish(transaction: OpenTransaction, state: TransactionState, reason?: string): Promise<void> {
    if (!this.open.delete(transaction.info.id)) return;
    clearTimeout(transaction.timer);
    transaction.info.state = state;
    transaction.info.endedAt = new Date().toISOString();
    transaction.info.savepoints = [];
    if (reason) transaction.info.endReason = reason;
    this.finished.set(transaction.info.id, transaction.info);
    if (this.finished.size > MAX_FINISHED) this.finished.delete(this.finished.keys().next().value!);
    await this.driver.releaseSession(transaction.session);
    this.options.announce('transaction.ended', transactionEvent(transaction));
  }
}

function transactionEvent({ info, rowChanges, owner }: OpenTransaction): TransactionEvent {
  return { transactionId: info.id, state: info.state, scn: info.scn, actor: owner, at: info.endedAt ?? info.startedAt, mode: info.mode, startedAt: info.startedAt, rowChanges };
}

function savepointPosition(transaction: OpenTransaction, name: string): number {
  const position = transaction.info.savepoints.map((savepoint) => savepoint.name).lastIndexOf(name);
  if (position < 0) throw notFound('savepoint', name);
  return position;
}

function snapshot(info: TransactionInfo): TransactionInfo {
  return { ...info, savepoints: info.savepoints.map((savepoint) => ({ ...savepoint })) };
}
