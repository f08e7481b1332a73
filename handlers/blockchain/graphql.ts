import type { BlockchainGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { BlockchainDigest } from '../../engine/modules/blockchain/blockchain-types.js';
import { invalid } from '../../engine/errors.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import type { HandlerContext } from '../context.js';

/** Reports a subscriber may have pending before it is dropped. */
const SUBSCRIPTION_BUFFER = 1000;

export const blockchainGraphQL: BlockchainGraphQLResolvers<HandlerContext> = {
  Query: {
    blockchainTable: (_parent, { tableName }, { engine, caller }) => engine.blockchain.blockchainTable(tableName, caller),
    blockchainBlock: (_parent, { tableName, blockId, proofFor }, { engine, caller }) => engine.blockchain.blockchainBlock(tableName, blockId, proofFor ?? undefined, caller),
    blockchainAudit: (_parent, { tableName, limit, cursor }, { engine, caller }) => engine.blockchain.blockchainAudit(tableName, limit ?? undefined, cursor ?? undefined, caller),
    blockchainStats: (_parent, { tableName }, { engine, caller }) => engine.blockchain.blockchainStats(tableName, caller),
    blockchainDigest: (_parent, { tableName }, { engine, caller }) => engine.blockchain.blockchainDigest(tableName, caller),
  },
  Mutation: {
    createBlockchainTable: (_parent, { input }, { engine, caller }) =>
      engine.blockchain.createBlockchainTable(
        {
          name: input.name,
          columns: input.columns.map((column) => ({ name: column.name, type: column.type, nullable: column.nullable ?? true })),
          retentionPolicy: input.retentionPolicy ?? undefined,
        },
        caller,
      ),
    insertBlockchainRow: (_parent, { tableName, data }, { engine, caller }) => {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid('/data', 'data is an object of column values');
      return engine.blockchain.insertBlockchainRow(tableName, data as Record<string, unknown>, caller);
    },
    finalizeBlock: (_parent, { tableName }, { engine, caller }) => engine.blockchain.finalizeBlock(tableName, caller),
    verifyBlockchainTable: (_parent, { tableName }, { engine, caller }) => engine.blockchain.verifyBlockchainTable(tableName, caller),
    createRetentionPolicy: (_parent, { name, retentionDays, description }, { engine, caller }) => engine.blockchain.createRetentionPolicy({ name, retentionDays, description: description ?? undefined }, caller),
    assignRetentionPolicy: (_parent, { tableName, policy }, { engine, caller }) => engine.blockchain.assignRetentionPolicy(tableName, policy, caller),
    purgeBlockchainTable: (_parent, { tableName }, { engine, caller }) => engine.blockchain.purgeBlockchainTable(tableName, caller),
    createLegalHold: (_parent, { tableName, reason }, { engine, caller }) => engine.blockchain.createLegalHold({ tableName, reason }, caller),
    releaseLegalHold: (_parent, { holdId }, { engine, caller }) => engine.blockchain.releaseLegalHold(holdId, caller),
    verifyBlockchainDigest: (_parent, { digest }, { engine, caller }) => engine.blockchain.verifyBlockchainDigest(digest as BlockchainDigest, caller),
  },
  Subscription: {
    blockchainVerification: {
      subscribe: (_parent, { tableName }, { engine }) =>
        pushIterator(
          (push) =>
            engine.events.subscribe('blockchain.event', (event) => {
              if (event.type === 'verification_completed' && (tableName == null || event.tableName === tableName)) push({ blockchainVerification: event.report });
            }),
          SUBSCRIPTION_BUFFER,
        ),
    },
  },
  MerkleSide: { LEFT: 'left', RIGHT: 'right' },
  BlockchainRowProblem: { MODIFIED: 'modified', DELETED: 'deleted', INSERTED: 'inserted', REORDERED: 'reordered' },
  BlockchainBlockProblem: { MERKLE_ROOT_MISMATCH: 'merkle_root_mismatch', BLOCK_HASH_MISMATCH: 'block_hash_mismatch', BROKEN_LINK: 'broken_link', RANGE_MISMATCH: 'range_mismatch' },
};
