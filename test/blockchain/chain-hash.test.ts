// The hashes themselves: Merkle proofs of every row of trees of every shape, and what they refuse.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, merkleProof, merkleRoot, rowHash, verifyMerkleProof } from '../../engine/modules/blockchain/chain-hash.js';

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('Merkle trees', () => {
  it('prove every row of every tree size, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 40 }), fc.nat(), (contents, pick) => {
        const hashes = contents.map((content, index) => hashOf(`${index}:${content}`));
        const root = merkleRoot(hashes);
        const index = pick % hashes.length;
        const steps = merkleProof(hashes, index);
        expect(verifyMerkleProof(hashes[index]!, steps, root)).toBe(true);
        expect(verifyMerkleProof(hashOf('another row'), steps, root)).toBe(false);
        if (steps.length > 0) {
          const flipped = steps.map((step, position) => (position === 0 ? { ...step, position: step.position === 'left' ? ('right' as const) : ('left' as const) } : step));
          expect(verifyMerkleProof(hashes[index]!, flipped, root)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('give a list and the same list with its last row repeated different roots', () => {
    const hashes = ['a', 'b', 'c'].map(hashOf);
    expect(merkleRoot(hashes)).not.toBe(merkleRoot([...hashes, hashes[2]!]));
  });

  it('refuse an empty block', () => {
    expect(() => merkleRoot([])).toThrow();
  });
});

describe('row hashes', () => {
  it('change with any part of the row', () => {
    const row = { tableName: 't', seq: 1, insertedAt: '2026-01-01T00:00:00.000Z', insertedBy: 'ada', prevHash: GENESIS_HASH, values: ['x', 1, null] };
    const hash = rowHash(row);
    expect(rowHash({ ...row })).toBe(hash);
    for (const changed of [{ seq: 2 }, { insertedAt: '2026-01-01T00:00:00.001Z' }, { insertedBy: null }, { prevHash: 'f'.repeat(64) }, { values: ['x', 1.5, null] }, { values: ['x', '1', null] }, { tableName: 'u' }]) {
      expect(rowHash({ ...row, ...changed })).not.toBe(hash);
    }
  });
});
