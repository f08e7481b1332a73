// Recomputes a blockchain table from what is stored and reports the first row and the first block
// that do not hold up. It reads the rows as SQLite has them now, so whatever changed them behind
// the API's back (another SQLite client, an edit of the file) shows: a row modified (its hash no
// longer matches its content), deleted (the chain names a row the table lacks, or the chain has
// a gap), inserted (the table holds a row the chain does not name) or reordered (a row's previous
// hash is not the hash of the row before it); blocks whose Merkle root, hash or link is wrong.
import type { Statement, StatementResult } from '../../storage/driver.js';
import { quoteIdentifier } from '../../storage/sql/identifiers.js';
import type { Block, BlockchainColumn, BlockProblem, RowProblem, VerificationReport } from './blockchain-types.js';
import { GENESIS_HASH, blockHash, merkleRoot, rowHash } from './chain-hash.js';

const PAGE_ROWS = 5000;

export interface ChainState {
  tableName: string;
  columns: BlockchainColumn[];
  headSeq: number;
  headHash: string;
  purgedThroughSeq: number;
  purgedThroughHash: string;
}

export type Read = (statement: Statement, rowMode: 'object' | 'array') => Promise<StatementResult>;

type Verdict = Pick<VerificationReport, 'rowsChecked' | 'blocksChecked' | 'firstBrokenRow' | 'firstBrokenBlock'>;

class Findings {
  rowsChecked = 0;
  blocksChecked = 0;
  firstBrokenRow: VerificationReport['firstBrokenRow'] = null;
  firstBrokenBlock: VerificationReport['firstBrokenBlock'] = null;

  row(seq: number, problem: RowProblem, detail: string): void {
    if (this.firstBrokenRow === null || seq < this.firstBrokenRow.seq) this.firstBrokenRow = { seq, problem, detail };
  }

  block(blockId: number, problem: BlockProblem, detail: string): void {
    if (this.firstBrokenBlock === null || blockId < this.firstBrokenBlock.blockId) this.firstBrokenBlock = { blockId, problem, detail };
  }

  verdict(): Verdict {
    return { rowsChecked: this.rowsChecked, blocksChecked: this.blocksChecked, firstBrokenRow: this.firstBrokenRow, firstBrokenBlock: this.firstBrokenBlock };
  }
}

/** Checks the Merkle root of each block as its rows go by, so no more than one block's hashes are held. */
class BlockRoots {
  private index = 0;
  private hashes: string[] = [];

  constructor(
    private readonly blocks: Block[],
    private readonly findings: Findings,
  ) {}

  add(seq: number, storedHash: string): void {
    this.skipTo(seq);
    const block = this.blocks[this.index];
    if (!block || seq < block.firstSeq) return;
    this.hashes.push(storedHash);
    if (seq === block.lastSeq) this.close();
  }

  /** The rows ran out: close the blocks still open with what they got. */
  end(): void {
    while (this.index < this.blocks.length) this.close();
  }

  private skipTo(seq: number): void {
    while (this.index < this.blocks.length && this.blocks[this.index]!.lastSeq < seq) this.close();
  }

  private close(): void {
    const block = this.blocks[this.index]!;
    if (!block.purged) {
      const root = this.hashes.length === 0 ? null : merkleRoot(this.hashes);
      if (root !== block.merkleRoot) this.findings.block(block.blockId, 'merkle_root_mismatch', `the rows ${block.firstSeq}..${block.lastSeq} no longer have the Merkle root the block was sealed with`);
    }
    this.hashes = [];
    this.index += 1;
  }
}

