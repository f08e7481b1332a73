// What the blockchain module answers and publishes. Field names follow the specs' schemas.
import type { SqlValue } from '../../storage/types.js';

/** STRICT column types: what is stored is exactly what was given, so a row hashes the same when read back. */
export type BlockchainColumnType = 'INTEGER' | 'REAL' | 'TEXT' | 'BLOB' | 'ANY';

export interface BlockchainColumn {
  name: string;
  type: BlockchainColumnType;
  nullable: boolean;
}

export interface BlockchainTableDefinition {
  name: string;
  columns: Array<{ name: string; type: BlockchainColumnType; nullable?: boolean }>;
  retentionPolicy?: string;
}

export interface LegalHold {
  id: string;
  tableName: string;
  reason: string;
  createdAt: string;
  createdBy: string | null;
  releasedAt: string | null;
  releasedBy: string | null;
}

export interface RetentionPolicy {
  name: string;
  /** Finalized blocks older than this may be purged (fractions allowed). */
  retentionDays: number;
  description: string;
  createdAt: string;
}

export interface BlockchainTable {
  name: string;
  columns: BlockchainColumn[];
  createdAt: string;
  createdBy: string | null;
  /** Sequence number and hash of the last row inserted (0 and the genesis hash before the first). */
  headSeq: number;
  headHash: string;
  /** Rows up to this sequence number were purged by retention. */
  purgedThroughSeq: number;
  retentionPolicy: RetentionPolicy | null;
  activeLegalHolds: LegalHold[];
}

/** What an insert answers: the row's place in the chain. */
export interface BlockchainRowReceipt {
  tableName: string;
  seq: number;
  insertedAt: string;
  insertedBy: string | null;
  prevHash: string;
  rowHash: string;
  data: Record<string, SqlValue>;
  scn: number | null;
}

export interface MerkleProofStep {
  /** Where the sibling sits: hash it on the left or on the right of the running value. */
  position: 'left' | 'right';
  hash: string;
}

export interface MerkleProof {
  seq: number;
  rowHash: string;
  /** Leaf first, up to the root. */
  steps: MerkleProofStep[];
  merkleRoot: string;
}

export interface Block {
  tableName: string;
  blockId: number;
  firstSeq: number;
  lastSeq: number;
  rowCount: number;
  merkleRoot: string;
  prevBlockHash: string;
  blockHash: string;
  finalizedAt: string;
  finalizedBy: string | null;
  /** Its rows were purged by retention; the header stays so the block chain still links. */
  purged: boolean;
  proof?: MerkleProof;
}

export type RowProblem = 'modified' | 'deleted' | 'inserted' | 'reordered';
export type BlockProblem = 'merkle_root_mismatch' | 'block_hash_mismatch' | 'broken_link' | 'range_mismatch';

export interface VerificationReport {
  tableName: string;
  valid: boolean;
  rowsChecked: number;
  blocksChecked: number;
  /** The lowest sequence number found wrong, and how. */
  firstBrokenRow: { seq: number; problem: RowProblem; detail: string } | null;
  firstBrokenBlock: { blockId: number; problem: BlockProblem; detail: string } | null;
  headSeq: number;
  headHash: string;
  verifiedAt: string;
  elapsedMs: number;
}

export interface PurgeResult {
  tableName: string;
  blocksPurged: number;
  rowsPurged: number;
  purgedThroughSeq: number;
  scn: number | null;
}

export type BlockchainAuditAction =
  | 'table_created'
  | 'block_finalized'
  | 'verified'
  | 'retention_policy_assigned'
  | 'legal_hold_placed'
  | 'legal_hold_released'
  | 'blocks_purged'
  | 'digest_issued';

export interface BlockchainAuditEntry {
  id: number;
  tableName: string;
  action: BlockchainAuditAction;
  actor: string | null;
  at: string;
  detail: Record<string, unknown>;
}

export interface BlockchainAuditPage {
  entries: BlockchainAuditEntry[];
  nextCursor: string | null;
}

export interface BlockchainStats {
  tableName: string;
  rowCount: number;
  blockCount: number;
  /** Rows inserted since the last finalized block. */
  openRows: number;
  purgedRows: number;
  purgedBlocks: number;
  headSeq: number;
  firstInsertAt: string | null;
  lastInsertAt: string | null;
  lastVerification: { at: string; valid: boolean; elapsedMs: number; rowsChecked: number } | null;
  activeLegalHolds: number;
  /** Bytes SQLite uses for the table's rows (dbstat), 0 when SQLite was built without it. */
  dataBytes: number;
}

/** A witness of the chain head, signed with the server key. */
export interface BlockchainDigest {
  tableName: string;
  headSeq: number;
  headHash: string;
  scn: number;
  issuedAt: string;
  algorithm: 'Ed25519';
  /** The server's public key, base64 DER (SPKI). */
  publicKey: string;
  /** Base64 signature over the canonical digest payload. */
  signature: string;
}

export interface DigestVerification {
  valid: boolean;
  /** The signature is good and made with this server's key. */
  signatureValid: boolean;
  /** The chain still holds the row with the digest's hash at the digest's sequence number. */
  headMatches: boolean;
  detail: string;
  verification: VerificationReport;
}

export type BlockchainEvent =
  | { type: 'row_inserted'; tableName: string; receipt: BlockchainRowReceipt }
  | { type: 'block_finalized'; tableName: string; block: Block }
  | { type: 'verification_completed'; tableName: string; report: VerificationReport }
  | { type: 'blocks_purged'; tableName: string; result: PurgeResult }
  | { type: 'legal_hold_changed'; tableName: string; hold: LegalHold };
