// Blockchain tables through every surface of a running server: REST (and its refusals), SQL that
// tries to change history, GraphQL with the blockchainVerification subscription, the
// /api/v1/ws/blockchain/events channel, and the generated SDK end to end. Tampering goes through
// the database file itself, as an intruder's would.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GraphQL, StrataApiError, createStrataClient } from '../../generated/client/index.js';
import { verifyMerkleProof } from '../../engine/modules/blockchain/chain-hash.js';
import { type TestServer, call, startTestServer } from '../helpers/server.js';
import { TestSocket } from '../helpers/ws.js';

let dataDir: string;
let server: TestServer;
let counter = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'strata-blockchain-api-'));
  server = await startTestServer({ memory: false, dataDir });
  // Start-up hashes the first admin's password (scrypt): slow on a loaded machine.
}, 120_000);

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Changes a value behind the API's back, guard triggers dropped and put back. */
function tamperAmount(table: string, seq: number, amount: number): void {
  const db = new BetterSqlite3(join(dataDir, 'databases', 'default.db'));
  try {
    const guard = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(`_strata_guard_update_${table}`) as string;
    db.exec(`DROP TRIGGER "_strata_guard_update_${table}"`);
    db.prepare(`UPDATE "${table}" SET amount = ? WHERE rowid = ?`).run(amount, seq);
    db.exec(guard);
  } finally {
    db.close();
  }
}

async function ledger(rows = 3): Promise<string> {
  const name = `api_ledger${++counter}`;
  expect((await call(server, 'POST', '/api/v1/blockchain/tables', { name, columns: [{ name: 'account', type: 'TEXT', nullable: false }, { name: 'amount', type: 'INTEGER' }] })).status).toBe(201);
  for (let seq = 1; seq <= rows; seq += 1) expect((await call(server, 'POST', `/api/v1/blockchain/tables/${name}/rows`, { account: `a${seq}`, amount: seq })).status).toBe(201);
  return name;
}

