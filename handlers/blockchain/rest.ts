import type { BlockchainRestHandlers } from '../../generated/rest/handlers.js';
import type { BlockchainDigest } from '../../engine/modules/blockchain/blockchain-types.js';
import type { HandlerContext } from '../context.js';

export const blockchainRest: BlockchainRestHandlers<HandlerContext> = {
  createBlockchainTable: ({ body }, { engine, caller }) => engine.blockchain.createBlockchainTable(body, caller),
  blockchainTable: ({ path }, { engine, caller }) => engine.blockchain.blockchainTable(path.table_name, caller),
  insertBlockchainRow: ({ path, body }, { engine, caller }) => engine.blockchain.insertBlockchainRow(path.table_name, body, caller),
  finalizeBlock: ({ path }, { engine, caller }) => engine.blockchain.finalizeBlock(path.table_name, caller),
  verifyBlockchainTable: ({ path }, { engine, caller }) => engine.blockchain.verifyBlockchainTable(path.table_name, caller),
  blockchainBlock: ({ path, query }, { engine, caller }) => engine.blockchain.blockchainBlock(path.table_name, path.block_id, query.proofFor, caller),
  createRetentionPolicy: ({ body }, { engine, caller }) => engine.blockchain.createRetentionPolicy(body, caller),
  assignRetentionPolicy: ({ path, body }, { engine, caller }) => engine.blockchain.assignRetentionPolicy(path.table_name, body.policy, caller),
  purgeBlockchainTable: ({ path }, { engine, caller }) => engine.blockchain.purgeBlockchainTable(path.table_name, caller),
  createLegalHold: ({ body }, { engine, caller }) => engine.blockchain.createLegalHold(body, caller),
  releaseLegalHold: ({ path }, { engine, caller }) => engine.blockchain.releaseLegalHold(path.hold_id, caller),
  blockchainAudit: ({ path, query }, { engine, caller }) => engine.blockchain.blockchainAudit(path.table_name, query.limit, query.cursor, caller),
  blockchainStats: ({ path }, { engine, caller }) => engine.blockchain.blockchainStats(path.table_name, caller),
  blockchainDigest: ({ path }, { engine, caller }) => engine.blockchain.blockchainDigest(path.table_name, caller),
  verifyBlockchainDigest: ({ body }, { engine, caller }) => engine.blockchain.verifyBlockchainDigest(body as BlockchainDigest, caller),
};
