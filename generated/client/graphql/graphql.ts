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

export type AggregateValue = {
  __typename?: 'AggregateValue';
  field: Scalars['String']['output'];
  function: AggregateFunction;
  value?: Maybe<Scalars['JSON']['output']>;
};

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

export type DropResult = {
  __typename?: 'DropResult';
  dropped: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  scn?: Maybe<Scalars['SafeInt']['output']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  alterTable: Table;
  /** A full backup, as the administration API names it. */
  backupDatabase: Backup;
  beginTransaction: Transaction;
  commitTransaction: Scalars['Boolean']['output'];
  /** A full backup (kind FULL) or an incremental one (kind INCREMENTAL). */
  createBackup: Backup;
  createIndex: Index;
  createRestorePoint: RestorePoint;
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
  dropIndex: DropResult;
  /** True once dropped. */
  dropRestorePoint: Scalars['Boolean']['output'];
  dropTable: DropResult;
  dropView: DropResult;
  /** Runs any statement or script; a script commits as a whole or not at all. */
  executeSql: SqlResult;
  /** Restore every table's rows to a point; refused while other transactions are open. */
  flashbackDatabase: FlashbackResult;
  /** Restore a table's rows to a point, as a new transaction. */
  flashbackTable: FlashbackResult;
  /** Reverse a committed transaction, named by transactionId or by the SCN of its commit. */
  flashbackTransaction: FlashbackTransactionResult;
  grantPermission: Scalars['Boolean']['output'];
  insertRow: Row;
  insertRows: Array<Row>;
  /** The database as it was at a point: the latest backup before it, then the change log. */
  recoverToPointInTime: RestoreResult;
  releaseSavepoint: Scalars['Boolean']['output'];
  restoreBackup: RestoreResult;
  revokePermission: Scalars['Boolean']['output'];
  rollbackToSavepoint: Scalars['Boolean']['output'];
  rollbackTransaction: Scalars['Boolean']['output'];
  updateBackupSchedule: BackupSchedule;
  updateRole: Role;
  updateRow: Row;
  updateRows: WriteResult;
  updateUser: User;
  verifyBackup: VerifyResult;
};


export type MutationAlterTableArgs = {
  input: AlterTableInput;
  name: Scalars['String']['input'];
};


export type MutationBackupDatabaseArgs = {
  input?: InputMaybe<CreateBackupInput>;
};


export type MutationBeginTransactionArgs = {
  idleTimeoutMs?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<TransactionMode>;
};


export type MutationCommitTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateBackupArgs = {
  input: CreateBackupInput;
};


export type MutationCreateIndexArgs = {
  input: CreateIndexInput;
};


