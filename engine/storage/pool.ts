// A fixed set of sessions for reads outside transactions. Each piece of work takes the first free
// session; when all are busy it waits its turn, so a long statement holds one session and the
// others keep serving.
import { EngineError } from '../errors.js';
import { cancelled } from '../work/statement-registry.js';
import type { Cancellation, ResultOf, RunOptions, Session, StorageDriver, Work } from './driver.js';

interface Waiting {
  resolve(session: Session): void;
  reject(error: Error): void;
}


const closing = (): EngineError => new EngineError('UNAVAILABLE', 'the database is closing');

export class SessionPool {
  private readonly free: Session[] = [];
  private readonly waiting: Waiting[] = [];
  private readonly all = new Set<Session>();
  private closed = false;

  private constructor(private readonly driver: StorageDriver) {}

  static async open(driver: StorageDriver, size: number): Promise<SessionPool> {
    const pool = new SessionPool(driver);
    await Promise.all(Array.from({ length: size }, () => pool.grow()));
    return pool;
  }

  async run<W extends Work>(work: W, options: RunOptions): Promise<ResultOf<W>> {
    const session = await this.take(options.cancellation);
    try {
      return await session.run(work, options);
    } finally {
      this.give(session);
    }
  }

  /** Replaces a session that ended unexpectedly. */
  replace(sessionId: string): void {
    const lost = [...this.all].find((session) => session.id === sessionId);
    if (!lost) return;
    this.all.delete(lost);
    const position = this.free.indexOf(lost);
    if (position >= 0) this.free.splice(position, 1);
    if (!this.closed) void this.grow();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiting of this.waiting.splice(0)) waiting.reject(closing());
    await Promise.all([...this.all].map((session) => session.close()));
  }

  private async grow(): Promise<void> {
    const session = await this.driver.openSession();
    this.all.add(session);
    this.give(session);
  }

  /** A free session, or the next one freed; a cancelled wait leaves the line. */
  private take(cancellation: Cancellation | undefined): Promise<Session> {
    if (this.closed) return Promise.reject(closing());
    if (cancellation?.cancelled) return Promise.reject(cancelled());
    const session = this.free.pop();
    if (session) return Promise.resolve(session);
    return new Promise((resolve, reject) => {
      const leave = (): void => {
        const position = this.waiting.indexOf(waiting);
        if (position >= 0) this.waiting.splice(position, 1);
        reject(cancelled());
      };
      const waiting: Waiting = {
        resolve: (taken) => {
          stopListening();
          resolve(taken);
        },
        reject,
      };
      const stopListening = cancellation?.onCancel(leave) ?? (() => undefined);
      this.waiting.push(waiting);
    });
  }

  private give(session: Session): void {
    if (!this.all.has(session)) return;
    const next = this.waiting.shift();
    if (next) next.resolve(session);
    else this.free.push(session);
  }
}
