// A WebSocket whose network is in the test's hands, for the send queue and what writes through
// it; and ws's frame parser, to read back what was written as a client would.
import { EventEmitter } from 'node:events';
import * as wsModule from 'ws';

/** A WebSocket whose network takes a write only when the test says so. */
export class HeldSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  private readonly held: Array<() => void> = [];

  readonly closedWith: number[] = [];
  /** What the queue wrote, write by write. */
  readonly writes: Buffer[] = [];

  /** The TCP socket under the WebSocket, which the queue writes frames to. */
  /** Whether the socket holds writes back (corked), and how often it let them go. */
  corked = false;
  uncorks = 0;

  readonly _socket = {
    cork: () => void (this.corked = true),
    uncork: () => {
      this.corked = false;
      this.uncorks += 1;
    },
    write: (bytes: Buffer, taken: () => void) => {
      this.writes.push(bytes);
      this.held.push(taken);
    },
  };

  close(code: number): void {
    this.closedWith.push(code);
  }

  /** The client reads `count` writes. */
  take(count: number): void {
    for (const taken of this.held.splice(0, count)) taken();
  }
}

/** ws's frame parser (exported by ws, not declared by its types): what a client runs on each frame. */
export const Receiver = (wsModule as unknown as { Receiver: new (options: { isServer: boolean }) => NodeJS.WritableStream & EventEmitter }).Receiver;
