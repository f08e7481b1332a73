// strata sql "<statement>": runs SQL through POST /api/v1/query/execute.
import type { SqlInput, SqlResult, SqlValue, StrataClient } from '../../generated/client/index.js';
import { display, plural, table } from '../format.js';

export interface SqlOptions {
  json: boolean;
  params: SqlInput[];
}

export async function sql(client: StrataClient, statement: string, options: SqlOptions): Promise<string> {
  const params = options.params.length > 0 ? { params: options.params } : {};
  if (options.json) return JSON.stringify(await client.rest.executeSql({ body: { sql: statement, ...params } }), null, 2);
  // Rows as arrays: objects keyed by name would lose one of two columns that share a name (a join's two ids).
  const result = await client.rest.executeSql({ body: { sql: statement, ...params, rowMode: 'array' } });
  const lines: string[] = [];
  if (result.columns.length > 0) {
    const rows = (result.rows as SqlValue[][]).map((row) => row.map(display));
    lines.push(table(result.columns.map((column) => column.name), rows), '');
  }
  lines.push(summary(result));
  if (result.truncated) lines.push(`(cut at ${plural(result.rows.length, 'row')}, the server's limit; add a LIMIT, or stream big results over /api/v1/ws/query)`);
  return lines.join('\n');
}

/** "3 rows" for a query, "2 rows affected, scn 17" for a change, both for INSERT ... RETURNING. */
function summary(result: SqlResult): string {
  const parts: string[] = [];
  if (result.columns.length > 0) parts.push(plural(result.rows.length, 'row'));
  if (result.columns.length === 0 || result.rowsAffected > 0) parts.push(`${plural(result.rowsAffected, 'row')} affected`);
  if (result.scn !== null) parts.push(`scn ${result.scn}`);
  return parts.join(', ');
}
