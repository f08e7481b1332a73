// A session: one worker thread with one SQLite connection, doing one piece of work at a time.
// Work past its timeout is stopped with sqlite3_interrupt (through the control connection),
// which makes SQLite abandon the statement and roll back what it did.
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { EngineError } from '../../errors.js';
import type { CommitInfo, ExecuteWork, GroupResult, ResultOf, RowStream, RunOptions, Session, Statement, Work, WorkResult } from '../driver.js';
import { cancelled, throwIfCancelled } from '../../work/statement-registry.js';
import { toEngineError } from './sqlite-errors.js';
import type { FromWorker, ToWorker, WorkerError, WorkerOptions } from './sqlite-protocol.js';

function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: options });
  // Under vitest or tsx the engine runs from its TypeScript sources: the worker registers tsx's
  // loader before it loads its own code.
  const entry = JSON.stringify(new URL('./sqlite-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`, { eval: true, workerData: options });
}

export interface SessionHooks {
  /** Interrupts the statement running on the connection with this token. */
  interrupt(token: number): void;
  onCommit(commit: CommitInfo): void;
  onLost(session: SqliteSession, reason: string): void;
}

type Pending = { resolve: (message: FromWorker) => void; reject: (error: Error) => void };

type StopReason = 'timeout' | 'cancelled';

const STOP_REPEAT_MS = 25;

export class SqliteSession implements Session {
  readonly id = randomUUID();
  private readonly worker: Worker;
  private interruptToken = -1;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Resolves when the work ahead in line is done. */
  private turn: Promise<void> = Promise.resolve();
  private running = false;
  private stopReason: StopReason | null = null;
  /** Repeats an interrupt until the work ends. */
  private stopping: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    options: WorkerOptions,
    private readonly hooks: SessionHooks,
  ) {
    this.worker = startWorker(options);
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => this.lost(`worker failed: ${error.message}`));
    this.worker.on('exit', (code) => this.lost(`worker exited with code ${code}`));
  }

  static open(options: WorkerOptions, hooks: SessionHooks): Promise<SqliteSession> {
    const session = new SqliteSession(options, hooks);
    return new Promise((resolve, reject) => {
      session.pending.set(0, {
        resolve: (message) => {
          if (message.kind === 'ready') session.interruptToken = message.interruptToken;
          resolve(session);
        },
        reject,
      });
    });
  }

  async run<W extends Work>(work: W, options: RunOptions): Promise<ResultOf<W>> {
    const release = await this.acquire();
    let stopListening = (): void => undefined;
    try {
      throwIfCancelled(options.cancellation);
      if (options.cancellation) stopListening = options.cancellation.onCancel(() => this.interrupt());
      options.onStart?.();
      const message = await this.request({ kind: 'work', id: this.nextId++, work }, options.timeoutMs);
      if (message.kind !== 'result') throw new EngineError('INTERNAL', `unexpected ${message.kind} from a session`);
      this.reportCommit(message.result);
      return message.result as ResultOf<W>;
    } finally {
      stopListening();
      release();
    }
  }

  async runGroup(works: ExecuteWork[], options: RunOptions): Promise<GroupResult[]> {
    const release = await this.acquire();
    try {
      const message = await this.request({ kind: 'group', id: this.nextId++, works }, options.timeoutMs);
      if (message.kind !== 'group-result') throw new EngineError('INTERNAL', `unexpected ${message.kind} from a session`);
      return message.outcomes.map((outcome): GroupResult => {
        if (outcome.status === 'failed') return { status: 'failed', error: this.engineError(outcome.error) };
        if (outcome.status === 'done') this.reportCommit(outcome.result);
        return outcome;
      });
    } finally {
      release();
    }
  }

  /** Opens a row stream; the session does nothing else until the stream ends or is cancelled. */
  async stream(statement: Statement, options: { batchSize: number; timeoutMs: number }): Promise<RowStream> {
    const release = await this.acquire();
    let open = true;
    const end = (): void => {
      if (open) release();
      open = false;
    };
    try {
      // Each request has an id of its own: a cancel may cross a pending next.
      const opened = await this.request({ kind: 'stream-open', id: this.nextId++, statement, batchSize: options.batchSize }, options.timeoutMs);
      const columns = opened.kind === 'stream-opened' ? opened.columns : [];
      return {
        columns,
        next: async () => {
          if (!open) return null;
          try {
            const batch = await this.request({ kind: 'stream-next', id: this.nextId++ }, options.timeoutMs);
            if (batch.kind !== 'stream-batch') throw new EngineError('INTERNAL', `unexpected ${batch.kind} from a session`);
            if (batch.done) end();
            return batch.rows.length > 0 || !batch.done ? batch.rows : null;
          } catch (error) {
            end();
            throw error;
          }
        },
        cancel: async () => {
          if (!open) return;
          await this.request({ kind: 'stream-close', id: this.nextId++ }, options.timeoutMs).catch(() => undefined);
          end();
        },
      };
    } catch (error) {
      end();
      throw error;
    }
  }

  /** Stops the running statement; the work fails with CANCELLED. */
  interrupt(): void {
    this.stop('cancelled');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ kind: 'close' } satisfies ToWorker);
    const timer = setTimeout(() => void this.worker.terminate(), 5_000);
    await exited;
    clearTimeout(timer);
  }

  /** Waits for this session's turn: one piece of work (or one stream) at a time, in order of arrival. */
  private async acquire(): Promise<() => void> {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const turn = this.turn;
    this.turn = turn.then(() => done);
    await turn;
    if (this.closed) {
      release();
      throw new EngineError('UNAVAILABLE', 'the session is closed');
    }
    this.running = true;
    this.stopReason = null;
    return () => {
      this.running = false;
      clearInterval(this.stopping);
      this.stopping = undefined;
      release();
    };
  }

  private request(message: Exclude<ToWorker, { kind: 'close' }>, timeoutMs: number): Promise<FromWorker> {
    return new Promise<FromWorker>((resolve, reject) => {
      const timer = setTimeout(() => this.stop('timeout'), timeoutMs);
      this.pending.set(message.id, {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.worker.postMessage(message);
    });
  }

  private stop(reason: StopReason): void {
    if (!this.running || this.interruptToken < 0) return;
    this.stopReason = reason;
    this.hooks.interrupt(this.interruptToken);
    // SQLite forgets an interrupt that lands while no statement runs (the work not yet begun on
    // the worker, or between two statements of a script): repeat it until the work ends.
    this.stopping ??= setInterval(() => this.hooks.interrupt(this.interruptToken), STOP_REPEAT_MS);
  }

  private receive(message: FromWorker): void {
    if (message.kind === 'ready') return this.settle(0, message);
    if (message.kind === 'closed') return;
    if (message.kind === 'error') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      pending?.reject(this.engineError(message.error));
      return;
    }
    this.settle(message.id, message);
  }

  private settle(id: number, message: FromWorker): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    pending?.resolve(message);
  }

  private engineError(error: WorkerError): EngineError {
    if (error.code === 'SQLITE_INTERRUPT') {
      return this.stopReason === 'timeout'
        ? new EngineError('STATEMENT_TIMEOUT', 'the statement ran past its timeout and was stopped; its uncommitted work was rolled back')
        : cancelled();
    }
    const converted = toEngineError(error);
    if (error.transactionAborted) (converted as EngineError & { transactionAborted?: boolean }).transactionAborted = true;
    return converted;
  }

  private reportCommit(result: WorkResult): void {
    const commit = result.type === 'execute' || result.type === 'transaction' ? result.commit : null;
    if (commit) this.hooks.onCommit(commit);
  }

  private lost(reason: string): void {
    const error = new EngineError(this.closed ? 'UNAVAILABLE' : 'INTERNAL', `the session ended: ${reason}`);
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    if (!this.closed) {
      this.closed = true;
      this.hooks.onLost(this, reason);
    }
  }
}
