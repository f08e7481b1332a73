// Blockchain tables: insert-only tables whose rows are chained by SHA-256, sealed into blocks
// with Merkle roots, verified by recomputing everything from what SQLite holds, purged only by
// retention and never under a legal hold, and witnessed by signed digests of the chain head.
// One function per operation of the specs, named like it.
import type { SchemaTarget } from '../../storage/sqlite/sqlite-policy.js';
import { randomUUID } from 'node:crypto';
import { EngineError, invalid, notFound } from '../../errors.js';
import type { EventBus } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';
import type { ExecuteResult, Statement, StatementResult } from '../../storage/driver.js';
import { quoteIdentifier } from '../../storage/sql/identifiers.js';
import { MARK_PURGE_SQL, createTableSql, guardTriggersSql } from './blockchain-sql.js';
import type {
  Block,
  BlockchainAuditAction,
  BlockchainAuditPage,
  BlockchainColumn,
  BlockchainDigest,
  BlockchainEvent,
  BlockchainRowReceipt,
  BlockchainStats,
  BlockchainTable,
  BlockchainTableDefinition,
  DigestVerification,
  LegalHold,
  PurgeResult,
  RetentionPolicy,
  VerificationReport,
} from './blockchain-types.js';
import { GENESIS_HASH, blockHash, merkleProof, merkleRoot, rowHash } from './chain-hash.js';
import { DigestSigner } from './digest-signer.js';
import { KeyedLock } from './keyed-lock.js';
import { canonicalValues } from './row-values.js';
import { type ChainState, verifyChain } from './verify-chain.js';
import { type Caller, usernameOf } from '../../work/caller.js';


interface TableRecord extends ChainState {
  createdAt: string;
  createdBy: string | null;
  retentionPolicy: string | null;
}

const RESERVED_COLUMNS = new Set(['rowid', 'oid', '_rowid_']);
/** What specs/schemas/identifier.json allows; checked here too, for GraphQL input. */
const IDENTIFIER = /^(?!sqlite_)(?!_strata_)[a-z_][a-z0-9_$]*$/i;
const MAX_AUDIT_PAGE = 1000;
const DAY_MS = 86_400_000;

export class BlockchainModule {
  private readonly lock = new KeyedLock();

  private constructor(
    private readonly database: Database,
    private readonly events: EventBus,
    private readonly signer: DigestSigner,
  ) {}

  static async open(database: Database, events: EventBus, keyFile: string): Promise<BlockchainModule> {
    // Its tables come with the database (BLOCKCHAIN_SCHEMA, passed to Database.open).
    return new BlockchainModule(database, events, DigestSigner.open(keyFile));
  }

  async createBlockchainTable(definition: BlockchainTableDefinition, caller: Caller | null): Promise<BlockchainTable> {
    checkIdentifier(definition.name, '/body/name');
    const columns = checkedColumns(definition.columns);
    if (definition.retentionPolicy !== undefined) await this.retentionPolicy(caller, definition.retentionPolicy);
    return this.lock.run(definition.name, async () => {
      if (await this.record(caller, definition.name, false)) throw new EngineError('ALREADY_EXISTS', `blockchain table ${JSON.stringify(definition.name)} already exists (its chain is kept even if its table was dropped)`);
      const createdAt = now();
      await this.write(caller, [
        { sql: createTableSql(definition.name, columns) },
        ...guardTriggersSql(definition.name).map((sql) => ({ sql })),
        {
          sql: `INSERT INTO _strata_blockchain_tables (name, columns, created_at, created_by, head_seq, head_hash, purged_through_seq, purged_through_hash, retention_policy)
                VALUES (?, ?, ?, ?, 0, ?, 0, ?, ?)`,
          params: [definition.name, JSON.stringify(columns), createdAt, usernameOf(caller), GENESIS_HASH, GENESIS_HASH, definition.retentionPolicy ?? null],
        },
        audit(definition.name, 'table_created', usernameOf(caller), { columns: columns.map((column) => column.name), retentionPolicy: definition.retentionPolicy ?? null }),
      ]);
      return this.blockchainTable(definition.name, caller);
    });
  }

