// The event bus: how committed changes reach every realtime surface. Producers publish after
// commit, in SCN order; consumers subscribe by topic. In-process today (memory-bus.ts); a NATS
// or Redis adapter implements the same interface.
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

export interface EngineEvents {
  'row.changed': RowChangedEvent;
  'schema.changed': SchemaChangedEvent;
}

export type Topic = keyof EngineEvents;
export type Listener<T extends Topic> = (event: EngineEvents[T]) => void;

export interface EventBus {
  publish<T extends Topic>(topic: T, event: EngineEvents[T]): void;
  /** Returns the function that unsubscribes. */
  subscribe<T extends Topic>(topic: T, listener: Listener<T>): () => void;
}
