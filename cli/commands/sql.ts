// strata sql "<statement>": runs SQL through POST /api/v1/query/execute.
import type { StrataClient } from '../../generated/client/index.js';
import { display, plural, table } from '../format.js';

export interface SqlOptions {
  json: boolean;
  params: unknown[];
}

export async function sql(client: StrataClient, statement: string, options: SqlOptions): Promise<string> {
  const result = await client.rest.executeSql({ body: { sql: statement, ...(options.params.length > 0 ? { params: options.params as never } : {}) } });
  if (options.json) return JSON.stringify(result, null, 2);
  const lines: string[] = [];
  if (result.columns.length > 0) {
    const names = result.columns.map((column) => column.name);
    const rows = (result.rows as Array<Record<string, unknown>>).map((row) => names.map((name) => display(row[name])));
    lines.push(table(names, rows), '');
  }
  const summary = [result.columns.length > 0 ? plural(result.rows.length, 'row') : null, result.rowsAffected > 0 ? `${plural(result.rowsAffected, 'row')} affected` : null, result.scn === null ? null : `scn ${result.scn}`]
    .filter((part) => part !== null)
    .join(', ');
  lines.push(summary === '' ? 'done' : summary);
  if (result.truncated) lines.push(`(cut at ${result.rows.length} rows; add LIMIT, or stream the result over /api/v1/ws/query)`);
  return lines.join('\n');
}
