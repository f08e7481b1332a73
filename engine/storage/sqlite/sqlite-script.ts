// Splits SQL scripts into statements and classifies them, without a full parser: a tokenizer
// that knows SQLite's quoting, comments, parameter syntax and trigger bodies is enough.
import type { DdlChangeType, DdlObjectType, DdlStatement } from '../sql/ddl.js';

export type StatementKind =
  /** SELECT, VALUES or WITH ...: reads unless it turns out to write (WITH ... INSERT). */
  | 'query'
  /** CREATE, ALTER, DROP: changes the schema. */
  | 'schema'
  /** BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE. */
  | 'transaction-control'
  /** ATTACH, DETACH. */
  | 'attach'
  | 'pragma'
  /** VACUUM cannot run inside a transaction. */
  | 'vacuum'
  /** INSERT, UPDATE, DELETE, REPLACE, ANALYZE, REINDEX, EXPLAIN, ... */
  | 'other';

export interface ScriptStatement {
  sql: string;
  /** Upper-cased first keyword. */
  keyword: string;
  kind: StatementKind;
  /** How many positional values the statement binds (for its ? and ?NNN parameters). */
  positionalSlots: number;
  /** Names of its :name, @name and $name parameters, without their sigil. */
  namedParameters: string[];
  /** For PRAGMA: its name, and whether it is given a value (= value) or an argument ((argument)). */
  pragma?: { name: string; assigns: boolean; argument: boolean };
  /** Identifiers as written (bare or quoted), for checks such as reserved prefixes. */
  identifiers: string[];
  /** For DROP TABLE, ALTER TABLE and CREATE TRIGGER ... ON: the table it changes. */
  schemaTarget?: SchemaTarget;
  /** For CREATE, ALTER and DROP of a table, index, view or trigger: what it acts on. */
  ddl?: Omit<DdlStatement, 'statement' | 'username'>;
}

/** A schema change of an existing table, which a module may refuse (SchemaGuard). */
export interface SchemaTarget {
  action: 'DROP TABLE' | 'ALTER TABLE' | 'CREATE TRIGGER';
  table: string;
}

const KIND_BY_KEYWORD: Record<string, StatementKind> = {
  SELECT: 'query',
  VALUES: 'query',
  WITH: 'query',
  CREATE: 'schema',
  ALTER: 'schema',
  DROP: 'schema',
  BEGIN: 'transaction-control',
  COMMIT: 'transaction-control',
  END: 'transaction-control',
  ROLLBACK: 'transaction-control',
  SAVEPOINT: 'transaction-control',
  RELEASE: 'transaction-control',
  ATTACH: 'attach',
  DETACH: 'attach',
  PRAGMA: 'pragma',
  VACUUM: 'vacuum',
};

interface Token {
  type: 'word' | 'quoted' | 'parameter' | 'symbol';
  text: string;
  start: number;
}

export class ScriptError extends Error {}

export function splitScript(script: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let tokens: Token[] = [];
  let start = 0;
  let triggerDepth = 0;
  let inTrigger = false;
  for (const token of tokenize(script)) {
    if (tokens.length === 0) {
      start = token.start;
      inTrigger = false;
      triggerDepth = 0;
    }
    if (token.type === 'symbol' && token.text === ';' && triggerDepth === 0) {
      if (tokens.length > 0) statements.push(describe(script.slice(start, token.start).trim(), tokens));
      tokens = [];
      continue;
    }
    tokens.push(token);
    if (token.type !== 'word') continue;
    const word = token.text.toUpperCase();
    // CREATE [TEMP] TRIGGER ... BEGIN ... END: semicolons inside the body do not end the statement.
    if (word === 'TRIGGER' && tokens.length <= 4 && tokens[0]!.text.toUpperCase() === 'CREATE') inTrigger = true;
    else if (inTrigger && (word === 'BEGIN' || word === 'CASE')) triggerDepth += 1;
    else if (inTrigger && word === 'END' && triggerDepth > 0) triggerDepth -= 1;
  }
  if (tokens.length > 0) statements.push(describe(script.slice(start).trim(), tokens));
  return statements;
}

