// A committed row change in the shapes the realtime surfaces send.
import type { RowChangedEvent } from '../../engine/events/bus.js';

/** data of a table_modified WebSocket message. */
export function changeEventData(event: RowChangedEvent) {
  return {
    table: event.table,
    operation: event.operation,
    row_id: event.rowId,
    row_data: event.newRow,
    old_row_data: event.oldRow,
    transaction_id: event.transactionId,
    changed_at: event.changedAt,
  };
}

/** A TableChange of the GraphQL schema. */
export function tableChange(event: RowChangedEvent) {
  return {
    table: event.table,
    changeType: event.operation,
    row: event.newRow === null ? null : { id: event.rowId, data: event.newRow },
    oldRow: event.oldRow === null ? null : { id: event.rowId, data: event.oldRow },
    timestamp: event.committedAt,
    scn: event.scn,
    transactionId: event.transactionId,
  };
}
