// A committed row change in the shapes the realtime surfaces send.
import type { RowChangedEvent } from '../../engine/events/bus.js';
import type { RowData } from '../../engine/storage/types.js';

/**
 * Builds a value once per event, however many subscribers ask for it: a committed change fanned
 * out to many subscribers is mapped once, and the transports serialize the shared value once.
 * The bus hands an event to every subscriber before it takes the next, so remembering the last
 * one is enough (an event asked for out of turn is only built again).
 */
export function oncePerEvent<E extends object, V>(build: (event: E) => V): (event: E) => V {
  let last: E | null = null;
  let value: V;
  return (event) => {
    if (event !== last) {
      value = build(event);
      last = event;
    }
    return value;
  };
}

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

const rowOf = (event: RowChangedEvent, data: RowData | null) => (data === null ? null : { id: event.rowId, data });
const commitOf = (event: RowChangedEvent) => ({ table: event.table, timestamp: event.committedAt, scn: event.scn, transactionId: event.transactionId });

/** A TableChange of the GraphQL schema. */
export function tableChange(event: RowChangedEvent) {
  return { ...commitOf(event), id: event.rowId, changeType: event.operation, row: rowOf(event, event.newRow), oldRow: rowOf(event, event.oldRow) };
}

export function rowInserted(event: RowChangedEvent) {
  return { ...commitOf(event), row: rowOf(event, event.newRow)! };
}

export function rowUpdated(event: RowChangedEvent) {
  return { ...commitOf(event), oldRow: rowOf(event, event.oldRow)!, newRow: rowOf(event, event.newRow)!, changedFields: changedColumns(event) };
}

export function rowDeleted(event: RowChangedEvent) {
  return { ...commitOf(event), id: event.rowId, oldRow: rowOf(event, event.oldRow)! };
}

export function tableModification(event: RowChangedEvent) {
  return { ...commitOf(event), changeType: event.operation, rowId: event.rowId, row: rowOf(event, event.newRow ?? event.oldRow)!, changedColumns: changedColumns(event) };
}

/** Every column of an inserted or deleted row; those whose value differs for an update. */
function changedColumns(event: RowChangedEvent): string[] {
  const before = event.oldRow ?? {};
  const after = event.newRow ?? {};
  const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (event.oldRow === null || event.newRow === null) return columns;
  return columns.filter((column) => JSON.stringify(before[column] ?? null) !== JSON.stringify(after[column] ?? null));
}
