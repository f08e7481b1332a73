// Text output: aligned tables, and values written as SQL writes them.

/** A value for display: NULL, BLOBs as x'..', the rest as text on one line. */
export function display(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'object' && '$hex' in value) return `x'${String(value.$hex)}'`;
  if (typeof value === 'object') return JSON.stringify(value);
  // A line break inside a cell would break the table's rows apart; a tab would break its alignment.
  return String(value).replace(/[\n\r\t]/g, (character) => ESCAPES[character] ?? character);
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Rows under their headers, each column as wide as its widest cell. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