  async blockchainTable(name: string, caller: Caller | null = null): Promise<BlockchainTable> {
    const record = (await this.record(caller, name))!;
    const holds = (await this.read(caller, { sql: 'SELECT * FROM _strata_blockchain_legal_holds WHERE table_name = ? AND released_at IS NULL ORDER BY created_at', params: [name] })).rows as HoldRow[];
    return {
      name: record.tableName,
      columns: record.columns,
      createdAt: record.createdAt,
      createdBy: record.createdBy,
      headSeq: record.headSeq,
      headHash: record.headHash,
      purgedThroughSeq: record.purgedThroughSeq,
      retentionPolicy: record.retentionPolicy === null ? null : await this.retentionPolicy(caller, record.retentionPolicy),
      activeLegalHolds: holds.map(legalHold),
    };
  }

  async insertBlockchainRow(name: string, data: Record<string, unknown>, caller: Caller | null): Promise<BlockchainRowReceipt> {
    return this.lock.run(name, async () => {
      const record = (await this.record(caller, name))!;
      const values = canonicalValues(record.columns, data);
      const seq = record.headSeq + 1;
      const insertedAt = now();
      const hash = rowHash({ tableName: name, seq, insertedAt, insertedBy: usernameOf(caller), prevHash: record.headHash, values });
      const columnList = record.columns.map((column) => quoteIdentifier(column.name)).join(', ');
      const result = await this.write(caller, [
        { sql: 'INSERT INTO _strata_blockchain_rows (table_name, seq, inserted_at, inserted_by, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?)', params: [name, seq, insertedAt, usernameOf(caller), record.headHash, hash] },
        { sql: 'UPDATE _strata_blockchain_tables SET head_seq = ?, head_hash = ? WHERE name = ?', params: [seq, hash, name] },
        { sql: `INSERT INTO ${quoteIdentifier(name)} (rowid, ${columnList}) VALUES (?, ${values.map(() => '?').join(', ')})`, params: [seq, ...values] },
      ]);
      const receipt: BlockchainRowReceipt = {
        tableName: name,
        seq,
        insertedAt,
        insertedBy: usernameOf(caller),
        prevHash: record.headHash,
        rowHash: hash,
        data: Object.fromEntries(record.columns.map((column, index) => [column.name, values[index]!])),
        scn: result.commit?.scn ?? null,
      };
      this.publish({ type: 'row_inserted', tableName: name, receipt });
      return receipt;
    });
  }

