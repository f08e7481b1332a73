// What a DDL statement acts on, read from its first tokens: the statement already ran, so SQLite
// accepted it, and these are the only shapes SQLite accepts for CREATE, ALTER and DROP.
//   CREATE [TEMP|TEMPORARY] [UNIQUE|VIRTUAL] TABLE|INDEX|VIEW|TRIGGER [IF NOT EXISTS] [schema.]name
//   ALTER TABLE [schema.]name ...
//   DROP TABLE|INDEX|VIEW|TRIGGER [IF EXISTS] [schema.]name

export type DdlChangeType = 'CREATE' | 'ALTER' | 'DROP';
export type DdlObjectType = 'TABLE' | 'INDEX' | 'VIEW' | 'TRIGGER';

export interface DdlStatement {
  changeType: DdlChangeType;
  objectType: DdlObjectType;
  /** The object's name, without its schema. */
  objectName: string;
  /** The statement as it ran. */
  statement: string;
}

const OBJECT_TYPES = new Set<string>(['TABLE', 'INDEX', 'VIEW', 'TRIGGER']);

/** Whitespace and comments, then one token: a quoted name, a word, or one other character. */
const TOKEN = /(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))*("(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|'(?:[^']|'')*'|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*|\S)/y;

function tokens(sql: string, count: number): string[] {
  const found: string[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sql); match && found.length < count; match = TOKEN.exec(sql)) found.push(match[1]!);
  return found;
}

/** A name token as SQLite reads it: quotes removed, doubled quotes undone. */
function unquote(token: string): string {
  const open = token[0];
  if (open === '"' || open === '`' || open === "'") return token.slice(1, -1).replaceAll(open + open, open);
  if (open === '[') return token.slice(1, -1);
  return token;
}

/** The object a CREATE, ALTER or DROP statement acts on; null for any other statement. */
export function describeDdl(statement: string): DdlStatement | null {
  const words = tokens(statement, 12);
  const upper = words.map((word) => word.toUpperCase());
  let at = 0;
  const changeType = upper[at++];
  if (changeType !== 'CREATE' && changeType !== 'ALTER' && changeType !== 'DROP') return null;
  if (changeType === 'CREATE') {
    if (upper[at] === 'TEMP' || upper[at] === 'TEMPORARY') at += 1;
    if (upper[at] === 'UNIQUE' || upper[at] === 'VIRTUAL') at += 1;
  }
  const objectType = upper[at++];
  if (objectType === undefined || !OBJECT_TYPES.has(objectType) || (changeType === 'ALTER' && objectType !== 'TABLE')) return null;
  if (upper[at] === 'IF') at += changeType === 'CREATE' ? 3 : 2;
  let name = words[at];
  if (words[at + 1] === '.' && words[at + 2] !== undefined) name = words[at + 2];
  if (name === undefined) return null;
  return { changeType, objectType: objectType as DdlObjectType, objectName: unquote(name), statement };
}
