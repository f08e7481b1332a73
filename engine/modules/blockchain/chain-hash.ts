// The hashes of a blockchain table: rows chained by SHA-256 over their canonical content and the
// previous row's hash; blocks carrying the Merkle root of their rows, chained the same way.
import { createHash } from 'node:crypto';
import type { MerkleProofStep } from './blockchain-types.js';

/** The previous hash of the first row and of the first block. */
export const GENESIS_HASH = '0'.repeat(64);

export interface RowContent {
  tableName: string;
  seq: number;
  insertedAt: string;
  insertedBy: string | null;
  prevHash: string;
  /** Column values in column order, as the API shows them ({ $hex } for BLOBs). */
  values: unknown[];
}

export interface BlockContent {
  tableName: string;
  blockId: number;
  firstSeq: number;
  lastSeq: number;
  merkleRoot: string;
  prevBlockHash: string;
  finalizedAt: string;
}

function sha256(...parts: Array<string | Buffer>): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** JSON of an array of values: the order is fixed, so the text (and the hash) is canonical. */
export function rowHash(row: RowContent): string {
  return sha256(JSON.stringify([row.tableName, row.seq, row.insertedAt, row.insertedBy, row.prevHash, row.values])).toString('hex');
}

export function blockHash(block: BlockContent): string {
  return sha256(JSON.stringify([block.tableName, block.blockId, block.firstSeq, block.lastSeq, block.merkleRoot, block.prevBlockHash, block.finalizedAt])).toString('hex');
}

// Leaves and inner nodes are hashed with different prefixes (RFC 6962), so an inner node can
// never pass for a leaf. An odd node moves up a level as it is, instead of being paired with a
// copy of itself, which would let two different row lists share a root (CVE-2012-2459).
const leaf = (hash: string): Buffer => sha256(Buffer.from([0]), Buffer.from(hash, 'hex'));
const node = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

function levelUp(level: Buffer[]): Buffer[] {
  const next: Buffer[] = [];
  for (let index = 0; index < level.length; index += 2) next.push(index + 1 < level.length ? node(level[index]!, level[index + 1]!) : level[index]!);
  return next;
}

export function merkleRoot(rowHashes: string[]): string {
  if (rowHashes.length === 0) throw new Error('a block has at least one row');
  let level = rowHashes.map(leaf);
  while (level.length > 1) level = levelUp(level);
  return level[0]!.toString('hex');
}

/** The siblings that take the row at `index` up to the root. */
export function merkleProof(rowHashes: string[], index: number): MerkleProofStep[] {
  const steps: MerkleProofStep[] = [];
  let level = rowHashes.map(leaf);
  let position = index;
  while (level.length > 1) {
    const sibling = position % 2 === 0 ? position + 1 : position - 1;
    if (sibling < level.length) steps.push({ position: position % 2 === 0 ? 'right' : 'left', hash: level[sibling]!.toString('hex') });
    level = levelUp(level);
    position = Math.floor(position / 2);
  }
  return steps;
}

/** Does the proof take this row hash to this root? What a client holding a proof computes. */
export function verifyMerkleProof(rowHashHex: string, steps: MerkleProofStep[], root: string): boolean {
  let value = leaf(rowHashHex);
  for (const step of steps) {
    const sibling = Buffer.from(step.hash, 'hex');
    value = step.position === 'left' ? node(sibling, value) : node(value, sibling);
  }
  return value.toString('hex') === root;
}
