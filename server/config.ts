// Server configuration: each setting from its command-line flag, else its STRATA_ environment
// variable, else its default. One table lists them all; `strata serve --help` prints it.
import { parseArgs } from 'node:util';
import type { EngineOptions } from '../engine/index.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The engine's settings that a server takes and passes through. */
const ENGINE_SETTINGS = [
  'dataDir',
  'memory',
  'statementTimeoutMs',
  'transactionIdleTimeoutMs',
  'maxTransactions',
  'maxStreams',
  'poolSize',
  'maxResultRows',
  'busyTimeoutMs',
  'accessTokenTtlSeconds',
  'refreshTokenTtlSeconds',
  'jwtSecret',
  'adminPassword',
  'slowQueryThresholdMs',
  'backupEncryptionKey',
  'flashbackRetentionSeconds',
] as const;

export type EngineSettings = Pick<EngineOptions, (typeof ENGINE_SETTINGS)[number]>;

export function engineSettings(config: ServerConfig): EngineSettings {
  return Object.fromEntries(ENGINE_SETTINGS.map((key) => [key, config[key]])) as EngineSettings;
}

export interface ServerConfig extends EngineSettings {
  port: number;
  host: string;
  logLevel: LogLevel;
  bodyLimitBytes: number;
  validateResponses: boolean;
  shutdownTimeoutMs: number;
  requestsPerMinute: number;
  signInsPerMinute: number;
  connectionsPerUser: number;
  subscriptionsPerConnection: number;
  graphqlMaxDepth: number;
  graphqlMaxCost: number;
  corsOrigins: string;
  tlsCert: string;
  tlsKey: string;
  wsHeartbeatMs: number;
  wsIdleTimeoutMs: number;
  wsSendQueueLimit: number;
  wsSlowClientTimeoutMs: number;
}

interface Setting<K extends keyof ServerConfig> {
  key: K;
  flag: string;
  env: string;
  default: ServerConfig[K];
  description: string;
  /** For limits: 0 turns the limit off. */
  zeroMeansOff?: boolean;
  /** Not printed by --help (secrets). */
  secret?: boolean;
}

