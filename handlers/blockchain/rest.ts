import type { BlockchainRestHandlers } from '../../generated/rest/handlers.js';
import type { BlockchainDigest } from '../../engine/modules/blockchain/blockchain-types.js';
import type { HandlerContext } from '../context.js';
import { actorOf } from './actor.js';

export const blockchainRest: BlockchainRestHandlers<HandlerContext> = {
  createBlockchainTable: ({ body }, context) => context.engine.blockchain.createBlockchainTable(body, actorOf(context)),
  blockchainTable: ({ path }, { engine }) => engine.blockchain.blockchainTable(path.table_name),
  insertBlockchainRow: ({ path, body }, context) => context.engine.blockchain.insertBlockchainRow(path.table_name, body, actorOf(context)),
  finalizeBlock: ({ path }, context) => context.engine.blockchain.finalizeBlock(path.table_name, actorOf(context)),
  verifyBlockchainTable: ({ path }, context) => context.engine.blockchain.verifyBlockchainTable(path.table_name, actorOf(context)),
  blockchainBlock: ({ path, query }, { engine }) => engine.blockchain.blockchainBlock(path.table_name, path.block_id, query.proofFor),
  createRetentionPolicy: ({ body }, { engine }) => engine.blockchain.createRetentionPolicy(body),
  assignRetentionPolicy: ({ path, body }, context) => context.engine.blockchain.assignRetentionPolicy(path.table_name, body.policy, actorOf(context)),
  purgeBlockchainTable: ({ path }, context) => context.engine.blockchain.purgeBlockchainTable(path.table_name, actorOf(context)),
  createLegalHold: ({ body }, context) => context.engine.blockchain.createLegalHold(body, actorOf(context)),
  releaseLegalHold: ({ path }, context) => context.engine.blockchain.releaseLegalHold(path.hold_id, actorOf(context)),
  blockchainAudit: ({ path, query }, { engine }) => engine.blockchain.blockchainAudit(path.table_name, query.limit, query.cursor),
  blockchainStats: ({ path }, { engine }) => engine.blockchain.blockchainStats(path.table_name),
  blockchainDigest: ({ path }, context) => context.engine.blockchain.blockchainDigest(path.table_name, actorOf(context)),
  verifyBlockchainDigest: ({ body }, context) => context.engine.blockchain.verifyBlockchainDigest(body as BlockchainDigest, actorOf(context)),
};
