// A caller as the server would build it for a signed-in user, for engine tests that call engine
// functions directly.
import type { Caller } from '../../engine/work/caller.js';

export function callerNamed(username: string): Caller {
  return { actor: { userId: `id-${username}`, username, sessionId: null }, requestId: null, operation: null, origin: { via: 'token', ip: null, surface: 'rest' } };
}