describe('REST', () => {
  it('inserts, seals, proves and verifies', async () => {
    const name = await ledger(3);
    const block = await call(server, 'POST', `/api/v1/blockchain/tables/${name}/finalize-block`);
    expect(block).toMatchObject({ status: 201, body: { blockId: 1, firstSeq: 1, lastSeq: 3 } });
    const proved = await call(server, 'GET', `/api/v1/blockchain/tables/${name}/blocks/1?proofFor=2`);
    expect(verifyMerkleProof(proved.body.proof.rowHash, proved.body.proof.steps, block.body.merkleRoot)).toBe(true);
    expect((await call(server, 'POST', `/api/v1/blockchain/tables/${name}/verify`)).body).toMatchObject({ valid: true, rowsChecked: 3, blocksChecked: 1 });
    expect((await call(server, 'GET', `/api/v1/blockchain/tables/${name}`)).body).toMatchObject({ name, headSeq: 3, activeLegalHolds: [] });
    expect((await call(server, 'GET', `/api/v1/blockchain/tables/${name}/stats`)).body).toMatchObject({ rowCount: 3, blockCount: 1, openRows: 0 });
  });

  it('refuses changes of history through SQL and transactions, and bad input, with problem+json', async () => {
    const name = await ledger(2);
    const update = await call(server, 'POST', '/api/v1/query/execute', { sql: `UPDATE ${name} SET amount = 0` });
    expect(update.status).toBe(409);
    expect(update.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(update.body.detail).toMatch(/blockchain table/);
    expect((await call(server, 'DELETE', `/api/v1/tables/${name}/rows/1`)).status).toBe(409);
    const transaction = (await call(server, 'POST', '/api/v1/transactions', { mode: 'immediate' })).body.id as string;
    expect((await call(server, 'POST', `/api/v1/transactions/${transaction}/execute`, { sql: `DELETE FROM ${name}` })).status).toBe(409);
    await call(server, 'POST', `/api/v1/transactions/${transaction}/rollback`);
    const wrongType = await call(server, 'POST', `/api/v1/blockchain/tables/${name}/rows`, { account: 'x', amount: 'lots' });
    expect(wrongType).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect((await call(server, 'POST', `/api/v1/blockchain/tables/${name}/rows`, { account: true })).status).toBe(400);
    expect((await call(server, 'POST', '/api/v1/blockchain/tables/nosuch/verify')).status).toBe(404);
    expect((await call(server, 'POST', '/api/v1/blockchain/tables', { name: 'bad', columns: [{ name: 'a', type: 'JSON' }] })).status).toBe(400);
    expect((await call(server, 'POST', `/api/v1/blockchain/tables/${name}/purge`)).status).toBe(409);
    expect((await call(server, 'POST', `/api/v1/blockchain/tables/${name}/verify`)).body.valid).toBe(true);
  });

  it('refuses DROP TABLE, ALTER TABLE and triggers on a blockchain table, from SQL, transactions and the schema API', async () => {
    const name = await ledger(2);
    const refusedSql = [
      `DROP TABLE ${name}`,
      `drop table if exists main."${name.toUpperCase()}"`,
      `ALTER TABLE ${name} ADD COLUMN extra TEXT`,
      `ALTER TABLE [${name}] RENAME TO renamed_${name}`,
      `ALTER TABLE ${name} RENAME COLUMN amount TO cents`,
      `CREATE TRIGGER rewrite_${name} AFTER INSERT ON ${name} BEGIN SELECT 1; END`,
      `CREATE TABLE other_${name} (x); DROP TABLE ${name}`,
    ];
    for (const sql of refusedSql) {
      const response = await call(server, 'POST', '/api/v1/query/execute', { sql });
      expect({ sql, status: response.status, code: response.body.code }).toEqual({ sql, status: 409, code: 'CONFLICT' });
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(response.body.detail).toMatch(/is a blockchain table: (DROP TABLE|ALTER TABLE|CREATE TRIGGER) is refused/);
    }
    // A refused script changes nothing, not even its statements before the refused one.
    expect((await call(server, 'GET', `/api/v1/tables/other_${name}`)).status).toBe(404);
    const transaction = (await call(server, 'POST', '/api/v1/transactions', {})).body.id as string;
    expect((await call(server, 'POST', `/api/v1/transactions/${transaction}/execute`, { sql: `DROP TABLE ${name}` })).status).toBe(409);
    await call(server, 'POST', `/api/v1/transactions/${transaction}/rollback`);
    expect((await call(server, 'DELETE', `/api/v1/tables/${name}`)).body).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect((await call(server, 'PATCH', `/api/v1/tables/${name}`, { addColumns: [{ name: 'extra', type: 'TEXT' }] })).status).toBe(409);
    // Its guard triggers are Strata's own: user SQL cannot name them at all.
    expect((await call(server, 'POST', '/api/v1/query/execute', { sql: `DROP TRIGGER _strata_guard_update_${name}` })).body.code).toBe('STATEMENT_NOT_ALLOWED');
    // What does not touch the table's definition stays allowed: an index, a view, triggers on other tables.
    expect((await call(server, 'POST', '/api/v1/query/execute', { sql: `CREATE INDEX by_account_${name} ON ${name} (account); CREATE VIEW v_${name} AS SELECT * FROM ${name}` })).status).toBe(200);
    expect((await call(server, 'POST', '/api/v1/query/execute', { sql: `CREATE TABLE t_${name} (x); CREATE TRIGGER on_t_${name} AFTER INSERT ON t_${name} BEGIN SELECT 1; END; ALTER TABLE t_${name} ADD COLUMN y; DROP TABLE t_${name}` })).status).toBe(200);
    expect((await call(server, 'POST', `/api/v1/blockchain/tables/${name}/verify`)).body).toMatchObject({ valid: true, rowsChecked: 2 });
  });

  it('reports tampering in the file, and a digest taken before it no longer verifies', async () => {
    const name = await ledger(3);
    const digest = (await call(server, 'GET', `/api/v1/blockchain/tables/${name}/digest`)).body;
    expect((await call(server, 'POST', '/api/v1/blockchain/digests/verify', digest)).body).toMatchObject({ valid: true });
    tamperAmount(name, 2, 1000);
    const report = (await call(server, 'POST', `/api/v1/blockchain/tables/${name}/verify`)).body;
    expect(report).toMatchObject({ valid: false, firstBrokenRow: { seq: 2, problem: 'modified' } });
    expect((await call(server, 'POST', '/api/v1/blockchain/digests/verify', digest)).body).toMatchObject({ valid: false, signatureValid: true, verification: { valid: false } });
    const forged = await call(server, 'POST', '/api/v1/blockchain/digests/verify', { ...digest, headSeq: 1 });
    expect(forged.body).toMatchObject({ valid: false, signatureValid: false });
  });

  it('keeps admin operations from those without database:admin', async () => {
    await call(server, 'POST', '/api/v1/admin/users', { username: 'bc-dev', password: 'a-long-password', roles: ['developer'] });
    const login = await call(server.url, 'POST', '/api/v1/auth/login', { username: 'bc-dev', password: 'a-long-password' });
    const developer = { authorization: `Bearer ${login.body.access_token as string}` };
    const name = await ledger(1);
    expect((await call(server.url, 'POST', '/api/v1/blockchain/legal-holds', { tableName: name, reason: 'x' }, developer)).status).toBe(403);
    expect((await call(server.url, 'POST', `/api/v1/blockchain/tables/${name}/rows`, { account: 'dev' }, developer)).body).toMatchObject({ seq: 2, insertedBy: 'bc-dev' });
  });
});

describe('GraphQL', () => {
  const graphql = async (query: string, variables: Record<string, unknown> = {}) => (await call(server, 'POST', '/graphql', { query, variables })).body;

  it('creates, inserts, verifies, and maps problems to enum values', async () => {
    const created = await graphql('mutation { createBlockchainTable(input: { name: "gq_ledger", columns: [{ name: "account", type: TEXT, nullable: false }, { name: "amount", type: INTEGER }] }) { name columns { name type nullable } } }');
    expect(created.data.createBlockchainTable.columns).toEqual([{ name: 'account', type: 'TEXT', nullable: false }, { name: 'amount', type: 'INTEGER', nullable: true }]);
    const inserted = await graphql('mutation($data: JSON!) { insertBlockchainRow(tableName: "gq_ledger", data: $data) { seq rowHash data } }', { data: { account: 'g', amount: 5 } });
    expect(inserted.data.insertBlockchainRow).toMatchObject({ seq: 1, data: { account: 'g', amount: 5 } });
    const refused = await graphql('mutation { insertBlockchainRow(tableName: "gq_ledger", data: [1]) { seq } }');
    expect(refused.errors[0].extensions.code).toBe('VALIDATION_FAILED');
    tamperAmount('gq_ledger', 1, 6);
    const verified = await graphql('mutation { verifyBlockchainTable(tableName: "gq_ledger") { valid firstBrokenRow { seq problem } } }');
    expect(verified.data.verifyBlockchainTable).toEqual({ valid: false, firstBrokenRow: { seq: 1, problem: 'MODIFIED' } });
    const missing = await graphql('{ blockchainStats(tableName: "nosuch") { rowCount } }');
    expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses dropping or altering a blockchain table through executeSql, dropTable and alterTable', async () => {
    const name = await ledger(1);
    const sql = await graphql('mutation($sql: String!) { executeSql(sql: $sql) { rowsAffected } }', { sql: `DROP TABLE ${name}` });
    expect(sql.errors[0].extensions.code).toBe('CONFLICT');
    const dropped = await graphql('mutation($name: String!) { dropTable(name: $name) { dropped } }', { name });
    expect(dropped.errors[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/blockchain table/) });
    const altered = await graphql('mutation($name: String!) { alterTable(name: $name, input: { renameTo: "elsewhere" }) { name } }', { name });
    expect(altered.errors[0].extensions.code).toBe('CONFLICT');
    expect((await call(server, 'GET', `/api/v1/tables/${name}`)).status).toBe(200);
  });

  it('delivers verification reports to the blockchainVerification subscription', async () => {
    const name = await ledger(2);
    const client = createStrataClient({ baseUrl: server.url, headers: server.auth, WebSocket: WebSocket as never });
    try {
      const reports = client.graphql.subscribe(GraphQL.BlockchainVerificationSubscriptionDocument, { tableName: name });
      const first = reports.next();
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Another table's verification does not reach this subscription.
      await call(server, 'POST', `/api/v1/blockchain/tables/${await ledger(1)}/verify`);
      tamperAmount(name, 1, 99);
      await call(server, 'POST', `/api/v1/blockchain/tables/${name}/verify`);
      expect((await first).value?.blockchainVerification).toMatchObject({ tableName: name, valid: false, firstBrokenRow: { seq: 1, problem: 'MODIFIED' } });
      await reports.return?.();
    } finally {
      await client.close();
    }
  });
});