export async function verifyChain(read: Read, state: ChainState, blocks: Block[]): Promise<Verdict> {
  const findings = new Findings();
  checkBlockLinks(state.tableName, blocks, findings);
  const problem = await checkShape(read, state);
  if (problem !== null) {
    findings.row(state.purgedThroughSeq + 1, problem.kind, problem.detail);
    return findings.verdict();
  }
  const roots = new BlockRoots(blocks, findings);
  const table = quoteIdentifier(state.tableName);
  const columns = state.columns.map((column) => `t.${quoteIdentifier(column.name)}`).join(', ');
  const sql = `SELECT c.seq, c.inserted_at, c.inserted_by, c.prev_hash, c.row_hash, t.rowid, ${columns}
    FROM _strata_blockchain_rows AS c LEFT JOIN ${table} AS t ON t.rowid = c.seq
    WHERE c.table_name = ? AND c.seq > ? ORDER BY c.seq LIMIT ?`;
  let expectedSeq = state.purgedThroughSeq + 1;
  let prevHash = state.purgedThroughHash;
  for (;;) {
    const page = (await read({ sql, params: [state.tableName, expectedSeq - 1, PAGE_ROWS] }, 'array')).rows as unknown[][];
    for (const [seq, insertedAt, insertedBy, storedPrev, storedHash, rowid, ...values] of page as Array<[number, string, string | null, string, string, number | null, ...unknown[]]>) {
      findings.rowsChecked += 1;
      if (seq !== expectedSeq) findings.row(expectedSeq, 'deleted', `the chain skips from row ${expectedSeq - 1} to row ${seq}`);
      else if (rowid === null) findings.row(seq, 'deleted', `row ${seq} is in the chain but not in the table`);
      else if (storedPrev !== prevHash) findings.row(seq, 'reordered', `row ${seq} does not follow the hash of the row before it`);
      else if (rowHash({ tableName: state.tableName, seq, insertedAt, insertedBy, prevHash: storedPrev, values }) !== storedHash) {
        findings.row(seq, 'modified', `row ${seq} no longer matches the hash it was inserted with`);
      }
      roots.add(seq, storedHash);
      expectedSeq = seq + 1;
      prevHash = storedHash;
    }
    if (page.length < PAGE_ROWS) break;
  }
  roots.end();
  findings.blocksChecked = blocks.length;
  if (expectedSeq - 1 < state.headSeq) findings.row(expectedSeq, 'deleted', `the chain ends at row ${expectedSeq - 1}, but ${state.headSeq} rows were inserted`);
  else if (expectedSeq - 1 > state.headSeq) findings.row(state.headSeq + 1, 'inserted', `the chain goes on past row ${state.headSeq}, the last row inserted`);
  else if (prevHash !== state.headHash) findings.row(state.headSeq, 'modified', `the hash of row ${state.headSeq} is not the head hash recorded when it was inserted`);
  const orphan = (await read({ sql: `SELECT rowid FROM ${table} WHERE rowid NOT IN (SELECT seq FROM _strata_blockchain_rows WHERE table_name = ?) ORDER BY rowid LIMIT 1`, params: [state.tableName] }, 'array')).rows as number[][];
  if (orphan.length > 0) findings.row(orphan[0]![0]!, 'inserted', `row ${orphan[0]![0]} is in the table but was never added to the chain`);
  return findings.verdict();
}

/** The table must still exist with the columns it was created with; else no row can be read as it was. */
async function checkShape(read: Read, state: ChainState): Promise<{ kind: RowProblem; detail: string } | null> {
  const columns = (await read({ sql: 'SELECT name, type FROM pragma_table_info(?) ORDER BY cid', params: [state.tableName] }, 'object')).rows as Array<{ name: string; type: string }>;
  if (columns.length === 0) return state.headSeq > state.purgedThroughSeq ? { kind: 'deleted', detail: `the table ${state.tableName} is gone` } : null;
  const now = columns.map((column) => `${column.name} ${column.type}`).join(', ');
  const then = state.columns.map((column) => `${column.name} ${column.type}`).join(', ');
  return now === then ? null : { kind: 'modified', detail: `the table's columns changed from (${then}) to (${now})` };
}

function checkBlockLinks(tableName: string, blocks: Block[], findings: Findings): void {
  let prevHash = GENESIS_HASH;
  let nextSeq = 1;
  blocks.forEach((block, index) => {
    if (block.blockId !== index + 1 || block.firstSeq !== nextSeq || block.lastSeq < block.firstSeq) {
      findings.block(block.blockId, 'range_mismatch', `block ${block.blockId} covers rows ${block.firstSeq}..${block.lastSeq}; expected block ${index + 1} from row ${nextSeq}`);
    } else if (block.prevBlockHash !== prevHash) {
      findings.block(block.blockId, 'broken_link', `block ${block.blockId} does not link to the hash of the block before it`);
    } else if (blockHash({ ...block, tableName }) !== block.blockHash) {
      findings.block(block.blockId, 'block_hash_mismatch', `block ${block.blockId} no longer matches its hash`);
    }
    prevHash = block.blockHash;
    nextSeq = block.lastSeq + 1;
  });
}
