// Quoting for SQL text the engine builds. Values are always bound as parameters; only names and
// a few literals (default values, trigger bodies) are written into SQL, through these.

/** A double-quoted identifier: any name is safe, quotes are doubled. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A single-quoted string literal. */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
