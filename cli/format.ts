// Text output: aligned tables, and values as SQL writes them.

/** A value for display: NULL, BLOBs as x'..', the rest as text. */
export function display(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'object' && '$hex' in value) return `x'${(value as { $hex: string }).$hex}'`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Rows under their headers, columns as wide as their widest cell. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
