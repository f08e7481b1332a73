import type { BlockchainGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { BlockchainDigest } from '../../engine/modules/blockchain/blockchain-types.js';
import { invalid } from '../../engine/errors.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import type { HandlerContext } from '../context.js';
import { actorOf } from './actor.js';

/** Reports a subscriber may have pending before it is dropped. */
const SUBSCRIPTION_BUFFER = 1000;

export const blockchainGraphQL: BlockchainGraphQLResolvers<HandlerContext> = {
  Query: {
    blockchainTable: (_parent, { tableName }, { engine }) => engine.blockchain.blockchainTable(tableName),
    blockchainBlock: (_parent, { tableName, blockId, proofFor }, { engine }) => engine.blockchain.blockchainBlock(tableName, blockId, proofFor ?? undefined),
    blockchainAudit: (_parent, { tableName, limit, cursor }, { engine }) => engine.blockchain.blockchainAudit(tableName, limit ?? undefined, cursor ?? undefined),
    blockchainStats: (_parent, { tableName }, { engine }) => engine.blockchain.blockchainStats(tableName),
    blockchainDigest: (_parent, { tableName }, context) => context.engine.blockchain.blockchainDigest(tableName, actorOf(context)),
  },
  Mutation: {
    createBlockchainTable: (_parent, { input }, context) =>
      context.engine.blockchain.createBlockchainTable(
        {
          name: input.name,
          columns: input.columns.map((column) => ({ name: column.name, type: column.type, nullable: column.nullable ?? true })),
          retentionPolicy: input.retentionPolicy ?? undefined,
        },
        actorOf(context),
      ),
    insertBlockchainRow: (_parent, { tableName, data }, context) => {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid('/data', 'data is an object of column values');
      return context.engine.blockchain.insertBlockchainRow(tableName, data as Record<string, unknown>, actorOf(context));
    },
    finalizeBlock: (_parent, { tableName }, context) => context.engine.blockchain.finalizeBlock(tableName, actorOf(context)),
    verifyBlockchainTable: (_parent, { tableName }, context) => context.engine.blockchain.verifyBlockchainTable(tableName, actorOf(context)),
    createRetentionPolicy: (_parent, { name, retentionDays, description }, { engine }) => engine.blockchain.createRetentionPolicy({ name, retentionDays, description: description ?? undefined }),
    assignRetentionPolicy: (_parent, { tableName, policy }, context) => context.engine.blockchain.assignRetentionPolicy(tableName, policy, actorOf(context)),
    purgeBlockchainTable: (_parent, { tableName }, context) => context.engine.blockchain.purgeBlockchainTable(tableName, actorOf(context)),
    createLegalHold: (_parent, { tableName, reason }, context) => context.engine.blockchain.createLegalHold({ tableName, reason }, actorOf(context)),
    releaseLegalHold: (_parent, { holdId }, context) => context.engine.blockchain.releaseLegalHold(holdId, actorOf(context)),
    verifyBlockchainDigest: (_parent, { digest }, context) => context.engine.blockchain.verifyBlockchainDigest(digest as BlockchainDigest, actorOf(context)),
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
