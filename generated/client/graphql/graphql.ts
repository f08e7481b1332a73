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

export type Mutation = {
  __typename?: 'Mutation';
  alterTable: Table;
  assignRetentionPolicy: BlockchainTable;
  beginTransaction: Transaction;
  commitTransaction: Scalars['Boolean']['output'];
  createBlockchainTable: BlockchainTable;
  createIndex: Index;
  createLegalHold: LegalHold;
  createRetentionPolicy: RetentionPolicy;
  createRole: Role;
  createSavepoint: Savepoint;
  createTable: Table;
  createUser: User;
  createView: View;
  deleteRole: Scalars['Boolean']['output'];
  deleteRow: Row;
  deleteRows: WriteResult;
  deleteUser: Scalars['Boolean']['output'];
  dropIndex: DropResult;
  dropTable: DropResult;
  dropView: DropResult;
  /** Runs any statement or script; a script commits as a whole or not at all. */
  executeSql: SqlResult;
  finalizeBlock: BlockchainBlock;
  grantPermission: Scalars['Boolean']['output'];
  /** Values keyed by column name; absent columns are null. */
  insertBlockchainRow: BlockchainRowReceipt;
  insertRow: Row;
  insertRows: Array<Row>;
  purgeBlockchainTable: BlockchainPurgeResult;
  releaseLegalHold: LegalHold;
  releaseSavepoint: Scalars['Boolean']['output'];
  revokePermission: Scalars['Boolean']['output'];
  rollbackToSavepoint: Scalars['Boolean']['output'];
  rollbackTransaction: Scalars['Boolean']['output'];
  updateRole: Role;
  updateRow: Row;
  updateRows: WriteResult;
  updateUser: User;
  verifyBlockchainDigest: BlockchainDigestVerification;
  verifyBlockchainTable: BlockchainVerification;
};


export type MutationAlterTableArgs = {
  input: AlterTableInput;
  name: Scalars['String']['input'];
};


export type MutationAssignRetentionPolicyArgs = {
  policy: Scalars['String']['input'];
  tableName: Scalars['String']['input'];
};


export type MutationBeginTransactionArgs = {
  idleTimeoutMs?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<TransactionMode>;
};


export type MutationCommitTransactionArgs = {
  id: Scalars['ID']['input'];
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


export type MutationPurgeBlockchainTableArgs = {
  tableName: Scalars['String']['input'];
};


export type MutationReleaseLegalHoldArgs = {
  holdId: Scalars['ID']['input'];
};


export type MutationReleaseSavepointArgs = {
  name: Scalars['String']['input'];
  transactionId: Scalars['ID']['input'];
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


export type MutationVerifyBlockchainDigestArgs = {
  digest: BlockchainDigestInput;
};


export type MutationVerifyBlockchainTableArgs = {
  tableName: Scalars['String']['input'];
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

export type Query = {
  __typename?: 'Query';
  activeTransactions: Array<Transaction>;
  aggregate: Array<AggregateGroup>;
  auditLog: AuditPage;
  blockchainAudit: BlockchainAuditPage;
  /** A block, with the Merkle proof of row proofFor when given. */
  blockchainBlock: BlockchainBlock;
  /** Signs a digest of the chain head with the server key. */
  blockchainDigest: BlockchainDigest;
  blockchainStats: BlockchainStats;
  blockchainTable: BlockchainTable;
  count: Scalars['SafeInt']['output'];
  currentScn: CurrentScn;
  /** Runs read-only SQL: statements that would write are refused. Use the executeSql mutation to write. */
  executeSql: SqlResult;
  explainQuery: QueryPlan;
  indexes: Array<Index>;
  /** The permissions roles can grant. */
  permissions: Array<Permission>;
  queryTable: Array<Row>;
  queryTableConnection: RowConnection;
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

export type RowEdge = {
  __typename?: 'RowEdge';
  cursor: Scalars['String']['output'];
  node: Row;
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
  /** Verification reports as verifications finish, of one table or of all. */
  blockchainVerification: BlockchainVerification;
  /** A beat every intervalSeconds (1 to 3600), to keep connections and proxies alive. */
  heartbeat: Heartbeat;
  /** Every committed change to a table, in commit order. */
  tableChanges: TableChange;
};


export type SubscriptionBlockchainVerificationArgs = {
  tableName?: InputMaybe<Scalars['String']['input']>;
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

export type BlockchainVerificationSubscriptionSubscriptionVariables = Exact<{
  tableName?: InputMaybe<Scalars['String']['input']>;
}>;


export type BlockchainVerificationSubscriptionSubscription = { __typename?: 'Subscription', blockchainVerification: { __typename?: 'BlockchainVerification', tableName: string, valid: boolean, rowsChecked: number, blocksChecked: number, headSeq: number, headHash: string, verifiedAt: string, elapsedMs: number, firstBrokenRow?: { __typename?: 'BrokenRow', seq: number, problem: BlockchainRowProblem, detail: string } | null, firstBrokenBlock?: { __typename?: 'BrokenBlock', blockId: number, problem: BlockchainBlockProblem, detail: string } | null } };

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