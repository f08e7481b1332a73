// Who the blockchain module records as the actor of a request: the caller's username.
import type { Actor } from '../../engine/modules/blockchain/blockchain.js';
import type { HandlerContext } from '../context.js';

export function actorOf(context: HandlerContext): Actor {
  return context.identity.principal?.username ?? null;
}
