// Statements that differ only in their literal values are one statement for profiling: literals
// become ?, lists of them (?...), comments go and whitespace shrinks to one space; identifiers
// and keywords keep their spelling.
import { createHash } from 'node:crypto';

const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|--[^\n]*|\/\*[\s\S]*?\*\/|[xX]'[0-9a-fA-F]*'|\?\d*|[:@$][A-Za-z_]\w*|0[xX][0-9a-fA-F]+|[A-Za-z_][\w$]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|\s+|./g;

export function normalizeSql(sql: string): string {
  let out = '';
  for (const [token] of sql.matchAll(TOKENS)) {
    if (token.startsWith('--') || token.startsWith('/*')) continue;
    if (/^\s+$/.test(token)) out += ' ';
    else if (/^(?:'|[xX]'|\d|\.\d)/.test(token)) out += '?';
    else out += token;
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\?(?:\s*,\s*\?)+\s*\)/g, '(?...)')
    .replace(/(\(\?\.\.\.\)|\(\?\))(?:\s*,\s*\1)+/g, '$1...')
    .trim();
}

/** A short stable id of a normalized statement. */
export function fingerprint(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}
