// strata tables: the tables of the database, with their column count and primary key.
import type { StrataClient } from '../../generated/client/index.js';
import { plural, table } from '../format.js';

export async function tables(client: StrataClient, options: { json: boolean }): Promise<string> {
  const { tables: list } = await client.rest.tables();
  if (options.json) return JSON.stringify(list, null, 2);
  if (list.length === 0) return 'no tables';
  const rows = list.map((entry) => [entry.name, String(entry.columns.length), entry.primaryKey.length > 0 ? entry.primaryKey.join(', ') : '(rowid)']);
  return `${table(['table', 'columns', 'primary key'], rows)}\n\n${plural(list.length, 'table')}`;
}
