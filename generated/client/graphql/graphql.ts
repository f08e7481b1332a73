/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An RFC 3339 date-time string. */
  DateTime: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** An integer up to 2^53 - 1 (system change numbers, counts, rowids). */
  SafeInt: { input: number; output: number; }
};

/** A SQL statement or script running now, in or out of a transaction. */
export type ActiveQuery = {
  __typename?: 'ActiveQuery';
  durationMs: Scalars['Float']['output'];
  operation?: Maybe<Scalars['String']['output']>;
  queryId: Scalars['ID']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  /** The sign-in session (JWT sid) or API key it came through. */
  sessionId?: Maybe<Scalars['ID']['output']>;
  sqlText: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: ActiveQueryState;
  transactionId?: Maybe<Scalars['ID']['output']>;
  userId?: Maybe<Scalars['ID']['output']>;
  username?: Maybe<Scalars['String']['output']>;
  /** What a waiting statement waits for (reader-session, writer, transaction, stream-session); null while it runs. */
  waitEvent?: Maybe<Scalars['String']['output']>;
};

export type ActiveQueryState =
  | 'CANCELLING'
  | 'RUNNING'
  | 'WAITING';

export type AggregateFunction =
  | 'AVG'
  | 'COUNT'
  | 'MAX'
  | 'MIN'
  | 'SUM';

export type AggregateGroup = {
  __typename?: 'AggregateGroup';
  /** The groupBy columns and their values; empty without groupBy. */
  key: Scalars['JSON']['output'];
  results: Array<AggregateValue>;
};

export type AggregateInput = {
  /** A column name, or * for COUNT. */
  field: Scalars['String']['input'];
  function: AggregateFunction;
};

export type AggregateSnapshot = {
  __typename?: 'AggregateSnapshot';
  results: Array<AggregateValue>;
  /** The SCN the results were computed at (or after). */
  scn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
};

export type AggregateValue = {
  __typename?: 'AggregateValue';
  field: Scalars['String']['output'];
  function: AggregateFunction;
  value?: Maybe<Scalars['JSON']['output']>;
};