function describe(sql: string, tokens: Token[]): ScriptStatement {
  const keyword = tokens[0]!.type === 'word' ? tokens[0]!.text.toUpperCase() : tokens[0]!.text;
  let positionalSlots = 0;
  let anonymous = 0;
  const namedParameters: string[] = [];
  for (const token of tokens) {
    if (token.type !== 'parameter') continue;
    if (token.text === '?') anonymous += 1;
    else if (token.text.startsWith('?')) positionalSlots = Math.max(positionalSlots, Number(token.text.slice(1)));
    else if (!namedParameters.includes(token.text.slice(1))) namedParameters.push(token.text.slice(1));
  }
  positionalSlots = Math.max(positionalSlots, anonymous);
  const statement: ScriptStatement = {
    sql,
    keyword,
    kind: KIND_BY_KEYWORD[keyword] ?? 'other',
    positionalSlots,
    namedParameters,
    identifiers: tokens.filter((token) => token.type === 'word' || token.type === 'quoted').map((token) => token.text),
  };
  const target = schemaTarget(tokens);
  if (target) statement.schemaTarget = target;
  const ddl = ddlObject(tokens);
  if (ddl) statement.ddl = ddl;
  if (statement.kind === 'pragma') {
    const name = pragmaName(tokens);
    statement.pragma = {
      name,
      assigns: tokens.some((token) => token.type === 'symbol' && token.text === '='),
      argument: tokens.some((token) => token.type === 'symbol' && token.text === '('),
    };
  }
  return statement;
}

/** The table of DROP TABLE [IF EXISTS] t, ALTER TABLE t ... and CREATE [TEMP] TRIGGER ... ON t. */
function schemaTarget(tokens: Token[]): SchemaTarget | null {
  const word = (index: number): string | null => (tokens[index]?.type === 'word' ? tokens[index]!.text.toUpperCase() : null);
  if ((word(0) === 'DROP' || word(0) === 'ALTER') && word(1) === 'TABLE') {
    const at = word(0) === 'DROP' && word(2) === 'IF' && word(3) === 'EXISTS' ? 4 : 2;
    return qualifiedName(tokens, at, (table) => ({ action: word(0) === 'DROP' ? 'DROP TABLE' : 'ALTER TABLE', table }));
  }
  const trigger = tokens.findIndex((token, index) => index <= 3 && token.type === 'word' && token.text.toUpperCase() === 'TRIGGER');
  if (word(0) !== 'CREATE' || trigger === -1) return null;
  // The first ON after the trigger's name introduces its table (a name cannot be a bare ON).
  const on = tokens.findIndex((token, index) => index > trigger && token.type === 'word' && token.text.toUpperCase() === 'ON');
  return on === -1 ? null : qualifiedName(tokens, on + 1, (table) => ({ action: 'CREATE TRIGGER', table }));
}

const DDL_OBJECT_TYPES = new Set<string>(['TABLE', 'INDEX', 'VIEW', 'TRIGGER']);

/**
 * The object of a DDL statement, from the only shapes SQLite accepts:
 *   CREATE [TEMP|TEMPORARY] [UNIQUE|VIRTUAL] TABLE|INDEX|VIEW|TRIGGER [IF NOT EXISTS] [schema.]name
 *   ALTER TABLE [schema.]name ...
 *   DROP TABLE|INDEX|VIEW|TRIGGER [IF EXISTS] [schema.]name
 */
