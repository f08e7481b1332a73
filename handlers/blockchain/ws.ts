// /api/v1/ws/blockchain/events: what happens to blockchain tables, as it happens.
import type { BlockchainEvent } from '../../engine/modules/blockchain/blockchain-types.js';
import type { ChannelHandler, OutboundMessage } from '../../server/ws/channel.js';

function message(event: BlockchainEvent): OutboundMessage<'blockchain'> {
  switch (event.type) {
    case 'row_inserted':
      return { message_type: 'blockchain_row_inserted', scn: event.receipt.scn ?? undefined, data: event.receipt };
    case 'block_finalized':
      return { message_type: 'blockchain_block_finalized', data: event.block };
    case 'verification_completed':
      return { message_type: 'blockchain_verification_completed', data: event.report };
    case 'blocks_purged':
      return { message_type: 'blockchain_blocks_purged', scn: event.result.scn ?? undefined, data: event.result };
    case 'legal_hold_changed':
      return { message_type: 'blockchain_legal_hold_changed', data: event.hold };
  }
}

export const blockchainChannel: ChannelHandler<'blockchain'> = {
  open(params, output, { engine }) {
    const unsubscribe = engine.events.subscribe('blockchain.event', (event) => {
      if (params.table === undefined || event.tableName === params.table) output.send(message(event));
    });
    return { close: unsubscribe };
  },
};
