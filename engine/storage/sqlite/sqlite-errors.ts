// SQLite's result codes, as engine errors.
import { EngineError, type ErrorCode } from '../../errors.js';
import type { WorkerError } from './sqlite-protocol.js';

const ENGINE_CODES = new Set<string>(['READ_ONLY', 'CONFLICT', 'TRANSACTION_NOT_ACTIVE', 'STATEMENT_NOT_ALLOWED', 'VALIDATION_FAILED']);

export function toEngineError(error: WorkerError): EngineError {
  const where = error.statementIndex !== undefined && error.statementIndex > 0 ? `statement ${error.statementIndex + 1}: ` : '';
  return new EngineError(codeOf(error), `${where}${error.message}`);
}

function codeOf(error: WorkerError): ErrorCode {
  const code = error.code;
  if (ENGINE_CODES.has(code)) return code as ErrorCode;
  if (code.startsWith('SQLITE_CONSTRAINT')) return 'CONSTRAINT_VIOLATION';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'TRANSACTION_CONFLICT';
  if (code.startsWith('SQLITE_READONLY')) return 'READ_ONLY';
  if (code === 'SQLITE_ERROR' && / already exists$/.test(error.message)) return 'ALREADY_EXISTS';
  if (['SQLITE_ERROR', 'SQLITE_RANGE', 'SQLITE_MISMATCH', 'SQLITE_TOOBIG', 'SQLITE_AUTH', 'BIND_ERROR'].includes(code)) return 'SQL_ERROR';
  return 'INTERNAL';
}
