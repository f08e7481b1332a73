// The event bus: how committed changes reach every realtime surface. Producers publish after
// commit, in SCN order; consumers subscribe by topic. In-process today (memory-bus.ts); a NATS
// or Redis adapter implements the same interface.
import type { AuditEntry } from '../modules/security/security.js';
import type { ChangeRecord } from '../storage/types.js';

/** A committed row change. */
export interface RowChangedEvent extends ChangeRecord {
  transactionId: string | null;
  committedAt: string;
}

/** A commit that changed the schema. */
export interface SchemaChangedEvent {
  scn: number;
  transactionId: string | null;
  committedAt: string;
}

/** Credentials were revoked or permissions changed: whoever holds a principal checks it again. */
export type SecurityChangedEvent = Record<string, never>;

export interface EngineEvents {
  'row.changed': RowChangedEvent;
  'schema.changed': SchemaChangedEvent;
  'security.changed': SecurityChangedEvent;
  'audit.recorded': AuditEntry;
}

export type Topic = keyof EngineEvents;
export type Listener<T extends Topic> = (event: EngineEvents[T]) => void;

export interface EventBus {
  publish<T extends Topic>(topic: T, event: EngineEvents[T]): void;
  /** Returns the function that unsubscribes. */
  subscribe<T extends Topic>(topic: T, listener: Listener<T>): () => void;
}
