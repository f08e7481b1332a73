// The engine: storage and the modules built on it. Knows nothing of HTTP; the handlers bind its
// functions (named like the operations of the specs) to REST, GraphQL and WebSocket channels.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EventBus } from './events/bus.js';
import { MemoryBus } from './events/memory-bus.js';
import { BlockchainModule } from './modules/blockchain/blockchain.js';
import { DataModule } from './modules/data/data.js';
import { FlashbackModule } from './modules/flashback/flashback.js';
import { QueryModule } from './modules/query/query.js';
import { SchemaModule } from './modules/schema/schema.js';
import { SecurityModule } from './modules/security/security.js';
import { SystemModule } from './modules/system/system.js';
import { TransactionsModule } from './modules/transactions/transactions.js';
import { Database } from './storage/database.js';

export interface EngineOptions {
  /** Where database files live. Ignored with memory. */
  dataDir: string;
  /** Keep the data in RAM-backed scratch space, deleted on close (for tests). */
  memory: boolean;
  version: string;
  statementTimeoutMs: number;
  transactionIdleTimeoutMs: number;
  maxTransactions: number;
  maxStreams: number;
  /** Sessions (worker threads) serving work outside transactions. */
  poolSize: number;
  maxResultRows: number;
  /** How long a write waits for another transaction's write lock before failing. */
  busyTimeoutMs: number;
  /** Seconds an access token lives. */
  accessTokenTtlSeconds: number;
  /** Seconds a session lives without a refresh. */
  refreshTokenTtlSeconds: number;
  /** JWT signing secret; empty: generated on first start and kept in the data dir. */
  jwtSecret: string;
  /** Password of the first admin; empty: generated on first start, printed once and written to the data dir. */
  adminPassword: string;
  /** Failures with no request to report them to (listeners, background work). */
  onError(error: unknown, context: string): void;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  dataDir: './data',
  memory: false,
  version: '0.0.0',
  statementTimeoutMs: 30_000,
  transactionIdleTimeoutMs: 60_000,
  maxTransactions: 64,
  maxStreams: 16,
  poolSize: 4,
  maxResultRows: 10_000,
  busyTimeoutMs: 5_000,
  accessTokenTtlSeconds: 3600,
  refreshTokenTtlSeconds: 30 * 86_400,
  jwtSecret: '',
  adminPassword: '',
  onError: () => undefined,
};

export class Engine {
  readonly schema: SchemaModule;
  readonly data: DataModule;
  readonly query: QueryModule;
  readonly transactions: TransactionsModule;
  readonly flashback: FlashbackModule;
  readonly system: SystemModule;

  private constructor(
    readonly events: EventBus,
    readonly database: Database,
    readonly security: SecurityModule,
    readonly blockchain: BlockchainModule,
    options: EngineOptions,
    private readonly scratchDir: string | null,
  ) {
    this.schema = new SchemaModule(database);
    this.data = new DataModule(database);
    this.query = new QueryModule(database, { maxResultRows: options.maxResultRows });
    this.transactions = new TransactionsModule(database, this.query);
    this.flashback = new FlashbackModule(database);
    this.system = new SystemModule(database, options.version);
  }

  static async open(overrides: Partial<EngineOptions> = {}): Promise<Engine> {
    const options = { ...DEFAULT_ENGINE_OPTIONS, ...overrides };
    // Sessions are threads with connections of their own, so even "memory" needs a shared file:
    // scratch space on tmpfs when the system has one.
    const scratchDir = options.memory ? mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'strata-')) : null;
    const dataDir = scratchDir ?? resolve(options.dataDir);
    mkdirSync(join(dataDir, 'databases'), { recursive: true });
    const events = new MemoryBus((error, topic) => options.onError(error, `listener of ${topic}`));
    let security: SecurityModule | undefined;
    try {
      security = await SecurityModule.open(
        {
          file: join(dataDir, 'security.db'),
          keyFile: join(dataDir, 'jwt-secret'),
          adminPasswordFile: join(dataDir, 'admin-password.txt'),
          jwtSecret: options.jwtSecret,
          adminPassword: options.adminPassword,
          accessTokenTtlSeconds: options.accessTokenTtlSeconds,
          refreshTokenTtlSeconds: options.refreshTokenTtlSeconds,
        },
        events,
      );
      const database = await Database.open(
        {
          name: 'default',
          file: join(dataDir, 'databases', 'default.db'),
          poolSize: options.poolSize,
          statementTimeoutMs: options.statementTimeoutMs,
          busyTimeoutMs: options.busyTimeoutMs,
          transactionIdleTimeoutMs: options.transactionIdleTimeoutMs,
          maxTransactions: options.maxTransactions,
          maxStreams: options.maxStreams,
          onError: options.onError,
        },
        events,
      );
      const blockchain = await BlockchainModule.open(database, events, join(dataDir, 'blockchain-key.pem')).catch(async (error: unknown) => {
        await database.close();
        throw error;
      });
      return new Engine(events, database, security, blockchain, options, scratchDir);
    } catch (error) {
      security?.close();
      if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Rolls back open transactions, stops the sessions and closes the files. */
  async close(): Promise<void> {
    await this.database.close();
    this.security.close();
    if (this.scratchDir) rmSync(this.scratchDir, { recursive: true, force: true });
  }
}

export { EngineError } from './errors.js';
export type { ErrorCode } from './errors.js';