describe('the blockchain events channel', () => {
  it('sends inserts, blocks, verifications, holds and purges of the table asked for', async () => {
    const name = await ledger(0);
    const socket = await TestSocket.open(server, 'blockchain', { table: name });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await ledger(1); // another table: filtered out
      await call(server, 'POST', `/api/v1/blockchain/tables/${name}/rows`, { account: 'w', amount: 1 });
      await call(server, 'POST', `/api/v1/blockchain/tables/${name}/finalize-block`);
      await call(server, 'POST', `/api/v1/blockchain/tables/${name}/verify`);
      const hold = (await call(server, 'POST', '/api/v1/blockchain/legal-holds', { tableName: name, reason: 'audit' })).body;
      await call(server, 'POST', `/api/v1/blockchain/legal-holds/${hold.id}/release`);
      await call(server, 'POST', '/api/v1/blockchain/retention-policies', { name: `ws${counter}`, retentionDays: 0 });
      await call(server, 'POST', `/api/v1/blockchain/tables/${name}/retention-policy`, { policy: `ws${counter}` });
      await call(server, 'POST', `/api/v1/blockchain/tables/${name}/purge`);
      await socket.next((message) => message.message_type === 'blockchain_blocks_purged');
      expect(socket.messages.map((message) => message.message_type)).toEqual([
        'blockchain_row_inserted',
        'blockchain_block_finalized',
        'blockchain_verification_completed',
        'blockchain_legal_hold_changed',
        'blockchain_legal_hold_changed',
        'blockchain_blocks_purged',
      ]);
      expect(socket.messages[0]).toMatchObject({ scn: expect.any(Number), data: { tableName: name, seq: 1 } });
      expect(socket.messages[5]!.data).toMatchObject({ blocksPurged: 1, rowsPurged: 1 });
      expect(socket.invalid).toEqual([]);
    } finally {
      socket.ws.close();
    }
  });

  it('runs on the shared /api/v1/ws connection too', async () => {
    const name = await ledger(0);
    const socket = await TestSocket.open(server, 'multiplex');
    try {
      socket.send({ message_type: 'subscribe', data: { subscription_id: 'chain', channel: 'blockchain', params: { table: name } } });
      await socket.next((message) => message.message_type === 'subscribed');
      await call(server, 'POST', `/api/v1/blockchain/tables/${name}/rows`, { account: 'shared' });
      const inserted = await socket.next((message) => message.message_type === 'blockchain_row_inserted');
      expect(inserted).toMatchObject({ subscription_id: 'chain', data: { tableName: name, seq: 1, data: { account: 'shared' } } });
      expect(socket.invalid).toEqual([]);
    } finally {
      socket.ws.close();
    }
  });

  it('refuses an unknown query parameter at the upgrade', async () => {
    await expect(TestSocket.open(server, 'blockchain', { tabel: 'x' })).rejects.toMatchObject({ status: 400 });
  });
});