export type Alert = {
  __typename?: 'Alert';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  comparison: AlertComparison;
  firedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  /** One of the metrics rules can watch (see GET /api/v1/alerts/rules). */
  metric: Scalars['String']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  ruleId: Scalars['ID']['output'];
  ruleName: Scalars['String']['output'];
  severity: AlertSeverity;
  state: AlertState;
  threshold: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

export type AlertComparison =
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

export type AlertRule = {
  __typename?: 'AlertRule';
  builtIn: Scalars['Boolean']['output'];
  comparison: AlertComparison;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  forSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  metric: Scalars['String']['output'];
  name: Scalars['String']['output'];
  severity: AlertSeverity;
  threshold: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
  webhookUrl?: Maybe<Scalars['String']['output']>;
};

export type AlertSeverity =
  | 'CRITICAL'
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type AlertState =
  | 'ACKNOWLEDGED'
  | 'FIRING'
  | 'RESOLVED';

export type AlterTableInput = {
  addColumns?: InputMaybe<Array<ColumnInput>>;
  dropColumns?: InputMaybe<Array<Scalars['String']['input']>>;
  renameColumns?: InputMaybe<Array<ColumnRenameInput>>;
  renameTo?: InputMaybe<Scalars['String']['input']>;
};

/** One record of the audit trail. Records cannot be changed or deleted through any API. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['SafeInt']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  operation: Scalars['String']['output'];
  outcome: AuditOutcome;
  requestId?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['Int']['output']>;
  surface: AuditSurface;
  target?: Maybe<Scalars['String']['output']>;
  time: Scalars['DateTime']['output'];
  userId?: Maybe<Scalars['ID']['output']>;
  username?: Maybe<Scalars['String']['output']>;
  via: AuditVia;
};

export type AuditFilter = {
  /** Records at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  surface?: InputMaybe<AuditSurface>;
  /** Records before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

export type AuditPage = {
  __typename?: 'AuditPage';
  /** Newest first. */
  entries: Array<AuditEntry>;
  /** Pass as cursor for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type AuditSurface =
  | 'GRAPHQL'
  | 'REST'
  | 'WEBSOCKET';

export type AuditVia =
  | 'API_KEY'
  | 'NONE'
  | 'PASSWORD'
  | 'TOKEN';

/** A backup's manifest. A full backup holds the database as it was right after commit scn; an incremental the change log from fromScn to scn. */
export type Backup = {
  __typename?: 'Backup';
  commits?: Maybe<Scalars['SafeInt']['output']>;
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  compression: BackupCompression;
  contentHash?: Maybe<Scalars['String']['output']>;
  durationMs?: Maybe<Scalars['SafeInt']['output']>;
  /** Null when the backup is not encrypted. */
  encryption?: Maybe<BackupEncryptionInfo>;
  error?: Maybe<Scalars['String']['output']>;
  fromScn?: Maybe<Scalars['SafeInt']['output']>;
  id: Scalars['ID']['output'];
  kind: BackupKind;
  /** The backup an incremental continues. */
  parentId?: Maybe<Scalars['ID']['output']>;
  payloadBytes?: Maybe<Scalars['SafeInt']['output']>;
  rowChanges?: Maybe<Scalars['SafeInt']['output']>;
  scn?: Maybe<Scalars['SafeInt']['output']>;
  /** SHA-256 of the stored bytes, checked before any restore. */
  sha256?: Maybe<Scalars['String']['output']>;
  startedAt: Scalars['DateTime']['output'];
  status: BackupState;
  storedBytes?: Maybe<Scalars['SafeInt']['output']>;
  tables: Array<BackupTable>;
};

export type BackupCompression =
  | 'GZIP'
  | 'NONE';

export type BackupEncryptionInfo = {
  __typename?: 'BackupEncryptionInfo';
  algorithm: Scalars['String']['output'];
  key: BackupKeySource;
};

export type BackupKeySource =
  /** The key configured on the server (--backup-encryption-key). */
  | 'CONFIGURED'
  /** A key derived from a passphrase (scrypt). */
  | 'PASSPHRASE';

export type BackupKind =
  | 'FULL'
  | 'INCREMENTAL';

export type BackupOperation =
  | 'BACKUP'
  | 'PITR'
  | 'RESTORE'
  | 'VERIFY';

/** Progress of a backup operation, measured: bytes copied, changes replayed, an ETA from the pace so far. */
export type BackupProgress = {
  __typename?: 'BackupProgress';
  at: Scalars['DateTime']['output'];
  backupId?: Maybe<Scalars['ID']['output']>;
  bytesProcessed: Scalars['SafeInt']['output'];
  bytesTotal: Scalars['SafeInt']['output'];
  etaSeconds?: Maybe<Scalars['Float']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  operation: BackupOperation;
  operationId: Scalars['ID']['output'];
  percentage: Scalars['Float']['output'];
  phase: Scalars['String']['output'];
  /** The X-Request-Id of the request that started it. */
  requestId?: Maybe<Scalars['String']['output']>;
  status: BackupState;
};

export type BackupRetention = {
  __typename?: 'BackupRetention';
  keepFulls?: Maybe<Scalars['Int']['output']>;
  maxAgeDays?: Maybe<Scalars['Int']['output']>;
};

export type BackupRetentionInput = {
  keepFulls?: InputMaybe<Scalars['Int']['input']>;
  maxAgeDays?: InputMaybe<Scalars['Int']['input']>;
};

/** The backup schedule the server runs (cron patterns; null: not scheduled). */
export type BackupSchedule = {
  __typename?: 'BackupSchedule';
  compression: BackupCompression;
  /** Encrypt with the server's configured key. */
  encrypt: Scalars['Boolean']['output'];
  full?: Maybe<Scalars['String']['output']>;
  incremental?: Maybe<Scalars['String']['output']>;
  nextFullAt?: Maybe<Scalars['DateTime']['output']>;
  nextIncrementalAt?: Maybe<Scalars['DateTime']['output']>;
  retention: BackupRetention;
  /** The latest 50 runs, newest first. */
  runs: Array<BackupScheduleRun>;
};

/** The whole schedule: it replaces the current one. */
export type BackupScheduleInput = {
  compression?: InputMaybe<BackupCompression>;
  encrypt?: InputMaybe<Scalars['Boolean']['input']>;
  full?: InputMaybe<Scalars['String']['input']>;
  incremental?: InputMaybe<Scalars['String']['input']>;
  retention?: InputMaybe<BackupRetentionInput>;
};

export type BackupScheduleRun = {
  __typename?: 'BackupScheduleRun';
  backupId?: Maybe<Scalars['ID']['output']>;
  /** Backups retention deleted after the run. */
  deleted: Array<Scalars['ID']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  finishedAt: Scalars['DateTime']['output'];
  kind: BackupKind;
  startedAt: Scalars['DateTime']['output'];
  status: BackupState;
};

export type BackupState =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

/** A user table as a backup holds it. */
export type BackupTable = {
  __typename?: 'BackupTable';
  name: Scalars['String']['output'];
  rows: Scalars['SafeInt']['output'];
  /** SHA-256 over the table's definition and its rows in key order. */
  sha256: Scalars['String']['output'];
};

export type BlockchainAuditEntry = {
  __typename?: 'BlockchainAuditEntry';
  /** table_created, block_finalized, verified, retention_policy_assigned, legal_hold_placed, legal_hold_released, blocks_purged or digest_issued. */
  action: Scalars['String']['output'];
  actor?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  detail: Scalars['JSON']['output'];
  id: Scalars['SafeInt']['output'];
  tableName: Scalars['String']['output'];
};

export type BlockchainAuditPage = {
  __typename?: 'BlockchainAuditPage';
  /** Newest first. */
  entries: Array<BlockchainAuditEntry>;
  /** Pass as cursor for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type BlockchainBlock = {
  __typename?: 'BlockchainBlock';
  blockHash: Scalars['String']['output'];
  blockId: Scalars['Int']['output'];
  finalizedAt: Scalars['DateTime']['output'];
  finalizedBy?: Maybe<Scalars['String']['output']>;
  firstSeq: Scalars['SafeInt']['output'];
  lastSeq: Scalars['SafeInt']['output'];
  merkleRoot: Scalars['String']['output'];
  prevBlockHash: Scalars['String']['output'];
  /** Only when a row was asked for (proofFor). */
  proof?: Maybe<MerkleProof>;
  /** Its rows were purged by retention; the header stays so the blocks still link. */
  purged: Scalars['Boolean']['output'];
  rowCount: Scalars['Int']['output'];
  tableName: Scalars['String']['output'];
};

export type BlockchainBlockProblem =
  | 'BLOCK_HASH_MISMATCH'
  | 'BROKEN_LINK'
  | 'MERKLE_ROOT_MISMATCH'
  | 'RANGE_MISMATCH';

export type BlockchainColumn = {
  __typename?: 'BlockchainColumn';
  name: Scalars['String']['output'];
  nullable: Scalars['Boolean']['output'];
  type: BlockchainColumnType;
};

export type BlockchainColumnInput = {
  name: Scalars['String']['input'];
  nullable?: InputMaybe<Scalars['Boolean']['input']>;
  type: BlockchainColumnType;
};

/** STRICT column types: a value must be of the column's type. ANY takes text, numbers and BLOBs as given. */
export type BlockchainColumnType =
  | 'ANY'
  | 'BLOB'
  | 'INTEGER'
  | 'REAL'
  | 'TEXT';

/** A signed witness of a chain head: keep it elsewhere, and check later that the chain still holds it. */
export type BlockchainDigest = {
  __typename?: 'BlockchainDigest';
  algorithm: Scalars['String']['output'];
  headHash: Scalars['String']['output'];
  headSeq: Scalars['SafeInt']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The server's public key, base64 DER (SPKI). */
  publicKey: Scalars['String']['output'];
  scn: Scalars['SafeInt']['output'];
  /** Base64 Ed25519 signature over the UTF-8 JSON array ["strata-blockchain-digest-v1", tableName, headSeq, headHash, scn, issuedAt]. */
  signature: Scalars['String']['output'];
  tableName: Scalars['String']['output'];
};

export type BlockchainDigestInput = {
  algorithm: Scalars['String']['input'];
  headHash: Scalars['String']['input'];
  headSeq: Scalars['SafeInt']['input'];
  /** Exactly as the digest has it: it is part of what was signed. */
  issuedAt: Scalars['String']['input'];
  publicKey: Scalars['String']['input'];
  scn: Scalars['SafeInt']['input'];
  signature: Scalars['String']['input'];
  tableName: Scalars['String']['input'];
};

export type BlockchainDigestVerification = {
  __typename?: 'BlockchainDigestVerification';
  detail: Scalars['String']['output'];
  /** The chain still holds the digest's hash at the digest's row. */
  headMatches: Scalars['Boolean']['output'];
  /** Signed by this server's key. */
  signatureValid: Scalars['Boolean']['output'];
  valid: Scalars['Boolean']['output'];
  verification: BlockchainVerification;
};

export type BlockchainPurgeResult = {
  __typename?: 'BlockchainPurgeResult';
  blocksPurged: Scalars['Int']['output'];
  purgedThroughSeq: Scalars['SafeInt']['output'];
  rowsPurged: Scalars['SafeInt']['output'];
  scn?: Maybe<Scalars['SafeInt']['output']>;
  tableName: Scalars['String']['output'];
};

export type BlockchainRowProblem =
  | 'DELETED'
  | 'INSERTED'
  | 'MODIFIED'
  | 'REORDERED';

/** A row's place in the chain, as inserted. */
export type BlockchainRowReceipt = {
  __typename?: 'BlockchainRowReceipt';
  /** Column values keyed by column name. */
  data: Scalars['JSON']['output'];
  insertedAt: Scalars['DateTime']['output'];
  insertedBy?: Maybe<Scalars['String']['output']>;
  prevHash: Scalars['String']['output'];
  rowHash: Scalars['String']['output'];
  scn?: Maybe<Scalars['SafeInt']['output']>;
  seq: Scalars['SafeInt']['output'];
  tableName: Scalars['String']['output'];
};

export type BlockchainStats = {
  __typename?: 'BlockchainStats';
  activeLegalHolds: Scalars['Int']['output'];
  blockCount: Scalars['Int']['output'];
  /** Bytes of the pages holding the table's rows (SQLite dbstat). */
  dataBytes: Scalars['SafeInt']['output'];
  firstInsertAt?: Maybe<Scalars['DateTime']['output']>;
  headSeq: Scalars['SafeInt']['output'];
  lastInsertAt?: Maybe<Scalars['DateTime']['output']>;
  lastVerification?: Maybe<LastVerification>;
  /** Rows inserted since the last finalized block. */
  openRows: Scalars['SafeInt']['output'];
  purgedBlocks: Scalars['Int']['output'];
  purgedRows: Scalars['SafeInt']['output'];
  rowCount: Scalars['SafeInt']['output'];
  tableName: Scalars['String']['output'];
};

export type BlockchainTable = {
  __typename?: 'BlockchainTable';
  activeLegalHolds: Array<LegalHold>;
  columns: Array<BlockchainColumn>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  headHash: Scalars['String']['output'];
  /** Sequence number of the last row inserted; 0 before the first. */
  headSeq: Scalars['SafeInt']['output'];
  name: Scalars['String']['output'];
  /** Rows up to this one were purged by retention. */
  purgedThroughSeq: Scalars['SafeInt']['output'];
  retentionPolicy?: Maybe<RetentionPolicy>;
};

export type BlockchainTableInput = {
  columns: Array<BlockchainColumnInput>;
  name: Scalars['String']['input'];
  /** A retention policy to assign at once; without one, rows are kept for ever. */
  retentionPolicy?: InputMaybe<Scalars['String']['input']>;
};

export type BlockchainVerification = {
  __typename?: 'BlockchainVerification';
  blocksChecked: Scalars['Int']['output'];
  elapsedMs: Scalars['Float']['output'];
  firstBrokenBlock?: Maybe<BrokenBlock>;
  firstBrokenRow?: Maybe<BrokenRow>;
  headHash: Scalars['String']['output'];
  headSeq: Scalars['SafeInt']['output'];
  rowsChecked: Scalars['SafeInt']['output'];
  tableName: Scalars['String']['output'];
  valid: Scalars['Boolean']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

export type BroadcastResult = {
  __typename?: 'BroadcastResult';
  delivered: Scalars['Int']['output'];
  dropped: Scalars['Int']['output'];
};

export type BrokenBlock = {
  __typename?: 'BrokenBlock';
  blockId: Scalars['Int']['output'];
  detail: Scalars['String']['output'];
  problem: BlockchainBlockProblem;
};

export type BrokenRow = {
  __typename?: 'BrokenRow';
  detail: Scalars['String']['output'];
  problem: BlockchainRowProblem;
  seq: Scalars['SafeInt']['output'];
};

export type ChangeFigures = {
  __typename?: 'ChangeFigures';
  rowChanges: Scalars['SafeInt']['output'];
  scn: Scalars['SafeInt']['output'];
  scnPerSecond: Scalars['Float']['output'];
};

export type ChangeType =
  | 'DELETE'
  | 'INSERT'
  | 'UPDATE';

export type Column = {
  __typename?: 'Column';
  /** The default as SQL expression text. */
  default?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nullable: Scalars['Boolean']['output'];
  position: Scalars['Int']['output'];
  primaryKey: Scalars['Boolean']['output'];
  references?: Maybe<ForeignKey>;
  type: Scalars['String']['output'];
  unique: Scalars['Boolean']['output'];
};

export type ColumnInput = {
  autoIncrement?: InputMaybe<Scalars['Boolean']['input']>;
  /** A literal default value. */
  default?: InputMaybe<Scalars['JSON']['input']>;
  defaultExpression?: InputMaybe<DefaultExpression>;
  name: Scalars['String']['input'];
  nullable?: InputMaybe<Scalars['Boolean']['input']>;
  primaryKey?: InputMaybe<Scalars['Boolean']['input']>;
  references?: InputMaybe<ForeignKeyInput>;
  type: Scalars['String']['input'];
  unique?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ColumnRenameInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type CommitRef = {
  __typename?: 'CommitRef';
  scn: Scalars['SafeInt']['output'];
  transactionId?: Maybe<Scalars['ID']['output']>;
};

/** One component of the server, checked and timed. */
export type ComponentHealth = {
  __typename?: 'ComponentHealth';
  details: Scalars['String']['output'];
  /** storage, change-log, event-bus, disk-space, wal-size, memory or event-loop. */
  name: Scalars['String']['output'];
  responseTimeMs: Scalars['Float']['output'];
  status: HealthState;
};

export type ConfigApply =
  | 'LIVE'
  | 'READ_ONLY'
  | 'RESTART';

export type ConfigEntry = {
  __typename?: 'ConfigEntry';
  apply: ConfigApply;
  defaultValue?: Maybe<Scalars['JSON']['output']>;
  description: Scalars['String']['output'];
  key: Scalars['String']['output'];
  pendingValue?: Maybe<Scalars['JSON']['output']>;
  value?: Maybe<Scalars['JSON']['output']>;
};

export type CreateBackupInput = {
  compression?: InputMaybe<BackupCompression>;
  /** Encrypt with the key configured on the server. */
  configuredKey?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<BackupKind>;
  /** Incrementals: the backup to continue (by default the latest completed one). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Encrypt with a key derived from this passphrase. */
  passphrase?: InputMaybe<Scalars['String']['input']>;
};

export type CreateIndexInput = {
  columns: Array<Scalars['String']['input']>;
  ifNotExists?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  table: Scalars['String']['input'];
  unique?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateRoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
};

export type CreateTableInput = {
  columns: Array<ColumnInput>;
  ifNotExists?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  strict?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateUserInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  password: Scalars['String']['input'];
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
  username: Scalars['String']['input'];
};

export type CreateViewInput = {
  ifNotExists?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  select: Scalars['String']['input'];
};

export type CurrentScn = {
  __typename?: 'CurrentScn';
  /** 0 before the first commit. */
  scn: Scalars['SafeInt']['output'];
  timestamp?: Maybe<Scalars['DateTime']['output']>;
};

export type DefaultExpression =
  | 'CURRENT_DATE'
  | 'CURRENT_TIME'
  | 'CURRENT_TIMESTAMP';

export type DisconnectResult = {
  __typename?: 'DisconnectResult';
  connectionId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

/** Null where the operating system does not provide the figure. */
export type DiskFigures = {
  __typename?: 'DiskFigures';
  freeBytes: Scalars['SafeInt']['output'];
  readBytesPerSecond?: Maybe<Scalars['Float']['output']>;
  totalBytes: Scalars['SafeInt']['output'];
  writeBytesPerSecond?: Maybe<Scalars['Float']['output']>;
};

export type DropResult = {
  __typename?: 'DropResult';
  dropped: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  scn?: Maybe<Scalars['SafeInt']['output']>;
};

/** A diagnostic dump; download a ready one over REST: GET /api/v1/diagnostics/dump/{id}/download. */
export type Dump = {
  __typename?: 'Dump';
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  sections: Array<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['SafeInt']['output']>;
  status: DumpStatus;
};

export type DumpStatus =
  | 'BUILDING'
  | 'FAILED'
  | 'READY';

export type EndpointConnections = {
  __typename?: 'EndpointConnections';
  connections: Scalars['Int']['output'];
  endpoint: Scalars['String']['output'];
};

export type EventLoopLag = {
  __typename?: 'EventLoopLag';
  max: Scalars['Float']['output'];
  mean: Scalars['Float']['output'];
  p99: Scalars['Float']['output'];
};

export type FilterOperator =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'IN'
  | 'IS_NULL'
  | 'LIKE'
  | 'LT'
  | 'LTE'
  | 'NE';

/** A flashback operation as it happens. */
export type FlashbackEvent = {
  __typename?: 'FlashbackEvent';
  at: Scalars['DateTime']['output'];
  operation: FlashbackOperationKind;
  restorePoint?: Maybe<Scalars['String']['output']>;
  /** Rows returned, rows changed, or changes purged. */
  rows: Scalars['SafeInt']['output'];
  scn?: Maybe<Scalars['SafeInt']['output']>;
  tables: Array<Scalars['String']['output']>;
  targetScn?: Maybe<Scalars['SafeInt']['output']>;
};

export type FlashbackHistory = {
  __typename?: 'FlashbackHistory';
  /** Bytes the change log's tables and indexes take in the database file. */
  bytes: Scalars['SafeInt']['output'];
  changes: Scalars['SafeInt']['output'];
  commits: Scalars['SafeInt']['output'];
};

/** Operations served since the server started. */
export type FlashbackOperationCounts = {
  __typename?: 'FlashbackOperationCounts';
  database: Scalars['SafeInt']['output'];
  query: Scalars['SafeInt']['output'];
  table: Scalars['SafeInt']['output'];
  transaction: Scalars['SafeInt']['output'];
  versions: Scalars['SafeInt']['output'];
};

export type FlashbackOperationKind =
  | 'DATABASE'
  | 'HISTORY_PURGED'
  | 'QUERY'
  | 'RESTORE_POINT_CREATED'
  | 'RESTORE_POINT_DROPPED'
  | 'TABLE'
  | 'TRANSACTION'
  | 'VERSIONS';

/** A restore, made as a transaction of its own (which flashbackTransaction can undo). */
export type FlashbackResult = {
  __typename?: 'FlashbackResult';
  rowsChanged: Scalars['Int']['output'];
  /** The commit of the restore; null when nothing had to change. */
  scn?: Maybe<Scalars['SafeInt']['output']>;
  /** Tables with logged changes after the point that no longer exist. */
  skippedTables: Array<Scalars['String']['output']>;
  /** The tables that changed. */
  tables: Array<TableRestore>;
  targetScn: Scalars['SafeInt']['output'];
  transactionId: Scalars['ID']['output'];
};

/** The rows of a table as they were at an SCN, in key order. */
export type FlashbackRows = {
  __typename?: 'FlashbackRows';
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  rows: Array<Row>;
  /** The SCN the point resolved to. */
  scn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  /** More rows matched than the limit. */
  truncated: Scalars['Boolean']['output'];
};

export type FlashbackStats = {
  __typename?: 'FlashbackStats';
  currentScn: Scalars['SafeInt']['output'];
  history: FlashbackHistory;
  lastPurge?: Maybe<HistoryPurge>;
  oldestCommitAt?: Maybe<Scalars['DateTime']['output']>;
  /** The oldest SCN whose state the change log can still rebuild. */
  oldestScn: Scalars['SafeInt']['output'];
  operations: FlashbackOperationCounts;
  restorePoints: RestorePointCounts;
  retentionSeconds: Scalars['SafeInt']['output'];
};

export type FlashbackTransactionResult = {
  __typename?: 'FlashbackTransactionResult';
  /** The commits reversed, oldest first. */
  reversed: Array<CommitRef>;
  rowsChanged: Scalars['Int']['output'];
  scn?: Maybe<Scalars['SafeInt']['output']>;
  transactionId: Scalars['ID']['output'];
};

export type FlashbackVersions = {
  __typename?: 'FlashbackVersions';
  fromScn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  toScn: Scalars['SafeInt']['output'];
  truncated: Scalars['Boolean']['output'];
  versions: Array<RowVersion>;
};

export type ForeignKey = {
  __typename?: 'ForeignKey';
  column: Scalars['String']['output'];
  onDelete?: Maybe<Scalars['String']['output']>;
  onUpdate?: Maybe<Scalars['String']['output']>;
  table: Scalars['String']['output'];
};

export type ForeignKeyAction =
  | 'CASCADE'
  | 'NO_ACTION'
  | 'RESTRICT'
  | 'SET_DEFAULT'
  | 'SET_NULL';

export type ForeignKeyInput = {
  column: Scalars['String']['input'];
  onDelete?: InputMaybe<ForeignKeyAction>;
  onUpdate?: InputMaybe<ForeignKeyAction>;
  table: Scalars['String']['input'];
};

export type GraphQlFigures = {
  __typename?: 'GraphQLFigures';
  /** Query and mutation root fields (operation is the field); errors by the HTTP status their code maps to. */
  operations: Array<OperationFigures>;
};

export type HealthState =
  | 'FAIL'
  | 'PASS'
  | 'WARN';

export type HealthStatus = {
  __typename?: 'HealthStatus';
  checkedAt: Scalars['DateTime']['output'];
  components: Array<ComponentHealth>;
  /** FAIL when a component fails; WARN when one is close to failing. */
  status: HealthState;
  uptimeSeconds: Scalars['Float']['output'];
};

/** The report, when the overall status or a component's status changed. */
export type HealthStatusChange = {
  __typename?: 'HealthStatusChange';
  /** The components whose status changed (every component in the first report). */
  changedComponents: Array<ComponentHealth>;
  /** Details of the failing components. */
  errors: Array<Scalars['String']['output']>;
  status: HealthState;
  timestamp: Scalars['DateTime']['output'];
  /** Details of the components that warn. */
  warnings: Array<Scalars['String']['output']>;
};

export type Heartbeat = {
  __typename?: 'Heartbeat';
  sequence: Scalars['Int']['output'];
  timestamp: Scalars['DateTime']['output'];
};

export type HistoryPurge = {
  __typename?: 'HistoryPurge';
  at: Scalars['DateTime']['output'];
  changes: Scalars['SafeInt']['output'];
  commits: Scalars['SafeInt']['output'];
  oldestScn: Scalars['SafeInt']['output'];
  restorePoints: Scalars['Int']['output'];
};

export type HttpFigures = {
  __typename?: 'HttpFigures';
  latencyMs: LatencySummary;
  operations: Array<OperationFigures>;
  requests: Scalars['SafeInt']['output'];
  requestsPerSecond: Scalars['Float']['output'];
};

export type Incident = {
  __typename?: 'Incident';
  context: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  kind: IncidentKind;
  occurredAt: Scalars['DateTime']['output'];
  operation?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  severity: IncidentSeverity;
  summary: Scalars['String']['output'];
};

export type IncidentKind =
  | 'BACKGROUND_FAILURE'
  | 'HEALTH_CHECK_FAILED'
  | 'INTERNAL_ERROR'
  | 'SLOW_STATEMENT';

export type IncidentPage = {
  __typename?: 'IncidentPage';
  incidents: Array<Incident>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type IncidentSeverity =
  | 'ERROR'
  | 'WARNING';

export type Index = {
  __typename?: 'Index';
  columns: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  origin: IndexOrigin;
  partial: Scalars['Boolean']['output'];
  sql?: Maybe<Scalars['String']['output']>;
  table: Scalars['String']['output'];
  unique: Scalars['Boolean']['output'];
};

export type IndexOrigin =
  | 'INDEX'
  | 'PRIMARY_KEY'
  | 'UNIQUE';

export type LastVerification = {
  __typename?: 'LastVerification';
  at: Scalars['DateTime']['output'];
  elapsedMs: Scalars['Float']['output'];
  rowsChecked: Scalars['SafeInt']['output'];
  valid: Scalars['Boolean']['output'];
};

/** Milliseconds: nearest-rank percentiles, mean and maximum over the most recent observations. */
export type LatencySummary = {
  __typename?: 'LatencySummary';
  max: Scalars['Float']['output'];
  mean: Scalars['Float']['output'];
  p50: Scalars['Float']['output'];
  p95: Scalars['Float']['output'];
  p99: Scalars['Float']['output'];
};

/** While active, nothing of the table may be purged. */
export type LegalHold = {
  __typename?: 'LegalHold';
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** Null while the hold is active. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  releasedBy?: Maybe<Scalars['String']['output']>;
  tableName: Scalars['String']['output'];
};

export type MaintenanceOperation =
  | 'ANALYZE'
  | 'CHECKPOINT'
  | 'INTEGRITY_CHECK'
  | 'OPTIMIZE'
  | 'REINDEX'
  | 'VACUUM';

export type MaintenanceOutcome =
  | 'BUSY'
  | 'OK'
  | 'PROBLEMS_FOUND';

export type MaintenanceResult = {
  __typename?: 'MaintenanceResult';
  databaseBytesAfter: Scalars['SafeInt']['output'];
  databaseBytesBefore: Scalars['SafeInt']['output'];
  details: Array<Scalars['String']['output']>;
  durationMs: Scalars['Float']['output'];
  operation: MaintenanceOperation;
  outcome: MaintenanceOutcome;
  startedAt: Scalars['DateTime']['output'];
  walBytesAfter: Scalars['SafeInt']['output'];
  walBytesBefore: Scalars['SafeInt']['output'];
};

export type MemoryFigures = {
  __typename?: 'MemoryFigures';
  externalBytes: Scalars['SafeInt']['output'];
  heapTotalBytes: Scalars['SafeInt']['output'];
  heapUsedBytes: Scalars['SafeInt']['output'];
  rssBytes: Scalars['SafeInt']['output'];
  systemFreeBytes: Scalars['SafeInt']['output'];
  systemTotalBytes: Scalars['SafeInt']['output'];
};

/** Leaves are SHA-256(0x00 || row hash), inner nodes SHA-256(0x01 || left || right); an odd node moves up as it is. */
export type MerkleProof = {
  __typename?: 'MerkleProof';
  merkleRoot: Scalars['String']['output'];
  rowHash: Scalars['String']['output'];
  seq: Scalars['SafeInt']['output'];
  steps: Array<MerkleProofStep>;
};

export type MerkleProofStep = {
  __typename?: 'MerkleProofStep';
  hash: Scalars['String']['output'];
  /** Which side the sibling is hashed on. */
  position: MerkleSide;
};

export type MerkleSide =
  | 'LEFT'
  | 'RIGHT';

export type MetricType =
  | 'CONNECTIONS'
  | 'CPU'
  | 'DISK'
  | 'MEMORY'
  | 'NETWORK'
  | 'QUERIES';

/** Every figure of the running server at one moment. */
export type Metrics = {
  __typename?: 'Metrics';
  graphql: GraphQlFigures;
  http: HttpFigures;
  performance: PerformanceData;
  queries: QueryStats;
  sessions: SessionStats;
  timestamp: Scalars['DateTime']['output'];
  uptimeSeconds: Scalars['Float']['output'];
  websocket: WebSocketFigures;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A resolved alert fails with CONFLICT; acknowledging twice changes nothing. */
  acknowledgeAlert: Alert;
  alterTable: Table;
  assignRetentionPolicy: BlockchainTable;
  /** A full backup, as the administration API names it. */
  backupDatabase: Backup;
  beginTransaction: Transaction;
  /** Sends a broadcast message to every connection on /api/v1/ws. */
  broadcastWebsocketMessage: BroadcastResult;
  commitTransaction: Scalars['Boolean']['output'];
  /** A full backup (kind FULL) or an incremental one (kind INCREMENTAL). */
  createBackup: Backup;
  createBlockchainTable: BlockchainTable;
  createDump: Dump;
  createIndex: Index;
  createLegalHold: LegalHold;
  createRestorePoint: RestorePoint;
  createRetentionPolicy: RetentionPolicy;
  createRole: Role;
  createSavepoint: Savepoint;
  createTable: Table;
  createUser: User;
  createView: View;
  /** Deletes a backup (and, with cascade, the incrementals that depend on it); answers the ids deleted. */
  deleteBackup: Array<Scalars['ID']['output']>;
  deleteRole: Scalars['Boolean']['output'];
  deleteRow: Row;
  deleteRows: WriteResult;
  deleteUser: Scalars['Boolean']['output'];
  /** Closes a realtime connection (code 4000). */
  disconnectWebsocketConnection: DisconnectResult;
  dropIndex: DropResult;
  /** True once dropped. */
  dropRestorePoint: Scalars['Boolean']['output'];
  dropTable: DropResult;
  dropView: DropResult;
  /** Runs any statement or script; a script commits as a whole or not at all. */
  executeSql: SqlResult;
  finalizeBlock: BlockchainBlock;
  /** Restore every table's rows to a point; refused while other transactions are open. */
  flashbackDatabase: FlashbackResult;
  /** Restore a table's rows to a point, as a new transaction. */
  flashbackTable: FlashbackResult;
  /** Reverse a committed transaction, named by transactionId or by the SCN of its commit. */
  flashbackTransaction: FlashbackTransactionResult;
  grantPermission: Scalars['Boolean']['output'];
  /** Values keyed by column name; absent columns are null. */
  insertBlockchainRow: BlockchainRowReceipt;
  insertRow: Row;
  insertRows: Array<Row>;
  /** True once the statement stopped; false when it had not after 5 s (it was told to). */
  killQuery: Scalars['Boolean']['output'];
  purgeBlockchainTable: BlockchainPurgeResult;
  /** The database as it was at a point: the latest backup before it, then the change log. */
  recoverToPointInTime: RestoreResult;
  releaseLegalHold: LegalHold;
  releaseSavepoint: Scalars['Boolean']['output'];
  restoreBackup: RestoreResult;
  revokePermission: Scalars['Boolean']['output'];
  rollbackToSavepoint: Scalars['Boolean']['output'];
  rollbackTransaction: Scalars['Boolean']['output'];
  runMaintenance: MaintenanceResult;
  terminateSession: Scalars['Boolean']['output'];
  updateBackupSchedule: BackupSchedule;
  updateRole: Role;
  updateRow: Row;
  updateRows: WriteResult;
  /** Changes settings by key (a JSON object of new values); refused whole when a key is unknown, read-only or out of range. */
  updateServerConfig: ServerConfig;
  updateUser: User;
  verifyBackup: VerifyResult;
  verifyBlockchainDigest: BlockchainDigestVerification;
  verifyBlockchainTable: BlockchainVerification;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAlterTableArgs = {
  input: AlterTableInput;
  name: Scalars['String']['input'];
};


export type MutationAssignRetentionPolicyArgs = {
  policy: Scalars['String']['input'];
  tableName: Scalars['String']['input'];
};


export type MutationBackupDatabaseArgs = {
  input?: InputMaybe<CreateBackupInput>;
};


export type MutationBeginTransactionArgs = {
  idleTimeoutMs?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<TransactionMode>;
};


export type MutationBroadcastWebsocketMessageArgs = {
  data?: InputMaybe<Scalars['JSON']['input']>;
  message: Scalars['String']['input'];
};


export type MutationCommitTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateBackupArgs = {
  input: CreateBackupInput;
};


export type MutationCreateBlockchainTableArgs = {
  input: BlockchainTableInput;
};


export type MutationCreateIndexArgs = {
  input: CreateIndexInput;
};


export type MutationCreateLegalHoldArgs = {
  reason: Scalars['String']['input'];
  tableName: Scalars['String']['input'];
};


export type MutationCreateRestorePointArgs = {
  guaranteed?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateRetentionPolicyArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  retentionDays: Scalars['Float']['input'];
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateSavepointArgs = {
  name: Scalars['String']['input'];
  transactionId: Scalars['ID']['input'];
};


export type MutationCreateTableArgs = {
  input: CreateTableInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateViewArgs = {
  input: CreateViewInput;
};


export type MutationDeleteBackupArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRowArgs = {
  id: Scalars['ID']['input'];
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDeleteRowsArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisconnectWebsocketConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDropIndexArgs = {
  ifExists?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  table: Scalars['String']['input'];
};


export type MutationDropRestorePointArgs = {
  name: Scalars['String']['input'];
};


export type MutationDropTableArgs = {
  ifExists?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};


export type MutationDropViewArgs = {
  ifExists?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};


export type MutationExecuteSqlArgs = {
  maxRows?: InputMaybe<Scalars['Int']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
  sql: Scalars['String']['input'];
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationFinalizeBlockArgs = {
  tableName: Scalars['String']['input'];
};


export type MutationFlashbackDatabaseArgs = {
  to: PointInTime;
};


export type MutationFlashbackTableArgs = {
  table: Scalars['String']['input'];
  to: PointInTime;
};


export type MutationFlashbackTransactionArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  scn?: InputMaybe<Scalars['SafeInt']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationGrantPermissionArgs = {
  permission: Scalars['String']['input'];
  roleId: Scalars['ID']['input'];
};


export type MutationInsertBlockchainRowArgs = {
  data: Scalars['JSON']['input'];
  tableName: Scalars['String']['input'];
};


export type MutationInsertRowArgs = {
  data: Scalars['JSON']['input'];
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationInsertRowsArgs = {
  rows: Array<Scalars['JSON']['input']>;
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationKillQueryArgs = {
  queryId: Scalars['ID']['input'];
};


export type MutationPurgeBlockchainTableArgs = {
  tableName: Scalars['String']['input'];
};


export type MutationRecoverToPointInTimeArgs = {
  input: RestoreInput;
  to: PointInTime;
};


export type MutationReleaseLegalHoldArgs = {
  holdId: Scalars['ID']['input'];
};


export type MutationReleaseSavepointArgs = {
  name: Scalars['String']['input'];
  transactionId: Scalars['ID']['input'];
};


export type MutationRestoreBackupArgs = {
  id: Scalars['ID']['input'];
  input: RestoreInput;
};


export type MutationRevokePermissionArgs = {
  permission: Scalars['String']['input'];
  roleId: Scalars['ID']['input'];
};


export type MutationRollbackToSavepointArgs = {
  name: Scalars['String']['input'];
  transactionId: Scalars['ID']['input'];
};


export type MutationRollbackTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunMaintenanceArgs = {
  operation: MaintenanceOperation;
};


export type MutationTerminateSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationUpdateBackupScheduleArgs = {
  input: BackupScheduleInput;
};


export type MutationUpdateRoleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRoleInput;
};


export type MutationUpdateRowArgs = {
  data: Scalars['JSON']['input'];
  id: Scalars['ID']['input'];
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpdateRowsArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  data: Scalars['JSON']['input'];
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
};


export type MutationUpdateServerConfigArgs = {
  config: Scalars['JSON']['input'];
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationVerifyBackupArgs = {
  id: Scalars['ID']['input'];
  passphrase?: InputMaybe<Scalars['String']['input']>;
};


export type MutationVerifyBlockchainDigestArgs = {
  digest: BlockchainDigestInput;
};


export type MutationVerifyBlockchainTableArgs = {
  tableName: Scalars['String']['input'];
};

export type NetworkFigures = {
  __typename?: 'NetworkFigures';
  receivedBytesPerSecond?: Maybe<Scalars['Float']['output']>;
  sentBytesPerSecond?: Maybe<Scalars['Float']['output']>;
};

export type OperationFigures = {
  __typename?: 'OperationFigures';
  clientErrors: Scalars['SafeInt']['output'];
  meanLatencyMs: Scalars['Float']['output'];
  /** operationId; graphql for GraphQL over HTTP; other for requests no operation took. */
  operation: Scalars['String']['output'];
  requests: Scalars['SafeInt']['output'];
  serverErrors: Scalars['SafeInt']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Rates are over the last sampling interval (one second). */
export type PerformanceData = {
  __typename?: 'PerformanceData';
  changes: ChangeFigures;
  cpuPercent: Scalars['Float']['output'];
  disk: DiskFigures;
  eventLoopLagMs: EventLoopLag;
  intervalSeconds: Scalars['Float']['output'];
  memory: MemoryFigures;
  network: NetworkFigures;
  queriesPerSecond: Scalars['Float']['output'];
  storage: StorageFigures;
  timestamp: Scalars['DateTime']['output'];
  transactions: TransactionFigures;
};

export type Permission = {
  __typename?: 'Permission';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** A point in the database's history: exactly one of an SCN, an RFC 3339 time (the last commit at or before it) or a restore point's name. */
export type PointInTime = {
  restorePoint?: InputMaybe<Scalars['String']['input']>;
  scn?: InputMaybe<Scalars['SafeInt']['input']>;
  timestamp?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ProfileOrder =
  | 'CALLS'
  | 'ERRORS'
  | 'MEAN_TIME'
  | 'P95_TIME'
  | 'TOTAL_TIME';

export type Query = {
  __typename?: 'Query';
  activeQueries: Array<ActiveQuery>;
  activeSessionHistory: Array<SessionSample>;
  activeTransactions: Array<Transaction>;
  aggregate: Array<AggregateGroup>;
  alertRules: Array<AlertRule>;
  /** Newest first: open alerts and the latest resolved ones. */
  alerts: Array<Alert>;
  auditLog: AuditPage;
  backup: Backup;
  backupSchedule: BackupSchedule;
  /** Every backup, oldest first. */
  backups: Array<Backup>;
  blockchainAudit: BlockchainAuditPage;
  /** A block, with the Merkle proof of row proofFor when given. */
  blockchainBlock: BlockchainBlock;
  /** Signs a digest of the chain head with the server key. */
  blockchainDigest: BlockchainDigest;
  blockchainStats: BlockchainStats;
  blockchainTable: BlockchainTable;
  count: Scalars['SafeInt']['output'];
  currentScn: CurrentScn;
  dumpStatus?: Maybe<Dump>;
  /** Runs read-only SQL: statements that would write are refused. Use the executeSql mutation to write. */
  executeSql: SqlResult;
  explainQuery: QueryPlan;
  /** Rows of a table as of a point in time (limit 1 to 10000, default 1000). */
  flashbackQuery: FlashbackRows;
  flashbackStats: FlashbackStats;
  /** Every version of a table's rows between two points. */
  flashbackVersions: FlashbackVersions;
  /** The same report as GET /api/v1/health/full. */
  healthStatus: HealthStatus;
  incidents: IncidentPage;
  indexes: Array<Index>;
  metrics: Metrics;
  performanceData: PerformanceData;
  /** The permissions roles can grant. */
  permissions: Array<Permission>;
  queryProfiling: QueryProfiling;
  queryStats: QueryStats;
  queryTable: Array<Row>;
  queryTableConnection: RowConnection;
  restorePoints: Array<RestorePoint>;
  role?: Maybe<Role>;
  roles: Array<Role>;
  /** The row with this id; as it was at asOf, when given (not with transactionId). */
  row?: Maybe<Row>;
  schema?: Maybe<Schema>;
  schemas: Array<Schema>;
  serverConfig: ServerConfig;
  serverInfo: ServerInfo;
  sessionStats: SessionStats;
  /** Sign-in sessions open now. */
  sessions: Array<Session>;
  slowQueries: Array<SlowQuery>;
  table?: Maybe<Table>;
  tables: Array<Table>;
  transaction?: Maybe<Transaction>;
  user?: Maybe<User>;
  users: Array<User>;
  view?: Maybe<View>;
  views: Array<View>;
  /** The subscriptions of one connection. */
  websocketConnectionSubscriptions: Array<WebsocketSubscription>;
  /** The open realtime connections, oldest first. */
  websocketConnections: Array<WebsocketConnection>;
  /** Realtime connections, subscriptions and traffic, counted now. */
  websocketStatus: WebsocketStatus;
};


export type QueryActiveQueriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActiveSessionHistoryArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  sessionId?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAggregateArgs = {
  aggregates: Array<AggregateInput>;
  groupBy?: InputMaybe<Array<Scalars['String']['input']>>;
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
};


export type QueryAlertsArgs = {
  severity?: InputMaybe<AlertSeverity>;
  state?: InputMaybe<AlertState>;
};


export type QueryAuditLogArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBackupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBlockchainAuditArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  tableName: Scalars['String']['input'];
};


export type QueryBlockchainBlockArgs = {
  blockId: Scalars['Int']['input'];
  proofFor?: InputMaybe<Scalars['SafeInt']['input']>;
  tableName: Scalars['String']['input'];
};


export type QueryBlockchainDigestArgs = {
  tableName: Scalars['String']['input'];
};


export type QueryBlockchainStatsArgs = {
  tableName: Scalars['String']['input'];
};


export type QueryBlockchainTableArgs = {
  tableName: Scalars['String']['input'];
};


export type QueryCountArgs = {
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
};


export type QueryDumpStatusArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExecuteSqlArgs = {
  maxRows?: InputMaybe<Scalars['Int']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
  sql: Scalars['String']['input'];
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExplainQueryArgs = {
  params?: InputMaybe<Scalars['JSON']['input']>;
  sql: Scalars['String']['input'];
};


export type QueryFlashbackQueryArgs = {
  asOf: PointInTime;
  limit?: InputMaybe<Scalars['Int']['input']>;
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause>>;
};


export type QueryFlashbackVersionsArgs = {
  from: PointInTime;
  limit?: InputMaybe<Scalars['Int']['input']>;
  table: Scalars['String']['input'];
  to: PointInTime;
  where?: InputMaybe<Array<WhereClause>>;
};


export type QueryIncidentsArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<IncidentKind>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  requestId?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<IncidentSeverity>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryIndexesArgs = {
  table: Scalars['String']['input'];
};


export type QueryQueryProfilingArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProfileOrder>;
};


export type QueryQueryTableArgs = {
  asOf?: InputMaybe<PointInTime>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SortField>>;
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
};


export type QueryQueryTableConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<PointInTime>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SortField>>;
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRowArgs = {
  asOf?: InputMaybe<PointInTime>;
  id: Scalars['ID']['input'];
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySchemaArgs = {
  name: Scalars['String']['input'];
};


export type QuerySlowQueriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  minDurationMs?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryTableArgs = {
  name: Scalars['String']['input'];
};


export type QueryTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryViewArgs = {
  name: Scalars['String']['input'];
};


export type QueryWebsocketConnectionSubscriptionsArgs = {
  id: Scalars['ID']['input'];
};

export type QueryExecutionEvent = {
  __typename?: 'QueryExecutionEvent';
  /** Since it started; null on STARTED. */
  elapsedMs?: Maybe<Scalars['Float']['output']>;
  /** The error code when it failed. */
  message?: Maybe<Scalars['String']['output']>;
  queryId: Scalars['ID']['output'];
  /** Rows returned or changed; null until it ends. */
  rowsAffected?: Maybe<Scalars['SafeInt']['output']>;
  /** On PROGRESS: rows a streamed query has read and handed to its reader so far; null otherwise. */
  rowsProduced?: Maybe<Scalars['SafeInt']['output']>;
  status: QueryExecutionStatus;
  timestamp: Scalars['DateTime']['output'];
};

export type QueryExecutionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  /** A streamed query handed more rows to its reader (at most one every 250 ms). */
  | 'PROGRESS'
  | 'STARTED';

export type QueryOutcome =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED';

export type QueryPlan = {
  __typename?: 'QueryPlan';
  plan: Array<QueryPlanNode>;
  sql: Scalars['String']['output'];
};

export type QueryPlanNode = {
  __typename?: 'QueryPlanNode';
  children: Array<QueryPlanNode>;
  detail: Scalars['String']['output'];
  id: Scalars['Int']['output'];
  index?: Maybe<Scalars['String']['output']>;
  operation: Scalars['String']['output'];
  table?: Maybe<Scalars['String']['output']>;
};

export type QueryProfiling = {
  __typename?: 'QueryProfiling';
  since: Scalars['DateTime']['output'];
  statements: Array<StatementProfile>;
};

export type QuerySnapshot = {
  __typename?: 'QuerySnapshot';
  rows: Array<Row>;
  /** The SCN the rows were read at (or after). */
  scn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  /** Rows matching the conditions (rows holds at most limit of them). */
  totalCount: Scalars['SafeInt']['output'];
};

/** SQL statements finished since the server started. */
export type QueryStats = {
  __typename?: 'QueryStats';
  cancelled: Scalars['SafeInt']['output'];
  completed: Scalars['SafeInt']['output'];
  errorRate: Scalars['Float']['output'];
  failed: Scalars['SafeInt']['output'];
  /** Over the most recent statements (up to 10,000). */
  latencyMs: LatencySummary;
  rows: Scalars['SafeInt']['output'];
  running: Scalars['Int']['output'];
  total: Scalars['SafeInt']['output'];
  window: Scalars['Int']['output'];
};

export type RestoreInput = {
  /** The new database's name, with NEW_DATABASE. */
  database?: InputMaybe<Scalars['String']['input']>;
  mode: RestoreMode;
  /** The passphrase of a backup encrypted with one. */
  passphrase?: InputMaybe<Scalars['String']['input']>;
};

export type RestoreMode =
  /** Over the live database, in one write transaction; refused while transactions are open. */
  | 'IN_PLACE'
  /** Into a new database file next to the live one. */
  | 'NEW_DATABASE';

/** A name for an SCN; a guaranteed one keeps the change log back to its SCN until dropped. */
export type RestorePoint = {
  __typename?: 'RestorePoint';
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  guaranteed: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  scn: Scalars['SafeInt']['output'];
};

export type RestorePointCounts = {
  __typename?: 'RestorePointCounts';
  guaranteed: Scalars['Int']['output'];
  normal: Scalars['Int']['output'];
};

export type RestoreResult = {
  __typename?: 'RestoreResult';
  /** The backup restored; for point-in-time recovery, the one it started from. */
  backupId: Scalars['ID']['output'];
  /** The backups applied, full first. */
  chain: Array<Scalars['ID']['output']>;
  commitsReplayed: Scalars['SafeInt']['output'];
  contentHash: Scalars['String']['output'];
  database: Scalars['String']['output'];
  durationMs: Scalars['SafeInt']['output'];
  mode: RestoreMode;
  /** In place: the SCN of the commit that recorded the restore. */
  restoreScn?: Maybe<Scalars['SafeInt']['output']>;
  rowChangesReplayed: Scalars['SafeInt']['output'];
  /** The content is the database as it was right after this commit. */
  scn: Scalars['SafeInt']['output'];
  tables: Array<BackupTable>;
};

export type ResultColumn = {
  __typename?: 'ResultColumn';
  name: Scalars['String']['output'];
  table?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type RetentionPolicy = {
  __typename?: 'RetentionPolicy';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Finalized blocks older than this may be purged (fractions allowed). */
  retentionDays: Scalars['Float']['output'];
};

/** A named set of permissions. Built-in roles cannot be changed or deleted. */
export type Role = {
  __typename?: 'Role';
  builtIn: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** The role's name, which is also its id. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

/** A row: its id (primary key as text, a JSON array for composite keys, the rowid without a declared key) and its columns. */
export type Row = {
  __typename?: 'Row';
  data: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** On writes: the SCN of the commit; null inside an open transaction. */
  scn?: Maybe<Scalars['SafeInt']['output']>;
};

export type RowConnection = {
  __typename?: 'RowConnection';
  edges: Array<RowEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter; computed only when selected. */
  totalCount: Scalars['SafeInt']['output'];
};

export type RowDeleted = {
  __typename?: 'RowDeleted';
  id: Scalars['ID']['output'];
  oldRow: Row;
  scn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  transactionId?: Maybe<Scalars['ID']['output']>;
};

export type RowEdge = {
  __typename?: 'RowEdge';
  cursor: Scalars['String']['output'];
  node: Row;
};

export type RowInserted = {
  __typename?: 'RowInserted';
  row: Row;
  scn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  transactionId?: Maybe<Scalars['ID']['output']>;
};

export type RowUpdated = {
  __typename?: 'RowUpdated';
  /** Columns whose value differs between oldRow and newRow. */
  changedFields: Array<Scalars['String']['output']>;
  newRow: Row;
  oldRow: Row;
  scn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  transactionId?: Maybe<Scalars['ID']['output']>;
};

/** One version of a row: what a change made it, or what it was at the start of the range. */
export type RowVersion = {
  __typename?: 'RowVersion';
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The row's columns; for a DELETE, the row as it was deleted. */
  data: Scalars['JSON']['output'];
  /** The commit that replaced or deleted it within the range; null when still current at the end (or for the deletion itself). */
  endScn?: Maybe<Scalars['SafeInt']['output']>;
  /** The change that made this version; null for a version already there at the start. */
  operation?: Maybe<ChangeType>;
  rowId: Scalars['ID']['output'];
  /** The commit that made it; null when it was already there at the start. */
  startScn?: Maybe<Scalars['SafeInt']['output']>;
  transactionId?: Maybe<Scalars['ID']['output']>;
};

export type RuntimeInfo = {
  __typename?: 'RuntimeInfo';
  node: Scalars['String']['output'];
  sqlite: Scalars['String']['output'];
  storage: Scalars['String']['output'];
};

export type Savepoint = {
  __typename?: 'Savepoint';
  createdAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
};

export type Schema = {
  __typename?: 'Schema';
  name: Scalars['String']['output'];
  tables: Array<Table>;
  views: Array<View>;
};

/** One DDL statement of a commit that changed the schema. */
export type SchemaChange = {
  __typename?: 'SchemaChange';
  /** Null (with objectType, objectName and statement) only for a commit made before the change log recorded DDL, which says that the schema changed but not how. */
  changeType?: Maybe<SchemaChangeType>;
  /** The object's name, without its schema. */
  objectName?: Maybe<Scalars['String']['output']>;
  objectType?: Maybe<SchemaObjectType>;
  scn: Scalars['SafeInt']['output'];
  /** The statement as it ran. */
  statement?: Maybe<Scalars['String']['output']>;
  timestamp: Scalars['DateTime']['output'];
  /** The interactive transaction that changed the schema; null for autocommit work. */
  transactionId?: Maybe<Scalars['ID']['output']>;
  /** Who ran the statement: a user's name; null for the engine's own work, and for statements logged before Strata recorded who ran them. */
  user?: Maybe<Scalars['String']['output']>;
};

export type SchemaChangeType =
  | 'ALTER'
  | 'CREATE'
  | 'DROP';

export type SchemaObjectType =
  | 'INDEX'
  | 'TABLE'
  | 'TRIGGER'
  | 'VIEW';

export type ServerConfig = {
  __typename?: 'ServerConfig';
  entries: Array<ConfigEntry>;
  persisted: Scalars['Boolean']['output'];
  /** Every key with the value in effect (secrets redacted). */
  settings: Scalars['JSON']['output'];
};

export type ServerInfo = {
  __typename?: 'ServerInfo';
  name: Scalars['String']['output'];
  runtime: RuntimeInfo;
  scn: Scalars['SafeInt']['output'];
  specs: SpecVersions;
  startedAt: Scalars['DateTime']['output'];
  uptimeSeconds: Scalars['Float']['output'];
  version: Scalars['String']['output'];
};

/** A sign-in session open now. */
export type Session = {
  __typename?: 'Session';
  lastActivityAt: Scalars['DateTime']['output'];
  openedAt: Scalars['DateTime']['output'];
  queries: Scalars['SafeInt']['output'];
  runningQueries: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
  state: SessionState;
  userId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

export type SessionEvent = {
  __typename?: 'SessionEvent';
  eventType: SessionEventType;
  /** login, logout, expired, revoked or terminated. */
  reason: Scalars['String']['output'];
  sessionId: Scalars['ID']['output'];
  timestamp: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

export type SessionEventType =
  | 'CLOSED'
  | 'OPENED';

export type SessionSample = {
  __typename?: 'SessionSample';
  elapsedMs: Scalars['Float']['output'];
  operation?: Maybe<Scalars['String']['output']>;
  queryId?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  sampledAt: Scalars['DateTime']['output'];
  sessionId?: Maybe<Scalars['String']['output']>;
  sqlText?: Maybe<Scalars['String']['output']>;
  state: SessionSampleState;
  transactionId?: Maybe<Scalars['String']['output']>;
  userId?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
  waitEvent?: Maybe<Scalars['String']['output']>;
};

export type SessionSampleState =
  | 'CANCELLING'
  | 'IDLE_IN_TRANSACTION'
  | 'RUNNING'
  | 'WAITING';

export type SessionState =
  | 'ACTIVE'
  | 'IDLE';

export type SessionStats = {
  __typename?: 'SessionStats';
  active: Scalars['Int']['output'];
  averageDurationSeconds: Scalars['Float']['output'];
  closedTotal: Scalars['SafeInt']['output'];
  idle: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  openedTotal: Scalars['SafeInt']['output'];
  peak: Scalars['Int']['output'];
  sessions: Array<Session>;
  websocketConnections: Scalars['Int']['output'];
};

/** A statement that ran at least the slow-query threshold. */
export type SlowQuery = {
  __typename?: 'SlowQuery';
  endTime: Scalars['DateTime']['output'];
  errorCode?: Maybe<Scalars['String']['output']>;
  executionTimeMs: Scalars['Float']['output'];
  outcome: QueryOutcome;
  queryId: Scalars['ID']['output'];
  rowsReturned: Scalars['Int']['output'];
  sessionId?: Maybe<Scalars['ID']['output']>;
  sqlText: Scalars['String']['output'];
  startTime: Scalars['DateTime']['output'];
  transactionId?: Maybe<Scalars['ID']['output']>;
  username?: Maybe<Scalars['String']['output']>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SortField = {
  direction?: InputMaybe<SortDirection>;
  field: Scalars['String']['input'];
};

export type SpecVersions = {
  __typename?: 'SpecVersions';
  asyncapi: Scalars['String']['output'];
  graphql: Scalars['String']['output'];
  openapi: Scalars['String']['output'];
};

export type SqlResult = {
  __typename?: 'SqlResult';
  columns: Array<ResultColumn>;
  elapsedMs: Scalars['Float']['output'];
  lastInsertRowid?: Maybe<Scalars['SafeInt']['output']>;
  /** Rows of the last statement that returns rows, as objects keyed by column name. */
  rows: Array<Scalars['JSON']['output']>;
  rowsAffected: Scalars['SafeInt']['output'];
  /** SCN of the commit when the request changed something outside an open transaction. */
  scn?: Maybe<Scalars['SafeInt']['output']>;
  statements: Scalars['Int']['output'];
  truncated: Scalars['Boolean']['output'];
};

/** Figures of one normalized statement since the server started. */
export type StatementProfile = {
  __typename?: 'StatementProfile';
  calls: Scalars['Int']['output'];
  cancelled: Scalars['Int']['output'];
  errors: Scalars['Int']['output'];
  fingerprint: Scalars['String']['output'];
  firstSeenAt: Scalars['DateTime']['output'];
  /** SQLite's plan for the last text seen, as query plan nodes. */
  lastPlan?: Maybe<Scalars['JSON']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
  maxTimeMs: Scalars['Float']['output'];
  meanTimeMs: Scalars['Float']['output'];
  p95TimeMs: Scalars['Float']['output'];
  planUnavailable?: Maybe<Scalars['String']['output']>;
  rows: Scalars['SafeInt']['output'];
  statement: Scalars['String']['output'];
  totalTimeMs: Scalars['Float']['output'];
};

export type StorageFigures = {
  __typename?: 'StorageFigures';
  cacheSizeKiB: Scalars['Float']['output'];
  fileBytes: Scalars['SafeInt']['output'];
  freePages: Scalars['SafeInt']['output'];
  pageCount: Scalars['SafeInt']['output'];
  pageSizeBytes: Scalars['Int']['output'];
  walBytes: Scalars['SafeInt']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Aggregates of a table now, then again after it changes, at most once per intervalSeconds (1 to 3600). */
  aggregateChanges: AggregateSnapshot;
  /** Alerts as they fire, are acknowledged and resolve; only the given severities when severityFilter is set. */
  alertStream: Alert;
  /** Audit records as they are written. */
  auditEvents: AuditEntry;
  /** Progress of backups, restores, verifies and recoveries; of one backup when backupId is given. */
  backupProgress: BackupProgress;
  /** Verification reports as verifications finish, of one table or of all. */
  blockchainVerification: BlockchainVerification;
  /** Flashback queries, restores, reversals, restore points and purges as they happen. */
  flashbackOperations: FlashbackEvent;
  /** Checks every intervalSeconds (1 to 3600) and sends the report when something changed; the first report at once. */
  healthStatusChanges: HealthStatusChange;
  /** A beat every intervalSeconds (1 to 3600), to keep connections and proxies alive. */
  heartbeat: Heartbeat;
  /** Every figure, every interval seconds (1 to 3600). */
  metricsStream: Metrics;
  /** Performance figures, every interval seconds (1 to 3600). */
  performanceStream: PerformanceData;
  /** The rows of a table meeting whereClause now, then again whenever they differ after a change, at most once per pollIntervalSeconds (1 to 3600). */
  queryChanges: QuerySnapshot;
  /** How one query runs: started, then completed, failed or cancelled; a streamed query also reports the rows it has produced, at most every 250 ms (other statements run in one step and report no progress). */
  queryExecution: QueryExecutionEvent;
  /** Every change to one row. */
  rowChanges: TableChange;
  /** Rows deleted from a table (whereClause on the deleted row). */
  rowDeleted: RowDeleted;
  /** Rows inserted into a table that meet whereClause. */
  rowInserted: RowInserted;
  /** Rows updated in a table (whereClause on the new row), with the columns that changed. */
  rowUpdated: RowUpdated;
  /** Every DDL statement as its commit is published (one event per statement, in the order they ran): of objects of the schema schemaName names when given (a Strata database has one schema, main; another name is refused with NOT_FOUND), of these object types when objectTypes is given. */
  schemaChanges: SchemaChange;
  /** Sign-in sessions opening and closing, of one user when userFilter names one. */
  sessionEvents: SessionEvent;
  /** Queries that ran for thresholdMs or longer (default 1000), as they finish. */
  slowQueriesStream: SlowQuery;
  /** System figures of the chosen types (all when absent), every intervalSeconds (1 to 3600). */
  systemMetrics: SystemMetrics;
  /** Every committed change to a table, in commit order. */
  tableChanges: TableChange;
  /** Changes to any of the tables (all tables when absent), of the given kinds (all when absent). */
  tableModifications: TableModification;
  /** Interactive transactions beginning and ending. */
  transactionEvents: TransactionEvent;
};


export type SubscriptionAggregateChangesArgs = {
  aggregates: Array<AggregateInput>;
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause>>;
};


export type SubscriptionAlertStreamArgs = {
  severityFilter?: InputMaybe<Array<AlertSeverity>>;
};


export type SubscriptionBackupProgressArgs = {
  backupId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionBlockchainVerificationArgs = {
  tableName?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionHealthStatusChangesArgs = {
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionHeartbeatArgs = {
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionMetricsStreamArgs = {
  interval?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionPerformanceStreamArgs = {
  interval?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionQueryChangesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  pollIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  table: Scalars['String']['input'];
  whereClause?: InputMaybe<Array<WhereClause>>;
};


export type SubscriptionQueryExecutionArgs = {
  queryId: Scalars['ID']['input'];
};


export type SubscriptionRowChangesArgs = {
  id: Scalars['ID']['input'];
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
  table: Scalars['String']['input'];
};


export type SubscriptionRowDeletedArgs = {
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
  table: Scalars['String']['input'];
  whereClause?: InputMaybe<WhereClause>;
};


export type SubscriptionRowInsertedArgs = {
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
  table: Scalars['String']['input'];
  whereClause?: InputMaybe<WhereClause>;
};


export type SubscriptionRowUpdatedArgs = {
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
  table: Scalars['String']['input'];
  whereClause?: InputMaybe<WhereClause>;
};


export type SubscriptionSchemaChangesArgs = {
  objectTypes?: InputMaybe<Array<SchemaObjectType>>;
  schemaName?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionSessionEventsArgs = {
  userFilter?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionSlowQueriesStreamArgs = {
  thresholdMs?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionSystemMetricsArgs = {
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  metricTypes?: InputMaybe<Array<MetricType>>;
};


export type SubscriptionTableChangesArgs = {
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
  table: Scalars['String']['input'];
};


export type SubscriptionTableModificationsArgs = {
  changeTypes?: InputMaybe<Array<ChangeType>>;
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
  tables?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Figures of the latest sampling interval; those of metric types not asked for are null. */
export type SystemMetrics = {
  __typename?: 'SystemMetrics';
  activeConnections?: Maybe<Scalars['Int']['output']>;
  activeQueries?: Maybe<Scalars['Int']['output']>;
  cpuUsage?: Maybe<Scalars['Float']['output']>;
  diskReadBps?: Maybe<Scalars['Float']['output']>;
  diskWriteBps?: Maybe<Scalars['Float']['output']>;
  memoryPercent?: Maybe<Scalars['Float']['output']>;
  memoryTotal?: Maybe<Scalars['SafeInt']['output']>;
  memoryUsage?: Maybe<Scalars['SafeInt']['output']>;
  networkRxBps?: Maybe<Scalars['Float']['output']>;
  networkTxBps?: Maybe<Scalars['Float']['output']>;
  timestamp: Scalars['DateTime']['output'];
};

export type Table = {
  __typename?: 'Table';
  columns: Array<Column>;
  indexes: Array<Index>;
  name: Scalars['String']['output'];
  primaryKey: Array<Scalars['String']['output']>;
  schema: Scalars['String']['output'];
  sql: Scalars['String']['output'];
  strict: Scalars['Boolean']['output'];
  withoutRowid: Scalars['Boolean']['output'];
};

export type TableChange = {
  __typename?: 'TableChange';
  changeType: ChangeType;
  /** The id of the row that changed. */
  id: Scalars['ID']['output'];
  /** The row before the change; null for INSERT. */
  oldRow?: Maybe<Row>;
  /** The row after the change; null for DELETE. */
  row?: Maybe<Row>;
  scn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  /** The interactive transaction that made the change; null for autocommit work. */
  transactionId?: Maybe<Scalars['ID']['output']>;
};

export type TableModification = {
  __typename?: 'TableModification';
  changeType: ChangeType;
  /** Columns the change set: every column for INSERT and DELETE, those whose value differs for UPDATE. */
  changedColumns: Array<Scalars['String']['output']>;
  /** The row after the change; for DELETE, the row as it was. */
  row: Row;
  rowId: Scalars['ID']['output'];
  scn: Scalars['SafeInt']['output'];
  table: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  transactionId?: Maybe<Scalars['ID']['output']>;
};

export type TableRestore = {
  __typename?: 'TableRestore';
  deleted: Scalars['Int']['output'];
  inserted: Scalars['Int']['output'];
  table: Scalars['String']['output'];
  updated: Scalars['Int']['output'];
};

export type Transaction = {
  __typename?: 'Transaction';
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  idleTimeoutMs: Scalars['Int']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  mode: TransactionMode;
  savepoints: Array<Savepoint>;
  scn?: Maybe<Scalars['SafeInt']['output']>;
  startedAt: Scalars['DateTime']['output'];
  state: TransactionState;
  statements: Scalars['Int']['output'];
};

export type TransactionEvent = {
  __typename?: 'TransactionEvent';
  /** From begin to this event. */
  durationMs: Scalars['Float']['output'];
  eventType: TransactionEventType;
  /** deferred, immediate or exclusive. */
  isolationLevel?: Maybe<Scalars['String']['output']>;
  /** Rows the commit changed; 0 for other events. */
  modifiedRows: Scalars['SafeInt']['output'];
  /** The SCN of the commit; null unless it committed changes. */
  scn?: Maybe<Scalars['SafeInt']['output']>;
  sessionId?: Maybe<Scalars['ID']['output']>;
  timestamp: Scalars['DateTime']['output'];
  transactionId: Scalars['ID']['output'];
  /** Who ran it, when the producer knows. */
  username?: Maybe<Scalars['String']['output']>;
};

export type TransactionEventType =
  | 'BEGIN'
  | 'COMMIT'
  | 'FAILED'
  | 'ROLLBACK'
  | 'TIMEOUT';

export type TransactionFigures = {
  __typename?: 'TransactionFigures';
  commitsPerSecond: Scalars['Float']['output'];
  committed: Scalars['SafeInt']['output'];
  open: Scalars['Int']['output'];
  rollbacksPerSecond: Scalars['Float']['output'];
  rolledBack: Scalars['SafeInt']['output'];
};

export type TransactionMode =
  | 'DEFERRED'
  | 'EXCLUSIVE'
  | 'IMMEDIATE';

export type TransactionState =
  | 'ACTIVE'
  | 'COMMITTED'
  | 'FAILED'
  | 'ROLLED_BACK'
  | 'TIMED_OUT';

export type UpdateRoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What is absent stays. A new password, or disabling, revokes the user's sessions. */
export type UpdateUserInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A user. Its password is never returned. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** A disabled user cannot sign in, and its tokens and API keys stop working. */
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  roles: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
};

export type VerifyCheck = {
  __typename?: 'VerifyCheck';
  detail: Scalars['String']['output'];
  name: Scalars['String']['output'];
  passed: Scalars['Boolean']['output'];
};

/** A backup restored into scratch space and checked; damage is valid: false with the failing check. */
export type VerifyResult = {
  __typename?: 'VerifyResult';
  backupId: Scalars['ID']['output'];
  checks: Array<VerifyCheck>;
  durationMs: Scalars['SafeInt']['output'];
  tables: Array<VerifyTable>;
  valid: Scalars['Boolean']['output'];
};

export type VerifyTable = {
  __typename?: 'VerifyTable';
  actualRows?: Maybe<Scalars['SafeInt']['output']>;
  expectedRows?: Maybe<Scalars['SafeInt']['output']>;
  matches: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type View = {
  __typename?: 'View';
  columns: Array<Column>;
  name: Scalars['String']['output'];
  schema: Scalars['String']['output'];
  sql: Scalars['String']['output'];
};

export type WebSocketFigures = {
  __typename?: 'WebSocketFigures';
  connections: Scalars['Int']['output'];
  endpoints: Array<EndpointConnections>;
  messagesReceived: Scalars['SafeInt']['output'];
  messagesSent: Scalars['SafeInt']['output'];
};

export type WebsocketConnection = {
  __typename?: 'WebsocketConnection';
  clientAddress?: Maybe<Scalars['String']['output']>;
  connectedAt: Scalars['DateTime']['output'];
  connectionId: Scalars['ID']['output'];
  lagged: Scalars['SafeInt']['output'];
  messagesReceived: Scalars['SafeInt']['output'];
  messagesSent: Scalars['SafeInt']['output'];
  path: Scalars['String']['output'];
  /** Messages waiting to be sent: frames the network has not taken yet, and on graphql-ws also events waiting in its subscriptions' buffers. */
  queued: Scalars['Int']['output'];
  subscriptions: Array<WebsocketSubscription>;
  /** websocket or graphql-ws. */
  surface: Scalars['String']['output'];
  userId?: Maybe<Scalars['ID']['output']>;
  username?: Maybe<Scalars['String']['output']>;
};

export type WebsocketStatus = {
  __typename?: 'WebsocketStatus';
  activeConnections: Scalars['Int']['output'];
  graphqlWsConnections: Scalars['Int']['output'];
  lagged: Scalars['SafeInt']['output'];
  messagesReceived: Scalars['SafeInt']['output'];
  messagesSent: Scalars['SafeInt']['output'];
  queued: Scalars['SafeInt']['output'];
  totalConnections: Scalars['SafeInt']['output'];
  totalSubscriptions: Scalars['Int']['output'];
  uptimeSeconds: Scalars['Float']['output'];
  websocketConnections: Scalars['Int']['output'];
};

export type WebsocketSubscription = {
  __typename?: 'WebsocketSubscription';
  openedAt: Scalars['DateTime']['output'];
  params: Scalars['JSON']['output'];
  subscriptionId: Scalars['ID']['output'];
  /** The channel name, or the GraphQL subscription field. */
  target: Scalars['String']['output'];
};

/** A condition on one column; conditions in a list must all hold. */
export type WhereClause = {
  field: Scalars['String']['input'];
  operator: FilterOperator;
  /** The operand: a list for IN, a boolean for IS_NULL (default true), a scalar otherwise. */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type WriteResult = {
  __typename?: 'WriteResult';
  rowsAffected: Scalars['SafeInt']['output'];
  scn?: Maybe<Scalars['SafeInt']['output']>;
};

export type ServerConfigQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerConfigQueryQuery = { __typename?: 'Query', serverConfig: { __typename?: 'ServerConfig', settings: unknown, persisted: boolean, entries: Array<{ __typename?: 'ConfigEntry', key: string, value?: unknown | null, defaultValue?: unknown | null, apply: ConfigApply, pendingValue?: unknown | null, description: string }> } };

export type ActiveQueriesQueryQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ActiveQueriesQueryQuery = { __typename?: 'Query', activeQueries: Array<{ __typename?: 'ActiveQuery', queryId: string, sqlText: string, state: ActiveQueryState, waitEvent?: string | null, startedAt: string, durationMs: number, transactionId?: string | null, sessionId?: string | null, userId?: string | null, username?: string | null, requestId?: string | null, operation?: string | null }> };

export type SlowQueriesQueryQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  minDurationMs?: InputMaybe<Scalars['Float']['input']>;
}>;


export type SlowQueriesQueryQuery = { __typename?: 'Query', slowQueries: Array<{ __typename?: 'SlowQuery', queryId: string, sqlText: string, executionTimeMs: number, outcome: QueryOutcome, errorCode?: string | null, rowsReturned: number, startTime: string, endTime: string, transactionId?: string | null, sessionId?: string | null, username?: string | null }> };

export type BackupsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupsQueryQuery = { __typename?: 'Query', backups: Array<{ __typename?: 'Backup', id: string, kind: BackupKind, parentId?: string | null, status: BackupState, error?: string | null, fromScn?: number | null, scn?: number | null, committedAt?: string | null, startedAt: string, completedAt?: string | null, durationMs?: number | null, contentHash?: string | null, commits?: number | null, rowChanges?: number | null, payloadBytes?: number | null, storedBytes?: number | null, sha256?: string | null, compression: BackupCompression, tables: Array<{ __typename?: 'BackupTable', name: string, rows: number, sha256: string }>, encryption?: { __typename?: 'BackupEncryptionInfo', algorithm: string, key: BackupKeySource } | null }> };

export type BackupQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BackupQueryQuery = { __typename?: 'Query', backup: { __typename?: 'Backup', id: string, kind: BackupKind, parentId?: string | null, status: BackupState, error?: string | null, fromScn?: number | null, scn?: number | null, committedAt?: string | null, startedAt: string, completedAt?: string | null, durationMs?: number | null, contentHash?: string | null, commits?: number | null, rowChanges?: number | null, payloadBytes?: number | null, storedBytes?: number | null, sha256?: string | null, compression: BackupCompression, tables: Array<{ __typename?: 'BackupTable', name: string, rows: number, sha256: string }>, encryption?: { __typename?: 'BackupEncryptionInfo', algorithm: string, key: BackupKeySource } | null } };

export type BackupScheduleQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupScheduleQueryQuery = { __typename?: 'Query', backupSchedule: { __typename?: 'BackupSchedule', full?: string | null, incremental?: string | null, compression: BackupCompression, encrypt: boolean, nextFullAt?: string | null, nextIncrementalAt?: string | null, retention: { __typename?: 'BackupRetention', keepFulls?: number | null, maxAgeDays?: number | null }, runs: Array<{ __typename?: 'BackupScheduleRun', kind: BackupKind, startedAt: string, finishedAt: string, status: BackupState, backupId?: string | null, error?: string | null, deleted: Array<string> }> } };

export type BlockchainTableQueryQueryVariables = Exact<{
  tableName: Scalars['String']['input'];
}>;


export type BlockchainTableQueryQuery = { __typename?: 'Query', blockchainTable: { __typename?: 'BlockchainTable', name: string, createdAt: string, createdBy?: string | null, headSeq: number, headHash: string, purgedThroughSeq: number, columns: Array<{ __typename?: 'BlockchainColumn', name: string, type: BlockchainColumnType, nullable: boolean }>, retentionPolicy?: { __typename?: 'RetentionPolicy', name: string, retentionDays: number, description: string, createdAt: string } | null, activeLegalHolds: Array<{ __typename?: 'LegalHold', id: string, tableName: string, reason: string, createdAt: string, createdBy?: string | null, releasedAt?: string | null, releasedBy?: string | null }> } };

export type BlockchainBlockQueryQueryVariables = Exact<{
  tableName: Scalars['String']['input'];
  blockId: Scalars['Int']['input'];
  proofFor?: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type BlockchainBlockQueryQuery = { __typename?: 'Query', blockchainBlock: { __typename?: 'BlockchainBlock', tableName: string, blockId: number, firstSeq: number, lastSeq: number, rowCount: number, merkleRoot: string, prevBlockHash: string, blockHash: string, finalizedAt: string, finalizedBy?: string | null, purged: boolean, proof?: { __typename?: 'MerkleProof', seq: number, rowHash: string, merkleRoot: string, steps: Array<{ __typename?: 'MerkleProofStep', position: MerkleSide, hash: string }> } | null } };

export type BlockchainAuditQueryQueryVariables = Exact<{
  tableName: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  cursor?: InputMaybe<Scalars['String']['input']>;
}>;


export type BlockchainAuditQueryQuery = { __typename?: 'Query', blockchainAudit: { __typename?: 'BlockchainAuditPage', nextCursor?: string | null, entries: Array<{ __typename?: 'BlockchainAuditEntry', id: number, tableName: string, action: string, actor?: string | null, at: string, detail: unknown }> } };

export type BlockchainStatsQueryQueryVariables = Exact<{
  tableName: Scalars['String']['input'];
}>;


export type BlockchainStatsQueryQuery = { __typename?: 'Query', blockchainStats: { __typename?: 'BlockchainStats', tableName: string, rowCount: number, blockCount: number, openRows: number, purgedRows: number, purgedBlocks: number, headSeq: number, firstInsertAt?: string | null, lastInsertAt?: string | null, activeLegalHolds: number, dataBytes: number, lastVerification?: { __typename?: 'LastVerification', at: string, valid: boolean, elapsedMs: number, rowsChecked: number } | null } };

export type BlockchainDigestQueryQueryVariables = Exact<{
  tableName: Scalars['String']['input'];
}>;


export type BlockchainDigestQueryQuery = { __typename?: 'Query', blockchainDigest: { __typename?: 'BlockchainDigest', tableName: string, headSeq: number, headHash: string, scn: number, issuedAt: string, algorithm: string, publicKey: string, signature: string } };

export type QueryTableQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  orderBy?: InputMaybe<Array<SortField> | SortField>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<PointInTime>;
}>;


export type QueryTableQueryQuery = { __typename?: 'Query', queryTable: Array<{ __typename?: 'Row', id: string, data: unknown, scn?: number | null }> };

export type QueryTableConnectionQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  orderBy?: InputMaybe<Array<SortField> | SortField>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<PointInTime>;
}>;


export type QueryTableConnectionQueryQuery = { __typename?: 'Query', queryTableConnection: { __typename?: 'RowConnection', totalCount: number, edges: Array<{ __typename?: 'RowEdge', cursor: string, node: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RowQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<PointInTime>;
}>;


export type RowQueryQuery = { __typename?: 'Query', row?: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } | null };

export type CountQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CountQueryQuery = { __typename?: 'Query', count: number };

export type AggregateQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  aggregates: Array<AggregateInput> | AggregateInput;
  groupBy?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AggregateQueryQuery = { __typename?: 'Query', aggregate: Array<{ __typename?: 'AggregateGroup', key: unknown, results: Array<{ __typename?: 'AggregateValue', function: AggregateFunction, field: string, value?: unknown | null }> }> };

export type IncidentsQueryQueryVariables = Exact<{
  kind?: InputMaybe<IncidentKind>;
  severity?: InputMaybe<IncidentSeverity>;
  requestId?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  cursor?: InputMaybe<Scalars['String']['input']>;
}>;


export type IncidentsQueryQuery = { __typename?: 'Query', incidents: { __typename?: 'IncidentPage', nextCursor?: string | null, incidents: Array<{ __typename?: 'Incident', id: string, kind: IncidentKind, severity: IncidentSeverity, occurredAt: string, summary: string, requestId?: string | null, operation?: string | null, context: unknown }> } };

export type QueryProfilingQueryQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProfileOrder>;
}>;


export type QueryProfilingQueryQuery = { __typename?: 'Query', queryProfiling: { __typename?: 'QueryProfiling', since: string, statements: Array<{ __typename?: 'StatementProfile', fingerprint: string, statement: string, calls: number, errors: number, cancelled: number, totalTimeMs: number, meanTimeMs: number, p95TimeMs: number, maxTimeMs: number, rows: number, firstSeenAt: string, lastSeenAt: string, lastPlan?: unknown | null, planUnavailable?: string | null }> } };

export type ActiveSessionHistoryQueryQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  sessionId?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ActiveSessionHistoryQueryQuery = { __typename?: 'Query', activeSessionHistory: Array<{ __typename?: 'SessionSample', sampledAt: string, sessionId?: string | null, userId?: string | null, username?: string | null, state: SessionSampleState, waitEvent?: string | null, queryId?: string | null, sqlText?: string | null, transactionId?: string | null, operation?: string | null, requestId?: string | null, elapsedMs: number }> };

export type DumpStatusQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DumpStatusQueryQuery = { __typename?: 'Query', dumpStatus?: { __typename?: 'Dump', id: string, status: DumpStatus, createdAt: string, finishedAt?: string | null, sizeBytes?: number | null, sections: Array<string>, error?: string | null } | null };

export type CurrentScnQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentScnQueryQuery = { __typename?: 'Query', currentScn: { __typename?: 'CurrentScn', scn: number, timestamp?: string | null } };

export type FlashbackQueryQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  asOf: PointInTime;
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FlashbackQueryQueryQuery = { __typename?: 'Query', flashbackQuery: { __typename?: 'FlashbackRows', table: string, scn: number, committedAt?: string | null, truncated: boolean, rows: Array<{ __typename?: 'Row', id: string, data: unknown, scn?: number | null }> } };

export type FlashbackVersionsQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  from: PointInTime;
  to: PointInTime;
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FlashbackVersionsQueryQuery = { __typename?: 'Query', flashbackVersions: { __typename?: 'FlashbackVersions', table: string, fromScn: number, toScn: number, truncated: boolean, versions: Array<{ __typename?: 'RowVersion', rowId: string, operation?: ChangeType | null, startScn?: number | null, endScn?: number | null, transactionId?: string | null, committedAt?: string | null, data: unknown }> } };

export type RestorePointsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type RestorePointsQueryQuery = { __typename?: 'Query', restorePoints: Array<{ __typename?: 'RestorePoint', name: string, scn: number, committedAt?: string | null, createdAt: string, guaranteed: boolean }> };

export type FlashbackStatsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type FlashbackStatsQueryQuery = { __typename?: 'Query', flashbackStats: { __typename?: 'FlashbackStats', retentionSeconds: number, currentScn: number, oldestScn: number, oldestCommitAt?: string | null, history: { __typename?: 'FlashbackHistory', commits: number, changes: number, bytes: number }, restorePoints: { __typename?: 'RestorePointCounts', normal: number, guaranteed: number }, operations: { __typename?: 'FlashbackOperationCounts', query: number, versions: number, table: number, database: number, transaction: number }, lastPurge?: { __typename?: 'HistoryPurge', oldestScn: number, commits: number, changes: number, restorePoints: number, at: string } | null } };

export type HealthStatusQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthStatusQueryQuery = { __typename?: 'Query', healthStatus: { __typename?: 'HealthStatus', status: HealthState, checkedAt: string, uptimeSeconds: number, components: Array<{ __typename?: 'ComponentHealth', name: string, status: HealthState, responseTimeMs: number, details: string }> } };

export type MetricsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsQueryQuery = { __typename?: 'Query', metrics: { __typename?: 'Metrics', timestamp: string, uptimeSeconds: number, http: { __typename?: 'HttpFigures', requests: number, requestsPerSecond: number, latencyMs: { __typename?: 'LatencySummary', p50: number, p95: number, p99: number, mean: number, max: number }, operations: Array<{ __typename?: 'OperationFigures', operation: string, requests: number, clientErrors: number, serverErrors: number, meanLatencyMs: number }> }, graphql: { __typename?: 'GraphQLFigures', operations: Array<{ __typename?: 'OperationFigures', operation: string, requests: number, clientErrors: number, serverErrors: number, meanLatencyMs: number }> }, websocket: { __typename?: 'WebSocketFigures', connections: number, messagesReceived: number, messagesSent: number, endpoints: Array<{ __typename?: 'EndpointConnections', endpoint: string, connections: number }> }, queries: { __typename?: 'QueryStats', total: number, completed: number, failed: number, cancelled: number, errorRate: number, rows: number, window: number, running: number, latencyMs: { __typename?: 'LatencySummary', p50: number, p95: number, p99: number, mean: number, max: number } }, sessions: { __typename?: 'SessionStats', open: number, active: number, idle: number, peak: number, openedTotal: number, closedTotal: number, averageDurationSeconds: number, websocketConnections: number, sessions: Array<{ __typename?: 'Session', sessionId: string, userId: string, username: string, openedAt: string, state: SessionState, runningQueries: number, queries: number, lastActivityAt: string }> }, performance: { __typename?: 'PerformanceData', timestamp: string, cpuPercent: number, queriesPerSecond: number, intervalSeconds: number, memory: { __typename?: 'MemoryFigures', rssBytes: number, heapUsedBytes: number, heapTotalBytes: number, externalBytes: number, systemTotalBytes: number, systemFreeBytes: number }, eventLoopLagMs: { __typename?: 'EventLoopLag', mean: number, p99: number, max: number }, disk: { __typename?: 'DiskFigures', readBytesPerSecond?: number | null, writeBytesPerSecond?: number | null, totalBytes: number, freeBytes: number }, network: { __typename?: 'NetworkFigures', receivedBytesPerSecond?: number | null, sentBytesPerSecond?: number | null }, storage: { __typename?: 'StorageFigures', fileBytes: number, walBytes: number, pageSizeBytes: number, pageCount: number, freePages: number, cacheSizeKiB: number }, transactions: { __typename?: 'TransactionFigures', open: number, committed: number, rolledBack: number, commitsPerSecond: number, rollbacksPerSecond: number }, changes: { __typename?: 'ChangeFigures', scn: number, scnPerSecond: number, rowChanges: number } } } };

export type SessionStatsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionStatsQueryQuery = { __typename?: 'Query', sessionStats: { __typename?: 'SessionStats', open: number, active: number, idle: number, peak: number, openedTotal: number, closedTotal: number, averageDurationSeconds: number, websocketConnections: number, sessions: Array<{ __typename?: 'Session', sessionId: string, userId: string, username: string, openedAt: string, state: SessionState, runningQueries: number, queries: number, lastActivityAt: string }> } };

export type QueryStatsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryStatsQueryQuery = { __typename?: 'Query', queryStats: { __typename?: 'QueryStats', total: number, completed: number, failed: number, cancelled: number, errorRate: number, rows: number, window: number, running: number, latencyMs: { __typename?: 'LatencySummary', p50: number, p95: number, p99: number, mean: number, max: number } } };

export type PerformanceDataQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PerformanceDataQueryQuery = { __typename?: 'Query', performanceData: { __typename?: 'PerformanceData', timestamp: string, cpuPercent: number, queriesPerSecond: number, intervalSeconds: number, memory: { __typename?: 'MemoryFigures', rssBytes: number, heapUsedBytes: number, heapTotalBytes: number, externalBytes: number, systemTotalBytes: number, systemFreeBytes: number }, eventLoopLagMs: { __typename?: 'EventLoopLag', mean: number, p99: number, max: number }, disk: { __typename?: 'DiskFigures', readBytesPerSecond?: number | null, writeBytesPerSecond?: number | null, totalBytes: number, freeBytes: number }, network: { __typename?: 'NetworkFigures', receivedBytesPerSecond?: number | null, sentBytesPerSecond?: number | null }, storage: { __typename?: 'StorageFigures', fileBytes: number, walBytes: number, pageSizeBytes: number, pageCount: number, freePages: number, cacheSizeKiB: number }, transactions: { __typename?: 'TransactionFigures', open: number, committed: number, rolledBack: number, commitsPerSecond: number, rollbacksPerSecond: number }, changes: { __typename?: 'ChangeFigures', scn: number, scnPerSecond: number, rowChanges: number } } };

export type SessionsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQueryQuery = { __typename?: 'Query', sessions: Array<{ __typename?: 'Session', sessionId: string, userId: string, username: string, openedAt: string, state: SessionState, runningQueries: number, queries: number, lastActivityAt: string }> };

export type AlertsQueryQueryVariables = Exact<{
  severity?: InputMaybe<AlertSeverity>;
  state?: InputMaybe<AlertState>;
}>;


export type AlertsQueryQuery = { __typename?: 'Query', alerts: Array<{ __typename?: 'Alert', id: string, ruleId: string, ruleName: string, metric: string, comparison: AlertComparison, threshold: number, severity: AlertSeverity, state: AlertState, value: number, message: string, firedAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null }> };

export type AlertRulesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQueryQuery = { __typename?: 'Query', alertRules: Array<{ __typename?: 'AlertRule', id: string, name: string, description: string, metric: string, comparison: AlertComparison, threshold: number, forSeconds: number, severity: AlertSeverity, enabled: boolean, webhookUrl?: string | null, builtIn: boolean, createdAt: string, updatedAt: string }> };

export type ExecuteSqlQueryQueryVariables = Exact<{
  sql: Scalars['String']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  maxRows?: InputMaybe<Scalars['Int']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExecuteSqlQueryQuery = { __typename?: 'Query', executeSql: { __typename?: 'SqlResult', rows: Array<unknown>, rowsAffected: number, lastInsertRowid?: number | null, elapsedMs: number, truncated: boolean, statements: number, scn?: number | null, columns: Array<{ __typename?: 'ResultColumn', name: string, type?: string | null, table?: string | null }> } };

export type ExplainQueryQueryQueryVariables = Exact<{
  sql: Scalars['String']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
}>;


export type ExplainQueryQueryQuery = { __typename?: 'Query', explainQuery: { __typename?: 'QueryPlan', sql: string, plan: Array<{ __typename?: 'QueryPlanNode', id: number, detail: string, operation: string, table?: string | null, index?: string | null, children: Array<{ __typename?: 'QueryPlanNode', id: number, detail: string, operation: string, table?: string | null, index?: string | null, children: Array<{ __typename?: 'QueryPlanNode', id: number, detail: string, operation: string, table?: string | null, index?: string | null }> }> }> } };

export type WebsocketStatusQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type WebsocketStatusQueryQuery = { __typename?: 'Query', websocketStatus: { __typename?: 'WebsocketStatus', activeConnections: number, totalConnections: number, totalSubscriptions: number, websocketConnections: number, graphqlWsConnections: number, messagesSent: number, messagesReceived: number, lagged: number, queued: number, uptimeSeconds: number } };

export type WebsocketConnectionsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type WebsocketConnectionsQueryQuery = { __typename?: 'Query', websocketConnections: Array<{ __typename?: 'WebsocketConnection', connectionId: string, surface: string, path: string, userId?: string | null, username?: string | null, clientAddress?: string | null, connectedAt: string, messagesSent: number, messagesReceived: number, queued: number, lagged: number, subscriptions: Array<{ __typename?: 'WebsocketSubscription', subscriptionId: string, target: string, params: unknown, openedAt: string }> }> };

export type WebsocketConnectionSubscriptionsQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebsocketConnectionSubscriptionsQueryQuery = { __typename?: 'Query', websocketConnectionSubscriptions: Array<{ __typename?: 'WebsocketSubscription', subscriptionId: string, target: string, params: unknown, openedAt: string }> };

export type SchemasQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemasQueryQuery = { __typename?: 'Query', schemas: Array<{ __typename?: 'Schema', name: string, tables: Array<{ __typename?: 'Table', name: string, schema: string, primaryKey: Array<string>, strict: boolean, withoutRowid: boolean, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }>, indexes: Array<{ __typename?: 'Index', name: string, table: string, columns: Array<string>, unique: boolean, origin: IndexOrigin, partial: boolean, sql?: string | null }> }>, views: Array<{ __typename?: 'View', name: string, schema: string, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }> }> }> };

export type SchemaQueryQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type SchemaQueryQuery = { __typename?: 'Query', schema?: { __typename?: 'Schema', name: string, tables: Array<{ __typename?: 'Table', name: string, schema: string, primaryKey: Array<string>, strict: boolean, withoutRowid: boolean, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }>, indexes: Array<{ __typename?: 'Index', name: string, table: string, columns: Array<string>, unique: boolean, origin: IndexOrigin, partial: boolean, sql?: string | null }> }>, views: Array<{ __typename?: 'View', name: string, schema: string, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }> }> } | null };

export type TablesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type TablesQueryQuery = { __typename?: 'Query', tables: Array<{ __typename?: 'Table', name: string, schema: string, primaryKey: Array<string>, strict: boolean, withoutRowid: boolean, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }>, indexes: Array<{ __typename?: 'Index', name: string, table: string, columns: Array<string>, unique: boolean, origin: IndexOrigin, partial: boolean, sql?: string | null }> }> };

export type TableQueryQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type TableQueryQuery = { __typename?: 'Query', table?: { __typename?: 'Table', name: string, schema: string, primaryKey: Array<string>, strict: boolean, withoutRowid: boolean, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }>, indexes: Array<{ __typename?: 'Index', name: string, table: string, columns: Array<string>, unique: boolean, origin: IndexOrigin, partial: boolean, sql?: string | null }> } | null };

export type IndexesQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
}>;


export type IndexesQueryQuery = { __typename?: 'Query', indexes: Array<{ __typename?: 'Index', name: string, table: string, columns: Array<string>, unique: boolean, origin: IndexOrigin, partial: boolean, sql?: string | null }> };

export type ViewsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewsQueryQuery = { __typename?: 'Query', views: Array<{ __typename?: 'View', name: string, schema: string, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }> }> };

export type ViewQueryQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ViewQueryQuery = { __typename?: 'Query', view?: { __typename?: 'View', name: string, schema: string, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }> } | null };

export type UsersQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQueryQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, username: string, roles: Array<string>, disabled: boolean, createdAt: string, updatedAt: string, lastLoginAt?: string | null }> };

export type UserQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserQueryQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, username: string, roles: Array<string>, disabled: boolean, createdAt: string, updatedAt: string, lastLoginAt?: string | null } | null };

export type RolesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQueryQuery = { __typename?: 'Query', roles: Array<{ __typename?: 'Role', id: string, name: string, description: string, permissions: Array<string>, builtIn: boolean, createdAt: string }> };

export type RoleQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoleQueryQuery = { __typename?: 'Query', role?: { __typename?: 'Role', id: string, name: string, description: string, permissions: Array<string>, builtIn: boolean, createdAt: string } | null };

export type PermissionsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsQueryQuery = { __typename?: 'Query', permissions: Array<{ __typename?: 'Permission', name: string, description: string }> };

export type AuditLogQueryQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  cursor?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQueryQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditPage', nextCursor?: string | null, entries: Array<{ __typename?: 'AuditEntry', id: number, time: string, userId?: string | null, username?: string | null, via: AuditVia, ip?: string | null, surface: AuditSurface, operation: string, target?: string | null, outcome: AuditOutcome, status?: number | null, requestId?: string | null, detail?: string | null }> } };

export type ServerInfoQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQueryQuery = { __typename?: 'Query', serverInfo: { __typename?: 'ServerInfo', name: string, version: string, startedAt: string, uptimeSeconds: number, scn: number, specs: { __typename?: 'SpecVersions', openapi: string, graphql: string, asyncapi: string }, runtime: { __typename?: 'RuntimeInfo', node: string, sqlite: string, storage: string } } };

export type TransactionQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TransactionQueryQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', id: string, state: TransactionState, mode: TransactionMode, startedAt: string, lastActivityAt: string, endedAt?: string | null, idleTimeoutMs: number, statements: number, scn?: number | null, endReason?: string | null, savepoints: Array<{ __typename?: 'Savepoint', name: string, createdAt: string }> } | null };

export type ActiveTransactionsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveTransactionsQueryQuery = { __typename?: 'Query', activeTransactions: Array<{ __typename?: 'Transaction', id: string, state: TransactionState, mode: TransactionMode, startedAt: string, lastActivityAt: string, endedAt?: string | null, idleTimeoutMs: number, statements: number, scn?: number | null, endReason?: string | null, savepoints: Array<{ __typename?: 'Savepoint', name: string, createdAt: string }> }> };

export type UpdateServerConfigMutationMutationVariables = Exact<{
  config: Scalars['JSON']['input'];
}>;


export type UpdateServerConfigMutationMutation = { __typename?: 'Mutation', updateServerConfig: { __typename?: 'ServerConfig', settings: unknown, persisted: boolean, entries: Array<{ __typename?: 'ConfigEntry', key: string, value?: unknown | null, defaultValue?: unknown | null, apply: ConfigApply, pendingValue?: unknown | null, description: string }> } };

export type RunMaintenanceMutationMutationVariables = Exact<{
  operation: MaintenanceOperation;
}>;


export type RunMaintenanceMutationMutation = { __typename?: 'Mutation', runMaintenance: { __typename?: 'MaintenanceResult', operation: MaintenanceOperation, outcome: MaintenanceOutcome, startedAt: string, durationMs: number, details: Array<string>, databaseBytesBefore: number, databaseBytesAfter: number, walBytesBefore: number, walBytesAfter: number } };

export type KillQueryMutationMutationVariables = Exact<{
  queryId: Scalars['ID']['input'];
}>;


export type KillQueryMutationMutation = { __typename?: 'Mutation', killQuery: boolean };

export type TerminateSessionMutationMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type TerminateSessionMutationMutation = { __typename?: 'Mutation', terminateSession: boolean };

export type CreateBackupMutationMutationVariables = Exact<{
  input: CreateBackupInput;
}>;


export type CreateBackupMutationMutation = { __typename?: 'Mutation', createBackup: { __typename?: 'Backup', id: string, kind: BackupKind, parentId?: string | null, status: BackupState, error?: string | null, fromScn?: number | null, scn?: number | null, committedAt?: string | null, startedAt: string, completedAt?: string | null, durationMs?: number | null, contentHash?: string | null, commits?: number | null, rowChanges?: number | null, payloadBytes?: number | null, storedBytes?: number | null, sha256?: string | null, compression: BackupCompression, tables: Array<{ __typename?: 'BackupTable', name: string, rows: number, sha256: string }>, encryption?: { __typename?: 'BackupEncryptionInfo', algorithm: string, key: BackupKeySource } | null } };

export type BackupDatabaseMutationMutationVariables = Exact<{
  input?: InputMaybe<CreateBackupInput>;
}>;


export type BackupDatabaseMutationMutation = { __typename?: 'Mutation', backupDatabase: { __typename?: 'Backup', id: string, kind: BackupKind, parentId?: string | null, status: BackupState, error?: string | null, fromScn?: number | null, scn?: number | null, committedAt?: string | null, startedAt: string, completedAt?: string | null, durationMs?: number | null, contentHash?: string | null, commits?: number | null, rowChanges?: number | null, payloadBytes?: number | null, storedBytes?: number | null, sha256?: string | null, compression: BackupCompression, tables: Array<{ __typename?: 'BackupTable', name: string, rows: number, sha256: string }>, encryption?: { __typename?: 'BackupEncryptionInfo', algorithm: string, key: BackupKeySource } | null } };

export type RestoreBackupMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RestoreInput;
}>;


export type RestoreBackupMutationMutation = { __typename?: 'Mutation', restoreBackup: { __typename?: 'RestoreResult', backupId: string, chain: Array<string>, mode: RestoreMode, database: string, scn: number, restoreScn?: number | null, commitsReplayed: number, rowChangesReplayed: number, contentHash: string, durationMs: number, tables: Array<{ __typename?: 'BackupTable', name: string, rows: number, sha256: string }> } };

export type VerifyBackupMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  passphrase?: InputMaybe<Scalars['String']['input']>;
}>;


export type VerifyBackupMutationMutation = { __typename?: 'Mutation', verifyBackup: { __typename?: 'VerifyResult', backupId: string, valid: boolean, durationMs: number, checks: Array<{ __typename?: 'VerifyCheck', name: string, passed: boolean, detail: string }>, tables: Array<{ __typename?: 'VerifyTable', name: string, expectedRows?: number | null, actualRows?: number | null, matches: boolean }> } };

export type RecoverToPointInTimeMutationMutationVariables = Exact<{
  to: PointInTime;
  input: RestoreInput;
}>;


export type RecoverToPointInTimeMutationMutation = { __typename?: 'Mutation', recoverToPointInTime: { __typename?: 'RestoreResult', backupId: string, chain: Array<string>, mode: RestoreMode, database: string, scn: number, restoreScn?: number | null, commitsReplayed: number, rowChangesReplayed: number, contentHash: string, durationMs: number, tables: Array<{ __typename?: 'BackupTable', name: string, rows: number, sha256: string }> } };

export type DeleteBackupMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DeleteBackupMutationMutation = { __typename?: 'Mutation', deleteBackup: Array<string> };

export type UpdateBackupScheduleMutationMutationVariables = Exact<{
  input: BackupScheduleInput;
}>;


export type UpdateBackupScheduleMutationMutation = { __typename?: 'Mutation', updateBackupSchedule: { __typename?: 'BackupSchedule', full?: string | null, incremental?: string | null, compression: BackupCompression, encrypt: boolean, nextFullAt?: string | null, nextIncrementalAt?: string | null, retention: { __typename?: 'BackupRetention', keepFulls?: number | null, maxAgeDays?: number | null }, runs: Array<{ __typename?: 'BackupScheduleRun', kind: BackupKind, startedAt: string, finishedAt: string, status: BackupState, backupId?: string | null, error?: string | null, deleted: Array<string> }> } };

export type CreateBlockchainTableMutationMutationVariables = Exact<{
  input: BlockchainTableInput;
}>;


export type CreateBlockchainTableMutationMutation = { __typename?: 'Mutation', createBlockchainTable: { __typename?: 'BlockchainTable', name: string, createdAt: string, createdBy?: string | null, headSeq: number, headHash: string, purgedThroughSeq: number, columns: Array<{ __typename?: 'BlockchainColumn', name: string, type: BlockchainColumnType, nullable: boolean }>, retentionPolicy?: { __typename?: 'RetentionPolicy', name: string, retentionDays: number, description: string, createdAt: string } | null, activeLegalHolds: Array<{ __typename?: 'LegalHold', id: string, tableName: string, reason: string, createdAt: string, createdBy?: string | null, releasedAt?: string | null, releasedBy?: string | null }> } };

export type InsertBlockchainRowMutationMutationVariables = Exact<{
  tableName: Scalars['String']['input'];
  data: Scalars['JSON']['input'];
}>;


export type InsertBlockchainRowMutationMutation = { __typename?: 'Mutation', insertBlockchainRow: { __typename?: 'BlockchainRowReceipt', tableName: string, seq: number, insertedAt: string, insertedBy?: string | null, prevHash: string, rowHash: string, data: unknown, scn?: number | null } };

export type FinalizeBlockMutationMutationVariables = Exact<{
  tableName: Scalars['String']['input'];
}>;


export type FinalizeBlockMutationMutation = { __typename?: 'Mutation', finalizeBlock: { __typename?: 'BlockchainBlock', tableName: string, blockId: number, firstSeq: number, lastSeq: number, rowCount: number, merkleRoot: string, prevBlockHash: string, blockHash: string, finalizedAt: string, finalizedBy?: string | null, purged: boolean, proof?: { __typename?: 'MerkleProof', seq: number, rowHash: string, merkleRoot: string, steps: Array<{ __typename?: 'MerkleProofStep', position: MerkleSide, hash: string }> } | null } };

export type VerifyBlockchainTableMutationMutationVariables = Exact<{
  tableName: Scalars['String']['input'];
}>;


export type VerifyBlockchainTableMutationMutation = { __typename?: 'Mutation', verifyBlockchainTable: { __typename?: 'BlockchainVerification', tableName: string, valid: boolean, rowsChecked: number, blocksChecked: number, headSeq: number, headHash: string, verifiedAt: string, elapsedMs: number, firstBrokenRow?: { __typename?: 'BrokenRow', seq: number, problem: BlockchainRowProblem, detail: string } | null, firstBrokenBlock?: { __typename?: 'BrokenBlock', blockId: number, problem: BlockchainBlockProblem, detail: string } | null } };

export type CreateRetentionPolicyMutationMutationVariables = Exact<{
  name: Scalars['String']['input'];
  retentionDays: Scalars['Float']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateRetentionPolicyMutationMutation = { __typename?: 'Mutation', createRetentionPolicy: { __typename?: 'RetentionPolicy', name: string, retentionDays: number, description: string, createdAt: string } };

export type AssignRetentionPolicyMutationMutationVariables = Exact<{
  tableName: Scalars['String']['input'];
  policy: Scalars['String']['input'];
}>;


export type AssignRetentionPolicyMutationMutation = { __typename?: 'Mutation', assignRetentionPolicy: { __typename?: 'BlockchainTable', name: string, createdAt: string, createdBy?: string | null, headSeq: number, headHash: string, purgedThroughSeq: number, columns: Array<{ __typename?: 'BlockchainColumn', name: string, type: BlockchainColumnType, nullable: boolean }>, retentionPolicy?: { __typename?: 'RetentionPolicy', name: string, retentionDays: number, description: string, createdAt: string } | null, activeLegalHolds: Array<{ __typename?: 'LegalHold', id: string, tableName: string, reason: string, createdAt: string, createdBy?: string | null, releasedAt?: string | null, releasedBy?: string | null }> } };

export type PurgeBlockchainTableMutationMutationVariables = Exact<{
  tableName: Scalars['String']['input'];
}>;


export type PurgeBlockchainTableMutationMutation = { __typename?: 'Mutation', purgeBlockchainTable: { __typename?: 'BlockchainPurgeResult', tableName: string, blocksPurged: number, rowsPurged: number, purgedThroughSeq: number, scn?: number | null } };

export type CreateLegalHoldMutationMutationVariables = Exact<{
  tableName: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type CreateLegalHoldMutationMutation = { __typename?: 'Mutation', createLegalHold: { __typename?: 'LegalHold', id: string, tableName: string, reason: string, createdAt: string, createdBy?: string | null, releasedAt?: string | null, releasedBy?: string | null } };

export type ReleaseLegalHoldMutationMutationVariables = Exact<{
  holdId: Scalars['ID']['input'];
}>;


export type ReleaseLegalHoldMutationMutation = { __typename?: 'Mutation', releaseLegalHold: { __typename?: 'LegalHold', id: string, tableName: string, reason: string, createdAt: string, createdBy?: string | null, releasedAt?: string | null, releasedBy?: string | null } };

export type VerifyBlockchainDigestMutationMutationVariables = Exact<{
  digest: BlockchainDigestInput;
}>;


export type VerifyBlockchainDigestMutationMutation = { __typename?: 'Mutation', verifyBlockchainDigest: { __typename?: 'BlockchainDigestVerification', valid: boolean, signatureValid: boolean, headMatches: boolean, detail: string, verification: { __typename?: 'BlockchainVerification', tableName: string, valid: boolean, rowsChecked: number, blocksChecked: number, headSeq: number, headHash: string, verifiedAt: string, elapsedMs: number, firstBrokenRow?: { __typename?: 'BrokenRow', seq: number, problem: BlockchainRowProblem, detail: string } | null, firstBrokenBlock?: { __typename?: 'BrokenBlock', blockId: number, problem: BlockchainBlockProblem, detail: string } | null } } };

export type InsertRowMutationMutationVariables = Exact<{
  table: Scalars['String']['input'];
  data: Scalars['JSON']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InsertRowMutationMutation = { __typename?: 'Mutation', insertRow: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } };

export type InsertRowsMutationMutationVariables = Exact<{
  table: Scalars['String']['input'];
  rows: Array<Scalars['JSON']['input']> | Scalars['JSON']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InsertRowsMutationMutation = { __typename?: 'Mutation', insertRows: Array<{ __typename?: 'Row', id: string, data: unknown, scn?: number | null }> };

export type UpdateRowMutationMutationVariables = Exact<{
  table: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  data: Scalars['JSON']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UpdateRowMutationMutation = { __typename?: 'Mutation', updateRow: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } };

export type UpdateRowsMutationMutationVariables = Exact<{
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  data: Scalars['JSON']['input'];
  all?: InputMaybe<Scalars['Boolean']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UpdateRowsMutationMutation = { __typename?: 'Mutation', updateRows: { __typename?: 'WriteResult', rowsAffected: number, scn?: number | null } };

export type DeleteRowMutationMutationVariables = Exact<{
  table: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DeleteRowMutationMutation = { __typename?: 'Mutation', deleteRow: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } };

export type DeleteRowsMutationMutationVariables = Exact<{
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DeleteRowsMutationMutation = { __typename?: 'Mutation', deleteRows: { __typename?: 'WriteResult', rowsAffected: number, scn?: number | null } };

export type CreateDumpMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateDumpMutationMutation = { __typename?: 'Mutation', createDump: { __typename?: 'Dump', id: string, status: DumpStatus, createdAt: string, finishedAt?: string | null, sizeBytes?: number | null, sections: Array<string>, error?: string | null } };

export type FlashbackTableMutationMutationVariables = Exact<{
  table: Scalars['String']['input'];
  to: PointInTime;
}>;


export type FlashbackTableMutationMutation = { __typename?: 'Mutation', flashbackTable: { __typename?: 'FlashbackResult', targetScn: number, skippedTables: Array<string>, rowsChanged: number, scn?: number | null, transactionId: string, tables: Array<{ __typename?: 'TableRestore', table: string, inserted: number, updated: number, deleted: number }> } };

export type FlashbackDatabaseMutationMutationVariables = Exact<{
  to: PointInTime;
}>;


export type FlashbackDatabaseMutationMutation = { __typename?: 'Mutation', flashbackDatabase: { __typename?: 'FlashbackResult', targetScn: number, skippedTables: Array<string>, rowsChanged: number, scn?: number | null, transactionId: string, tables: Array<{ __typename?: 'TableRestore', table: string, inserted: number, updated: number, deleted: number }> } };

export type FlashbackTransactionMutationMutationVariables = Exact<{
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  scn?: InputMaybe<Scalars['SafeInt']['input']>;
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type FlashbackTransactionMutationMutation = { __typename?: 'Mutation', flashbackTransaction: { __typename?: 'FlashbackTransactionResult', rowsChanged: number, scn?: number | null, transactionId: string, reversed: Array<{ __typename?: 'CommitRef', scn: number, transactionId?: string | null }> } };

export type CreateRestorePointMutationMutationVariables = Exact<{
  name: Scalars['String']['input'];
  guaranteed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CreateRestorePointMutationMutation = { __typename?: 'Mutation', createRestorePoint: { __typename?: 'RestorePoint', name: string, scn: number, committedAt?: string | null, createdAt: string, guaranteed: boolean } };

export type DropRestorePointMutationMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type DropRestorePointMutationMutation = { __typename?: 'Mutation', dropRestorePoint: boolean };

export type AcknowledgeAlertMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutationMutation = { __typename?: 'Mutation', acknowledgeAlert: { __typename?: 'Alert', id: string, ruleId: string, ruleName: string, metric: string, comparison: AlertComparison, threshold: number, severity: AlertSeverity, state: AlertState, value: number, message: string, firedAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null } };

export type ExecuteSqlMutationMutationVariables = Exact<{
  sql: Scalars['String']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  maxRows?: InputMaybe<Scalars['Int']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExecuteSqlMutationMutation = { __typename?: 'Mutation', executeSql: { __typename?: 'SqlResult', rows: Array<unknown>, rowsAffected: number, lastInsertRowid?: number | null, elapsedMs: number, truncated: boolean, statements: number, scn?: number | null, columns: Array<{ __typename?: 'ResultColumn', name: string, type?: string | null, table?: string | null }> } };

export type DisconnectWebsocketConnectionMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisconnectWebsocketConnectionMutationMutation = { __typename?: 'Mutation', disconnectWebsocketConnection: { __typename?: 'DisconnectResult', message: string, connectionId: string } };

export type BroadcastWebsocketMessageMutationMutationVariables = Exact<{
  message: Scalars['String']['input'];
  data?: InputMaybe<Scalars['JSON']['input']>;
}>;


export type BroadcastWebsocketMessageMutationMutation = { __typename?: 'Mutation', broadcastWebsocketMessage: { __typename?: 'BroadcastResult', delivered: number, dropped: number } };

export type CreateTableMutationMutationVariables = Exact<{
  input: CreateTableInput;
}>;


export type CreateTableMutationMutation = { __typename?: 'Mutation', createTable: { __typename?: 'Table', name: string, schema: string, primaryKey: Array<string>, strict: boolean, withoutRowid: boolean, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }>, indexes: Array<{ __typename?: 'Index', name: string, table: string, columns: Array<string>, unique: boolean, origin: IndexOrigin, partial: boolean, sql?: string | null }> } };

export type AlterTableMutationMutationVariables = Exact<{
  name: Scalars['String']['input'];
  input: AlterTableInput;
}>;


export type AlterTableMutationMutation = { __typename?: 'Mutation', alterTable: { __typename?: 'Table', name: string, schema: string, primaryKey: Array<string>, strict: boolean, withoutRowid: boolean, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }>, indexes: Array<{ __typename?: 'Index', name: string, table: string, columns: Array<string>, unique: boolean, origin: IndexOrigin, partial: boolean, sql?: string | null }> } };

export type DropTableMutationMutationVariables = Exact<{
  name: Scalars['String']['input'];
  ifExists?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DropTableMutationMutation = { __typename?: 'Mutation', dropTable: { __typename?: 'DropResult', name: string, dropped: boolean, scn?: number | null } };

export type CreateIndexMutationMutationVariables = Exact<{
  input: CreateIndexInput;
}>;


export type CreateIndexMutationMutation = { __typename?: 'Mutation', createIndex: { __typename?: 'Index', name: string, table: string, columns: Array<string>, unique: boolean, origin: IndexOrigin, partial: boolean, sql?: string | null } };

export type DropIndexMutationMutationVariables = Exact<{
  table: Scalars['String']['input'];
  name: Scalars['String']['input'];
  ifExists?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DropIndexMutationMutation = { __typename?: 'Mutation', dropIndex: { __typename?: 'DropResult', name: string, dropped: boolean, scn?: number | null } };

export type CreateViewMutationMutationVariables = Exact<{
  input: CreateViewInput;
}>;


export type CreateViewMutationMutation = { __typename?: 'Mutation', createView: { __typename?: 'View', name: string, schema: string, sql: string, columns: Array<{ __typename?: 'Column', name: string, type: string, position: number, nullable: boolean, default?: string | null, primaryKey: boolean, unique: boolean, references?: { __typename?: 'ForeignKey', table: string, column: string, onDelete?: string | null, onUpdate?: string | null } | null }> } };

export type DropViewMutationMutationVariables = Exact<{
  name: Scalars['String']['input'];
  ifExists?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DropViewMutationMutation = { __typename?: 'Mutation', dropView: { __typename?: 'DropResult', name: string, dropped: boolean, scn?: number | null } };

export type CreateUserMutationMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutationMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, username: string, roles: Array<string>, disabled: boolean, createdAt: string, updatedAt: string, lastLoginAt?: string | null } };

export type UpdateUserMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutationMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, username: string, roles: Array<string>, disabled: boolean, createdAt: string, updatedAt: string, lastLoginAt?: string | null } };

export type DeleteUserMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUserMutationMutation = { __typename?: 'Mutation', deleteUser: boolean };

export type CreateRoleMutationMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutationMutation = { __typename?: 'Mutation', createRole: { __typename?: 'Role', id: string, name: string, description: string, permissions: Array<string>, builtIn: boolean, createdAt: string } };

export type UpdateRoleMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutationMutation = { __typename?: 'Mutation', updateRole: { __typename?: 'Role', id: string, name: string, description: string, permissions: Array<string>, builtIn: boolean, createdAt: string } };

export type DeleteRoleMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRoleMutationMutation = { __typename?: 'Mutation', deleteRole: boolean };

export type GrantPermissionMutationMutationVariables = Exact<{
  roleId: Scalars['ID']['input'];
  permission: Scalars['String']['input'];
}>;


export type GrantPermissionMutationMutation = { __typename?: 'Mutation', grantPermission: boolean };

export type RevokePermissionMutationMutationVariables = Exact<{
  roleId: Scalars['ID']['input'];
  permission: Scalars['String']['input'];
}>;


export type RevokePermissionMutationMutation = { __typename?: 'Mutation', revokePermission: boolean };

export type BeginTransactionMutationMutationVariables = Exact<{
  mode?: InputMaybe<TransactionMode>;
  idleTimeoutMs?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BeginTransactionMutationMutation = { __typename?: 'Mutation', beginTransaction: { __typename?: 'Transaction', id: string, state: TransactionState, mode: TransactionMode, startedAt: string, lastActivityAt: string, endedAt?: string | null, idleTimeoutMs: number, statements: number, scn?: number | null, endReason?: string | null, savepoints: Array<{ __typename?: 'Savepoint', name: string, createdAt: string }> } };

export type CommitTransactionMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitTransactionMutationMutation = { __typename?: 'Mutation', commitTransaction: boolean };

export type RollbackTransactionMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RollbackTransactionMutationMutation = { __typename?: 'Mutation', rollbackTransaction: boolean };

export type CreateSavepointMutationMutationVariables = Exact<{
  transactionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateSavepointMutationMutation = { __typename?: 'Mutation', createSavepoint: { __typename?: 'Savepoint', name: string, createdAt: string } };

export type RollbackToSavepointMutationMutationVariables = Exact<{
  transactionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RollbackToSavepointMutationMutation = { __typename?: 'Mutation', rollbackToSavepoint: boolean };

export type ReleaseSavepointMutationMutationVariables = Exact<{
  transactionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type ReleaseSavepointMutationMutation = { __typename?: 'Mutation', releaseSavepoint: boolean };

export type BackupProgressSubscriptionSubscriptionVariables = Exact<{
  backupId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BackupProgressSubscriptionSubscription = { __typename?: 'Subscription', backupProgress: { __typename?: 'BackupProgress', operationId: string, requestId?: string | null, operation: BackupOperation, backupId?: string | null, phase: string, status: BackupState, percentage: number, bytesProcessed: number, bytesTotal: number, etaSeconds?: number | null, message?: string | null, at: string } };

export type BlockchainVerificationSubscriptionSubscriptionVariables = Exact<{
  tableName?: InputMaybe<Scalars['String']['input']>;
}>;


export type BlockchainVerificationSubscriptionSubscription = { __typename?: 'Subscription', blockchainVerification: { __typename?: 'BlockchainVerification', tableName: string, valid: boolean, rowsChecked: number, blocksChecked: number, headSeq: number, headHash: string, verifiedAt: string, elapsedMs: number, firstBrokenRow?: { __typename?: 'BrokenRow', seq: number, problem: BlockchainRowProblem, detail: string } | null, firstBrokenBlock?: { __typename?: 'BrokenBlock', blockId: number, problem: BlockchainBlockProblem, detail: string } | null } };

export type FlashbackOperationsSubscriptionSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FlashbackOperationsSubscriptionSubscription = { __typename?: 'Subscription', flashbackOperations: { __typename?: 'FlashbackEvent', operation: FlashbackOperationKind, tables: Array<string>, targetScn?: number | null, scn?: number | null, rows: number, restorePoint?: string | null, at: string } };

export type HealthStatusChangesSubscriptionSubscriptionVariables = Exact<{
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HealthStatusChangesSubscriptionSubscription = { __typename?: 'Subscription', healthStatusChanges: { __typename?: 'HealthStatusChange', status: HealthState, errors: Array<string>, warnings: Array<string>, timestamp: string, changedComponents: Array<{ __typename?: 'ComponentHealth', name: string, status: HealthState, responseTimeMs: number, details: string }> } };

export type MetricsStreamSubscriptionSubscriptionVariables = Exact<{
  interval?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MetricsStreamSubscriptionSubscription = { __typename?: 'Subscription', metricsStream: { __typename?: 'Metrics', timestamp: string, uptimeSeconds: number, http: { __typename?: 'HttpFigures', requests: number, requestsPerSecond: number, latencyMs: { __typename?: 'LatencySummary', p50: number, p95: number, p99: number, mean: number, max: number }, operations: Array<{ __typename?: 'OperationFigures', operation: string, requests: number, clientErrors: number, serverErrors: number, meanLatencyMs: number }> }, graphql: { __typename?: 'GraphQLFigures', operations: Array<{ __typename?: 'OperationFigures', operation: string, requests: number, clientErrors: number, serverErrors: number, meanLatencyMs: number }> }, websocket: { __typename?: 'WebSocketFigures', connections: number, messagesReceived: number, messagesSent: number, endpoints: Array<{ __typename?: 'EndpointConnections', endpoint: string, connections: number }> }, queries: { __typename?: 'QueryStats', total: number, completed: number, failed: number, cancelled: number, errorRate: number, rows: number, window: number, running: number, latencyMs: { __typename?: 'LatencySummary', p50: number, p95: number, p99: number, mean: number, max: number } }, sessions: { __typename?: 'SessionStats', open: number, active: number, idle: number, peak: number, openedTotal: number, closedTotal: number, averageDurationSeconds: number, websocketConnections: number, sessions: Array<{ __typename?: 'Session', sessionId: string, userId: string, username: string, openedAt: string, state: SessionState, runningQueries: number, queries: number, lastActivityAt: string }> }, performance: { __typename?: 'PerformanceData', timestamp: string, cpuPercent: number, queriesPerSecond: number, intervalSeconds: number, memory: { __typename?: 'MemoryFigures', rssBytes: number, heapUsedBytes: number, heapTotalBytes: number, externalBytes: number, systemTotalBytes: number, systemFreeBytes: number }, eventLoopLagMs: { __typename?: 'EventLoopLag', mean: number, p99: number, max: number }, disk: { __typename?: 'DiskFigures', readBytesPerSecond?: number | null, writeBytesPerSecond?: number | null, totalBytes: number, freeBytes: number }, network: { __typename?: 'NetworkFigures', receivedBytesPerSecond?: number | null, sentBytesPerSecond?: number | null }, storage: { __typename?: 'StorageFigures', fileBytes: number, walBytes: number, pageSizeBytes: number, pageCount: number, freePages: number, cacheSizeKiB: number }, transactions: { __typename?: 'TransactionFigures', open: number, committed: number, rolledBack: number, commitsPerSecond: number, rollbacksPerSecond: number }, changes: { __typename?: 'ChangeFigures', scn: number, scnPerSecond: number, rowChanges: number } } } };

export type PerformanceStreamSubscriptionSubscriptionVariables = Exact<{
  interval?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PerformanceStreamSubscriptionSubscription = { __typename?: 'Subscription', performanceStream: { __typename?: 'PerformanceData', timestamp: string, cpuPercent: number, queriesPerSecond: number, intervalSeconds: number, memory: { __typename?: 'MemoryFigures', rssBytes: number, heapUsedBytes: number, heapTotalBytes: number, externalBytes: number, systemTotalBytes: number, systemFreeBytes: number }, eventLoopLagMs: { __typename?: 'EventLoopLag', mean: number, p99: number, max: number }, disk: { __typename?: 'DiskFigures', readBytesPerSecond?: number | null, writeBytesPerSecond?: number | null, totalBytes: number, freeBytes: number }, network: { __typename?: 'NetworkFigures', receivedBytesPerSecond?: number | null, sentBytesPerSecond?: number | null }, storage: { __typename?: 'StorageFigures', fileBytes: number, walBytes: number, pageSizeBytes: number, pageCount: number, freePages: number, cacheSizeKiB: number }, transactions: { __typename?: 'TransactionFigures', open: number, committed: number, rolledBack: number, commitsPerSecond: number, rollbacksPerSecond: number }, changes: { __typename?: 'ChangeFigures', scn: number, scnPerSecond: number, rowChanges: number } } };

export type SystemMetricsSubscriptionSubscriptionVariables = Exact<{
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  metricTypes?: InputMaybe<Array<MetricType> | MetricType>;
}>;


export type SystemMetricsSubscriptionSubscription = { __typename?: 'Subscription', systemMetrics: { __typename?: 'SystemMetrics', cpuUsage?: number | null, memoryUsage?: number | null, memoryTotal?: number | null, memoryPercent?: number | null, diskReadBps?: number | null, diskWriteBps?: number | null, networkRxBps?: number | null, networkTxBps?: number | null, activeConnections?: number | null, activeQueries?: number | null, timestamp: string } };

export type AlertStreamSubscriptionSubscriptionVariables = Exact<{
  severityFilter?: InputMaybe<Array<AlertSeverity> | AlertSeverity>;
}>;


export type AlertStreamSubscriptionSubscription = { __typename?: 'Subscription', alertStream: { __typename?: 'Alert', id: string, ruleId: string, ruleName: string, metric: string, comparison: AlertComparison, threshold: number, severity: AlertSeverity, state: AlertState, value: number, message: string, firedAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null } };

export type TableChangesSubscriptionSubscriptionVariables = Exact<{
  table: Scalars['String']['input'];
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type TableChangesSubscriptionSubscription = { __typename?: 'Subscription', tableChanges: { __typename?: 'TableChange', table: string, id: string, changeType: ChangeType, timestamp: string, scn: number, transactionId?: string | null, row?: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } | null, oldRow?: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } | null } };

export type RowInsertedSubscriptionSubscriptionVariables = Exact<{
  table: Scalars['String']['input'];
  whereClause?: InputMaybe<WhereClause>;
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type RowInsertedSubscriptionSubscription = { __typename?: 'Subscription', rowInserted: { __typename?: 'RowInserted', table: string, timestamp: string, scn: number, transactionId?: string | null, row: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } } };

export type RowUpdatedSubscriptionSubscriptionVariables = Exact<{
  table: Scalars['String']['input'];
  whereClause?: InputMaybe<WhereClause>;
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type RowUpdatedSubscriptionSubscription = { __typename?: 'Subscription', rowUpdated: { __typename?: 'RowUpdated', table: string, changedFields: Array<string>, timestamp: string, scn: number, transactionId?: string | null, oldRow: { __typename?: 'Row', id: string, data: unknown, scn?: number | null }, newRow: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } } };

export type RowDeletedSubscriptionSubscriptionVariables = Exact<{
  table: Scalars['String']['input'];
  whereClause?: InputMaybe<WhereClause>;
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type RowDeletedSubscriptionSubscription = { __typename?: 'Subscription', rowDeleted: { __typename?: 'RowDeleted', table: string, id: string, timestamp: string, scn: number, transactionId?: string | null, oldRow: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } } };

export type RowChangesSubscriptionSubscriptionVariables = Exact<{
  table: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type RowChangesSubscriptionSubscription = { __typename?: 'Subscription', rowChanges: { __typename?: 'TableChange', table: string, id: string, changeType: ChangeType, timestamp: string, scn: number, transactionId?: string | null, row?: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } | null, oldRow?: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } | null } };

export type TableModificationsSubscriptionSubscriptionVariables = Exact<{
  tables?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  changeTypes?: InputMaybe<Array<ChangeType> | ChangeType>;
  sinceScn?: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type TableModificationsSubscriptionSubscription = { __typename?: 'Subscription', tableModifications: { __typename?: 'TableModification', table: string, changeType: ChangeType, rowId: string, changedColumns: Array<string>, transactionId?: string | null, timestamp: string, scn: number, row: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } } };

export type AggregateChangesSubscriptionSubscriptionVariables = Exact<{
  table: Scalars['String']['input'];
  aggregates: Array<AggregateInput> | AggregateInput;
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AggregateChangesSubscriptionSubscription = { __typename?: 'Subscription', aggregateChanges: { __typename?: 'AggregateSnapshot', table: string, scn: number, timestamp: string, results: Array<{ __typename?: 'AggregateValue', function: AggregateFunction, field: string, value?: unknown | null }> } };

export type QueryChangesSubscriptionSubscriptionVariables = Exact<{
  table: Scalars['String']['input'];
  whereClause?: InputMaybe<Array<WhereClause> | WhereClause>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  pollIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type QueryChangesSubscriptionSubscription = { __typename?: 'Subscription', queryChanges: { __typename?: 'QuerySnapshot', table: string, totalCount: number, scn: number, timestamp: string, rows: Array<{ __typename?: 'Row', id: string, data: unknown, scn?: number | null }> } };

export type SchemaChangesSubscriptionSubscriptionVariables = Exact<{
  schemaName?: InputMaybe<Scalars['String']['input']>;
  objectTypes?: InputMaybe<Array<SchemaObjectType> | SchemaObjectType>;
}>;


export type SchemaChangesSubscriptionSubscription = { __typename?: 'Subscription', schemaChanges: { __typename?: 'SchemaChange', scn: number, transactionId?: string | null, timestamp: string, changeType?: SchemaChangeType | null, objectType?: SchemaObjectType | null, objectName?: string | null, statement?: string | null, user?: string | null } };

export type TransactionEventsSubscriptionSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TransactionEventsSubscriptionSubscription = { __typename?: 'Subscription', transactionEvents: { __typename?: 'TransactionEvent', eventType: TransactionEventType, transactionId: string, isolationLevel?: string | null, durationMs: number, modifiedRows: number, scn?: number | null, username?: string | null, sessionId?: string | null, timestamp: string } };

export type SessionEventsSubscriptionSubscriptionVariables = Exact<{
  userFilter?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionEventsSubscriptionSubscription = { __typename?: 'Subscription', sessionEvents: { __typename?: 'SessionEvent', eventType: SessionEventType, reason: string, sessionId: string, userId: string, username: string, timestamp: string } };

export type QueryExecutionSubscriptionSubscriptionVariables = Exact<{
  queryId: Scalars['ID']['input'];
}>;


export type QueryExecutionSubscriptionSubscription = { __typename?: 'Subscription', queryExecution: { __typename?: 'QueryExecutionEvent', queryId: string, status: QueryExecutionStatus, rowsAffected?: number | null, rowsProduced?: number | null, elapsedMs?: number | null, message?: string | null, timestamp: string } };

export type SlowQueriesStreamSubscriptionSubscriptionVariables = Exact<{
  thresholdMs?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SlowQueriesStreamSubscriptionSubscription = { __typename?: 'Subscription', slowQueriesStream: { __typename?: 'SlowQuery', queryId: string, sqlText: string, executionTimeMs: number, outcome: QueryOutcome, errorCode?: string | null, rowsReturned: number, startTime: string, endTime: string, transactionId?: string | null, sessionId?: string | null, username?: string | null } };

export type HeartbeatSubscriptionSubscriptionVariables = Exact<{
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HeartbeatSubscriptionSubscription = { __typename?: 'Subscription', heartbeat: { __typename?: 'Heartbeat', sequence: number, timestamp: string } };

export type AuditEventsSubscriptionSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuditEventsSubscriptionSubscription = { __typename?: 'Subscription', auditEvents: { __typename?: 'AuditEntry', id: number, time: string, userId?: string | null, username?: string | null, via: AuditVia, ip?: string | null, surface: AuditSurface, operation: string, target?: string | null, outcome: AuditOutcome, status?: number | null, requestId?: string | null, detail?: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ServerConfigQueryDocument = new TypedDocumentString(`
    query ServerConfigQuery {
  serverConfig {
    settings
    entries {
      key
      value
      defaultValue
      apply
      pendingValue
      description
    }
    persisted
  }
}
    `) as unknown as TypedDocumentString<ServerConfigQueryQuery, ServerConfigQueryQueryVariables>;
export const ActiveQueriesQueryDocument = new TypedDocumentString(`
    query ActiveQueriesQuery($limit: Int) {
  activeQueries(limit: $limit) {
    queryId
    sqlText
    state
    waitEvent
    startedAt
    durationMs
    transactionId
    sessionId
    userId
    username
    requestId
    operation
  }
}
    `) as unknown as TypedDocumentString<ActiveQueriesQueryQuery, ActiveQueriesQueryQueryVariables>;
export const SlowQueriesQueryDocument = new TypedDocumentString(`
    query SlowQueriesQuery($limit: Int, $minDurationMs: Float) {
  slowQueries(limit: $limit, minDurationMs: $minDurationMs) {
    queryId
    sqlText
    executionTimeMs
    outcome
    errorCode
    rowsReturned
    startTime
    endTime
    transactionId
    sessionId
    username
  }
}
    `) as unknown as TypedDocumentString<SlowQueriesQueryQuery, SlowQueriesQueryQueryVariables>;
export const BackupsQueryDocument = new TypedDocumentString(`
    query BackupsQuery {
  backups {
    id
    kind
    parentId
    status
    error
    fromScn
    scn
    committedAt
    startedAt
    completedAt
    durationMs
    tables {
      name
      rows
      sha256
    }
    contentHash
    commits
    rowChanges
    payloadBytes
    storedBytes
    sha256
    compression
    encryption {
      algorithm
      key
    }
  }
}
    `) as unknown as TypedDocumentString<BackupsQueryQuery, BackupsQueryQueryVariables>;
export const BackupQueryDocument = new TypedDocumentString(`
    query BackupQuery($id: ID!) {
  backup(id: $id) {
    id
    kind
    parentId
    status
    error
    fromScn
    scn
    committedAt
    startedAt
    completedAt
    durationMs
    tables {
      name
      rows
      sha256
    }
    contentHash
    commits
    rowChanges
    payloadBytes
    storedBytes
    sha256
    compression
    encryption {
      algorithm
      key
    }
  }
}
    `) as unknown as TypedDocumentString<BackupQueryQuery, BackupQueryQueryVariables>;
export const BackupScheduleQueryDocument = new TypedDocumentString(`
    query BackupScheduleQuery {
  backupSchedule {
    full
    incremental
    retention {
      keepFulls
      maxAgeDays
    }
    compression
    encrypt
    nextFullAt
    nextIncrementalAt
    runs {
      kind
      startedAt
      finishedAt
      status
      backupId
      error
      deleted
    }
  }
}
    `) as unknown as TypedDocumentString<BackupScheduleQueryQuery, BackupScheduleQueryQueryVariables>;
export const BlockchainTableQueryDocument = new TypedDocumentString(`
    query BlockchainTableQuery($tableName: String!) {
  blockchainTable(tableName: $tableName) {
    name
    columns {
      name
      type
      nullable
    }
    createdAt
    createdBy
    headSeq
    headHash
    purgedThroughSeq
    retentionPolicy {
      name
      retentionDays
      description
      createdAt
    }
    activeLegalHolds {
      id
      tableName
      reason
      createdAt
      createdBy
      releasedAt
      releasedBy
    }
  }
}
    `) as unknown as TypedDocumentString<BlockchainTableQueryQuery, BlockchainTableQueryQueryVariables>;
export const BlockchainBlockQueryDocument = new TypedDocumentString(`
    query BlockchainBlockQuery($tableName: String!, $blockId: Int!, $proofFor: SafeInt) {
  blockchainBlock(tableName: $tableName, blockId: $blockId, proofFor: $proofFor) {
    tableName
    blockId
    firstSeq
    lastSeq
    rowCount
    merkleRoot
    prevBlockHash
    blockHash
    finalizedAt
    finalizedBy
    purged
    proof {
      seq
      rowHash
      steps {
        position
        hash
      }
      merkleRoot
    }
  }
}
    `) as unknown as TypedDocumentString<BlockchainBlockQueryQuery, BlockchainBlockQueryQueryVariables>;
export const BlockchainAuditQueryDocument = new TypedDocumentString(`
    query BlockchainAuditQuery($tableName: String!, $limit: Int, $cursor: String) {
  blockchainAudit(tableName: $tableName, limit: $limit, cursor: $cursor) {
    entries {
      id
      tableName
      action
      actor
      at
      detail
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<BlockchainAuditQueryQuery, BlockchainAuditQueryQueryVariables>;
export const BlockchainStatsQueryDocument = new TypedDocumentString(`
    query BlockchainStatsQuery($tableName: String!) {
  blockchainStats(tableName: $tableName) {
    tableName
    rowCount
    blockCount
    openRows
    purgedRows
    purgedBlocks
    headSeq
    firstInsertAt
    lastInsertAt
    lastVerification {
      at
      valid
      elapsedMs
      rowsChecked
    }
    activeLegalHolds
    dataBytes
  }
}
    `) as unknown as TypedDocumentString<BlockchainStatsQueryQuery, BlockchainStatsQueryQueryVariables>;
export const BlockchainDigestQueryDocument = new TypedDocumentString(`
    query BlockchainDigestQuery($tableName: String!) {
  blockchainDigest(tableName: $tableName) {
    tableName
    headSeq
    headHash
    scn
    issuedAt
    algorithm
    publicKey
    signature
  }
}
    `) as unknown as TypedDocumentString<BlockchainDigestQueryQuery, BlockchainDigestQueryQueryVariables>;
export const QueryTableQueryDocument = new TypedDocumentString(`
    query QueryTableQuery($table: String!, $where: [WhereClause!], $orderBy: [SortField!], $limit: Int, $offset: Int, $transactionId: ID, $asOf: PointInTime) {
  queryTable(
    table: $table
    where: $where
    orderBy: $orderBy
    limit: $limit
    offset: $offset
    transactionId: $transactionId
    asOf: $asOf
  ) {
    id
    data
    scn
  }
}
    `) as unknown as TypedDocumentString<QueryTableQueryQuery, QueryTableQueryQueryVariables>;
export const QueryTableConnectionQueryDocument = new TypedDocumentString(`
    query QueryTableConnectionQuery($table: String!, $where: [WhereClause!], $orderBy: [SortField!], $first: Int, $after: String, $transactionId: ID, $asOf: PointInTime) {
  queryTableConnection(
    table: $table
    where: $where
    orderBy: $orderBy
    first: $first
    after: $after
    transactionId: $transactionId
    asOf: $asOf
  ) {
    edges {
      cursor
      node {
        id
        data
        scn
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueryTableConnectionQueryQuery, QueryTableConnectionQueryQueryVariables>;
export const RowQueryDocument = new TypedDocumentString(`
    query RowQuery($table: String!, $id: ID!, $transactionId: ID, $asOf: PointInTime) {
  row(table: $table, id: $id, transactionId: $transactionId, asOf: $asOf) {
    id
    data
    scn
  }
}
    `) as unknown as TypedDocumentString<RowQueryQuery, RowQueryQueryVariables>;
export const CountQueryDocument = new TypedDocumentString(`
    query CountQuery($table: String!, $where: [WhereClause!], $transactionId: ID) {
  count(table: $table, where: $where, transactionId: $transactionId)
}
    `) as unknown as TypedDocumentString<CountQueryQuery, CountQueryQueryVariables>;
export const AggregateQueryDocument = new TypedDocumentString(`
    query AggregateQuery($table: String!, $aggregates: [AggregateInput!]!, $groupBy: [String!], $where: [WhereClause!], $transactionId: ID) {
  aggregate(
    table: $table
    aggregates: $aggregates
    groupBy: $groupBy
    where: $where
    transactionId: $transactionId
  ) {
    key
    results {
      function
      field
      value
    }
  }
}
    `) as unknown as TypedDocumentString<AggregateQueryQuery, AggregateQueryQueryVariables>;
export const IncidentsQueryDocument = new TypedDocumentString(`
    query IncidentsQuery($kind: IncidentKind, $severity: IncidentSeverity, $requestId: String, $from: DateTime, $to: DateTime, $limit: Int, $cursor: String) {
  incidents(
    kind: $kind
    severity: $severity
    requestId: $requestId
    from: $from
    to: $to
    limit: $limit
    cursor: $cursor
  ) {
    incidents {
      id
      kind
      severity
      occurredAt
      summary
      requestId
      operation
      context
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<IncidentsQueryQuery, IncidentsQueryQueryVariables>;
export const QueryProfilingQueryDocument = new TypedDocumentString(`
    query QueryProfilingQuery($limit: Int, $orderBy: ProfileOrder) {
  queryProfiling(limit: $limit, orderBy: $orderBy) {
    since
    statements {
      fingerprint
      statement
      calls
      errors
      cancelled
      totalTimeMs
      meanTimeMs
      p95TimeMs
      maxTimeMs
      rows
      firstSeenAt
      lastSeenAt
      lastPlan
      planUnavailable
    }
  }
}
    `) as unknown as TypedDocumentString<QueryProfilingQueryQuery, QueryProfilingQueryQueryVariables>;
export const ActiveSessionHistoryQueryDocument = new TypedDocumentString(`
    query ActiveSessionHistoryQuery($from: DateTime, $to: DateTime, $sessionId: String, $username: String, $limit: Int) {
  activeSessionHistory(
    from: $from
    to: $to
    sessionId: $sessionId
    username: $username
    limit: $limit
  ) {
    sampledAt
    sessionId
    userId
    username
    state
    waitEvent
    queryId
    sqlText
    transactionId
    operation
    requestId
    elapsedMs
  }
}
    `) as unknown as TypedDocumentString<ActiveSessionHistoryQueryQuery, ActiveSessionHistoryQueryQueryVariables>;
export const DumpStatusQueryDocument = new TypedDocumentString(`
    query DumpStatusQuery($id: ID!) {
  dumpStatus(id: $id) {
    id
    status
    createdAt
    finishedAt
    sizeBytes
    sections
    error
  }
}
    `) as unknown as TypedDocumentString<DumpStatusQueryQuery, DumpStatusQueryQueryVariables>;
export const CurrentScnQueryDocument = new TypedDocumentString(`
    query CurrentScnQuery {
  currentScn {
    scn
    timestamp
  }
}
    `) as unknown as TypedDocumentString<CurrentScnQueryQuery, CurrentScnQueryQueryVariables>;
export const FlashbackQueryQueryDocument = new TypedDocumentString(`
    query FlashbackQueryQuery($table: String!, $asOf: PointInTime!, $where: [WhereClause!], $limit: Int) {
  flashbackQuery(table: $table, asOf: $asOf, where: $where, limit: $limit) {
    table
    scn
    committedAt
    rows {
      id
      data
      scn
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<FlashbackQueryQueryQuery, FlashbackQueryQueryQueryVariables>;
export const FlashbackVersionsQueryDocument = new TypedDocumentString(`
    query FlashbackVersionsQuery($table: String!, $from: PointInTime!, $to: PointInTime!, $where: [WhereClause!], $limit: Int) {
  flashbackVersions(
    table: $table
    from: $from
    to: $to
    where: $where
    limit: $limit
  ) {
    table
    fromScn
    toScn
    versions {
      rowId
      operation
      startScn
      endScn
      transactionId
      committedAt
      data
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<FlashbackVersionsQueryQuery, FlashbackVersionsQueryQueryVariables>;
export const RestorePointsQueryDocument = new TypedDocumentString(`
    query RestorePointsQuery {
  restorePoints {
    name
    scn
    committedAt
    createdAt
    guaranteed
  }
}
    `) as unknown as TypedDocumentString<RestorePointsQueryQuery, RestorePointsQueryQueryVariables>;
export const FlashbackStatsQueryDocument = new TypedDocumentString(`
    query FlashbackStatsQuery {
  flashbackStats {
    retentionSeconds
    currentScn
    oldestScn
    oldestCommitAt
    history {
      commits
      changes
      bytes
    }
    restorePoints {
      normal
      guaranteed
    }
    operations {
      query
      versions
      table
      database
      transaction
    }
    lastPurge {
      oldestScn
      commits
      changes
      restorePoints
      at
    }
  }
}
    `) as unknown as TypedDocumentString<FlashbackStatsQueryQuery, FlashbackStatsQueryQueryVariables>;
export const HealthStatusQueryDocument = new TypedDocumentString(`
    query HealthStatusQuery {
  healthStatus {
    status
    checkedAt
    uptimeSeconds
    components {
      name
      status
      responseTimeMs
      details
    }
  }
}
    `) as unknown as TypedDocumentString<HealthStatusQueryQuery, HealthStatusQueryQueryVariables>;
export const MetricsQueryDocument = new TypedDocumentString(`
    query MetricsQuery {
  metrics {
    timestamp
    uptimeSeconds
    http {
      requests
      requestsPerSecond
      latencyMs {
        p50
        p95
        p99
        mean
        max
      }
      operations {
        operation
        requests
        clientErrors
        serverErrors
        meanLatencyMs
      }
    }
    graphql {
      operations {
        operation
        requests
        clientErrors
        serverErrors
        meanLatencyMs
      }
    }
    websocket {
      connections
      messagesReceived
      messagesSent
      endpoints {
        endpoint
        connections
      }
    }
    queries {
      total
      completed
      failed
      cancelled
      errorRate
      rows
      latencyMs {
        p50
        p95
        p99
        mean
        max
      }
      window
      running
    }
    sessions {
      open
      active
      idle
      peak
      openedTotal
      closedTotal
      averageDurationSeconds
      websocketConnections
      sessions {
        sessionId
        userId
        username
        openedAt
        state
        runningQueries
        queries
        lastActivityAt
      }
    }
    performance {
      timestamp
      cpuPercent
      memory {
        rssBytes
        heapUsedBytes
        heapTotalBytes
        externalBytes
        systemTotalBytes
        systemFreeBytes
      }
      eventLoopLagMs {
        mean
        p99
        max
      }
      disk {
        readBytesPerSecond
        writeBytesPerSecond
        totalBytes
        freeBytes
      }
      network {
        receivedBytesPerSecond
        sentBytesPerSecond
      }
      storage {
        fileBytes
        walBytes
        pageSizeBytes
        pageCount
        freePages
        cacheSizeKiB
      }
      transactions {
        open
        committed
        rolledBack
        commitsPerSecond
        rollbacksPerSecond
      }
      changes {
        scn
        scnPerSecond
        rowChanges
      }
      queriesPerSecond
      intervalSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsQueryQuery, MetricsQueryQueryVariables>;
export const SessionStatsQueryDocument = new TypedDocumentString(`
    query SessionStatsQuery {
  sessionStats {
    open
    active
    idle
    peak
    openedTotal
    closedTotal
    averageDurationSeconds
    websocketConnections
    sessions {
      sessionId
      userId
      username
      openedAt
      state
      runningQueries
      queries
      lastActivityAt
    }
  }
}
    `) as unknown as TypedDocumentString<SessionStatsQueryQuery, SessionStatsQueryQueryVariables>;
export const QueryStatsQueryDocument = new TypedDocumentString(`
    query QueryStatsQuery {
  queryStats {
    total
    completed
    failed
    cancelled
    errorRate
    rows
    latencyMs {
      p50
      p95
      p99
      mean
      max
    }
    window
    running
  }
}
    `) as unknown as TypedDocumentString<QueryStatsQueryQuery, QueryStatsQueryQueryVariables>;
export const PerformanceDataQueryDocument = new TypedDocumentString(`
    query PerformanceDataQuery {
  performanceData {
    timestamp
    cpuPercent
    memory {
      rssBytes
      heapUsedBytes
      heapTotalBytes
      externalBytes
      systemTotalBytes
      systemFreeBytes
    }
    eventLoopLagMs {
      mean
      p99
      max
    }
    disk {
      readBytesPerSecond
      writeBytesPerSecond
      totalBytes
      freeBytes
    }
    network {
      receivedBytesPerSecond
      sentBytesPerSecond
    }
    storage {
      fileBytes
      walBytes
      pageSizeBytes
      pageCount
      freePages
      cacheSizeKiB
    }
    transactions {
      open
      committed
      rolledBack
      commitsPerSecond
      rollbacksPerSecond
    }
    changes {
      scn
      scnPerSecond
      rowChanges
    }
    queriesPerSecond
    intervalSeconds
  }
}
    `) as unknown as TypedDocumentString<PerformanceDataQueryQuery, PerformanceDataQueryQueryVariables>;
export const SessionsQueryDocument = new TypedDocumentString(`
    query SessionsQuery {
  sessions {
    sessionId
    userId
    username
    openedAt
    state
    runningQueries
    queries
    lastActivityAt
  }
}
    `) as unknown as TypedDocumentString<SessionsQueryQuery, SessionsQueryQueryVariables>;
export const AlertsQueryDocument = new TypedDocumentString(`
    query AlertsQuery($severity: AlertSeverity, $state: AlertState) {
  alerts(severity: $severity, state: $state) {
    id
    ruleId
    ruleName
    metric
    comparison
    threshold
    severity
    state
    value
    message
    firedAt
    acknowledgedAt
    acknowledgedBy
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<AlertsQueryQuery, AlertsQueryQueryVariables>;
export const AlertRulesQueryDocument = new TypedDocumentString(`
    query AlertRulesQuery {
  alertRules {
    id
    name
    description
    metric
    comparison
    threshold
    forSeconds
    severity
    enabled
    webhookUrl
    builtIn
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<AlertRulesQueryQuery, AlertRulesQueryQueryVariables>;
export const ExecuteSqlQueryDocument = new TypedDocumentString(`
    query ExecuteSqlQuery($sql: String!, $params: JSON, $timeoutMs: Int, $maxRows: Int, $transactionId: ID) {
  executeSql(
    sql: $sql
    params: $params
    timeoutMs: $timeoutMs
    maxRows: $maxRows
    transactionId: $transactionId
  ) {
    columns {
      name
      type
      table
    }
    rows
    rowsAffected
    lastInsertRowid
    elapsedMs
    truncated
    statements
    scn
  }
}
    `) as unknown as TypedDocumentString<ExecuteSqlQueryQuery, ExecuteSqlQueryQueryVariables>;
export const ExplainQueryQueryDocument = new TypedDocumentString(`
    query ExplainQueryQuery($sql: String!, $params: JSON) {
  explainQuery(sql: $sql, params: $params) {
    sql
    plan {
      id
      detail
      operation
      table
      index
      children {
        id
        detail
        operation
        table
        index
        children {
          id
          detail
          operation
          table
          index
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplainQueryQueryQuery, ExplainQueryQueryQueryVariables>;
export const WebsocketStatusQueryDocument = new TypedDocumentString(`
    query WebsocketStatusQuery {
  websocketStatus {
    activeConnections
    totalConnections
    totalSubscriptions
    websocketConnections
    graphqlWsConnections
    messagesSent
    messagesReceived
    lagged
    queued
    uptimeSeconds
  }
}
    `) as unknown as TypedDocumentString<WebsocketStatusQueryQuery, WebsocketStatusQueryQueryVariables>;
export const WebsocketConnectionsQueryDocument = new TypedDocumentString(`
    query WebsocketConnectionsQuery {
  websocketConnections {
    connectionId
    surface
    path
    userId
    username
    clientAddress
    connectedAt
    messagesSent
    messagesReceived
    queued
    lagged
    subscriptions {
      subscriptionId
      target
      params
      openedAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebsocketConnectionsQueryQuery, WebsocketConnectionsQueryQueryVariables>;
export const WebsocketConnectionSubscriptionsQueryDocument = new TypedDocumentString(`
    query WebsocketConnectionSubscriptionsQuery($id: ID!) {
  websocketConnectionSubscriptions(id: $id) {
    subscriptionId
    target
    params
    openedAt
  }
}
    `) as unknown as TypedDocumentString<WebsocketConnectionSubscriptionsQueryQuery, WebsocketConnectionSubscriptionsQueryQueryVariables>;
export const SchemasQueryDocument = new TypedDocumentString(`
    query SchemasQuery {
  schemas {
    name
    tables {
      name
      schema
      columns {
        name
        type
        position
        nullable
        default
        primaryKey
        unique
        references {
          table
          column
          onDelete
          onUpdate
        }
      }
      primaryKey
      indexes {
        name
        table
        columns
        unique
        origin
        partial
        sql
      }
      strict
      withoutRowid
      sql
    }
    views {
      name
      schema
      columns {
        name
        type
        position
        nullable
        default
        primaryKey
        unique
        references {
          table
          column
          onDelete
          onUpdate
        }
      }
      sql
    }
  }
}
    `) as unknown as TypedDocumentString<SchemasQueryQuery, SchemasQueryQueryVariables>;
export const SchemaQueryDocument = new TypedDocumentString(`
    query SchemaQuery($name: String!) {
  schema(name: $name) {
    name
    tables {
      name
      schema
      columns {
        name
        type
        position
        nullable
        default
        primaryKey
        unique
        references {
          table
          column
          onDelete
          onUpdate
        }
      }
      primaryKey
      indexes {
        name
        table
        columns
        unique
        origin
        partial
        sql
      }
      strict
      withoutRowid
      sql
    }
    views {
      name
      schema
      columns {
        name
        type
        position
        nullable
        default
        primaryKey
        unique
        references {
          table
          column
          onDelete
          onUpdate
        }
      }
      sql
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaQueryQuery, SchemaQueryQueryVariables>;
export const TablesQueryDocument = new TypedDocumentString(`
    query TablesQuery {
  tables {
    name
    schema
    columns {
      name
      type
      position
      nullable
      default
      primaryKey
      unique
      references {
        table
        column
        onDelete
        onUpdate
      }
    }
    primaryKey
    indexes {
      name
      table
      columns
      unique
      origin
      partial
      sql
    }
    strict
    withoutRowid
    sql
  }
}
    `) as unknown as TypedDocumentString<TablesQueryQuery, TablesQueryQueryVariables>;
export const TableQueryDocument = new TypedDocumentString(`
    query TableQuery($name: String!) {
  table(name: $name) {
    name
    schema
    columns {
      name
      type
      position
      nullable
      default
      primaryKey
      unique
      references {
        table
        column
        onDelete
        onUpdate
      }
    }
    primaryKey
    indexes {
      name
      table
      columns
      unique
      origin
      partial
      sql
    }
    strict
    withoutRowid
    sql
  }
}
    `) as unknown as TypedDocumentString<TableQueryQuery, TableQueryQueryVariables>;
export const IndexesQueryDocument = new TypedDocumentString(`
    query IndexesQuery($table: String!) {
  indexes(table: $table) {
    name
    table
    columns
    unique
    origin
    partial
    sql
  }
}
    `) as unknown as TypedDocumentString<IndexesQueryQuery, IndexesQueryQueryVariables>;
export const ViewsQueryDocument = new TypedDocumentString(`
    query ViewsQuery {
  views {
    name
    schema
    columns {
      name
      type
      position
      nullable
      default
      primaryKey
      unique
      references {
        table
        column
        onDelete
        onUpdate
      }
    }
    sql
  }
}
    `) as unknown as TypedDocumentString<ViewsQueryQuery, ViewsQueryQueryVariables>;
export const ViewQueryDocument = new TypedDocumentString(`
    query ViewQuery($name: String!) {
  view(name: $name) {
    name
    schema
    columns {
      name
      type
      position
      nullable
      default
      primaryKey
      unique
      references {
        table
        column
        onDelete
        onUpdate
      }
    }
    sql
  }
}
    `) as unknown as TypedDocumentString<ViewQueryQuery, ViewQueryQueryVariables>;
export const UsersQueryDocument = new TypedDocumentString(`
    query UsersQuery {
  users {
    id
    username
    roles
    disabled
    createdAt
    updatedAt
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<UsersQueryQuery, UsersQueryQueryVariables>;
export const UserQueryDocument = new TypedDocumentString(`
    query UserQuery($id: ID!) {
  user(id: $id) {
    id
    username
    roles
    disabled
    createdAt
    updatedAt
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<UserQueryQuery, UserQueryQueryVariables>;
export const RolesQueryDocument = new TypedDocumentString(`
    query RolesQuery {
  roles {
    id
    name
    description
    permissions
    builtIn
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RolesQueryQuery, RolesQueryQueryVariables>;
export const RoleQueryDocument = new TypedDocumentString(`
    query RoleQuery($id: ID!) {
  role(id: $id) {
    id
    name
    description
    permissions
    builtIn
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RoleQueryQuery, RoleQueryQueryVariables>;
export const PermissionsQueryDocument = new TypedDocumentString(`
    query PermissionsQuery {
  permissions {
    name
    description
  }
}
    `) as unknown as TypedDocumentString<PermissionsQueryQuery, PermissionsQueryQueryVariables>;
export const AuditLogQueryDocument = new TypedDocumentString(`
    query AuditLogQuery($filter: AuditFilter, $limit: Int, $cursor: String) {
  auditLog(filter: $filter, limit: $limit, cursor: $cursor) {
    entries {
      id
      time
      userId
      username
      via
      ip
      surface
      operation
      target
      outcome
      status
      requestId
      detail
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<AuditLogQueryQuery, AuditLogQueryQueryVariables>;
export const ServerInfoQueryDocument = new TypedDocumentString(`
    query ServerInfoQuery {
  serverInfo {
    name
    version
    startedAt
    uptimeSeconds
    scn
    specs {
      openapi
      graphql
      asyncapi
    }
    runtime {
      node
      sqlite
      storage
    }
  }
}
    `) as unknown as TypedDocumentString<ServerInfoQueryQuery, ServerInfoQueryQueryVariables>;
export const TransactionQueryDocument = new TypedDocumentString(`
    query TransactionQuery($id: ID!) {
  transaction(id: $id) {
    id
    state
    mode
    startedAt
    lastActivityAt
    endedAt
    idleTimeoutMs
    statements
    savepoints {
      name
      createdAt
    }
    scn
    endReason
  }
}
    `) as unknown as TypedDocumentString<TransactionQueryQuery, TransactionQueryQueryVariables>;
export const ActiveTransactionsQueryDocument = new TypedDocumentString(`
    query ActiveTransactionsQuery {
  activeTransactions {
    id
    state
    mode
    startedAt
    lastActivityAt
    endedAt
    idleTimeoutMs
    statements
    savepoints {
      name
      createdAt
    }
    scn
    endReason
  }
}
    `) as unknown as TypedDocumentString<ActiveTransactionsQueryQuery, ActiveTransactionsQueryQueryVariables>;
export const UpdateServerConfigMutationDocument = new TypedDocumentString(`
    mutation UpdateServerConfigMutation($config: JSON!) {
  updateServerConfig(config: $config) {
    settings
    entries {
      key
      value
      defaultValue
      apply
      pendingValue
      description
    }
    persisted
  }
}
    `) as unknown as TypedDocumentString<UpdateServerConfigMutationMutation, UpdateServerConfigMutationMutationVariables>;
export const RunMaintenanceMutationDocument = new TypedDocumentString(`
    mutation RunMaintenanceMutation($operation: MaintenanceOperation!) {
  runMaintenance(operation: $operation) {
    operation
    outcome
    startedAt
    durationMs
    details
    databaseBytesBefore
    databaseBytesAfter
    walBytesBefore
    walBytesAfter
  }
}
    `) as unknown as TypedDocumentString<RunMaintenanceMutationMutation, RunMaintenanceMutationMutationVariables>;
export const KillQueryMutationDocument = new TypedDocumentString(`
    mutation KillQueryMutation($queryId: ID!) {
  killQuery(queryId: $queryId)
}
    `) as unknown as TypedDocumentString<KillQueryMutationMutation, KillQueryMutationMutationVariables>;
export const TerminateSessionMutationDocument = new TypedDocumentString(`
    mutation TerminateSessionMutation($sessionId: ID!) {
  terminateSession(sessionId: $sessionId)
}
    `) as unknown as TypedDocumentString<TerminateSessionMutationMutation, TerminateSessionMutationMutationVariables>;
export const CreateBackupMutationDocument = new TypedDocumentString(`
    mutation CreateBackupMutation($input: CreateBackupInput!) {
  createBackup(input: $input) {
    id
    kind
    parentId
    status
    error
    fromScn
    scn
    committedAt
    startedAt
    completedAt
    durationMs
    tables {
      name
      rows
      sha256
    }
    contentHash
    commits
    rowChanges
    payloadBytes
    storedBytes
    sha256
    compression
    encryption {
      algorithm
      key
    }
  }
}
    `) as unknown as TypedDocumentString<CreateBackupMutationMutation, CreateBackupMutationMutationVariables>;
export const BackupDatabaseMutationDocument = new TypedDocumentString(`
    mutation BackupDatabaseMutation($input: CreateBackupInput) {
  backupDatabase(input: $input) {
    id
    kind
    parentId
    status
    error
    fromScn
    scn
    committedAt
    startedAt
    completedAt
    durationMs
    tables {
      name
      rows
      sha256
    }
    contentHash
    commits
    rowChanges
    payloadBytes
    storedBytes
    sha256
    compression
    encryption {
      algorithm
      key
    }
  }
}
    `) as unknown as TypedDocumentString<BackupDatabaseMutationMutation, BackupDatabaseMutationMutationVariables>;
export const RestoreBackupMutationDocument = new TypedDocumentString(`
    mutation RestoreBackupMutation($id: ID!, $input: RestoreInput!) {
  restoreBackup(id: $id, input: $input) {
    backupId
    chain
    mode
    database
    scn
    restoreScn
    commitsReplayed
    rowChangesReplayed
    tables {
      name
      rows
      sha256
    }
    contentHash
    durationMs
  }
}
    `) as unknown as TypedDocumentString<RestoreBackupMutationMutation, RestoreBackupMutationMutationVariables>;
export const VerifyBackupMutationDocument = new TypedDocumentString(`
    mutation VerifyBackupMutation($id: ID!, $passphrase: String) {
  verifyBackup(id: $id, passphrase: $passphrase) {
    backupId
    valid
    checks {
      name
      passed
      detail
    }
    tables {
      name
      expectedRows
      actualRows
      matches
    }
    durationMs
  }
}
    `) as unknown as TypedDocumentString<VerifyBackupMutationMutation, VerifyBackupMutationMutationVariables>;
export const RecoverToPointInTimeMutationDocument = new TypedDocumentString(`
    mutation RecoverToPointInTimeMutation($to: PointInTime!, $input: RestoreInput!) {
  recoverToPointInTime(to: $to, input: $input) {
    backupId
    chain
    mode
    database
    scn
    restoreScn
    commitsReplayed
    rowChangesReplayed
    tables {
      name
      rows
      sha256
    }
    contentHash
    durationMs
  }
}
    `) as unknown as TypedDocumentString<RecoverToPointInTimeMutationMutation, RecoverToPointInTimeMutationMutationVariables>;
export const DeleteBackupMutationDocument = new TypedDocumentString(`
    mutation DeleteBackupMutation($id: ID!, $cascade: Boolean) {
  deleteBackup(id: $id, cascade: $cascade)
}
    `) as unknown as TypedDocumentString<DeleteBackupMutationMutation, DeleteBackupMutationMutationVariables>;
export const UpdateBackupScheduleMutationDocument = new TypedDocumentString(`
    mutation UpdateBackupScheduleMutation($input: BackupScheduleInput!) {
  updateBackupSchedule(input: $input) {
    full
    incremental
    retention {
      keepFulls
      maxAgeDays
    }
    compression
    encrypt
    nextFullAt
    nextIncrementalAt
    runs {
      kind
      startedAt
      finishedAt
      status
      backupId
      error
      deleted
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateBackupScheduleMutationMutation, UpdateBackupScheduleMutationMutationVariables>;
export const CreateBlockchainTableMutationDocument = new TypedDocumentString(`
    mutation CreateBlockchainTableMutation($input: BlockchainTableInput!) {
  createBlockchainTable(input: $input) {
    name
    columns {
      name
      type
      nullable
    }
    createdAt
    createdBy
    headSeq
    headHash
    purgedThroughSeq
    retentionPolicy {
      name
      retentionDays
      description
      createdAt
    }
    activeLegalHolds {
      id
      tableName
      reason
      createdAt
      createdBy
      releasedAt
      releasedBy
    }
  }
}
    `) as unknown as TypedDocumentString<CreateBlockchainTableMutationMutation, CreateBlockchainTableMutationMutationVariables>;
export const InsertBlockchainRowMutationDocument = new TypedDocumentString(`
    mutation InsertBlockchainRowMutation($tableName: String!, $data: JSON!) {
  insertBlockchainRow(tableName: $tableName, data: $data) {
    tableName
    seq
    insertedAt
    insertedBy
    prevHash
    rowHash
    data
    scn
  }
}
    `) as unknown as TypedDocumentString<InsertBlockchainRowMutationMutation, InsertBlockchainRowMutationMutationVariables>;
export const FinalizeBlockMutationDocument = new TypedDocumentString(`
    mutation FinalizeBlockMutation($tableName: String!) {
  finalizeBlock(tableName: $tableName) {
    tableName
    blockId
    firstSeq
    lastSeq
    rowCount
    merkleRoot
    prevBlockHash
    blockHash
    finalizedAt
    finalizedBy
    purged
    proof {
      seq
      rowHash
      steps {
        position
        hash
      }
      merkleRoot
    }
  }
}
    `) as unknown as TypedDocumentString<FinalizeBlockMutationMutation, FinalizeBlockMutationMutationVariables>;
export const VerifyBlockchainTableMutationDocument = new TypedDocumentString(`
    mutation VerifyBlockchainTableMutation($tableName: String!) {
  verifyBlockchainTable(tableName: $tableName) {
    tableName
    valid
    rowsChecked
    blocksChecked
    firstBrokenRow {
      seq
      problem
      detail
    }
    firstBrokenBlock {
      blockId
      problem
      detail
    }
    headSeq
    headHash
    verifiedAt
    elapsedMs
  }
}
    `) as unknown as TypedDocumentString<VerifyBlockchainTableMutationMutation, VerifyBlockchainTableMutationMutationVariables>;
export const CreateRetentionPolicyMutationDocument = new TypedDocumentString(`
    mutation CreateRetentionPolicyMutation($name: String!, $retentionDays: Float!, $description: String) {
  createRetentionPolicy(
    name: $name
    retentionDays: $retentionDays
    description: $description
  ) {
    name
    retentionDays
    description
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CreateRetentionPolicyMutationMutation, CreateRetentionPolicyMutationMutationVariables>;
export const AssignRetentionPolicyMutationDocument = new TypedDocumentString(`
    mutation AssignRetentionPolicyMutation($tableName: String!, $policy: String!) {
  assignRetentionPolicy(tableName: $tableName, policy: $policy) {
    name
    columns {
      name
      type
      nullable
    }
    createdAt
    createdBy
    headSeq
    headHash
    purgedThroughSeq
    retentionPolicy {
      name
      retentionDays
      description
      createdAt
    }
    activeLegalHolds {
      id
      tableName
      reason
      createdAt
      createdBy
      releasedAt
      releasedBy
    }
  }
}
    `) as unknown as TypedDocumentString<AssignRetentionPolicyMutationMutation, AssignRetentionPolicyMutationMutationVariables>;
export const PurgeBlockchainTableMutationDocument = new TypedDocumentString(`
    mutation PurgeBlockchainTableMutation($tableName: String!) {
  purgeBlockchainTable(tableName: $tableName) {
    tableName
    blocksPurged
    rowsPurged
    purgedThroughSeq
    scn
  }
}
    `) as unknown as TypedDocumentString<PurgeBlockchainTableMutationMutation, PurgeBlockchainTableMutationMutationVariables>;
export const CreateLegalHoldMutationDocument = new TypedDocumentString(`
    mutation CreateLegalHoldMutation($tableName: String!, $reason: String!) {
  createLegalHold(tableName: $tableName, reason: $reason) {
    id
    tableName
    reason
    createdAt
    createdBy
    releasedAt
    releasedBy
  }
}
    `) as unknown as TypedDocumentString<CreateLegalHoldMutationMutation, CreateLegalHoldMutationMutationVariables>;
export const ReleaseLegalHoldMutationDocument = new TypedDocumentString(`
    mutation ReleaseLegalHoldMutation($holdId: ID!) {
  releaseLegalHold(holdId: $holdId) {
    id
    tableName
    reason
    createdAt
    createdBy
    releasedAt
    releasedBy
  }
}
    `) as unknown as TypedDocumentString<ReleaseLegalHoldMutationMutation, ReleaseLegalHoldMutationMutationVariables>;
export const VerifyBlockchainDigestMutationDocument = new TypedDocumentString(`
    mutation VerifyBlockchainDigestMutation($digest: BlockchainDigestInput!) {
  verifyBlockchainDigest(digest: $digest) {
    valid
    signatureValid
    headMatches
    detail
    verification {
      tableName
      valid
      rowsChecked
      blocksChecked
      firstBrokenRow {
        seq
        problem
        detail
      }
      firstBrokenBlock {
        blockId
        problem
        detail
      }
      headSeq
      headHash
      verifiedAt
      elapsedMs
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyBlockchainDigestMutationMutation, VerifyBlockchainDigestMutationMutationVariables>;
export const InsertRowMutationDocument = new TypedDocumentString(`
    mutation InsertRowMutation($table: String!, $data: JSON!, $transactionId: ID) {
  insertRow(table: $table, data: $data, transactionId: $transactionId) {
    id
    data
    scn
  }
}
    `) as unknown as TypedDocumentString<InsertRowMutationMutation, InsertRowMutationMutationVariables>;
export const InsertRowsMutationDocument = new TypedDocumentString(`
    mutation InsertRowsMutation($table: String!, $rows: [JSON!]!, $transactionId: ID) {
  insertRows(table: $table, rows: $rows, transactionId: $transactionId) {
    id
    data
    scn
  }
}
    `) as unknown as TypedDocumentString<InsertRowsMutationMutation, InsertRowsMutationMutationVariables>;
export const UpdateRowMutationDocument = new TypedDocumentString(`
    mutation UpdateRowMutation($table: String!, $id: ID!, $data: JSON!, $transactionId: ID) {
  updateRow(table: $table, id: $id, data: $data, transactionId: $transactionId) {
    id
    data
    scn
  }
}
    `) as unknown as TypedDocumentString<UpdateRowMutationMutation, UpdateRowMutationMutationVariables>;
export const UpdateRowsMutationDocument = new TypedDocumentString(`
    mutation UpdateRowsMutation($table: String!, $where: [WhereClause!], $data: JSON!, $all: Boolean, $transactionId: ID) {
  updateRows(
    table: $table
    where: $where
    data: $data
    all: $all
    transactionId: $transactionId
  ) {
    rowsAffected
    scn
  }
}
    `) as unknown as TypedDocumentString<UpdateRowsMutationMutation, UpdateRowsMutationMutationVariables>;
export const DeleteRowMutationDocument = new TypedDocumentString(`
    mutation DeleteRowMutation($table: String!, $id: ID!, $transactionId: ID) {
  deleteRow(table: $table, id: $id, transactionId: $transactionId) {
    id
    data
    scn
  }
}
    `) as unknown as TypedDocumentString<DeleteRowMutationMutation, DeleteRowMutationMutationVariables>;
export const DeleteRowsMutationDocument = new TypedDocumentString(`
    mutation DeleteRowsMutation($table: String!, $where: [WhereClause!], $all: Boolean, $transactionId: ID) {
  deleteRows(
    table: $table
    where: $where
    all: $all
    transactionId: $transactionId
  ) {
    rowsAffected
    scn
  }
}
    `) as unknown as TypedDocumentString<DeleteRowsMutationMutation, DeleteRowsMutationMutationVariables>;
export const CreateDumpMutationDocument = new TypedDocumentString(`
    mutation CreateDumpMutation {
  createDump {
    id
    status
    createdAt
    finishedAt
    sizeBytes
    sections
    error
  }
}
    `) as unknown as TypedDocumentString<CreateDumpMutationMutation, CreateDumpMutationMutationVariables>;
export const FlashbackTableMutationDocument = new TypedDocumentString(`
    mutation FlashbackTableMutation($table: String!, $to: PointInTime!) {
  flashbackTable(table: $table, to: $to) {
    targetScn
    tables {
      table
      inserted
      updated
      deleted
    }
    skippedTables
    rowsChanged
    scn
    transactionId
  }
}
    `) as unknown as TypedDocumentString<FlashbackTableMutationMutation, FlashbackTableMutationMutationVariables>;
export const FlashbackDatabaseMutationDocument = new TypedDocumentString(`
    mutation FlashbackDatabaseMutation($to: PointInTime!) {
  flashbackDatabase(to: $to) {
    targetScn
    tables {
      table
      inserted
      updated
      deleted
    }
    skippedTables
    rowsChanged
    scn
    transactionId
  }
}
    `) as unknown as TypedDocumentString<FlashbackDatabaseMutationMutation, FlashbackDatabaseMutationMutationVariables>;
export const FlashbackTransactionMutationDocument = new TypedDocumentString(`
    mutation FlashbackTransactionMutation($transactionId: ID, $scn: SafeInt, $cascade: Boolean) {
  flashbackTransaction(
    transactionId: $transactionId
    scn: $scn
    cascade: $cascade
  ) {
    reversed {
      scn
      transactionId
    }
    rowsChanged
    scn
    transactionId
  }
}
    `) as unknown as TypedDocumentString<FlashbackTransactionMutationMutation, FlashbackTransactionMutationMutationVariables>;
export const CreateRestorePointMutationDocument = new TypedDocumentString(`
    mutation CreateRestorePointMutation($name: String!, $guaranteed: Boolean) {
  createRestorePoint(name: $name, guaranteed: $guaranteed) {
    name
    scn
    committedAt
    createdAt
    guaranteed
  }
}
    `) as unknown as TypedDocumentString<CreateRestorePointMutationMutation, CreateRestorePointMutationMutationVariables>;
export const DropRestorePointMutationDocument = new TypedDocumentString(`
    mutation DropRestorePointMutation($name: String!) {
  dropRestorePoint(name: $name)
}
    `) as unknown as TypedDocumentString<DropRestorePointMutationMutation, DropRestorePointMutationMutationVariables>;
export const AcknowledgeAlertMutationDocument = new TypedDocumentString(`
    mutation AcknowledgeAlertMutation($id: ID!) {
  acknowledgeAlert(id: $id) {
    id
    ruleId
    ruleName
    metric
    comparison
    threshold
    severity
    state
    value
    message
    firedAt
    acknowledgedAt
    acknowledgedBy
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeAlertMutationMutation, AcknowledgeAlertMutationMutationVariables>;
export const ExecuteSqlMutationDocument = new TypedDocumentString(`
    mutation ExecuteSqlMutation($sql: String!, $params: JSON, $timeoutMs: Int, $maxRows: Int, $transactionId: ID) {
  executeSql(
    sql: $sql
    params: $params
    timeoutMs: $timeoutMs
    maxRows: $maxRows
    transactionId: $transactionId
  ) {
    columns {
      name
      type
      table
    }
    rows
    rowsAffected
    lastInsertRowid
    elapsedMs
    truncated
    statements
    scn
  }
}
    `) as unknown as TypedDocumentString<ExecuteSqlMutationMutation, ExecuteSqlMutationMutationVariables>;
export const DisconnectWebsocketConnectionMutationDocument = new TypedDocumentString(`
    mutation DisconnectWebsocketConnectionMutation($id: ID!) {
  disconnectWebsocketConnection(id: $id) {
    message
    connectionId
  }
}
    `) as unknown as TypedDocumentString<DisconnectWebsocketConnectionMutationMutation, DisconnectWebsocketConnectionMutationMutationVariables>;
export const BroadcastWebsocketMessageMutationDocument = new TypedDocumentString(`
    mutation BroadcastWebsocketMessageMutation($message: String!, $data: JSON) {
  broadcastWebsocketMessage(message: $message, data: $data) {
    delivered
    dropped
  }
}
    `) as unknown as TypedDocumentString<BroadcastWebsocketMessageMutationMutation, BroadcastWebsocketMessageMutationMutationVariables>;
export const CreateTableMutationDocument = new TypedDocumentString(`
    mutation CreateTableMutation($input: CreateTableInput!) {
  createTable(input: $input) {
    name
    schema
    columns {
      name
      type
      position
      nullable
      default
      primaryKey
      unique
      references {
        table
        column
        onDelete
        onUpdate
      }
    }
    primaryKey
    indexes {
      name
      table
      columns
      unique
      origin
      partial
      sql
    }
    strict
    withoutRowid
    sql
  }
}
    `) as unknown as TypedDocumentString<CreateTableMutationMutation, CreateTableMutationMutationVariables>;
export const AlterTableMutationDocument = new TypedDocumentString(`
    mutation AlterTableMutation($name: String!, $input: AlterTableInput!) {
  alterTable(name: $name, input: $input) {
    name
    schema
    columns {
      name
      type
      position
      nullable
      default
      primaryKey
      unique
      references {
        table
        column
        onDelete
        onUpdate
      }
    }
    primaryKey
    indexes {
      name
      table
      columns
      unique
      origin
      partial
      sql
    }
    strict
    withoutRowid
    sql
  }
}
    `) as unknown as TypedDocumentString<AlterTableMutationMutation, AlterTableMutationMutationVariables>;
export const DropTableMutationDocument = new TypedDocumentString(`
    mutation DropTableMutation($name: String!, $ifExists: Boolean) {
  dropTable(name: $name, ifExists: $ifExists) {
    name
    dropped
    scn
  }
}
    `) as unknown as TypedDocumentString<DropTableMutationMutation, DropTableMutationMutationVariables>;
export const CreateIndexMutationDocument = new TypedDocumentString(`
    mutation CreateIndexMutation($input: CreateIndexInput!) {
  createIndex(input: $input) {
    name
    table
    columns
    unique
    origin
    partial
    sql
  }
}
    `) as unknown as TypedDocumentString<CreateIndexMutationMutation, CreateIndexMutationMutationVariables>;
export const DropIndexMutationDocument = new TypedDocumentString(`
    mutation DropIndexMutation($table: String!, $name: String!, $ifExists: Boolean) {
  dropIndex(table: $table, name: $name, ifExists: $ifExists) {
    name
    dropped
    scn
  }
}
    `) as unknown as TypedDocumentString<DropIndexMutationMutation, DropIndexMutationMutationVariables>;
export const CreateViewMutationDocument = new TypedDocumentString(`
    mutation CreateViewMutation($input: CreateViewInput!) {
  createView(input: $input) {
    name
    schema
    columns {
      name
      type
      position
      nullable
      default
      primaryKey
      unique
      references {
        table
        column
        onDelete
        onUpdate
      }
    }
    sql
  }
}
    `) as unknown as TypedDocumentString<CreateViewMutationMutation, CreateViewMutationMutationVariables>;
export const DropViewMutationDocument = new TypedDocumentString(`
    mutation DropViewMutation($name: String!, $ifExists: Boolean) {
  dropView(name: $name, ifExists: $ifExists) {
    name
    dropped
    scn
  }
}
    `) as unknown as TypedDocumentString<DropViewMutationMutation, DropViewMutationMutationVariables>;
export const CreateUserMutationDocument = new TypedDocumentString(`
    mutation CreateUserMutation($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
    roles
    disabled
    createdAt
    updatedAt
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutationMutation, CreateUserMutationMutationVariables>;
export const UpdateUserMutationDocument = new TypedDocumentString(`
    mutation UpdateUserMutation($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    username
    roles
    disabled
    createdAt
    updatedAt
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutationMutation, UpdateUserMutationMutationVariables>;
export const DeleteUserMutationDocument = new TypedDocumentString(`
    mutation DeleteUserMutation($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteUserMutationMutation, DeleteUserMutationMutationVariables>;
export const CreateRoleMutationDocument = new TypedDocumentString(`
    mutation CreateRoleMutation($input: CreateRoleInput!) {
  createRole(input: $input) {
    id
    name
    description
    permissions
    builtIn
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CreateRoleMutationMutation, CreateRoleMutationMutationVariables>;
export const UpdateRoleMutationDocument = new TypedDocumentString(`
    mutation UpdateRoleMutation($id: ID!, $input: UpdateRoleInput!) {
  updateRole(id: $id, input: $input) {
    id
    name
    description
    permissions
    builtIn
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UpdateRoleMutationMutation, UpdateRoleMutationMutationVariables>;
export const DeleteRoleMutationDocument = new TypedDocumentString(`
    mutation DeleteRoleMutation($id: ID!) {
  deleteRole(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRoleMutationMutation, DeleteRoleMutationMutationVariables>;
export const GrantPermissionMutationDocument = new TypedDocumentString(`
    mutation GrantPermissionMutation($roleId: ID!, $permission: String!) {
  grantPermission(roleId: $roleId, permission: $permission)
}
    `) as unknown as TypedDocumentString<GrantPermissionMutationMutation, GrantPermissionMutationMutationVariables>;
export const RevokePermissionMutationDocument = new TypedDocumentString(`
    mutation RevokePermissionMutation($roleId: ID!, $permission: String!) {
  revokePermission(roleId: $roleId, permission: $permission)
}
    `) as unknown as TypedDocumentString<RevokePermissionMutationMutation, RevokePermissionMutationMutationVariables>;
export const BeginTransactionMutationDocument = new TypedDocumentString(`
    mutation BeginTransactionMutation($mode: TransactionMode, $idleTimeoutMs: Int) {
  beginTransaction(mode: $mode, idleTimeoutMs: $idleTimeoutMs) {
    id
    state
    mode
    startedAt
    lastActivityAt
    endedAt
    idleTimeoutMs
    statements
    savepoints {
      name
      createdAt
    }
    scn
    endReason
  }
}
    `) as unknown as TypedDocumentString<BeginTransactionMutationMutation, BeginTransactionMutationMutationVariables>;
export const CommitTransactionMutationDocument = new TypedDocumentString(`
    mutation CommitTransactionMutation($id: ID!) {
  commitTransaction(id: $id)
}
    `) as unknown as TypedDocumentString<CommitTransactionMutationMutation, CommitTransactionMutationMutationVariables>;
export const RollbackTransactionMutationDocument = new TypedDocumentString(`
    mutation RollbackTransactionMutation($id: ID!) {
  rollbackTransaction(id: $id)
}
    `) as unknown as TypedDocumentString<RollbackTransactionMutationMutation, RollbackTransactionMutationMutationVariables>;
export const CreateSavepointMutationDocument = new TypedDocumentString(`
    mutation CreateSavepointMutation($transactionId: ID!, $name: String!) {
  createSavepoint(transactionId: $transactionId, name: $name) {
    name
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CreateSavepointMutationMutation, CreateSavepointMutationMutationVariables>;
export const RollbackToSavepointMutationDocument = new TypedDocumentString(`
    mutation RollbackToSavepointMutation($transactionId: ID!, $name: String!) {
  rollbackToSavepoint(transactionId: $transactionId, name: $name)
}
    `) as unknown as TypedDocumentString<RollbackToSavepointMutationMutation, RollbackToSavepointMutationMutationVariables>;
export const ReleaseSavepointMutationDocument = new TypedDocumentString(`
    mutation ReleaseSavepointMutation($transactionId: ID!, $name: String!) {
  releaseSavepoint(transactionId: $transactionId, name: $name)
}
    `) as unknown as TypedDocumentString<ReleaseSavepointMutationMutation, ReleaseSavepointMutationMutationVariables>;
export const BackupProgressSubscriptionDocument = new TypedDocumentString(`
    subscription BackupProgressSubscription($backupId: ID) {
  backupProgress(backupId: $backupId) {
    operationId
    requestId
    operation
    backupId
    phase
    status
    percentage
    bytesProcessed
    bytesTotal
    etaSeconds
    message
    at
  }
}
    `) as unknown as TypedDocumentString<BackupProgressSubscriptionSubscription, BackupProgressSubscriptionSubscriptionVariables>;
export const BlockchainVerificationSubscriptionDocument = new TypedDocumentString(`
    subscription BlockchainVerificationSubscription($tableName: String) {
  blockchainVerification(tableName: $tableName) {
    tableName
    valid
    rowsChecked
    blocksChecked
    firstBrokenRow {
      seq
      problem
      detail
    }
    firstBrokenBlock {
      blockId
      problem
      detail
    }
    headSeq
    headHash
    verifiedAt
    elapsedMs
  }
}
    `) as unknown as TypedDocumentString<BlockchainVerificationSubscriptionSubscription, BlockchainVerificationSubscriptionSubscriptionVariables>;
export const FlashbackOperationsSubscriptionDocument = new TypedDocumentString(`
    subscription FlashbackOperationsSubscription {
  flashbackOperations {
    operation
    tables
    targetScn
    scn
    rows
    restorePoint
    at
  }
}
    `) as unknown as TypedDocumentString<FlashbackOperationsSubscriptionSubscription, FlashbackOperationsSubscriptionSubscriptionVariables>;
export const HealthStatusChangesSubscriptionDocument = new TypedDocumentString(`
    subscription HealthStatusChangesSubscription($intervalSeconds: Int) {
  healthStatusChanges(intervalSeconds: $intervalSeconds) {
    status
    changedComponents {
      name
      status
      responseTimeMs
      details
    }
    errors
    warnings
    timestamp
  }
}
    `) as unknown as TypedDocumentString<HealthStatusChangesSubscriptionSubscription, HealthStatusChangesSubscriptionSubscriptionVariables>;
export const MetricsStreamSubscriptionDocument = new TypedDocumentString(`
    subscription MetricsStreamSubscription($interval: Int) {
  metricsStream(interval: $interval) {
    timestamp
    uptimeSeconds
    http {
      requests
      requestsPerSecond
      latencyMs {
        p50
        p95
        p99
        mean
        max
      }
      operations {
        operation
        requests
        clientErrors
        serverErrors
        meanLatencyMs
      }
    }
    graphql {
      operations {
        operation
        requests
        clientErrors
        serverErrors
        meanLatencyMs
      }
    }
    websocket {
      connections
      messagesReceived
      messagesSent
      endpoints {
        endpoint
        connections
      }
    }
    queries {
      total
      completed
      failed
      cancelled
      errorRate
      rows
      latencyMs {
        p50
        p95
        p99
        mean
        max
      }
      window
      running
    }
    sessions {
      open
      active
      idle
      peak
      openedTotal
      closedTotal
      averageDurationSeconds
      websocketConnections
      sessions {
        sessionId
        userId
        username
        openedAt
        state
        runningQueries
        queries
        lastActivityAt
      }
    }
    performance {
      timestamp
      cpuPercent
      memory {
        rssBytes
        heapUsedBytes
        heapTotalBytes
        externalBytes
        systemTotalBytes
        systemFreeBytes
      }
      eventLoopLagMs {
        mean
        p99
        max
      }
      disk {
        readBytesPerSecond
        writeBytesPerSecond
        totalBytes
        freeBytes
      }
      network {
        receivedBytesPerSecond
        sentBytesPerSecond
      }
      storage {
        fileBytes
        walBytes
        pageSizeBytes
        pageCount
        freePages
        cacheSizeKiB
      }
      transactions {
        open
        committed
        rolledBack
        commitsPerSecond
        rollbacksPerSecond
      }
      changes {
        scn
        scnPerSecond
        rowChanges
      }
      queriesPerSecond
      intervalSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsStreamSubscriptionSubscription, MetricsStreamSubscriptionSubscriptionVariables>;
export const PerformanceStreamSubscriptionDocument = new TypedDocumentString(`
    subscription PerformanceStreamSubscription($interval: Int) {
  performanceStream(interval: $interval) {
    timestamp
    cpuPercent
    memory {
      rssBytes
      heapUsedBytes
      heapTotalBytes
      externalBytes
      systemTotalBytes
      systemFreeBytes
    }
    eventLoopLagMs {
      mean
      p99
      max
    }
    disk {
      readBytesPerSecond
      writeBytesPerSecond
      totalBytes
      freeBytes
    }
    network {
      receivedBytesPerSecond
      sentBytesPerSecond
    }
    storage {
      fileBytes
      walBytes
      pageSizeBytes
      pageCount
      freePages
      cacheSizeKiB
    }
    transactions {
      open
      committed
      rolledBack
      commitsPerSecond
      rollbacksPerSecond
    }
    changes {
      scn
      scnPerSecond
      rowChanges
    }
    queriesPerSecond
    intervalSeconds
  }
}
    `) as unknown as TypedDocumentString<PerformanceStreamSubscriptionSubscription, PerformanceStreamSubscriptionSubscriptionVariables>;
export const SystemMetricsSubscriptionDocument = new TypedDocumentString(`
    subscription SystemMetricsSubscription($intervalSeconds: Int, $metricTypes: [MetricType!]) {
  systemMetrics(intervalSeconds: $intervalSeconds, metricTypes: $metricTypes) {
    cpuUsage
    memoryUsage
    memoryTotal
    memoryPercent
    diskReadBps
    diskWriteBps
    networkRxBps
    networkTxBps
    activeConnections
    activeQueries
    timestamp
  }
}
    `) as unknown as TypedDocumentString<SystemMetricsSubscriptionSubscription, SystemMetricsSubscriptionSubscriptionVariables>;
export const AlertStreamSubscriptionDocument = new TypedDocumentString(`
    subscription AlertStreamSubscription($severityFilter: [AlertSeverity!]) {
  alertStream(severityFilter: $severityFilter) {
    id
    ruleId
    ruleName
    metric
    comparison
    threshold
    severity
    state
    value
    message
    firedAt
    acknowledgedAt
    acknowledgedBy
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<AlertStreamSubscriptionSubscription, AlertStreamSubscriptionSubscriptionVariables>;
export const TableChangesSubscriptionDocument = new TypedDocumentString(`
    subscription TableChangesSubscription($table: String!, $sinceScn: SafeInt) {
  tableChanges(table: $table, sinceScn: $sinceScn) {
    table
    id
    changeType
    row {
      id
      data
      scn
    }
    oldRow {
      id
      data
      scn
    }
    timestamp
    scn
    transactionId
  }
}
    `) as unknown as TypedDocumentString<TableChangesSubscriptionSubscription, TableChangesSubscriptionSubscriptionVariables>;
export const RowInsertedSubscriptionDocument = new TypedDocumentString(`
    subscription RowInsertedSubscription($table: String!, $whereClause: WhereClause, $sinceScn: SafeInt) {
  rowInserted(table: $table, whereClause: $whereClause, sinceScn: $sinceScn) {
    table
    row {
      id
      data
      scn
    }
    timestamp
    scn
    transactionId
  }
}
    `) as unknown as TypedDocumentString<RowInsertedSubscriptionSubscription, RowInsertedSubscriptionSubscriptionVariables>;
export const RowUpdatedSubscriptionDocument = new TypedDocumentString(`
    subscription RowUpdatedSubscription($table: String!, $whereClause: WhereClause, $sinceScn: SafeInt) {
  rowUpdated(table: $table, whereClause: $whereClause, sinceScn: $sinceScn) {
    table
    oldRow {
      id
      data
      scn
    }
    newRow {
      id
      data
      scn
    }
    changedFields
    timestamp
    scn
    transactionId
  }
}
    `) as unknown as TypedDocumentString<RowUpdatedSubscriptionSubscription, RowUpdatedSubscriptionSubscriptionVariables>;
export const RowDeletedSubscriptionDocument = new TypedDocumentString(`
    subscription RowDeletedSubscription($table: String!, $whereClause: WhereClause, $sinceScn: SafeInt) {
  rowDeleted(table: $table, whereClause: $whereClause, sinceScn: $sinceScn) {
    table
    id
    oldRow {
      id
      data
      scn
    }
    timestamp
    scn
    transactionId
  }
}
    `) as unknown as TypedDocumentString<RowDeletedSubscriptionSubscription, RowDeletedSubscriptionSubscriptionVariables>;
export const RowChangesSubscriptionDocument = new TypedDocumentString(`
    subscription RowChangesSubscription($table: String!, $id: ID!, $sinceScn: SafeInt) {
  rowChanges(table: $table, id: $id, sinceScn: $sinceScn) {
    table
    id
    changeType
    row {
      id
      data
      scn
    }
    oldRow {
      id
      data
      scn
    }
    timestamp
    scn
    transactionId
  }
}
    `) as unknown as TypedDocumentString<RowChangesSubscriptionSubscription, RowChangesSubscriptionSubscriptionVariables>;
export const TableModificationsSubscriptionDocument = new TypedDocumentString(`
    subscription TableModificationsSubscription($tables: [String!], $changeTypes: [ChangeType!], $sinceScn: SafeInt) {
  tableModifications(
    tables: $tables
    changeTypes: $changeTypes
    sinceScn: $sinceScn
  ) {
    table
    changeType
    rowId
    row {
      id
      data
      scn
    }
    changedColumns
    transactionId
    timestamp
    scn
  }
}
    `) as unknown as TypedDocumentString<TableModificationsSubscriptionSubscription, TableModificationsSubscriptionSubscriptionVariables>;
export const AggregateChangesSubscriptionDocument = new TypedDocumentString(`
    subscription AggregateChangesSubscription($table: String!, $aggregates: [AggregateInput!]!, $where: [WhereClause!], $intervalSeconds: Int) {
  aggregateChanges(
    table: $table
    aggregates: $aggregates
    where: $where
    intervalSeconds: $intervalSeconds
  ) {
    table
    results {
      function
      field
      value
    }
    scn
    timestamp
  }
}
    `) as unknown as TypedDocumentString<AggregateChangesSubscriptionSubscription, AggregateChangesSubscriptionSubscriptionVariables>;
export const QueryChangesSubscriptionDocument = new TypedDocumentString(`
    subscription QueryChangesSubscription($table: String!, $whereClause: [WhereClause!], $limit: Int, $pollIntervalSeconds: Int) {
  queryChanges(
    table: $table
    whereClause: $whereClause
    limit: $limit
    pollIntervalSeconds: $pollIntervalSeconds
  ) {
    table
    rows {
      id
      data
      scn
    }
    totalCount
    scn
    timestamp
  }
}
    `) as unknown as TypedDocumentString<QueryChangesSubscriptionSubscription, QueryChangesSubscriptionSubscriptionVariables>;
export const SchemaChangesSubscriptionDocument = new TypedDocumentString(`
    subscription SchemaChangesSubscription($schemaName: String, $objectTypes: [SchemaObjectType!]) {
  schemaChanges(schemaName: $schemaName, objectTypes: $objectTypes) {
    scn
    transactionId
    timestamp
    changeType
    objectType
    objectName
    statement
    user
  }
}
    `) as unknown as TypedDocumentString<SchemaChangesSubscriptionSubscription, SchemaChangesSubscriptionSubscriptionVariables>;
export const TransactionEventsSubscriptionDocument = new TypedDocumentString(`
    subscription TransactionEventsSubscription {
  transactionEvents {
    eventType
    transactionId
    isolationLevel
    durationMs
    modifiedRows
    scn
    username
    sessionId
    timestamp
  }
}
    `) as unknown as TypedDocumentString<TransactionEventsSubscriptionSubscription, TransactionEventsSubscriptionSubscriptionVariables>;
export const SessionEventsSubscriptionDocument = new TypedDocumentString(`
    subscription SessionEventsSubscription($userFilter: String) {
  sessionEvents(userFilter: $userFilter) {
    eventType
    reason
    sessionId
    userId
    username
    timestamp
  }
}
    `) as unknown as TypedDocumentString<SessionEventsSubscriptionSubscription, SessionEventsSubscriptionSubscriptionVariables>;
export const QueryExecutionSubscriptionDocument = new TypedDocumentString(`
    subscription QueryExecutionSubscription($queryId: ID!) {
  queryExecution(queryId: $queryId) {
    queryId
    status
    rowsAffected
    rowsProduced
    elapsedMs
    message
    timestamp
  }
}
    `) as unknown as TypedDocumentString<QueryExecutionSubscriptionSubscription, QueryExecutionSubscriptionSubscriptionVariables>;
export const SlowQueriesStreamSubscriptionDocument = new TypedDocumentString(`
    subscription SlowQueriesStreamSubscription($thresholdMs: Int) {
  slowQueriesStream(thresholdMs: $thresholdMs) {
    queryId
    sqlText
    executionTimeMs
    outcome
    errorCode
    rowsReturned
    startTime
    endTime
    transactionId
    sessionId
    username
  }
}
    `) as unknown as TypedDocumentString<SlowQueriesStreamSubscriptionSubscription, SlowQueriesStreamSubscriptionSubscriptionVariables>;
export const HeartbeatSubscriptionDocument = new TypedDocumentString(`
    subscription HeartbeatSubscription($intervalSeconds: Int) {
  heartbeat(intervalSeconds: $intervalSeconds) {
    sequence
    timestamp
  }
}
    `) as unknown as TypedDocumentString<HeartbeatSubscriptionSubscription, HeartbeatSubscriptionSubscriptionVariables>;
export const AuditEventsSubscriptionDocument = new TypedDocumentString(`
    subscription AuditEventsSubscription {
  auditEvents {
    id
    time
    userId
    username
    via
    ip
    surface
    operation
    target
    outcome
    status
    requestId
    detail
  }
}
    `) as unknown as TypedDocumentString<AuditEventsSubscriptionSubscription, AuditEventsSubscriptionSubscriptionVariables>;