function ddlObject(tokens: Token[]): Omit<DdlStatement, 'statement' | 'username'> | null {
  const word = (index: number): string | null => (tokens[index]?.type === 'word' ? tokens[index]!.text.toUpperCase() : null);
  let at = 0;
  const changeType = word(at++);
  if (changeType !== 'CREATE' && changeType !== 'ALTER' && changeType !== 'DROP') return null;
  if (changeType === 'CREATE') {
    if (word(at) === 'TEMP' || word(at) === 'TEMPORARY') at += 1;
    if (word(at) === 'UNIQUE' || word(at) === 'VIRTUAL') at += 1;
  }
  const objectType = word(at++);
  if (objectType === null || !DDL_OBJECT_TYPES.has(objectType) || (changeType === 'ALTER' && objectType !== 'TABLE')) return null;
  if (word(at) === 'IF') at += changeType === 'CREATE' ? 3 : 2;
  return qualifiedName(tokens, at, (objectName) => ({ changeType: changeType as DdlChangeType, objectType: objectType as DdlObjectType, objectName }));
}

/** What a DDL statement (one, as it ran) acts on; null for any other statement. */
export function describeDdl(statement: string): Omit<DdlStatement, 'username'> | null {
  const ddl = splitScript(statement)[0]?.ddl;
  return ddl ? { ...ddl, statement } : null;
}

/** [schema.]name starting at a token. */
function qualifiedName<T>(tokens: Token[], at: number, make: (name: string) => T): T | null {
  const name = tokens[at + 1]?.text === '.' ? tokens[at + 2] : tokens[at];
  return name && (name.type === 'word' || name.type === 'quoted') ? make(name.text) : null;
}

/** PRAGMA [schema.]name ...: the name is the word before the first of = ( or the end. */
function pragmaName(tokens: Token[]): string {
  let name = '';
  for (const token of tokens.slice(1)) {
    if (token.type === 'symbol' && (token.text === '=' || token.text === '(')) break;
    if (token.type === 'word' || token.type === 'quoted') name = token.text;
  }
  return name.toLowerCase();
}

/** Yields the significant tokens of a script: words, quoted identifiers, parameters and symbols. */
function* tokenize(script: string): Generator<Token> {
  let i = 0;
  const length = script.length;
  while (i < length) {
    const char = script[i]!;
    const next = script[i + 1];
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '-' && next === '-') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? length : end + 1;
    } else if (char === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? length : end + 2;
    } else if (char === "'" || char === '"' || char === '`' || char === '[') {
      const close = char === '[' ? ']' : char;
      let j = i + 1;
      for (;;) {
        const found = script.indexOf(close, j);
        if (found === -1) throw new ScriptError(`unterminated ${char === "'" ? 'string' : 'quoted identifier'} starting at offset ${i}`);
        // A doubled quote is an escaped quote (not for [...]).
        if (close !== ']' && script[found + 1] === close) {
          j = found + 2;
          continue;
        }
        j = found + 1;
        break;
      }
      // 'text' is a literal; "x", `x` and [x] are identifiers (SQLite is built without double-quoted strings).
      if (char !== "'") yield { type: 'quoted', text: script.slice(i + 1, j - 1).replaceAll(close + close, close), start: i };
      else yield { type: 'symbol', text: 'string', start: i };
      i = j;
    } else if (char === '?') {
      let j = i + 1;
      while (j < length && /[0-9]/.test(script[j]!)) j += 1;
      yield { type: 'parameter', text: script.slice(i, j), start: i };
      i = j;
    } else if ((char === ':' || char === '@' || char === '$') && next !== undefined && /[A-Za-z0-9_]/.test(next)) {
      let j = i + 1;
      while (j < length && /[A-Za-z0-9_$]/.test(script[j]!)) j += 1;
      yield { type: 'parameter', text: script.slice(i, j), start: i };
      i = j;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(char)) {
      let j = i + 1;
      while (j < length && /[A-Za-z0-9_$\u0080-\uffff]/.test(script[j]!)) j += 1;
      yield { type: 'word', text: script.slice(i, j), start: i };
      i = j;
    } else {
      yield { type: 'symbol', text: char, start: i };
      i += 1;
    }
  }
}
