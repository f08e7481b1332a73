// What SQL sent by users may do. The server manages transactions, attached files, connection
// settings and its own _strata_ tables itself; statements that would interfere are refused with
// a clear reason instead of failing in surprising ways later.
import { EngineError } from '../../errors.js';
import { type SchemaTarget, type ScriptStatement, ScriptError, splitScript } from './sqlite-script.js';
import type { Caller } from '../../work/caller.js';

export type { SchemaTarget };

/**
 * Refuses schema changes of tables a module protects (blockchain tables). SQLite has no DDL
 * triggers, so every path that runs DDL on an existing table (raw SQL, the schema API) asks the
 * guard first.
 */
export interface SchemaGuard {
  checkSchemaChanges(targets: SchemaTarget[], caller: Caller | null): Promise<void>;
}

/** PRAGMAs that set something lasting about the database file, and are harmless to allow. */
const SETTABLE_PRAGMAS = new Set(['user_version', 'application_id']);
/** PRAGMAs whose argument says what to read, not a value to set. */
const READING_PRAGMAS = new Set([
  'table_info', 'table_xinfo', 'table_list', 'index_list', 'index_info', 'index_xinfo', 'foreign_key_list',
  'foreign_key_check', 'integrity_check', 'quick_check', 'function_list', 'collation_list', 'pragma_list', 'module_list',
]);

export interface PolicyOptions {
  /** Where transaction control is allowed to be pointed at instead. */
  transactionHint: string;
}

/** Splits a script and checks each statement; throws a VALIDATION or STATEMENT_NOT_ALLOWED error. */
export function checkedStatements(sql: string, options: PolicyOptions): ScriptStatement[] {
  let statements: ScriptStatement[];
  try {
    statements = splitScript(sql);
  } catch (error) {
    if (error instanceof ScriptError) throw new EngineError('SQL_ERROR', error.message);
    throw error;
  }
  if (statements.length === 0) throw new EngineError('SQL_ERROR', 'the SQL holds no statement');
  statements.forEach((statement, index) => checkStatement(statement, index, statements.length, options));
  return statements;
}

function checkStatement(statement: ScriptStatement, index: number, count: number, options: PolicyOptions): void {
  const where = count > 1 ? `statement ${index + 1}: ` : '';
  const refuse = (reason: string): never => {
    throw new EngineError('STATEMENT_NOT_ALLOWED', `${where}${reason}`);
  };
  const reserved = statement.identifiers.find((identifier) => identifier.toLowerCase().startsWith('_strata_'));
  if (reserved) refuse(`${reserved} is reserved: names starting with _strata_ belong to the server's change log`);
  switch (statement.kind) {
    case 'schema':
      // Temporary objects belong to a connection, and connections are shared between requests.
      if (/^TEMP(ORARY)?$/i.test(statement.identifiers[1] ?? '')) refuse('temporary tables, views and triggers are not allowed: they would outlive the request on a shared connection');
      break;
    case 'transaction-control':
      refuse(`${statement.keyword} is not allowed here: ${options.transactionHint}`);
      break;
    case 'attach':
      refuse(`${statement.keyword} is not allowed: the server manages which database files are open`);
      break;
    case 'pragma':
      if (statement.pragma && (statement.pragma.assigns || (statement.pragma.argument && !READING_PRAGMAS.has(statement.pragma.name))) && !SETTABLE_PRAGMAS.has(statement.pragma.name)) {
        refuse(`PRAGMA ${statement.pragma.name} changes connection or storage settings the server manages; only ${[...SETTABLE_PRAGMAS].join(' and ')} may be set`);
      }
      break;
    case 'vacuum':
      if (count > 1) refuse('VACUUM cannot run inside a transaction; send it on its own');
      break;
    default:
      break;
  }
}