export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const SETTINGS: ReadonlyArray<Setting<keyof ServerConfig>> = [
  { key: 'port', flag: 'port', env: 'STRATA_PORT', default: 8080, description: 'TCP port (0 picks a free one)' },
  { key: 'host', flag: 'host', env: 'STRATA_HOST', default: '127.0.0.1', description: 'interface to listen on' },
  { key: 'dataDir', flag: 'data-dir', env: 'STRATA_DATA_DIR', default: './data', description: 'where database files live' },
  { key: 'memory', flag: 'memory', env: 'STRATA_MEMORY', default: false, description: 'keep data in scratch space, deleted at exit' },
  { key: 'logLevel', flag: 'log-level', env: 'STRATA_LOG_LEVEL', default: 'info', description: LOG_LEVELS.join(', ') },
  { key: 'bodyLimitBytes', flag: 'body-limit', env: 'STRATA_BODY_LIMIT', default: 1024 * 1024, description: 'largest request body, in bytes' },
  { key: 'validateResponses', flag: 'validate-responses', env: 'STRATA_VALIDATE_RESPONSES', default: false, description: 'check every response against the OpenAPI spec (for development and tests)' },
  { key: 'shutdownTimeoutMs', flag: 'shutdown-timeout-ms', env: 'STRATA_SHUTDOWN_TIMEOUT_MS', default: 10_000, description: 'how long shutdown waits for requests in flight' },
  { key: 'statementTimeoutMs', flag: 'statement-timeout-ms', env: 'STRATA_STATEMENT_TIMEOUT_MS', default: 30_000, description: 'default statement timeout' },
  { key: 'transactionIdleTimeoutMs', flag: 'transaction-idle-timeout-ms', env: 'STRATA_TRANSACTION_IDLE_TIMEOUT_MS', default: 60_000, description: 'roll back transactions idle this long' },
  { key: 'maxTransactions', flag: 'max-transactions', env: 'STRATA_MAX_TRANSACTIONS', default: 64, description: 'open transactions at most' },
  { key: 'maxStreams', flag: 'max-streams', env: 'STRATA_MAX_STREAMS', default: 16, description: 'query streams at most' },
  { key: 'poolSize', flag: 'pool-size', env: 'STRATA_POOL_SIZE', default: 4, description: 'worker threads serving statements outside transactions' },
  { key: 'maxResultRows', flag: 'max-result-rows', env: 'STRATA_MAX_RESULT_ROWS', default: 10_000, description: 'rows a SQL request returns when it does not ask for fewer' },
  { key: 'busyTimeoutMs', flag: 'busy-timeout-ms', env: 'STRATA_BUSY_TIMEOUT_MS', default: 5_000, description: 'how long a write waits for the write lock' },
  { key: 'adminPassword', flag: 'admin-password', env: 'STRATA_ADMIN_PASSWORD', default: '', secret: true, description: 'password of the first admin, on first start; empty: generated, printed once, written to the data dir' },
  { key: 'jwtSecret', flag: 'jwt-secret', env: 'STRATA_JWT_SECRET', default: '', secret: true, description: 'JWT signing secret (32+ bytes); empty: generated and kept in the data dir' },
  { key: 'accessTokenTtlSeconds', flag: 'access-token-ttl', env: 'STRATA_ACCESS_TOKEN_TTL', default: 3600, description: 'seconds an access token lives' },
  { key: 'refreshTokenTtlSeconds', flag: 'refresh-token-ttl', env: 'STRATA_REFRESH_TOKEN_TTL', default: 30 * 86_400, description: 'seconds a session lives without a refresh' },
  { key: 'requestsPerMinute', flag: 'rate-limit', env: 'STRATA_RATE_LIMIT', default: 1000, zeroMeansOff: true, description: 'requests per minute per user (0: no limit)' },
  { key: 'signInsPerMinute', flag: 'login-rate-limit', env: 'STRATA_LOGIN_RATE_LIMIT', default: 10, zeroMeansOff: true, description: 'sign-in attempts per minute per client address (0: no limit)' },
  { key: 'connectionsPerUser', flag: 'ws-connections-per-user', env: 'STRATA_WS_CONNECTIONS_PER_USER', default: 100, zeroMeansOff: true, description: 'open WebSocket connections per user (0: no limit)' },
  { key: 'subscriptionsPerConnection', flag: 'subscriptions-per-connection', env: 'STRATA_SUBSCRIPTIONS_PER_CONNECTION', default: 100, zeroMeansOff: true, description: 'subscriptions per WebSocket connection (0: no limit)' },
  { key: 'graphqlMaxDepth', flag: 'graphql-max-depth', env: 'STRATA_GRAPHQL_MAX_DEPTH', default: 12, description: 'deepest GraphQL selection accepted' },
  { key: 'graphqlMaxCost', flag: 'graphql-max-cost', env: 'STRATA_GRAPHQL_MAX_COST', default: 5000, description: 'costliest GraphQL operation accepted (fields, times list sizes)' },
  { key: 'corsOrigins', flag: 'cors-origins', env: 'STRATA_CORS_ORIGINS', default: '', description: 'origins browsers may call from, comma-separated, or *; empty: same origin only' },
  { key: 'tlsCert', flag: 'tls-cert', env: 'STRATA_TLS_CERT', default: '', description: 'PEM certificate file; with --tls-key, serves HTTPS and WSS' },
  { key: 'tlsKey', flag: 'tls-key', env: 'STRATA_TLS_KEY', default: '', description: 'PEM private key file' },
  { key: 'wsHeartbeatMs', flag: 'ws-heartbeat-ms', env: 'STRATA_WS_HEARTBEAT_MS', default: 30_000, description: 'WebSocket ping interval; a peer silent for two intervals is closed' },
  { key: 'wsIdleTimeoutMs', flag: 'ws-idle-timeout-ms', env: 'STRATA_WS_IDLE_TIMEOUT_MS', default: 0, zeroMeansOff: true, description: 'close WebSocket connections that sent and received no message for this long (0: never)' },
  { key: 'wsSendQueueLimit', flag: 'ws-send-queue', env: 'STRATA_WS_SEND_QUEUE', default: 1000, description: 'messages a WebSocket connection may have waiting to be sent; past it, change subscribers are told they lagged' },
  { key: 'wsSlowClientTimeoutMs', flag: 'ws-slow-client-timeout-ms', env: 'STRATA_WS_SLOW_CLIENT_TIMEOUT_MS', default: 60_000, description: 'a WebSocket client whose send queue stays full, or that keeps a lagged subscription open, this long is disconnected (4008)' },
  { key: 'slowQueryThresholdMs', flag: 'slow-query-ms', env: 'STRATA_SLOW_QUERY_MS', default: 1_000, description: 'statements running at least this long are slow queries and incidents' },
  { key: 'backupEncryptionKey', flag: 'backup-encryption-key', env: 'STRATA_BACKUP_ENCRYPTION_KEY', default: '', secret: true, description: 'key for encrypted backups without a passphrase: 32 bytes as 64 hex digits or base64' },
  { key: 'flashbackRetentionSeconds', flag: 'flashback-retention', env: 'STRATA_FLASHBACK_RETENTION', default: 86_400, description: 'seconds the change log keeps row versions for flashback; older ones are purged' },
];

export class ConfigError extends Error {}

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(SETTINGS.map((setting) => [setting.flag, { type: typeof setting.default === 'boolean' ? 'boolean' : 'string' }])),
    strict: true,
  });
  const config: Record<string, unknown> = {};
  for (const setting of SETTINGS) {
    const raw = values[setting.flag] ?? env[setting.env];
    config[setting.key] = raw === undefined ? setting.default : parseValue(setting, raw);
  }
  if ((config.tlsCert === '') !== (config.tlsKey === '')) throw new ConfigError('--tls-cert / STRATA_TLS_CERT and --tls-key / STRATA_TLS_KEY go together: give both to serve HTTPS, or neither');
  return config as unknown as ServerConfig;
}

function parseValue(setting: Setting<keyof ServerConfig>, raw: string | boolean): ServerConfig[keyof ServerConfig] {
  const where = `--${setting.flag} / ${setting.env}`;
  if (typeof setting.default === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', ''].includes(raw.toLowerCase())) return false;
    throw new ConfigError(`${where}: expected true or false, got ${JSON.stringify(raw)}`);
  }
  if (typeof setting.default === 'number') {
    const number = Number(raw);
    const minimum = setting.key === 'port' || setting.zeroMeansOff ? 0 : 1;
    if (!Number.isInteger(number) || number < minimum || (setting.key === 'port' && number > 65_535)) throw new ConfigError(`${where}: expected a whole number${setting.key === 'port' ? ' from 0 to 65535' : ` of at least ${minimum}`}, got ${JSON.stringify(raw)}`);
    return number;
  }
  if (setting.key === 'logLevel' && !LOG_LEVELS.includes(raw as LogLevel)) throw new ConfigError(`${where}: expected one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(raw)}`);
  return String(raw);
}

export function usage(): string {
  return SETTINGS.map((setting) => `  --${setting.flag.padEnd(28)} ${setting.env.padEnd(36)} ${setting.description} (default ${setting.secret ? 'none' : JSON.stringify(setting.default)})`).join('\n');
}
