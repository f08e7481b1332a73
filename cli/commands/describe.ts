// strata describe <table>: columns and indexes of a table.
import type { StrataClient } from '../../generated/client/index.js';
import { table } from '../format.js';

export async function describe(client: StrataClient, name: string, options: { json: boolean }): Promise<string> {
  const found = await client.rest.table({ path: { name } });
  if (options.json) return JSON.stringify(found, null, 2);
  const columns = table(
    ['column', 'type', 'null', 'default', 'key', 'unique', 'references'],
    found.columns.map((column) => [
      column.name,
      column.type || '(none)',
      column.nullable ? 'yes' : 'no',
      column.default ?? '',
      column.primaryKey ? 'PK' : '',
      column.unique ? 'yes' : '',
      column.references ? `${column.references.table}(${column.references.column}) on delete ${column.references.onDelete}` : '',
    ]),
  );
  const indexes =
    found.indexes.length === 0
      ? 'no indexes'
      : table(
          ['index', 'columns', 'unique', 'made by'],
          found.indexes.map((index) => [index.name, index.columns.join(', '), index.unique ? 'yes' : 'no', index.origin]),
        );
  const flags = [found.strict ? 'STRICT' : null, found.withoutRowid ? 'WITHOUT ROWID' : null].filter((flag) => flag !== null);
  return [`${found.name}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`, '', columns, '', indexes].join('\n');
}
