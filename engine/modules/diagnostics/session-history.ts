// Active session history, as Oracle's ASH: every second, one sample of each statement running or
// waiting and of each transaction left idle, with who, what and what it waits on; the last
// 10,000 samples kept. Sampling an idle server records nothing and costs next to nothing.
import type { Database } from '../../storage/database.js';
import { Ring } from '../../work/ring.js';
import { time } from './incidents.js';

export interface SessionSample {
  sampledAt: string;
  sessionId: string | null;
  userId: string | null;
  username: string | null;
  /** running, waiting or cancelling: a statement; idle_in_transaction: a transaction between requests. */
  state: 'running' | 'waiting' | 'cancelling' | 'idle_in_transaction';
  /** What it waits on: a reader session, the writer, its transaction, a stream session; the client, when idle in a transaction. */
  waitEvent: string | null;
  queryId: string | null;
  sqlText: string | null;
  transactionId: string | null;
  operation: string | null;
  requestId: string | null;
  /** How long the statement had run, or the transaction been idle, at the sample. */
  elapsedMs: number;
}

export interface SessionHistoryFilter {
  from?: string;
  to?: string;
  sessionId?: string;
  username?: string;
}

export const SAMPLE_INTERVAL_MS = 1_000;
export const SAMPLES_KEPT = 10_000;

export class SessionHistory {
  private readonly samples = new Ring<SessionSample>(SAMPLES_KEPT);
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly database: Database) {
    this.timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
    this.timer.unref();
  }

  /** Takes one sample of everything active now (the timer does it every second). */
  sample(): void {
    const sampledAt = new Date().toISOString();
    for (const statement of this.database.statements.list()) {
      this.samples.push({
        sampledAt,
        sessionId: statement.actor?.sessionId ?? null,
        userId: statement.actor?.userId ?? null,
        username: statement.actor?.username ?? null,
        state: statement.state,
        waitEvent: statement.waitEvent,
        queryId: statement.id,
        sqlText: statement.sql,
        transactionId: statement.transactionId,
        operation: statement.operation,
        requestId: statement.requestId,
        elapsedMs: statement.durationMs,
      });
    }
    const now = Date.parse(sampledAt);
    for (const transaction of this.database.transactions.idle()) {
      this.samples.push({
        sampledAt,
        sessionId: transaction.owner?.sessionId ?? null,
        userId: transaction.owner?.userId ?? null,
        username: transaction.owner?.username ?? null,
        state: 'idle_in_transaction',
        waitEvent: 'client',
        queryId: null,
        sqlText: null,
        transactionId: transaction.id,
        operation: null,
        requestId: null,
        elapsedMs: Math.max(0, now - Date.parse(transaction.lastActivityAt)),
      });
    }
  }

  /** Oldest first within the range. */
  activeSessionHistory(filter: SessionHistoryFilter, limit: number): SessionSample[] {
    const from = filter.from === undefined ? undefined : time('/query/from', filter.from);
    const to = filter.to === undefined ? undefined : time('/query/to', filter.to);
    return this.samples
      .toArray()
      .filter((sample) => (from === undefined || Date.parse(sample.sampledAt) >= from) && (to === undefined || Date.parse(sample.sampledAt) < to))
      .filter((sample) => filter.sessionId === undefined || sample.sessionId === filter.sessionId)
      .filter((sample) => filter.username === undefined || sample.username === filter.username)
      .slice(-limit);
  }

  close(): void {
    clearInterval(this.timer);
  }
}