  /** Seals every row since the last block into a new block. */
  async finalizeBlock(name: string, caller: Caller | null): Promise<Block> {
    return this.lock.run(name, async () => {
      const record = (await this.record(caller, name))!;
      const last = (await this.blocks(caller, name)).at(-1);
      const firstSeq = (last?.lastSeq ?? 0) + 1;
      if (record.headSeq < firstSeq) throw new EngineError('CONFLICT', `no row was inserted into ${name} since block ${last?.blockId ?? 0}: a block holds at least one row`);
      const hashes = await this.storedHashes(caller, name, firstSeq, record.headSeq);
      const block: Block = {
        tableName: name,
        blockId: (last?.blockId ?? 0) + 1,
        firstSeq,
        lastSeq: record.headSeq,
        rowCount: record.headSeq - firstSeq + 1,
        merkleRoot: merkleRoot(hashes),
        prevBlockHash: last?.blockHash ?? GENESIS_HASH,
        blockHash: '',
        finalizedAt: now(),
        finalizedBy: usernameOf(caller),
        purged: false,
      };
      block.blockHash = blockHash(block);
      await this.write(caller, [
        {
          sql: `INSERT INTO _strata_blockchain_blocks (table_name, block_id, first_seq, last_seq, merkle_root, prev_block_hash, block_hash, finalized_at, finalized_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          params: [name, block.blockId, block.firstSeq, block.lastSeq, block.merkleRoot, block.prevBlockHash, block.blockHash, block.finalizedAt, usernameOf(caller)],
        },
        audit(name, 'block_finalized', usernameOf(caller), { blockId: block.blockId, firstSeq, lastSeq: block.lastSeq, merkleRoot: block.merkleRoot }),
      ]);
      this.publish({ type: 'block_finalized', tableName: name, block });
      return block;
    });
  }

  /** A block, with the Merkle proof of one of its rows when asked. */
  async blockchainBlock(name: string, blockId: number, proofForSeq?: number, caller: Caller | null = null): Promise<Block> {
    await this.record(caller, name);
    const block = (await this.blocks(caller, name, blockId))[0];
    if (!block) throw notFound('block', String(blockId));
    if (proofForSeq === undefined) return block;
    if (proofForSeq < block.firstSeq || proofForSeq > block.lastSeq) throw invalid('/query/proofFor', `row ${proofForSeq} is not in block ${blockId} (rows ${block.firstSeq}..${block.lastSeq})`);
    if (block.purged) throw new EngineError('CONFLICT', `block ${blockId} was purged by retention: its rows, and so their proofs, are gone`);
    const hashes = await this.storedHashes(caller, name, block.firstSeq, block.lastSeq);
    const index = proofForSeq - block.firstSeq;
    return { ...block, proof: { seq: proofForSeq, rowHash: hashes[index]!, steps: merkleProof(hashes, index), merkleRoot: block.merkleRoot } };
  }

  async verifyBlockchainTable(name: string, caller: Caller | null): Promise<VerificationReport> {
    const report = await this.lock.run(name, async () => {
      const started = performance.now();
      const record = (await this.record(caller, name))!;
      const verdict = await verifyChain((statement, rowMode) => this.read(caller, statement, rowMode), record, await this.blocks(caller, name));
      const valid = verdict.firstBrokenRow === null && verdict.firstBrokenBlock === null;
      return { tableName: name, valid, ...verdict, headSeq: record.headSeq, headHash: record.headHash, verifiedAt: now(), elapsedMs: performance.now() - started };
    });
    await this.write(caller, [audit(name, 'verified', usernameOf(caller), { valid: report.valid, rowsChecked: report.rowsChecked, elapsedMs: report.elapsedMs, firstBrokenRow: report.firstBrokenRow, firstBrokenBlock: report.firstBrokenBlock })]);
    this.publish({ type: 'verification_completed', tableName: name, report });
    return report;
  }

  async createRetentionPolicy(policy: { name: string; retentionDays: number; description?: string }, caller: Caller | null = null): Promise<RetentionPolicy> {
    if (!(policy.retentionDays >= 0)) throw invalid('/body/retentionDays', 'retentionDays is a number of days, 0 or more');
    const existing = (await this.read(caller, { sql: 'SELECT 1 FROM _strata_blockchain_retention_policies WHERE name = ?', params: [policy.name] })).rows!;
    if (existing.length > 0) throw new EngineError('ALREADY_EXISTS', `retention policy ${JSON.stringify(policy.name)} already exists`);
    await this.write(caller, [{ sql: 'INSERT INTO _strata_blockchain_retention_policies (name, retention_days, description, created_at) VALUES (?, ?, ?, ?)', params: [policy.name, policy.retentionDays, policy.description ?? '', now()] }]);
    return this.retentionPolicy(caller, policy.name);
  }

  async assignRetentionPolicy(name: string, policyName: string, caller: Caller | null): Promise<BlockchainTable> {
    await this.retentionPolicy(caller, policyName);
    await this.lock.run(name, async () => {
      await this.record(caller, name);
      await this.write(caller, [
        { sql: 'UPDATE _strata_blockchain_tables SET retention_policy = ? WHERE name = ?', params: [policyName, name] },
        audit(name, 'retention_policy_assigned', usernameOf(caller), { retentionPolicy: policyName }),
      ]);
    });
    return this.blockchainTable(name, caller);
  }

  async createLegalHold(request: { tableName: string; reason: string }, caller: Caller | null): Promise<LegalHold> {
    const hold: LegalHold = { id: randomUUID(), tableName: request.tableName, reason: request.reason, createdAt: now(), createdBy: usernameOf(caller), releasedAt: null, releasedBy: null };
    // Under the table's lock, so a purge already running finishes before the hold applies and none starts past it.
    await this.lock.run(request.tableName, async () => {
      await this.record(caller, request.tableName);
      await this.write(caller, [
        { sql: 'INSERT INTO _strata_blockchain_legal_holds (id, table_name, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?)', params: [hold.id, hold.tableName, hold.reason, hold.createdAt, usernameOf(caller)] },
        audit(hold.tableName, 'legal_hold_placed', usernameOf(caller), { holdId: hold.id, reason: hold.reason }),
      ]);
    });
    this.publish({ type: 'legal_hold_changed', tableName: hold.tableName, hold });
    return hold;
  }

  async releaseLegalHold(id: string, caller: Caller | null): Promise<LegalHold> {
    const held = await this.legalHold(caller, id);
    if (held.releasedAt !== null) throw new EngineError('CONFLICT', `legal hold ${id} was already released at ${held.releasedAt}`);
    const releasedAt = now();
    await this.write(caller, [
      { sql: 'UPDATE _strata_blockchain_legal_holds SET released_at = ?, released_by = ? WHERE id = ? AND released_at IS NULL', params: [releasedAt, usernameOf(caller), id] },
      audit(held.tableName, 'legal_hold_released', usernameOf(caller), { holdId: id }),
    ]);
    const hold = await this.legalHold(caller, id);
    this.publish({ type: 'legal_hold_changed', tableName: hold.tableName, hold });
    return hold;
  }

  /** Purges the rows of whole blocks older than the table's retention; nothing while a legal hold is active. */
  async purgeBlockchainTable(name: string, caller: Caller | null): Promise<PurgeResult> {
    const result = await this.lock.run(name, async (): Promise<PurgeResult> => {
      const record = (await this.record(caller, name))!;
      if (record.retentionPolicy === null) throw new EngineError('CONFLICT', `${name} has no retention policy: its rows are kept for ever`);
      const policy = await this.retentionPolicy(caller, record.retentionPolicy);
      const holds = (await this.read(caller, { sql: 'SELECT id FROM _strata_blockchain_legal_holds WHERE table_name = ? AND released_at IS NULL', params: [name] })).rows as Array<{ id: string }>;
      if (holds.length > 0) throw new EngineError('CONFLICT', `${name} is under legal hold (${holds.map((hold) => hold.id).join(', ')}): nothing may be purged until every hold is released`);
      const cutoff = Date.now() - policy.retentionDays * DAY_MS;
      const expired = (await this.blocks(caller, name)).filter((block) => !block.purged && Date.parse(block.finalizedAt) <= cutoff);
      const through = expired.at(-1);
      if (!through) return { tableName: name, blocksPurged: 0, rowsPurged: 0, purgedThroughSeq: record.purgedThroughSeq, scn: null };
      const [throughHash] = await this.storedHashes(caller, name, through.lastSeq, through.lastSeq);
      const written = await this.write(caller, [
        { sql: MARK_PURGE_SQL, params: { table: name, through: through.lastSeq, hash: throughHash ?? record.purgedThroughHash } },
        { sql: `DELETE FROM ${quoteIdentifier(name)} WHERE rowid <= ?`, params: [through.lastSeq] },
        { sql: 'DELETE FROM _strata_blockchain_rows WHERE table_name = ? AND seq <= (SELECT purged_through_seq FROM _strata_blockchain_tables WHERE name = ?)', params: [name, name] },
        audit(name, 'blocks_purged', usernameOf(caller), { blocks: expired.map((block) => block.blockId), purgedThroughSeq: through.lastSeq }),
      ]);
      if (written.results[0]!.changes !== 1) throw new EngineError('CONFLICT', `${name} changed while purging (a legal hold or new policy): nothing was purged`);
      return { tableName: name, blocksPurged: expired.length, rowsPurged: written.results[1]!.changes, purgedThroughSeq: through.lastSeq, scn: written.commit?.scn ?? null };
    });
    if (result.blocksPurged > 0) this.publish({ type: 'blocks_purged', tableName: name, result });
    return result;
  }

  async blockchainAudit(name: string, limit = 100, cursor?: string, caller: Caller | null = null): Promise<BlockchainAuditPage> {
    await this.record(caller, name);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_PAGE) throw invalid('/query/limit', `limit is 1 to ${MAX_AUDIT_PAGE}`);
    const before = cursor === undefined ? Number.MAX_SAFE_INTEGER : Number(cursor);
    if (!Number.isSafeInteger(before) || before < 1) throw invalid('/query/cursor', 'the cursor is the nextCursor of a previous page');
    const rows = (await this.read(caller, { sql: 'SELECT * FROM _strata_blockchain_audit WHERE table_name = ? AND id < ? ORDER BY id DESC LIMIT ?', params: [name, before, limit + 1] })).rows as AuditRow[];
    const entries = rows.slice(0, limit).map((row) => ({ id: row.id, tableName: row.table_name, action: row.action, actor: row.actor, at: row.at, detail: JSON.parse(row.detail) as Record<string, unknown> }));
    return { entries, nextCursor: rows.length > limit ? String(entries.at(-1)!.id) : null };
  }

  async blockchainStats(name: string, caller: Caller | null = null): Promise<BlockchainStats> {
    const record = (await this.record(caller, name))!;
    const blocks = await this.blocks(caller, name);
    const [counts, verification, holds, size] = await this.readAll(caller, [
      { sql: 'SELECT count(*) AS rows, min(inserted_at) AS first, max(inserted_at) AS last FROM _strata_blockchain_rows WHERE table_name = ?', params: [name] },
      { sql: "SELECT at, detail FROM _strata_blockchain_audit WHERE table_name = ? AND action = 'verified' ORDER BY id DESC LIMIT 1", params: [name] },
      { sql: 'SELECT count(*) AS n FROM _strata_blockchain_legal_holds WHERE table_name = ? AND released_at IS NULL', params: [name] },
      { sql: "SELECT coalesce(sum(pgsize), 0) AS bytes FROM dbstat WHERE name = ? AND aggregate = 0", params: [name] },
    ]);
    const { rows, first, last } = counts!.rows![0] as { rows: number; first: string | null; last: string | null };
    const lastVerified = verification!.rows![0] as { at: string; detail: string } | undefined;
    const verified = lastVerified && (JSON.parse(lastVerified.detail) as { valid: boolean; elapsedMs: number; rowsChecked: number });
    return {
      tableName: name,
      rowCount: rows,
      blockCount: blocks.length,
      openRows: record.headSeq - (blocks.at(-1)?.lastSeq ?? 0),
      purgedRows: record.purgedThroughSeq,
      purgedBlocks: blocks.filter((block) => block.purged).length,
      headSeq: record.headSeq,
      firstInsertAt: first,
      lastInsertAt: last,
      lastVerification: verified ? { at: lastVerified.at, valid: verified.valid, elapsedMs: verified.elapsedMs, rowsChecked: verified.rowsChecked } : null,
      activeLegalHolds: (holds!.rows![0] as { n: number }).n,
      dataBytes: (size!.rows![0] as { bytes: number }).bytes,
    };
  }

  /** A signed witness of the chain head, to keep elsewhere and check later with verifyBlockchainDigest. */
  async blockchainDigest(name: string, caller: Caller | null): Promise<BlockchainDigest> {
    const digest = await this.lock.run(name, async () => {
      const record = (await this.record(caller, name))!;
      return this.signer.sign({ tableName: name, headSeq: record.headSeq, headHash: record.headHash, scn: this.database.currentScn().scn, issuedAt: now() });
    });
    await this.write(caller, [audit(name, 'digest_issued', usernameOf(caller), { headSeq: digest.headSeq, headHash: digest.headHash, scn: digest.scn })]);
    return digest;
  }

  async verifyBlockchainDigest(digest: BlockchainDigest, caller: Caller | null): Promise<DigestVerification> {
    const signatureValid = this.signer.verify(digest);
    const verification = await this.verifyBlockchainTable(digest.tableName, caller);
    const record = (await this.record(caller, digest.tableName))!;
    let headMatches: boolean;
    let detail: string;
    if (digest.headSeq > record.headSeq) {
      headMatches = false;
      detail = `the digest names row ${digest.headSeq}, but the chain ends at row ${record.headSeq}: rows were removed since`;
    } else if (digest.headSeq < record.purgedThroughSeq) {
      headMatches = false;
      detail = `row ${digest.headSeq} was purged by retention; only digests from row ${record.purgedThroughSeq} on can be checked`;
    } else {
      const current = digest.headSeq === 0 ? GENESIS_HASH : digest.headSeq === record.purgedThroughSeq ? record.purgedThroughHash : (await this.storedHashes(caller, digest.tableName, digest.headSeq, digest.headSeq))[0];
      headMatches = current === digest.headHash;
      detail = headMatches ? `the chain still holds row ${digest.headSeq} with the digest's hash` : `row ${digest.headSeq} no longer has the digest's hash: the history was rewritten`;
    }
    if (!signatureValid) detail = `the signature is not this server's: ${detail}`;
    return { valid: signatureValid && headMatches && verification.valid, signatureValid, headMatches, detail, verification };
  }

  /**
   * The SchemaGuard of blockchain tables: DROP TABLE, ALTER TABLE and CREATE TRIGGER ... ON one of
   * them are refused, from raw SQL and the schema API alike. Dropping one would lose its rows,
   * altering it would change what its hashes cover, and a trigger could rewrite what is inserted.
   */
  async checkSchemaChanges(targets: SchemaTarget[], caller: Caller | null): Promise<void> {
    if (targets.length === 0) return;
    // SQLite's names are case-insensitive: so is the match.
    const names = [...new Set(targets.map((target) => target.table.toLowerCase()))];
    const rows = (await this.read(caller, { sql: `SELECT lower(name) AS name FROM _strata_blockchain_tables WHERE lower(name) IN (${names.map(() => '?').join(', ')})`, params: names })).rows as Array<{ name: string }>;
    const protectedNames = new Set(rows.map((row) => row.name));
    const refused = targets.find((target) => protectedNames.has(target.table.toLowerCase()));
    if (refused) {
      throw new EngineError('CONFLICT', `${refused.table} is a blockchain table: ${refused.action} is refused (blockchain tables cannot be dropped or altered, nor take triggers, since that would change or lose the rows their chain vouches for)`);
    }
  }

  // --- state ----------------------------------------------------------------------------------

  private async record(caller: Caller | null, name: string, required = true): Promise<TableRecord | null> {
    const row = (await this.read(caller, { sql: 'SELECT * FROM _strata_blockchain_tables WHERE name = ?', params: [name] })).rows![0] as TableRow | undefined;
    if (!row) {
      if (required) throw notFound('blockchain table', name);
      return null;
    }
    return {
      tableName: row.name,
      columns: JSON.parse(row.columns) as BlockchainColumn[],
      createdAt: row.created_at,
      createdBy: row.created_by,
      headSeq: row.head_seq,
      headHash: row.head_hash,
      purgedThroughSeq: row.purged_through_seq,
      purgedThroughHash: row.purged_through_hash,
      retentionPolicy: row.retention_policy,
    };
  }

  private async blocks(caller: Caller | null, name: string, blockId?: number): Promise<Block[]> {
    const rows = (
      await this.read(caller, {
        sql: `SELECT b.*, b.last_seq <= t.purged_through_seq AS purged FROM _strata_blockchain_blocks AS b JOIN _strata_blockchain_tables AS t ON t.name = b.table_name
              WHERE b.table_name = ? AND (? IS NULL OR b.block_id = ?) ORDER BY b.block_id`,
        params: [name, blockId ?? null, blockId ?? null],
      })
    ).rows as BlockRow[];
    return rows.map((row) => ({
      tableName: row.table_name,
      blockId: row.block_id,
      firstSeq: row.first_seq,
      lastSeq: row.last_seq,
      rowCount: row.last_seq - row.first_seq + 1,
      merkleRoot: row.merkle_root,
      prevBlockHash: row.prev_block_hash,
      blockHash: row.block_hash,
      finalizedAt: row.finalized_at,
      finalizedBy: row.finalized_by,
      purged: row.purged === 1,
    }));
  }

  private async storedHashes(caller: Caller | null, name: string, firstSeq: number, lastSeq: number): Promise<string[]> {
    const rows = (await this.read(caller, { sql: 'SELECT row_hash FROM _strata_blockchain_rows WHERE table_name = ? AND seq BETWEEN ? AND ? ORDER BY seq', params: [name, firstSeq, lastSeq] }, 'array')).rows as string[][];
    return rows.map((row) => row[0]!);
  }

  private async retentionPolicy(caller: Caller | null, name: string): Promise<RetentionPolicy> {
    const row = (await this.read(caller, { sql: 'SELECT * FROM _strata_blockchain_retention_policies WHERE name = ?', params: [name] })).rows![0] as PolicyRow | undefined;
    if (!row) throw notFound('retention policy', name);
    return { name: row.name, retentionDays: row.retention_days, description: row.description, createdAt: row.created_at };
  }

  private async legalHold(caller: Caller | null, id: string): Promise<LegalHold> {
    const row = (await this.read(caller, { sql: 'SELECT * FROM _strata_blockchain_legal_holds WHERE id = ?', params: [id] })).rows![0] as HoldRow | undefined;
    if (!row) throw notFound('legal hold', id);
    return legalHold(row);
  }

  private publish(event: BlockchainEvent): void {
    this.events.publish('blockchain.event', event);
  }

  private async read(caller: Caller | null, statement: Statement, rowMode: 'object' | 'array' = 'object'): Promise<StatementResult> {
    return (await this.readAll(caller, [statement], rowMode))[0]!;
  }

  /** Reads in one snapshot. */
  private async readAll(caller: Caller | null, statements: Statement[], rowMode: 'object' | 'array' = 'object'): Promise<StatementResult[]> {
    const result = await this.database.executor({ caller }).execute({ statements, readOnly: true, maxRows: Number.MAX_SAFE_INTEGER, rowMode, keep: 'all', atomicity: 'transaction' });
    return result.results;
  }

  /** Writes in one transaction: all of it commits or none. */
  private write(caller: Caller | null, statements: Statement[]): Promise<ExecuteResult> {
    return this.database.executor({ caller }).execute({ statements, readOnly: false, maxRows: 0, rowMode: 'object', keep: 'all', atomicity: 'transaction' }, { writes: true });
  }
}

interface TableRow {
  name: string;
  columns: string;
  created_at: string;
  created_by: string | null;
  head_seq: number;
  head_hash: string;
  purged_through_seq: number;
  purged_through_hash: string;
  retention_policy: string | null;
}

interface BlockRow {
  table_name: string;
  block_id: number;
  first_seq: number;
  last_seq: number;
  merkle_root: string;
  prev_block_hash: string;
  block_hash: string;
  finalized_at: string;
  finalized_by: string | null;
  purged: number;
}

interface PolicyRow {
  name: string;
  retention_days: number;
  description: string;
  created_at: string;
}

interface HoldRow {
  id: string;
  table_name: string;
  reason: string;
  created_at: string;
  created_by: string | null;
  released_at: string | null;
  released_by: string | null;
}

interface AuditRow {
  id: number;
  table_name: string;
  action: BlockchainAuditAction;
  actor: string | null;
  at: string;
  detail: string;
}

function legalHold(row: HoldRow): LegalHold {
  return { id: row.id, tableName: row.table_name, reason: row.reason, createdAt: row.created_at, createdBy: row.created_by, releasedAt: row.released_at, releasedBy: row.released_by };
}

function audit(tableName: string, action: BlockchainAuditAction, actor: string | null, detail: Record<string, unknown>): Statement {
  return { sql: 'INSERT INTO _strata_blockchain_audit (table_name, action, actor, at, detail) VALUES (?, ?, ?, ?, ?)', params: [tableName, action, actor, now(), JSON.stringify(detail)] };
}

function now(): string {
  return new Date().toISOString();
}

function checkIdentifier(name: string, pointer: string): void {
  if (name.length > 128 || !IDENTIFIER.test(name)) throw invalid(pointer, `${JSON.stringify(name)} is not a valid name: letters, digits, _ and $, not starting with a digit, sqlite_ or _strata_`);
}

function checkedColumns(columns: BlockchainTableDefinition['columns']): BlockchainColumn[] {
  if (columns.length === 0) throw invalid('/body/columns', 'a blockchain table has at least one column');
  const seen = new Set<string>();
  return columns.map((column, index) => {
    checkIdentifier(column.name, `/body/columns/${index}/name`);
    const lower = column.name.toLowerCase();
    if (RESERVED_COLUMNS.has(lower)) throw invalid(`/body/columns/${index}/name`, `${column.name} is the row's sequence number in a blockchain table; choose another name`);
    if (seen.has(lower)) throw invalid(`/body/columns/${index}/name`, `column ${column.name} appears twice`);
    seen.add(lower);
    return { name: column.name, type: column.type, nullable: column.nullable ?? true };
  });
}
