// Where blockchain tables live in SQLite. A blockchain table is a STRICT user table (so SQL and
// the row API can read it) whose rowid is the row's sequence number; its chain (hashes, who and
// when), its blocks and its state live in _strata_blockchain_ tables, which no user SQL may name.
// Guard triggers make SQLite itself refuse what an insert-only table must refuse, whatever the
// connection: UPDATE always, DELETE unless retention purged through the row, and INSERT of a row
// the chain does not already hold (only this module writes the chain).
import { GUARD_TRIGGER_PREFIX } from '../../storage/sqlite/sqlite-changelog.js';
import { quoteIdentifier, quoteLiteral } from '../../storage/sql/identifiers.js';
import type { BlockchainColumn } from './blockchain-types.js';

export const BLOCKCHAIN_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS _strata_blockchain_tables (
    name TEXT PRIMARY KEY,
    columns TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    head_seq INTEGER NOT NULL,
    head_hash TEXT NOT NULL,
    purged_through_seq INTEGER NOT NULL,
    purged_through_hash TEXT NOT NULL,
    retention_policy TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS _strata_blockchain_rows (
    table_name TEXT NOT NULL,
    seq INTEGER NOT NULL,
    inserted_at TEXT NOT NULL,
    inserted_by TEXT,
    prev_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    PRIMARY KEY (table_name, seq)
  ) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS _strata_blockchain_blocks (
    table_name TEXT NOT NULL,
    block_id INTEGER NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    merkle_root TEXT NOT NULL,
    prev_block_hash TEXT NOT NULL,
    block_hash TEXT NOT NULL,
    finalized_at TEXT NOT NULL,
    finalized_by TEXT,
    PRIMARY KEY (table_name, block_id)
  ) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS _strata_blockchain_retention_policies (
    name TEXT PRIMARY KEY,
    retention_days REAL NOT NULL,
    description TEXT NOT NULL,
    created_at TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS _strata_blockchain_legal_holds (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    released_at TEXT,
    released_by TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS _strata_blockchain_audit (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    action TEXT NOT NULL,
    actor TEXT,
    at TEXT NOT NULL,
    detail TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS _strata_blockchain_audit_by_table ON _strata_blockchain_audit (table_name, id)',
];

export function createTableSql(name: string, columns: BlockchainColumn[]): string {
  const definitions = columns.map((column) => `${quoteIdentifier(column.name)} ${column.type}${column.nullable ? '' : ' NOT NULL'}`);
  return `CREATE TABLE ${quoteIdentifier(name)} (${definitions.join(', ')}) STRICT`;
}

export function guardTriggersSql(name: string): string[] {
  const table = quoteIdentifier(name);
  const literal = quoteLiteral(name);
  const trigger = (suffix: string): string => quoteIdentifier(`${GUARD_TRIGGER_PREFIX}${suffix}_${name}`);
  const refuse = (message: string): string => `SELECT RAISE(ABORT, ${quoteLiteral(`${name} is a blockchain table: ${message}`)})`;
  return [
    `CREATE TRIGGER ${trigger('update')} BEFORE UPDATE ON ${table} BEGIN ${refuse('its rows cannot be updated')}; END`,
    `CREATE TRIGGER ${trigger('delete')} BEFORE DELETE ON ${table} WHEN OLD.rowid > (SELECT purged_through_seq FROM _strata_blockchain_tables WHERE name = ${literal}) BEGIN ${refuse('its rows cannot be deleted, only purged by its retention policy')}; END`,
    `CREATE TRIGGER ${trigger('insert')} BEFORE INSERT ON ${table} WHEN NOT EXISTS (SELECT 1 FROM _strata_blockchain_rows WHERE table_name = ${literal} AND seq = NEW.rowid) BEGIN ${refuse(`insert rows through POST /api/v1/blockchain/tables/${name}/rows`)}; END`,
  ];
}

/** The purge marks how far it goes only when retention and legal holds allow it; the delete guard then lets exactly those rows go. */
export const MARK_PURGE_SQL = `
  UPDATE _strata_blockchain_tables SET purged_through_seq = :through, purged_through_hash = :hash
  WHERE name = :table AND :through > purged_through_seq
    AND NOT EXISTS (SELECT 1 FROM _strata_blockchain_legal_holds WHERE table_name = :table AND released_at IS NULL)
    AND EXISTS (
      SELECT 1 FROM _strata_blockchain_blocks AS b JOIN _strata_blockchain_retention_policies AS p ON p.name = retention_policy
      WHERE b.table_name = :table AND b.last_seq = :through AND julianday(b.finalized_at) <= julianday('now') - p.retention_days
    )`;