export type MutationCreateRestorePointArgs = {
  guaranteed?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
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


export type MutationRecoverToPointInTimeArgs = {
  input: RestoreInput;
  to: PointInTime;
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


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationVerifyBackupArgs = {
  id: Scalars['ID']['input'];
  passphrase?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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

export type Query = {
  __typename?: 'Query';
  activeTransactions: Array<Transaction>;
  aggregate: Array<AggregateGroup>;
  auditLog: AuditPage;
  backup: Backup;
  backupSchedule: BackupSchedule;
  /** Every backup, oldest first. */
  backups: Array<Backup>;
  count: Scalars['SafeInt']['output'];
  currentScn: CurrentScn;
  /** Runs read-only SQL: statements that would write are refused. Use the executeSql mutation to write. */
  executeSql: SqlResult;
  explainQuery: QueryPlan;
  /** Rows of a table as of a point in time (limit 1 to 10000, default 1000). */
  flashbackQuery: FlashbackRows;
  flashbackStats: FlashbackStats;
  /** Every version of a table's rows between two points. */
  flashbackVersions: FlashbackVersions;
  indexes: Array<Index>;
  /** The permissions roles can grant. */
  permissions: Array<Permission>;
  queryTable: Array<Row>;
  queryTableConnection: RowConnection;
  restorePoints: Array<RestorePoint>;
  role?: Maybe<Role>;
  roles: Array<Role>;
  row?: Maybe<Row>;
  schema?: Maybe<Schema>;
  schemas: Array<Schema>;
  serverInfo: ServerInfo;
  table?: Maybe<Table>;
  tables: Array<Table>;
  transaction?: Maybe<Transaction>;
  user?: Maybe<User>;
  users: Array<User>;
  view?: Maybe<View>;
  views: Array<View>;
};


export type QueryAggregateArgs = {
  aggregates: Array<AggregateInput>;
  groupBy?: InputMaybe<Array<Scalars['String']['input']>>;
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
};


export type QueryAuditLogArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBackupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCountArgs = {
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
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


export type QueryIndexesArgs = {
  table: Scalars['String']['input'];
};


export type QueryQueryTableArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SortField>>;
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<Array<WhereClause>>;
};


export type QueryQueryTableConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
  id: Scalars['ID']['input'];
  table: Scalars['String']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySchemaArgs = {
  name: Scalars['String']['input'];
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

export type RowEdge = {
  __typename?: 'RowEdge';
  cursor: Scalars['String']['output'];
  node: Row;
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

export type Subscription = {
  __typename?: 'Subscription';
  /** Audit records as they are written. */
  auditEvents: AuditEntry;
  /** Progress of backups, restores, verifies and recoveries; of one backup when backupId is given. */
  backupProgress: BackupProgress;
  /** Flashback queries, restores, reversals, restore points and purges as they happen. */
  flashbackOperations: FlashbackEvent;
  /** A beat every intervalSeconds (1 to 3600), to keep connections and proxies alive. */
  heartbeat: Heartbeat;
  /** Every committed change to a table, in commit order. */
  tableChanges: TableChange;
};


export type SubscriptionBackupProgressArgs = {
  backupId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionHeartbeatArgs = {
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionTableChangesArgs = {
  table: Scalars['String']['input'];
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

export type BackupsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupsQueryQuery = { __typename?: 'Query', backups: Array<{ __typename?: 'Backup', id: string, kind: BackupKind, parentId?: string | null, status: BackupState, error?: string | null, fromScn?: number | null, scn?: number | null, committedAt?: string | null, startedAt: string, completedAt?: string | null, durationMs?: number | null, contentHash?: string | null, commits?: number | null, rowChanges?: number | null, payloadBytes?: number | null, storedBytes?: number | null, sha256?: string | null, compression: BackupCompression, tables: Array<{ __typename?: 'BackupTable', name: string, rows: number, sha256: string }>, encryption?: { __typename?: 'BackupEncryptionInfo', algorithm: string, key: BackupKeySource } | null }> };

export type BackupQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BackupQueryQuery = { __typename?: 'Query', backup: { __typename?: 'Backup', id: string, kind: BackupKind, parentId?: string | null, status: BackupState, error?: string | null, fromScn?: number | null, scn?: number | null, committedAt?: string | null, startedAt: string, completedAt?: string | null, durationMs?: number | null, contentHash?: string | null, commits?: number | null, rowChanges?: number | null, payloadBytes?: number | null, storedBytes?: number | null, sha256?: string | null, compression: BackupCompression, tables: Array<{ __typename?: 'BackupTable', name: string, rows: number, sha256: string }>, encryption?: { __typename?: 'BackupEncryptionInfo', algorithm: string, key: BackupKeySource } | null } };

export type BackupScheduleQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupScheduleQueryQuery = { __typename?: 'Query', backupSchedule: { __typename?: 'BackupSchedule', full?: string | null, incremental?: string | null, compression: BackupCompression, encrypt: boolean, nextFullAt?: string | null, nextIncrementalAt?: string | null, retention: { __typename?: 'BackupRetention', keepFulls?: number | null, maxAgeDays?: number | null }, runs: Array<{ __typename?: 'BackupScheduleRun', kind: BackupKind, startedAt: string, finishedAt: string, status: BackupState, backupId?: string | null, error?: string | null, deleted: Array<string> }> } };

export type QueryTableQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  orderBy?: InputMaybe<Array<SortField> | SortField>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type QueryTableQueryQuery = { __typename?: 'Query', queryTable: Array<{ __typename?: 'Row', id: string, data: unknown, scn?: number | null }> };

export type QueryTableConnectionQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  where?: InputMaybe<Array<WhereClause> | WhereClause>;
  orderBy?: InputMaybe<Array<SortField> | SortField>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type QueryTableConnectionQueryQuery = { __typename?: 'Query', queryTableConnection: { __typename?: 'RowConnection', totalCount: number, edges: Array<{ __typename?: 'RowEdge', cursor: string, node: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RowQueryQueryVariables = Exact<{
  table: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  transactionId?: InputMaybe<Scalars['ID']['input']>;
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

export type ExecuteSqlMutationMutationVariables = Exact<{
  sql: Scalars['String']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  maxRows?: InputMaybe<Scalars['Int']['input']>;
  transactionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExecuteSqlMutationMutation = { __typename?: 'Mutation', executeSql: { __typename?: 'SqlResult', rows: Array<unknown>, rowsAffected: number, lastInsertRowid?: number | null, elapsedMs: number, truncated: boolean, statements: number, scn?: number | null, columns: Array<{ __typename?: 'ResultColumn', name: string, type?: string | null, table?: string | null }> } };

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

export type FlashbackOperationsSubscriptionSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FlashbackOperationsSubscriptionSubscription = { __typename?: 'Subscription', flashbackOperations: { __typename?: 'FlashbackEvent', operation: FlashbackOperationKind, tables: Array<string>, targetScn?: number | null, scn?: number | null, rows: number, restorePoint?: string | null, at: string } };

export type TableChangesSubscriptionSubscriptionVariables = Exact<{
  table: Scalars['String']['input'];
}>;


export type TableChangesSubscriptionSubscription = { __typename?: 'Subscription', tableChanges: { __typename?: 'TableChange', table: string, changeType: ChangeType, timestamp: string, scn: number, transactionId?: string | null, row?: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } | null, oldRow?: { __typename?: 'Row', id: string, data: unknown, scn?: number | null } | null } };

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
export const QueryTableQueryDocument = new TypedDocumentString(`
    query QueryTableQuery($table: String!, $where: [WhereClause!], $orderBy: [SortField!], $limit: Int, $offset: Int, $transactionId: ID) {
  queryTable(
    table: $table
    where: $where
    orderBy: $orderBy
    limit: $limit
    offset: $offset
    transactionId: $transactionId
  ) {
    id
    data
    scn
  }
}
    `) as unknown as TypedDocumentString<QueryTableQueryQuery, QueryTableQueryQueryVariables>;
export const QueryTableConnectionQueryDocument = new TypedDocumentString(`
    query QueryTableConnectionQuery($table: String!, $where: [WhereClause!], $orderBy: [SortField!], $first: Int, $after: String, $transactionId: ID) {
  queryTableConnection(
    table: $table
    where: $where
    orderBy: $orderBy
    first: $first
    after: $after
    transactionId: $transactionId
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
    query RowQuery($table: String!, $id: ID!, $transactionId: ID) {
  row(table: $table, id: $id, transactionId: $transactionId) {
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
export const TableChangesSubscriptionDocument = new TypedDocumentString(`
    subscription TableChangesSubscription($table: String!) {
  tableChanges(table: $table) {
    table
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