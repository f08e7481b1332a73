// strata describe <table>: the columns and indexes of a table.
import type { Column, Index, StrataClient } from '../../generated/client/index.js';
import { table } from '../format.js';

export async function describe(client: StrataClient, name: string, options: { json: boolean }): Promise<string> {
  const found = await client.rest.table({ path: { name } });
  if (options.json) return JSON.stringify(found, null, 2);
  const flags = [found.strict ? 'STRICT' : null, found.withoutRowid ? 'WITHOUT ROWID' : null].filter((flag) => flag !== null);
  return [`${found.name}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`, '', columnTable(found.columns), '', indexTable(found.indexes)].join('\n');
}

function columnTable(columns: Column[]): string {
  return table(
    ['column', 'type', 'nullable', 'default', 'pk', 'unique', 'references'],
    columns.map((column) => [
      column.name,
      // SQLite lets a column go without a type.
      column.type === '' ? '(none)' : column.type,
      column.nullable ? 'yes' : 'no',
      column.default ?? '',
      column.primaryKey ? 'yes' : '',
      column.unique ? 'yes' : '',
      references(column),
    ]),
  );
}

function references(column: Column): string {
  if (column.references === undefined) return '';
  const { table: target, column: targetColumn, onDelete, onUpdate } = column.references;
  return [`${target}(${targetColumn})`, action('on delete', onDelete), action('on update', onUpdate)].filter((part) => part !== null).join(' ');
}

function indexTable(indexes: Index[]): string {
  if (indexes.length === 0) return 'no indexes';
  return table(
    ['index', 'columns', 'unique', 'partial', 'made by'],
    indexes.map((index) => [index.name, index.columns.join(', '), index.unique ? 'yes' : 'no', index.partial ? 'yes' : 'no', index.origin]),
  );
}

/** NO ACTION is the default, so only the others are worth a mention. */
function action(when: string, what: string | undefined): string | null {
  return what === undefined || what === 'NO ACTION' ? null : `${when} ${what}`;
}
