// What the flashback module tells the event bus (topic flashback.operation), for
// /api/v1/ws/flashback/events and the flashbackOperations subscription.

export type FlashbackOperation = 'query' | 'versions' | 'table' | 'database' | 'transaction' | 'restore_point_created' | 'restore_point_dropped' | 'history_purged';

export interface FlashbackEvent {
  operation: FlashbackOperation;
  /** The tables read or changed. */
  tables: string[];
  /** The point gone back to (for versions, the end of the range); null where there is none. */
  targetScn: number | null;
  /** The commit a restore or reversal made; null for reads, and for restores that changed nothing. */
  scn: number | null;
  /** Rows returned (query, versions), changed (table, database, transaction) or changes purged. */
  rows: number;
  restorePoint: string | null;
  at: string;
}