describe('the SDK', () => {
  it('covers a table from creation to a verified digest, and reports errors as StrataApiError', async () => {
    const { client } = server;
    await client.rest.createBlockchainTable({ body: { name: 'sdk_ledger', columns: [{ name: 'entry', type: 'TEXT' }, { name: 'blob', type: 'BLOB' }] } });
    const receipt = await client.rest.insertBlockchainRow({ path: { table_name: 'sdk_ledger' }, body: { entry: 'first', blob: { $hex: 'CAFE' } } });
    expect(receipt.data).toEqual({ entry: 'first', blob: { $hex: 'cafe' } });
    await client.rest.finalizeBlock({ path: { table_name: 'sdk_ledger' } });
    const policy = await client.rest.createRetentionPolicy({ body: { name: 'sdk-year', retentionDays: 365 } });
    expect((await client.rest.assignRetentionPolicy({ path: { table_name: 'sdk_ledger' }, body: { policy: policy.name } })).retentionPolicy?.retentionDays).toBe(365);
    expect(await client.rest.purgeBlockchainTable({ path: { table_name: 'sdk_ledger' } })).toMatchObject({ blocksPurged: 0 });
    const digest = await client.rest.blockchainDigest({ path: { table_name: 'sdk_ledger' } });
    expect(await client.rest.verifyBlockchainDigest({ body: digest })).toMatchObject({ valid: true });
    const audit = await client.rest.blockchainAudit({ path: { table_name: 'sdk_ledger' } });
    expect(audit.entries.map((entry) => entry.action)).toEqual(['verified', 'digest_issued', 'retention_policy_assigned', 'block_finalized', 'table_created']);
    const error = await client.rest.finalizeBlock({ path: { table_name: 'sdk_ledger' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrataApiError);
    expect(error).toMatchObject({ status: 409, code: 'CONFLICT' });
  });
});
