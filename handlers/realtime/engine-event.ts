// Transaction, session and query events of the bus in the shapes of the GraphQL schema.
import type { QueryFinishedEvent, QueryProgressEvent, QueryStartedEvent, SchemaChangedEvent, SessionEvent, TransactionEvent } from '../../engine/events/bus.js';

const TRANSACTION_EVENT_TYPES = { active: 'BEGIN', committed: 'COMMIT', rolled_back: 'ROLLBACK', timed_out: 'TIMEOUT', failed: 'FAILED' } as const;

export function transactionEvent(event: TransactionEvent) {
  return {
    eventType: TRANSACTION_EVENT_TYPES[event.state],
    transactionId: event.transactionId,
    isolationLevel: event.mode ?? null,
    durationMs: event.startedAt === undefined ? 0 : Date.parse(event.at) - Date.parse(event.startedAt),
    modifiedRows: event.rowChanges ?? 0,
    scn: event.scn,
    username: event.actor?.username ?? null,
    sessionId: event.actor?.sessionId ?? null,
    timestamp: event.at,
  };
}

/** One SchemaChange per DDL statement of the commit; one without the statement when the commit came from the log. */
export function schemaChanges(event: SchemaChangedEvent) {
  const commit = { scn: event.scn, transactionId: event.transactionId, timestamp: event.committedAt };
  if (event.statements === null) return [{ ...commit, changeType: null, objectType: null, objectName: null, statement: null, user: null }];
  return event.statements.map((ddl) => ({ ...commit, changeType: ddl.changeType, objectType: ddl.objectType, objectName: ddl.objectName, statement: ddl.statement, user: ddl.username }));
}

export function sessionEvent(eventType: 'OPENED' | 'CLOSED', event: SessionEvent) {
  return { eventType, reason: event.reason, sessionId: event.sessionId, userId: event.userId, username: event.username, timestamp: event.at };
}

interface QueryExecution {
  queryId: string;
  status: 'STARTED' | 'PROGRESS' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
  rowsAffected: number | null;
  rowsProduced: number | null;
  elapsedMs: number | null;
  message: string | null;
  timestamp: string;
}

export function queryStarted(event: QueryStartedEvent): QueryExecution {
  return { queryId: event.queryId, status: 'STARTED', rowsAffected: null, rowsProduced: null, elapsedMs: null, message: null, timestamp: new Date(event.startedAtMs).toISOString() };
}

export function queryProgress(event: QueryProgressEvent): QueryExecution {
  return { queryId: event.queryId, status: 'PROGRESS', rowsAffected: null, rowsProduced: event.rows, elapsedMs: event.elapsedMs, message: null, timestamp: event.at };
}

export function queryFinished(event: QueryFinishedEvent): QueryExecution {
  return { queryId: event.queryId, status: event.outcome.toUpperCase() as QueryExecution['status'], rowsAffected: event.rows, rowsProduced: null, elapsedMs: event.durationMs, message: event.errorCode, timestamp: new Date(event.finishedAtMs).toISOString() };
}
